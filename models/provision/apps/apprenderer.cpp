// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/apps/apprenderer.h"

#include "provision/apps/apprecipe.h"
#include "provision/apps/apprendercontext.h"
#include "provision/apps/apptemplate.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// The KEY=default lines of an .env template (after its conditions) as the env's defaults.
void readDefaults(const QString &text, AppEnv &env)
{
    static const QRegularExpression assignment(u"^([A-Z_][A-Z0-9_]*)=(.*)$"_s);
    for (const QString &line : text.split(u'\n'))
        if (const QRegularExpressionMatch m = assignment.match(line); m.hasMatch())
            env.setDefault(m.captured(1), m.captured(2));
}

QString parentOf(const QString &relative)
{
    const qsizetype slash = relative.lastIndexOf(u'/');
    return slash < 0 ? QString() : relative.left(slash);
}

} // namespace

AppRenderer::AppRenderer(QList<PgCluster> pgClusters, QList<RedisCluster> redisClusters,
                         QHash<QString, QString> secrets)
    : mPgClusters(std::move(pgClusters))
    , mRedisClusters(std::move(redisClusters))
    , mSecrets(std::move(secrets))
{
}

Result<AppStack> AppRenderer::render(const AppGroup &group, const AppDefinition &app) const
{
    const AppRecipe *recipe = AppRecipe::find(app);
    if (!recipe)
        return Error{tr("Stackyard has no template for the app %1").arg(app.name), group.group + u'/' + app.name,
                     tr("Stackyard can provision these apps: %1.").arg(AppRecipe::kinds().join(u", "_s)), {}};
    AppRenderContext context(group, app, mPgClusters, mRedisClusters, mSecrets);
    return renderWith(context, *recipe);
}

QStringList AppRenderer::secretReferences(const AppGroup &group, const AppDefinition &app) const
{
    const AppRecipe *recipe = AppRecipe::find(app);
    if (!recipe)
        return {};
    AppRenderContext context(group, app, mPgClusters, mRedisClusters, mSecrets);
    context.setCollecting(true);
    (void)renderWith(context, *recipe);
    return context.requestedSecrets();
}

Result<AppStack> AppRenderer::renderWith(AppRenderContext &context, const AppRecipe &recipe) const
{
    const AppDefinition &app = context.app();
    static const QRegularExpression directory(u"^/[A-Za-z0-9._@+/-]*[A-Za-z0-9._@+-]$"_s);
    if (!directory.match(app.directory).hasMatch())
        return context.error({},
                             tr("App %1: its directory %2 is not an absolute path Stackyard can use")
                                 .arg(app.name, app.directory),
                             tr("Set dest to a directory like /opt/%1 (letters, digits and . _ - @ +).").arg(app.name));
    AppStack stack;
    stack.app = app.name;
    stack.kind = recipe.kind();
    stack.group = context.group().group;
    stack.host = context.group().address;
    stack.directory = app.directory;
    // Compose's own default for a directory: its name; checked rather than silently changed.
    stack.project = app.directory.section(u'/', -1).toLower();
    static const QRegularExpression project(u"^[a-z0-9][a-z0-9_-]*$"_s);
    if (!project.match(stack.project).hasMatch())
        return context.error({}, tr("App %1: %2 cannot name a compose project").arg(app.name, stack.project),
                             tr("The directory's last part must start with a letter or digit and hold only "
                                "letters, digits, '-' and '_'."));

    recipe.chooseConditions(context);
    for (const AppRecipe::TemplateFile &file : recipe.files()) {
        if (!file.env)
            continue;
        const Result<QString> text = AppTemplate::load(recipe.kind() + u'/' + file.source);
        if (!text)
            return text.error();
        const Result<QString> chosen = AppTemplate::render(*text, context.conditions(), {}, file.source);
        if (!chosen)
            return chosen.error();
        readDefaults(*chosen, context.env());
    }
    if (auto e = context.readConf())
        return *e;
    // The inventory's own file: entries first, so their modes win over Stackyard's defaults.
    if (auto e = context.addInventoryDirectories())
        return *e;
    context.addDirectory(app.directory);
    for (const AppRecipe::TemplateFile &file : recipe.files())
        for (QString parent = parentOf(file.target); !parent.isEmpty(); parent = parentOf(parent))
            context.addDirectory(app.directory + u'/' + parent);
    if (auto e = recipe.prepare(context))
        return *e;
    if (auto e = context.checkEnvValues())
        return *e;
    context.env().markCopiesOfSecrets();
    if (auto e = renderFiles(context, recipe, stack))
        return *e;

    // Parents before children, whatever order they were found in.
    stack.directories = context.directories();
    std::stable_sort(stack.directories.begin(), stack.directories.end(),
                     [](const AppStack::Directory &a, const AppStack::Directory &b) { return a.path < b.path; });
    stack.port = context.env().value(recipe.portKey()).toInt();
    stack.healthUrl = AppRenderContext::url(u"http"_s, {}, {}, stack.host, stack.port, recipe.healthPath());
    stack.localHealthUrl = AppRenderContext::url(u"http"_s, {}, {}, u"127.0.0.1"_s, stack.port, recipe.healthPath());
    stack.checks = dockerChecks();
    setCommands(stack);
    return stack;
}

