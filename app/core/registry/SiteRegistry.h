// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/RegistryPasswordStore.h"
#include "registry/RegistryLink.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QThread>

#include <functional>

// The site registry as the station's other objects see it (docs/registry.md): every station's
// live recordings, claims before starts, and this station's events on their way through the
// outbox. The database work runs on the link's thread; nothing here blocks.
class SiteRegistry : public QObject
{
    Q_OBJECT
public:
    using ClaimAnswered = std::function<void(const QVector<RegistryClaimAnswer> &answers)>;
    // A claim the link has not answered by then is answered Unavailable: a hung network must not
    // hold the supervisor's Start longer.
    static constexpr int kClaimTimeoutMs = 8000;
    static constexpr int kShutdownWaitMs = 6000;
    // How long the link waits for the keychain's answer before it connects without a password of
    // its own; one that comes later serves from the next attempt on.
    static constexpr int kPasswordWaitMs = 5000;

    SiteRegistry(const RegistrySettings &settings, const QString &outboxPath, QObject *parent = nullptr);
    ~SiteRegistry() override;

    // Reads the role's password from the keychain, then connects (with it, or with libpq's own).
    void start();
    const QString &station() const { return m_station; }
    bool requiredForStart() const { return m_requiredForStart; }
    bool isUp() const { return m_up; }
    // Known to be unreachable: false until the first attempt to connect has ended.
    bool isDown() const { return m_answered && !m_up; }
    // Since when it cannot be reached (null while up), and why.
    const QDateTime &downSinceUtc() const { return m_downSinceUtc; }
    const QString &problem() const { return m_problem; }

    void publish(const RegistryEvent &event);
    void claim(const QVector<RegistryClaim> &claims, ClaimAnswered answered);
    // This station's audit trail lines for the registry's audit table (RegistryAuditFeed).
    void storeAudit(const QVector<AuditTrailLine> &lines);

    // The live recordings and claims of every station, and those another station stopped lately.
    const QVector<SiteRecording> &live() const { return m_live; }
    // The live recording or claim of another station for this agent.
    const SiteRecording *heldElsewhere(const QString &agentUserId) const;
    const SiteRecording *byContact(qint64 contactId) const;

    // For tests: how often the link reads the registry when no notification comes.
    void setPollIntervalMs(int milliseconds);

Q_SIGNALS:
    void siteChanged();
    // Starts and stops of every station the registry's log holds, as they are read (oldest first).
    void startsRead(const QVector<SiteStart> &starts);
    void availabilityChanged(bool up);
    void outboxProblem(const QString &problem);
    void auditReached(qint64 sequence, const QByteArray &hash);
    void auditStored(qint64 sequence);

private:
    void takePassword(const QString &password);
    void goOnWithoutPassword(const QString &why);
    void reach();
    void sendUnsent();
    void takeSiteRead(const QVector<SiteRecording> &live);
    void takeAvailability(bool up, const QString &problem);
    void takeClaimAnswers(quint64 requestId, const QVector<RegistryClaimAnswer> &answers);

    QString m_station;
    bool m_requiredForStart = false;
    RegistrySettings m_settings; // which keychain entry holds the role's password
    RegistryPasswordStore m_passwords;
    bool m_reaching = false;
    QThread m_thread;
    RegistryLink *m_link; // lives on m_thread
    bool m_up = false;
    bool m_answered = false;
    QDateTime m_downSinceUtc;
    QString m_problem;
    QVector<SiteRecording> m_live;
    QHash<QString, int> m_rowByAgent;
    QVector<RegistryEvent> m_unsent; // published in this turn of the event loop, not yet on the link's thread
    quint64 m_nextClaim = 0;
    QHash<quint64, ClaimAnswered> m_claims;
};
