// SPDX-License-Identifier: Apache-2.0
#include "cxone/HttpExchange.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

HttpExchange::HttpExchange(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
    const QByteArray &body, int deadlineMs, qint64 largestAnswer, QObject *parent)
    : QObject(parent)
    , m_reply(network->sendCustomRequest(request, verb, body))
    , m_largestAnswer(largestAnswer)
{
    // Qt's network thread stops reading from the socket once this much waits here: a server that
    // floods cannot fill memory while the GUI thread is busy elsewhere.
    m_reply->setReadBufferSize(largestAnswer + 1);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::finish);
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_certificateErrors = errors; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
        if (announced.isValid()) {
            abortIfLargerThanAllowed(announced.toLongLong());
        }
    });
    // Nothing reads the body before finished(), so what the reply has available is all it holds;
    // readyRead follows every chunk, where downloadProgress is throttled to one signal in 100 ms.
    connect(m_reply, &QNetworkReply::readyRead, this, [this] { abortIfLargerThanAllowed(m_reply->bytesAvailable()); });
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

void HttpExchange::abortIfLargerThanAllowed(qint64 bytes)
{
    if (bytes > m_largestAnswer && m_reply && m_reply->isRunning() && m_abort == HttpResponse::Abort::None) {
        m_abort = HttpResponse::Abort::TooLarge;
        m_reply->abort();
    }
}

void HttpExchange::finish()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    reply->deleteLater();
    const HttpResponse response = HttpResponse::fromReply(reply, m_abort, m_certificateErrors);
    Q_EMIT finished(response);
    deleteLater();
}
