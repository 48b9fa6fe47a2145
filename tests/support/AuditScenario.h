// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "audit/AuditLog.h"

#include <QVector>

// A month of a contact center's audit trail whose figures are worked out by hand in
// tst_auditreport: teams, supervisors, purposes, stops, extensions, lost answers, refusals,
// and recordings just outside the period on both sides. Times are UTC; run with TZ=UTC.
class AuditScenario
{
public:
    static QVector<AuditEntry> november2026()
    {
        AuditScenario s;
        const QString billing = QStringLiteral("Billing");
        const QString claims = QStringLiteral("Claims");
        const QString coaching = QStringLiteral("Coaching");
        const QString quality = QStringLiteral("Quality review");
        // Before the period: not counted, even though it ends inside it.
        s.start(at(10, 30, 23, 55), lea(), billing, 7, coaching, 600, 100);
        s.end(at(10, 31, 0, 5), 100, vigie::AuditResult::EndedByItself);
        // Week of 2 November.
        s.start(at(11, 2, 9, 0), lea(), billing, 7, coaching, 1800, 101);
        s.end(at(11, 2, 9, 10), 101, vigie::AuditResult::Stopped, vigie::AuditAction::Stop);
        s.start(at(11, 2, 10, 0), noe(), billing, 7, coaching, 3600, 102);
        s.end(at(11, 2, 11, 0), 102, vigie::AuditResult::EndedByItself);
        s.start(at(11, 3, 14, 0), zoe(), claims, 9, quality, 1200, 103);
        s.end(at(11, 3, 14, 5), 103, vigie::AuditResult::Stopped, vigie::AuditAction::Stop);
        s.start(at(11, 3, 14, 5), zoe(), claims, 9, quality, 2400, 104, vigie::AuditAction::Extend);
        s.entries.last().detail = QStringLiteral("replaces contact 103");
        s.end(at(11, 4, 9, 0), 104, vigie::AuditResult::EndedWhileClosed);
        // Week of 9 November.
        s.start(at(11, 10, 8, 0), tom(), QString(), 9, QString(), 900, 105);
        s.refusal(at(11, 10, 9, 0), lea(), vigie::AuditResult::Failed, QStringLiteral("forbidden: permission missing"));
        s.refusal(
            at(11, 11, 9, 0), lea(), vigie::AuditResult::Refused, QStringLiteral("forbidden: permission missing"));
        s.refusal(
            at(11, 11, 9, 1), noe(), vigie::AuditResult::Refused, QStringLiteral("invalid-user-id: unknown agent"));
        s.refusal(at(11, 12, 10, 0), lea(), vigie::AuditResult::Unknown, QStringLiteral("timeout: no answer"));
        s.start(at(11, 12, 10, 5), lea(), billing, 7, coaching, 600, 106, vigie::AuditAction::Start,
            vigie::AuditResult::Confirmed);
        s.end(at(11, 12, 10, 15), 106, vigie::AuditResult::EndedByItself);
        s.refusal(at(11, 13, 10, 0), noe(), vigie::AuditResult::Unknown, QStringLiteral("network-error: reset"));
        s.refusal(
            at(11, 13, 12, 0), noe(), vigie::AuditResult::UnconfirmedEndedByTime, QString(), vigie::AuditAction::End);
        // Week of 16 November: Léa three more times, each stopped after 100 s; one already running.
        for (int i = 0; i < 3; ++i) {
            s.start(at(11, 17, 9 + i, 0), lea(), billing, 7, coaching, 300, 107 + i);
            s.end(at(11, 17, 9 + i, 0).addSecs(100), 107 + i, vigie::AuditResult::Stopped, vigie::AuditAction::Stop);
        }
        s.start(at(11, 17, 9, 1), lea(), billing, 7, coaching, 300, 107, vigie::AuditAction::Start,
            vigie::AuditResult::AlreadyRecording);
        s.start(at(11, 20, 15, 0), zoe(), claims, 9, quality, 600, 110);
        s.end(at(11, 20, 15, 0).addSecs(200), 110, vigie::AuditResult::Forgotten, vigie::AuditAction::Forget);
        // Last evening of the period, ending the next day; then one after the period.
        s.start(at(11, 30, 23, 30), noe(), billing, 7, coaching, 3600, 111);
        s.end(at(12, 1, 0, 30), 111, vigie::AuditResult::EndedByItself);
        s.start(at(12, 1, 9, 0), lea(), billing, 7, coaching, 600, 112);
        return s.entries;
    }

    static void write(const QString &path, const QVector<AuditEntry> &entries)
    {
        AuditLog log(path);
        QString error;
        for (const AuditEntry &entry : entries) {
            if (!log.append(entry, &error)) {
                qFatal("cannot write the scenario: %s", qPrintable(error));
            }
        }
    }

private:
    struct Agent
    {
        QString name;
        QString userId;
    };
    static Agent lea() { return { QStringLiteral("Léa Martin"), QStringLiteral("u-1") }; }
    static Agent noe() { return { QStringLiteral("Noé Bernard"), QStringLiteral("u-2") }; }
    static Agent zoe() { return { QStringLiteral("Zoé Petit"), QStringLiteral("u-3") }; }
    static Agent tom() { return { QStringLiteral("Tom Durand"), QStringLiteral("u-4") }; }

    static QDateTime at(int month, int day, int hour, int minute)
    {
        return QDateTime(QDate(2026, month, day), QTime(hour, minute), Qt::UTC);
    }

    void start(const QDateTime &atUtc, const Agent &agent, const QString &team, int supervisor, const QString &purpose,
        int seconds, qint64 contact, vigie::AuditAction action = vigie::AuditAction::Start,
        vigie::AuditResult result = vigie::AuditResult::Started)
    {
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.action = action;
        entry.result = result;
        entry.supervisor = QStringLiteral("key-%1").arg(supervisor);
        entry.agentName = agent.name;
        entry.userId = agent.userId;
        entry.team = team;
        entry.durationSeconds = seconds;
        entry.purpose = purpose;
        entry.contactId = contact;
        entries.append(entry);
    }

    void end(const QDateTime &atUtc, qint64 contact, vigie::AuditResult result,
        vigie::AuditAction action = vigie::AuditAction::End)
    {
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.action = action;
        entry.result = result;
        entry.supervisor = QStringLiteral("key-7");
        entry.contactId = contact;
        entries.append(entry);
    }

    void refusal(const QDateTime &atUtc, const Agent &agent, vigie::AuditResult result, const QString &detail,
        vigie::AuditAction action = vigie::AuditAction::Start)
    {
        AuditEntry entry;
        entry.atUtc = atUtc;
        entry.action = action;
        entry.result = result;
        entry.supervisor = QStringLiteral("key-7");
        entry.agentName = agent.name;
        entry.userId = agent.userId;
        entry.detail = detail;
        entries.append(entry);
    }

    QVector<AuditEntry> entries;
};
