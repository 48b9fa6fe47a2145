// SPDX-License-Identifier: Apache-2.0
#include "kiosk/PinDialog.h"

#include "station/PinVerifier.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

PinDialog::PinDialog(const QString &adminPinHash, const QString &pinAttemptsFile, QWidget *parent)
    : PinDialog(Purpose::LeaveKiosk, parent)
{
    m_verifier = new PinVerifier(adminPinHash, pinAttemptsFile, this);
    connect(m_verifier, &PinVerifier::verified, this, &PinDialog::handleVerified);
    m_keyIdLabel->setVisible(false);
    m_keyId->setVisible(false);
    updateState();
}

PinDialog::PinDialog(KeptKeyUnlock *unlock, const QString &keyId, QWidget *parent)
    : PinDialog(Purpose::Unlock, parent)
{
    m_unlock = unlock;
    connect(m_unlock, &KeptKeyUnlock::finished, this, &PinDialog::handleUnlock);
    m_keyId->setText(keyId);
    if (!keyId.isEmpty()) {
        m_pin->setFocus();
    }
    updateState();
}

PinDialog::PinDialog(Purpose purpose, QWidget *parent)
    : Retranslating(parent)
    , m_purpose(purpose)
    , m_prompt(new QLabel(this))
    , m_keyIdLabel(new QLabel(this))
    , m_keyId(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("pinDialog"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_pin);
    m_keyIdLabel->setBuddy(m_keyId);
    m_keyId->setObjectName(QStringLiteral("unlockKeyIdEdit"));
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("pinButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pinOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pinCancelButton"));
    m_countdown->setInterval(1000);

    auto *layout = new QVBoxLayout(this);
    auto *keyIdRow = new QFormLayout;
    keyIdRow->addRow(m_keyIdLabel, m_keyId);
    layout->addLayout(keyIdRow);
    layout->addWidget(m_prompt);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_keyId, &QLineEdit::textChanged, this, &PinDialog::updateState);
    connect(m_pin, &QLineEdit::textChanged, this, &PinDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_countdown, &QTimer::timeout, this, &PinDialog::updateState);
    retranslate();
}

void PinDialog::retranslate()
{
    if (m_purpose == Purpose::Unlock) {
        setWindowTitle(tr("Unlock the station"));
        m_prompt->setText(tr("Enter the unlock PIN you chose when this station remembered your key. Vigie then "
                             "signs in with your key, and what you do is recorded under your name."));
        m_pin->setAccessibleName(tr("Your unlock PIN"));
    } else {
        setWindowTitle(tr("Leave kiosk mode"));
        m_prompt->setText(tr("Enter the administrator PIN to leave kiosk mode."));
        m_pin->setAccessibleName(tr("Administrator PIN"));
    }
    m_keyIdLabel->setText(tr("Access &key ID:"));
    m_keyId->setAccessibleName(tr("Access key ID"));
    m_error->setAccessibleName(tr("PIN error"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm PIN"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateState();
}

void PinDialog::check()
{
    const bool begun
        = m_unlock ? m_unlock->unlock(m_keyId->text().trimmed(), m_pin->text()) : m_verifier->verify(m_pin->text());
    if (begun) {
        m_pin->clear();
        m_wrongPin = false; // until this attempt is answered
        m_keychainFailed = false;
    }
    updateState();
}

void PinDialog::handleUnlock(KeptKeyUnlock::Outcome outcome)
{
    switch (outcome) {
    case KeptKeyUnlock::Outcome::Unlocked:
        handleVerified(true);
        return;
    case KeptKeyUnlock::Outcome::Refused:
        handleVerified(false);
        return;
    case KeptKeyUnlock::Outcome::KeychainFailed:
        m_keychainFailed = true;
        handleVerified(false);
        m_wrongPin = false;
        updateState();
        return;
    }
}

bool PinDialog::isChecking() const { return m_unlock ? m_unlock->isChecking() : m_verifier->isChecking(); }

qint64 PinDialog::remainingLockoutMs() const
{
    return (m_unlock ? m_unlock->remainingLockout() : m_verifier->remainingLockout()).count();
}

void PinDialog::handleVerified(bool accepted)
{
    if (accepted) {
        accept();
        return;
    }
    m_wrongPin = true;
    updateState();
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    m_pin->setFocus();
}

void PinDialog::updateState()
{
    if (!m_verifier && !m_unlock) {
        return; // still being built
    }
    const qint64 lockedMs = remainingLockoutMs();
    const int lockedSeconds = int(std::ceil(double(lockedMs) / 1000.0));
    const bool checking = isChecking();
    QStringList message;
    if (m_wrongPin) {
        message.append(m_unlock ? tr("Wrong key ID or PIN.") : tr("Wrong PIN."));
    }
    if (m_keychainFailed) {
        message.append(tr("The system keychain did not answer. Sign in with your access key's secret instead."));
    }
    // The attempt being checked already counts; its lockout is news only if the PIN was wrong.
    if (lockedSeconds > 0 && !checking) {
        //: The station refuses PIN attempts for a while after several wrong ones.
        message.append(tr("Too many wrong PINs. Try again in %n second(s).", nullptr, lockedSeconds));
    }
    m_error->setText(message.join(QLatin1Char(' ')));
    m_error->setVisible(!message.isEmpty());
    const bool allowed = lockedSeconds == 0 && !checking;
    m_pin->setEnabled(allowed);
    m_keyId->setEnabled(allowed);
    // An empty PIN is no attempt: it would only count against the supervisor.
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(allowed && !m_pin->text().isEmpty() && (!m_unlock || !m_keyId->text().trimmed().isEmpty()));
    if (lockedSeconds > 0 && !m_countdown->isActive()) {
        m_countdown->start();
    } else if (lockedSeconds == 0 && m_countdown->isActive()) {
        m_countdown->stop();
        m_pin->setFocus();
    }
}
