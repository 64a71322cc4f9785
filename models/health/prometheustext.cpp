// SPDX-License-Identifier: GPL-3.0-or-later
#include "health/prometheustext.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace stackyard {

QString PrometheusSample::label(const QString &labelName) const
{
    for (const auto &pair : labels) {
        if (pair.first == labelName)
            return pair.second;
    }
    return {};
}

bool PrometheusSample::hasLabel(const QString &labelName) const
{
    for (const auto &pair : labels) {
        if (pair.first == labelName)
            return true;
    }
    return false;
}

const PrometheusFamily *PrometheusDocument::family(const QString &name) const
{
    const auto it = mFamilyByName.constFind(name);
    return it == mFamilyByName.constEnd() ? nullptr : &families.at(*it);
}

static bool matches(const PrometheusSample &sample, const PrometheusDocument::LabelFilter &filter)
{
    for (const auto &want : filter) {
        bool found = false;
        for (const auto &have : sample.labels) {
            if (have.first == want.first) {
                found = have.second == want.second;
                break;
            }
        }
        if (!found)
            return false;
    }
    return true;
}

QList<const PrometheusSample *> PrometheusDocument::find(const QString &sampleName, const LabelFilter &filter) const
{
    QList<const PrometheusSample *> out;
    const auto it = mByName.constFind(sampleName);
    if (it == mByName.constEnd())
        return out;
    for (int i : *it) {
        if (matches(samples.at(i), filter))
            out.append(&samples.at(i));
    }
    return out;
}

std::optional<double> PrometheusDocument::value(const QString &sampleName, const LabelFilter &filter) const
{
    const auto found = find(sampleName, filter);
    if (found.isEmpty())
        return std::nullopt;
    return found.first()->value;
}

std::optional<double> PrometheusDocument::sum(const QString &sampleName, const LabelFilter &filter) const
{
    const auto found = find(sampleName, filter);
    if (found.isEmpty())
        return std::nullopt;
    double total = 0;
    for (const PrometheusSample *s : found) {
        if (!std::isnan(s->value))
            total += s->value;
    }
    return total;
}

void PrometheusDocument::reindex()
{
    mByName.clear();
    mFamilyByName.clear();
    for (int i = 0; i < samples.size(); ++i)
        mByName[samples.at(i).name].append(i);
    for (int i = 0; i < families.size(); ++i)
        mFamilyByName.insert(families.at(i).name, i);
}

QString PrometheusText::typeName(PrometheusType type)
{
    switch (type) {
    case PrometheusType::Counter:
        return QStringLiteral("counter");
    case PrometheusType::Gauge:
        return QStringLiteral("gauge");
    case PrometheusType::Histogram:
        return QStringLiteral("histogram");
    case PrometheusType::Summary:
        return QStringLiteral("summary");
    case PrometheusType::Untyped:
        break;
    }
    return QStringLiteral("untyped");
}

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isNameStart(char c, bool colonAllowed)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (colonAllowed && c == ':');
}

bool isNameChar(char c, bool colonAllowed)
{
    return isNameStart(c, colonAllowed) || (c >= '0' && c <= '9');
}

std::optional<PrometheusType> typeFromName(QByteArrayView word)
{
    if (word == "counter")
        return PrometheusType::Counter;
    if (word == "gauge")
        return PrometheusType::Gauge;
    if (word == "histogram")
        return PrometheusType::Histogram;
    if (word == "summary")
        return PrometheusType::Summary;
    if (word == "untyped")
        return PrometheusType::Untyped;
    return std::nullopt;
}

// Go's strconv.ParseFloat as the exposition format uses it: decimal or exponent notation,
// NaN, Inf, +Inf, -Inf (any case).
std::optional<double> parseValue(QByteArrayView token)
{
    if (token.isEmpty())
        return std::nullopt;
    bool negative = false;
    QByteArrayView body = token;
    if (body.front() == '+' || body.front() == '-') {
        negative = body.front() == '-';
        body = body.sliced(1);
    }
    const QByteArray lower = body.toByteArray().toLower();
    if (lower == "inf" || lower == "infinity")
        return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    if (lower == "nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (body.isEmpty() || body.front() == '+' || body.front() == '-')
        return std::nullopt;
    double value = 0;
    const char *end = body.data() + body.size();
    const auto [ptr, ec] = std::from_chars(body.data(), end, value);
    if (ec != std::errc() || ptr != end)
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<qint64> parseTimestamp(QByteArrayView token)
{
    qint64 value = 0;
    const char *end = token.data() + token.size();
    const auto [ptr, ec] = std::from_chars(token.data(), end, value);
    if (ec != std::errc() || ptr != end || token.isEmpty())
        return std::nullopt;
    return value;
}

QString unescapeHelp(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\\' && i + 1 < text.size()) {
            const char next = text.at(i + 1);
            if (next == '\\' || next == 'n') {
                out.append(next == 'n' ? '\n' : '\\');
                ++i;
                continue;
            }
        }
        out.append(c);
    }
    return QString::fromUtf8(out);
}

