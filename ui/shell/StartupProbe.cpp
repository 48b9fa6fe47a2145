// SPDX-License-Identifier: Apache-2.0
#include "shell/StartupProbe.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

#include <cstdio>

StartupProbe::StartupProbe(QAbstractItemView *view, const QElapsedTimer &sinceProcessStart, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_sinceProcessStart(sinceProcessStart)
{
    m_view->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_reported && event->type() == QEvent::Paint && m_view->model() && m_view->model()->rowCount() > 0) {
        m_reported = true;
        const qint64 elapsed = m_sinceProcessStart.elapsed();
        // After this paint has finished: the figure is "painted", not "about to paint".
        QTimer::singleShot(0, qApp, [elapsed, rows = m_view->model()->rowCount()] {
            std::printf("startup-probe: first paint with %d agents after %lld ms\n", rows, elapsed);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}
