// SPDX-License-Identifier: Apache-2.0
#include "simulator/CxoneSimulator.h"

#include "simulator/AgentStatesRoute.h"
#include "simulator/DirectoryRoutes.h"
#include "simulator/SimulatorWire.h"

#include "cxone/RecordingDuration.h"
#include "logging/LogRedaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

namespace {
const QString kRecordingService = QStringLiteral("/interaction-recording-management-service/interactions/");
const QString kRecordingServiceV1 = QStringLiteral("/interaction-recording-management-service/v1/interactions/");
const QRegularExpression kAdminApi(QStringLiteral(R"(^/incontactapi/services/v\d+\.\d+(/.*)$)"));

// Reads a query the way CXone's servers do (application/x-www-form-urlencoded: '+' is a space),
// so a client that leaves '+' unencoded in a user-id is caught here as it would be there.
QUrlQuery formDecodedQuery(const QUrl &url)
{
    QUrlQuery decoded;
    const QStringList pairs = url.query(QUrl::FullyEncoded).split(QLatin1Char('&'), Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        auto decode = [](QString text) {
            text.replace(QLatin1Char('+'), QLatin1Char(' '));
            return QUrl::fromPercentEncoding(text.toLatin1());
        };
        // Stored encoded again, so that queryItemValue(..., FullyDecoded) gives the exact text back.
        const QString name = decode(pair.left(equals));
        const QString value = equals < 0 ? QString() : decode(pair.mid(equals + 1));
        decoded.addQueryItem(
            QString::fromLatin1(QUrl::toPercentEncoding(name)), QString::fromLatin1(QUrl::toPercentEncoding(value)));
    }
    return decoded;
}

// The recording API's user parameter in either spelling (docs/cxone-contract.md#the-recording-endpoints).
QString recordingUser(const QUrlQuery &query)
{
    const QString documented = query.queryItemValue(QStringLiteral("user-id"), QUrl::FullyDecoded);
    return documented.isEmpty() ? query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded) : documented;
}

} // namespace

