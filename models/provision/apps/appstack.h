// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace stackyard {

// A compose app rendered for one host: everything the provisioning engine needs to turn it into
// plan steps, as plain values. Nothing here has touched a host.
//
//   1. checks, in order: each is a step that stops the plan with failure() when its command fails
//   2. directories: create with mode (and owner when set), parents first
//   3. files: write under directory with mode; compare content first, so a second apply
//      rewrites nothing (the render is byte-for-byte deterministic)
//   4. start: composeUp (docker compose plugin) or composeUpLegacy (docker-compose), picked by
//      which alternative of the "compose" check succeeded; `up -d` leaves unchanged services be
//   5. poll healthUrl (from the console) or localHealthUrl (on the host) until it answers 200
struct AppStack
{
    Q_DECLARE_TR_FUNCTIONS(stackyard::AppStack)

public:
    struct File
    {
        QString path;       // relative to AppStack::directory ("docker-compose.yml", ".env", "nginx/nginx.conf")
        QByteArray content;
        int mode = 0644;
        bool secret = false; // holds secrets: show maskedContent, never content, in a preview or log
        QByteArray maskedContent; // content with every secret value replaced by ********
    };
    struct Directory
    {
        QString path;       // absolute
        int mode = 0755;
        QString owner;      // "" = leave as created
    };
    struct EnvEntry
    {
        QString key;        // upper case
        QString value;      // exactly what the containers see (plain text: secrets resolved)
        bool secret = false;
    };
    struct Check
    {
        QString id;                 // "docker", "docker-engine", "compose"
        QList<QStringList> argvs;   // alternatives: the check passes when one of them exits 0
        QString description;        // what it makes sure of
        QString failure;            // why the plan stops when all alternatives fail
        QString hint;               // what the user can do

        // The plan's stop reason, naming the host, with the command's stderr as detail.
        Error failed(const QString &host, const QString &stderrText) const;
    };

    QString app;            // the name under apps: (dify)
    QString kind;           // the template used: dify, open-webui
    QString group;          // the inventory group
    QString host;           // the address the app runs on
    QString directory;      // the compose project directory (/opt/dify)
    QString project;        // the compose project name
    int port = 0;           // published on the host
    QList<Check> checks;
    QList<Directory> directories;
    QList<File> files;
    QList<EnvEntry> env;    // the .env values, in file order
    QStringList composeUp;
    QStringList composeUpLegacy;
    QStringList composeConfig;       // `config --quiet`: validates the files on the host before up
    QStringList composeConfigLegacy;
    QString healthUrl;      // http://<host>:<port><path>
    QString localHealthUrl; // http://127.0.0.1:<port><path>

    const File *file(const QString &path) const;
    QString envValue(const QString &key) const;
    // Every check, directory, file (secrets masked), command and the health URL, for the plan
    // preview. Contains no secret value.
    QString preview() const;
};

} // namespace stackyard
