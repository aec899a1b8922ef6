#include "sync/schema.h"

#include <QCoreApplication>
#include <cmath>

namespace df {

namespace {

using T = ColumnType;

QList<EntitySpec> build()
{
    return {
        {Entity::Unit,
         "unit",
         "org_units",
         {{"parent_id", T::Text},
          {"level", T::Int, true},
          {"name", T::Text, true},
          {"code", T::Text},
          {"deleted", T::Int, true}},
         true,
         false},
        {Entity::Member,
         "member",
         "members",
         {{"unit_id", T::Text, true},
          {"full_name", T::Text, true},
          {"birth_date", T::Text},
          {"gender", T::Int, true},
          {"ethnicity", T::Text},
          {"religion", T::Text},
          {"phone", T::Text},
          {"email", T::Text},
          {"address", T::Text},
          {"card_number", T::Text},
          {"joined_date", T::Text},
          {"education", T::Text},
          {"professional", T::Text},
          {"theory_level", T::Int, true},
          {"position", T::Int, true},
          {"party_member", T::Int, true},
          {"party_date", T::Text},
          {"outstanding", T::Int, true},
          {"outstanding_date", T::Text},
          {"hardship", T::Int, true},
          {"hardship_note", T::Text},
          {"rating", T::Int, true},
          {"rating_year", T::Int},
          {"courses", T::Text},
          {"status", T::Int, true},
          {"citizen_id", T::Text},
          {"deleted", T::Int, true}},
         true,
         false},
        {Entity::Activity,
         "activity",
         "activities",
         {{"unit_id", T::Text, true},
          {"kind", T::Int, true},
          {"title", T::Text, true},
          {"starts_at", T::Int, true},
          {"ends_at", T::Int},
          {"place", T::Text},
          {"campaign", T::Text},
          {"description", T::Text},
          {"out_trees", T::Int, true},
          {"out_children", T::Int, true},
          {"out_money_vnd", T::Int, true},
          {"out_works", T::Int, true},
          {"deleted", T::Int, true}},
         true,
         false},
        {Entity::Attendance,
         "attendance",
         "attendance",
         {{"activity_id", T::Text, true, true},
          {"member_id", T::Text, true, true},
          {"status", T::Int, true},
          {"checked_in_at", T::Int},
          {"method", T::Int, true},
          {"recorded_by", T::Text}},
         false,
         false},
        {Entity::VolunteerEntry,
         "volunteer_entry",
         "volunteer_entries",
         {{"member_id", T::Text, true, true},
          {"activity_id", T::Text, false, true},
          {"work_date", T::Text, true, true},
          {"hours", T::Real, true, true},
          {"description", T::Text, false, true},
          {"confirmation", T::Int, true},
          {"confirmed_by", T::Text},
          {"reject_reason", T::Text},
          {"deleted", T::Int, true}},
         true,
         false},
        {Entity::Target,
         "target",
         "targets",
         {{"unit_id", T::Text, true, true},
          {"year", T::Int, true, true},
          {"half", T::Int, true, true},
          {"indicator", T::Text, true, true},
          {"value", T::Real, true},
          {"deleted", T::Int, true}},
         true,
         false},
        {Entity::Conflict,
         "conflict",
         "conflicts",
         {{"entity", T::Text, true, true},
          {"row_id", T::Text, true, true},
          {"field", T::Text, true, true},
          {"kind", T::Int, true, true},
          {"kept_value", T::Text, false, true},
          {"lost_value", T::Text, false, true},
          {"kept_version", T::Text, false, true},
          {"lost_version", T::Text, false, true},
          {"kept_user", T::Text, false, true},
          {"lost_user", T::Text, false, true},
          {"resolved", T::Int, true},
          {"resolved_by", T::Text},
          {"deleted", T::Int, true}},
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
        if (value.toString().size() > 10000)
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
        if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
            return fail(QT_TRANSLATE_NOOP("Sync", "a whole number"));
        value = QJsonValue(qint64(d));
        return true;
    }
    case ColumnType::Real:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return fail(QT_TRANSLATE_NOOP("Sync", "a number"));
        value = QJsonValue(value.toDouble());
        return true;
    }
    return false;
}

} // namespace df
