// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"
#include "core/result.h"
#include "transport/canceltoken.h"
#include "transport/hostsettings.h"
#include "transport/transportoptions.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace stackyard {

class Transport;

// What "Test connection" / "host check" found out about one host: reachable, how fast, how it
// authenticated, its host key, OS, kernel, CPUs, memory, and whether sudo works. A value type
// for any thread. error is set when a step failed (it names the host, the step and the remote
// stderr); the facts gathered before that step are kept.
struct HostCheckReport
{
    enum class Sudo { Unknown, Yes, WithPassword, No };

    QString host;   // the inventory host key
    QString target; // "user@address:port" or "local"
    std::optional<Error> error;
    bool cancelled = false;
    double connectMs = 0; // TCP + key exchange + authentication (SSH only)
    double latencyMs = 0; // one "true" round trip on the open session
    QString auth;         // "publickey (agent)", "password", "local", …
    QString hostKeyType;  // SSH only
    QString fingerprint;  // "SHA256:…", SSH only
    bool hostKeyAdded = false; // the user accepted an unknown key during this check
    std::optional<HostKeyChange> hostKeyChange; // the known key differs: refused
    QString os;     // PRETTY_NAME of /etc/os-release
    QString osId;   // ID of /etc/os-release
    QString kernel; // uname -r
    int cpus = 0;
    qint64 memoryKiB = 0;
    Sudo sudo = Sudo::Unknown;
    // What did not stop the check but may explain a result, e.g. a ${secret:NAME} of the host
    // that could not be read from the keychain (then sudo may say no for want of its password).
    QStringList warnings;

    bool ok() const { return !error; }
    // "yes", "password", "no" ("" while unknown): the CLI's JSON values.
    QString sudoName() const;
};

// Makes the transport a check connects through, from the host's settings (the caller's
// options, prompts and keychain reads). Called on the checking thread.
using HostTransportFactory = std::function<Result<std::shared_ptr<Transport>>(const HostSettings &settings)>;

// One host check, blocking: worker threads and the CLI only, never the GUI thread (see
// HostCheckRunner for the asynchronous form). cancel stops it between steps and terminates a
// running remote command.
class HostCheck
{
public:
    static HostCheckReport run(const QString &host, const Result<HostSettings> &settings,
                               const HostTransportFactory &makeTransport, const CancelToken &cancel = {});

    // The one constant script (no input of ours in it) that prints os-release, kernel, CPUs, memory.
    static const QString &factsScript();
};

} // namespace stackyard

Q_DECLARE_METATYPE(stackyard::HostCheckReport)
