// SPDX-License-Identifier: Apache-2.0
#include "cxone/RecordingClient.h"

#include "cxone/FormEncoding.h"

#include "cxone/AnswerLimits.h"
#include "cxone/ApiCall.h"
#include "cxone/RecordingDuration.h"
#include "cxone/TokenProvider.h"
#include "logging/LogRedaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>

namespace {
// Below 2^53 a double is one integer exactly; from there on it may be the rounding of another.
constexpr double kLargestExactDouble = 9007199254740992.0;

QString statusDetail(const HttpResponse &response)
{
    if (response.tooLarge) {
        return QStringLiteral("an answer larger than any real one, abandoned unread after %1 attempt(s)")
            .arg(response.attempts);
    }
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

// What any answer of the recording service says, start or stop: 200 and 202 are its only
// successes (docs/cxone-contract.md#statuses-of-the-recording-endpoints), any other 2xx is unexpected.
template <typename Result> Result resultOf(const HttpResponse &response)
{
    Result result;
    result.httpStatus = response.status;
    result.attempts = response.attempts;
    result.outcome = response.outcome();
    result.detail = statusDetail(response);
    if (vigie::isSuccess(result.outcome) && response.status != 200 && response.status != 202) {
        result.outcome = vigie::ApiOutcome::UnexpectedStatus;
    }
    return result;
}

template <typename Result> Result refusedBeforeSending(vigie::ApiOutcome outcome)
{
    Result result;
    result.outcome = outcome;
    result.detail = QStringLiteral("refused before sending");
    return result;
}
} // namespace

RecordingClient::RecordingClient(QNetworkAccessManager *network, TokenProvider *tokens, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
{
}

bool RecordingClient::isSignedIn() const { return m_tokens->hasToken(); }

std::optional<qint64> RecordingClient::contactIdFrom(const QJsonValue &value)
{
    // contactId is documented as a number; some gateways quote large integers, so digits in a
    // string are accepted too. Anything else (missing, zero, negative, fractional, or a number
    // too large for a double to hold exactly) is not a contact ID.
    std::optional<qint64> contactId;
    if (value.isDouble()) {
        // Qt keeps a JSON number with an integral value that fits in 64 bits as an integer (exact for
        // integer literals; "9.007199254740993e15" is already rounded by then, but no server writes that).
        const bool storedAsInteger = value.toVariant().typeId() == QMetaType::LongLong;
        const double number = value.toDouble();
        if (storedAsInteger) {
            contactId = value.toInteger();
        } else if (number >= 1 && number < kLargestExactDouble && number == double(qint64(number))) {
            contactId = qint64(number);
        }
    } else if (value.isString()) {
        const QString digits = value.toString();
        bool ok = !digits.isEmpty() && std::all_of(digits.cbegin(), digits.cend(), [](QChar c) { return c.isDigit(); });
        const qint64 parsed = ok ? digits.toLongLong(&ok) : 0;
        if (ok) {
            contactId = parsed;
        }
    }
    return contactId && *contactId > 0 ? contactId : std::nullopt;
}

QUrl RecordingClient::endpoint(
    const QString &action, const QString &userId, const QString &secondName, qint64 secondValue) const
{
    const CxoneEnvironment &environment = m_tokens->environment();
    QUrl url = CxoneEnvironment::below(m_tokens->apiBase(), environment.recordingServicePath() + action);
    QUrlQuery query;
    query.addQueryItem(environment.recordingUserIdParameter(), exactQueryValue(userId));
    query.addQueryItem(secondName, QString::number(secondValue));
    url.setQuery(query);
    return url;
}

std::optional<vigie::ApiOutcome> RecordingClient::refusal(const QString &userId) const
{
    if (!m_tokens->hasToken()) {
        return vigie::ApiOutcome::NotSignedIn;
    }
    if (userId.trimmed().isEmpty()) {
        return vigie::ApiOutcome::InvalidUserId;
    }
    if (isBusy(userId)) {
        return vigie::ApiOutcome::RequestPending;
    }
    return std::nullopt;
}

void RecordingClient::start(const QString &userId, int durationSeconds)
{
    std::optional<vigie::ApiOutcome> refused = refusal(userId);
    if (!refused && !RecordingDuration::isValid(durationSeconds)) {
        refused = vigie::ApiOutcome::InvalidDuration;
    }
    if (refused) {
        const StartResult result = refusedBeforeSending<StartResult>(*refused);
        // Queued so that callers see the same asynchronous shape for every outcome.
        QTimer::singleShot(0, this,
            [this, userId, durationSeconds, result] { Q_EMIT startFinished(userId, durationSeconds, result); });
        return;
    }

    const QUrl url = endpoint(QStringLiteral("start-screen-interaction-recording"), userId,
        QStringLiteral("recordingDuration"), durationSeconds);
    ApiCall *call = post(userId, url);
    // Repeating a start is harmless (it returns the running recording), so a success whose
    // IDs were lost on the way is asked again rather than leaving an unstoppable recording.
    call->setResponseValidator([](const HttpResponse &response) {
        return parseStartResponse(response).outcome != vigie::ApiOutcome::MalformedResponse;
    });
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
    const std::optional<vigie::ApiOutcome> refused = refusal(userId);
    if (refused) {
        const StopResult result = refusedBeforeSending<StopResult>(*refused);
        QTimer::singleShot(
            0, this, [this, userId, contactId, result] { Q_EMIT stopFinished(userId, contactId, result); });
        return;
    }
    const QUrl url
        = endpoint(QStringLiteral("stop-screen-interaction-recording"), userId, QStringLiteral("contactId"), contactId);
    ApiCall *call = post(userId, url);
    connect(call, &ApiCall::finished, this, [this, userId, contactId](const HttpResponse &response) {
        m_inFlight.remove(userId);
        const StopResult result = parseStopResponse(response);
        qCInfo(lcRecording) << "stop for user" << userId << "contact" << contactId << "->" << result.detail;
        Q_EMIT stopFinished(userId, contactId, result);
    });
    call->start();
}

ApiCall *RecordingClient::post(const QString &userId, const QUrl &url)
{
    auto *call = new ApiCall(m_network, m_tokens, "POST", url, m_policy, AnswerLimits::kRecording, this);
    m_inFlight.insert(userId, call);
    return call;
}

StartResult RecordingClient::parseStartResponse(const HttpResponse &response)
{
    StartResult result = resultOf<StartResult>(response);
    if (response.isRedirect()) {
        result.detail += QStringLiteral(" towards %1, not followed").arg(response.redirectTarget.host());
    }
    if (!vigie::isSuccess(result.outcome)) {
        result.mayHaveStarted = response.mayHaveActed && !vigie::isDefiniteRefusal(result.outcome);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
    const QJsonObject body = document.object();
    const std::optional<qint64> contactId = contactIdFrom(body.value(QLatin1String("contactId")));
    result.contactId = contactId.value_or(0);
    result.interactionId = body.value(QLatin1String("interactionId")).toString();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() || !contactId
        || result.interactionId.isEmpty()) {
        // The recording may be running, but without both IDs it cannot be tracked or stopped.
        result.outcome = vigie::ApiOutcome::MalformedResponse;
        result.detail += QStringLiteral(", body without a usable contactId and interactionId: ")
            + (parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                            : QStringLiteral("fields missing"));
        result.contactId = 0;
        result.interactionId.clear();
        result.mayHaveStarted = true;
    }
    return result;
}

StopResult RecordingClient::parseStopResponse(const HttpResponse &response)
{
    StopResult result = resultOf<StopResult>(response);
    if (result.outcome == vigie::ApiOutcome::NotFound) {
        // docs/cxone-contract.md#stopping-a-recording: 404 on stop means it had already ended.
        result.outcome = vigie::ApiOutcome::AlreadyEnded;
    }
    return result;
}
