#include "report/period.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>

namespace df {

QDate WorkYear::end(int year) const
{
    const QDate first(year, endMonth, 1);
    return QDate(year, endMonth, std::min(endDay, first.daysInMonth()));
}

int WorkYear::yearOf(QDate date) const
{
    return date > end(date.year()) ? date.year() + 1 : date.year();
}

QString WorkYear::text() const
{
    return QStringLiteral("%1-%2")
        .arg(endMonth, 2, 10, QLatin1Char('0'))
        .arg(endDay, 2, 10, QLatin1Char('0'));
}

std::optional<WorkYear> WorkYear::parse(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})-(\\d{1,2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int month = m.captured(1).toInt(), day = m.captured(2).toInt();
    // A cut-off must exist in every year, so 29 February is refused.
    if (month < 1 || month > 12 || day < 1 || day > QDate(2001, month, 1).daysInMonth())
        return std::nullopt;
    return WorkYear{month, day};
}

Period Period::ofYear(int year, const WorkYear &wy)
{
    return {Kind::Year, year, wy.start(year), wy.end(year), wy.start(year), wy.end(year)};
}

Period Period::firstHalf(int year, const WorkYear &wy)
{
    return {Kind::FirstHalf,       year,           wy.start(year),
            wy.firstHalfEnd(year), wy.start(year), wy.end(year)};
}

Period Period::secondHalf(int year, const WorkYear &wy)
{
    return {Kind::SecondHalf, year,           wy.firstHalfEnd(year).addDays(1),
            wy.end(year),     wy.start(year), wy.end(year)};
}

Period Period::range(QDate from, QDate to, const WorkYear &wy)
{
    const int year = wy.yearOf(to);
    return {Kind::Custom, year, from, to, wy.start(year), wy.end(year)};
}

std::optional<Period> Period::parse(const QString &text, const WorkYear &wy, QString *why)
{
    const auto fail = [&](const QString &sentence) {
        if (why)
            *why = sentence;
        return std::nullopt;
    };
    static const QRegularExpression yearRe(QStringLiteral("^(\\d{4})(H[12])?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rangeRe(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    const QString t = text.trimmed();
    if (const auto m = yearRe.match(t); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        if (year < 1931 || year > 2200)
            return fail(
                QCoreApplication::translate("Report", "The year %1 is outside 1931 to 2200.")
                    .arg(year));
        const QString half = m.captured(2).toUpper();
        return half.isEmpty()                ? ofYear(year, wy)
               : half == QLatin1String("H1") ? firstHalf(year, wy)
                                             : secondHalf(year, wy);
    }
    if (const auto m = rangeRe.match(t); m.hasMatch()) {
        const QDate from = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate to = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!from.isValid() || !to.isValid())
            return fail(
                QCoreApplication::translate("Report", "“%1” names a day that does not exist.")
                    .arg(t));
        if (to < from)
            return fail(
                QCoreApplication::translate("Report", "The period ends before it begins (“%1”).")
                    .arg(t));
        return range(from, to, wy);
    }
    return fail(QCoreApplication::translate(
                    "Report", "“%1” is not a period: write 2026 for a work year, 2026H1 or "
                              "2026H2 for a half, or 2026-01-01..2026-03-31 for a range.")
                    .arg(t));
}

int Period::targetHalf() const
{
    switch (kind) {
    case Kind::FirstHalf:
        return 1;
    case Kind::SecondHalf:
        return 2;
    default:
        return 0;
    }
}

double Period::elapsed(QDate today) const
{
    if (today < from)
        return 0;
    if (today >= to)
        return 1;
    return double(from.daysTo(today) + 1) / double(from.daysTo(to) + 1);
}

qint64 Period::fromMs() const
{
    return from.startOfDay(QTimeZone(kVietnamUtcOffsetSeconds)).toMSecsSinceEpoch();
}

qint64 Period::toMsExclusive() const
{
    return to.addDays(1).startOfDay(QTimeZone(kVietnamUtcOffsetSeconds)).toMSecsSinceEpoch();
}

QString Period::title() const
{
    const QString days = QStringLiteral("%1 – %2").arg(from.toString(QStringLiteral("dd/MM/yyyy")),
                                                       to.toString(QStringLiteral("dd/MM/yyyy")));
    switch (kind) {
    case Kind::Year:
        return QStringLiteral("Năm %1 (%2)").arg(year).arg(days);
    case Kind::FirstHalf:
        return QStringLiteral("6 tháng đầu năm %1 (%2)").arg(year).arg(days);
    case Kind::SecondHalf:
        return QStringLiteral("6 tháng cuối năm %1 (%2)").arg(year).arg(days);
    case Kind::Custom:
        break;
    }
    return QStringLiteral("Từ %1 đến %2")
        .arg(from.toString(QStringLiteral("dd/MM/yyyy")),
             to.toString(QStringLiteral("dd/MM/yyyy")));
}

QString Period::code() const
{
    switch (kind) {
    case Kind::Year:
        return QString::number(year);
    case Kind::FirstHalf:
        return QStringLiteral("%1H1").arg(year);
    case Kind::SecondHalf:
        return QStringLiteral("%1H2").arg(year);
    case Kind::Custom:
        break;
    }
    return from.toString(Qt::ISODate) + QStringLiteral("..") + to.toString(Qt::ISODate);
}

} // namespace df
