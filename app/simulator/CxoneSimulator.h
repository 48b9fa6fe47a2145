// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "simulator/DemoTenant.h"
#include "simulator/SimulatedIssuer.h"
#include "simulator/SimulatorOptions.h"
#include "simulator/SimulatorResponse.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

#include <optional>

// A faithful, in-process stand-in for CXone on loopback: OpenID and tenant discovery, the
// token endpoint, agents, agent states and teams, and both recording endpoints (documented and
// /v1/ spellings) with every rule of docs/cxone-contract.md. Responses are written on the socket directly
// so faults can cut them short.
class CxoneSimulator : public QAbstractHttpServer
{
    Q_OBJECT
public:
    struct Recording
    {
        QString userId;
        qint64 contactId = 0;
        QString interactionId;
        QDateTime startedAtUtc;
        QDateTime endsAtUtc;
        int durationSeconds = 0; // as asked
        bool stopped = false; // ended by a stop request rather than by its duration
    };
    struct LoggedRequest
    {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QByteArray accept; // the Accept header, as sent
        qint64 atMs = 0; // when it arrived, in ms from start()
    };

    explicit CxoneSimulator(const SimulatorOptions &options = {}, QObject *parent = nullptr);
    ~CxoneSimulator() override;

    // Listens on 127.0.0.1 (or the address given to listenOn()); 0 picks a free port. Returns
    // false when the port is taken.
    bool start(quint16 port = 0);
    // Before start(): another loopback address, such as ::1.
    void listenOn(const QHostAddress &address) { m_address = address; }
    // Before start(): serves HTTPS with this certificate, under the name it was issued for, so
    // that clients check the chain and the name as they would CXone's.
    void serveTls(const QSslConfiguration &configuration, const QString &hostName);
    // Where clients reach it when a front sits before it (an HTTP/2 reverse proxy): the URL the
    // discovery documents and tokens name, so every later request goes through the front too.
    void advertise(const QUrl &frontUrl) { m_frontUrl = frontUrl; }
    // An outage: the port stops answering (connections refused) while tokens and recordings
    // stay as they are, then comes back on the same port.
    void stopListening();
    bool resumeListening();
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    const SimulatorOptions &options() const { return m_options; }
    void setLatencyMs(int latencyMs) { m_options.latencyMs = latencyMs; }
    void setProcessingMs(int processingMs) { m_options.processingMs = processingMs; }
    void setNewRecordingStatus(int status) { m_options.newRecordingStatus = status; }
    void addFault(const SimulatorFault &fault) { m_faults.append(fault); }
    // CXone recovers: no injected failure is left.
    void clearFaults() { m_faults.clear(); }
    // Every issued access token stops working, as when they expire.
    void expireAccessTokens() { m_issuer.expireAccessTokens(); }
    void revokeRefreshTokens() { m_issuer.revokeRefreshTokens(); }

    DemoTenant &tenant() { return m_tenant; }
    std::optional<Recording> activeRecording(const QString &userId);
    int activeRecordingCount();
    int recordingsCreated() const { return int(m_recordingLog.size()); }
    int recordingsCreatedFor(const QString &userId) const { return m_createdByUser.value(userId); }
    // Every recording ever created, in order: the truth that fault tests and the soak count against.
    const QList<Recording> &recordingLog() const { return m_recordingLog; }
    const QList<LoggedRequest> &requestLog() const { return m_requestLog; }
    int faultsInjected() const { return m_faultsInjected; }
    // What the flood and oversized faults have written so far, answers of every request together.
    qint64 bytesFlooded() const { return *m_bytesFlooded; }
    void clearRequestLog() { m_requestLog.clear(); }
    // Bytes of every answer body sent so far: what a bench divides by the link's bandwidth.
    qint64 bytesAnswered() const { return m_bytesAnswered; }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    using Response = SimulatorResponse;
    using Token = SimulatedIssuer::Token;

    Response route(const QHttpServerRequest &request, const QString &path, const QUrlQuery &query);
    Response agentStates(const QUrlQuery &query) const;
    Response startRecording(const QUrlQuery &query, const Token &caller, bool v1);
    Response stopRecording(const QUrlQuery &query, const Token &caller, bool v1);
    const Agent *agentForUserId(const QString &userId) const;
    bool isLocked(const QString &userId);
    void expireRecordings();
    Response recordingAnswer(int status, const Recording &recording, bool v1) const;
    int matchingFault(const QString &path, const QUrlQuery &query) const;
    std::optional<SimulatorFault> randomFault(const QString &path);

    // When the answer's last byte leaves over the simulated link (options' bandwidth), from now.
    int linkDelayMs(qsizetype answerBytes, int latencyMs);

    SimulatorOptions m_options;
    DemoTenant m_tenant;
    QHostAddress m_address = QHostAddress(QHostAddress::LocalHost);
    QString m_tlsHostName; // empty: plain HTTP
    QUrl m_frontUrl; // empty: clients reach this server itself
    quint16 m_port = 0;
    // The simulated link is one pipe shared by every connection: an answer waits for those before it.
    QElapsedTimer m_clock;
    qint64 m_linkFreeAtMs = 0;
    qint64 m_bytesAnswered = 0;
    QTimer m_stateTimer;
    SimulatedIssuer m_issuer; // after m_options and m_tenant, which it reads
    QHash<QString, Recording> m_recordings; // by user-id
    QHash<QString, QDateTime> m_lockedUntil;
    QHash<QString, int> m_createdByUser;
    QHash<qint64, int> m_logRowByContact;
    QList<Recording> m_recordingLog;
    qint64 m_nextContactId = 0;
    int m_faultsInjected = 0;
    std::shared_ptr<qint64> m_bytesFlooded = std::make_shared<qint64>(0);
    QList<SimulatorFault> m_faults;
    QRandomGenerator m_faultRandom;
    QList<LoggedRequest> m_requestLog;
};
