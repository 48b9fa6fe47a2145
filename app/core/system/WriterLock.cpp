// SPDX-License-Identifier: Apache-2.0
#include "system/WriterLock.h"

#include "system/PrivateFile.h"

bool WriterLock::tryLock(const QString &filePath, QString *holderDescription)
{
    PrivateFile::makeFolderFor(filePath);
    m_lock = std::make_unique<QLockFile>(filePath + QStringLiteral(".lock"));
    // A lock left by a killed Vigie is stale at once: the PID check clears it.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        return true;
    }
    qint64 pid = 0;
    QString hostname;
    QString application;
    if (m_lock->getLockInfo(&pid, &hostname, &application)) {
        *holderDescription = QStringLiteral("%1 (pid %2 on %3)").arg(application).arg(pid).arg(hostname);
    }
    m_lock.reset();
    return false;
}