class Parser
{
public:
    Result<PrometheusDocument> run(const QByteArray &text);

private:
    Error error(const QString &what) const
    {
        return Error { QCoreApplication::translate("PrometheusText", "line %1: %2").arg(mLineNumber).arg(what),
            QCoreApplication::translate("PrometheusText", "Prometheus text"), {}, {} };
    }
    std::optional<Error> comment(QByteArrayView line);
    std::optional<Error> sample(QByteArrayView line);
    int familyFor(const QString &name);
    int newFamily(const QString &name, PrometheusType type);

    PrometheusDocument mDoc;
    QHash<QString, int> mFamilies;
    QSet<QString> mSampled; // family names that have samples
    int mLastSampledFamily = -1;
    // The previous sample's strings: consecutive samples mostly share their name, label names
    // and many values, so equal ones are shared instead of allocated again.
    QString mLastName;
    QList<QPair<QString, QString>> mLastLabels;
    QSet<QString> mHelped;
    int mCurrent = -1;
    int mLineNumber = 0;
};

int Parser::newFamily(const QString &name, PrometheusType type)
{
    PrometheusFamily f;
    f.name = name;
    f.type = type;
    mDoc.families.append(f);
    mFamilies.insert(name, int(mDoc.families.size() - 1));
    return int(mDoc.families.size() - 1);
}

static bool belongsTo(const QString &sampleName, const PrometheusFamily &family)
{
    if (sampleName == family.name)
        return true;
    if (!sampleName.startsWith(family.name))
        return false;
    const QStringView suffix = QStringView(sampleName).sliced(family.name.size());
    if (family.type == PrometheusType::Histogram)
        return suffix == u"_bucket" || suffix == u"_sum" || suffix == u"_count";
    if (family.type == PrometheusType::Summary)
        return suffix == u"_sum" || suffix == u"_count";
    return false;
}

int Parser::familyFor(const QString &name)
{
    if (mCurrent >= 0 && belongsTo(name, mDoc.families.at(mCurrent)))
        return mCurrent;
    if (const auto it = mFamilies.constFind(name); it != mFamilies.constEnd())
        return *it;
    for (const QStringView suffix : { u"_bucket", u"_sum", u"_count" }) {
        if (!name.endsWith(suffix))
            continue;
        const QString base = name.left(name.size() - suffix.size());
        if (const auto it = mFamilies.constFind(base);
            it != mFamilies.constEnd() && belongsTo(name, mDoc.families.at(*it)))
            return *it;
    }
    return newFamily(name, PrometheusType::Untyped);
}

