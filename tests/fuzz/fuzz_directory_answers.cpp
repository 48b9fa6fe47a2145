// SPDX-License-Identifier: Apache-2.0
// A page of /agents, an /agents/states answer and a page of /teams, as the directories read them.
#include "cxone/DirectoryAnswers.h"
#include "cxone/SharedStrings.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    SharedStrings strings;
    QString error;
    if (const std::optional<AgentPage> page = AgentPage::parse(body, &error, &strings)) {
        // The paging loop steps by 'served' and trusts totalRecords as a count: never negative,
        // and no agent without an id reaches the directory.
        if (page->totalRecords < 0 || page->served < page->agents.size()) {
            __builtin_trap();
        }
        for (const Agent &agent : page->agents) {
            if (agent.agentId <= 0) {
                __builtin_trap();
            }
        }
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal always says why
    }
    error.clear();
    if (const std::optional<AgentStatesAnswer> answer = AgentStatesAnswer::parse(body, &error, &strings)) {
        // Fed back as updatedSince: only a date CXone can read.
        if (!answer->lastPollTime.isEmpty()
            && !QDateTime::fromString(answer->lastPollTime, Qt::ISODateWithMs).isValid()) {
            __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    error.clear();
    if (const std::optional<TeamPage> page = TeamPage::parse(body, &error)) {
        if (page->totalRecords < -1 || page->served < page->teams.size()) {
            __builtin_trap();
        }
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
