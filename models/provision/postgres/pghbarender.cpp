// SPDX-License-Identifier: GPL-3.0-or-later
#include "provision/postgres/pghbarender.h"

#include <QCoreApplication>
#include <QHostAddress>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

QString translate(const char *text)
{
    return QCoreApplication::translate("PgHbaRender", text);
}

// Host /32 for a bare address, a CIDR kept as it is.
QString cidr(const QString &address)
{
    return address.contains(u'/') ? address : address + u"/32"_s;
}

struct Method
{
    QString type;   // host or hostssl (local lines are always "local")
    QString method;
};

std::optional<Method> methodOf(const QString &auth, const QString &passwordEncryption)
{
    const QString pwd = passwordEncryption == u"md5"_s ? u"md5"_s : u"scram-sha-256"_s;
    if (auth == u"pwd"_s)
        return Method{u"host"_s, pwd};
    if (auth == u"ssl"_s)
        return Method{u"hostssl"_s, pwd};
    if (auth == u"sha"_s || auth == u"scram-sha-256"_s)
        return Method{u"host"_s, u"scram-sha-256"_s};
    if (auth == u"md5"_s)
        return Method{u"host"_s, u"md5"_s};
    if (auth == u"ssl-sha"_s)
        return Method{u"hostssl"_s, u"scram-sha-256"_s};
    if (auth == u"ssl-md5"_s)
        return Method{u"hostssl"_s, u"md5"_s};
    if (auth == u"cert"_s)
        return Method{u"hostssl"_s, u"cert"_s};
    if (auth == u"trust"_s)
        return Method{u"host"_s, u"trust"_s};
    if (auth == u"deny"_s || auth == u"reject"_s)
        return Method{u"host"_s, u"reject"_s};
    if (auth == u"os"_s || auth == u"ident"_s || auth == u"peer"_s)
        return Method{u"host"_s, u"ident"_s}; // PostgreSQL uses peer for ident on local sockets
    return std::nullopt;
}

QString user(const QString &u, const PgHbaRender::Context &c)
{
    QString out = u;
    out.replace(u"${dbsu}"_s, c.dbsu);
    out.replace(u"${repl}"_s, c.replicationUser);
    out.replace(u"${monitor}"_s, c.monitorUser);
    out.replace(u"${admin}"_s, c.adminUser);
    return out;
}

// The address column of each line a rule becomes; "" stands for a local (socket) line.
std::optional<QStringList> addresses(const QString &addr, const PgHbaRender::Context &c)
{
    if (addr == u"local"_s)
        return QStringList{QString()};
    if (addr == u"localhost"_s)
        return QStringList{QString(), u"127.0.0.1/32"_s, u"::1/128"_s};
    if (addr == u"admin"_s)
        return c.adminIp.isEmpty() ? QStringList() : QStringList{cidr(c.adminIp)};
    if (addr == u"infra"_s || addr == u"cluster"_s) {
        QStringList out;
        for (const QString &a : addr == u"infra"_s ? c.infraAddresses : c.clusterAddresses)
            if (!out.contains(cidr(a)))
                out.append(cidr(a));
        return out;
    }
    if (addr == u"intra"_s || addr == u"intranet"_s)
        return c.intranet;
    if (addr == u"world"_s || addr == u"all"_s)
        return QStringList{u"0.0.0.0/0"_s, u"::/0"_s};
    const QString host = addr.section(u'/', 0, 0);
    if (QHostAddress(host).protocol() != QHostAddress::IPv4Protocol)
        return std::nullopt;
    return QStringList{cidr(addr)};
}

} // namespace

bool PgHbaRender::appliesTo(const PgHbaRule &rule, const Context &context)
{
    if (rule.role.isEmpty() || rule.role == u"default"_s || rule.role == u"common"_s)
        return true;
    if (rule.role == context.instanceRole)
        return true;
    return rule.role == u"offline"_s && context.offlineQuery;
}

Result<QString> PgHbaRender::render(const QList<PgHbaRule> &rules, const Context &context)
{
    QList<const PgHbaRule *> ordered;
    for (const PgHbaRule &r : rules)
        if (appliesTo(r, context))
            ordered.append(&r);
    std::stable_sort(ordered.begin(), ordered.end(), [](const PgHbaRule *a, const PgHbaRule *b) {
        if (a->order.has_value() != b->order.has_value())
            return a->order.has_value(); // ordered rules first
        return a->order.value_or(0) < b->order.value_or(0);
    });

    QString out = u"# pg_hba.conf written by Stackyard for a %1 instance: do not edit by hand,\n"
                  u"# change pg_default_hba_rules / pg_hba_rules in the inventory and provision again.\n"
                  u"# TYPE  DATABASE        USER            ADDRESS                 METHOD\n"_s.arg(context.instanceRole);
    for (const PgHbaRule *r : std::as_const(ordered)) {
        out += u"\n# "_s + (r->title.isEmpty() ? translate("(no title)") : r->title)
               + (r->order ? u" [%1]"_s.arg(*r->order) : QString()) + u'\n';
        if (!r->rules.isEmpty()) {
            for (const QString &line : r->rules) {
                if (line.contains(u'\n'))
                    return Error{translate("A raw HBA line spans several lines"), r->pointer,
                                 translate("Write one pg_hba.conf line per list item."), line};
                out += line + u'\n';
            }
            continue;
        }
        const auto method = methodOf(r->auth, context.passwordEncryption);
        if (!method)
            return Error{translate("Unknown HBA auth '%1'").arg(r->auth), r->pointer,
                         translate("Use pwd, ssl, sha, scram-sha-256, md5, ssl-sha, ssl-md5, cert, trust, deny, reject, os, ident or peer."),
                         {}};
        const auto addrs = addresses(r->addr, context);
        if (!addrs)
            return Error{translate("Unknown HBA address '%1'").arg(r->addr), r->pointer,
                         translate("Use local, localhost, admin, infra, cluster, intra, world or an IPv4 address with an optional /mask."),
                         {}};
        const QString u = user(r->user, context);
        for (const QString &a : *addrs) {
            const bool local = a.isEmpty();
            const QString type = local ? u"local"_s : method->type;
            // Certificates need TCP; ident on a socket is PostgreSQL's peer.
            const QString m = local && method->method == u"cert"_s ? u"reject"_s : method->method;
            out += u"%1 %2 %3 %4 %5\n"_s.arg(type, -7).arg(r->db, -15).arg(u, -15).arg(a, -23).arg(m);
        }
    }
    return out;
}

} // namespace stackyard
