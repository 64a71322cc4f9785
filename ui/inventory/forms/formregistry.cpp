// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/formregistry.h"

#include "inventory/forms/pgclusterform.h"
#include "inventory/forms/pgdatabaseform.h"
#include "inventory/forms/pginstanceform.h"
#include "inventory/forms/pgsectionform.h"
#include "inventory/forms/pguserform.h"
#include "inventory/forms/redisform.h"
#include "inventory/forms/variablesform.h"

namespace stackyard {

QList<FormPage *> createInventoryForms(InventorySession *session, QWidget *parent)
{
    return {
        new PgClusterForm(session, parent),   // a PostgreSQL cluster's group vars
        new PgInstanceForm(session, parent),  // a PostgreSQL instance's host vars
        new PgUserForm(session, parent),      // an item of pg_users
        new PgDatabaseForm(session, parent),  // an item of pg_databases
        new PgSectionForm(session, parent),   // Users, Databases, HBA rules sections; HBA rules
        new RedisForm(session, parent),       // a Redis cluster, node or instance
        new VariablesForm(session, parent),   // the fallback: clusters, hosts, all.vars
    };
}

} // namespace stackyard
