// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/Agent.h"

#include <QCollatorSortKey>
#include <QLocale>
#include <QVector>

// Each agent row's place in the locale-aware order of names and of teams, computed once per
// load: re-sorting 20,000 rows per keystroke then compares integers, not collated strings.
// While pages arrive it keeps each row's collation keys and the rows in name and team order, so
// a page is merged in rather than the whole list collated again.
class AgentRanks
{
public:
    // Places rows 'first'..agents.size()-1 among the rows placed already; from 0, starts again
    // in the current language.
    void place(const QVector<Agent> &agents, int first);
    // Forgets what merging a later page needs; the ranks stay.
    void dropSortKeys();
    // Whether the keys of 'rows' rows are still kept, so a page can be merged in.
    bool keepsKeysOf(qsizetype rows) const { return m_nameKeys.size() == rows; }
    // Whether the ranks were collated in this language.
    bool collatedIn(const QLocale &locale) const { return m_collatedIn == locale; }

    int nameRank(int row) const { return m_nameRank.at(row); }
    int teamRank(int row) const { return m_teamRank.at(row); }

private:
    QVector<int> m_nameRank;
    QVector<int> m_teamRank;
    QVector<QCollatorSortKey> m_nameKeys;
    QVector<QCollatorSortKey> m_teamKeys;
    QVector<int> m_nameOrder;
    QVector<int> m_teamOrder;
    QLocale m_collatedIn;
};
