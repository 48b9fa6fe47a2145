// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

/** @short Asks the supervisor, once, for the user name and password a proxy wants (407). */
// The password field is emptied as soon as the credentials are given and whenever the dialog
// closes; they go to the keychain, never to a file or a log.
class ProxyCredentialsDialog : public Retranslating<QDialog>
{
    Q_OBJECT
public:
    ProxyCredentialsDialog(const QString &proxy, QWidget *parent = nullptr);

Q_SIGNALS:
    void credentialsGiven(const QString &proxy, const QString &user, const QString &password);

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate() override;
    void updateButtons();

    QString m_proxy;
    QLabel *m_intro;
    QLabel *m_userLabel;
    QLabel *m_passwordLabel;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QDialogButtonBox *m_buttons;
    QPushButton *m_give;
};
