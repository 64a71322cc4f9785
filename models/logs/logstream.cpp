// SPDX-License-Identifier: GPL-3.0-or-later
#include "logs/logstream.h"

#include "logs/logparser.h"
#include "transport/transport.h"

namespace stackyard {

Result<bool> LogStream::run(Transport &transport, const LogSourceSpec &spec, const Options &options,
                            const BatchHandler &onBatch, const NoticeHandler &onNotice, const CancelToken &cancel)
{
    LogParser parser(spec.parserHint());
    LogBatch batch;
    batch.source = options.source;
    QByteArray errors;   // the last 16 KiB of stderr, for the error
    QByteArray errLine;  // stderr not yet ended by a newline
    const auto deliver = [&] {
        if (batch.isEmpty())
            return;
        batch.sortByTime();
        onBatch(std::move(batch));
        batch = LogBatch();
        batch.source = options.source;
    };
    const Result<ExitStatus> status = transport.run(
        spec.command(options.lines, options.follow),
        [&](OutputStream stream, const QByteArray &chunk) {
            if (stream == OutputStream::Stdout) {
                parser.feed(batch, chunk);
                deliver();
                return;
            }
            errors += chunk;
            if (errors.size() > 16 * 1024)
                errors = errors.right(16 * 1024);
            errLine += chunk;
            qsizetype nl;
            while ((nl = errLine.indexOf('\n')) >= 0) {
                // Stackyard's own reader scripts say why they stop: that goes into the Error.
                if (onNotice && nl > 0 && !errLine.startsWith("stackyard: "))
                    onNotice(QString::fromUtf8(errLine.first(nl)));
                errLine.remove(0, nl + 1);
            }
        },
        cancel);
    parser.flush(batch);
    deliver();
    if (!status)
        return status.error();
    if (status->kind == ExitStatus::Kind::Cancelled || status->success())
        return true;
    return spec.failure(transport.hostLabel(), status->shellStatus(), QString::fromUtf8(errors));
}

} // namespace stackyard
