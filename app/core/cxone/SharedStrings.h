// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSet>
#include <QString>

// One copy of each distinct text: 100,000 agents name a few dozen teams and a dozen states, and
// a QString per agent for each costs megabytes that implicit sharing gives back for free.
class SharedStrings
{
public:
    QString intern(const QString &text)
    {
        if (text.isEmpty()) {
            return {};
        }
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd()) {
            return *it;
        }
        m_strings.insert(text);
        return text;
    }

private:
    QSet<QString> m_strings;
};
