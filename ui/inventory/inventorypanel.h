// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shell/panel.h"

class QLabel;
class QSplitter;
class QStackedLayout;
class QTreeView;

namespace stackyard {

class CodeEditor;
class EmptyState;
class InventoryTreeModel;

// The open inventory: its groups and hosts as a tree, and the file as highlighted YAML.
// Without an inventory it offers to open one or the sample.
class InventoryPanel : public Panel
{
    Q_OBJECT

public:
    explicit InventoryPanel(const ShellActions &actions, QWidget *parent = nullptr);

    QString title() const override;
    QString iconName() const override;
    void setInventory(const InventoryOverview *overview) override;

    QTreeView *tree() const { return mTree; }
    CodeEditor *yamlView() const { return mYaml; }

protected:
    void retranslate() override;
    void changeEvent(QEvent *event) override;

private:
    QStackedLayout *mStack;
    EmptyState *mEmpty;
    QWidget *mContent;
    QLabel *mSummary;
    QTreeView *mTree;
    CodeEditor *mYaml;
    QObject *mHighlighter;
    InventoryTreeModel *mModel;
    const InventoryOverview *mOverview = nullptr;
};

} // namespace stackyard