std::optional<Error> AppRenderer::renderFiles(AppRenderContext &context, const AppRecipe &recipe,
                                              AppStack &stack) const
{
    const QString inventorySection = u"# From the inventory (apps.%1.conf)"_s.arg(context.app().name);
    const QString derivedSection = u"# Derived by Stackyard from the inventory"_s;
    for (const AppRecipe::TemplateFile &file : recipe.files()) {
        const QString source = recipe.kind() + u'/' + file.source;
        const Result<QString> text = AppTemplate::load(source);
        if (!text)
            return text.error();
        const Result<QString> rendered = AppTemplate::render(*text, context.conditions(), context.values(), source);
        if (!rendered)
            return rendered.error();
        AppStack::File out;
        out.path = file.target;
        out.mode = file.mode;
        if (file.env) {
            out.content = context.env().render(*rendered, inventorySection, derivedSection, false).toUtf8();
            out.maskedContent = context.env().render(*rendered, inventorySection, derivedSection, true).toUtf8();
            out.secret = true;
            stack.env = context.env().toStackEntries(*rendered);
        } else {
            out.content = rendered->toUtf8();
        }
        stack.files.append(out);
    }
    return std::nullopt;
}

void AppRenderer::setCommands(AppStack &stack)
{
    const QStringList project{u"--project-name"_s, stack.project, u"--project-directory"_s, stack.directory,
                              u"--file"_s, stack.directory + u"/docker-compose.yml"_s,
                              u"--env-file"_s, stack.directory + u"/.env"_s};
    const QStringList up{u"up"_s, u"-d"_s, u"--remove-orphans"_s};
    const QStringList config{u"config"_s, u"--quiet"_s};
    stack.composeUp = QStringList{u"docker"_s, u"compose"_s} + project + up;
    stack.composeUpLegacy = QStringList{u"docker-compose"_s} + project + up;
    stack.composeConfig = QStringList{u"docker"_s, u"compose"_s} + project + config;
    stack.composeConfigLegacy = QStringList{u"docker-compose"_s} + project + config;
}

QList<AppStack::Check> AppRenderer::dockerChecks()
{
    return {
        {u"docker"_s,
         {{u"docker"_s, u"--version"_s}},
         tr("Docker is installed"),
         tr("Docker is not installed on %1: there is no docker command"),
         tr("Install Docker Engine on the host (Debian: apt-get install docker.io), or run Pigsty's docker.yml "
            "for it.")},
        {u"docker-engine"_s,
         {{u"docker"_s, u"info"_s, u"--format"_s, u"{{.ServerVersion}}"_s}},
         tr("The Docker engine answers"),
         tr("The Docker engine on %1 does not answer: docker info failed"),
         tr("Start it (systemctl start docker) and make sure the SSH user may use it: a member of the docker "
            "group, or ansible_become.")},
        {u"compose"_s,
         {{u"docker"_s, u"compose"_s, u"version"_s}, {u"docker-compose"_s, u"version"_s}},
         tr("docker compose or docker-compose is installed"),
         tr("Neither docker compose nor docker-compose is installed on %1"),
         tr("Install the compose plugin (docker-compose-plugin) or docker-compose on the host.")},
    };
}

} // namespace stackyard
