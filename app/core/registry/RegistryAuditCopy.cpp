// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryAuditCopy.h"

#include "audit/AuditChain.h"
#include "registry/RegistrySchema.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

RegistryAuditCopy::RegistryAuditCopy(const RegistrySettings &settings, const QString &password)
    : m_settings(settings)
    , m_password(password)
{
}

QString RegistryAuditCopy::readStation(const QString &station) { return read(station); }

QString RegistryAuditCopy::readSite() { return read({}); }

QMap<qint64, QByteArray> RegistryAuditCopy::linesOf(const QString &station) const
{
    for (const StationTrail &trail : m_trails) {
        if (trail.station == station) {
            return trail.lines;
        }
    }
    return {};
}

QString RegistryAuditCopy::read(const QString &station)
{
    m_trails.clear();
    const QString name = QStringLiteral("vigie-registry-audit");
    QString error;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        if (!database.isValid()) {
            error = QStringLiteral("Qt's PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed");
        } else {
            m_settings.applyTo(database, m_password);
            if (!database.open()) {
                error = database.lastError().text().trimmed();
            } else if (error = RegistrySchema::checkUsable(database); error.isEmpty()) {
                QSqlQuery query(database);
                query.setForwardOnly(true);
                query.prepare(QStringLiteral("SELECT station, sequence, line FROM vigie.audit_entries "
                                             "WHERE ? = '' OR station = ? ORDER BY station, sequence"));
                query.addBindValue(station.isNull() ? QStringLiteral("") : station);
                query.addBindValue(station.isNull() ? QStringLiteral("") : station);
                if (!query.exec()) {
                    error = query.lastError().text().trimmed();
                }
                while (error.isEmpty() && query.next()) {
                    const QString rowStation = query.value(0).toString();
                    if (m_trails.isEmpty() || m_trails.constLast().station != rowStation) {
                        m_trails.append({ rowStation, {} });
                    }
                    m_trails.last().lines.insert(query.value(1).toLongLong(), query.value(2).toString().toUtf8());
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

QVector<RegistryAuditCopy::Chain> RegistryAuditCopy::chains() const
{
    QVector<Chain> chains;
    for (const StationTrail &trail : m_trails) {
        Chain chain { trail.station, trail.lines.size(), true, {} };
        qint64 previousSequence = 0;
        QByteArray previousHash;
        for (auto it = trail.lines.cbegin(); it != trail.lines.cend() && chain.intact; ++it) {
            const QByteArray named
                = QJsonDocument::fromJson(*it).object().value(QLatin1String("prev")).toString().toLatin1();
            if (previousSequence != 0 && it.key() != previousSequence + 1) {
                chain = { trail.station, chain.entries, false,
                    it.key() == previousSequence + 2
                        ? QStringLiteral("entry %1 is missing").arg(previousSequence + 1)
                        : QStringLiteral("entries %1 to %2 are missing").arg(previousSequence + 1).arg(it.key() - 1) };
            } else if (previousSequence != 0 && named != previousHash) {
                chain = { trail.station, chain.entries, false,
                    QStringLiteral("entry %1 does not name the hash of entry %2").arg(it.key()).arg(previousSequence) };
            }
            previousSequence = it.key();
            previousHash = AuditChain::hashOf(*it);
        }
        chains.append(chain);
    }
    return chains;
}

AuditChain::Verification RegistryAuditCopy::verification() const
{
    AuditChain::Verification verification;
    QStringList broken;
    for (const Chain &chain : chains()) {
        verification.entries += chain.entries;
        if (!chain.intact) {
            broken.append(QStringLiteral("station %1: %2").arg(chain.station, chain.reason));
        }
    }
    verification.intact = broken.isEmpty();
    verification.reason = broken.join(QStringLiteral("; "));
    return verification;
}

QVector<AuditEntry> RegistryAuditCopy::entries() const
{
    QVector<AuditEntry> entries;
    for (const StationTrail &trail : m_trails) {
        entries += entriesOf(trail.station);
    }
    std::stable_sort(
        entries.begin(), entries.end(), [](const AuditEntry &a, const AuditEntry &b) { return a.atUtc < b.atUtc; });
    return entries;
}

QVector<AuditEntry> RegistryAuditCopy::entriesOf(const QString &station) const
{
    QVector<AuditEntry> entries;
    const QMap<qint64, QByteArray> lines = linesOf(station);
    for (const QByteArray &line : lines) {
        if (const std::optional<AuditEntry> entry = AuditEntry::fromJson(QJsonDocument::fromJson(line).object())) {
            entries.append(*entry);
        }
    }
    return entries;
}

QStringList RegistryAuditCopy::stations() const
{
    QStringList stations;
    for (const StationTrail &trail : m_trails) {
        stations.append(trail.station);
    }
    return stations;
}
