// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inventory/inventory.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <string_view>

namespace stackyard {

// The passwords an inventory holds in plain text, found to be moved into the keychain: every
// scalar value of a secret-like key (EffectiveVariables::isSecretName, or a password key of the
// validator's SecretRules: pg_users' and redis_sentinel_monitor's `password`, minio_users'
// `secret_key`, `*_password`, `s3_key_secret`, app conf keys such as DB_PASSWORD…) that is not
// already protected: empty, a `${secret:NAME}` reference or another placeholder, a Jinja
// expression, or a SCRAM-SHA-256 / md5 hash.
//
// Each comes with a suggested keychain name (SecretRef::suggestName): "<cluster>/<user>" for a
// user's password, "<cluster>/<key>" for a cluster variable, "<file stem>/<key>" for all.vars.
// Names are unique per value: the same name with the same value is shared, a clash gets "-2",
// "-3"…, and names already referenced in the file are not reused. An app's conf password equal
// to a database user's or Redis cluster's password gets that one's name, so the app follows it.
class PlaintextSecrets
{
public:
    struct Item
    {
        QString pointer; // JSON Pointer of the value
        int line = 0; // 1-based
        int column = 0; // 1-based
        QString key; // the key holding it as written: password, redis_password, DB_PASSWORD
        QString owner; // cluster or group it belongs to; the file's stem for all.vars
        QString user; // the user (or access key) whose password it is, if any
        QString value; // the plain text: never log or print it
        QString suggestedName; // a valid secret name, see above
    };

    // In file order.
    static QList<Item> find(const Inventory &inventory);

    // Whether a key holds a secret (any case: DB_PASSWORD counts).
    static bool isSecretKey(QStringView key);
    // Whether a value of such a key is written in plain text (see above).
    static bool isPlaintext(std::string_view value);
};

} // namespace stackyard
