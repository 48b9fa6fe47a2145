#pragma once

#include "cxone/AccessKey.h"
#include "cxone/ApiOutcome.h"
#include "cxone/CxoneEnvironment.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QJsonObject;
class QNetworkAccessManager;
class QNetworkReply;
struct HttpResponse;

// Signs in with an access key and keeps a valid bearer token: OpenID discovery, the password
// grant, tenant discovery of the API host, then refreshes ahead of expiry (cxone-platform.md).
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
    void signOut();
    // Coalesces: while a refresh runs, further calls wait for the same one.
    void refresh();

    State state() const { return m_state; }
    bool hasToken() const { return m_state == State::SignedIn || m_state == State::Refreshing; }
    QByteArray authorizationHeader() const;
    QUrl apiBase() const { return m_apiBase; }
    QString tenantId() const { return m_tenantId; }
    QString keyId() const { return m_keyId; }
    QDateTime expiresAtUtc() const { return m_expiresAtUtc; }

Q_SIGNALS:
    void stateChanged(TokenProvider::State state);
    void signedIn();
    void signInFailed(ApiOutcome outcome, const QString &detail);
    // After refresh(): ok is false when no new token could be obtained.
    void refreshFinished(bool ok);
    // The token can no longer be renewed: the supervisor must sign in again.
    void sessionExpired();

private:
    void requestOpenIdConfiguration();
    void requestToken(const QByteArray &form, bool isRefresh);
    void requestTenantConfiguration();
    void handleTokenResponse(const HttpResponse &response, bool isRefresh);
    void storeToken(const QJsonObject &token);
    void completeSignIn();
    void failSignIn(ApiOutcome outcome, const QString &detail);
    void setState(State state);
    void forgetTokens();
    QNetworkReply *send(const QUrl &url, const QByteArray &verb, const QByteArray &body = {});

    QNetworkAccessManager *m_network;
    CxoneEnvironment m_environment;
    State m_state = State::SignedOut;
    QPointer<QNetworkReply> m_pendingReply;
    QTimer m_refreshTimer;

    QString m_keyId;
    QString m_pendingSecret; // only while the password grant is in flight
    QUrl m_tokenEndpoint;
    QUrl m_apiBase;
    QString m_tenantId;
    QString m_accessToken;
    QString m_refreshToken;
    QDateTime m_expiresAtUtc;
};
