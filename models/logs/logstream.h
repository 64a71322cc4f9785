// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "logs/logbatch.h"
#include "logs/logsource.h"
#include "transport/canceltoken.h"

#include <functional>

namespace stackyard {

class Transport;

// Reads one log source through a Transport (blocking: a worker thread or the CLI). Output is
// parsed as it arrives; each chunk's complete lines go to onBatch, in order.
class LogStream
{
public:
    struct Options
    {
        int lines = 100;     // the last lines first
        bool follow = false; // then everything written after them, until cancel
        int source = 0;      // LogBatch::source of the batches
    };
    using BatchHandler = std::function<void(LogBatch &&batch)>;
    // stderr lines of the reader while it runs (tail's "file has been replaced; following new file").
    using NoticeHandler = std::function<void(const QString &notice)>;

    // Ok (true) when the reader ended normally or was cancelled; an Error says what failed, on
    // which host, and what to do (the reader is missing, no journal, no Docker engine, no file).
    static Result<bool> run(Transport &transport, const LogSourceSpec &spec, const Options &options,
                            const BatchHandler &onBatch, const NoticeHandler &onNotice = {},
                            const CancelToken &cancel = {});
};

} // namespace stackyard
