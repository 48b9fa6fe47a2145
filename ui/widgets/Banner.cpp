// SPDX-License-Identifier: Apache-2.0
#include "widgets/Banner.h"

#include <QAccessible>

Banner::Banner(const QColor &background, QWidget *parent)
    : Retranslating(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(8);
    setAutoFillBackground(true);
    QPalette bannerPalette = palette();
    bannerPalette.setColor(QPalette::Window, background);
    bannerPalette.setColor(QPalette::WindowText, Qt::black);
    setPalette(bannerPalette);
    setVisible(false);
}

void Banner::showMessage(const QString &message)
{
    const bool appears = !message.isEmpty() && (!isVisible() || text() != message);
    setText(message);
    setAccessibleName(message);
    setVisible(!message.isEmpty());
    if (appears) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}
