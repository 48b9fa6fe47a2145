// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/DirectoryAnswers.h"

#include <QObject>
#include <QThreadPool>

#include <memory>

class SharedStrings;

// Reads the directory's large answers, agent pages and state lists, on a thread of its own. On a
// tenant of 100,000 agents the state list alone takes the better part of a second to read: on
// the window's thread that froze every click, a Stop included, and held back the requests for
// the next pages. Answers are read one after another, in the order given, and their results
// come back on the owner's thread.
class DirectoryReader : public QObject
{
    Q_OBJECT
public:
    explicit DirectoryReader(QObject *parent = nullptr);
    // Waits for the answer being read; the others are dropped.
    ~DirectoryReader() override;

    // A new load: what is still to read or to deliver for the previous one is dropped, and team
    // and state names are shared anew.
    void restart();
    void readPage(int skip, const QByteArray &body);
    void readStates(const QByteArray &body);
    // Once a load or a full state list is read: what reading it freed goes back to the system.
    // The reader thread's own malloc arena otherwise keeps it, 60 MB and more at 100,000 agents.
    void releaseFreedMemory();

Q_SIGNALS:
    // page is empty when the answer is not the documented JSON; error says why.
    void pageRead(int skip, const std::optional<AgentPage> &page, const QString &error);
    void statesRead(const std::optional<AgentStatesAnswer> &answer, const QString &error);

private:
    // Parses body with Answer::parse on the reader's thread; deliver gets the result on this one,
    // unless the load was restarted meanwhile.
    template <typename Answer, typename Deliver> void read(const QByteArray &body, Deliver deliver);

    // One thread: answers are read in order, and the names shared without a lock.
    QThreadPool m_thread;
    // Reads under way keep the names of their load; restart() leaves them to it.
    std::shared_ptr<SharedStrings> m_strings;
    quint64 m_load = 0;
};
