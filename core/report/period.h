#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace df {

// When the Union's work year closes. Many provinces close it in mid-December, so work
// year Y runs from the day after Y-1's cut-off to Y's cut-off, and its first half ends
// six months before the cut-off. One setting, read by every period; 31 December gives
// calendar years and halves ending 30 June.
struct WorkYear
{
    int endMonth = 12;
    int endDay = 15;

    QDate end(int year) const;
    QDate start(int year) const { return end(year - 1).addDays(1); }
    QDate firstHalfEnd(int year) const { return end(year).addMonths(-6); }
    // The work year a date falls in.
    int yearOf(QDate date) const;
    // "MM-dd", and its parse (nullopt for anything else).
    QString text() const;
    static std::optional<WorkYear> parse(const QString &text);
};

// What a report covers: a work year, one of its halves (sơ kết 6 tháng), or any range.
struct Period
{
    enum class Kind { Year, FirstHalf, SecondHalf, Custom };
    Kind kind = Kind::Year;
    int year = 0;           // the work year (for a custom range, the year its last day falls in)
    QDate from, to;         // both days included
    QDate yearFrom, yearTo; // the work year `year`, as the cut-off in force made it

    static Period ofYear(int year, const WorkYear &wy);
    static Period firstHalf(int year, const WorkYear &wy);
    static Period secondHalf(int year, const WorkYear &wy);
    static Period range(QDate from, QDate to, const WorkYear &wy);
    // "2026", "2026H1", "2026H2" or "yyyy-MM-dd..yyyy-MM-dd"; nullopt with a sentence in
    // `why` for anything else (the command line's --period).
    static std::optional<Period> parse(const QString &text, const WorkYear &wy,
                                       QString *why = nullptr);

    // The target's `half` that applies: 0 for the year, 1 or 2 for a half; custom ranges
    // are measured against the year's targets. A count with no target of its own for a half
    // or range takes the year's in proportion to the days it covers (ReportBuilder).
    int targetHalf() const;
    // The days of its work year (0 when not known).
    int yearDays() const { return yearFrom.isValid() ? int(yearFrom.daysTo(yearTo)) + 1 : 0; }
    // The share of the period that has passed on `today`, 0 to 1.
    double elapsed(QDate today) const;
    // Instants (UTC ms) of the first moment and just after the last day, in Vietnam's
    // time (UTC+7), where every unit is: activities are timed in UTC.
    qint64 fromMs() const;
    qint64 toMsExclusive() const;
    // "6 tháng đầu năm 2026 (16/12/2025 – 15/06/2026)" and the like, in Vietnamese.
    QString title() const;
    // "2026H1", "2026", "2026-01-01..2026-03-31": what parse() reads.
    QString code() const;
    bool operator==(const Period &) const = default;
};

// Vietnam's civil time offset: UTC+7, no daylight saving.
inline constexpr int kVietnamUtcOffsetSeconds = 7 * 3600;

} // namespace df
