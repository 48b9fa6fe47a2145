// SPDX-License-Identifier: Apache-2.0
#include "registry/SiteRegistry.h"

#include "logging/LogRedaction.h"

#include <QTimer>

#include <algorithm>
#include <utility>

SiteRegistry::SiteRegistry(const RegistrySettings &settings, const QString &outboxPath, QObject *parent)
    : QObject(parent)
    , m_station(settings.stationName())
    , m_requiredForStart(settings.requireForStart)
    , m_settings(settings)
    , m_link(new RegistryLink(settings, outboxPath))
    , m_downSinceUtc(QDateTime::currentDateTimeUtc())
    , m_problem(QStringLiteral("not connected yet"))
{
    qRegisterMetaType<RegistryEvent>();
    qRegisterMetaType<SiteRecording>();
    qRegisterMetaType<QVector<SiteStart>>();
    m_thread.setObjectName(QStringLiteral("vigie-registry"));
    m_link->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_link, &QObject::deleteLater);
    connect(m_link, &RegistryLink::siteRead, this, &SiteRegistry::takeSiteRead);
    connect(m_link, &RegistryLink::startsRead, this, &SiteRegistry::startsRead);
    connect(m_link, &RegistryLink::availabilityChanged, this, &SiteRegistry::takeAvailability);
    connect(m_link, &RegistryLink::claimed, this, &SiteRegistry::takeClaimAnswers);
    connect(m_link, &RegistryLink::outboxProblem, this, &SiteRegistry::outboxProblem);
    connect(m_link, &RegistryLink::auditReached, this, &SiteRegistry::auditReached);
    connect(m_link, &RegistryLink::auditStored, this, &SiteRegistry::auditStored);
    connect(&m_passwords, &RegistryPasswordStore::loaded, this, &SiteRegistry::takePassword);
    connect(&m_passwords, &RegistryPasswordStore::notFound, this,
        [this] { goOnWithoutPassword(QStringLiteral("the keychain holds none for this role")); });
    connect(
        &m_passwords, &RegistryPasswordStore::failed, this, [this](CredentialStore::Failure, const QString &detail) {
            goOnWithoutPassword(QStringLiteral("the keychain could not be read: %1").arg(detail));
        });
}

SiteRegistry::~SiteRegistry()
{
    sendUnsent();
    if (m_thread.isRunning()) {
        // Events still queued for the link are written to the outbox first: the next run sends
        // them. A link stuck in a network call does not hold the quit: it goes with the process.
        QMetaObject::invokeMethod(m_link, &RegistryLink::close);
        m_thread.quit();
        if (!m_thread.wait(kShutdownWaitMs)) {
            qWarning("the site registry's connection did not close in time; its outbox is sent at the next start");
            m_thread.terminate(); // the process is ending; a thread left running would abort it
            m_thread.wait();
        }
    } else {
        delete m_link;
    }
}

void SiteRegistry::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_link, &RegistryLink::open);
    // Read here, not on the link's thread: QtKeychain answers through this thread's event loop. A
    // keychain that does not answer must not keep the station off its registry for long.
    QTimer::singleShot(kPasswordWaitMs, this, &SiteRegistry::reach);
    m_passwords.load(m_settings);
}

void SiteRegistry::takePassword(const QString &password)
{
    QMetaObject::invokeMethod(m_link, [link = m_link, password] { link->setPassword(password); });
    reach();
}

void SiteRegistry::goOnWithoutPassword(const QString &why)
{
    // Said once per launch, for the administrator: ~/.pgpass or a client certificate may well be the
    // intended way, and then this is no problem at all.
    qCInfo(lcStation,
        "site registry: no password from the keychain (%s, entry %s); libpq's own are used "
        "(PGPASSFILE, ~/.pgpass, a client certificate)",
        qPrintable(why), qPrintable(RegistryPasswordStore::entryFor(m_settings)));
    reach();
}

void SiteRegistry::reach()
{
    if (!std::exchange(m_reaching, true)) {
        QMetaObject::invokeMethod(m_link, &RegistryLink::reach);
    }
}