std::optional<Error> Parser::comment(QByteArrayView line)
{
    // "# HELP name text" / "# TYPE name type"; any other comment is ignored.
    qsizetype pos = 1;
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
    qsizetype wordEnd = pos;
    while (wordEnd < line.size() && !isBlank(line.at(wordEnd)))
        ++wordEnd;
    const QByteArrayView keyword = line.sliced(pos, wordEnd - pos);
    if (keyword != "HELP" && keyword != "TYPE")
        return std::nullopt;
    pos = wordEnd;
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
    qsizetype nameEnd = pos;
    if (nameEnd < line.size() && isNameStart(line.at(nameEnd), true)) {
        while (nameEnd < line.size() && isNameChar(line.at(nameEnd), true))
            ++nameEnd;
    }
    if (nameEnd == pos || (nameEnd < line.size() && !isBlank(line.at(nameEnd))))
        return error(QCoreApplication::translate("PrometheusText", "%1 line without a valid metric name")
                         .arg(QString::fromLatin1(keyword)));
    const QString name = QString::fromLatin1(line.sliced(pos, nameEnd - pos));
    pos = nameEnd;
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
    const QByteArrayView rest = line.sliced(pos);

    if (keyword == "HELP") {
        if (mHelped.contains(name))
            return error(QCoreApplication::translate("PrometheusText", "second HELP line for %1").arg(name));
        mHelped.insert(name);
        int index = mFamilies.value(name, -1);
        if (index < 0)
            index = newFamily(name, PrometheusType::Untyped);
        mDoc.families[index].help = unescapeHelp(rest);
        mCurrent = index;
        return std::nullopt;
    }

    QByteArrayView typeWord = rest;
    while (!typeWord.isEmpty() && isBlank(typeWord.back()))
        typeWord.chop(1);
    const auto type = typeFromName(typeWord);
    if (!type)
        return error(QCoreApplication::translate("PrometheusText", "unknown metric type \"%1\" for %2")
                         .arg(QString::fromUtf8(typeWord), name));
    int index = mFamilies.value(name, -1);
    if (index >= 0) {
        if (mSampled.contains(name))
            return error(QCoreApplication::translate("PrometheusText", "TYPE line for %1 after its samples").arg(name));
        if (mDoc.families.at(index).type != PrometheusType::Untyped)
            return error(QCoreApplication::translate("PrometheusText", "second TYPE line for %1").arg(name));
        mDoc.families[index].type = *type;
    } else {
        index = newFamily(name, *type);
    }
    mCurrent = index;
    return std::nullopt;
}

