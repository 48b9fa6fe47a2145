// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A whole number typed by a person (command line, configuration) within [minimum, maximum].
inline bool readWholeNumber(const QString &text, int minimum, int maximum, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    if (!ok || parsed < minimum || parsed > maximum) {
        return false;
    }
    *value = parsed;
    return true;
}
