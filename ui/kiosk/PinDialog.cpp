#include "kiosk/PinDialog.h"

#include "station/PinVerifier.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

PinDialog::PinDialog(const QString &pinHash, Purpose purpose, QWidget *parent)
    : QDialog(parent)
    , m_purpose(purpose)
    , m_verifier(new PinVerifier(pinHash, PinThrottle::defaultFilePath(), this))
    , m_prompt(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("pinDialog"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("pinButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pinOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pinCancelButton"));
    m_countdown->setInterval(1000);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_pin, &QLineEdit::textChanged, this, &PinDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_verifier, &PinVerifier::verified, this, &PinDialog::handleVerified);
    connect(m_countdown, &QTimer::timeout, this, &PinDialog::updateState);
    retranslate();
    updateState();
}

void PinDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void PinDialog::retranslate()
{
    if (m_purpose == Purpose::Unlock) {
        setWindowTitle(tr("Unlock the station"));
        m_prompt->setText(tr("Enter the station PIN. Vigie then signs in with the access key kept in this "
                             "station's keychain."));
        m_pin->setAccessibleName(tr("Station PIN"));
    } else {
        setWindowTitle(tr("Leave kiosk mode"));
        m_prompt->setText(tr("Enter the administrator PIN to leave kiosk mode."));
        m_pin->setAccessibleName(tr("Administrator PIN"));
    }
    m_error->setAccessibleName(tr("PIN error"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm PIN"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    updateState();
}

void PinDialog::check()
{
    if (m_verifier->verify(m_pin->text())) {
        m_pin->clear();
        m_wrongPin = false; // until this attempt is answered
    }
    updateState();
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
    const qint64 lockedMs = m_verifier->remainingLockout().count();
    const int lockedSeconds = int(std::ceil(double(lockedMs) / 1000.0));
    const bool checking = m_verifier->isChecking();
    QStringList message;
    if (m_wrongPin) {
        message.append(tr("Wrong PIN."));
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
    // An empty PIN is no attempt: it would only count against the supervisor.
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(allowed && !m_pin->text().isEmpty());
    if (lockedSeconds > 0 && !m_countdown->isActive()) {
        m_countdown->start();
    } else if (lockedSeconds == 0 && m_countdown->isActive()) {
        m_countdown->stop();
        m_pin->setFocus();
    }
}
