// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "registry/RegistryEvent.h"

#include <QFile>
#include <QVector>

// Events on their way to the site registry, on disk beside the ledger until the registry holds
// them: written before they are sent, emptied once the registry committed them all. After a crash
// or a registry outage they are sent again, in order; the registry ignores an event id it already
// has, so a replay neither loses nor doubles one.
class RegistryOutbox
{
public:
    explicit RegistryOutbox(const QString &path);

    QString path() const { return m_file.fileName(); }
    // Reads what a previous run left; a line cut by a crash is skipped (it never reached the
    // registry: it is written before it is sent). Returns how many lines were unreadable.
    int load();
    // Appends the events in one write and one fsync, before they are sent: neither a crash of Vigie
    // nor one of the machine while the registry's answer hangs can lose them. False (error says why)
    // when the disk refused: they are pending all the same, in memory only.
    bool append(const QVector<RegistryEvent> &events, QString *error);
    // The registry committed every event held: the file is emptied. A crash before this only
    // means sending them once more.
    void clear();
    const QVector<RegistryEvent> &pending() const { return m_pending; }

private:
    QFile m_file;
    QVector<RegistryEvent> m_pending;
};
