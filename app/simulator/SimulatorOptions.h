// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// How the embedded CXone simulator behaves. The defaults are the demo tenant.
struct SimulatorOptions
{
    int agentCount = 60;
    quint32 seed = 20261125;
    // The demo tenant's team whose niceScreenRecordingEnabled is false; empty: none.
    QString teamWithoutScreenRecording = QStringLiteral("Recouvrement Lille");
    // Whether /teams says who leads each team (teamLeadId); without it only reportToId tells.
    bool teamsNameTheirLead = true;
    QString tenantId = QStringLiteral("11eb0c1d-0000-4000-8000-00000000d3m0");
    QString clientId = QStringLiteral("vigie-demo-client");
    QString clientSecret = QStringLiteral("vigie-demo-client-secret");
    // The demo supervisor's access key, which has the recording permission.
    QString demoKeyId = QStringLiteral("demo-supervisor");
    QString demoKeySecret = QStringLiteral("demo-secret-0000");
    // A second supervisor's key, which may record too: the quality supervisor
    // (DemoTenant::qualitySupervisorUserId), for a second station of a demo site worked by
    // someone else than the demo supervisor.
    QString qualityKeyId = QStringLiteral("demo-quality");
    QString qualityKeySecret = QStringLiteral("demo-secret-2222");
    // A key that signs in but lacks Interactions Hub > Record Screen Interaction.
    QString restrictedKeyId = QStringLiteral("demo-viewer");
    QString restrictedKeySecret = QStringLiteral("demo-secret-1111");
    int tokenLifetimeSeconds = 3600;
    int stateChangeIntervalMs = 3000;
    // Share of the agents whose state changes at each of those intervals.
    double stateChangePercent = 100.0 / 15;
    int maxPageSize = 1000;
    // /agents says it has this many more agents than it serves (pages past the end are empty).
    int overstatedTotalRecords = 0;
    // Every response waits this long: to show progress in demos and measure bulk operations, or
    // CXone's round trip from a distant desk.
    int latencyMs = 0;
    // The link's bandwidth in kbit/s, shared by every connection; 0: unlimited.
    int bandwidthKbps = 0;
    // How long CXone keeps an agent's interaction locked while it processes a request (425).
    int processingMs = 0;
    // The status a newly created recording is answered with (200 or 202: both carry the IDs).
    int newRecordingStatus = 200;
    // The first contactId handed out (above 2^53 to prove they travel as exact 64-bit integers).
    // 0: the clock's milliseconds since 1970, so that the demo never hands out again an id the
    // ledger and the audit trail hold from a previous launch: a launch starts above every id the
    // ones before handed out, as long as they gave fewer than one per millisecond they ran.
    qint64 firstContactId = 0;
    // Share of recording requests (start, stop) that meet a random fault, for the fault soak:
    // 425, 429 with Retry-After, 500, 504, a timeout, an answer lost after CXone acted, or a
    // garbled body. The same seed gives the same faults.
    int randomFaultPercent = 0;
    quint32 faultSeed = 1;

    int stateChangesPerCycle() const { return qMax(1, qRound(agentCount * stateChangePercent / 100.0)); }
};

// One injected failure. Matches requests whose path contains pathContains (and, when set,
// whose user-id is userId); applies to the next 'times' matches, or forever when times < 0.
struct SimulatorFault
{
    enum class Kind {
        Status, // answer 'status' with 'body' (and Retry-After, Location when set)
        Truncated, // promise the full body, send half, close
        Drop, // close the connection without answering
        Stall, // never answer: the client's timeout must fire
        Trickle, // send the answer a byte every half second: only an overall deadline ends it
        Flood, // a 200 whose body streams, with no length, until 400 MB or the client gives up
        Oversized, // the same, announcing its 400 MB in Content-Length
    };
    QString pathContains;
    QString userId;
    Kind kind = Kind::Status;
    int status = 500;
    QByteArray body;
    QByteArray retryAfter;
    QByteArray location; // for 3xx
    int latencyMs = 0;
    int times = -1;
    // Faults normally replace the request; with actFirst the simulator carries the request out
    // and then fails the answer (a start that happened although the gateway answered 504, or
    // whose answer was lost on a dropped connection).
    bool actFirst = false;

    // "PATH:KIND[:TIMES]", KIND a status (e.g. 425), drop, stall, truncate, trickle, malformed, flood, oversized,
    // or STATUS-after / drop-after / stall-after (the request is carried out first).
    static std::optional<SimulatorFault> fromText(const QString &text);
};
