#include "audit/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

namespace {
const QString kPrevious = QStringLiteral("prev");

QByteArray hashOf(const QByteArray &line) { return QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex(); }

QByteArray lineFor(const AuditEntry &entry, const QByteArray &previousHash)
{
    QJsonObject object = entry.toJson();
    object.insert(kPrevious, QString::fromLatin1(previousHash));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArrayList readLines(const QString &path, bool *ok)
{
    QFile file(path);
    if (!file.exists()) {
        *ok = true;
        return {};
    }
    *ok = file.open(QIODevice::ReadOnly);
    QByteArrayList lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty()) {
        lines.removeLast();
    }
    return lines;
}
} // namespace

AuditLog::AuditLog(const QString &filePath)
    : m_filePath(filePath)
{
}

QString AuditLog::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/audit.jsonl");
}

void AuditLog::load()
{
    if (m_loaded) {
        return;
    }
    bool ok = false;
    const QByteArrayList lines = readLines(m_filePath, &ok);
    m_entries.clear();
    m_entries.reserve(lines.size());
    for (const QByteArray &line : lines) {
        if (const auto entry = AuditEntry::fromJson(QJsonDocument::fromJson(line).object())) {
            m_entries.append(*entry);
        }
    }
    m_lastHash = lines.isEmpty() ? QByteArray() : hashOf(lines.last());
    m_loaded = ok;
}

bool AuditLog::append(const AuditEntry &entry, QString *error)
{
    load();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    const QByteArray line = lineFor(entry, m_lastHash);
    QFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = file.errorString();
        return false;
    }
    // One write per line, so a crash leaves at worst a truncated last line, which verify() reports.
    if (file.write(line + '\n') != line.size() + 1 || !file.flush()) {
        *error = file.errorString();
        m_loaded = false;
        return false;
    }
    m_lastHash = hashOf(line);
    m_entries.append(entry);
    return true;
}

QVector<AuditEntry> AuditLog::query(const AuditQuery &query)
{
    load();
    QVector<AuditEntry> result;
    for (const AuditEntry &entry : std::as_const(m_entries)) {
        if (query.matches(entry)) {
            result.append(entry);
        }
    }
    return result;
}

QVector<AuditEntry> AuditLog::entries(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    AuditQuery period;
    period.fromUtc = fromUtc;
    period.toUtc = toUtc;
    return query(period);
}

int AuditLog::purgeOlderThan(int days, const QDateTime &nowUtc, const QString &supervisor, QString *error)
{
    bool ok = false;
    const QByteArrayList lines = readLines(m_filePath, &ok);
    if (!ok) {
        *error = QStringLiteral("cannot read %1").arg(m_filePath);
        return -1;
    }
    const QDateTime cutoff = nowUtc.addDays(-days);
    QVector<AuditEntry> kept;
    int removed = 0;
    for (const QByteArray &line : lines) {
        const auto entry = AuditEntry::fromJson(QJsonDocument::fromJson(line).object());
        if (entry && entry->atUtc < cutoff) {
            ++removed;
        } else if (entry) {
            kept.append(*entry);
        }
    }
    if (removed == 0) {
        return 0;
    }
    AuditEntry purge;
    purge.atUtc = nowUtc;
    purge.action = AuditAction::Purge;
    purge.result = AuditResult::Purged;
    purge.supervisor = supervisor;
    purge.detail = QStringLiteral("%1 entries older than %2 days (before %3) removed; previous head %4")
                       .arg(removed)
                       .arg(days)
                       .arg(cutoff.toString(Qt::ISODate), QString::fromLatin1(hashOf(lines.last())));
    kept.append(purge);

    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return -1;
    }
    QByteArray previous;
    for (const AuditEntry &entry : std::as_const(kept)) {
        const QByteArray line = lineFor(entry, previous);
        file.write(line + '\n');
        previous = hashOf(line);
    }
    if (!file.commit()) {
        *error = file.errorString();
        return -1;
    }
    m_lastHash = previous;
    m_entries = kept;
    m_loaded = true;
    return removed;
}

AuditLog::Verification AuditLog::verify(const QString &filePath)
{
    Verification verification;
    bool ok = false;
    const QByteArrayList lines = readLines(filePath, &ok);
    if (!ok) {
        verification.reason = QStringLiteral("cannot read %1").arg(filePath);
        return verification;
    }
    QByteArray previous;
    for (int index = 0; index < lines.size(); ++index) {
        const QJsonDocument document = QJsonDocument::fromJson(lines.at(index));
        const QJsonObject object = document.object();
        if (!document.isObject() || !AuditEntry::fromJson(object)) {
            verification.brokenAtLine = index + 1;
            verification.reason = QStringLiteral("line %1 is not a readable audit entry").arg(index + 1);
            return verification;
        }
        if (object.value(kPrevious).toString().toLatin1() != previous) {
            verification.brokenAtLine = index + 1;
            verification.reason = index == 0
                ? QStringLiteral("line 1 does not start the chain: lines before it were removed")
                : QStringLiteral("line %1 does not follow line %2: one of them was edited, or lines were removed "
                                 "or inserted between them")
                      .arg(index + 1)
                      .arg(index);
            return verification;
        }
        previous = hashOf(lines.at(index));
        ++verification.entries;
    }
    verification.intact = true;
    return verification;
}
