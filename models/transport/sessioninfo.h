// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace stackyard {

// What a connection found out while it connected, for "host check" and the GUI.
struct SessionInfo
{
    QString authMethod;  // "publickey (agent)", "publickey (/home/u/.ssh/id_ed25519)", "password", …
    QString hostKeyType; // "ssh-ed25519"
    QString fingerprint; // "SHA256:…"
    bool hostKeyAdded = false; // the key was unknown, the user accepted it and it was written
    qint64 connectMs = 0; // TCP + key exchange + authentication
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::SessionInfo)
