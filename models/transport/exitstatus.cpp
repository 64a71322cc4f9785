// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport/exitstatus.h"

#include <QCoreApplication>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace stackyard {

namespace {

// Linux x86/arm numbering (the hosts Stackyard manages).
constexpr std::array<std::pair<int, const char16_t *>, 31> kSignals{{
    {1, u"HUP"},     {2, u"INT"},     {3, u"QUIT"},   {4, u"ILL"},    {5, u"TRAP"},   {6, u"ABRT"},
    {7, u"BUS"},     {8, u"FPE"},     {9, u"KILL"},   {10, u"USR1"},  {11, u"SEGV"},  {12, u"USR2"},
    {13, u"PIPE"},   {14, u"ALRM"},   {15, u"TERM"},  {16, u"STKFLT"}, {17, u"CHLD"}, {18, u"CONT"},
    {19, u"STOP"},   {20, u"TSTP"},   {21, u"TTIN"},  {22, u"TTOU"},  {23, u"URG"},   {24, u"XCPU"},
    {25, u"XFSZ"},   {26, u"VTALRM"}, {27, u"PROF"},  {28, u"WINCH"}, {29, u"IO"},    {30, u"PWR"},
    {31, u"SYS"},
}};

} // namespace

int ExitStatus::signalNumber(const QString &name)
{
    const QString bare = name.startsWith(u"SIG"_s) ? name.mid(3) : name;
    for (const auto &[number, signalName] : kSignals)
        if (bare == QStringView(signalName))
            return number;
    return 0;
}

QString ExitStatus::signalName(int number)
{
    for (const auto &[n, signalName] : kSignals)
        if (n == number)
            return QString::fromUtf16(signalName);
    return {};
}

int ExitStatus::shellStatus() const
{
    switch (kind) {
    case Kind::Exited:
        return code;
    case Kind::Signaled: {
        const int number = signalNumber(signal);
        return number > 0 ? 128 + number : 255;
    }
    case Kind::TimedOut:
        return 124;
    case Kind::Cancelled:
        return 130;
    }
    return 255;
}

QString ExitStatus::toString() const
{
    switch (kind) {
    case Kind::Exited:
        return QCoreApplication::translate("stackyard::transport", "exit code %1").arg(code);
    case Kind::Signaled:
        return QCoreApplication::translate("stackyard::transport", "killed by signal %1").arg(signal);
    case Kind::TimedOut:
        return QCoreApplication::translate("stackyard::transport", "timed out");
    case Kind::Cancelled:
        return QCoreApplication::translate("stackyard::transport", "cancelled");
    }
    return {};
}

} // namespace stackyard
