// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "cxone/AccessKey.h"

class CxoneSimulator;
class SupervisorSession;

// `vigie --demo --self-test`: proves an installed Vigie works end to end without a display:
// sign in to the embedded simulator, list agents, start one recording, stop it.
namespace DemoSelfTest {
// Returns the process exit code: 0 when every step succeeded. Prints each step.
int run(SupervisorSession *session, CxoneSimulator *simulator, const AccessKey &key);
} // namespace DemoSelfTest
