// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditChain.h"
#include "audit/AuditEntry.h"
#include "registry/RegistrySettings.h"

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

// The site registry's copy of the stations' audit trails, read on a connection of its own by the
// command-line tools (--verify-audit --against registry, --audit-report --registry): they run
// without a window and may block.
class RegistryAuditCopy
{
public:
    struct StationTrail
    {
        QString station;
        QMap<qint64, QByteArray> lines; // by entry number, as the station's trail held them
    };
    struct Chain
    {
        QString station;
        qint64 entries = 0;
        bool intact = true;
        QString reason; // where it breaks, in English
    };

    // password: the one the keychain holds for the role (KeptRegistryPassword); empty, libpq's own.
    explicit RegistryAuditCopy(const RegistrySettings &settings, const QString &password = {});

    // Empty when the copy was read; else why not.
    QString readStation(const QString &station);
    QString readSite();

    const QVector<StationTrail> &trails() const { return m_trails; }
    QMap<qint64, QByteArray> linesOf(const QString &station) const;
    // Each station's chain as the registry holds it: entry numbers without a gap, each line naming
    // the hash of the line before it.
    QVector<Chain> chains() const;
    // The site's trails as one: intact when every station's chain is; the reason names each broken one.
    AuditChain::Verification verification() const;
    // Every station's readable entries on one time line: a stop from one station ends the
    // recording another started.
    QVector<AuditEntry> entries() const;
    // One station's readable entries, in its trail's order.
    QVector<AuditEntry> entriesOf(const QString &station) const;
    QStringList stations() const;

private:
    QString read(const QString &station);

    RegistrySettings m_settings;
    QString m_password;
    QVector<StationTrail> m_trails;
};
