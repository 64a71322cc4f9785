// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/desktopnotifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QHash>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace stackyard {

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
}

void DesktopNotifier::notify(const QString &key, const QString &summary, const QString &body, Urgency urgency)
{
    if (!mEnabled)
        return;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
                                                       u"org.freedesktop.Notifications"_s, u"Notify"_s);
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(urgency)));
    hints.insert(u"desktop-entry"_s, u"stackyard"_s);
    call << u"Stackyard"_s << mIds.value(key, 0u) << u"stackyard"_s << summary << body << QStringList() << hints
         << int(urgency == Urgency::Critical ? 0 : -1);
    ++mSent;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (!reply.isError())
            mIds.insert(key, reply.value());
        w->deleteLater();
    });
}

} // namespace stackyard
