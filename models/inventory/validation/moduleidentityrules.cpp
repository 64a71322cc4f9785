// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/moduleidentityrules.h"

#include "inventory/validation/namerules.h"
#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;
constexpr Index npos = ValidationContext::npos;

} // namespace

void ModuleIdentityRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    const Index global = t.find(ctx.allVars(), "minio_cluster");
    if (global != npos)
        ctx.error(t.findKey(ctx.allVars(), "minio_cluster"), u"minio.cluster-global"_s,
            QCoreApplication::translate("Validator",
                "minio_cluster cannot be set in all.vars: set it in the vars of the "
                "MinIO group."));
    for (const ValidationContext::VarsSite &site : ctx.varsSites()) {
        const Index type = t.find(site.map, "minio_type");
        if (type != npos && t.scalar(type) != "silo")
            ctx.error(type, u"minio.type"_s,
                QCoreApplication::translate("Validator", "minio_type '%1' is not supported: it must be silo.")
                    .arg(ctx.shown(type)));
    }

    const auto &groups = ctx.groups();
    for (int g = 0; g < int(groups.size()); ++g) {
        const ValidationContext::Group &group = groups[std::size_t(g)];
        if (group.modules & ValidationContext::Minio) {
            const Index cluster = ctx.groupVar(g, "minio_cluster");
            if (cluster == npos) {
                if (!ctx.mayHide(g, npos))
                    ctx.error(group.key, u"minio.cluster"_s,
                        QCoreApplication::translate("Validator",
                            "MinIO group '%1' has no minio_cluster: set it in the group's "
                            "vars.")
                            .arg(QString::fromStdString(group.name)));
            } else if (!t.isScalar(cluster) || t.scalar(cluster).empty()) {
                ctx.error(cluster, u"minio.cluster"_s,
                    QCoreApplication::translate("Validator", "minio_cluster must be a non-empty name."));
            } else {
                NameRules::check(ctx, cluster, NameRules::Kind::Cluster);
            }
            checkSeq(ctx, g, "minio_seq", u"minio.seq"_s);
        }
        if (group.modules & ValidationContext::Etcd)
            checkSeq(ctx, g, "etcd_seq", u"etcd.seq"_s);
        if (group.modules & ValidationContext::Infra)
            checkSeq(ctx, g, "infra_seq", u"infra.seq"_s);
        const Index etcdCluster = t.find(group.vars, "etcd_cluster");
        if (etcdCluster != npos && group.name != "etcd")
            ctx.warning(t.findKey(group.vars, "etcd_cluster"), u"etcd.group"_s,
                QCoreApplication::translate("Validator",
                    "etcd_cluster is set in group '%1', but Pigsty runs etcd only on "
                    "the group named etcd.")
                    .arg(QString::fromStdString(group.name)));
    }
}

void ModuleIdentityRules::checkSeq(ValidationContext &ctx, int g, std::string_view var, const QString &rule)
{
    const yaml::Tree &t = ctx.tree();
    const ValidationContext::Group &group = ctx.groups()[std::size_t(g)];
    if (group.hosts == npos)
        return;
    const QString name = QString::fromUtf8(var.data(), qsizetype(var.size()));
    for (std::size_t e = 0; e < t.entryCount(group.hosts); ++e) {
        const Index hostKey = t.keyAt(group.hosts, e);
        const Index seq = ctx.lookup(g, t.valueAt(group.hosts, e), var);
        const auto value = ScalarChecks::integer(t, seq);
        if (seq == npos && !ctx.mayHide(g, t.valueAt(group.hosts, e)))
            ctx.error(hostKey, rule,
                QCoreApplication::translate("Validator",
                    "Host '%1' of group '%2' has no %3: every host of this group needs "
                    "an integer %3.")
                    .arg(ctx.shown(hostKey), QString::fromStdString(group.name), name));
        else if (seq != npos && (!value || *value < 0))
            ctx.error(seq, rule,
                QCoreApplication::translate("Validator", "%1 '%2' must be an integer of 0 or more.")
                    .arg(name, ctx.shown(seq)));
    }
}

} // namespace stackyard
