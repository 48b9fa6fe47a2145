// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/CredentialStore.h"
#include "cxone/ApiOutcome.h"
#include "network/ConnectionFailure.h"

#include <QCoreApplication>

// The words for what the core reports: what happened and what to do, never a bare code.
class OutcomeText
{
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)
public:
    static QString startFailure(vigie::ApiOutcome outcome);
    static QString stopFailure(vigie::ApiOutcome outcome);
    static QString signInFailure(vigie::ApiOutcome outcome);
    // A certificate, a TLS version or a proxy that stood in the way: the host, the issuer or the
    // proxy by name, and what the administrator should do. Never an offer to go on regardless.
    static QString connectionFailure(const ConnectionFailure &failure);
    static QString keychainFailure(CredentialStore::Failure failure);
    // Short form for a table cell; the full sentence goes to the tooltip and the log.
    static QString shortReason(vigie::ApiOutcome outcome);
    // The sentence for outcomes that read the same whatever the request was.
    static QString common(vigie::ApiOutcome outcome);
};
