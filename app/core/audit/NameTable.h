// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

// The fixed names of an enum's values as the audit trail spells them, in one constexpr table of
// (value, name) pairs read both ways: the trail is written with the names and read back by them.
template <typename Enum, std::size_t Size> using NameTable = std::array<std::pair<Enum, const char *>, Size>;

template <typename Enum, std::size_t Size> QString nameIn(const NameTable<Enum, Size> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value) {
            return QLatin1String(name);
        }
    }
    return {};
}

template <typename Enum, std::size_t Size>
std::optional<Enum> valueNamed(const NameTable<Enum, Size> &names, QStringView text)
{
    for (const auto &[value, name] : names) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}
