// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QLabel>

// A strip of coloured text above the work that screen readers hear as an alert when it appears
// or changes. Its text is plain: it quotes host names, answers and file-system errors.
class Banner : public Retranslating<QLabel>
{
    Q_OBJECT
public:
    Banner(const QColor &background, QWidget *parent = nullptr);

protected:
    // Shows the message (an empty one hides the banner); an alert only when something new appears.
    void showMessage(const QString &message);
};
