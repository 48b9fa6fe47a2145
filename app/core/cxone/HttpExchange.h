// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/HttpResponse.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>

class QNetworkAccessManager;

// One HTTP request to CXone and its answer, and nothing more: redirects are answers, never
// followed (credentials must reach no host but the configured ones), and a deadline bounds the
// whole exchange, so a server that trickles a byte at a time cannot hold it forever, and a cap
// bounds the answer's size, checked as it arrives (the announced Content-Length first), so one
// that streams without end cannot fill the memory. Emits finished() exactly once, then deletes
// itself.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    HttpExchange(QNetworkAccessManager *network, const QNetworkRequest &request, const QByteArray &verb,
        const QByteArray &body, int deadlineMs, qint64 largestAnswer, QObject *parent);

    // A request with the settings every CXone exchange shares.
    static QNetworkRequest requestFor(const QUrl &url, int timeoutMs);

    void abort();

Q_SIGNALS:
    void finished(const HttpResponse &response);

private:
    void finish();
    void abortIfLargerThanAllowed(qint64 bytes);

    QPointer<QNetworkReply> m_reply;
    // Never ignored: kept to say which certificate was refused, and why.
    QList<QSslError> m_certificateErrors;
    QTimer m_deadline;
    qint64 m_largestAnswer;
    HttpResponse::Abort m_abort = HttpResponse::Abort::None;
};
