// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFileDevice>
#include <QString>

class QFile;
class QSaveFile;

// The one way Vigie writes a file that holds evidence or personal data (the ledger, the audit
// trail and its delivery mark, the PIN attempt count, report and CSV exports): readable by the
// station account only. Agents' names, recording purposes and supervisors' actions are nobody
// else's business on a shared machine.
namespace PrivateFile {
// Owner read and write (0600) for files; owner only (0700) for the folders Vigie creates.
inline constexpr QFileDevice::Permissions kFileMode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
inline constexpr QFileDevice::Permissions kFolderMode
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates the folders missing on the way to filePath, each 0700. A folder that exists is left
// as it is: a file given on the command line may live in a folder others rightly share.
bool makeFolderFor(const QString &filePath);
// Vigie's own data folder: created 0700, or narrowed to 0700 if an older run left it wider.
bool makePrivateFolder(const QString &folder);
// Open for writing (the folder made as above); the file ends 0600 whatever an older one allowed.
// Only a regular file is opened: evidence sent to a device or a pipe is not kept (error says so).
bool open(QFile &file, QIODeviceBase::OpenMode mode, QString *error);
// QSaveFile gives a new file the umask's mode (0644) and keeps an old one's: both are narrowed
// before the first byte is written.
bool open(QSaveFile &file);
} // namespace PrivateFile
