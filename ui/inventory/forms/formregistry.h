// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

class QWidget;

namespace stackyard {

class FormPage;
class InventorySession;

// Every form of the Details tab, the most specific first: the panel shows the first form that
// handles the selected item. Adding a form is adding a line here.
QList<FormPage *> createInventoryForms(InventorySession *session, QWidget *parent);

} // namespace stackyard
