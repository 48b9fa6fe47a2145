// SPDX-License-Identifier: Apache-2.0
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
#include <QRegularExpression>
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
    , m_unlockPinLabel(new QLabel(this))
    , m_unlockPin(new QLineEdit(this))
    , m_unlockPinRepeatLabel(new QLabel(this))
    , m_unlockPinRepeat(new QLineEdit(this))
    , m_unlockPinHint(new QLabel(this))
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
    for (QLineEdit *pin : { m_unlockPin, m_unlockPinRepeat }) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        pin->setMaxLength(kMaximumPinDigits);
    }
    m_unlockPin->setObjectName(QStringLiteral("unlockPinEdit"));
    m_unlockPinLabel->setBuddy(m_unlockPin);
    m_unlockPinRepeat->setObjectName(QStringLiteral("unlockPinRepeatEdit"));
    m_unlockPinRepeatLabel->setBuddy(m_unlockPinRepeat);
    m_unlockPinHint->setObjectName(QStringLiteral("unlockPinHint"));
    m_unlockPinHint->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("signInProgress"));
    m_progress->setRange(0, 0); // busy indicator: sign-in has no measurable steps
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_error->setObjectName(QStringLiteral("signInError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // may quote the server's answer
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
    form->addRow(m_unlockPinLabel, m_unlockPin);
    form->addRow(m_unlockPinRepeatLabel, m_unlockPinRepeat);
    form->addRow(QString(), m_unlockPinHint);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_keyId, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_secret, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_remember, &QCheckBox::toggled, this, &SignInDialog::updateButtons);
    connect(m_unlockPin, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_unlockPinRepeat, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_error->setVisible(false);
        Q_EMIT signInRequested({ m_keyId->text().trimmed(), m_secret->text() }, m_remember->isChecked(),
            unlockPinWanted() ? m_unlockPin->text() : QString());
        forgetSecret();
    });

    setUnlockPinRequired(false);
    retranslate();
    updateButtons();
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

void SignInDialog::setKeyId(const QString &keyId)
{
    m_keyId->setText(keyId);
    m_secret->setFocus();
}

void SignInDialog::setDemoKey(const AccessKey &key)
{
    m_demo = true;
    m_keyId->setText(key.keyId);
    m_secret->setText(key.secret);
    retranslate();
    m_signIn->setFocus();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_keyId->setEnabled(!busy);
    m_secret->setEnabled(!busy);
    m_remember->setEnabled(!busy && m_remember->isEnabled());
    m_unlockPin->setEnabled(!busy);
    m_unlockPinRepeat->setEnabled(!busy);
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

void SignInDialog::setUnlockPinRequired(bool required)
{
    m_unlockPinRequired = required;
    for (QWidget *part : std::initializer_list<QWidget *> {
             m_unlockPinLabel, m_unlockPin, m_unlockPinRepeatLabel, m_unlockPinRepeat, m_unlockPinHint }) {
        part->setVisible(required);
    }
    updateButtons();
}

bool SignInDialog::unlockPinWanted() const { return m_unlockPinRequired && m_remember->isChecked(); }

QString SignInDialog::unlockPinProblem() const
{
    const QString pin = m_unlockPin->text();
    static const QRegularExpression digits(QStringLiteral("^[0-9]*$"));
    if (!digits.match(pin).hasMatch()) {
        return tr("The unlock PIN takes digits only.");
    }
    if (pin.size() < kMinimumPinDigits) {
        return tr("The unlock PIN needs %n digit(s) or more.", nullptr, kMinimumPinDigits);
    }
    if (m_unlockPinRepeat->text() != pin) {
        return tr("Type the same unlock PIN twice.");
    }
    return {};
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
    m_unlockPin->setText(QString());
    m_unlockPinRepeat->setText(QString());
}

void SignInDialog::updateButtons()
{
    const QString pinProblem = unlockPinWanted() ? unlockPinProblem() : QString();
    // Said once something is typed: an empty field is not yet a mistake.
    m_unlockPinHint->setText(pinProblem.isEmpty() || m_unlockPin->text().isEmpty()
            ? tr("This PIN, and no one else's, unlocks the station with your remembered key.")
            : pinProblem);
    m_unlockPin->setEnabled(!m_busy && m_remember->isChecked());
    m_unlockPinRepeat->setEnabled(!m_busy && m_remember->isChecked());
    m_signIn->setEnabled(
        !m_busy && !m_keyId->text().trimmed().isEmpty() && !m_secret->text().isEmpty() && pinProblem.isEmpty());
}

void SignInDialog::retranslate()
{
    setWindowTitle(tr("Sign in to CXone"));
    m_intro->setText(m_demo ? tr("Sign in to the demo tenant, served by the CXone simulator built into Vigie on "
                                 "this computer (%1). Its access key is filled in: press Sign in.")
                                  .arg(m_environment)
                            : tr("Sign in to %1 with your CXone access key. You can create one in CXone under "
                                 "your profile > Access keys.")
                                  .arg(m_environment));
    m_keyIdLabel->setText(tr("Access &key ID:"));
    m_secretLabel->setText(tr("&Secret:"));
    m_keyId->setAccessibleName(tr("Access key ID"));
    m_secret->setAccessibleName(tr("Access key secret"));
    m_remember->setText(tr("&Remember my key in the system keychain"));
    m_remember->setAccessibleName(tr("Remember my key"));
    m_remember->setToolTip(tr("The key is stored only in the operating system's keychain, never in a file."));
    m_unlockPinLabel->setText(tr("&Unlock PIN:"));
    m_unlockPinRepeatLabel->setText(tr("Same PIN a&gain:"));
    m_unlockPin->setAccessibleName(tr("Your unlock PIN"));
    m_unlockPinRepeat->setAccessibleName(tr("Your unlock PIN, again"));
    m_unlockPinHint->setAccessibleName(tr("Unlock PIN advice"));
    m_progress->setAccessibleName(tr("Signing in"));
    m_error->setAccessibleName(tr("Sign-in error"));
    m_signIn->setText(tr("Sign &in"));
    m_signIn->setAccessibleName(tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateButtons();
}
