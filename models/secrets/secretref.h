// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace stackyard {

// A reference to a secret in the OS keychain, written in place of an inventory password:
//   pg_users: [{ name: dbuser_meta, password: '${secret:pg-meta/dbuser_meta}' }]
// A name has 1 to 200 characters out of A-Z a-z 0-9 . _ / - ; the reference is the whole value,
// nothing before or after it.
class SecretRef
{
public:
    static constexpr qsizetype maxNameLength = 200;

    // The secret's name when the whole value is "${secret:NAME}" with a valid NAME, else nothing.
    static std::optional<QString> parse(QStringView value);
    // "${secret:NAME}". name must be valid (see isValidName()).
    static QString format(QStringView name);
    static bool isValidName(QStringView name);
    // A readable, valid name for a password of an inventory: "<cluster>/<user>" when the password
    // belongs to a user (pg-meta/dbuser_meta), else "<cluster>/<field>" (redis-ms/redis_password).
    // Characters a name cannot hold become '-', empty parts are left out.
    static QString suggestName(QStringView clusterOrGroup, QStringView field, QStringView user = {});
};

} // namespace stackyard
