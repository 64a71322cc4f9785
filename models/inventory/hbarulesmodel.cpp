// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/hbarulesmodel.h"

#include "yaml/yamlpointer.h"

using namespace Qt::StringLiterals;

namespace stackyard {

HbaRulesModel::HbaRulesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString HbaRulesModel::fieldName(int column)
{
    static const char *const names[ColumnCount] = {"user", "db", "addr", "auth", "title", "order", "role"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(names[column]) : QString();
}

void HbaRulesModel::clear()
{
    beginResetModel();
    mRules.clear();
    endResetModel();
}

void HbaRulesModel::setRules(const Inventory &inventory, yaml::Tree::Index list)
{
    beginResetModel();
    mRules.clear();
    const yaml::Tree &t = inventory.tree();
    if (t.isSeq(list)) {
        for (yaml::Tree::Index item : t.node(list).children) {
            Rule rule;
            rule.pointer = QString::fromStdString(yaml::Pointer::of(t, item).toString());
            rule.isMap = t.isMap(item);
            for (int c = 0; c < ColumnCount && rule.isMap; ++c) {
                const yaml::Tree::Index v = t.find(item, fieldName(c).toStdString());
                rule.set[c] = v != yaml::Tree::npos;
                rule.values[c] = QString::fromStdString(t.scalar(v));
            }
            const yaml::Tree::Index raw = rule.isMap ? t.find(item, "rules") : yaml::Tree::npos;
            if (t.isSeq(raw)) {
                QStringList lines;
                for (yaml::Tree::Index line : t.node(raw).children)
                    lines << QString::fromStdString(t.scalar(line));
                rule.rawLines = lines.join(u'\n');
            }
            mRules.append(rule);
        }
    }
    endResetModel();
}

int HbaRulesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(mRules.size());
}

int HbaRulesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HbaRulesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= mRules.size())
        return {};
    const Rule &r = mRules.at(index.row());
    const int c = index.column();
    const bool rawColumn = c <= AuthColumn && !r.rawLines.isEmpty();
    switch (role) {
    case Qt::DisplayRole:
        if (rawColumn)
            return c == UserColumn ? tr("(raw lines)") : QString();
        return r.values[c];
    case Qt::EditRole:
        return r.values[c];
    case Qt::ToolTipRole:
        if (!r.rawLines.isEmpty())
            return r.rawLines;
        if (!r.set[c]) {
            switch (c) {
            case UserColumn:
            case DbColumn:
                return tr("Not set: all");
            case AuthColumn:
                return tr("Not set: pwd");
            case OrderColumn:
                return tr("Not set: after every rule that has an order");
            case RoleColumn:
                return tr("Not set: default (every instance)");
            default:
                return {};
            }
        }
        return r.pointer + u'/' + fieldName(c);
    case PointerRole:
        return r.pointer;
    case IsSetRole:
        return r.set[c];
    default:
        return {};
    }
}

bool HbaRulesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    const Rule &r = mRules.at(index.row());
    if (text == r.values[index.column()])
        return false; // nothing changed: nothing to write
    emit fieldEdited(index.row(), fieldName(index.column()), text); // the session applies it; we are refilled
    return true;
}

Qt::ItemFlags HbaRulesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || index.row() >= mRules.size())
        return f;
    const Rule &r = mRules.at(index.row());
    if (r.isMap && (r.rawLines.isEmpty() || index.column() > AuthColumn))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant HbaRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case DbColumn:
        return tr("Database");
    case AddrColumn:
        return tr("Address");
    case AuthColumn:
        return tr("Auth");
    case TitleColumn:
        return tr("Title");
    case OrderColumn:
        return tr("Order");
    case RoleColumn:
        return tr("Role");
    default:
        return {};
    }
}

} // namespace stackyard
