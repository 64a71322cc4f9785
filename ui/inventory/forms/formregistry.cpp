// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/formregistry.h"

#include "inventory/forms/variablesform.h"

namespace stackyard {

QList<FormPage *> createInventoryForms(InventorySession *session, QWidget *parent)
{
    return {
        new VariablesForm(session, parent), // the fallback: clusters, hosts, all.vars
    };
}

} // namespace stackyard
