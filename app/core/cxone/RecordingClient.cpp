#include "cxone/RecordingClient.h"

#include "cxone/ApiCall.h"
#include "cxone/RecordingDuration.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace {
const QString kServicePath = QStringLiteral("/interaction-recording-management-service/interactions/");

// contactId is documented as a number; some gateways quote large integers, so digits in a
// string are accepted too. Anything else (missing, zero, fractional) is not a contact ID.
qint64 contactIdFrom(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        const auto integral = qint64(number);
        return double(integral) == number && integral > 0 ? integral : 0;
    }
    bool ok = false;
    const qint64 parsed = value.toString().toLongLong(&ok);
    return ok && parsed > 0 ? parsed : 0;
}

QString statusDetail(const HttpResponse &response)
{
    if (response.timedOut) {
        return QStringLiteral("no answer within the timeout after %1 attempt(s)").arg(response.attempts);
    }
    if (!response.hasStatus()) {
        return QStringLiteral("network error %1 after %2 attempt(s)")
            .arg(int(response.networkError))
            .arg(response.attempts);
    }
    return QStringLiteral("HTTP %1 after %2 attempt(s)").arg(response.status).arg(response.attempts);
}
} // namespace

RecordingClient::RecordingClient(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{
}

QUrl RecordingClient::endpoint(
    const QString &action, const QString &userId, const QString &secondName, const QString &secondValue) const
{
    QUrl url = CxoneEnvironment::below(m_tokens->apiBase(), kServicePath + action);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("user-id"), userId);
    query.addQueryItem(secondName, secondValue);
    url.setQuery(query);
    return url;
}

std::optional<ApiOutcome> RecordingClient::refusal(const QString &userId) const
{
    if (!m_tokens->hasToken()) {
        return ApiOutcome::NotSignedIn;
    }
    if (userId.trimmed().isEmpty()) {
        return ApiOutcome::InvalidUserId;
    }
    if (isBusy(userId)) {
        return ApiOutcome::RequestPending;
    }
    return std::nullopt;
}

void RecordingClient::start(const QString &userId, int durationSeconds)
{
    std::optional<ApiOutcome> refused = refusal(userId);
    if (!refused && !RecordingDuration::isValid(durationSeconds)) {
        refused = ApiOutcome::InvalidDuration;
    }
    if (refused) {
        StartResult result;
        result.outcome = *refused;
        result.detail = QStringLiteral("refused before sending");
        // Queued so that callers see the same asynchronous shape for every outcome.
        QTimer::singleShot(0, this,
            [this, userId, durationSeconds, result] { Q_EMIT startFinished(userId, durationSeconds, result); });
        return;
    }

    const QUrl url = endpoint(QStringLiteral("start-screen-interaction-recording"), userId,
        QStringLiteral("recordingDuration"), QString::number(durationSeconds));
    auto *call = new ApiCall(m_network, m_tokens, "POST", url, m_policy, this);
    // Repeating a start is harmless (it returns the running recording), so a success whose
    // IDs were lost on the way is asked again rather than leaving an unstoppable recording.
    call->setResponseValidator([](const HttpResponse &response) {
        return parseStartResponse(response).outcome != ApiOutcome::MalformedResponse;
    });
    m_inFlight.insert(userId, call);
    connect(call, &ApiCall::finished, this, [this, userId, durationSeconds](const HttpResponse &response) {
        m_inFlight.remove(userId);
        const StartResult result = parseStartResponse(response);
        qCInfo(lcRecording) << "start for user" << userId << "duration" << durationSeconds << "->" << result.detail;
        Q_EMIT startFinished(userId, durationSeconds, result);
    });
    call->start();
}

void RecordingClient::stop(const QString &userId, qint64 contactId)
{
    const std::optional<ApiOutcome> refused = refusal(userId);
    if (refused) {
        StopResult result;
        result.outcome = *refused;
        result.detail = QStringLiteral("refused before sending");
        QTimer::singleShot(
            0, this, [this, userId, contactId, result] { Q_EMIT stopFinished(userId, contactId, result); });
        return;
    }
    const QUrl url = endpoint(QStringLiteral("stop-screen-interaction-recording"), userId, QStringLiteral("contactId"),
        QString::number(contactId));
    auto *call = new ApiCall(m_network, m_tokens, "POST", url, m_policy, this);
    m_inFlight.insert(userId, call);
    connect(call, &ApiCall::finished, this, [this, userId, contactId](const HttpResponse &response) {
        m_inFlight.remove(userId);
        const StopResult result = parseStopResponse(response);
        qCInfo(lcRecording) << "stop for user" << userId << "contact" << contactId << "->" << result.detail;
        Q_EMIT stopFinished(userId, contactId, result);
    });
    call->start();
}

void RecordingClient::cancelAll()
{
    const auto calls = m_inFlight.values();
    for (const QPointer<ApiCall> &call : calls) {
        if (call) {
            call->cancel();
        }
    }
}

StartResult RecordingClient::parseStartResponse(const HttpResponse &response)
{
    StartResult result;
    result.httpStatus = response.status;
    result.attempts = response.attempts;
    result.outcome = response.outcome();
    result.detail = statusDetail(response);
    if (!isSuccess(result.outcome)) {
        return result;
    }
    if (response.status != 200 && response.status != 202) {
        result.outcome = ApiOutcome::UnexpectedStatus;
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject body = document.object();
    result.contactId = contactIdFrom(body.value(QLatin1String("contactId")));
    result.interactionId = body.value(QLatin1String("interactionId")).toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || result.contactId == 0
        || result.interactionId.isEmpty()) {
        // The recording may be running, but without both IDs it cannot be tracked or stopped.
        result.outcome = ApiOutcome::MalformedResponse;
        result.detail += QStringLiteral(", body without a usable contactId and interactionId: ")
            + (parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                            : QStringLiteral("fields missing"));
        result.contactId = 0;
        result.interactionId.clear();
    }
    return result;
}

StopResult RecordingClient::parseStopResponse(const HttpResponse &response)
{
    StopResult result;
    result.httpStatus = response.status;
    result.attempts = response.attempts;
    result.outcome = response.outcome();
    result.detail = statusDetail(response);
    if (result.outcome == ApiOutcome::NotFound) {
        // cxone-api.md: 404 on stop means no active interaction: it had already ended.
        result.outcome = ApiOutcome::AlreadyEnded;
    } else if (isSuccess(result.outcome) && response.status != 200 && response.status != 202) {
        result.outcome = ApiOutcome::UnexpectedStatus;
    }
    return result;
}
