#include "sync/schema.h"

#include "domain/target.h"
#include "domain/uuid.h"
#include "domain/validation.h"

#include <QCoreApplication>
#include <cmath>

namespace df {

namespace {

using T = ColumnType;
using D = Domain;

enum Flags { Optional = 0, Req = 1, Imm = 2 };

Column column(const char *name, T type, int flags, D domain, double min = 0, double max = 0,
              int maxLength = 0, const char *meaning = nullptr)
{
    return {name, type, bool(flags & Req), bool(flags & Imm), domain, min, max, maxLength, meaning};
}
Column text(const char *name, int maxLength, int flags = Optional)
{
    return column(name, T::Text, flags, D::Any, 0, 0, maxLength);
}
Column id(const char *name, int flags = Optional)
{
    return column(name, T::Text, flags, D::Id, 0, 0, 36);
}
Column pastDate(const char *name, int flags = Optional)
{
    return column(name, T::Text, flags, D::PastDate, 0, 0, 10);
}
Column instant(const char *name, int flags = Optional)
{
    return column(name, T::Int, flags, D::Instant);
}
Column flag(const char *name)
{
    return column(name, T::Int, Req, D::Flag, 0, 1);
}
Column choice(const char *name, int max, const char *meaning, int flags = Req)
{
    return column(name, T::Int, flags, D::Choice, 0, max, 0, meaning);
}
Column count(const char *name, double max)
{
    return column(name, T::Int, Req, D::Range, 0, max);
}

constexpr double kMaxCount = 1e9;
constexpr double kMaxMoney = 1e15; // VND

QList<EntitySpec> build()
{
    return {
        {Entity::Unit,
         "unit",
         "org_units",
         {id("parent_id"),
          choice("level", 4, "0 central, 1 province, 2 district, 3 grassroots, 4 branch"),
          text("name", 200, Req), text("code", 50), flag("deleted")},
         true,
         false},
        {Entity::Member,
         "member",
         "members",
         {id("unit_id", Req),
          text("full_name", 200, Req),
          pastDate("birth_date"),
          choice("gender", 2, "0 unspecified, 1 male, 2 female"),
          text("ethnicity", 50),
          text("religion", 50),
          column("phone", T::Text, Optional, D::Phone, 0, 0, 20),
          column("email", T::Text, Optional, D::Email, 0, 0, 254),
          text("address", 500),
          text("card_number", 50),
          pastDate("joined_date"),
          text("education", 200),
          text("professional", 200),
          choice("theory_level", 3, "0 none, 1 elementary, 2 intermediate, 3 advanced"),
          choice("position", 4,
                 "0 member, 1 secretary, 2 deputy secretary, 3 standing committee, "
                 "4 executive committee"),
          flag("party_member"),
          pastDate("party_date"),
          flag("outstanding"),
          pastDate("outstanding_date"),
          flag("hardship"),
          text("hardship_note", 1000),
          choice("rating", 4, "0 unrated, 1 excellent, 2 good, 3 average, 4 weak"),
          column("rating_year", T::Int, Optional, D::PastYear, 1931),
          text("courses", 2000),
          choice("status", 3, "0 active, 1 transferred out, 2 matured out, 3 removed"),
          text("citizen_id", 20),
          flag("deleted")},
         true,
         false},
        {Entity::Activity,
         "activity",
         "activities",
         {id("unit_id", Req),
          choice("kind", 8,
                 "0 regular meeting, 1 thematic meeting, 2 conference, 3 congress, 4 training, "
                 "5 volunteer campaign, 6 youth work, 7 youth task, 8 other"),
          text("title", 300, Req), instant("starts_at", Req), instant("ends_at"),
          text("place", 300), text("campaign", 200), text("description", 5000),
          count("out_trees", kMaxCount), count("out_children", kMaxCount),
          count("out_money_vnd", kMaxMoney), count("out_works", kMaxCount), flag("deleted")},
         true,
         false},
        {Entity::Attendance,
         "attendance",
         "attendance",
         {id("activity_id", Req | Imm), id("member_id", Req | Imm),
          choice("status", 3, "0 present, 1 late, 2 excused, 3 absent"), instant("checked_in_at"),
          choice("method", 2, "0 from the list, 1 QR code, 2 kiosk"), text("recorded_by", 200)},
         false,
         false},
        {Entity::VolunteerEntry,
         "volunteer_entry",
         "volunteer_entries",
         {id("member_id", Req | Imm), id("activity_id", Imm), pastDate("work_date", Req | Imm),
          column("hours", T::Real, Req | Imm, D::Positive, 0, 24), text("description", 1000, Imm),
          choice("confirmation", 2, "0 pending, 1 confirmed, 2 rejected"),
          text("confirmed_by", 200), text("reject_reason", 1000), flag("deleted")},
         true,
         false},
        {Entity::Target,
         "target",
         "targets",
         {id("unit_id", Req | Imm), column("year", T::Int, Req | Imm, D::Range, 1931, 2200),
          choice("half", 2, "0 the whole year, 1 first half, 2 second half", Req | Imm),
          column("indicator", T::Text, Req | Imm, D::Indicator, 0, 0, 64),
          column("value", T::Real, Req, D::Range, 0, 1e12), flag("deleted")},
         true,
         false},
        {Entity::Conflict,
         "conflict",
         "conflicts",
         {text("entity", 32, Req | Imm), id("row_id", Req | Imm), text("field", 64, Req | Imm),
          choice("kind", 1, "0 concurrent edit, 1 edit versus delete", Req | Imm),
          text("kept_value", 0, Imm), text("lost_value", 0, Imm), text("kept_version", 100, Imm),
          text("lost_version", 100, Imm), text("kept_user", 200, Imm), text("lost_user", 200, Imm),
          flag("resolved"), text("resolved_by", 200), flag("deleted")},
         true,
         true},
    };
}

} // namespace

const Column *EntitySpec::column(QStringView name) const
{
    for (const Column &c : columns) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

const QList<EntitySpec> &Schema::entities()
{
    static const QList<EntitySpec> all = build();
    return all;
}

const EntitySpec &Schema::spec(Entity entity)
{
    return entities()[int(entity)];
}

const EntitySpec *Schema::find(QStringView wireName)
{
    for (const EntitySpec &s : entities()) {
        if (wireName == QLatin1String(s.wire))
            return &s;
    }
    return nullptr;
}

bool Schema::fitsText(qsizetype utf16Length)
{
    return utf16Length <= kMaxTextLength;
}

bool Schema::isWholeNumber(double d)
{
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}

bool Schema::isNumber(double d)
{
    return std::isfinite(d);
}

bool Schema::normalize(const Column &column, QJsonValue &value, QString *why)
{
    const auto fail = [&](const char *expected) {
        if (why)
            *why =
                QCoreApplication::translate("Sync", "Field “%1” must be %2.")
                    .arg(QLatin1String(column.name), QCoreApplication::translate("Sync", expected));
        return false;
    };
    if (value.isNull() || value.isUndefined()) {
        value = QJsonValue::Null;
        if (column.required)
            return fail(column.type == ColumnType::Text ? QT_TRANSLATE_NOOP("Sync", "a text")
                                                        : QT_TRANSLATE_NOOP("Sync", "a number"));
        return true;
    }
    switch (column.type) {
    case ColumnType::Text:
        if (!value.isString())
            return fail(QT_TRANSLATE_NOOP("Sync", "a text"));
        if (!fitsText(value.toString().size()))
            return fail(QT_TRANSLATE_NOOP("Sync", "at most 10,000 characters"));
        return true;
    case ColumnType::Int: {
        if (value.isBool()) {
            value = QJsonValue(qint64(value.toBool() ? 1 : 0));
            return true;
        }
        if (!value.isDouble())
            return fail(QT_TRANSLATE_NOOP("Sync", "a whole number"));
        const double d = value.toDouble();
        if (!isWholeNumber(d))
            return fail(QT_TRANSLATE_NOOP("Sync", "a whole number"));
        value = QJsonValue(qint64(d));
        return true;
    }
    case ColumnType::Real:
        if (!value.isDouble() || !isNumber(value.toDouble()))
            return fail(QT_TRANSLATE_NOOP("Sync", "a number"));
        value = QJsonValue(value.toDouble());
        return true;
    }
    return false;
}

namespace {

constexpr int kDefaultMaxLength = 10000;

QString numberText(double v)
{
    return QString::number(v, 'g', 16);
}

// A strict "yyyy-MM-dd" from 1900 on; an invalid QDate otherwise.
QDate parseDate(const QString &text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!text[i].isDigit() || text[i].unicode() > '9')
            return {};
    }
    const QDate d(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    return d.isValid() && d.year() >= 1900 ? d : QDate();
}

constexpr qint64 kInstantMin = 946684800000;  // 2000-01-01T00:00:00Z
constexpr qint64 kInstantMax = 4102444800000; // 2100-01-01T00:00:00Z

} // namespace

bool Schema::check(const Column &column, const QJsonValue &value, QDate today, QString *why)
{
    const QString name = QLatin1String(column.name);
    const auto fail = [&](const QString &sentence) {
        if (why)
            *why = sentence;
        return false;
    };
    if (value.isNull() || value.isUndefined()) {
        if (column.required)
            return fail(QCoreApplication::translate("Sync", "Field “%1” needs a value.").arg(name));
        return true;
    }
    if (column.type == ColumnType::Text) {
        const QString text = value.toString();
        const int maxLength = column.maxLength ? column.maxLength : kDefaultMaxLength;
        if (text.size() > maxLength)
            return fail(QCoreApplication::translate(
                            "Sync", "Field “%1” takes at most %2 characters (got %3).")
                            .arg(name)
                            .arg(maxLength)
                            .arg(text.size()));
        if (column.required && text.trimmed().isEmpty())
            return fail(
                QCoreApplication::translate("Sync", "Field “%1” cannot be blank.").arg(name));
    }
    const double n = value.toDouble();
    switch (column.domain) {
    case Domain::Any:
        return true;
    case Domain::Id:
        if (!Uuid::isValid(value.toString()))
            return fail(QCoreApplication::translate("Sync", "Field “%1” must be a UUID (got “%2”).")
                            .arg(name, value.toString()));
        return true;
    case Domain::Date:
    case Domain::PastDate: {
        const QDate d = parseDate(value.toString());
        if (!d.isValid())
            return fail(QCoreApplication::translate(
                            "Sync",
                            "Field “%1” must be a real date written yyyy-MM-dd, from 1900 on "
                            "(got “%2”).")
                            .arg(name, value.toString()));
        if (column.domain == Domain::PastDate && d > today)
            return fail(
                QCoreApplication::translate("Sync", "Field “%1” cannot be in the future (got %2).")
                    .arg(name, value.toString()));
        return true;
    }
    case Domain::Instant:
        if (value.toInteger() < kInstantMin || value.toInteger() >= kInstantMax)
            return fail(QCoreApplication::translate(
                            "Sync", "Field “%1” must be a time from the year 2000 to 2099, in UTC "
                                    "milliseconds (got %2).")
                            .arg(name)
                            .arg(value.toInteger()));
        return true;
    case Domain::Flag:
    case Domain::Choice:
    case Domain::Range:
        if (n < column.min || n > column.max)
            return fail(
                QCoreApplication::translate("Sync", "Field “%1” must be from %2 to %3 (got %4).")
                    .arg(name, numberText(column.min), numberText(column.max), numberText(n)));
        return true;
    case Domain::Positive:
        if (!(n > 0 && n <= column.max))
            return fail(QCoreApplication::translate(
                            "Sync", "Field “%1” must be more than 0 and at most %2 (got %3).")
                            .arg(name, numberText(column.max), numberText(n)));
        return true;
    case Domain::PastYear:
        if (n < column.min || n > today.year())
            return fail(QCoreApplication::translate(
                            "Sync", "Field “%1” must be a year from %2 to %3 (got %4).")
                            .arg(name, numberText(column.min))
                            .arg(today.year())
                            .arg(numberText(n)));
        return true;
    case Domain::Phone:
        if (!Validation::isValidPhone(value.toString()))
            return fail(QCoreApplication::translate(
                            "Sync",
                            "Field “%1” must be a phone number: 0 and 9 or 10 digits, or +84 and "
                            "9 or 10 digits (got “%2”).")
                            .arg(name, value.toString()));
        return true;
    case Domain::Email:
        if (!Validation::isValidEmail(value.toString()))
            return fail(QCoreApplication::translate(
                            "Sync", "Field “%1” must be an email address (got “%2”).")
                            .arg(name, value.toString()));
        return true;
    case Domain::Indicator:
        if (!Indicator::isKnown(value.toString()))
            return fail(QCoreApplication::translate(
                            "Sync", "Field “%1” must be a known indicator (got “%2”).")
                            .arg(name, value.toString()));
        return true;
    }
    return true;
}

QString Schema::markdown()
{
    const auto typeName = [](ColumnType t) {
        switch (t) {
        case ColumnType::Text:
            return QStringLiteral("text");
        case ColumnType::Int:
            return QStringLiteral("integer");
        case ColumnType::Real:
            return QStringLiteral("number");
        }
        return QString();
    };
    const auto domainText = [](const Column &c) {
        const int maxLength = c.maxLength ? c.maxLength : kDefaultMaxLength;
        switch (c.domain) {
        case Domain::Any:
            return c.type == ColumnType::Text
                       ? QStringLiteral("at most %1 characters").arg(maxLength)
                       : QStringLiteral("any");
        case Domain::Id:
            return QStringLiteral("UUID, lower case");
        case Domain::Date:
            return QStringLiteral("date yyyy-MM-dd from 1900");
        case Domain::PastDate:
            return QStringLiteral("date yyyy-MM-dd from 1900, not after today");
        case Domain::Instant:
            return QStringLiteral("UTC ms, 2000 to 2099");
        case Domain::Flag:
            return QStringLiteral("0 or 1");
        case Domain::Choice:
            return QString::fromLatin1(c.meaning);
        case Domain::Range:
            return QStringLiteral("%1 to %2").arg(numberText(c.min), numberText(c.max));
        case Domain::Positive:
            return QStringLiteral("above 0, at most %1").arg(numberText(c.max));
        case Domain::PastYear:
            return QStringLiteral("year, %1 to this year").arg(numberText(c.min));
        case Domain::Phone:
            return QStringLiteral(
                       "phone: 0 and 9–10 digits, or +84 and 9–10 digits; spaces . - ( ) "
                       "allowed; at most %1 characters")
                .arg(maxLength);
        case Domain::Email:
            return QStringLiteral("email address, at most %1 characters").arg(maxLength);
        case Domain::Indicator:
            return QStringLiteral("an indicator key (see Targets)");
        }
        return QString();
    };
    QString out;
    for (const EntitySpec &e : entities()) {
        out += QStringLiteral("#### `%1`%2\n\n")
                   .arg(QLatin1String(e.wire),
                        e.serverOnlyCreate ? QStringLiteral(" (made by the server)") : QString());
        out += QStringLiteral("| field | type | values | required | immutable |\n"
                              "|---|---|---|---|---|\n");
        for (const Column &c : e.columns) {
            out += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 |\n")
                       .arg(QLatin1String(c.name), typeName(c.type), domainText(c),
                            c.required ? QStringLiteral("yes") : QStringLiteral("no"),
                            c.immutable ? QStringLiteral("yes") : QStringLiteral("no"));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace df