CxoneSimulator::CxoneSimulator(const SimulatorOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_tenant(options.agentCount, options.seed, options.teamWithoutScreenRecording)
    , m_issuer(&m_options, &m_tenant)
    , m_nextContactId(options.firstContactId > 0 ? options.firstContactId : QDateTime::currentMSecsSinceEpoch())
    , m_faultRandom(options.faultSeed)
{
    m_stateTimer.setInterval(qMax(100, options.stateChangeIntervalMs));
    connect(&m_stateTimer, &QTimer::timeout, this,
        [this] { m_tenant.advanceStates(QDateTime::currentDateTimeUtc(), m_options.stateChangesPerCycle()); });
}

CxoneSimulator::~CxoneSimulator() = default;

bool CxoneSimulator::start(quint16 port)
{
    m_clock.start();
    m_port = listen(m_address, port);
    if (m_port == 0) {
        return false;
    }
    if (m_options.stateChangeIntervalMs > 0) {
        m_stateTimer.start();
    }
    qCInfo(lcSimulator) << "CXone simulator listening on" << baseUrl().toDisplayString() << "with"
                        << m_options.agentCount << "agents";
    return true;
}

void CxoneSimulator::stopListening()
{
    for (QTcpServer *server : servers()) {
        server->close();
    }
    // Kept-alive connections would otherwise go on working through the outage.
    for (QTcpSocket *socket : findChildren<QTcpSocket *>()) {
        socket->abort();
    }
}

bool CxoneSimulator::resumeListening()
{
    for (QTcpServer *server : servers()) {
        if (!server->isListening() && !server->listen(m_address, m_port)) {
            return false;
        }
    }
    return true;
}

void CxoneSimulator::serveTls(const QSslConfiguration &configuration, const QString &hostName)
{
    sslSetup(configuration);
    m_tlsHostName = hostName;
}

QUrl CxoneSimulator::baseUrl() const
{
    if (!m_frontUrl.isEmpty()) {
        return m_frontUrl;
    }
    QUrl url;
    url.setScheme(m_tlsHostName.isEmpty() ? QStringLiteral("http") : QStringLiteral("https"));
    url.setHost(m_tlsHostName.isEmpty() ? m_address.toString() : m_tlsHostName);
    url.setPort(m_port);
    return url;
}

int CxoneSimulator::linkDelayMs(qsizetype answerBytes, int latencyMs)
{
    if (m_options.bandwidthKbps <= 0) {
        return latencyMs;
    }
    const qint64 now = m_clock.elapsed();
    // The answer starts on the wire once the request has crossed and the answers before it have left.
    const qint64 start = qMax(now + latencyMs, m_linkFreeAtMs);
    m_linkFreeAtMs = start + qint64(answerBytes) * 8 / m_options.bandwidthKbps;
    return int(m_linkFreeAtMs - now);
}

std::optional<CxoneSimulator::Recording> CxoneSimulator::activeRecording(const QString &userId)
{
    expireRecordings();
    const auto it = m_recordings.constFind(userId);
    return it == m_recordings.constEnd() ? std::nullopt : std::optional<Recording>(*it);
}

int CxoneSimulator::activeRecordingCount()
{
    expireRecordings();
    return int(m_recordings.size());
}

bool CxoneSimulator::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    const QUrlQuery query = formDecodedQuery(request.url());
    m_requestLog.append({ request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST") : QByteArray("GET"),
        path, query, request.value("Accept"), m_clock.elapsed() });
    qCDebug(lcSimulator) << request.method() << path << query.toString();

    const int faultIndex = matchingFault(path, query);
    std::optional<SimulatorFault> random = faultIndex < 0 ? randomFault(path) : std::nullopt;
    SimulatorFault *fault = faultIndex >= 0 ? &m_faults[faultIndex] : (random ? &*random : nullptr);
    Response response;
    if (!fault || fault->actFirst) {
        response = route(request, path, query);
    }
    SimulatorFault::Kind kind = SimulatorFault::Kind::Status;
    int delayMs = m_options.latencyMs + response.delayMs;
    if (fault) {
        ++m_faultsInjected;
        kind = fault->kind;
        delayMs += fault->latencyMs;
        if (fault->kind == SimulatorFault::Kind::Status) {
            response.status = fault->status;
            response.body = fault->body;
            response.retryAfter = fault->retryAfter;
            response.location = fault->location;
        }
        if (faultIndex >= 0 && fault->times > 0 && --fault->times == 0) {
            m_faults.removeAt(faultIndex);
        }
    }
    if (kind == SimulatorFault::Kind::Status) {
        m_bytesAnswered += response.body.size();
        delayMs = linkDelayMs(response.body.size(), delayMs);
    }
    SimulatorWire::deliver(socket, response, kind, delayMs, m_bytesFlooded);
    return true;
}

void CxoneSimulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(SimulatorWire::encode(Response(404)));
}

std::optional<SimulatorFault> CxoneSimulator::randomFault(const QString &path)
{
    if (m_options.randomFaultPercent <= 0
        || !path.startsWith(QLatin1String("/interaction-recording-management-service"))
        || int(m_faultRandom.bounded(100)) >= m_options.randomFaultPercent) {
        return std::nullopt;
    }
    static const char *const kinds[]
        = { "x:425", "x:429", "x:500", "x:504", "x:stall-after", "x:drop-after", "x:504-after", "x:malformed" };
    SimulatorFault fault
        = *SimulatorFault::fromText(QString::fromLatin1(kinds[m_faultRandom.bounded(int(std::size(kinds)))]));
    if (fault.status == 429) {
        fault.retryAfter = "1";
    }
    return fault;
}

int CxoneSimulator::matchingFault(const QString &path, const QUrlQuery &query) const
{
    for (int index = 0; index < m_faults.size(); ++index) {
        const SimulatorFault &fault = m_faults.at(index);
        if (path.contains(fault.pathContains) && (fault.userId.isEmpty() || recordingUser(query) == fault.userId)) {
            return index;
        }
    }
    return -1;
}

