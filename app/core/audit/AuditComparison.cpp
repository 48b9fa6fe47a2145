// SPDX-License-Identifier: Apache-2.0
#include "audit/AuditComparison.h"

#include "audit/AuditChain.h"
#include "audit/AuditCopy.h"
#include "audit/AuditLog.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace {
using AuditChain::hashOf;

// What an entry says, whatever chain it hangs on: the line without its "prev".
QByteArray contentOf(const QByteArray &line)
{
    QJsonObject object = QJsonDocument::fromJson(line).object();
    if (object.isEmpty()) {
        return {};
    }
    object.remove(QLatin1String("prev"));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString shortHash(const QByteArray &hash) { return QString::fromLatin1(hash.left(16)) + QStringLiteral("…"); }

// "entry 4", "entries 4 to 9", "entries 2, 4 to 9 and 12".
QString entriesText(QList<qint64> numbers)
{
    std::sort(numbers.begin(), numbers.end());
    QStringList runs;
    for (int index = 0; index < numbers.size();) {
        int end = index;
        while (end + 1 < numbers.size() && numbers.at(end + 1) == numbers.at(end) + 1) {
            ++end;
        }
        runs.append(end == index ? QString::number(numbers.at(index))
                                 : QStringLiteral("%1 to %2").arg(numbers.at(index)).arg(numbers.at(end)));
        index = end + 1;
    }
    const QString joined = runs.size() > 1
        ? QStringList(runs.mid(0, runs.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ") + runs.last()
        : runs.value(0);
    return (numbers.size() == 1 ? QStringLiteral("entry ") : QStringLiteral("entries ")) + joined;
}

QString capitalised(QString text)
{
    if (!text.isEmpty()) {
        text[0] = text.at(0).toUpper();
    }
    return text;
}

// Field by field, for an entry both sides hold under the same number.
QString fieldDifferences(const QByteArray &local, const QByteArray &collected)
{
    const QJsonObject here = QJsonDocument::fromJson(local).object();
    const QJsonObject there = QJsonDocument::fromJson(collected).object();
    if (there.isEmpty()) {
        return QStringLiteral("its hash differs (the collector kept no text to compare fields)");
    }
    QStringList keys = here.keys() + there.keys();
    keys.removeDuplicates();
    std::sort(keys.begin(), keys.end());
    QStringList changes;
    for (const QString &key : std::as_const(keys)) {
        if (key == QLatin1String("prev") || here.value(key) == there.value(key)) {
            continue;
        }
        const auto shown = [](const QJsonValue &value) {
            return value.isUndefined() ? QStringLiteral("absent")
                                       : QLatin1Char('"') + value.toVariant().toString() + QLatin1Char('"');
        };
        changes.append(QStringLiteral("%1 is %2 here, %3 at the collector")
                           .arg(key, shown(here.value(key)), shown(there.value(key))));
    }
    if (changes.isEmpty()) {
        return QStringLiteral("its chain link (prev) differs");
    }
    return changes.join(QStringLiteral("; "));
}

// What a copy says against the local trail; copyOverview says what the copy is and holds.
AuditComparison::Result compareWith(const QString &trailPath, const AuditCopy &copy, const QString &copyOverview);
} // namespace

AuditComparison::Result AuditComparison::compare(const QString &trailPath, const QString &collectorExportPath)
{
    QString error;
    const std::optional<AuditCopy> copy = AuditCopy::readCollectorExport(collectorExportPath, &error);
    if (!copy) {
        Result result;
        result.differences.append(
            QStringLiteral("The collector's copy %1 cannot be read: %2").arg(collectorExportPath, error));
        return result;
    }
    const QMap<qint64, AuditCopy::Entry> &collected = copy->entries;
    const QString overview
        = QStringLiteral("Collector's copy %1: %2 entries%3, %4 checkpoint(s).")
              .arg(collectorExportPath)
              .arg(collected.size())
              .arg(collected.isEmpty()
                      ? QString()
                      : QStringLiteral(" numbered %1 to %2").arg(collected.firstKey()).arg(collected.lastKey()))
              .arg(copy->checkpoints.size());
    return compareWith(trailPath, *copy, overview);
}

AuditComparison::Result AuditComparison::compareWithCopy(
    const QString &trailPath, const QMap<qint64, QByteArray> &copyLines, const QString &copyName)
{
    const QString overview
        = QStringLiteral("%1: %2 entries%3.")
              .arg(capitalised(copyName))
              .arg(copyLines.size())
              .arg(copyLines.isEmpty()
                      ? QString()
                      : QStringLiteral(" numbered %1 to %2").arg(copyLines.firstKey()).arg(copyLines.lastKey()));
    Result result = compareWith(trailPath, AuditCopy::fromLines(copyLines), overview);
    // The sentences name the collector, the copy they were first written for: this copy is named instead.
    for (QStringList *sentences : { &result.differences, &result.notes }) {
        sentences->replaceInStrings(QStringLiteral("the collector"), copyName);
    }
    return result;
}

namespace {
AuditComparison::Result compareWith(const QString &trailPath, const AuditCopy &copy, const QString &copyOverview)
{
    using Result = AuditComparison::Result;
    Result result;
    const QMap<qint64, AuditCopy::Entry> &collected = copy.entries;
    const QSet<qint64> &repeated = copy.repeated;
    const QSet<qint64> &conflicting = copy.conflicting;

    AuditLog log(trailPath);
    const AuditLog::Verification chain = AuditLog::verify(trailPath);
    const QByteArrayList lines = log.lines();
    const qint64 first = log.firstSequence();
    const qint64 last = first + lines.size() - 1;
    result.compared = true;

    const QString purgedText = first > 1 ? QStringLiteral(" (1 to %1 purged by retention)").arg(first - 1) : QString();
    const QString chainText
        = chain.intact ? QStringLiteral("intact") : QStringLiteral("broken at line %1").arg(chain.brokenAtLine);
    result.overview.append(lines.isEmpty() ? QStringLiteral("Local trail %1: no entries%2.").arg(trailPath, purgedText)
                                           : QStringLiteral("Local trail %1: entries %2 to %3%4; chain %5.")
                                                 .arg(trailPath)
                                                 .arg(first)
                                                 .arg(last)
                                                 .arg(purgedText, chainText));
    result.overview.append(copyOverview);
    if (!chain.intact) {
        result.differences.append(QStringLiteral("The local chain itself is broken at line %1: %2.")
                                      .arg(chain.brokenAtLine)
                                      .arg(chain.reason));
    }

    // 1. Lines both sides hold, byte for byte.
    QHash<QByteArray, qint64> localByHash;
    for (qint64 index = 0; index < lines.size(); ++index) {
        localByHash.insert(hashOf(lines.at(index)), first + index);
    }
    QSet<QByteArray> collectedHashes;
    for (const AuditCopy::Entry &entry : std::as_const(collected)) {
        collectedHashes.insert(entry.hash);
    }
    QSet<qint64> localOnly;
    for (qint64 index = 0; index < lines.size(); ++index) {
        if (!collectedHashes.contains(hashOf(lines.at(index)))) {
            localOnly.insert(first + index);
        }
    }
    QSet<qint64> collectorOnly;
    for (auto it = collected.cbegin(); it != collected.cend(); ++it) {
        if (it.key() >= first && !localByHash.contains(it->hash)) {
            collectorOnly.insert(it.key());
        }
    }
    QList<qint64> purgedHere;
    QList<qint64> removedUnderAnAnchor;
    copy.sortRemovedBefore(first, &purgedHere, &removedUnderAnAnchor);
    if (chain.purge && collected.value(chain.purgeSequence).hash != hashOf(lines.value(chain.purgeSequence - first))) {
        result.differences.append(QStringLiteral("The purge recorded by entry %1, which this trail's anchor stands "
                                                 "on, is not at the collector: nothing proves that Vigie purged "
                                                 "entries 1 to %2 rather than someone removing them by hand.")
                                      .arg(chain.purgeSequence)
                                      .arg(first - 1));
    }
    if (!removedUnderAnAnchor.isEmpty()) {
        result.differences.append(
            QStringLiteral("%1 reached the collector and %2 replaced here by a purge anchor, "
                           "but no purge at the collector removed %3 as older than its "
                           "cut-off: removed by hand.")
                .arg(capitalised(entriesText(removedUnderAnAnchor)),
                    removedUnderAnAnchor.size() == 1 ? QStringLiteral("was") : QStringLiteral("were"),
                    removedUnderAnAnchor.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    }

    // 2. The same event under another chain link: lines inserted or removed before it, and the chain recomputed.
    QHash<QByteArray, qint64> collectorByContent;
    for (const qint64 sequence : std::as_const(collectorOnly)) {
        const QByteArray content = contentOf(collected.value(sequence).line);
        if (!content.isEmpty()) {
            collectorByContent.insert(content, sequence);
        }
    }
    QList<qint64> rechainedHere;
    QList<qint64> rechainedThere;
    for (const qint64 sequence : QList<qint64>(localOnly.cbegin(), localOnly.cend())) {
        const auto match = collectorByContent.constFind(contentOf(lines.at(sequence - first)));
        if (match != collectorByContent.cend() && collectorOnly.contains(*match)) {
            rechainedHere.append(sequence);
            rechainedThere.append(*match);
            localOnly.remove(sequence);
            collectorOnly.remove(*match);
        }
    }

    // 3. Under the same number with other content: edited.
    QList<qint64> edited;
    for (const qint64 sequence : QList<qint64>(collectorOnly.cbegin(), collectorOnly.cend())) {
        if (localOnly.contains(sequence)) {
            edited.append(sequence);
            localOnly.remove(sequence);
            collectorOnly.remove(sequence);
        }
    }
    std::sort(edited.begin(), edited.end());
    for (const qint64 sequence : std::as_const(edited)) {
        result.differences.append(
            QStringLiteral("Entry %1 was edited here: %2.")
                .arg(sequence)
                .arg(fieldDifferences(lines.at(sequence - first), collected.value(sequence).line)));
    }

    // 4. What only one side holds.
    QList<qint64> missingTail;
    QList<qint64> missingInside;
    for (const qint64 sequence : std::as_const(collectorOnly)) {
        (sequence > last ? missingTail : missingInside).append(sequence);
    }
    if (!missingInside.isEmpty()) {
        result.differences.append(QStringLiteral("%1 reached the collector but %2 not in this trail: removed from it.")
                                      .arg(capitalised(entriesText(missingInside)),
                                          missingInside.size() == 1 ? QStringLiteral("is") : QStringLiteral("are")));
    }
    if (!missingTail.isEmpty()) {
        result.differences.append(QStringLiteral("%1 reached the collector but this trail ends at entry %2: its end "
                                                 "was deleted.")
                                      .arg(capitalised(entriesText(missingTail)))
                                      .arg(last));
    }
    const qint64 lastCollected = collected.isEmpty() ? 0 : collected.lastKey();
    QList<qint64> inserted;
    QList<qint64> notYetSent;
    for (const qint64 sequence : std::as_const(localOnly)) {
        (sequence <= lastCollected ? inserted : notYetSent).append(sequence);
    }
    if (!inserted.isEmpty()) {
        result.differences.append(
            QStringLiteral("%1 here never reached the collector, which holds the entries around %2: inserted.")
                .arg(capitalised(entriesText(inserted)),
                    inserted.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    }
    if (!rechainedHere.isEmpty()) {
        result.differences.append(QStringLiteral("%1 here hold what %2 hold at the collector, but on a recomputed "
                                                 "chain: lines were inserted or removed before them and the chain "
                                                 "rewritten to hide it.")
                                      .arg(capitalised(entriesText(rechainedHere)), entriesText(rechainedThere)));
    }
    if (!conflicting.isEmpty()) {
        result.differences.append(QStringLiteral("The collector received two different versions of %1: the trail "
                                                 "was rewritten after they were sent.")
                                      .arg(entriesText(QList<qint64>(conflicting.cbegin(), conflicting.cend()))));
    }

    // 5. Checkpoints: the head the station announced, entry count and hash.
    for (const AuditCopy::Checkpoint &checkpoint : std::as_const(copy.checkpoints)) {
        if (checkpoint.count > last) {
            result.differences.append(QStringLiteral("The checkpoint of %1 proves the trail held %2 entries, the last "
                                                     "with hash %3; this trail ends at entry %4.")
                                          .arg(checkpoint.at)
                                          .arg(checkpoint.count)
                                          .arg(shortHash(checkpoint.hash))
                                          .arg(last));
        } else if (checkpoint.count >= first && hashOf(lines.at(checkpoint.count - first)) != checkpoint.hash) {
            result.differences.append(QStringLiteral("The checkpoint of %1 recorded entry %2 with hash %3; this "
                                                     "trail holds another entry %2.")
                                          .arg(checkpoint.at)
                                          .arg(checkpoint.count)
                                          .arg(shortHash(checkpoint.hash)));
        }
    }
    // The same proof stated once per count is enough.
    result.differences.removeDuplicates();

    if (!notYetSent.isEmpty()) {
        result.notes.append(QStringLiteral("%1 here %2 not at the collector yet: Vigie sends what is waiting when the "
                                           "collector can be reached. If it could all along, %3 added behind "
                                           "Vigie's back.")
                                .arg(capitalised(entriesText(notYetSent)),
                                    notYetSent.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                                    notYetSent.size() == 1 ? QStringLiteral("it was") : QStringLiteral("they were")));
    }
    if (!purgedHere.isEmpty()) {
        result.notes.append(QStringLiteral("%1 %2 at the collector only: this trail purged %3 under its retention "
                                           "period.")
                                .arg(capitalised(entriesText(purgedHere)),
                                    purgedHere.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"),
                                    purgedHere.size() == 1 ? QStringLiteral("it") : QStringLiteral("them")));
    }
    if (!repeated.isEmpty()) {
        result.notes.append(QStringLiteral("The collector received %1 more than once, identical each time (a resend "
                                           "after an interruption).")
                                .arg(entriesText(QList<qint64>(repeated.cbegin(), repeated.cend()))));
    }
    result.differs = !result.differences.isEmpty();
    return result;
}
} // namespace
