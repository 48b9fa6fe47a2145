// SPDX-License-Identifier: Apache-2.0
#include "launch/RegistryPasswordCommand.h"

#include "credentials/RegistryPasswordStore.h"
#include "launch/TerminalPrompt.h"

#include <QEventLoop>

#include <cstdio>
#include <optional>
#include <unistd.h>

namespace {
std::optional<QString> readPassword(const QString &entry)
{
    std::optional<QByteArray> typed;
    if (isatty(STDIN_FILENO)) {
        TerminalPrompt terminal;
        if (!terminal.isOpen()) {
            std::fprintf(stderr, "vigie: cannot open the terminal to read the registry's password\n");
            return std::nullopt;
        }
        const QByteArray question = "Password of " + entry.toUtf8() + ": ";
        typed = terminal.ask(question.constData(), true);
    } else {
        typed = TerminalPrompt::readLine(STDIN_FILENO);
    }
    if (!typed || typed->isEmpty()) {
        std::fprintf(stderr, "vigie: type the password of the station's role on the site registry\n");
        return std::nullopt;
    }
    QString password = QString::fromUtf8(*typed);
    typed->fill('\0');
    return password;
}
} // namespace

QCommandLineOption RegistryPasswordCommand::commandLineOption()
{
    return QCommandLineOption(kOption,
        QStringLiteral("Ask for the password of the station's role on the site registry ([Registry] in the "
                       "configuration; typed without echo on a terminal, else one line of standard input) and keep "
                       "it in this account's keychain, where the station reads it to connect (an administrator runs "
                       "it once, in the station's account)."));
}

int RegistryPasswordCommand::run(const RegistrySettings &registry)
{
    const QString entry = RegistryPasswordStore::entryFor(registry);
    std::optional<QString> password = readPassword(entry);
    if (!password) {
        return 2;
    }
    RegistryPasswordStore store;
    QEventLoop loop;
    int status = 1;
    QObject::connect(&store, &RegistryPasswordStore::saved, &loop, [&] {
        std::printf("vigie: the password of %s is kept in this account's keychain\n", qPrintable(entry));
        status = 0;
        loop.quit();
    });
    QObject::connect(
        &store, &RegistryPasswordStore::failed, &loop, [&](CredentialStore::Failure, const QString &detail) {
            std::fprintf(stderr, "vigie: the keychain did not keep the registry's password (%s): %s\n",
                qPrintable(entry), qPrintable(detail));
            loop.quit();
        });
    store.save(registry, *password);
    password->fill(QLatin1Char('\0'));
    loop.exec();
    return status;
}
