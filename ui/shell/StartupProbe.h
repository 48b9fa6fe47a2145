// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QElapsedTimer>
#include <QObject>

class QAbstractItemView;

// For `vigie --startup-probe`: reports how long the process took to paint the agent list with
// agents in it, then quits. The benchmark uses it to measure a real cold start.
class StartupProbe : public QObject
{
    Q_OBJECT
public:
    StartupProbe(QAbstractItemView *view, const QElapsedTimer &sinceProcessStart, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QElapsedTimer m_sinceProcessStart;
    bool m_reported = false;
};
