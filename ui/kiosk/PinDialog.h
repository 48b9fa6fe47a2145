#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for the kiosk administrator PIN and checks it against the provisioned hash.
class PinDialog : public QDialog
{
    Q_OBJECT
public:
    PinDialog(const QString &pinHash, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void check();
    void retranslate();

    QString m_pinHash;
    QLabel *m_prompt;
    QLineEdit *m_pin;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    int m_failures = 0;
};
