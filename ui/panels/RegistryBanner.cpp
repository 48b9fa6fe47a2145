// SPDX-License-Identifier: Apache-2.0
#include "panels/RegistryBanner.h"

#include "registry/SiteRegistry.h"
#include "text/Formatting.h"

RegistryBanner::RegistryBanner(const SiteRegistry *registry, QWidget *parent)
    : Banner(QColor(0xfc, 0xe8, 0xb2), parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("registryBanner"));
    connect(registry, &SiteRegistry::availabilityChanged, this, &RegistryBanner::showState);
    retranslate();
}

void RegistryBanner::showState()
{
    if (!m_registry->isDown()) {
        showMessage({});
        return;
    }
    const QString since = Formatting::timeOfDay(m_registry->downSinceUtc());
    const QString message = m_registry->requiredForStart()
        ? tr("The site registry cannot be reached since %1 (%2). Recordings started by other stations are not "
             "shown, and this station starts no recording until it is back.")
        : tr("The site registry cannot be reached since %1 (%2). Recordings started by other stations are not "
             "shown; what this station does is kept and sent when it is back.");
    showMessage(message.arg(since, m_registry->problem()));
}

void RegistryBanner::retranslate()
{
    //: Accessible description of the banner shown while the shared site registry is unreachable
    setAccessibleDescription(tr("Site registry unreachable"));
    showState();
}
