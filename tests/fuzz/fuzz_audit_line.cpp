// SPDX-License-Identifier: Apache-2.0
// An audit line, a line of a collector's export, and a whole trail to verify.
#include "audit/AuditEntry.h"
#include "audit/AuditLog.h"
#include "audit/SyslogFormat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (const std::optional<AuditEntry> entry = AuditEntry::fromJson(document.object())) {
        // An entry read back writes out as one that reads the same.
        const std::optional<AuditEntry> again = AuditEntry::fromJson(entry->toJson());
        if (!again || again->action != entry->action || again->contactId != entry->contactId) {
            __builtin_trap();
        }
    }
    SyslogFormat::parse(bytes);

    static const QString trail
        = QDir::temp().filePath(QStringLiteral("vigie-fuzz-audit-%1.jsonl")).arg(QCoreApplication::applicationPid());
    QFile file(trail);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        file.write(bytes);
        file.close();
        AuditLog::verify(trail);
    }
    return 0;
}
