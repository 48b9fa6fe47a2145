// SPDX-License-Identifier: Apache-2.0
#include "launch/KeptRegistryPassword.h"

#include "credentials/RegistryPasswordStore.h"
#include "registry/SiteRegistry.h"

#include <QEventLoop>
#include <QTimer>

QString KeptRegistryPassword::read(const RegistrySettings &registry)
{
    RegistryPasswordStore store;
    QEventLoop loop;
    QString password;
    QObject::connect(&store, &RegistryPasswordStore::loaded, &loop, [&](const QString &kept) {
        password = kept;
        loop.quit();
    });
    QObject::connect(&store, &RegistryPasswordStore::notFound, &loop, &QEventLoop::quit);
    QObject::connect(&store, &RegistryPasswordStore::failed, &loop, &QEventLoop::quit);
    QTimer::singleShot(SiteRegistry::kPasswordWaitMs, &loop, &QEventLoop::quit);
    store.load(registry);
    loop.exec();
    return password;
}
