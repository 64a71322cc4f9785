// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/forms/typedform.h"

#include "inventory/inventory.h"
#include "inventory/inventorydocument.h"
#include "inventory/inventorysession.h"
#include "inventory/variabledefaults.h"
#include "yaml/yamlpointer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QHeaderView>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

std::optional<yaml::Pointer> parsePointer(const QString &pointer)
{
    auto p = yaml::Pointer::parse(pointer.toStdString());
    return p ? std::optional<yaml::Pointer>(*p) : std::nullopt;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &item : v.toArray())
            items << jsonText(item);
        return items.join(u", "_s);
    }
    if (v.isObject())
        return v.toObject().keys().join(u", "_s);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

} // namespace

TypedForm::TypedForm(InventorySession *session, QWidget *parent)
    : FormPage(session, parent)
    , mTitle(new QLabel(this))
    , mHint(new QLabel(this))
    , mBody(new QVBoxLayout)
{
    QFont titleFont = mTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    mTitle->setFont(titleFont);
    mTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mHint->setWordWrap(true);
    mHint->setForegroundRole(QPalette::PlaceholderText);

    auto *content = new QWidget;
    content->setLayout(mBody);
    mBody->setContentsMargins(0, 4, 8, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->viewport()->setAutoFillBackground(false); // the tab's own background, not a grey box
    content->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(mTitle);
    layout->addWidget(mHint);
    layout->addWidget(scroll, 1);
}

QFormLayout *TypedForm::addFormLayout()
{
    // Fields as wide as a value needs, not as the window: a port field across 1,000 pixels
    // reads badly. Tables and lists added to body() take the whole width.
    auto *box = new QWidget;
    box->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto *form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    mBody->addWidget(box);
    return form;
}

void TypedForm::compactRows(QTableView *table)
{
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
}

const Inventory *TypedForm::inventory() const
{
    return session()->isOpen() ? &session()->document()->inventory() : nullptr;
}

int TypedForm::nodeAt(const QString &pointer) const
{
    const Inventory *inv = inventory();
    const auto p = parsePointer(pointer);
    return inv && p && !pointer.isEmpty() ? p->resolve(inv->tree()) : yaml::Tree::npos;
}

bool TypedForm::has(const QString &pointer) const
{
    return nodeAt(pointer) != yaml::Tree::npos;
}

QString TypedForm::scalarAt(const QString &pointer) const
{
    const int i = nodeAt(pointer);
    return i == yaml::Tree::npos ? QString() : QString::fromStdString(inventory()->tree().scalar(i));
}

QStringList TypedForm::namesAt(const QString &pointer) const
{
    QStringList names;
    const int seq = nodeAt(pointer);
    if (seq == yaml::Tree::npos || !inventory()->tree().isSeq(seq))
        return names;
    const yaml::Tree &t = inventory()->tree();
    for (yaml::Tree::Index item : t.node(seq).children)
        names << QString::fromStdString(t.isMap(item) ? t.scalar(t.find(item, "name")) : t.scalar(item));
    return names;
}

QString TypedForm::child(const QString &pointer, const QString &token)
{
    const auto p = parsePointer(pointer);
    return p ? QString::fromStdString(p->child(token.toStdString()).toString()) : QString();
}

QString TypedForm::groupPointer() const
{
    return QString::fromStdString(yaml::Pointer::fromTokens({"all", "children", group().toStdString()}).toString());
}

QString TypedForm::groupVarsPointer() const
{
    return child(groupPointer(), u"vars"_s);
}

QString TypedForm::defaultText(const QString &name)
{
    const VariableDefaults::Entry *entry = VariableDefaults::instance().find(name);
    if (!entry || entry->value.isEmpty())
        return {};
    const QJsonDocument doc = QJsonDocument::fromJson(u"[%1]"_s.arg(entry->value).toUtf8());
    return doc.isArray() && !doc.array().isEmpty() ? jsonText(doc.array().first()) : entry->value;
}

QString TypedForm::inheritedText(const QString &name, bool fromGroup) const
{
    if (fromGroup && has(child(groupVarsPointer(), name)))
        return tr("%1 (group %2)").arg(scalarAt(child(groupVarsPointer(), name)), group());
    if (has(u"/all/vars/"_s + name))
        return tr("%1 (all.vars)").arg(scalarAt(u"/all/vars/"_s + name));
    const QString value = defaultText(name);
    return value.isEmpty() ? tr("not set") : tr("%1 (default)").arg(value);
}

bool TypedForm::check(const Result<bool> &result)
{
    if (!result) {
        report(result.error().what, result.error().where);
        refill(); // show what the document really has
        return false;
    }
    return true;
}

bool TypedForm::writeText(const QString &pointer, const QString &text, bool asString)
{
    const auto p = parsePointer(pointer);
    if (!p || !inventory())
        return false;
    const QString key = QString::fromStdString(p->tokens().empty() ? std::string() : p->tokens().back());
    if (text == scalarAt(pointer) && (has(pointer) || text.isEmpty()))
        return true; // the document already says so
    if (text.isEmpty())
        return removeAt(pointer, tr("Unset %1").arg(key));
    return check(session()->setText(*p, text, asString, tr("Set %1").arg(key)));
}

bool TypedForm::writeValue(const QString &pointer, const YAML::Node &value, const QString &undoText)
{
    const auto p = parsePointer(pointer);
    return p && inventory() && check(session()->setValue(*p, value, undoText));
}

bool TypedForm::removeAt(const QString &pointer, const QString &undoText)
{
    if (!has(pointer))
        return true;
    const auto p = parsePointer(pointer);
    return p && check(session()->removeEntry(*p, undoText));
}

bool TypedForm::addAt(const QString &pointer, const YAML::Node &value, const QString &undoText)
{
    const auto p = parsePointer(pointer);
    return p && inventory() && check(session()->addEntry(*p, value, undoText));
}

QStringList TypedForm::splitList(const QString &text)
{
    QStringList items;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            items << part.trimmed();
    return items;
}

bool TypedForm::writeList(const QString &pointer, const QStringList &items)
{
    const QString key = pointer.section(u'/', -1);
    const int node = nodeAt(pointer);
    if (items == namesAt(pointer) && (items.isEmpty() || inventory()->tree().isSeq(node)))
        return true;
    if (items.isEmpty())
        return removeAt(pointer, tr("Unset %1").arg(key));
    YAML::Node list(YAML::NodeType::Sequence);
    for (const QString &item : items)
        list.push_back(stringNode(item));
    return writeValue(pointer, list, tr("Set %1").arg(key));
}

bool TypedForm::appendTo(const QString &listPointer, const YAML::Node &item, const QString &undoText)
{
    const auto p = parsePointer(listPointer);
    if (!p || !inventory())
        return false;
    const int list = nodeAt(listPointer);
    if (list != yaml::Tree::npos && (inventory()->tree().isSeq(list) || inventory()->tree().node(list).kind
                                                                            == yaml::Tree::Kind::Null))
        return check(session()->addEntry(p->child("-"), item, undoText));
    if (list != yaml::Tree::npos) {
        report(tr("This is not a list"), listPointer);
        return false;
    }
    YAML::Node seq(YAML::NodeType::Sequence);
    seq.push_back(item);
    return check(session()->addEntry(*p, seq, undoText));
}

Qt::CheckState TypedForm::checkStateOf(const QString &scalar, bool present)
{
    static const QStringList yes{u"true"_s, u"True"_s, u"TRUE"_s, u"yes"_s, u"Yes"_s, u"on"_s, u"On"_s, u"y"_s};
    static const QStringList no{u"false"_s, u"False"_s, u"FALSE"_s, u"no"_s, u"No"_s, u"off"_s, u"Off"_s, u"n"_s};
    if (present && yes.contains(scalar))
        return Qt::Checked;
    if (present && no.contains(scalar))
        return Qt::Unchecked;
    return Qt::PartiallyChecked;
}

void TypedForm::showCheck(QCheckBox *box, const QString &pointer) const
{
    box->setTristate(true);
    box->setCheckState(checkStateOf(scalarAt(pointer), has(pointer)));
}

bool TypedForm::writeCheck(const QString &pointer, Qt::CheckState state)
{
    if (state == checkStateOf(scalarAt(pointer), has(pointer)))
        return true;
    if (state == Qt::PartiallyChecked) {
        const QString key = pointer.section(u'/', -1);
        return removeAt(pointer, tr("Unset %1").arg(key));
    }
    return writeText(pointer, state == Qt::Checked ? u"true"_s : u"false"_s, false);
}

YAML::Node TypedForm::stringNode(const QString &text)
{
    YAML::Node node(text.toStdString());
    node.SetTag("!");
    return node;
}

void TypedForm::fillChoices(QComboBox *combo, const QStringList &choices, const QString &current,
                            const QString &unsetText)
{
    combo->clear();
    if (!unsetText.isEmpty())
        combo->addItem(unsetText, QString());
    for (const QString &c : choices)
        combo->addItem(c, c);
    if (!current.isEmpty() && combo->findData(current) < 0)
        combo->addItem(current, current);
    combo->setCurrentIndex(combo->findData(current));
}

void TypedForm::fillEditable(QComboBox *combo, const QStringList &suggestions, const QString &current,
                             const QString &placeholder)
{
    combo->clear();
    combo->addItems(suggestions);
    combo->setCurrentIndex(-1);
    combo->setEditText(current);
    combo->lineEdit()->setPlaceholderText(placeholder);
}

QString TypedForm::choiceOf(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void TypedForm::changeEvent(QEvent *event)
{
    FormPage::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && isVisible())
        refill();
}

void TypedForm::refill()
{
    if (pointer().isEmpty() && group().isEmpty())
        return;
    mFilling = true;
    refresh();
    mFilling = false;
}

} // namespace stackyard
