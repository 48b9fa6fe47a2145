// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"
#include "cxone/Team.h"
#include "simulator/SimulatorOptions.h"
#include "simulator/SimulatorResponse.h"

#include <QUrlQuery>
#include <QVector>

// GET /agents and GET /teams as CXone pages them (docs/cxone-contract.md#listing-agents): ?skip= and ?top=, at most
// the server's page size, totalRecords for the whole list, 204 for an empty tenant.
namespace DirectoryRoutes {

SimulatorResponse agents(const QVector<Agent> &all, const QUrlQuery &query, const SimulatorOptions &options);
SimulatorResponse teams(const QVector<Team> &all, const QUrlQuery &query, const SimulatorOptions &options);

} // namespace DirectoryRoutes
