// SPDX-License-Identifier: Apache-2.0
#include "system/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

#include <sys/stat.h>

bool PrivateFile::makeFolderFor(const QString &filePath)
{
    QStringList missing;
    for (QFileInfo folder(QFileInfo(filePath).absolutePath()); !folder.exists();
         folder = QFileInfo(folder.absolutePath())) {
        if (folder.isRoot()) {
            break;
        }
        missing.prepend(folder.absoluteFilePath());
    }
    for (const QString &folder : std::as_const(missing)) {
        // Created with its mode, not narrowed after: no moment where another account may enter.
        if (!QDir().mkdir(folder, kFolderMode) && !QFileInfo(folder).isDir()) {
            return false;
        }
    }
    return true;
}

bool PrivateFile::makePrivateFolder(const QString &folder)
{
    if (!makeFolderFor(QDir(folder).filePath(QStringLiteral("any")))) {
        return false;
    }
    return QFile::setPermissions(folder, kFolderMode);
}

bool PrivateFile::open(QFile &file, QIODeviceBase::OpenMode mode, QString *error)
{
    if (!makeFolderFor(file.fileName()) || !file.open(mode, kFileMode)) {
        *error = file.errorString();
        return false;
    }
    // Narrowed only when it is a file of its own: run as root and pointed at /dev/null, a chmod
    // would take every other account's /dev/null away. Evidence sent to a device, a pipe or a
    // socket is not kept, so it is refused.
    struct stat status
    {
    };
    if (::fstat(file.handle(), &status) != 0 || !S_ISREG(status.st_mode)) {
        file.close();
        *error = QStringLiteral("%1 is not a regular file").arg(file.fileName());
        return false;
    }
    if (!file.setPermissions(kFileMode)) {
        *error = file.errorString();
        return false;
    }
    return true;
}

bool PrivateFile::open(QSaveFile &file)
{
    return makeFolderFor(file.fileName()) && file.open(QIODevice::WriteOnly) && file.setPermissions(kFileMode);
}
