// SPDX-License-Identifier: Apache-2.0
#include "recording/RecordingLedger.h"

#include "system/DurableFile.h"
#include "system/PrivateFile.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
constexpr int kFormatVersion = 1;

QJsonArray toArray(const QVector<TrackedRecording> &recordings)
{
    QJsonArray array;
    for (const TrackedRecording &recording : recordings) {
        array.append(recording.toJson());
    }
    return array;
}

// Reads one list; an entry that cannot be read, or does not belong in it, goes to unreadable.
bool readList(const QJsonValue &value, bool pendingList, bool activeList, QVector<TrackedRecording> *recordings,
    QJsonArray *unreadable)
{
    if (value.isUndefined()) {
        return true; // an older ledger without this list
    }
    if (!value.isArray()) {
        return false;
    }
    const QJsonArray array = value.toArray();
    for (const QJsonValue &entry : array) {
        const auto recording = TrackedRecording::fromJson(entry.toObject());
        const bool belongs = recording && (!pendingList || recording->isPending())
            && (!activeList
                || (!recording->isPending() && recording->endReason == TrackedRecording::EndReason::Running));
        if (belongs) {
            recordings->append(*recording);
        } else {
            unreadable->append(entry);
        }
    }
    return true;
}
} // namespace

RecordingLedger::RecordingLedger(const QString &filePath)
    : m_filePath(filePath)
{
}

RecordingLedger::~RecordingLedger() = default;

QString RecordingLedger::defaultFilePath(const QString &folder)
{
    return (folder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : folder)
        + QStringLiteral("/recordings.json");
}

bool RecordingLedger::tryLock(QString *holderDescription) { return m_lock.tryLock(m_filePath, holderDescription); }

QString RecordingLedger::setAsidePath(const QString &kind) const
{
    return m_filePath + QLatin1Char('.') + kind + QLatin1Char('-')
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
}

RecordingLedger::LoadResult RecordingLedger::load()
{
    LoadResult result;
    QFile file(m_filePath);
    if (!file.exists()) {
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.status = LoadStatus::Damaged;
        result.error = file.errorString();
        return result;
    }
    QJsonArray unreadable;
    const QByteArray bytes = file.readAll();
    file.close();
    result = parse(bytes, &unreadable);
    if (result.status == LoadStatus::Loaded) {
        if (!unreadable.isEmpty()) {
            // Kept for a person to read: a recording in them may still be running.
            result.setAsidePath = setAsidePath(QStringLiteral("unreadable"));
            QSaveFile aside(result.setAsidePath);
            if (PrivateFile::open(aside)) {
                aside.write(QJsonDocument(unreadable).toJson(QJsonDocument::Indented));
                aside.commit();
            }
        }
        return result;
    }
    // Keep the damaged bytes for a person to inspect; the recordings in them may still be running.
    result.setAsidePath = setAsidePath(QStringLiteral("damaged"));
    if (!QFile::rename(m_filePath, result.setAsidePath)) {
        result.setAsidePath.clear();
        m_damagedInPlace = true;
    }
    return result;
}

RecordingLedger::LoadResult RecordingLedger::parse(const QByteArray &bytes, QJsonArray *unreadable)
{
    LoadResult result;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    const QJsonObject root = document.object();
    const bool readable = parseError.error == QJsonParseError::NoError && document.isObject()
        && root.value(QLatin1String("version")).toInt() == kFormatVersion
        && readList(root.value(QLatin1String("pending")), true, false, &result.contents.pending, unreadable)
        && readList(root.value(QLatin1String("active")), false, true, &result.contents.active, unreadable)
        && readList(root.value(QLatin1String("history")), false, false, &result.contents.history, unreadable)
        && readList(
            root.value(QLatin1String("stopsElsewhere")), false, true, &result.contents.stopsElsewhere, unreadable);
    if (!readable) {
        result.status = LoadStatus::Damaged;
        result.contents = {};
        result.error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                    : QStringLiteral("unexpected structure");
        return result;
    }
    const QJsonObject head = root.value(QLatin1String("auditHead")).toObject();
    result.contents.auditHead.count = head.value(QLatin1String("count")).toString().toLongLong();
    result.contents.auditHead.hash = head.value(QLatin1String("hash")).toString().toLatin1();
    result.contents.bootId = root.value(QLatin1String("bootId")).toString();
    result.status = LoadStatus::Loaded;
    result.unreadableEntries = int(unreadable->size());
    return result;
}

bool RecordingLedger::save(const Contents &contents, QString *error)
{
    const QMutexLocker saving(&m_saving);
    if (contents.generation != 0 && contents.generation <= m_newestSaved) {
        return true; // what this snapshot held is on disk already, or was replaced by what is
    }
    if (m_damagedInPlace) {
        *error = QStringLiteral("the damaged ledger could not be set aside; refusing to overwrite it");
        return false;
    }
    QSaveFile file(m_filePath);
    if (!PrivateFile::open(file)) {
        *error = file.errorString();
        return false;
    }
    QJsonObject root { { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("pending"), toArray(contents.pending) },
        { QStringLiteral("active"), toArray(contents.active) },
        { QStringLiteral("history"), toArray(contents.history) } };
    if (!contents.stopsElsewhere.isEmpty()) {
        root.insert(QStringLiteral("stopsElsewhere"), toArray(contents.stopsElsewhere));
    }
    if (!contents.bootId.isEmpty()) {
        root.insert(QStringLiteral("bootId"), contents.bootId);
    }
    if (!contents.auditHead.isNull()) {
        root.insert(QStringLiteral("auditHead"),
            QJsonObject { { QStringLiteral("count"), QString::number(contents.auditHead.count) },
                { QStringLiteral("hash"), QString::fromLatin1(contents.auditHead.hash) } });
    }
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    DurableFile::syncFolderOf(m_filePath);
    m_newestSaved = qMax<quint64>(m_newestSaved, contents.generation);
    return true;
}
