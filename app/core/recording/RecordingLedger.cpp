#include "recording/RecordingLedger.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
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

bool readArray(const QJsonValue &value, QVector<TrackedRecording> *recordings)
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
        if (!recording) {
            return false;
        }
        recordings->append(*recording);
    }
    return true;
}
} // namespace

RecordingLedger::RecordingLedger(const QString &filePath)
    : m_filePath(filePath)
{
}

RecordingLedger::~RecordingLedger() = default;

QString RecordingLedger::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recordings.json");
}

bool RecordingLedger::tryLock(QString *holderDescription)
{
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    m_lock = std::make_unique<QLockFile>(m_filePath + QStringLiteral(".lock"));
    // A lock left by a killed Vigie is stale at once: the PID check clears it.
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        return true;
    }
    qint64 pid = 0;
    QString hostname;
    QString application;
    if (m_lock->getLockInfo(&pid, &hostname, &application)) {
        *holderDescription = QStringLiteral("%1 (pid %2 on %3)").arg(application).arg(pid).arg(hostname);
    }
    m_lock.reset();
    return false;
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    const QJsonObject root = document.object();
    const bool readable = parseError.error == QJsonParseError::NoError && document.isObject()
        && root.value(QLatin1String("version")).toInt() == kFormatVersion
        && readArray(root.value(QLatin1String("pending")), &result.contents.pending)
        && readArray(root.value(QLatin1String("active")), &result.contents.active)
        && readArray(root.value(QLatin1String("history")), &result.contents.history);
    if (readable) {
        const QJsonObject head = root.value(QLatin1String("auditHead")).toObject();
        result.contents.auditHead.count = head.value(QLatin1String("count")).toString().toLongLong();
        result.contents.auditHead.hash = head.value(QLatin1String("hash")).toString().toLatin1();
        result.status = LoadStatus::Loaded;
        return result;
    }
    // Keep the damaged bytes for a person to inspect; the recordings in them may still be running.
    result.status = LoadStatus::Damaged;
    result.contents = {};
    result.error = parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                : QStringLiteral("unexpected structure");
    result.setAsidePath = m_filePath + QStringLiteral(".damaged-")
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (!QFile::rename(m_filePath, result.setAsidePath)) {
        result.setAsidePath.clear();
        m_damagedInPlace = true;
    }
    return result;
}

bool RecordingLedger::save(const Contents &contents, QString *error)
{
    if (m_damagedInPlace) {
        *error = QStringLiteral("the damaged ledger could not be set aside; refusing to overwrite it");
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QJsonObject root { { QStringLiteral("version"), kFormatVersion },
        { QStringLiteral("pending"), toArray(contents.pending) },
        { QStringLiteral("active"), toArray(contents.active) },
        { QStringLiteral("history"), toArray(contents.history) } };
    if (!contents.auditHead.isNull()) {
        root.insert(QStringLiteral("auditHead"),
            QJsonObject { { QStringLiteral("count"), QString::number(contents.auditHead.count) },
                { QStringLiteral("hash"), QString::fromLatin1(contents.auditHead.hash) } });
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}
