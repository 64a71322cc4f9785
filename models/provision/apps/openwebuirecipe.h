// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/apps/apprecipe.h"

#include <QCoreApplication>

namespace stackyard {

// Open WebUI (resources/apps/open-webui): one service, its data directory bound at
// /app/backend/data, PostgreSQL (DATABASE_URL, with pgvector for embeddings) and Redis from the
// inventory when the conf names them. Up when /health answers.
class OpenWebUiRecipe : public AppRecipe
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::OpenWebUiRecipe)

public:
    OpenWebUiRecipe();
    void chooseConditions(AppRenderContext &context) const override;
    std::optional<Error> prepare(AppRenderContext &context) const override;

private:
    std::optional<Error> preparePostgres(AppRenderContext &context) const;
};

} // namespace stackyard
