// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/apps/apprecipe.h"

#include <QCoreApplication>

namespace stackyard {

// Dify (resources/apps/dify): api, worker, worker_beat, web, sandbox, plugin_daemon, ssrf_proxy
// and nginx, with PostgreSQL and pgvector from the inventory and Redis from the inventory or as
// the stack's own service. Published by nginx on DIFY_PORT; up when /console/api/ping answers.
class DifyRecipe : public AppRecipe
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::DifyRecipe)

public:
    DifyRecipe();
    void chooseConditions(AppRenderContext &context) const override;
    std::optional<Error> prepare(AppRenderContext &context) const override;

private:
    std::optional<Error> preparePostgres(AppRenderContext &context) const;
    std::optional<Error> prepareRedis(AppRenderContext &context) const;
    void prepareUrls(AppRenderContext &context) const;
    std::optional<Error> prepareNginx(AppRenderContext &context) const;
};

} // namespace stackyard
