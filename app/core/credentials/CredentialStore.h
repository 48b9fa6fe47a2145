#pragma once

#include "cxone/AccessKey.h"

#include <QObject>

// The supervisor's access key in the operating system's keychain (Secret Service, macOS
// Keychain, Windows Credential Manager) through QtKeychain. There is deliberately no
// plain-text fallback: when no keychain answers, the caller is told and nothing is saved.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    enum class Failure {
        Unavailable, // no keychain backend, or it could not be reached
        AccessDenied, // the user or the system refused access
    };
    Q_ENUM(Failure)

    explicit CredentialStore(const QString &service = QStringLiteral("Vigie"), QObject *parent = nullptr);

    // One entry per CXone environment, so a lab and production keys do not overwrite each other.
    void load(const QString &environmentId);
    void save(const QString &environmentId, const AccessKey &key);
    void remove(const QString &environmentId);

Q_SIGNALS:
    void loaded(const AccessKey &key);
    void notFound();
    void saved();
    void removed();
    void failed(CredentialStore::Failure failure, const QString &detail);

private:
    QString m_service;
};
