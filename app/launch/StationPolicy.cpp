// SPDX-License-Identifier: GPL-3.0-or-later
#include "launch/StationPolicy.h"

QString StationPolicy::startLanguage(const QString &lastChosen) const
{
    if ((languageOnCommandLine || languageProvisioned) && !language.isEmpty()) {
        return language;
    }
    return lastChosen.isEmpty() ? language : lastChosen;
}
