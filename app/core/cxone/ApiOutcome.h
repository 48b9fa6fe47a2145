// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMetaType>
#include <QString>

namespace vigie {

// Every way a CXone exchange can end, as the core sees it. The UI turns these into words
// (ui/OutcomeText); the core never formats user-facing text itself.
enum class ApiOutcome {
    Success,
    Accepted, // 202: CXone took the request and is still processing it
    AlreadyEnded, // 404 on stop: the recording had ended before the request
    InvalidDuration, // refused locally, nothing was sent
    InvalidUserId, // refused locally, nothing was sent
    NotSignedIn, // refused locally, nothing was sent
    RequestPending, // a request for the same agent is already on its way
    InvalidCredentials, // sign-in refused the access key
    BadRequest, // 400
    SessionExpired, // 401 even after a token refresh: sign in again
    Forbidden, // 403: the key lacks Interactions Hub > Record Screen Interaction
    NotFound, // 404 outside of stop
    Locked, // 425 after every retry
    RateLimited, // 429 after every retry
    ServerError, // 500
    ServiceUnavailable, // 503 after every retry
    GatewayTimeout, // 504 after every retry
    Timeout, // no answer within the transfer timeout
    NetworkError, // connection refused, reset, host not found...
    InsecureConnection, // a TLS certificate or version Vigie refuses: never clicked through
    ProxyRefused, // the proxy could not be reached, refused the connection or the credentials
    MalformedResponse, // a success status whose body is not what the contract promises
    AnswerTooLarge, // the answer outgrew the cap its kind allows and was abandoned unread
    UnexpectedStatus, // any status the contract does not document
    Redirected, // a 3xx: never followed, so credentials reach no other host
    NotSaved, // refused locally: the ledger could not record the intent, so nothing was sent
    NotAudited, // refused locally: the audit trail could not record the start, so nothing was sent
    OutOfScope, // refused locally: the agent is outside the supervisor's scope, nothing was sent
    HeldByAnotherStation, // refused locally: the site registry says another station records the agent
    RegistryUnavailable, // refused locally: the site registry is required for starts and cannot be reached
    RefusedByPolicy, // refused locally: the works council's policy does not allow this start, nothing was sent
    Cancelled,
};

inline bool isSuccess(ApiOutcome outcome) { return outcome == ApiOutcome::Success || outcome == ApiOutcome::Accepted; }

// The answers after which a start certainly created nothing (CXone's refusals, and what Vigie
// refused before sending). Every other failure may hide a recording CXone did start
// (docs/cxone-contract.md#statuses-of-the-recording-endpoints).
bool isDefiniteRefusal(ApiOutcome outcome);
// CXone itself refused the request (400, 403, 404): asked again about a start whose answer was
// lost, this says the first one was refused too. What Vigie refuses before sending (nobody signed
// in, a request already on its way) says nothing about what CXone did with the first.
bool isRefusalByCxone(ApiOutcome outcome);

// A stable, untranslated name for files (audit log) and logs.
QString apiOutcomeName(ApiOutcome outcome);

} // namespace vigie

Q_DECLARE_METATYPE(vigie::ApiOutcome)
