#pragma once

#include "domain/indicators.h"
#include "report/period.h"

#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace df {

class Database;

// One indicator's figure for a unit subtree and a period. A share keeps its parts, so
// that a parent's share is its children's parts added up, not an average of averages.
struct Figure
{
    double value = 0;  // the count, VND or hours; for a share, 0–100
    double part = 0;   // a share's numerator
    double whole = 0;  // a share's denominator; 0 leaves the share unknown
    bool known = true; // false: nothing to measure (no branch, no cadre, …)
    std::optional<double> target;

    // Achieved as a share of the target (1 = met); nullopt without a target.
    std::optional<double> progress() const;
};

// The figures of one unit's subtree, in the order of Indicator::all().
struct UnitReport
{
    QString unitId;
    QString name;
    int level = 0;
    QList<Figure> figures;
    // The mean of min(progress, 1) over the indicators with a target; nullopt without any.
    std::optional<double> score() const;
};

// A unit's report for a period: its subtree's figures and each child unit's.
struct Report
{
    Period period;
    QDate asOf; // records up to this day count
    UnitReport total;
    QList<UnitReport> children; // ranked: best score first, then by name

    // Whether an indicator is behind: for a count, when less of its target is reached than
    // of the period has passed; for a share or a list, when it is under its target.
    bool behind(int indicator, const Figure &figure) const;
};

// Computes reports from a device's store (or any database in the client's schema: the
// server builds one from its rows for `doanfield-server report`). Every figure counts
// rows of the unit's subtree, not deleted, within the period and up to `asOf`:
// docs/ARCHITECTURE.md ("Targets and reports") defines each one.
class ReportBuilder
{
public:
    explicit ReportBuilder(Database &db);
    ~ReportBuilder();
    ReportBuilder(const ReportBuilder &) = delete;
    ReportBuilder &operator=(const ReportBuilder &) = delete;
    // Reads half of the figures on a second connection to the same file, opened on the
    // first build and kept (with its page cache) for the next; a database in memory or in
    // an open transaction is read on its own connection alone.
    Report build(const QString &unitId, const Period &period, QDate asOf) const;

    // The records behind one figure of a unit's subtree: the activities, members or hours
    // it counts, newest or by name, at most `limit`.
    struct Record
    {
        enum class Type { Activity, Member, Hours };
        Type type = Type::Activity;
        QString id;       // the activity's, member's or entry's id
        QString memberId; // for hours
        QString title;    // activity title or member name
        QString detail;   // unit name, date, value: one line of context
        double value = 0; // the amount the record adds to the figure
    };
    QList<Record> records(const QString &unitId, const QString &indicator, const Period &period,
                          QDate asOf, int limit = 500) const;

private:
    Database &m_db;
    mutable std::unique_ptr<Database> m_side;
};

} // namespace df
