// SPDX-License-Identifier: Apache-2.0
#include "launch/ProxyCredentialsCommand.h"

#include "credentials/ProxyCredentialStore.h"
#include "launch/TerminalPrompt.h"

#include <QEventLoop>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {
struct Credentials
{
    QString user;
    QString password;
};

std::optional<Credentials> readCredentials(const QString &proxy)
{
    std::optional<QByteArray> user;
    std::optional<QByteArray> password;
    if (isatty(STDIN_FILENO)) {
        TerminalPrompt terminal;
        if (!terminal.isOpen()) {
            std::fprintf(stderr, "vigie: cannot open the terminal to read the proxy's credentials\n");
            return std::nullopt;
        }
        const QByteArray question = "User name for the proxy " + proxy.toUtf8() + ": ";
        user = terminal.ask(question.constData(), false);
        password = user ? terminal.ask("Password: ", true) : std::nullopt;
    } else {
        user = TerminalPrompt::readLine(STDIN_FILENO);
        password = user ? TerminalPrompt::readLine(STDIN_FILENO) : std::nullopt;
    }
    if (!user || !password || user->trimmed().isEmpty() || password->isEmpty()) {
        std::fprintf(stderr, "vigie: type the proxy's user name, then its password\n");
        if (password) {
            password->fill('\0');
        }
        return std::nullopt;
    }
    Credentials credentials { QString::fromUtf8(user->trimmed()), QString::fromUtf8(*password) };
    password->fill('\0');
    return credentials;
}
} // namespace

QCommandLineOption ProxyCredentialsCommand::commandLineOption()
{
    return QCommandLineOption(kOption,
        QStringLiteral("Ask for the user name and password the proxy to CXone wants (typed without echo on a "
                       "terminal, else two lines of standard input) and keep them in this account's keychain for "
                       "every supervisor of the station (a kiosk's administrator runs it once, in the station's "
                       "account)."));
}

int ProxyCredentialsCommand::run(const QString &proxy)
{
    if (proxy.isEmpty()) {
        std::fprintf(stderr,
            "vigie: this station reaches CXone without a proxy ([Network] Proxy= or the system's proxy settings): "
            "there are no proxy credentials to store\n");
        return 2;
    }
    std::optional<Credentials> credentials = readCredentials(proxy);
    if (!credentials) {
        return 2;
    }
    // The station's entry, whatever supervisor signs in: never the supervisors' own.
    ProxyCredentialStore store(ProxyCredentialStore::kStationService, ProxyCredentialStore::kStationService);
    QEventLoop loop;
    int status = 1;
    QObject::connect(&store, &ProxyCredentialStore::saved, &loop, [&] {
        std::printf("vigie: the credentials for the proxy %s are kept in this account's keychain\n", qPrintable(proxy));
        status = 0;
        loop.quit();
    });
    QObject::connect(
        &store, &ProxyCredentialStore::failed, &loop, [&](CredentialStore::Failure, const QString &detail) {
            std::fprintf(stderr, "vigie: the keychain did not keep the proxy's credentials: %s\n", qPrintable(detail));
            loop.quit();
        });
    store.save(proxy, credentials->user, credentials->password);
    credentials->password.fill(QLatin1Char('\0'));
    loop.exec();
    return status;
}
