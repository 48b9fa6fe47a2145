// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/RetryPolicy.h"
#include "cxone/TokenProvider.h"
#include "simulator/CxoneSimulator.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

// A simulator on loopback and a token provider signed in to it: the starting point of most
// core tests. Everything goes over real HTTP.
struct SignedInClient
{
    explicit SignedInClient(const SimulatorOptions &options = {}, bool signIn = true)
        : simulator(std::make_unique<CxoneSimulator>(options))
        , network(std::make_unique<QNetworkAccessManager>())
        , tokens(std::make_unique<TokenProvider>(network.get()))
    {
        if (!simulator->start()) {
            qFatal("the simulator could not listen on loopback");
        }
        tokens->setEnvironment(environment());
        if (signIn) {
            signInWith({ options.demoKeyId, options.demoKeySecret });
        }
    }

    CxoneEnvironment environment() const
    {
        CxoneEnvironment environment;
        environment.issuer = simulator->baseUrl();
        environment.clientId = simulator->options().clientId;
        environment.clientSecret = simulator->options().clientSecret;
        environment.requestTimeoutMs = 3000;
        return environment;
    }

    bool signInWith(const AccessKey &key)
    {
        QSignalSpy signedIn(tokens.get(), &TokenProvider::signedIn);
        QSignalSpy failed(tokens.get(), &TokenProvider::signInFailed);
        tokens->signIn(key);
        return QTest::qWaitFor([&] { return signedIn.count() + failed.count() > 0; }, 5000) && signedIn.count() == 1;
    }

    std::unique_ptr<CxoneSimulator> simulator;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<TokenProvider> tokens;
};

// Retries in tests must not make the suite slow: same bounds, shorter waits.
inline RetryPolicy fastRetries(int maxAttempts = 4)
{
    RetryPolicy policy;
    policy.maxAttempts = maxAttempts;
    policy.baseDelayMs = 20;
    policy.maxDelayMs = 100;
    return policy;
}
