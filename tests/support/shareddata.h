// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTest>

namespace stackyard::test {

// The reference data beside the checkout (../shared/pigsty): real Pigsty inventories. Tests that
// use it say so; outside CI they skip when it is missing, under CI they fail.
class SharedData
{
public:
    // Absolute path of ../shared/pigsty/conf relative to STACKYARD_SOURCE_DIR ("" when missing).
    static QString pigstyConfDir();
    // Every *.yml under it, sorted, as paths relative to it ("ha/full.yml"); empty when missing.
    static QStringList pigstyConfFiles();
    static QString missingMessage();
    static bool inContinuousIntegration() { return !qEnvironmentVariableIsEmpty("CI"); }
};

} // namespace stackyard::test

// In a _data() function or test: stop here unless ../shared/pigsty is beside the checkout.
#define STACKYARD_REQUIRE_SHARED_DATA()                                                            \
    do {                                                                                           \
        if (::stackyard::test::SharedData::pigstyConfDir().isEmpty()) {                            \
            const QByteArray stackyardSharedMessage = ::stackyard::test::SharedData::missingMessage().toUtf8(); \
            if (::stackyard::test::SharedData::inContinuousIntegration())                          \
                QFAIL(stackyardSharedMessage.constData());                                         \
            else                                                                                   \
                QSKIP(stackyardSharedMessage.constData());                                         \
        }                                                                                          \
    } while (false)
