// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "simulator/SimulatorOptions.h"
#include "simulator/SimulatorResponse.h"

#include <memory>

class QTcpSocket;

// How the simulator's answers reach the socket: as HTTP/1.1 bytes, after a delay, or shaped by an
// injected fault (never sent, connection dropped, cut in half, trickled a byte at a time).
namespace SimulatorWire {

QByteArray encode(const SimulatorResponse &response);
// bytesFlooded counts what the Flood and Oversized faults wrote, for tests to check where a client stopped reading.
void deliver(QTcpSocket *socket, const SimulatorResponse &response, SimulatorFault::Kind kind, int delayMs,
    const std::shared_ptr<qint64> &bytesFlooded);

} // namespace SimulatorWire
