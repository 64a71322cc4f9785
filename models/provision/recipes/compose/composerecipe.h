// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "provision/plan.h"
#include "provision/planrequest.h"

namespace stackyard {

// Turns an app group of the inventory (docker_enabled, apps: {dify: …, open-webui: …}) into a
// plan: Docker, its engine and compose must be there (else the plan stops at that check with the
// reason), the data and project folders, the rendered compose files (.env 0600, secrets masked in
// the preview), `compose config` then `up -d` when a file changed or a service is not running,
// and the app's health URL polled from the host until it answers.
class ComposeRecipe
{
public:
    static Result<Plan> plan(const PlanRequest &request);
};

} // namespace stackyard
