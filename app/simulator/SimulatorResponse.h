// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

// One answer of the simulator, before the wire (SimulatorWire) and any injected fault shape it.
struct SimulatorResponse
{
    SimulatorResponse(int status = 200, const QByteArray &body = {}, const QByteArray &retryAfter = {}, int delayMs = 0)
        : status(status)
        , body(body)
        , retryAfter(retryAfter)
        , delayMs(delayMs)
    {
    }
    int status;
    QByteArray body;
    QByteArray retryAfter;
    int delayMs;
    QByteArray location;
};

inline QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }
