// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QMenu>

class LanguageSwitcher;

// View › Language: French or English, switched at once and remembered. A language the
// administrator provisioned on a kiosk station cannot be changed here.
class LanguageMenu : public Retranslating<QMenu>
{
    Q_OBJECT
public:
    LanguageMenu(LanguageSwitcher *languages, bool provisioned, QWidget *parent = nullptr);

private:
    void retranslate() override;
    void showCurrent(const QString &language);

    QAction *m_french;
    QAction *m_english;
};
