// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Retranslating.h"

#include <QTabWidget>

class ActiveRecordingsModel;
class ActiveRecordingsView;
class ActivityLogModel;
class QAction;
class QListView;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;
class RecordingController;
class RecordingHistoryModel;
class RecordingTracker;
class SiteRecordingsModel;
class SiteRegistry;
class ViewPlaceholder;

// What Vigie has done and is doing: the active recordings with their countdowns and Stop
// buttons, the recent history, and the activity log. Asks for stops; never sends them.
class RecordingsTabs : public Retranslating<QTabWidget>
{
    Q_OBJECT
public:
    RecordingsTabs(RecordingTracker *tracker, const RecordingController *controller, ActivityLogModel *log,
        QWidget *parent = nullptr);

    // While the station is locked no tab holds a model, so nothing is readable behind the lock.
    void setConcealed(bool concealed);
    // Signed out, no Stop can reach CXone: the recordings stay listed, counting down, with no
    // Stop to press until a supervisor signs in again.
    void setStopsAllowed(bool allowed);
    // With a site registry, Active recordings shows Mine or the Whole site; without one, only Mine.
    void setSiteRegistry(const SiteRegistry *registry);

Q_SIGNALS:
    // A row's Stop button, Delete, or "Stop the selected recordings" (empty: none selected):
    // the agents whose recordings, confirmed or not, are to be stopped.
    void stopRequested(const QStringList &userIds);
    // A row's context menu: give these agents' recordings the chosen duration from now.
    void extendRequested(const QStringList &userIds);
    // The supervisor confirmed: stop asking CXone about these unconfirmed starts.
    void forgetRequested(const QStringList &userIds);

private:
    void retranslate() override;
    void askToForget(const QStringList &userIds);
    void updateButtons();
    void setUpHistoryColumns();
    // A sentence in a view that lists nothing.
    void showEmptyStates();
    void showWholeSite(bool wholeSite);

    ActiveRecordingsModel *m_activeModel;
    RecordingHistoryModel *m_historyModel;
    ActivityLogModel *m_log;
    ActiveRecordingsView *m_activeView;
    QTableView *m_historyView;
    QListView *m_logView;
    QPushButton *m_stopActiveButton;
    QPushButton *m_forgetButton;
    // The buttons under the list stand for these: whether they apply is said once, here.
    QAction *m_stopSelectedAction;
    QAction *m_forgetSelectedAction;
    bool m_stopsAllowed = true; // signed in, and not locked (setStopsAllowed)
    ViewPlaceholder *m_activePlaceholder;
    ViewPlaceholder *m_historyPlaceholder;
    const SiteRegistry *m_siteRegistry = nullptr;
    SiteRecordingsModel *m_siteModel;
    QTableView *m_siteView;
    ViewPlaceholder *m_sitePlaceholder;
    QWidget *m_scopeBar; // Mine or Whole site, shown with a registry only
    QRadioButton *m_showMineButton;
    QRadioButton *m_showWholeSiteButton;
    QStackedWidget *m_activeStack;
};
