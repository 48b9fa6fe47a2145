// SPDX-License-Identifier: Apache-2.0
#include "models/AgentSearchIndex.h"

#include <algorithm>
#include <cstring>

namespace {
constexpr char kRowEnd = '\n';

qsizetype find(QByteArrayView text, QByteArrayView word, qsizetype from)
{
#ifdef __GLIBC__
    // glibc's memmem scans 6 MB for a short word 1.5 to 3 times faster than Qt's finders.
    const void *found = memmem(text.data() + from, size_t(text.size() - from), word.data(), size_t(word.size()));
    return found ? static_cast<const char *>(found) - text.data() : -1;
#else
    return text.indexOf(word, from);
#endif
}
} // namespace

QList<QByteArray> AgentSearchIndex::wordsOf(const QString &typed)
{
    // simplified(): a tab or a line break typed or pasted separates words like a space, and no
    // word then holds the rows' separator.
    QList<QByteArray> words;
    const QStringList parts = typed.toLower().simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        words.append(part.toUtf8());
    }
    return words;
}

void AgentSearchIndex::clear()
{
    m_text.clear();
    m_rowStart.clear();
}

void AgentSearchIndex::append(const QString &name, const QString &userName, const QString &team)
{
    // Not simplified: a line break inside a name cannot join two rows, since no word holds one
    // and matches are placed by the rows' offsets.
    m_rowStart.append(m_text.size());
    QByteArray text = QString(name + QLatin1Char(' ') + userName + QLatin1Char(' ') + team).toUtf8();
    // Most rows are ASCII, lower-cased byte by byte in place; the others by Unicode's rules.
    // (This runs for every row of every load: docs/performance.md, round four.)
    const bool ascii = std::all_of(text.cbegin(), text.cend(), [](char c) { return uchar(c) < 0x80; });
    m_text += ascii ? std::move(text).toLower() : QString::fromUtf8(text).toLower().toUtf8();
    m_text += kRowEnd;
}

QByteArrayView AgentSearchIndex::row(int row) const
{
    const qsizetype start = m_rowStart.at(row);
    const qsizetype end = row + 1 < m_rowStart.size() ? m_rowStart.at(row + 1) : m_text.size();
    return QByteArrayView(m_text).sliced(start, end - start - 1);
}

QString AgentSearchIndex::rowText(int row) const { return QString::fromUtf8(this->row(row)); }

bool AgentSearchIndex::rowContainsAll(int row, const QList<QByteArray> &words) const
{
    const QByteArrayView text = this->row(row);
    return std::all_of(words.cbegin(), words.cend(),
        [&text](const QByteArray &word) { return word.size() <= text.size() && find(text, word, 0) >= 0; });
}

QByteArray AgentSearchIndex::rowsContainingAll(const QList<QByteArray> &words) const
{
    QByteArray all(rowCount(), 1);
    QByteArray found;
    for (const QByteArray &word : words) {
        found.fill(0, rowCount());
        markRowsContaining(word, found);
        char *every = all.data();
        const char *wordFound = found.constData();
        for (int row = 0; row < rowCount(); ++row) {
            every[row] = char(every[row] & wordFound[row]);
        }
    }
    return all;
}

void AgentSearchIndex::markRowsContaining(QByteArrayView word, QByteArray &found) const
{
    int row = 0;
    qsizetype at = find(m_text, word, 0);
    while (at >= 0) {
        // Matches come in increasing order: the row holding this one is found walking forward.
        while (row + 1 < m_rowStart.size() && m_rowStart.at(row + 1) <= at) {
            ++row;
        }
        found[row] = 1;
        if (row + 1 >= m_rowStart.size()) {
            break;
        }
        at = find(m_text, word, m_rowStart.at(row + 1)); // one match per row is enough
    }
}
