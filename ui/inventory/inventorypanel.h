// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include "shell/panel.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedLayout;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QToolButton;
class QTreeView;
class QPushButton;
class QFrame;

namespace stackyard {

class EmptyState;
class FindingsModel;
class FormPage;
class InventorySession;
class InventoryTreeModel;
class YamlView;

// The inventory editor: a tree of clusters by kind (filterable, marked with findings), typed
// forms for the selected item, the raw YAML with highlighting and underlined findings, and the
// problems list. Every edit goes through the session's undo stack.
class InventoryPanel : public Panel
{
    Q_OBJECT

public:
    InventoryPanel(InventorySession *session, const ShellActions &actions, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    void setInventory(const InventoryOverview *overview) override;

    QTreeView *tree() const { return mTree; }
    YamlView *yamlView() const { return mYaml; }
    QTabWidget *tabs() const { return mTabs; }
    QTableView *problems() const { return mProblems; }
    QLineEdit *filter() const { return mFilter; }
    FormPage *currentForm() const;
    // "Test all hosts…": checks every host of the open inventory (TestAllHostsDialog).
    QAction *testAllHostsAction() const { return mTestAllHosts; }
    void testAllHosts();
    // Selects the tree item of pointer (or its nearest ancestor) and shows its form.
    void select(const QString &pointer);
    // Shows a message above the editor (failed edits, outside changes); empty hides it.
    void showMessage(const QString &text, bool offerReload = false);

    // Asks to provision the selected tree item (a cluster, user, database or host): false when it
    // is nothing that can be provisioned.
    bool provisionCurrent();

signals:
    // "Provision…" from the tree's context menu: a cluster (group), optionally one of its users,
    // databases or hosts.
    void provisionRequested(const QString &cluster, const QString &user, const QString &database, const QString &host);

protected:
    void retranslate() override;

private:
    void rebuildTree();
    struct ProvisionTarget
    {
        QString cluster, user, database, host;
        QString label; // "Provision user app…"
    };
    std::optional<ProvisionTarget> provisionTargetAt(const QModelIndex &index) const;
    void showTreeMenu(const QPoint &position);
    void updateProvisionButton();
    void showSelected();
    void jumpToFinding(const QModelIndex &index);
    void updateProblemsSummary();

    InventorySession *mSession;
    QStackedLayout *mStack;
    EmptyState *mEmpty;
    QWidget *mContent;
    QLineEdit *mFilter;
    QAction *mTestAllHosts;
    QToolButton *mTestAllHostsButton;
    QToolButton *mProvisionButton; // "Provision…" the selected item (icon only, beside Test all hosts)
    QFrame *mMessageBar;
    QLabel *mMessage;
    QPushButton *mReload;
    QTreeView *mTree;
    InventoryTreeModel *mModel;
    QSortFilterProxyModel *mFilterModel;
    QTabWidget *mTabs;
    QStackedWidget *mForms;
    QLabel *mNoSelection;
    QList<FormPage *> mFormPages;
    YamlView *mYaml;
    QLabel *mProblemsSummary;
    QTableView *mProblems;
    FindingsModel *mFindings;
    QString mSelectedPointer;
    bool mRebuildPending = false;
};

} // namespace stackyard
