// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace stackyard {

// Desktop notifications through the freedesktop Notifications service on the session bus
// (GNOME, KDE, XFCE, and every notification daemon), called without waiting for an answer, so
// a missing or slow daemon never blocks the GUI. Without a session bus nothing is shown: the
// alert list in the Health panel is the record either way.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Urgency { Low = 0, Normal = 1, Critical = 2 };

    explicit DesktopNotifier(QObject *parent = nullptr);

    // Turns notifications on or off (Preferences); on by default.
    void setEnabled(bool enabled) { mEnabled = enabled; }
    bool isEnabled() const { return mEnabled; }

    // Shows summary and body; replaces the previous notification with the same key (an alert
    // that fires, then clears, shows once and is updated) when the daemon supports it.
    void notify(const QString &key, const QString &summary, const QString &body, Urgency urgency);

    // How many notifications were handed to the bus (for tests and the status line).
    int sent() const { return mSent; }

private:
    QHash<QString, uint> mIds; // key → the daemon's id, for replaces_id
    bool mEnabled = true;
    int mSent = 0;
};

} // namespace stackyard
