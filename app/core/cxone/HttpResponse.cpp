// SPDX-License-Identifier: Apache-2.0
#include "cxone/HttpResponse.h"

#include <QDateTime>

HttpResponse HttpResponse::fromReply(QNetworkReply *reply, Abort abort, const QList<QSslError> &certificateErrors)
{
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.networkError = reply->error();
    // Qt's transfer timeout aborts a reply as OperationCanceledError, like a caller would.
    response.timedOut = abort == Abort::Deadline || response.networkError == QNetworkReply::TimeoutError
        || (response.networkError == QNetworkReply::OperationCanceledError && abort == Abort::None);
    response.tooLarge = abort == Abort::TooLarge;
    if (response.timedOut || response.tooLarge) {
        response.status = 0;
    }
    if (reply->isOpen() && !response.tooLarge) {
        response.body = reply->readAll();
    }
    if (reply->hasRawHeader("Retry-After")) {
        response.retryAfterMs = parseRetryAfterMs(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
    }
    if (response.isRedirect()) {
        response.redirectTarget = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    }
    response.connection = ConnectionFailure::fromReply(reply, certificateErrors);
    response.attempts = 1;
    response.mayHaveActed = response.attemptMayHaveActed();
    return response;
}

bool HttpResponse::attemptMayHaveActed() const
{
    if (timedOut || tooLarge) {
        return true;
    }
    // Refused before the request could leave, by Vigie (TLS) or by the proxy. Qt reports some proxy
    // refusals only as an unknown error, which might also be something lost on the way: that one
    // stays "may have acted", the safe side for a start.
    if (connection.isFailure() && networkError != QNetworkReply::UnknownNetworkError) {
        return false;
    }
    if (!hasStatus()) {
        switch (networkError) {
        // The request never reached a server that could act on it.
        case QNetworkReply::ConnectionRefusedError:
        case QNetworkReply::HostNotFoundError:
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProxyConnectionRefusedError:
        case QNetworkReply::ProxyNotFoundError:
        case QNetworkReply::ProxyAuthenticationRequiredError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::NoError:
            return false;
        default:
            return true; // closed, reset or aborted on the way: the answer may be what was lost
        }
    }
    if (isRedirect()) {
        return false;
    }
    switch (status) {
    case 400: // the request itself is wrong
    case 401: // not authenticated: nothing was done
    case 403: // not allowed: nothing was done
    case 404: // no such user or interaction
    case 425: // locked by a request being processed: this one was turned away (an earlier one of ours
              // that may have got through has already said so)
    case 429: // rate limited before processing
        return false;
    default:
        return true; // 2xx (even garbled), 5xx, anything undocumented
    }
}

vigie::ApiOutcome HttpResponse::outcome() const
{
    if (sessionExpired) {
        return vigie::ApiOutcome::SessionExpired;
    }
    if (tooLarge) {
        return vigie::ApiOutcome::AnswerTooLarge;
    }
    if (timedOut) {
        return vigie::ApiOutcome::Timeout;
    }
    if (connection.isTls()) {
        return vigie::ApiOutcome::InsecureConnection;
    }
    if (connection.isFailure()) {
        return vigie::ApiOutcome::ProxyRefused;
    }
    if (!hasStatus()) {
        return networkError == QNetworkReply::OperationCanceledError ? vigie::ApiOutcome::Cancelled
                                                                     : vigie::ApiOutcome::NetworkError;
    }
    if (isRedirect()) {
        return vigie::ApiOutcome::Redirected;
    }
    switch (status) {
    case 200:
    case 201:
    case 204:
    case 304:
        return vigie::ApiOutcome::Success;
    case 202:
        return vigie::ApiOutcome::Accepted;
    case 400:
        return vigie::ApiOutcome::BadRequest;
    case 401:
        return vigie::ApiOutcome::SessionExpired;
    case 403:
        return vigie::ApiOutcome::Forbidden;
    case 404:
        return vigie::ApiOutcome::NotFound;
    case 425:
        return vigie::ApiOutcome::Locked;
    case 429:
        return vigie::ApiOutcome::RateLimited;
    case 500:
        return vigie::ApiOutcome::ServerError;
    case 503:
        return vigie::ApiOutcome::ServiceUnavailable;
    case 504:
        return vigie::ApiOutcome::GatewayTimeout;
    default:
        return vigie::ApiOutcome::UnexpectedStatus;
    }
}

std::optional<int> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber) {
        return seconds < 0 ? std::nullopt : std::optional<int>(int(qMin<qint64>(seconds, 86400) * 1000));
    }
    // HTTP dates end in "GMT", which Qt's RFC 2822 parser only takes as a numeric offset.
    QString date = QString::fromLatin1(trimmed);
    if (date.endsWith(QLatin1String(" GMT"))) {
        date.replace(date.size() - 3, 3, QStringLiteral("+0000"));
    }
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid()) {
        return std::nullopt;
    }
    return int(qBound<qint64>(0, nowUtc.msecsTo(when), qint64(86400) * 1000));
}
