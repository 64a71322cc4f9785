// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "transport/hostsettings.h"
#include "transport/sessioninfo.h"
#include "transport/transport.h"

#include <memory>

namespace stackyard {

class SshConnection;

// A host over SSH (libssh), on the pool's connection for its settings: every call is an
// operation on that connection's worker thread; the calling thread only waits for results (and
// runs its handlers). See Transport for the API, SshConnection for the threading, SshSession
// for host keys and authentication, WrappedCommand for how commands are run and cancelled.
class SshTransport : public Transport
{
public:
    SshTransport(HostSettings settings, TransportOptions options);
    ~SshTransport() override;

    QString hostLabel() const override;
    const HostSettings &settings() const { return mSettings; }

    Result<ExitStatus> run(const CommandSpec &spec, const OutputHandler &onOutput, const CancelToken &cancel = {}) override;
    // Connects (if not connected yet) and returns what the connection found out.
    Result<SessionInfo> connect(const CancelToken &cancel = {});

protected:
    Result<TransferResult> putFile(const QString &localPath, const QString &remotePath, int mode,
                                   const ProgressHandler &onProgress, const CancelToken &cancel) override;
    Result<TransferResult> getFile(const QString &remotePath, const QString &localPath,
                                   const ProgressHandler &onProgress, const CancelToken &cancel) override;

private:
    HostSettings mSettings;
    TransportOptions mOptions;
    std::shared_ptr<SshConnection> mConnection;
};

} // namespace stackyard
