#include "cxone/HttpExchange.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

HttpExchange::HttpExchange(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
    const QByteArray &body, int deadlineMs, QObject *parent)
    : QObject(parent)
    , m_reply(network->sendCustomRequest(request, verb, body))
{
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::finish);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_abort = HttpResponse::Abort::Deadline;
        m_reply->abort();
    });
    m_deadline.start(deadlineMs);
}

QNetworkRequest HttpExchange::requestFor(const QUrl &url, int timeoutMs)
{
    QNetworkRequest request(url);
    // Qt follows same-scheme redirects by default, re-sending Authorization to wherever they point.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Accept", "application/json");
    return request;
}

void HttpExchange::abort()
{
    if (m_reply && m_reply->isRunning()) {
        m_abort = HttpResponse::Abort::ByCaller;
        m_reply->abort();
    }
}

void HttpExchange::finish()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const HttpResponse response = HttpResponse::fromReply(reply, m_abort);
    Q_EMIT finished(response);
    deleteLater();
}
