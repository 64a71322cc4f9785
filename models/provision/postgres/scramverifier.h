// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace stackyard {

// PostgreSQL's SCRAM-SHA-256 password verifier ("SCRAM-SHA-256$4096:salt$StoredKey:ServerKey"),
// computed on the console so a password never travels to a host in plain text: the host
// stores the verifier, and a later apply compares against it with the stored salt.
class ScramVerifier
{
public:
    // The verifier for password with salt (16 random bytes when empty) and iterations.
    static QString compute(const QString &password, QByteArray salt = {}, int iterations = 4096);
    // Whether stored (as in pg_authid.rolpassword) is a SCRAM verifier of password.
    static bool matches(const QString &stored, const QString &password);
    // The password bytes as PostgreSQL and libpq hash them (SASLprep for non-ASCII passwords:
    // non-ASCII spaces to spaces, characters mapped to nothing removed, NFKC).
    static QByteArray prepare(const QString &password);
};

} // namespace stackyard
