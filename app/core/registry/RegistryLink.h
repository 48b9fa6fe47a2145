// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistryEvent.h"
#include "registry/RegistryOutbox.h"
#include "registry/RegistrySettings.h"

#include <QObject>
#include <QTimer>
#include <QVector>

#include <memory>

class QSqlQuery;

// A start to claim an agent for, and what the registry answered.
struct RegistryClaim
{
    QString agentUserId;
    QString agentName;
    QString supervisor;
    QString purpose;
    int durationSeconds = 0;
};
struct RegistryClaimAnswer
{
    enum class Verdict { Granted, HeldElsewhere, Unavailable };
    QString agentUserId;
    Verdict verdict = Verdict::Unavailable;
    SiteRecording holder; // HeldElsewhere: who holds the agent, and until when

    // Each claim answered Unavailable: the registry could not be asked, or did not answer in time.
    static QVector<RegistryClaimAnswer> unavailableFor(const QVector<RegistryClaim> &claims)
    {
        QVector<RegistryClaimAnswer> answers;
        answers.reserve(claims.size());
        for (const RegistryClaim &claim : claims) {
            answers.append({ claim.agentUserId, Verdict::Unavailable, {} });
        }
        return answers;
    }
};

// One line of this station's audit trail, as the trail holds it, on its way to the registry.
struct AuditTrailLine
{
    qint64 sequence = 0;
    QByteArray line;
};

// A recording any station of the site started (or stopped), as the registry's log holds it: what
// the recording policy's rolling windows count across stations (docs/privacy.md).
struct SiteStart
{
    QString station;
    QString agentUserId;
    qint64 contactId = 0;
    int durationSeconds = 0;
    QDateTime atUtc; // the registry's clock
    bool extension = false; // it replaced a recording of the same agent
    bool stop = false; // a Stop of contactId at atUtc, not a start
};

// The registry's connection, on a thread of its own (SiteRegistry owns it): every database call
// blocks, and a cut network must never freeze the window. Writes the outbox, sends it in order,
// grants claims, and reads the live recordings when another station's event is notified, or
// every few seconds in case a notification was missed.
class RegistryLink : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPollMs = 3000;
    // A claim outlives the start it allows by this much: long enough for a queued start to be
    // sent and answered, short enough that a crashed station does not block its agents long.
    static constexpr int kClaimSeconds = 120;

    RegistryLink(const RegistrySettings &settings, const QString &outboxPath);
    ~RegistryLink() override;

    // Run on the link's thread. open() reads what an earlier run left in the outbox, before any event
    // is published; reach() connects and keeps reading the registry, once SiteRegistry has the
    // keychain's answer (events published meanwhile wait in the outbox, claims are Unavailable).
    Q_INVOKABLE void open();
    Q_INVOKABLE void reach()
    {
        m_poll.start(); // the timers belong to this thread: started here, not in the constructor
        refresh();
    }
    Q_INVOKABLE void publish(const QVector<RegistryEvent> &events);
    Q_INVOKABLE void claim(quint64 requestId, const QVector<RegistryClaim> &claims);
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void close();
    // Stores trail lines in the registry's audit table; dropped while it is unreachable, since
    // the trail itself keeps them: auditReached says where to send from once it is back.
    void storeAudit(const QVector<AuditTrailLine> &lines);

    void setPollIntervalMs(int milliseconds) { m_poll.setInterval(milliseconds); }
    // The role's password from the station's keychain, for this and every later connection.
    void setPassword(const QString &password) { m_password = password; }

Q_SIGNALS:
    void claimed(quint64 requestId, const QVector<RegistryClaimAnswer> &answers);
    void siteRead(const QVector<SiteRecording> &live);
    // The starts and stops of the last 31 days that no earlier read returned, oldest first.
    void startsRead(const QVector<SiteStart> &starts);
    // up: connected, schema checked, outbox sent; otherwise problem says why.
    void availabilityChanged(bool up, const QString &problem);
    void outboxProblem(const QString &problem);
    // Each time the registry is reached: the last entry of this station's trail it holds (0: none),
    // and that entry's hash as the registry computed it from the line.
    void auditReached(qint64 sequence, const QByteArray &hash);
    // Lines up to this one are stored.
    void auditStored(qint64 sequence);

private:
    bool ensureOpen();
    void lose(const QString &problem);
    bool sendOutbox();
    bool announceAuditPosition();
    void readStarts();
    void refreshSoon();

    RegistrySettings m_settings;
    QString m_password; // empty: libpq's own (~/.pgpass, a client certificate)
    QString m_station;
    QString m_connectionName;
    RegistryOutbox m_outbox;
    std::unique_ptr<QSqlQuery> m_insert; // this station's events into the registry, prepared once per connection
    QTimer m_poll;
    QTimer m_coalesce;
    bool m_up = false;
    bool m_everTried = false;
    qint64 m_lastStartSeq = 0; // the last event readStarts() returned
};

Q_DECLARE_METATYPE(RegistryClaim)
Q_DECLARE_METATYPE(RegistryClaimAnswer)
Q_DECLARE_METATYPE(SiteStart)
