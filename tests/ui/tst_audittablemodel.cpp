// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditCsv.h"
#include "models/AuditTableModel.h"
#include "text/AuditText.h"

#include <QAbstractItemModelTester>
#include <QTest>

// The audit table under Qt's model checker: newest first, outcomes in words, every reset consistent.
class TestAuditTableModel : public QObject
{
    Q_OBJECT

private:
    static AuditEntry entry(int minute, vigie::AuditAction action, vigie::AuditResult result, const QString &agent)
    {
        AuditEntry e;
        e.atUtc = QDateTime(QDate(2026, 11, 2), QTime(8, minute), Qt::UTC);
        e.action = action;
        e.result = result;
        e.agentName = agent;
        e.supervisor = QStringLiteral("key-7");
        e.durationSeconds = minute == 0 ? 0 : 600;
        e.contactId = minute == 0 ? 0 : 700000000 + minute;
        e.detail = QStringLiteral("detail %1").arg(minute);
        return e;
    }

private Q_SLOTS:
    void showsEntriesNewestFirstInWords()
    {
        AuditTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QCOMPARE(model.rowCount(), 0);
        model.setEntries({ entry(0, vigie::AuditAction::Purge, vigie::AuditResult::Purged, QString()),
            entry(5, vigie::AuditAction::Start, vigie::AuditResult::Unknown, QStringLiteral("Léa")),
            entry(9, vigie::AuditAction::Stop, vigie::AuditResult::Stopped, QStringLiteral("Noé")) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AuditTableModel::ColumnCount));
        QCOMPARE(model.index(0, AuditTableModel::AgentColumn).data().toString(), QStringLiteral("Noé"));
        QCOMPARE(model.index(1, AuditTableModel::ResultColumn).data().toString(),
            AuditText::result(vigie::AuditResult::Unknown));
        QCOMPARE(model.index(1, AuditTableModel::ResultColumn).data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Answer lost: may be recording"));
        QCOMPARE(model.index(2, AuditTableModel::ActionColumn).data().toString(), QStringLiteral("Retention purge"));
        QCOMPARE(model.index(2, AuditTableModel::ContactColumn).data().toString(), QString());
        QCOMPARE(model.index(1, AuditTableModel::ContactColumn).data().toString(), QStringLiteral("700000005"));
        QCOMPARE(
            model.index(0, AuditTableModel::AtColumn).data(Qt::ToolTipRole).toString(), QStringLiteral("detail 9"));
        QCOMPARE(
            model.headerData(AuditTableModel::PurposeColumn, Qt::Horizontal).toString(), QStringLiteral("Purpose"));

        model.setEntries({ entry(1, vigie::AuditAction::Recover, vigie::AuditResult::Recovered, QString()) });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, AuditTableModel::ResultColumn).data().toString(), QStringLiteral("Recovered"));
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }

    void everyActionAndResultHasWords()
    {
        for (const vigie::AuditResult result : vigie::allAuditResults()) {
            QVERIFY2(!AuditText::result(result).isEmpty(), qPrintable(vigie::auditResultName(result)));
            QVERIFY(AuditText::result(result) != vigie::auditResultName(result));
        }
        for (const vigie::AuditAction action : { vigie::AuditAction::Start, vigie::AuditAction::Stop,
                 vigie::AuditAction::Extend, vigie::AuditAction::End, vigie::AuditAction::Forget,
                 vigie::AuditAction::Purge, vigie::AuditAction::Recover, vigie::AuditAction::Notice }) {
            QVERIFY(!AuditText::action(action).isEmpty());
        }
        QCOMPARE(AuditText::csvHeaders().size(), int(AuditCsv::ColumnCount));
    }
};

QTEST_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
