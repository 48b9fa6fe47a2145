// SPDX-License-Identifier: Apache-2.0
#include "system/DurableFile.h"

#include <QFile>
#include <QFileDevice>
#include <QFileInfo>

#include <cerrno>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

bool DurableFile::sync(QFileDevice &file, QString *error)
{
    if (!file.flush()) {
        if (error) {
            *error = file.errorString();
        }
        return false;
    }
#ifdef Q_OS_WIN
    const bool synced = _commit(file.handle()) == 0;
#else
    const bool synced = ::fsync(file.handle()) == 0;
#endif
    if (!synced && error) {
        *error = qt_error_string(errno);
    }
    return synced;
}

void DurableFile::syncFolderOf(const QString &filePath)
{
#ifdef Q_OS_UNIX
    const int folder
        = ::open(QFile::encodeName(QFileInfo(filePath).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
#else
    Q_UNUSED(filePath)
#endif
}
