// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>

namespace vigie {

// What a start came to, for the supervisor and the audit trail.
enum class StartKind {
    New, // CXone started a recording
    AlreadyRunning, // CXone returned a recording Vigie already tracked: nothing new started
    Confirmed, // a start whose answer had been lost: CXone now gave its contactId
    RecordedElsewhere, // CXone returned another station's recording (site registry): nothing new started
};
enum class SaveState { Saved, NotSaved }; // NotSaved: tracked in memory, the ledger write failed
enum class StopKind {
    Stopped, // CXone stopped it
    HadAlreadyEnded, // 404: it had ended before the request
};

} // namespace vigie

Q_DECLARE_METATYPE(vigie::StartKind)
Q_DECLARE_METATYPE(vigie::SaveState)
Q_DECLARE_METATYPE(vigie::StopKind)
