// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QtGlobal>

// Where the audit trail stood at a moment: how many entries it had held since it began (purged
// ones included) and the hash of the last. Kept outside the trail (in the recording ledger and
// in checkpoints sent off the station), it proves a tail that was later cut off or rewritten.
struct AuditHead
{
    qint64 count = 0;
    QByteArray hash; // hex SHA-256 of the last line

    bool isNull() const { return count == 0; }
    friend bool operator==(const AuditHead &a, const AuditHead &b) { return a.count == b.count && a.hash == b.hash; }
    friend bool operator!=(const AuditHead &a, const AuditHead &b) { return !(a == b); }
};
