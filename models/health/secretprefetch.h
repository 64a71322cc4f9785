// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace stackyard {

class SecretStore;

// Reads a list of secrets from the keychain without waiting (SecretStore's asynchronous calls)
// and reports them all at once: what the health monitor needs before it polls, so that neither
// the GUI thread nor the monitor's worker ever waits for the keychain. Secrets that could not be
// read are left out (the targets needing them report why).
class SecretPrefetch : public QObject
{
    Q_OBJECT

public:
    explicit SecretPrefetch(QObject *parent = nullptr);

    // Starts reading names; finished() follows (at once, queued, for an empty list). A new call
    // forgets the previous one.
    void start(const QStringList &names);

Q_SIGNALS:
    void finished(const QHash<QString, QString> &values);

private:
    void answered(quint64 id);

    SecretStore *mStore;
    QSet<quint64> mPending;
    QHash<QString, QString> mValues;
};

} // namespace stackyard
