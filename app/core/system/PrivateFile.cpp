// SPDX-License-Identifier: GPL-3.0-or-later
#include "system/PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringList>

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

bool PrivateFile::open(QFile &file, QIODeviceBase::OpenMode mode)
{
    return makeFolderFor(file.fileName()) && file.open(mode, kFileMode) && file.setPermissions(kFileMode);
}

bool PrivateFile::open(QSaveFile &file)
{
    return makeFolderFor(file.fileName()) && file.open(QIODevice::WriteOnly) && file.setPermissions(kFileMode);
}