std::optional<Error> Parser::sample(QByteArrayView line)
{
    PrometheusSample s;
    qsizetype pos = 0;
    if (!isNameStart(line.at(0), true))
        return error(QCoreApplication::translate("PrometheusText", "a sample must begin with a metric name"));
    while (pos < line.size() && isNameChar(line.at(pos), true))
        ++pos;
    const QByteArrayView nameBytes = line.sliced(0, pos);
    if (mLastName != QLatin1StringView(nameBytes))
        mLastName = QString::fromLatin1(nameBytes);
    s.name = mLastName;
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;

    if (pos < line.size() && line.at(pos) == '{') {
        ++pos;
        for (;;) {
            while (pos < line.size() && isBlank(line.at(pos)))
                ++pos;
            if (pos >= line.size())
                return error(
                    QCoreApplication::translate("PrometheusText", "label set of %1 is not closed").arg(s.name));
            if (line.at(pos) == '}') {
                ++pos;
                break;
            }
            const qsizetype nameStart = pos;
            if (!isNameStart(line.at(pos), false))
                return error(QCoreApplication::translate("PrometheusText", "invalid label name in %1").arg(s.name));
            while (pos < line.size() && isNameChar(line.at(pos), false))
                ++pos;
            const QByteArrayView labelBytes = line.sliced(nameStart, pos - nameStart);
            const qsizetype index = s.labels.size();
            const bool sameName = index < mLastLabels.size() && mLastLabels.at(index).first == QLatin1StringView(labelBytes);
            const QString labelName = sameName ? mLastLabels.at(index).first : QString::fromLatin1(labelBytes);
            while (pos < line.size() && isBlank(line.at(pos)))
                ++pos;
            if (pos >= line.size() || line.at(pos) != '=')
                return error(QCoreApplication::translate("PrometheusText", "expected '=' after label %1 of %2")
                                 .arg(labelName, s.name));
            ++pos;
            while (pos < line.size() && isBlank(line.at(pos)))
                ++pos;
            if (pos >= line.size() || line.at(pos) != '"')
                return error(QCoreApplication::translate("PrometheusText", "label %1 of %2 has no quoted value")
                                 .arg(labelName, s.name));
            ++pos;
            QByteArray value;
            bool closed = false;
            while (pos < line.size()) {
                const char c = line.at(pos++);
                if (c == '"') {
                    closed = true;
                    break;
                }
                if (c == '\\') {
                    if (pos >= line.size())
                        break;
                    const char e = line.at(pos++);
                    if (e == '\\' || e == '"')
                        value.append(e);
                    else if (e == 'n')
                        value.append('\n');
                    else
                        return error(
                            QCoreApplication::translate("PrometheusText", "invalid escape \\%1 in label %2 of %3")
                                .arg(QChar::fromLatin1(e))
                                .arg(labelName, s.name));
                    continue;
                }
                value.append(c);
            }
            if (!closed)
                return error(QCoreApplication::translate("PrometheusText", "label %1 of %2: value is not closed")
                                 .arg(labelName, s.name));
            for (const auto &existing : std::as_const(s.labels)) {
                if (existing.first == labelName)
                    return error(QCoreApplication::translate("PrometheusText", "label %1 appears twice in %2")
                                     .arg(labelName, s.name));
            }
            const bool ascii = std::all_of(value.cbegin(), value.cend(), [](char c) { return uchar(c) < 0x80; });
            if (sameName && ascii && mLastLabels.at(index).second == QLatin1StringView(value))
                s.labels.append({ labelName, mLastLabels.at(index).second });
            else
                s.labels.append({ labelName, QString::fromUtf8(value) });
            while (pos < line.size() && isBlank(line.at(pos)))
                ++pos;
            if (pos < line.size() && line.at(pos) == ',') {
                ++pos;
                continue;
            }
            if (pos < line.size() && line.at(pos) == '}') {
                ++pos;
                break;
            }
            return error(QCoreApplication::translate("PrometheusText", "expected ',' or '}' after label %1 of %2")
                             .arg(labelName, s.name));
        }
        while (pos < line.size() && isBlank(line.at(pos)))
            ++pos;
    }

    qsizetype end = pos;
    while (end < line.size() && !isBlank(line.at(end)))
        ++end;
    const auto value = parseValue(line.sliced(pos, end - pos));
    if (!value)
        return error(QCoreApplication::translate("PrometheusText", "invalid value \"%1\" for %2")
                         .arg(QString::fromUtf8(line.sliced(pos, end - pos)), s.name));
    s.value = *value;
    pos = end;
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
    if (pos < line.size()) {
        end = pos;
        while (end < line.size() && !isBlank(line.at(end)))
            ++end;
        const auto timestamp = parseTimestamp(line.sliced(pos, end - pos));
        if (!timestamp)
            return error(QCoreApplication::translate("PrometheusText", "invalid timestamp \"%1\" for %2")
                             .arg(QString::fromUtf8(line.sliced(pos, end - pos)), s.name));
        s.timestampMs = *timestamp;
        pos = end;
        while (pos < line.size() && isBlank(line.at(pos)))
            ++pos;
        if (pos < line.size())
            return error(
                QCoreApplication::translate("PrometheusText", "unexpected text after the timestamp of %1").arg(s.name));
    }

    s.family = familyFor(s.name);
    const PrometheusFamily &family = mDoc.families.at(s.family);
    if (family.type == PrometheusType::Histogram && s.name.endsWith(u"_bucket") && !s.hasLabel(QStringLiteral("le")))
        return error(
            QCoreApplication::translate("PrometheusText", "histogram bucket %1 without an \"le\" label").arg(s.name));
    if (family.type == PrometheusType::Summary && s.name == family.name && !s.hasLabel(QStringLiteral("quantile")))
        return error(QCoreApplication::translate("PrometheusText", "summary sample %1 without a \"quantile\" label")
                         .arg(s.name));
    if (s.family != mLastSampledFamily) {
        mSampled.insert(family.name);
        mLastSampledFamily = s.family;
    }
    mLastLabels = s.labels;
    mCurrent = s.family;
    mDoc.samples.append(std::move(s));
    mDoc.families[mDoc.samples.last().family].samples.append(int(mDoc.samples.size() - 1));
    return std::nullopt;
}

Result<PrometheusDocument> Parser::run(const QByteArray &text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line(text.constData() + start, end - start);
        start = end + 1;
        ++mLineNumber;
        if (!line.isEmpty() && line.back() == '\r')
            line.chop(1);
        while (!line.isEmpty() && isBlank(line.front()))
            line = line.sliced(1);
        if (line.isEmpty())
            continue;
        const std::optional<Error> failure = line.front() == '#' ? comment(line) : sample(line);
        if (failure)
            return *failure;
    }
    mDoc.reindex();
    return std::move(mDoc);
}

} // namespace

Result<PrometheusDocument> PrometheusText::parse(const QByteArray &text)
{
    Parser parser;
    return parser.run(text);
}

} // namespace stackyard
