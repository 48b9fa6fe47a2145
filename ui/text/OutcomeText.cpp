// SPDX-License-Identifier: Apache-2.0
#include "text/OutcomeText.h"

QString OutcomeText::common(vigie::ApiOutcome outcome)
{
    switch (outcome) {
    case vigie::ApiOutcome::NotSignedIn:
        return tr("You are not signed in to CXone. Sign in, then try again.");
    case vigie::ApiOutcome::SessionExpired:
        return tr("Your CXone session has expired. Sign in again to continue.");
    case vigie::ApiOutcome::Forbidden:
        return tr("Your access key is not allowed to do this. Ask your CXone administrator for the permission "
                  "\"Interactions Hub > Record Screen Interaction\".");
    case vigie::ApiOutcome::BadRequest:
        return tr("CXone refused the request as invalid. Check the agent and the duration; if it persists, "
                  "tell your administrator.");
    case vigie::ApiOutcome::Locked:
        return tr("CXone is still processing a previous request for this agent. Wait a few seconds and try again.");
    case vigie::ApiOutcome::RateLimited:
    case vigie::ApiOutcome::ServiceUnavailable:
        return tr("CXone is busy and asked Vigie to slow down. Try again in a minute.");
    case vigie::ApiOutcome::ServerError:
        return tr("CXone had an internal error. Try again; if it persists, contact NICE support.");
    case vigie::ApiOutcome::GatewayTimeout:
        return tr("CXone did not finish in time. Try again: a repeated request is safe.");
    case vigie::ApiOutcome::Timeout:
        return tr("CXone did not answer in time. Check the network and try again.");
    case vigie::ApiOutcome::NetworkError:
        return tr("CXone cannot be reached. Check the network connection and try again.");
    case vigie::ApiOutcome::InsecureConnection:
        return tr("Vigie refused CXone's secure connection: its certificate or TLS version is not one Vigie trusts. "
                  "Tell your administrator.");
    case vigie::ApiOutcome::ProxyRefused:
        return tr("The proxy between this computer and CXone refused the connection. Tell your administrator.");
    case vigie::ApiOutcome::MalformedResponse:
        return tr(
            "CXone answered with something Vigie cannot read. Try again; if it persists, tell your administrator.");
    case vigie::ApiOutcome::AnswerTooLarge:
        return tr("CXone's answer was far larger than a real one, so Vigie stopped reading it. Try again; if it "
                  "persists, tell your administrator.");
    case vigie::ApiOutcome::UnexpectedStatus:
        return tr("CXone answered in an undocumented way. Try again; if it persists, tell your administrator.");
    case vigie::ApiOutcome::RequestPending:
        return tr("A request for this agent is already on its way. Wait for its result.");
    case vigie::ApiOutcome::Cancelled:
        return tr("The request was cancelled.");
    default:
        return tr("Something unexpected happened. Try again.");
    }
}

QString OutcomeText::startFailure(vigie::ApiOutcome outcome)
{
    switch (outcome) {
    case vigie::ApiOutcome::InvalidDuration:
        return tr(
            "The duration must be between 5 seconds and 3 hours 40 minutes (13,200 seconds). Nothing was started.");
    case vigie::ApiOutcome::InvalidUserId:
        return tr("This agent has no CXone user ID, so their screen cannot be recorded.");
    case vigie::ApiOutcome::OutOfScope:
        return tr("This agent is not in the teams you supervise, so Vigie does not record them. Nothing was sent "
                  "to CXone.");
    case vigie::ApiOutcome::NotFound:
        return tr("CXone does not know this agent. Refresh the agent list and try again.");
    case vigie::ApiOutcome::HeldByAnotherStation:
        return tr("Another station of the site is already recording this agent, so nothing was sent to CXone. The "
                  "agent list shows who started it and until when.");
    case vigie::ApiOutcome::RegistryUnavailable:
        return tr("The site registry cannot be reached and this station may not start recordings without it, so "
                  "nothing was sent to CXone. Try again when it is back, or tell your administrator.");
    case vigie::ApiOutcome::RefusedByPolicy:
        return tr("The recording policy agreed with the works council does not allow this recording, so nothing was "
                  "sent to CXone.");
    case vigie::ApiOutcome::NotSaved:
        return tr("Vigie could not write the start to its list of recordings on disk, so nothing was sent to CXone. "
                  "Free some disk space or tell your administrator.");
    case vigie::ApiOutcome::NotAudited:
        return tr("Vigie could not write the start to the audit trail, so nothing was sent to CXone: no recording "
                  "starts without a trace. Free some disk space or tell your administrator.");
    case vigie::ApiOutcome::MalformedResponse:
        return tr("CXone accepted the request but did not return the contact ID needed to stop it. The recording may "
                  "be running and will end by itself at its duration.");
    default:
        return common(outcome);
    }
}

QString OutcomeText::stopFailure(vigie::ApiOutcome outcome)
{
    switch (outcome) {
    case vigie::ApiOutcome::NotFound:
    case vigie::ApiOutcome::AlreadyEnded:
        return tr("The recording had already ended.");
    default:
        return common(outcome);
    }
}

QString OutcomeText::signInFailure(vigie::ApiOutcome outcome)
{
    switch (outcome) {
    case vigie::ApiOutcome::InvalidCredentials:
        return tr("CXone refused this access key. Check the key ID and the secret, and that the key is active.");
    case vigie::ApiOutcome::NotFound:
        return tr("This CXone environment was not found. Check the sign-in address.");
    default:
        return common(outcome);
    }
}

