// SPDX-License-Identifier: Apache-2.0
#include "cxone/ApiOutcome.h"

QString vigie::apiOutcomeName(vigie::ApiOutcome outcome)
{
    switch (outcome) {
    case vigie::ApiOutcome::Success:
        return QStringLiteral("success");
    case vigie::ApiOutcome::Accepted:
        return QStringLiteral("accepted");
    case vigie::ApiOutcome::AlreadyEnded:
        return QStringLiteral("already-ended");
    case vigie::ApiOutcome::InvalidDuration:
        return QStringLiteral("invalid-duration");
    case vigie::ApiOutcome::InvalidUserId:
        return QStringLiteral("invalid-user-id");
    case vigie::ApiOutcome::NotSignedIn:
        return QStringLiteral("not-signed-in");
    case vigie::ApiOutcome::RequestPending:
        return QStringLiteral("request-pending");
    case vigie::ApiOutcome::InvalidCredentials:
        return QStringLiteral("invalid-credentials");
    case vigie::ApiOutcome::BadRequest:
        return QStringLiteral("bad-request");
    case vigie::ApiOutcome::SessionExpired:
        return QStringLiteral("session-expired");
    case vigie::ApiOutcome::Forbidden:
        return QStringLiteral("forbidden");
    case vigie::ApiOutcome::NotFound:
        return QStringLiteral("not-found");
    case vigie::ApiOutcome::Locked:
        return QStringLiteral("locked");
    case vigie::ApiOutcome::RateLimited:
        return QStringLiteral("rate-limited");
    case vigie::ApiOutcome::ServerError:
        return QStringLiteral("server-error");
    case vigie::ApiOutcome::ServiceUnavailable:
        return QStringLiteral("service-unavailable");
    case vigie::ApiOutcome::GatewayTimeout:
        return QStringLiteral("gateway-timeout");
    case vigie::ApiOutcome::Timeout:
        return QStringLiteral("timeout");
    case vigie::ApiOutcome::NetworkError:
        return QStringLiteral("network-error");
    case vigie::ApiOutcome::InsecureConnection:
        return QStringLiteral("insecure-connection");
    case vigie::ApiOutcome::ProxyRefused:
        return QStringLiteral("proxy-refused");
    case vigie::ApiOutcome::MalformedResponse:
        return QStringLiteral("malformed-response");
    case vigie::ApiOutcome::AnswerTooLarge:
        return QStringLiteral("answer-too-large");
    case vigie::ApiOutcome::UnexpectedStatus:
        return QStringLiteral("unexpected-status");
    case vigie::ApiOutcome::Redirected:
        return QStringLiteral("redirected");
    case vigie::ApiOutcome::NotSaved:
        return QStringLiteral("not-saved");
    case vigie::ApiOutcome::NotAudited:
        return QStringLiteral("not-audited");
    case vigie::ApiOutcome::OutOfScope:
        return QStringLiteral("out-of-scope");
    case vigie::ApiOutcome::HeldByAnotherStation:
        return QStringLiteral("held-by-another-station");
    case vigie::ApiOutcome::RegistryUnavailable:
        return QStringLiteral("registry-unavailable");
    case vigie::ApiOutcome::RefusedByPolicy:
        return QStringLiteral("refused-by-policy");
    case vigie::ApiOutcome::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

bool vigie::isDefiniteRefusal(vigie::ApiOutcome outcome)
{
    switch (outcome) {
    case vigie::ApiOutcome::BadRequest:
    case vigie::ApiOutcome::Forbidden:
    case vigie::ApiOutcome::NotFound:
    case vigie::ApiOutcome::InvalidDuration:
    case vigie::ApiOutcome::InvalidUserId:
    case vigie::ApiOutcome::NotSignedIn:
    case vigie::ApiOutcome::RequestPending:
    case vigie::ApiOutcome::NotSaved:
    case vigie::ApiOutcome::NotAudited:
    case vigie::ApiOutcome::OutOfScope:
    case vigie::ApiOutcome::HeldByAnotherStation:
    case vigie::ApiOutcome::RegistryUnavailable:
    case vigie::ApiOutcome::RefusedByPolicy:
        return true;
    default:
        return false;
    }
}

bool vigie::isRefusalByCxone(vigie::ApiOutcome outcome)
{
    return outcome == vigie::ApiOutcome::BadRequest || outcome == vigie::ApiOutcome::Forbidden
        || outcome == vigie::ApiOutcome::NotFound;
}
