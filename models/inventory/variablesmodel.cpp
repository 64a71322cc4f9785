// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/variablesmodel.h"

#include "yaml/yamlpointer.h"

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

const QString kMasked = u"••••••••"_s;

bool isReference(const QString &value)
{
    return value.startsWith(u"${secret:"_s);
}

} // namespace

VariablesModel::VariablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void VariablesModel::clear()
{
    beginResetModel();
    mRows.clear();
    endResetModel();
}

void VariablesModel::setMapping(const Inventory &inventory, yaml::Tree::Index node)
{
    beginResetModel();
    mRows.clear();
    const yaml::Tree &t = inventory.tree();
    if (t.isMap(node)) {
        for (std::size_t e = 0; e < t.entryCount(node); ++e) {
            const yaml::Tree::Index v = t.valueAt(node, e);
            Row row;
            row.name = QString::fromStdString(t.scalar(t.keyAt(node, e)));
            if (t.isScalar(v)) {
                row.value = QString::fromStdString(t.scalar(v));
            } else if (t.node(v).kind != yaml::Tree::Kind::Null) {
                const std::string_view src = t.source(v);
                row.value = QString::fromUtf8(src.data(), qsizetype(src.size()));
            }
            row.pointer = QString::fromStdString(yaml::Pointer::of(t, v).toString());
            row.secret = EffectiveVariables::isSecretName(row.name);
            mRows.append(row);
        }
    }
    endResetModel();
}

QString VariablesModel::nameAt(int row) const
{
    return row >= 0 && row < mRows.size() ? mRows.at(row).name : QString();
}

int VariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRows.size());
}

int VariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VariablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRows.size())
        return {};
    const Row &r = mRows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return r.name;
        return r.secret && !r.value.isEmpty() && !isReference(r.value) ? kMasked : r.value;
    case Qt::EditRole:
        return index.column() == NameColumn ? r.name : r.value;
    case Qt::ToolTipRole:
        return r.pointer;
    case PointerRole:
        return r.pointer;
    case SecretRole:
        return r.secret;
    default:
        return {};
    }
}

bool VariablesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.column() != ValueColumn)
        return false;
    const QString text = value.toString();
    if (text == mRows.at(index.row()).value)
        return false;
    emit valueEdited(mRows.at(index.row()).name, text); // the session applies it; we are refilled
    return true;
}

Qt::ItemFlags VariablesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant VariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == NameColumn ? tr("Variable") : tr("Value");
}

EffectiveVariablesModel::EffectiveVariablesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EffectiveVariablesModel::setVariables(const QList<EffectiveVariable> &variables)
{
    beginResetModel();
    mVariables = variables;
    endResetModel();
}

int EffectiveVariablesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mVariables.size());
}

int EffectiveVariablesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EffectiveVariablesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mVariables.size())
        return {};
    const EffectiveVariable &v = mVariables.at(index.row());
    if (role == Qt::ToolTipRole) {
        if (v.overrides.isEmpty())
            return v.pointer.isEmpty() ? QVariant() : v.pointer;
        return tr("Overrides: %1").arg(v.overrides.join(u", "_s));
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return v.name;
    case ValueColumn:
        return v.secret && !v.value.isEmpty() && !isReference(v.value) ? kMasked : v.value;
    case SourceColumn:
        switch (v.source) {
        case EffectiveVariable::Source::Host:
            return tr("host (%1, line %2)").arg(v.origin).arg(v.line);
        case EffectiveVariable::Source::Group:
            return tr("group %1, line %2").arg(v.origin).arg(v.line);
        case EffectiveVariable::Source::Global:
            return tr("all.vars, line %1").arg(v.line);
        case EffectiveVariable::Source::Default:
            break;
        }
        return tr("default");
    default:
        return {};
    }
}

QVariant EffectiveVariablesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Variable");
    case ValueColumn:
        return tr("Effective value");
    case SourceColumn:
        return tr("Source");
    default:
        return {};
    }
}

} // namespace stackyard
