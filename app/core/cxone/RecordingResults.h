// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/ApiOutcome.h"

#include <QMetaType>
#include <QString>

// What a start request came to. contactId and interactionId are set only on 200/202.
struct StartResult
{
    vigie::ApiOutcome outcome = vigie::ApiOutcome::NetworkError;
    qint64 contactId = 0;
    QString interactionId;
    int httpStatus = 0;
    int attempts = 0;
    // The start failed, yet CXone may have started the recording (an answer lost on the way, a
    // timeout, a 5xx, a garbled success): the agent must be treated as possibly recorded.
    bool mayHaveStarted = false;
    // Refused before sending, the start half of an Extend: the recording it would have replaced,
    // which goes on unchanged. 0: a start of its own.
    qint64 extendsContactId = 0;
    QString detail; // technical detail for the log panel, never shown alone
};

struct StopResult
{
    vigie::ApiOutcome outcome = vigie::ApiOutcome::NetworkError;
    int httpStatus = 0;
    int attempts = 0;
    QString detail;
};

Q_DECLARE_METATYPE(StartResult)
Q_DECLARE_METATYPE(StopResult)
