// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

class QFileDevice;

// What it takes for a write to survive a power cut, not just a crash of Vigie.
namespace DurableFile {
// Flushes Qt's buffer and the system's cache for this file to the disk; error says why not (QFile
// knows nothing of a failed fsync, and would say "Unknown error").
bool sync(QFileDevice &file, QString *error = nullptr);
// Syncs the folder holding filePath: a rename (QSaveFile::commit) is durable only then.
void syncFolderOf(const QString &filePath);
} // namespace DurableFile