QString OutcomeText::connectionFailure(const ConnectionFailure &failure)
{
    using Kind = ConnectionFailure::Kind;
    const QString issuer = failure.issuer.isEmpty() ? tr("an unnamed issuer") : failure.issuer;
    switch (failure.kind) {
    case Kind::None:
        return {};
    case Kind::UntrustedCertificate:
        return tr("Vigie refused the connection to %1: its certificate was issued by \"%2\", which this computer does "
                  "not trust. If your company inspects secure traffic, your administrator must install the company's "
                  "CA certificate in the system's certificate store (or give it to Vigie alone with [Network] "
                  "CaFile=).")
            .arg(failure.host, issuer);
    case Kind::HostNameMismatch:
        return tr("Vigie refused the connection to %1: the certificate it showed, issued by \"%2\", belongs to another "
                  "server. Check the sign-in address; if it is right, your administrator must have the certificate "
                  "issued for %1, or correct the proxy that inspects secure traffic.")
            .arg(failure.host, issuer);
    case Kind::ExpiredCertificate:
        return tr("Vigie refused the connection to %1: its certificate, issued by \"%2\", has expired or is not valid "
                  "yet. Check this computer's date and time; if they are right, your administrator must renew the "
                  "certificate.")
            .arg(failure.host, issuer);
    case Kind::TlsVersionRefused:
        return tr("Vigie refused the connection to %1: it offers no TLS 1.2 or newer connection, so its certificate "
                  "and issuer could not even be read. Your administrator must enable TLS 1.2 or 1.3 on that server, "
                  "or on the proxy that inspects secure traffic.")
            .arg(failure.host);
    case Kind::ProxyRefused:
        return tr("The proxy %1 refused the connection to %2, or cannot be reached. Ask your administrator to check "
                  "the proxy (Vigie's [Network] Proxy= setting or the system's proxy settings) and that it lets "
                  "this computer reach %2.")
            .arg(failure.proxy.isEmpty() ? tr("in use") : failure.proxy, failure.host);
    case Kind::ProxyAuthenticationRefused:
        return tr("The proxy %1 asks for a user name and password and has accepted none. Sign in again and give "
                  "your proxy credentials when asked, or ask your administrator.")
            .arg(failure.proxy.isEmpty() ? tr("in use") : failure.proxy);
    }
    return {};
}

QString OutcomeText::keychainFailure(CredentialStore::Failure failure)
{
    switch (failure) {
    case CredentialStore::Failure::Unavailable:
        return tr("No system keychain is available, so your access key cannot be remembered. Vigie works normally "
                  "for this session; you will sign in again next time.");
    case CredentialStore::Failure::AccessDenied:
        return tr("The system keychain refused access, so your access key was not remembered.");
    }
    return {};
}

QString OutcomeText::shortReason(vigie::ApiOutcome outcome)
{
    switch (outcome) {
    case vigie::ApiOutcome::Forbidden:
        return tr("permission missing");
    case vigie::ApiOutcome::Locked:
        return tr("agent busy in CXone, retry");
    case vigie::ApiOutcome::RateLimited:
    case vigie::ApiOutcome::ServiceUnavailable:
        return tr("CXone busy, retry later");
    case vigie::ApiOutcome::Timeout:
    case vigie::ApiOutcome::GatewayTimeout:
        return tr("no answer in time");
    case vigie::ApiOutcome::NetworkError:
        return tr("network unreachable");
    case vigie::ApiOutcome::InsecureConnection:
        return tr("certificate refused");
    case vigie::ApiOutcome::ProxyRefused:
        return tr("proxy refused");
    case vigie::ApiOutcome::SessionExpired:
    case vigie::ApiOutcome::NotSignedIn:
        return tr("sign in again");
    case vigie::ApiOutcome::NotFound:
        return tr("unknown agent");
    case vigie::ApiOutcome::MalformedResponse:
        return tr("unreadable answer");
    case vigie::ApiOutcome::InvalidDuration:
        return tr("invalid duration");
    case vigie::ApiOutcome::OutOfScope:
        //: Short reason in a table cell: the agent is not in the supervisor's teams
        return tr("not in your teams");
    case vigie::ApiOutcome::NotSaved:
        //: Short reason in a table cell: the start could not be written to disk, nothing was sent
        return tr("not saved on disk, not sent");
    case vigie::ApiOutcome::NotAudited:
        //: Short reason in a table cell: the start could not be written to the audit trail, nothing was sent
        return tr("audit trail unwritable, not sent");
    case vigie::ApiOutcome::AnswerTooLarge:
        return tr("answer too large");
    case vigie::ApiOutcome::HeldByAnotherStation:
        //: Short reason in a table cell: another Vigie station records this agent, nothing was sent
        return tr("recorded from another station");
    case vigie::ApiOutcome::RegistryUnavailable:
        //: Short reason in a table cell: the shared site registry is down, nothing was sent
        return tr("site registry unreachable, not sent");
    case vigie::ApiOutcome::RefusedByPolicy:
        //: Short reason in a table cell: the works council's recording policy refused it, nothing was sent
        return tr("not allowed by the recording policy");
    default:
        return tr("CXone error");
    }
}
