// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "widgets/Banner.h"

class SiteRegistry;

// An amber banner while the site registry cannot be reached: since when, and what it means here
// (other stations' recordings are not shown; starts are refused where the site requires the
// registry). It goes once the registry is back. Never shown on a station without a registry.
class RegistryBanner : public Banner
{
    Q_OBJECT
public:
    explicit RegistryBanner(const SiteRegistry *registry, QWidget *parent = nullptr);

private:
    void retranslate() override;
    void showState();

    const SiteRegistry *m_registry;
};
