#include "kiosk/PinDialog.h"

#include "station/PinHash.h"

#include <QAccessible>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

PinDialog::PinDialog(const QString &pinHash, QWidget *parent)
    : QDialog(parent)
    , m_pinHash(pinHash)
    , m_prompt(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("pinDialog"));
    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("pinError"));
    m_error->setVisible(false);
    m_buttons->setObjectName(QStringLiteral("pinButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("pinOkButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("pinCancelButton"));
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PinDialog::check);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
    setWindowTitle(tr("Leave kiosk mode"));
    m_prompt->setText(tr("Enter the administrator PIN to leave kiosk mode."));
    m_pin->setAccessibleName(tr("Administrator PIN"));
    m_error->setAccessibleName(tr("PIN error"));
    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Confirm PIN"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    if (m_error->isVisible()) {
        m_error->setText(tr("Wrong PIN."));
    }
}

void PinDialog::check()
{
    if (PinHash::verify(m_pin->text(), m_pinHash)) {
        accept();
        return;
    }
    ++m_failures;
    m_pin->clear();
    m_error->setText(tr("Wrong PIN."));
    m_error->setVisible(true);
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    // Slows down guessing on an unattended station: each failure waits a little longer.
    m_buttons->setEnabled(false);
    QTimer::singleShot(qMin(500 * m_failures, 5000), this, [this] {
        m_buttons->setEnabled(true);
        m_pin->setFocus();
    });
}
