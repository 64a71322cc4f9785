// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "inventory/views/pgcluster.h"

#include <QString>
#include <QStringList>

namespace stackyard {

// Renders pg_hba.conf for one instance from Pigsty-style HBA rules (pg_default_hba_rules, then
// pg_hba_rules), with Pigsty's semantics: rules sort by `order` (stable; rules without one
// after all ordered ones), `role` picks the instances a rule applies to, address aliases
// expand (local, localhost, admin, infra, cluster, intra/intranet, world/all, a.b.c.d[/n]),
// user aliases ${dbsu} ${repl} ${monitor} ${admin} resolve, and auth aliases map to methods
// (pwd → scram-sha-256 or md5 by pg_pwd_enc, ssl → hostssl, os/ident/peer → ident…).
class PgHbaRender
{
public:
    struct Context
    {
        QString dbsu = QStringLiteral("postgres");
        QString replicationUser = QStringLiteral("replicator");
        QString monitorUser = QStringLiteral("dbuser_monitor");
        QString adminUser = QStringLiteral("dbuser_dba");
        QString passwordEncryption = QStringLiteral("scram-sha-256");
        QString adminIp;            // all.vars.admin_ip
        QStringList infraAddresses; // hosts of the infra group
        QStringList clusterAddresses; // every member of this cluster
        QStringList intranet;       // node_firewall_intranet CIDRs
        QString instanceRole;       // pg_role of the instance rendered for
        bool offlineQuery = false;  // pg_offline_query of that instance
    };

    // The file's text. An Error names the rule (its pointer) that cannot be rendered.
    static Result<QString> render(const QList<PgHbaRule> &rules, const Context &context);
    // Whether rule applies to an instance with this role.
    static bool appliesTo(const PgHbaRule &rule, const Context &context);
};

} // namespace stackyard
