// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace stackyard {

// A local file replaced atomically: data goes to a temporary file in the same directory, which
// commit() fsyncs, gives its mode and renames over the destination (then fsyncs the directory).
// Destroyed without commit(), the temporary file is removed and the destination is untouched.
class AtomicFile
{
public:
    explicit AtomicFile(QString path);
    ~AtomicFile();
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    Result<bool> open();
    Result<bool> write(const char *data, qsizetype size);
    // mode < 0: the mode of the file it replaces, else 0644.
    Result<bool> commit(int mode = -1);
    void discard();

    const QString &path() const { return mPath; }

private:
    Error error(const QString &what, int errnum) const;

    QString mPath;
    QString mTempPath;
    int mFd = -1;
};

} // namespace stackyard
