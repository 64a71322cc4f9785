// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "provision/apps/apprendercontext.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace stackyard {

// What Stackyard knows about one kind of compose app: its template files (resources/apps/<kind>),
// the settings that decide which parts of them apply, and how the inventory's values become its
// .env. Adding an app is adding a recipe and its template folder.
class AppRecipe
{
public:
    struct TemplateFile
    {
        QString source;     // under :/apps/<kind>/
        QString target;     // under the app directory
        int mode = 0644;
        bool env = false;   // the .env template (KEY=default lines), rendered by AppEnv
    };

    // What a recipe is, as data: its template folder and files, the env key of the port it
    // publishes, and the path that answers 200 once the app is up.
    struct Description
    {
        QString kind;
        QList<TemplateFile> files;
        QString portKey;
        QString healthPath;
    };

    explicit AppRecipe(Description description) : mDescription(std::move(description)) {}
    virtual ~AppRecipe() = default;

    const QString &kind() const { return mDescription.kind; }
    const QList<TemplateFile> &files() const { return mDescription.files; }
    const QString &portKey() const { return mDescription.portKey; }
    const QString &healthPath() const { return mDescription.healthPath; }

    // The template conditions (#@if) this app's inventory values select; decided before the
    // templates are read, from the typed view alone.
    virtual void chooseConditions(AppRenderContext &context) const = 0;
    // After the template defaults and the conf are in the env: derive the rest, check values,
    // set the template values and the data directories.
    virtual std::optional<Error> prepare(AppRenderContext &context) const = 0;

    // The recipe for an app: by the basename of its src, else by its name (dify, open-webui).
    static const AppRecipe *find(const AppDefinition &app);
    static QStringList kinds();

private:
    Description mDescription;
};

} // namespace stackyard
