#pragma once

#include <QTableView>

class ActiveRecordingsModel;

// The active recordings table, with a real Stop button in each row so keyboard users,
// screen readers and automation tools reach it like any other button.
class ActiveRecordingsView : public QTableView
{
    Q_OBJECT
public:
    explicit ActiveRecordingsView(ActiveRecordingsModel *model, QWidget *parent = nullptr);

Q_SIGNALS:
    void stopRequested(qint64 contactId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createStopButtons(int firstRow, int lastRow);
    void retranslateButtons();

    ActiveRecordingsModel *m_model;
};
