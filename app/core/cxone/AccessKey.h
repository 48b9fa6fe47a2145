// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

// A CXone user's access key. The secret is as sensitive as a password.
struct AccessKey
{
    QString keyId;
    QString secret;

    bool isComplete() const { return !keyId.trimmed().isEmpty() && !secret.isEmpty(); }
};
