#pragma once

#include <QTableView>

class ActiveRecordingsModel;

// The active recordings table, with a Stop button in each row for the mouse. Qt does not
// expose index widgets to accessibility tools, so keyboard and screen-reader users stop the
// selected rows with Delete or with the Stop button under the table.
class ActiveRecordingsView : public QTableView
{
    Q_OBJECT
public:
    explicit ActiveRecordingsView(ActiveRecordingsModel *model, QWidget *parent = nullptr);

    QVector<qint64> selectedContactIds() const;
    // While the station is locked the table holds no model at all, so agent names are not
    // readable even through accessibility tools; showing it again restores model and buttons.
    void setConcealed(bool concealed);

Q_SIGNALS:
    void stopRequested(qint64 contactId);

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void createStopButtons(int firstRow, int lastRow);
    void retranslateButtons();

    ActiveRecordingsModel *m_model;
};
