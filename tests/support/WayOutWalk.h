// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "kiosk/KioskConfinement.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>
#include <QWindow>

// Walks what a supervisor can reach — each menu action, each button, and each button of every
// dialog they open, modal or not — and notes every way out of Vigie it meets on the way: a file
// or print dialog on the screen, a URL handed to the desktop, a label or browser that would
// follow a link. It watches windows as they are mapped, not the application's code, so it sees
// dialogs nobody told it about.
class WayOutWalk : public QObject
{
    Q_OBJECT
public:
    WayOutWalk()
    {
        qApp->installEventFilter(this);
        // Installed after the window, these replace a kiosk's own URL handlers: the walk fails
        // when anything so much as tries to open a URL, swallowed or not.
        for (const QString &scheme : KioskConfinement::urlSchemes()) {
            QDesktopServices::setUrlHandler(scheme, this, "noteUrl");
        }
    }

    ~WayOutWalk() override
    {
        for (const QString &scheme : KioskConfinement::urlSchemes()) {
            QDesktopServices::unsetUrlHandler(scheme);
        }
    }

    // Ways out that reached the supervisor: a file or print dialog on the screen, a URL, a link.
    QStringList waysOut;
    // File and print dialogs that were created and shown, on the screen or kept off it.
    QStringList dialogAttempts;
    QStringList dialogsWalked;
    QStringList stepsTaken; // the objectNames of the actions triggered and buttons clicked

    void trigger(QAction *action)
    {
        step(action->objectName(), [action] { action->trigger(); });
    }

    void click(QAbstractButton *button)
    {
        step(button->objectName(), [button] { button->click(); });
    }

    // Every visible, enabled button under root, as they were when the walk began.
    void clickButtonsOf(QWidget *root)
    {
        QList<QPointer<QAbstractButton>> buttons;
        for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
            buttons.append(button);
        }
        for (const QPointer<QAbstractButton> &button : buttons) {
            if (button && button->isVisible() && button->isEnabled() && button->window() == root->window()) {
                click(button);
            }
        }
        noteLinks(root);
    }

    // Every enabled action of every menu and submenu; those named in last come last.
    void triggerMenus(QMenuBar *menuBar, const QStringList &last)
    {
        QList<QPointer<QAction>> actions;
        QList<QPointer<QAction>> ending;
        collect(menuBar->actions(), last, &actions, &ending);
        for (const QPointer<QAction> &action : actions + ending) {
            if (action && action->isEnabled() && action->isVisible()) {
                trigger(action);
            }
        }
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show && watched->isWidgetType() && isWayOutDialog(watched)) {
            dialogAttempts.append(QString::fromLatin1(watched->metaObject()->className()));
        }
        // A window is mapped: the one Show a dialog kept off the screen never gets.
        if (event->type() == QEvent::Show && watched->isWindowType()) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (widget->windowHandle() == watched && isWayOutDialog(widget)) {
                    waysOut.append(QStringLiteral("%1 on the screen after %2")
                                       .arg(QLatin1String(widget->metaObject()->className()), m_current));
                }
            }
        }
        return QObject::eventFilter(watched, event);
    }

private Q_SLOTS:
    void noteUrl(const QUrl &url)
    {
        waysOut.append(QStringLiteral("URL %1 opened after %2").arg(url.toString(), m_current));
    }

private:
    QString m_current;

    static bool isWayOutDialog(const QObject *object)
    {
        return object->inherits("QFileDialog") || object->inherits("QPrintDialog")
            || object->inherits("QPageSetupDialog") || object->inherits("QPrintPreviewDialog");
    }

    static void collect(const QList<QAction *> &from, const QStringList &last, QList<QPointer<QAction>> *actions,
        QList<QPointer<QAction>> *ending)
    {
        for (QAction *action : from) {
            if (action->isSeparator()) {
                continue;
            }
            if (action->menu()) {
                collect(action->menu()->actions(), last, actions, ending);
            } else {
                (last.contains(action->objectName()) ? ending : actions)->append(action);
            }
        }
    }

    // Modal dialogs run their own event loop inside the step: a fresh timer walks them there (a
    // timer whose slot is still on the stack does not fire again in a nested loop).
    template <typename Act> void step(const QString &name, Act act)
    {
        const QString previous = m_current;
        m_current = name.isEmpty() ? QStringLiteral("an unnamed control") : name;
        stepsTaken.append(m_current);
        QTimer::singleShot(50, this, &WayOutWalk::walkOpenDialogs);
        act();
        QTest::qWait(50);
        walkOpenDialogs();
        m_current = previous;
    }

    void walkOpenDialogs()
    {
        // Walking one dialog may delete others, and the top-level popups of their combo boxes.
        QList<QPointer<QWidget>> windows;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            windows.append(widget);
        }
        for (const QPointer<QWidget> &widget : windows) {
            auto *dialog = qobject_cast<QDialog *>(widget.data());
            if (dialog && dialog->isVisible() && !dialog->testAttribute(Qt::WA_DontShowOnScreen)
                && !m_walked.contains(dialog)) {
                walkDialog(dialog);
            }
        }
    }

    // Every button, those that close the dialog last; then the dialog is closed if still open.
    void walkDialog(QDialog *dialog)
    {
        m_walked.append(dialog);
        dialogsWalked.append(dialog->objectName().isEmpty() ? QString::fromLatin1(dialog->metaObject()->className())
                                                            : dialog->objectName());
        noteLinks(dialog);
        QList<QPointer<QAbstractButton>> buttons;
        QList<QPointer<QAbstractButton>> closing;
        for (QAbstractButton *button : dialog->findChildren<QAbstractButton *>()) {
            auto *box = qobject_cast<QDialogButtonBox *>(button->parentWidget());
            const bool closes = (box && box->buttonRole(button) != QDialogButtonBox::ActionRole)
                || button->objectName().contains(QLatin1String("close"), Qt::CaseInsensitive)
                || button->objectName().contains(QLatin1String("cancel"), Qt::CaseInsensitive);
            (closes ? closing : buttons).append(button);
        }
        QPointer<QDialog> alive(dialog);
        for (const QPointer<QAbstractButton> &button : buttons + closing) {
            if (alive && alive->isVisible() && button && button->isVisible() && button->isEnabled()) {
                click(button);
            }
        }
        if (alive && alive->isVisible()) {
            alive->reject();
        }
    }

    void noteLinks(QWidget *root)
    {
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->isVisible() && label->openExternalLinks()) {
                waysOut.append(
                    QStringLiteral("label %1 (%2) would open links").arg(label->objectName(), label->text().left(40)));
            }
        }
        for (QTextBrowser *browser : root->findChildren<QTextBrowser *>()) {
            if (browser->isVisible() && (browser->openExternalLinks() || browser->openLinks())) {
                waysOut.append(QStringLiteral("text browser %1 would follow links").arg(browser->objectName()));
            }
        }
    }

    QList<QPointer<QDialog>> m_walked;
};
