// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/apprecipe.h"

#include "provision/apps/difyrecipe.h"
#include "provision/apps/openwebuirecipe.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

const QList<const AppRecipe *> &recipes()
{
    static const DifyRecipe dify;
    static const OpenWebUiRecipe openWebUi;
    static const QList<const AppRecipe *> all{&dify, &openWebUi};
    return all;
}

QString normalized(QString name)
{
    name = name.section(u'/', -1).toLower();
    if (name == u"openwebui"_s || name == u"open_webui"_s)
        return u"open-webui"_s;
    return name;
}

} // namespace

const AppRecipe *AppRecipe::find(const AppDefinition &app)
{
    const QString source = app.source;
    const QString wanted = normalized(source.endsWith(u'/') ? source.chopped(1) : source);
    for (const QString &candidate : {wanted, normalized(app.name)})
        for (const AppRecipe *recipe : recipes())
            if (!candidate.isEmpty() && recipe->kind() == candidate)
                return recipe;
    return nullptr;
}

QStringList AppRecipe::kinds()
{
    QStringList out;
    for (const AppRecipe *recipe : recipes())
        out.append(recipe->kind());
    return out;
}

} // namespace stackyard