void SiteRegistry::setPollIntervalMs(int milliseconds)
{
    QMetaObject::invokeMethod(m_link, [link = m_link, milliseconds] { link->setPollIntervalMs(milliseconds); });
}

void SiteRegistry::publish(const RegistryEvent &event)
{
    // The events of one burst (a bulk start's answers) go together: one outbox write, one insert,
    // instead of one each.
    m_unsent.append(event);
    if (m_unsent.size() == 1) {
        QMetaObject::invokeMethod(this, &SiteRegistry::sendUnsent, Qt::QueuedConnection);
    }
}

void SiteRegistry::sendUnsent()
{
    if (!m_unsent.isEmpty()) {
        QMetaObject::invokeMethod(
            m_link, [link = m_link, events = std::exchange(m_unsent, {})] { link->publish(events); });
    }
}

void SiteRegistry::storeAudit(const QVector<AuditTrailLine> &lines)
{
    QMetaObject::invokeMethod(m_link, [link = m_link, lines] { link->storeAudit(lines); });
}

void SiteRegistry::claim(const QVector<RegistryClaim> &claims, ClaimAnswered answered)
{
    sendUnsent(); // a claim must come after this station's earlier events (a release, a stop)
    const quint64 requestId = ++m_nextClaim;
    m_claims.insert(requestId, std::move(answered));
    QMetaObject::invokeMethod(m_link, [link = m_link, requestId, claims] { link->claim(requestId, claims); });
    QTimer::singleShot(kClaimTimeoutMs, this,
        [this, requestId, claims] { takeClaimAnswers(requestId, RegistryClaimAnswer::unavailableFor(claims)); });
}

void SiteRegistry::takeClaimAnswers(quint64 requestId, const QVector<RegistryClaimAnswer> &answers)
{
    // The first answer counts: a late one after the timeout is dropped (its claims expire).
    const ClaimAnswered answered = m_claims.take(requestId);
    if (answered) {
        answered(answers);
    }
}

namespace {
// The same recordings as last read: each read places the ends again from the registry's whole
// seconds left, so an end that moved by less than that is the same end.
bool sameSite(const QVector<SiteRecording> &before, const QVector<SiteRecording> &after)
{
    constexpr qint64 kSameEndMs = 1500;
    return std::equal(before.cbegin(), before.cend(), after.cbegin(), after.cend(),
        [](const SiteRecording &a, const SiteRecording &b) {
            return a.agentUserId == b.agentUserId && a.state == b.state && a.station == b.station
                && a.supervisor == b.supervisor && a.contactId == b.contactId && a.stoppedBy == b.stoppedBy
                && qAbs(a.deadlineMs - b.deadlineMs) <= kSameEndMs;
        });
}
} // namespace

void SiteRegistry::takeSiteRead(const QVector<SiteRecording> &live)
{
    // Read every few seconds whether anything changed: the agent list repaints (and the station
    // follows the site) only when something did.
    const bool changed = !sameSite(m_live, live);
    m_live = live;
    if (!changed) {
        return;
    }
    m_rowByAgent.clear();
    for (int row = 0; row < m_live.size(); ++row) {
        m_rowByAgent.insert(m_live.at(row).agentUserId, row);
    }
    Q_EMIT siteChanged();
}

void SiteRegistry::takeAvailability(bool up, const QString &problem)
{
    m_up = up;
    m_answered = true;
    m_problem = problem;
    m_downSinceUtc = up ? QDateTime() : QDateTime::currentDateTimeUtc();
    if (!up) {
        // What is not read now is not shown as if it were true.
        takeSiteRead({});
    }
    Q_EMIT availabilityChanged(up);
}

const SiteRecording *SiteRegistry::heldElsewhere(const QString &agentUserId) const
{
    const auto row = m_rowByAgent.constFind(agentUserId);
    if (row == m_rowByAgent.constEnd() || m_live.at(*row).station == m_station || !m_live.at(*row).isLive()) {
        return nullptr;
    }
    return &m_live.at(*row);
}

const SiteRecording *SiteRegistry::byContact(qint64 contactId) const
{
    for (const SiteRecording &recording : m_live) {
        if (recording.contactId == contactId && recording.isLive()) {
            return &recording;
        }
    }
    return nullptr;
}
