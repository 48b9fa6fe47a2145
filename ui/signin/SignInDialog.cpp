#include "signin/SignInDialog.h"

#include <QAccessible>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(const QString &environment, QWidget *parent)
    : Retranslating(parent)
    , m_environment(environment)
    , m_intro(new QLabel(this))
    , m_keyIdLabel(new QLabel(this))
    , m_secretLabel(new QLabel(this))
    , m_keyId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_progress(new QProgressBar(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    m_intro->setObjectName(QStringLiteral("signInIntro"));
    m_intro->setWordWrap(true);
    m_keyId->setObjectName(QStringLiteral("keyIdEdit"));
    m_keyIdLabel->setBuddy(m_keyId);
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretLabel->setBuddy(m_secret);
    m_remember->setObjectName(QStringLiteral("rememberCheck"));
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0); // busy indicator: sign-in has no measurable steps
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_buttons->setObjectName(QStringLiteral("signInButtons"));
    m_signIn = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_signIn->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelSignInButton"));

    auto *form = new QFormLayout;
    form->addRow(m_keyIdLabel, m_keyId);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_remember);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_keyId, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_secret, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->setVisible(false);
        Q_EMIT signInRequested({ m_keyId->text().trimmed(), m_secret->text() }, m_remember->isChecked());
        forgetSecret();
    });

    retranslate();
    updateButtons();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void SignInDialog::setKeyId(const QString &keyId)
{
    m_keyId->setText(keyId);
    m_secret->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_keyId->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_remember->isEnabled());
    updateButtons();
}

void SignInDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(true);
    m_error->setAccessibleDescription(message);
    QAccessibleEvent event(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    m_secret->selectAll();
    m_secret->setFocus();
}

void SignInDialog::setRememberAvailable(bool available)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
    }
}

void SignInDialog::hideEvent(QHideEvent *event)
{
    forgetSecret();
    Retranslating::hideEvent(event);
}

void SignInDialog::forgetSecret()
{
    // setText(), unlike clear(), also empties the undo history, which would keep the characters.
    m_secret->setText(QString());
}

void SignInDialog::updateButtons()
{
    m_signIn->setEnabled(!m_busy && !m_keyId->text().trimmed().isEmpty() && !m_secret->text().isEmpty());
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to CXone"));
    m_intro->setText(tr("Sign in to %1 with your CXone access key. You can create one in CXone under "
                        "your profile > Access keys.")
                         .arg(m_environment));
    m_keyIdLabel->setText(tr("Access &key ID:"));
    m_secretLabel->setText(tr("&Secret:"));
    m_keyId->setAccessibleName(tr("Access key ID"));
    m_secret->setAccessibleName(tr("Access key secret"));
    m_remember->setText(tr("&Remember my key in the system keychain"));
    m_remember->setAccessibleName(tr("Remember my key"));
    m_remember->setToolTip(tr("The key is stored only in the operating system's keychain, never in a file."));
    m_progress->setAccessibleName(tr("Signing in"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_signIn->setText(tr("Sign &in"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
}
