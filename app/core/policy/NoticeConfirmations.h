// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTimeZone>
#include <QVector>

struct AuditEntry;

// The daily notice's confirmations the audit trail holds (notice, acknowledged, the words
// confirmed), by supervisor: whether a supervisor confirmed today's notice is read from the trail,
// so no settings file, restart or other way to Start can skip it.
//
// A confirmation counts for the calendar day the trail dates it on the station's wall clock, and
// only for the words it confirmed: a clock moved to another day, or a notice the administrator
// rewrote, finds no confirmation and asks again.
class NoticeConfirmations
{
public:
    // From the trail's entries, oldest first; called again with the entries that followed.
    void addTrail(const QVector<AuditEntry> &entries);

    bool confirmedOn(
        const QString &supervisor, const QString &notice, const QDateTime &nowUtc, const QTimeZone &zone) const;

private:
    struct Confirmation
    {
        QDateTime atUtc;
        QString notice;
    };
    QHash<QString, QVector<Confirmation>> m_bySupervisor;
};