CxoneSimulator::Response CxoneSimulator::route(
    const QHttpServerRequest &request, const QString &path, const QUrlQuery &query)
{
    const bool isGet = request.method() == QHttpServerRequest::Method::Get;
    const bool isPost = request.method() == QHttpServerRequest::Method::Post;
    if (path == QLatin1String("/.well-known/openid-configuration") && isGet) {
        return m_issuer.openIdConfiguration(baseUrl());
    }
    if (path == QLatin1String("/.well-known/cxone-configuration") && isGet) {
        return m_issuer.tenantConfiguration(query, baseUrl());
    }
    if (path == QLatin1String("/auth/token") && isPost) {
        return m_issuer.token(request, baseUrl());
    }

    const QRegularExpressionMatch admin = kAdminApi.match(path);
    const bool isV1 = path.startsWith(kRecordingServiceV1);
    const bool isRecording = path.startsWith(kRecordingService) || isV1;
    if (!admin.hasMatch() && !isRecording) {
        return { 404, json({ { QStringLiteral("error"), QStringLiteral("no such endpoint") } }) };
    }
    const std::optional<Token> caller = m_issuer.authorize(request);
    if (!caller) {
        return { 401, json({ { QStringLiteral("error"), QStringLiteral("invalid_token") } }) };
    }
    if (admin.hasMatch() && isGet) {
        const QString resource = admin.captured(1);
        if (resource == QLatin1String("/agents")) {
            return DirectoryRoutes::agents(m_tenant.agents(), query, m_options);
        }
        if (resource == QLatin1String("/agents/states")) {
            return agentStates(query);
        }
        if (resource == QLatin1String("/teams")) {
            return DirectoryRoutes::teams(m_tenant.teams(), query, m_options);
        }
    }
    if (isRecording && isPost) {
        const QString action = path.mid((isV1 ? kRecordingServiceV1 : kRecordingService).size());
        if (action == QLatin1String("start-screen-interaction-recording")) {
            return startRecording(query, *caller, isV1);
        }
        if (action == QLatin1String("stop-screen-interaction-recording")) {
            return stopRecording(query, *caller, isV1);
        }
    }
    return { isRecording ? 405 : 404, {} };
}

CxoneSimulator::Response CxoneSimulator::agentStates(const QUrlQuery &query) const
{
    const AgentStatesRoute answer = AgentStatesRoute::answer(m_tenant.agents(), query, QDateTime::currentDateTimeUtc());
    return { answer.status, answer.body };
}

const Agent *CxoneSimulator::agentForUserId(const QString &userId) const
{
    // The recording API's user-id may carry either identifier (docs/cxone-contract.md#the-recording-endpoints).
    if (const Agent *agent = m_tenant.agentByUserId(userId)) {
        return agent;
    }
    bool isNumber = false;
    const qint64 agentId = userId.toLongLong(&isNumber);
    return isNumber ? m_tenant.agentByAgentId(agentId) : nullptr;
}

bool CxoneSimulator::isLocked(const QString &userId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto it = m_lockedUntil.constFind(userId);
    if (it != m_lockedUntil.constEnd() && *it > now) {
        return true;
    }
    if (m_options.processingMs > 0) {
        m_lockedUntil.insert(userId, now.addMSecs(m_options.processingMs));
    }
    return false;
}

void CxoneSimulator::expireRecordings()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_recordings.removeIf([&now](const QHash<QString, Recording>::iterator it) { return it->endsAtUtc <= now; });
}

CxoneSimulator::Response CxoneSimulator::recordingAnswer(int status, const Recording &recording, bool v1) const
{
    // A JSON integer, never a double: contactIds above 2^53 must arrive exactly.
    QJsonObject body { { QStringLiteral("contactId"), QJsonValue(recording.contactId) },
        { QStringLiteral("interactionId"), recording.interactionId } };
    if (v1) {
        // The shape NICE's OpenAPI-generated clients expect from the /v1/ endpoints.
        body.insert(QStringLiteral("description"), QStringLiteral("Screen recording started"));
        body.insert(QStringLiteral("httpStatus"), status);
    }
    return { status, json(body), {}, m_options.processingMs };
}

