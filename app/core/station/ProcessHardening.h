// SPDX-License-Identifier: Apache-2.0
#pragma once

// What Vigie asks of the kernel before it holds any secret.
namespace ProcessHardening {
// A core dump would write the access token and the key's secret to disk. Marks the process not
// dumpable (which also keeps other processes of the user from reading its memory) and sets the
// core size limit to 0, unless VIGIE_ALLOW_CORE_DUMPS=1 asks for dumps to debug a crash.
// Returns false when core dumps stay possible.
bool applyCoreDumpPolicy();
// The administrator's system-wide configuration binds every launch (LaunchOptions), so it must be
// the file the administrator wrote: Qt would look for it in XDG_CONFIG_DIRS, which whoever
// launches Vigie can point anywhere. Dropped before anything reads a setting; Qt then uses the
// system's folder (/etc/xdg). So are libpq's variables that would send the site registry's
// connection, and the password the keychain gives it, to another server than the file names.
void ignoreConfigurationRedirects();
} // namespace ProcessHardening
