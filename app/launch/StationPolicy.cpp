// SPDX-License-Identifier: Apache-2.0
#include "launch/StationPolicy.h"

QString StationPolicy::startLanguage(const QString &lastChosen) const
{
    if ((languageOnCommandLine || languageProvisioned) && !language.isEmpty()) {
        return language;
    }
    return lastChosen.isEmpty() ? language : lastChosen;
}
