// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "session/SupervisorSession.h"
#include "shell/LanguageSwitcher.h"
#include "signin/SignInFlow.h"
#include "support/SignedInClient.h"
#include "window/MainWindow.h"

#include <QTableView>
#include <QTemporaryDir>

// A demo tenant whose every team has NICE screen recording on: GUI tests that are not about that
// flag then never meet the question Vigie asks before recording a team where it is off.
inline SimulatorOptions everyTeamRecording(SimulatorOptions options = {})
{
    options.teamWithoutScreenRecording.clear();
    return options;
}

// The real main window over a real session, against a simulator on loopback: what a GUI test
// drives. Files (ledger, audit trail) live in the given directory.
struct VigieWindow
{
    std::unique_ptr<CxoneSimulator> simulator;
    std::unique_ptr<SupervisorSession> session;
    std::unique_ptr<LanguageSwitcher> languages;
    std::unique_ptr<MainWindow> window;
    // The administrator's scope for the next open().
    ScopeSettings scope;
    // The works council's policy for the next open(), as [Policy] would set it.
    RecordingPolicy policy;
    // The language the next open() starts in, as --language would.
    QString language = QStringLiteral("en");

    bool open(const QString &directory, MainWindow::Options windowOptions, bool signInAutomatically,
        const SimulatorOptions &options = {}, quint16 port = 0)
    {
        simulator = std::make_unique<CxoneSimulator>(options);
        if (!simulator->start(port)) {
            return false;
        }
        return openOnSimulator(directory, windowOptions, signInAutomatically);
    }

    // Vigie quit and launched again on the same files, against the same CXone: what the ledger
    // kept is all the new window knows.
    bool relaunch(const QString &directory, MainWindow::Options windowOptions)
    {
        window.reset();
        session.reset();
        languages.reset();
        return openOnSimulator(directory, windowOptions, true);
    }

    bool openOnSimulator(const QString &directory, MainWindow::Options windowOptions, bool signInAutomatically)
    {
        const SimulatorOptions &options = simulator->options();
        CxoneEnvironment environment;
        environment.issuer = simulator->baseUrl();
        environment.clientId = options.clientId;
        environment.clientSecret = options.clientSecret;
        environment.requestTimeoutMs = 3000;
        session = std::make_unique<SupervisorSession>(
            environment, directory + QStringLiteral("/ledger.json"), directory + QStringLiteral("/audit.jsonl"));
        session->client()->setRetryPolicy(fastRetries());
        session->setScopeSettings(scope);
        session->usePolicy(policy);
        session->tracker()->restore();
        languages = std::make_unique<LanguageSwitcher>();
        languages->apply(language);
        window = std::make_unique<MainWindow>(session.get(), languages.get(), windowOptions);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get())) {
            return false;
        }
        const std::optional<AccessKey> key = signInAutomatically
            ? std::optional<AccessKey>({ options.demoKeyId, options.demoKeySecret })
            : std::nullopt;
        window->signInFlow()->begin(key);
        return !signInAutomatically
            || QTest::qWaitFor([this] { return agentTable()->model()->rowCount() > 0 || listsNobody(); }, 10000);
    }

    // The directory has answered, and the scope lists nobody.
    bool listsNobody() const
    {
        const SupervisorScope::Problem problem = session->directory()->scope().problem();
        return problem != SupervisorScope::Problem::None && problem != SupervisorScope::Problem::NotResolved;
    }

    void close()
    {
        window.reset();
        session.reset();
        languages.reset();
        simulator.reset();
    }

    template <typename Widget> Widget *widget(const char *objectName) const
    {
        auto *found = window->findChild<Widget *>(QLatin1String(objectName));
        if (!found) {
            qFatal("no widget named %s", objectName);
        }
        return found;
    }

    QTableView *agentTable() const { return widget<QTableView>("agentTable"); }
};
