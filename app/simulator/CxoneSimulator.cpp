#include "simulator/CxoneSimulator.h"

#include "simulator/AgentStatesRoute.h"

#include "cxone/RecordingDuration.h"
#include "logging/LogRedaction.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUuid>

namespace {
const QString kRecordingService = QStringLiteral("/interaction-recording-management-service/interactions/");
const QString kRecordingServiceV1 = QStringLiteral("/interaction-recording-management-service/v1/interactions/");
const QString kViewerUserId = QStringLiteral("5e1f0000-0000-4000-8000-000000000002");
const QRegularExpression kAdminApi(QStringLiteral(R"(^/incontactapi/services/v\d+\.\d+(/.*)$)"));

QByteArray json(const QJsonObject &object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); }

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 425:
        return "Too Early";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

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

// The recording API's user parameter in either spelling (cxone-platform.md).
QString recordingUser(const QUrlQuery &query)
{
    const QString documented = query.queryItemValue(QStringLiteral("user-id"), QUrl::FullyDecoded);
    return documented.isEmpty() ? query.queryItemValue(QStringLiteral("userId"), QUrl::FullyDecoded) : documented;
}

QString randomToken()
{
    return QUuid::createUuid().toString(QUuid::Id128) + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

CxoneSimulator::CxoneSimulator(const SimulatorOptions &options, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_options(options)
    , m_tenant(options.agentCount, options.seed, options.teamWithoutScreenRecording)
    , m_nextContactId(options.firstContactId)
    , m_faultRandom(options.faultSeed)
{
    m_stateTimer.setInterval(qMax(100, options.stateChangeIntervalMs));
    connect(&m_stateTimer, &QTimer::timeout, this,
        [this] { m_tenant.advanceStates(QDateTime::currentDateTimeUtc(), m_options.stateChangesPerCycle()); });
}

CxoneSimulator::~CxoneSimulator() = default;

bool CxoneSimulator::start(quint16 port)
{
    m_port = listen(QHostAddress::LocalHost, port);
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
        if (!server->isListening() && !server->listen(QHostAddress::LocalHost, m_port)) {
            return false;
        }
    }
    return true;
}

QUrl CxoneSimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

void CxoneSimulator::expireAccessTokens()
{
    const QDateTime past = QDateTime::currentDateTimeUtc().addSecs(-1);
    for (Token &token : m_accessTokens) {
        token.expiresAtUtc = past;
    }
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
    m_requestLog.append(
        { request.method() == QHttpServerRequest::Method::Post ? QByteArray("POST") : QByteArray("GET"), path, query });
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
    deliver(socket, response, kind, delayMs);
    return true;
}

void CxoneSimulator::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    socket->write(encode(Response(404)));
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
        return openIdConfiguration();
    }
    if (path == QLatin1String("/.well-known/cxone-configuration") && isGet) {
        return tenantConfiguration(query);
    }
    if (path == QLatin1String("/auth/token") && isPost) {
        return token(request);
    }

    const QRegularExpressionMatch admin = kAdminApi.match(path);
    const bool isV1 = path.startsWith(kRecordingServiceV1);
    const bool isRecording = path.startsWith(kRecordingService) || isV1;
    if (!admin.hasMatch() && !isRecording) {
        return { 404, json({ { QStringLiteral("error"), QStringLiteral("no such endpoint") } }) };
    }
    const std::optional<Token> caller = authorize(request);
    if (!caller) {
        return { 401, json({ { QStringLiteral("error"), QStringLiteral("invalid_token") } }) };
    }
    if (admin.hasMatch() && isGet) {
        const QString resource = admin.captured(1);
        if (resource == QLatin1String("/agents")) {
            return agents(query);
        }
        if (resource == QLatin1String("/agents/states")) {
            return agentStates(query);
        }
        if (resource == QLatin1String("/teams")) {
            return teams(query);
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

CxoneSimulator::Response CxoneSimulator::openIdConfiguration() const
{
    const QString issuer = baseUrl().toString();
    return {
        200,
        json({ { QStringLiteral("issuer"), issuer },
            { QStringLiteral("token_endpoint"), QString(issuer + QStringLiteral("/auth/token")) },
            { QStringLiteral("grant_types_supported"),
                QJsonArray { QStringLiteral("password"), QStringLiteral("refresh_token") } } }),
    };
}

CxoneSimulator::Response CxoneSimulator::tenantConfiguration(const QUrlQuery &query) const
{
    if (query.queryItemValue(QStringLiteral("tenantId")) != m_options.tenantId) {
        return { 404, json({ { QStringLiteral("error"), QStringLiteral("unknown tenant") } }) };
    }
    const QString base = baseUrl().toString();
    return {
        200,
        json({ { QStringLiteral("api_endpoint"), base }, { QStringLiteral("area"), QStringLiteral("sim1") },
            { QStringLiteral("ui_endpoint"), base }, { QStringLiteral("auth_endpoint"), base } }),
    };
}

CxoneSimulator::Response CxoneSimulator::token(const QHttpServerRequest &request)
{
    // cxone-platform.md: Basic base64(urlencode(clientId):urlencode(clientSecret)).
    const QByteArray credentials
        = QUrl::toPercentEncoding(m_options.clientId) + ':' + QUrl::toPercentEncoding(m_options.clientSecret);
    const QByteArray expectedBasic = "Basic " + credentials.toBase64();
    const QByteArray unauthorizedClient = json({ { QStringLiteral("error"), QStringLiteral("invalid_client") } });
    if (request.value("Authorization") != expectedBasic) {
        return { 401, unauthorizedClient };
    }
    if (!request.value("Content-Type").startsWith("application/x-www-form-urlencoded")) {
        return { 400, json({ { QStringLiteral("error"), QStringLiteral("invalid_request") } }) };
    }
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QString grantType = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
    const QByteArray invalidGrant = json({ { QStringLiteral("error"), QStringLiteral("invalid_grant") } });
    if (grantType == QLatin1String("password")) {
        const QString keyId = form.queryItemValue(QStringLiteral("username"), QUrl::FullyDecoded);
        const QString secret = form.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded);
        if (keyId == m_options.demoKeyId && secret == m_options.demoKeySecret) {
            return issueTokens(keyId, true);
        }
        if (keyId == m_options.restrictedKeyId && secret == m_options.restrictedKeySecret) {
            return issueTokens(keyId, false);
        }
        return { 400, invalidGrant };
    }
    if (grantType == QLatin1String("refresh_token")) {
        const Token previous
            = m_refreshTokens.take(form.queryItemValue(QStringLiteral("refresh_token"), QUrl::FullyDecoded));
        if (previous.keyId.isEmpty()) {
            return { 400, invalidGrant };
        }
        return issueTokens(previous.keyId, previous.canRecord);
    }
    return { 400, json({ { QStringLiteral("error"), QStringLiteral("unsupported_grant_type") } }) };
}

CxoneSimulator::Response CxoneSimulator::issueTokens(const QString &keyId, bool canRecord)
{
    const QString accessToken = randomToken();
    const QString refreshToken = randomToken();
    const QDateTime expires = QDateTime::currentDateTimeUtc().addSecs(m_options.tokenLifetimeSeconds);
    m_accessTokens.insert(accessToken, { keyId, canRecord, expires });
    m_refreshTokens.insert(refreshToken, { keyId, canRecord, {} });
    // CXone's subject is the key owner's user ID with a "user:" prefix (cxone-platform.md); the demo
    // key belongs to a supervisor of the demo tenant, the viewer key to a user who leads no team.
    const QString user = keyId == m_options.demoKeyId ? m_tenant.supervisorUserId() : kViewerUserId;
    const QByteArray idPayload = json({ { QStringLiteral("sub"), QString(QStringLiteral("user:") + user) },
        { QStringLiteral("tenantId"), m_options.tenantId }, { QStringLiteral("iss"), baseUrl().toString() } });
    const QByteArray idToken
        = base64Url(R"({"alg":"none","typ":"JWT"})") + '.' + base64Url(idPayload) + '.' + base64Url("simulator");
    return {
        200,
        json({ { QStringLiteral("access_token"), accessToken },
            { QStringLiteral("token_type"), QStringLiteral("Bearer") },
            { QStringLiteral("expires_in"), m_options.tokenLifetimeSeconds },
            { QStringLiteral("refresh_token"), refreshToken },
            { QStringLiteral("id_token"), QString::fromLatin1(idToken) } }),
    };
}

std::optional<CxoneSimulator::Token> CxoneSimulator::authorize(const QHttpServerRequest &request) const
{
    const QByteArray header = request.value("Authorization");
    if (!header.startsWith("Bearer ")) {
        return std::nullopt;
    }
    const auto it = m_accessTokens.constFind(QString::fromLatin1(header.mid(7)));
    if (it == m_accessTokens.constEnd() || it->expiresAtUtc <= QDateTime::currentDateTimeUtc()) {
        return std::nullopt;
    }
    return *it;
}

CxoneSimulator::Response CxoneSimulator::agents(const QUrlQuery &query) const
{
    const QVector<Agent> &all = m_tenant.agents();
    if (all.isEmpty()) {
        return { 204, {} };
    }
    const int skip = qMax(0, query.queryItemValue(QStringLiteral("skip")).toInt());
    const QString topText = query.queryItemValue(QStringLiteral("top"));
    const int top = topText.isEmpty() ? m_options.maxPageSize : qBound(1, topText.toInt(), m_options.maxPageSize);
    QJsonArray page;
    for (int row = skip; row < qMin(int(all.size()), skip + top); ++row) {
        const Agent &agent = all.at(row);
        page.append(QJsonObject { { QStringLiteral("agentId"), double(agent.agentId) },
            { QStringLiteral("userId"), agent.userId }, { QStringLiteral("userName"), agent.userName },
            { QStringLiteral("firstName"), agent.firstName }, { QStringLiteral("lastName"), agent.lastName },
            { QStringLiteral("emailAddress"), agent.userName }, { QStringLiteral("teamId"), double(agent.teamId) },
            { QStringLiteral("teamName"), agent.teamName }, { QStringLiteral("isActive"), true },
            { QStringLiteral("reportToId"), double(agent.reportToId) },
            { QStringLiteral("isSupervisor"), agent.isSupervisor } });
    }
    const int totalRecords = int(all.size()) + m_options.overstatedTotalRecords;
    return { 200, json({ { QStringLiteral("totalRecords"), totalRecords }, { QStringLiteral("agents"), page } }) };
}

CxoneSimulator::Response CxoneSimulator::teams(const QUrlQuery &query) const
{
    const QVector<Team> &all = m_tenant.teams();
    if (all.isEmpty()) {
        return { 204, {} };
    }
    const int skip = qMax(0, query.queryItemValue(QStringLiteral("skip")).toInt());
    const QString topText = query.queryItemValue(QStringLiteral("top"));
    const int top = topText.isEmpty() ? m_options.maxPageSize : qBound(1, topText.toInt(), m_options.maxPageSize);
    QJsonArray page;
    for (int row = skip; row < qMin(int(all.size()), skip + top); ++row) {
        const Team &team = all.at(row);
        QJsonObject object { { QStringLiteral("teamId"), double(team.teamId) },
            { QStringLiteral("teamName"), team.teamName }, { QStringLiteral("isActive"), team.isActive },
            { QStringLiteral("agentCount"), team.agentCount } };
        if (m_options.teamsNameTheirLead) {
            object.insert(QStringLiteral("teamLeadId"), team.teamLeadId);
        }
        if (team.screenRecordingEnabled) {
            object.insert(QStringLiteral("niceScreenRecordingEnabled"), *team.screenRecordingEnabled);
        }
        page.append(object);
    }
    return { 200, json({ { QStringLiteral("totalRecords"), int(all.size()) }, { QStringLiteral("teams"), page } }) };
}

CxoneSimulator::Response CxoneSimulator::agentStates(const QUrlQuery &query) const
{
    const AgentStatesRoute answer = AgentStatesRoute::answer(m_tenant.agents(), query, QDateTime::currentDateTimeUtc());
    return { answer.status, answer.body };
}

const Agent *CxoneSimulator::agentForUserId(const QString &userId) const
{
    // The recording API's user-id may carry either identifier (cxone-platform.md).
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

void CxoneSimulator::deliver(QTcpSocket *socket, const Response &response, SimulatorFault::Kind kind, int delayMs)
{
    QPointer<QTcpSocket> guarded(socket);
    auto send = [this, guarded, response, kind] {
        if (!guarded) {
            return;
        }
        const QByteArray bytes = encode(response);
        switch (kind) {
        case SimulatorFault::Kind::Stall:
            return;
        case SimulatorFault::Kind::Drop:
            guarded->abort();
            return;
        case SimulatorFault::Kind::Truncated:
            guarded->write(bytes.left(bytes.size() - qMax<qsizetype>(1, response.body.size() / 2)));
            guarded->disconnectFromHost();
            return;
        case SimulatorFault::Kind::Trickle:
            trickle(guarded, bytes);
            return;
        case SimulatorFault::Kind::Status:
            guarded->write(bytes);
            return;
        }
    };
    if (delayMs <= 0) {
        send();
    } else {
        QTimer::singleShot(delayMs, this, send);
    }
}

void CxoneSimulator::trickle(QTcpSocket *socket, const QByteArray &bytes)
{
    if (bytes.isEmpty()) {
        return;
    }
    socket->write(bytes.left(1));
    // Often enough to keep a transfer timeout from firing, slowly enough to never finish in time.
    QTimer::singleShot(500, socket, [this, socket, rest = bytes.mid(1)] { trickle(socket, rest); });
}

QByteArray CxoneSimulator::encode(const Response &response)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    const bool hasBody = response.status != 204 && response.status != 304;
    if (hasBody) {
        bytes
            += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    if (!response.retryAfter.isEmpty()) {
        bytes += "Retry-After: " + response.retryAfter + "\r\n";
    }
    if (!response.location.isEmpty()) {
        bytes += "Location: " + response.location + "\r\n";
    }
    bytes += "\r\n";
    if (hasBody) {
        bytes += response.body;
    }
    return bytes;
}
