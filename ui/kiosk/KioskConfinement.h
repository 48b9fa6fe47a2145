// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>

class QUrl;

// Keeps a kiosk's supervisor inside Vigie: no file or print dialog reaches the screen (they
// browse, rename and delete whatever the station's account can reach), no URL reaches a
// browser or another program, and no label or text browser follows a link. It watches every
// widget the application shows rather than trusting each dialog, so a dialog added later is
// covered without knowing about it.
class KioskConfinement : public QObject
{
    Q_OBJECT
public:
    enum class WayOut { FileDialog, PrintDialog, Url };
    Q_ENUM(WayOut)

    explicit KioskConfinement(QObject *parent = nullptr);
    ~KioskConfinement() override;

    // The URL schemes taken away from the desktop (QDesktopServices::setUrlHandler works per scheme).
    static QStringList urlSchemes();

Q_SIGNALS:
    void refused(KioskConfinement::WayOut wayOut);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    // QDesktopServices calls it by name for every scheme of urlSchemes().
    void swallowUrl(const QUrl &url);

private:
    bool m_nativeDialogsWereOff;
};
