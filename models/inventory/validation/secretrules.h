// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/validation/validationcontext.h"

#include <string_view>

namespace stackyard {

// Secrets written into the inventory (warnings). A password-like key is `password`, `passwd`,
// `secret_key`, `cipher_pass` or one ending in `_password`, `_passwd`, `_pass`, `_secret_key` or
// `_key_secret` (any case, so app .env keys such as DB_PASSWORD count). Its value is
// "secret.plaintext" unless it is empty, a keychain reference `${secret:NAME}`, a Jinja or Pigsty
// placeholder, an unfilled `<placeholder>`, or a SCRAM-SHA-256 / md5 hash. A value that is one of
// Pigsty's published default passwords (DBUser.*, S3User.*, Patroni.API, Etcd.Root, pgBackRest,
// Vibe.Coding, minioadmin, difyai123456, and pigsty for admin passwords) is also
// "secret.default".
class SecretRules
{
public:
    static void check(ValidationContext &ctx);

    static bool isPasswordKey(std::string_view key);
    // Not plaintext: empty, ${secret:NAME}, placeholders, hashes. A literal with an embedded
    // placeholder ('pgBR.${pg_cluster}') is plaintext.
    static bool isProtected(std::string_view value);
    static bool isPublishedDefault(std::string_view key, std::string_view value);
};

} // namespace stackyard
