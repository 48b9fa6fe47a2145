// SPDX-License-Identifier: Apache-2.0
#include "signin/ProxyCredentialsDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ProxyCredentialsDialog::ProxyCredentialsDialog(const QString &proxy, QWidget *parent)
    : Retranslating(parent)
    , m_proxy(proxy)
    , m_intro(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_passwordLabel(new QLabel(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("proxyCredentialsDialog"));
    m_intro->setObjectName(QStringLiteral("proxyCredentialsIntro"));
    m_intro->setWordWrap(true);
    m_user->setObjectName(QStringLiteral("proxyUserEdit"));
    m_userLabel->setBuddy(m_user);
    m_password->setObjectName(QStringLiteral("proxyPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    m_buttons->setObjectName(QStringLiteral("proxyCredentialsButtons"));
    m_give = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_give->setObjectName(QStringLiteral("proxyCredentialsButton"));
    m_give->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelProxyCredentialsButton"));

    auto *form = new QFormLayout;
    form->addRow(m_userLabel, m_user);
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_user, &QLineEdit::textChanged, this, &ProxyCredentialsDialog::updateButtons);
    connect(m_password, &QLineEdit::textChanged, this, &ProxyCredentialsDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT credentialsGiven(m_proxy, m_user->text().trimmed(), m_password->text());
        accept();
    });
    retranslate();
    updateButtons();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void ProxyCredentialsDialog::hideEvent(QHideEvent *event)
{
    // setText(), unlike clear(), also empties the undo history, which would keep the characters.
    m_password->setText(QString());
    Retranslating::hideEvent(event);
}

void ProxyCredentialsDialog::updateButtons()
{
    m_give->setEnabled(!m_user->text().trimmed().isEmpty() && !m_password->text().isEmpty());
}

void ProxyCredentialsDialog::retranslate()
{
    setWindowTitle(tr("Proxy sign-in"));
    m_intro->setText(tr("The proxy %1 between this computer and CXone asks for your user name and password. Vigie "
                        "keeps them in the system keychain and gives them to this proxy only.")
                         .arg(m_proxy));
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_user->setAccessibleName(tr("Proxy user name"));
    m_password->setAccessibleName(tr("Proxy password"));
    m_give->setText(tr("&Continue"));
    m_give->setAccessibleName(tr("Give the proxy credentials"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}
