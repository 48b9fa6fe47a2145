// SPDX-License-Identifier: Apache-2.0
#include "kiosk/KioskConfinement.h"

#include "logging/LogRedaction.h"

#include <QApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QUrl>

namespace {
// By class name: Vigie does not link Qt Print Support, yet a library might show its dialogs.
bool isFileDialog(const QObject *object) { return object->inherits("QFileDialog"); }

bool isPrintDialog(const QObject *object)
{
    return object->inherits("QPrintDialog") || object->inherits("QPageSetupDialog")
        || object->inherits("QPrintPreviewDialog");
}
} // namespace

KioskConfinement::KioskConfinement(QObject *parent)
    : QObject(parent)
    , m_nativeDialogsWereOff(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs))
{
    // A native file dialog is another process's window, out of reach of an event filter: Qt's
    // own dialog is what shows, and what this filter stops.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QCoreApplication::instance()->installEventFilter(this);
    for (const QString &scheme : urlSchemes()) {
        QDesktopServices::setUrlHandler(scheme, this, "swallowUrl");
    }
}

KioskConfinement::~KioskConfinement()
{
    for (const QString &scheme : urlSchemes()) {
        QDesktopServices::unsetUrlHandler(scheme);
    }
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs, m_nativeDialogsWereOff);
}

QStringList KioskConfinement::urlSchemes()
{
    return { QStringLiteral("http"), QStringLiteral("https"), QStringLiteral("file"), QStringLiteral("ftp"),
        QStringLiteral("sftp"), QStringLiteral("smb"), QStringLiteral("mailto"), QStringLiteral("tel"),
        QStringLiteral("sip"), QStringLiteral("help"), QStringLiteral("data"), QStringLiteral("javascript") };
}

bool KioskConfinement::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show || !watched->isWidgetType()) {
        return QObject::eventFilter(watched, event);
    }
    // The show event comes before the window is mapped: a window that must not show is kept off
    // the screen, then rejected once its exec() (or show()) has returned to the event loop.
    const bool fileDialog = isFileDialog(watched);
    if (fileDialog || isPrintDialog(watched)) {
        auto *dialog = qobject_cast<QDialog *>(watched);
        dialog->setAttribute(Qt::WA_DontShowOnScreen);
        QMetaObject::invokeMethod(dialog, &QDialog::reject, Qt::QueuedConnection);
        qCWarning(lcStation) << "kiosk: refused a" << watched->metaObject()->className();
        Q_EMIT refused(fileDialog ? WayOut::FileDialog : WayOut::PrintDialog);
    } else if (auto *label = qobject_cast<QLabel *>(watched)) {
        // QMessageBox turns external links on for its text; a kiosk turns them off everywhere.
        label->setOpenExternalLinks(false);
    } else if (auto *browser = qobject_cast<QTextBrowser *>(watched)) {
        browser->setOpenExternalLinks(false);
        browser->setOpenLinks(false);
    }
    return QObject::eventFilter(watched, event);
}

void KioskConfinement::swallowUrl(const QUrl &url)
{
    qCWarning(lcStation) << "kiosk: refused to open a" << url.scheme() << "URL";
    Q_EMIT refused(WayOut::Url);
}