CxoneSimulator::Response CxoneSimulator::startRecording(const QUrlQuery &query, const Token &caller, bool v1)
{
    const QString userId = recordingUser(query);
    const QString durationText = query.queryItemValue(QStringLiteral("recordingDuration"));
    bool isNumber = false;
    const int duration = durationText.toInt(&isNumber);
    if (userId.isEmpty() || !isNumber || !RecordingDuration::isValid(duration)) {
        return { 400,
            json({ { QStringLiteral("error"),
                QStringLiteral("recordingDuration must be between 5 and 13200 seconds") } }) };
    }
    if (!caller.canRecord) {
        return { 403,
            json({ { QStringLiteral("error"), QStringLiteral("missing permission: Record Screen Interaction") } }) };
    }
    const Agent *agent = agentForUserId(userId);
    if (!agent) {
        return { 404, json({ { QStringLiteral("error"), QStringLiteral("no such user") } }) };
    }
    if (isLocked(userId)) {
        return { 425, json({ { QStringLiteral("error"), QStringLiteral("interaction locked") } }) };
    }
    expireRecordings();
    const auto running = m_recordings.constFind(userId);
    if (running != m_recordings.constEnd()) {
        // One API recording per agent: the running one is returned, its duration unchanged.
        return recordingAnswer(200, *running, v1);
    }
    Recording recording;
    recording.userId = userId;
    recording.contactId = m_nextContactId++;
    recording.interactionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    recording.startedAtUtc = QDateTime::currentDateTimeUtc();
    recording.endsAtUtc = recording.startedAtUtc.addSecs(duration);
    recording.durationSeconds = duration;
    m_recordings.insert(userId, recording);
    m_logRowByContact.insert(recording.contactId, int(m_recordingLog.size()));
    m_recordingLog.append(recording);
    ++m_createdByUser[userId];
    return recordingAnswer(m_options.newRecordingStatus, recording, v1);
}

CxoneSimulator::Response CxoneSimulator::stopRecording(const QUrlQuery &query, const Token &caller, bool v1)
{
    const QString userId = recordingUser(query);
    const QString contactText = query.queryItemValue(QStringLiteral("contactId"));
    bool isNumber = !contactText.isEmpty()
        && std::all_of(contactText.cbegin(), contactText.cend(), [](QChar c) { return c.isDigit(); });
    const qint64 contactId = isNumber ? contactText.toLongLong(&isNumber) : 0;
    if (userId.isEmpty() || !isNumber) {
        return { 400, json({ { QStringLiteral("error"), QStringLiteral("user-id and contactId are required") } }) };
    }
    if (!caller.canRecord) {
        return { 403,
            json({ { QStringLiteral("error"), QStringLiteral("missing permission: Record Screen Interaction") } }) };
    }
    if (isLocked(userId)) {
        return { 425, json({ { QStringLiteral("error"), QStringLiteral("interaction locked") } }) };
    }
    expireRecordings();
    const auto running = m_recordings.constFind(userId);
    if (running == m_recordings.constEnd() || running->contactId != contactId) {
        return { 404, json({ { QStringLiteral("error"), QStringLiteral("no active interaction") } }) };
    }
    Recording &logged = m_recordingLog[m_logRowByContact.value(contactId)];
    logged.stopped = true;
    logged.endsAtUtc = QDateTime::currentDateTimeUtc();
    m_recordings.erase(running);
    if (v1) {
        return { 200,
            json({ { QStringLiteral("description"), QStringLiteral("Screen recording stopped") },
                { QStringLiteral("httpStatus"), 200 } }),
            {}, m_options.processingMs };
    }
    return { 200, {}, {}, m_options.processingMs };
}
