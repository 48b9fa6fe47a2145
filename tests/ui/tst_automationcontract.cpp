// SPDX-License-Identifier: Apache-2.0
#include "dialogs/AuditHistoryDialog.h"
#include "dialogs/AuditReportDialog.h"
#include "dialogs/KeyboardShortcutsDialog.h"
#include "dialogs/SettingsDialog.h"
#include "kiosk/PinDialog.h"
#include "signin/ProxyCredentialsDialog.h"
#include "signin/SignInDialog.h"
#include "support/InteractiveWidgets.h"
#include "support/VigieWindow.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMetaEnum>
#include <QSettings>

// docs/automation-widgets.md lists, for every screen, each interactive widget's objectName,
// accessibility role and accessible names in English and French. This test builds that list
// from the real widgets and fails when the document no longer matches: the contract QA teams
// rely on cannot drift from the code. VIGIE_UPDATE_AUTOMATION_DOC=1 rewrites the document.
class TestAutomationContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    VigieWindow m_vigie;

    struct Row
    {
        QString objectName;
        QString role;
        QString english;
        QString french;
    };

    // Status texts whose accessible name is the live message itself.
    static bool isLive(const QString &objectName)
    {
        return objectName == QLatin1String("announcementLabel") || objectName == QLatin1String("connectionBanner")
            || objectName == QLatin1String("connectionStatus") || objectName == QLatin1String("signInError")
            || objectName == QLatin1String("pinError") || objectName == QLatin1String("scopeLabel");
    }

    // The controls, plus the status texts automation reads (a row's Stop and Forget are drawn in
    // its cell, which is named: docs/automation.md).
    static bool isInteractive(QWidget *widget)
    {
        return isInteractiveControl(widget) || (isLive(widget->objectName()) && widget->parentWidget());
    }

    static QString roleName(QWidget *widget)
    {
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const QMetaEnum roles = QMetaEnum::fromType<QAccessible::Role>();
        return accessible ? QString::fromLatin1(roles.valueToKey(accessible->role())) : QString();
    }

    // Windows UI Automation builds a widget's AutomationId from the objectNames of the widget
    // and every ancestor; one unnamed container in between and the id is empty.
    static QString unnamedAncestor(QWidget *widget)
    {
        for (QObject *object = widget; object; object = object->parent()) {
            if (object->objectName().isEmpty()) {
                return QString::fromLatin1(object->metaObject()->className()) + QStringLiteral(" above ")
                    + widget->objectName();
            }
        }
        return {};
    }

    // Widgets a tool would find without a name, by objectName and language.
    QStringList m_unnamed;

    QMap<QString, Row> collect(QWidget *root)
    {
        QMap<QString, Row> rows;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *widget : widgets) {
            if (isInteractive(widget)) {
                const QString unnamed = unnamedAncestor(widget);
                if (!unnamed.isEmpty()) {
                    qWarning("no AutomationId: unnamed %s", qPrintable(unnamed));
                    rows.insert(QStringLiteral("~unnamed"), { unnamed, {}, {}, {} });
                }
                if (spokenName(widget).isEmpty() && !isLive(widget->objectName())) {
                    m_unnamed.append(
                        QStringLiteral("%1 %2 (en)")
                            .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
                }
                rows.insert(
                    widget->objectName(), { widget->objectName(), roleName(widget), widget->accessibleName(), {} });
            }
        }
        return rows;
    }

    void addFrench(QMap<QString, Row> *rows, QWidget *root)
    {
        for (auto it = rows->begin(); it != rows->end(); ++it) {
            QWidget *widget = it.key() == root->objectName() ? root : root->findChild<QWidget *>(it.key());
            it->french = widget ? widget->accessibleName() : QString();
            if (widget && spokenName(widget).isEmpty() && !isLive(it.key())) {
                m_unnamed.append(it.key() + QStringLiteral(" (fr)"));
            }
        }
    }

    static QString table(const QString &title, const QMap<QString, Row> &rows)
    {
        QString text = QStringLiteral("\n## %1\n\n| objectName | role | accessible name (en) | accessible name (fr) |\n"
                                      "|---|---|---|---|\n")
                           .arg(title);
        for (const Row &row : rows) {
            auto cell = [&row](QString value) {
                if (isLive(row.objectName)) {
                    return QStringLiteral("*(the live message)*");
                }
                return value.isEmpty() ? QStringLiteral("*(its text)*")
                                       : value.replace(QLatin1Char('|'), QLatin1Char('/'));
            };
            text += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                        .arg(row.objectName, row.role, cell(row.english), cell(row.french));
        }
        return text;
    }

    QString switchAndCollect(QWidget *root, QMap<QString, Row> *rows)
    {
        *rows = collect(root);
        m_vigie.languages->apply(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        addFrench(rows, root);
        m_vigie.languages->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        return {};
    }

private Q_SLOTS:
    void initTestCase() { QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path()); }

    void documentMatchesTheWidgets()
    {
        MainWindow::Options options;
        options.demo = true;
        QVERIFY(m_vigie.open(m_dir.path(), options, true));
        MainWindow *window = m_vigie.window.get();
        QString document = QStringLiteral(
            "# Automation contract: widgets\n\n"
            "Generated from the running application by `tests/ui/tst_automationcontract.cpp`, which fails when\n"
            "this file and the widgets disagree. Roles are `QAccessible::Role` names; AT-SPI shows them in lower\n"
            "case with spaces (PushButton: \"push button\"). Widgets whose accessible name is their visible text\n"
            "say so. See [automation.md](automation.md) for how to start Vigie for automation.\n");

        QMap<QString, Row> rows;
        switchAndCollect(window, &rows);
        document += table(QStringLiteral("Main window"), rows);

        document += QStringLiteral(
            "\n## Menu actions\n\n| objectName | text (en) | text (fr) | shortcut |\n|---|---|---|---|\n");
        QMap<QString, QAction *> actions;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (!action->objectName().isEmpty() && !action->objectName().startsWith(QLatin1String("qt_"))
                && !action->objectName().startsWith(QLatin1String("_q_"))) {
                actions.insert(action->objectName(), action);
            }
        }
        QMap<QString, QString> english;
        for (QAction *action : std::as_const(actions)) {
            english.insert(action->objectName(), action->text().remove(QLatin1Char('&')));
        }
        m_vigie.languages->apply(QStringLiteral("fr"));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        for (QAction *action : std::as_const(actions)) {
            document += QStringLiteral("| `%1` | %2 | %3 | %4 |\n")
                            .arg(action->objectName(), english.value(action->objectName()),
                                action->text().remove(QLatin1Char('&')),
                                action->shortcut().toString(QKeySequence::PortableText));
        }
        m_vigie.languages->apply(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();

        window->signInFlow()->showDialog();
        switchAndCollect(window->signInFlow()->dialog(), &rows);
        document += table(QStringLiteral("Sign-in dialog"), rows);
        window->signInFlow()->dialog()->close();

        AuditHistoryDialog audit(m_vigie.session->auditLog(), {}, window);
        switchAndCollect(&audit, &rows);
        document += table(QStringLiteral("Audit trail dialog"), rows);

        AuditReportDialog report(m_vigie.session->auditLog(), {}, {}, window);
        switchAndCollect(&report, &rows);
        document += table(QStringLiteral("Audit report dialog"), rows);

        SettingsDialog settings(window->findChild<QMenu *>(QStringLiteral("languageMenu"))->actions(),
            window->findChild<QMenu *>(QStringLiteral("appearanceMenu"))->actions(), window);
        switchAndCollect(&settings, &rows);
        document += table(QStringLiteral("Settings dialog"), rows);

        KeyboardShortcutsDialog shortcuts(window);
        switchAndCollect(&shortcuts, &rows);
        document += table(QStringLiteral("Keyboard shortcuts dialog"), rows);

        PinDialog pin(QStringLiteral("unused"), PinThrottle::defaultFilePath(), window);
        switchAndCollect(&pin, &rows);
        document += table(QStringLiteral("Kiosk PIN dialog"), rows);

        ProxyCredentialsDialog proxy(QStringLiteral("proxy.example.com:3128"), window);
        switchAndCollect(&proxy, &rows);
        document += table(QStringLiteral("Proxy credentials dialog"), rows);

        QVERIFY(document.count(QLatin1String("\n| `")) > 30);
        QVERIFY2(m_unnamed.isEmpty(),
            qPrintable(QStringLiteral("no accessible name: ") + m_unnamed.join(QStringLiteral(", "))));
        QVERIFY2(!document.contains(QLatin1String("~unnamed")) && !document.contains(QLatin1String(" above ")),
            "a container without objectName breaks the UI Automation id of the widgets inside it");
        const QString path = QStringLiteral(VIGIE_SOURCE_DIR "/docs/automation-widgets.md");
        if (qEnvironmentVariableIsSet("VIGIE_UPDATE_AUTOMATION_DOC")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(document.toUtf8());
        }
        QFile committed(path);
        QVERIFY2(committed.open(QIODevice::ReadOnly), "docs/automation-widgets.md is missing");
        const QString expected = QString::fromUtf8(committed.readAll());
        if (expected != document) {
            qWarning().noquote() << document;
        }
        QVERIFY2(expected == document,
            "docs/automation-widgets.md is out of date: rerun this test with "
            "VIGIE_UPDATE_AUTOMATION_DOC=1 and review the difference");
    }
};

QTEST_MAIN(TestAutomationContract)
#include "tst_automationcontract.moc"
