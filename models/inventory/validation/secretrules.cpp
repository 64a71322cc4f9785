// SPDX-License-Identifier: GPL-3.0-or-later
#include "inventory/validation/secretrules.h"

#include "inventory/validation/scalarchecks.h"

#include <QCoreApplication>

#include <array>
#include <string>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

using Index = ValidationContext::Index;

// The defaults printed in Pigsty's templates and docs (SCHEMA.md §3) and reset by ./configure -g.
constexpr std::array<std::string_view, 8> kDefaults = { "Patroni.API", "Etcd.Root", "pgBackRest", "Vibe.Coding",
    "minioadmin", "difyai123456", "DBUser.Supa", "S3User.MinIO" };

std::string lower(std::string_view s)
{
    std::string out(s);
    for (char &c : out)
        if (c >= 'A' && c <= 'Z')
            c = char(c - 'A' + 'a');
    return out;
}

bool endsWith(std::string_view s, std::string_view suffix)
{
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.substr(0, prefix.size()) == prefix;
}

bool isHex(std::string_view s)
{
    for (char c : s)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
            return false;
    return true;
}

} // namespace

bool SecretRules::isPasswordKey(std::string_view key)
{
    const std::string k = lower(key);
    return k == "password" || k == "passwd" || k == "secret_key" || k == "cipher_pass" || endsWith(k, "_password")
        || endsWith(k, "_passwd") || endsWith(k, "_pass") || endsWith(k, "_secret_key") || endsWith(k, "_key_secret");
}

bool SecretRules::isProtected(std::string_view v)
{
    if (v.empty() || v.find("{{") != std::string_view::npos)
        return true; // nothing, or a Jinja expression over other variables
    if (startsWith(v, "${") && v.back() == '}' && v.find("${", 2) == std::string_view::npos)
        return true; // ${secret:NAME} (the keychain) or another whole placeholder
    if (v.size() >= 2 && v.front() == '<' && v.back() == '>')
        return true; // an unfilled <your_secret_key>
    if (startsWith(v, "SCRAM-SHA-256$"))
        return true;
    return v.size() == 35 && startsWith(v, "md5") && isHex(v.substr(3));
}

bool SecretRules::isPublishedDefault(std::string_view key, std::string_view v)
{
    for (std::string_view d : kDefaults)
        if (v == d)
            return true;
    if ((startsWith(v, "DBUser.") && v.size() > 7) || (startsWith(v, "S3User.") && v.size() > 7))
        return true;
    return v == "pigsty" && lower(key).find("admin") != std::string::npos;
}

void SecretRules::check(ValidationContext &ctx)
{
    const yaml::Tree &t = ctx.tree();
    for (Index map = 0; map < Index(t.size()); ++map) {
        if (!t.isMap(map))
            continue;
        for (std::size_t e = 0; e < t.entryCount(map); ++e) {
            const Index key = t.keyAt(map, e);
            const Index value = t.valueAt(map, e);
            if (!t.isScalar(value) || !t.isScalar(key) || !isPasswordKey(t.scalar(key)))
                continue;
            const std::string &v = t.scalar(value);
            if (isProtected(v))
                continue;
            ctx.warning(value, u"secret.plaintext"_s,
                QCoreApplication::translate("Validator", "%1 is a plaintext password (move it to the keychain).")
                    .arg(ctx.shown(key)));
            if (isPublishedDefault(t.scalar(key), v))
                ctx.warning(value, u"secret.default"_s,
                    QCoreApplication::translate("Validator", "%1 is Pigsty's published default password — change it.")
                        .arg(ctx.shown(key)));
        }
    }
}

} // namespace stackyard
