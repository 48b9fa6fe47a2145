// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLockFile>
#include <QString>

#include <memory>

// One writer per file: the ledger and the audit trail each admit one Vigie at a time, or two
// would lose each other's recordings, or break the trail's chain.
class WriterLock
{
public:
    // Takes FILE.lock beside filePath. A lock left by a killed Vigie is cleared (its process is
    // gone); a live holder keeps it, and holderDescription names it.
    bool tryLock(const QString &filePath, QString *holderDescription);

private:
    std::unique_ptr<QLockFile> m_lock;
};
