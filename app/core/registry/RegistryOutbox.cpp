// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryOutbox.h"

#include "system/DurableFile.h"
#include "system/PrivateFile.h"

#include <QJsonDocument>

RegistryOutbox::RegistryOutbox(const QString &path)
    : m_file(path)
{
}

int RegistryOutbox::load()
{
    m_pending.clear();
    QFile file(m_file.fileName());
    if (!file.open(QIODevice::ReadOnly)) {
        return 0;
    }
    int unreadable = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const std::optional<RegistryEvent> event = RegistryEvent::fromJson(QJsonDocument::fromJson(line).object());
        if (event) {
            m_pending.append(*event);
        } else {
            ++unreadable;
        }
    }
    return unreadable;
}

bool RegistryOutbox::append(const QVector<RegistryEvent> &events, QString *error)
{
    // Unwritten or not, they are sent: the disk only decides whether a crash can lose them.
    m_pending += events;
    if (!m_file.isOpen() && !PrivateFile::open(m_file, QIODevice::WriteOnly | QIODevice::Append, error)) {
        return false;
    }
    const qint64 sizeBefore = m_file.size();
    QByteArray lines;
    for (const RegistryEvent &event : events) {
        lines += QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    const bool written = m_file.write(lines) == lines.size() && m_file.flush();
    if (!written || !DurableFile::sync(m_file, error)) {
        if (error->isEmpty()) {
            *error = m_file.errorString();
        }
        // A line cut short by a full disk would swallow the next one written after it.
        m_file.resize(sizeBefore);
        m_file.close();
        return false;
    }
    return true;
}

void RegistryOutbox::clear()
{
    m_pending.clear();
    if (m_file.isOpen()) {
        m_file.resize(0);
    } else {
        QFile::resize(m_file.fileName(), 0);
    }
}
