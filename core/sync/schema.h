#pragma once

#include <QDate>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace df {

// The synced entities, their wire names and columns. One table describes them for the
// client store, the server and the wire codec alike, so a field is added in one place.
enum class Entity { Unit, Member, Activity, Attendance, VolunteerEntry, Target, Conflict };

enum class ColumnType { Text, Int, Real };

// What values a column may hold beyond its type: the rules that the server applies to every
// pushed value and the app to every value it writes (Schema::check). Documented in
// docs/PROTOCOL.md, whose tables are made from this schema (Schema::markdown).
enum class Domain : quint8 {
    Any,       // any value of the type (texts up to maxLength characters)
    Id,        // a UUID in its 36-character lower-case text form (Uuid::isValid)
    Date,      // "yyyy-MM-dd", a real calendar date from 1900-01-01
    PastDate,  // a Date no later than today
    Instant,   // UTC milliseconds from 2000-01-01 to 2100-01-01
    Flag,      // 0 or 1
    Choice,    // a whole number from min to max (`meaning` names each)
    Range,     // a number from min to max
    Positive,  // a number above 0, at most max
    PastYear,  // a whole year from min to this year
    Phone,     // 0 and 9 or 10 digits, or +84 and 9 or 10 digits (spaces . - ( ) allowed)
    Email,     // name@domain.tld
    Indicator, // one of the target indicator keys
};

struct Column
{
    const char *name;
    ColumnType type;
    bool required = false;  // NOT NULL in the client schema (and not blank, for a text)
    bool immutable = false; // fixed once the row exists
    Domain domain = Domain::Any;
    double min = 0;
    double max = 0;
    int maxLength = 0;             // texts: at most this many characters (0: 10,000)
    const char *meaning = nullptr; // Choice: what each value means
};

struct EntitySpec
{
    Entity entity;
    const char *wire;  // "member"
    const char *table; // "members"
    QList<Column> columns;
    bool hasTombstone;     // a `deleted` column
    bool serverOnlyCreate; // rows made only by the server (conflict records)

    const Column *column(QStringView name) const;
};

namespace Schema {

const QList<EntitySpec> &entities();
const EntitySpec &spec(Entity entity);
const EntitySpec *find(QStringView wireName);
// The entity's name on the wire ("member", "attendance", ...).
inline QString wireName(Entity entity)
{
    return QString::fromLatin1(spec(entity).wire);
}

// A wire value made canonical for its column: integers as qint64, text as strings,
// null stays null. Returns false, with a sentence in *why, for a value of the wrong type.
bool normalize(const Column &column, QJsonValue &value, QString *why);
// The type rules normalize() applies, for readers that hold the value in another form
// (the pull page's parser): a text column's length in UTF-16 units, an integer column's
// number (finite, whole, exact in a double), a real column's number (finite).
constexpr qsizetype kMaxTextLength = 10000;
bool fitsText(qsizetype utf16Length);
bool isWholeNumber(double d);
bool isNumber(double d);

// A normalized value checked against its column's domain, with `today` the latest date a
// PastDate or PastYear may name. Returns false, with a sentence naming the field in *why.
bool check(const Column &column, const QJsonValue &value, QDate today, QString *why);

// Every entity's fields as Markdown tables (field, type, domain, required on create,
// immutable): the part of docs/PROTOCOL.md that a test keeps equal to this schema.
QString markdown();

} // namespace Schema

} // namespace df
