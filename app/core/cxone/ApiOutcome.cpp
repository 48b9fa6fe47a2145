// SPDX-License-Identifier: Apache-2.0
#include "cxone/ApiOutcome.h"

QString apiOutcomeName(ApiOutcome outcome)
{
    switch (outcome) {
    case ApiOutcome::Success:
        return QStringLiteral("success");
    case ApiOutcome::Accepted:
        return QStringLiteral("accepted");
    case ApiOutcome::AlreadyEnded:
        return QStringLiteral("already-ended");
    case ApiOutcome::InvalidDuration:
        return QStringLiteral("invalid-duration");
    case ApiOutcome::InvalidUserId:
        return QStringLiteral("invalid-user-id");
    case ApiOutcome::NotSignedIn:
        return QStringLiteral("not-signed-in");
    case ApiOutcome::RequestPending:
        return QStringLiteral("request-pending");
    case ApiOutcome::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case ApiOutcome::BadRequest:
        return QStringLiteral("bad-request");
    case ApiOutcome::SessionExpired:
        return QStringLiteral("session-expired");
    case ApiOutcome::Forbidden:
        return QStringLiteral("forbidden");
    case ApiOutcome::NotFound:
        return QStringLiteral("not-found");
    case ApiOutcome::Locked:
        return QStringLiteral("locked");
    case ApiOutcome::RateLimited:
        return QStringLiteral("rate-limited");
    case ApiOutcome::ServerError:
        return QStringLiteral("server-error");
    case ApiOutcome::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case ApiOutcome::GatewayTimeout:
        return QStringLiteral("gateway-timeout");
    case ApiOutcome::Timeout:
        return QStringLiteral("timeout");
    case ApiOutcome::NetworkError:
        return QStringLiteral("network-error");
    case ApiOutcome::InsecureConnection:
        return QStringLiteral("insecure-connection");
    case ApiOutcome::ProxyRefused:
        return QStringLiteral("proxy-refused");
    case ApiOutcome::MalformedResponse:
        return QStringLiteral("malformed-response");
    case ApiOutcome::AnswerTooLarge:
        return QStringLiteral("answer-too-large");
    case ApiOutcome::UnexpectedStatus:
        return QStringLiteral("unexpected-status");
    case ApiOutcome::Redirected:
        return QStringLiteral("redirected");
    case ApiOutcome::NotSaved:
        return QStringLiteral("not-saved");
    case ApiOutcome::NotAudited:
        return QStringLiteral("not-audited");
    case ApiOutcome::OutOfScope:
        return QStringLiteral("out-of-scope");
    case ApiOutcome::HeldByAnotherStation:
        return QStringLiteral("held-by-another-station");
    case ApiOutcome::RegistryUnavailable:
        return QStringLiteral("registry-unavailable");
    case ApiOutcome::RefusedByPolicy:
        return QStringLiteral("refused-by-policy");
    case ApiOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool isDefiniteRefusal(ApiOutcome outcome)
{
    switch (outcome) {
    case ApiOutcome::BadRequest:
    case ApiOutcome::Forbidden:
    case ApiOutcome::NotFound:
    case ApiOutcome::InvalidDuration:
    case ApiOutcome::InvalidUserId:
    case ApiOutcome::NotSignedIn:
    case ApiOutcome::RequestPending:
    case ApiOutcome::NotSaved:
    case ApiOutcome::NotAudited:
    case ApiOutcome::OutOfScope:
    case ApiOutcome::HeldByAnotherStation:
    case ApiOutcome::RegistryUnavailable:
    case ApiOutcome::RefusedByPolicy:
        return true;
    default:
        return false;
    }
}

bool isRefusalByCxone(ApiOutcome outcome)
{
    return outcome == ApiOutcome::BadRequest || outcome == ApiOutcome::Forbidden || outcome == ApiOutcome::NotFound;
}
