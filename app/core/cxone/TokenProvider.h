// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/AccessKey.h"
#include "cxone/ApiOutcome.h"
#include "cxone/CxoneEnvironment.h"
#include "network/ConnectionFailure.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class HttpExchange;
struct TokenGrant;
class QNetworkAccessManager;
struct HttpResponse;

// Signs in with an access key and keeps a valid bearer token: OpenID discovery, the password
// grant, tenant discovery of the API host, then refreshes ahead of expiry (docs/cxone-contract.md#signing-in).
// Secrets live here only as long as they are needed, and leave the log-redaction registry with it.
class TokenProvider : public QObject
{
    Q_OBJECT
public:
    enum class State { SignedOut, SigningIn, SignedIn, Refreshing };
    Q_ENUM(State)

    explicit TokenProvider(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenProvider() override;

    void setEnvironment(const CxoneEnvironment &environment);
    const CxoneEnvironment &environment() const { return m_environment; }

    void signIn(const AccessKey &key);
    // Forgets every token; the next call needs a new sign-in.
    void signOut();
    // Coalesces: while a refresh runs, further calls wait for the same one.
    void refresh();

    State state() const { return m_state; }
    bool hasToken() const { return m_state == State::SignedIn || m_state == State::Refreshing; }
    QByteArray authorizationHeader() const;
    QUrl apiBase() const { return m_apiBase; }
    QString tenantId() const { return m_tenantId; }
    // The signed-in CXone user (the id_token's subject without its "user:" prefix), when known.
    QString userId() const { return m_userId; }
    QString keyId() const { return m_keyId; }

Q_SIGNALS:
    void stateChanged(TokenProvider::State state);
    void signedIn();
    // connection says which certificate, TLS version or proxy stood in the way, when one did.
    void signInFailed(vigie::ApiOutcome outcome, const QString &detail, const ConnectionFailure &connection);
    // After refresh(): ok is false when no new token could be obtained.
    void refreshFinished(bool ok);
    // The token can no longer be renewed: the supervisor must sign in again.
    void sessionExpired();

private:
    using UrlReader = std::function<std::optional<QUrl>(const QByteArray &)>;
    using UrlHandler = std::function<void(const QUrl &)>;
    // GETs one discovery document and reads the URL it names; calls onUrl with it, or fails the
    // sign-in in words.
    void fetchDiscovery(const QUrl &url, const QString &what, const UrlReader &read, const UrlHandler &onUrl);
    void abandonPendingExchange();
    void requestToken(const QByteArray &form, bool isRefresh);
    void handleTokenResponse(const HttpResponse &response, bool isRefresh);
    void storeToken(const TokenGrant &grant);
    void completeSignIn();
    void failSignIn(vigie::ApiOutcome outcome, const QString &detail, const ConnectionFailure &connection = {});
    void setState(State state);
    void forgetKeySecret();
    void forgetTokens();
    HttpExchange *send(const QUrl &url, const QByteArray &verb, qint64 largestAnswer, const QByteArray &body = {});

    QNetworkAccessManager *m_network;
    CxoneEnvironment m_environment;
    State m_state = State::SignedOut;
    QPointer<HttpExchange> m_pendingExchange;
    QTimer m_refreshTimer;

    QString m_keyId;
    QString m_pendingSecret; // only while the password grant is in flight
    QUrl m_tokenEndpoint;
    QUrl m_apiBase;
    QString m_tenantId;
    QString m_userId;
    QString m_accessToken;
    QString m_refreshToken;
    QDeadlineTimer m_expiry;
};
