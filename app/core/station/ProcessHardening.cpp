// SPDX-License-Identifier: Apache-2.0
#include "station/ProcessHardening.h"

#include <QString>
#include <QtGlobal>

#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>

bool ProcessHardening::applyCoreDumpPolicy()
{
    if (qEnvironmentVariable("VIGIE_ALLOW_CORE_DUMPS") == QLatin1String("1")) {
        std::fprintf(stderr, "vigie: VIGIE_ALLOW_CORE_DUMPS=1: a crash may write secrets to disk\n");
        return false;
    }
    const rlimit none { 0, 0 };
    const bool limited = setrlimit(RLIMIT_CORE, &none) == 0;
    // The limit alone does not stop a core handler behind a pipe (systemd-coredump, apport);
    // a process that is not dumpable is not dumped at all (with the default fs.suid_dumpable 0).
    const bool undumpable = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    if (!limited || !undumpable) {
        std::perror("vigie: cannot disable core dumps");
    }
    return limited && undumpable;
}

void ProcessHardening::ignoreConfigurationRedirects()
{
    qunsetenv("XDG_CONFIG_DIRS");
    // libpq's own redirects of the registry's connection: where it goes, as whom, and which server
    // it trusts. PGPASSFILE stays: it is one of the places a station's password may be kept.
    for (const char *variable :
        { "PGHOST", "PGHOSTADDR", "PGPORT", "PGDATABASE", "PGUSER", "PGSERVICE", "PGSERVICEFILE", "PGSYSCONFDIR",
            "PGOPTIONS", "PGSSLMODE", "PGREQUIRESSL", "PGSSLROOTCERT", "PGSSLCRL", "PGSSLCRLDIR", "PGSSLCERT",
            "PGSSLKEY", "PGSSLSNI", "PGREQUIREPEER", "PGGSSENCMODE", "PGTARGETSESSIONATTRS", "PGCONNECT_TIMEOUT" }) {
        qunsetenv(variable);
    }
}
