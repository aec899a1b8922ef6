// Workspace: the field work QML asks for (activities, hours, conflicts). Every
// write goes through LocalStore, so it is validated and lands with its outbox entry in
// one transaction; answers carry a sentence for every problem.
#include "workspacewrites.h"
#include "workspace.h"

#include "domain/attendance.h"
#include "domain/labels.h"
#include "domain/member.h"
#include "domain/validation.h"
#include "store/database.h"
#include "store/localstore.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "sync/merger.h"
#include "sync/syncstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMap>
#include <QVariantMap>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

namespace df::writes {

QVariantMap answer(const df::WriteResult &r)
{
    QVariantMap errors;
    QString first;
    for (const auto &issue : r.issues) {
        if (!issue.isError())
            continue;
        errors.insert(issue.field, issue.message);
        if (first.isEmpty())
            first = issue.message;
    }
    return {{QStringLiteral("ok"), r.written},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("message"), first},
            {QStringLiteral("errors"), errors}};
}

QVariantMap failure(const QString &message)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}};
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace df::writes

using namespace df::writes;

namespace {

QTime parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QTime(0, 0);
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("H'h'mm"),
                                  QStringLiteral("H'h'"), QStringLiteral("H")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid())
            return time;
    }
    return {};
}

qint64 number(const QVariant &v, bool *ok)
{
    const QString t = v.toString().remove(QLatin1Char('.')).remove(QLatin1Char(',')).trimmed();
    if (t.isEmpty())
        return 0;
    return t.toLongLong(ok);
}

QString recordLabel(const df::Queries &q, const QString &entity, const QString &rowId)
{
    if (entity == QLatin1String("member")) {
        const auto m = q.member(rowId);
        return m ? m->fullName : QString();
    }
    if (entity == QLatin1String("activity")) {
        const auto a = q.activity(rowId);
        return a ? a->title : QString();
    }
    if (entity == QLatin1String("unit")) {
        const auto u = q.unit(rowId);
        return u ? u->name : QString();
    }
    return {};
}

QString fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("Workspace", "Full name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Workspace", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Workspace", "Email")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("Workspace", "Address")},
        {QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("Workspace", "Unit")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("Workspace", "Position")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Workspace", "Status")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("Workspace", "Title")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("Workspace", "Place")},
        {QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("Workspace", "Date and time")},
        {QStringLiteral("hardship"), QT_TRANSLATE_NOOP("Workspace", "Hardship")},
        {QStringLiteral("hardship_note"), QT_TRANSLATE_NOOP("Workspace", "Note")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("Workspace", "Deleted")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : Workspace::tr(it.value());
}

QString shownValue(const QString &encoded)
{
    const QJsonValue v = df::Merger::decodeValue(encoded);
    if (v.isNull() || v.isUndefined())
        return Workspace::tr("(empty)");
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString shownTime(const QString &version)
{
    const df::Version v = df::Version::fromString(version);
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.wallMs())
        .toLocalTime()
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

QString Workspace::today() const
{
    return QDate::currentDate().toString(kDateFormat);
}

QStringList Workspace::activityKinds() const
{
    QStringList out;
    for (int k = 0; k <= int(df::ActivityKind::Other); ++k)
        out.append(df::Labels::activityKind(k));
    return out;
}

QStringList Workspace::attendanceStatuses() const
{
    QStringList out;
    for (int s = 0; s <= int(df::AttendanceStatus::Absent); ++s)
        out.append(df::Labels::attendanceStatus(s));
    return out;
}

QVariantMap Workspace::saveActivity(const QVariantMap &f)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    df::Activity a;
    if (const QString id = f.value(QStringLiteral("id")).toString(); !id.isEmpty()) {
        if (const auto existing = m_queries->activity(id))
            a = *existing;
    }
    a.unitId = f.value(QStringLiteral("unitId"), a.unitId).toString();
    a.kind = df::ActivityKind(f.value(QStringLiteral("kind"), int(a.kind)).toInt());
    a.title = f.value(QStringLiteral("title")).toString().trimmed();
    a.place = f.value(QStringLiteral("place")).toString().trimmed();
    a.campaign = f.value(QStringLiteral("campaign")).toString().trimmed();
    a.description = f.value(QStringLiteral("description")).toString().trimmed();
    QVariantMap errors;
    const QDate date = parseDate(f.value(QStringLiteral("date")).toString());
    const QTime time = parseTime(f.value(QStringLiteral("time")).toString());
    if (!date.isValid())
        errors.insert(QStringLiteral("date"),
                      tr("Enter the date as day/month/year, e.g. 26/03/2026."));
    if (!time.isValid())
        errors.insert(QStringLiteral("time"), tr("Enter the time as hour:minute, e.g. 07:30."));
    a.startsAt = date.isValid() && time.isValid() ? QDateTime(date, time) : QDateTime();
    a.endsAt = {};
    const auto output = [&](const char *key, qint64 &target) {
        bool ok = true;
        const qint64 n = number(f.value(QLatin1String(key)), &ok);
        if (!ok || n < 0)
            errors.insert(QLatin1String(key), tr("Enter a whole number, 0 or more."));
        else
            target = n;
    };
    output("trees", a.outputs.treesPlanted);
    output("children", a.outputs.childrenSupported);
    output("money", a.outputs.moneyRaisedVnd);
    output("works", a.outputs.worksBuilt);
    if (!errors.isEmpty()) {
        QVariantMap out = failure(errors.first().toString());
        out.insert(QStringLiteral("errors"), errors);
        return out;
    }
    try {
        const QVariantMap out = answer(m_store->saveActivity(a));
        announceWrite(out);
        return out;
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "save activity:" << e.message();
        return failure(tr("The activity could not be saved: %1").arg(e.message()));
    }
}

QVariantMap Workspace::activityInfo(const QString &activityId) const
{
    if (!m_queries)
        return {};
    const auto a = m_queries->activity(activityId);
    if (!a)
        return {};
    const df::AttendanceSheet sheet = m_queries->attendance(activityId);
    const df::ActivityHours hours = m_queries->hoursForActivity(activityId);
    const QDateTime start = a->startsAt.toLocalTime();
    return {{QStringLiteral("id"), a->id},
            {QStringLiteral("unitId"), a->unitId},
            {QStringLiteral("unitName"), unitName(a->unitId)},
            {QStringLiteral("kind"), int(a->kind)},
            {QStringLiteral("kindName"), df::Labels::activityKind(int(a->kind))},
            {QStringLiteral("title"), a->title},
            {QStringLiteral("date"), start.toString(kDateFormat)},
            {QStringLiteral("time"), start.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("place"), a->place},
            {QStringLiteral("campaign"), a->campaign},
            {QStringLiteral("description"), a->description},
            {QStringLiteral("trees"), a->outputs.treesPlanted},
            {QStringLiteral("children"), a->outputs.childrenSupported},
            {QStringLiteral("money"), a->outputs.moneyRaisedVnd},
            {QStringLiteral("works"), a->outputs.worksBuilt},
            {QStringLiteral("present"), sheet.counts[0]},
            {QStringLiteral("late"), sheet.counts[1]},
            {QStringLiteral("excused"), sheet.counts[2]},
            {QStringLiteral("absent"), sheet.counts[3]},
            {QStringLiteral("expected"), sheet.expected},
            {QStringLiteral("hoursTotal"), hours.total},
            {QStringLiteral("hoursMembers"), int(hours.members.size())}};
}

QVariantList Workspace::attendeesOf(const QString &activityId) const
{
    QVariantList out;
    if (!m_queries)
        return out;
    const df::AttendanceSheet sheet = m_queries->attendance(activityId);
    for (const df::Attendance &row : sheet.rows) {
        if (row.status != df::AttendanceStatus::Present && row.status != df::AttendanceStatus::Late)
            continue;
        const auto m = m_queries->member(row.memberId);
        if (!m)
            continue;
        out.append(QVariantMap{{QStringLiteral("memberId"), m->id},
                               {QStringLiteral("fullName"), m->fullName}});
    }
    return out;
}

QVariantMap Workspace::logHours(const QVariantList &entries, const QString &date,
                                const QString &description, const QString &activityId)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    const QDate day = parseDate(date);
    if (!day.isValid())
        return failure(tr("Enter the date as day/month/year, e.g. 26/03/2026."));
    if (entries.isEmpty())
        return failure(tr("Choose at least one member."));
    int written = 0;
    try {
        // All or nothing: one bad row leaves every other row unwritten too.
        df::Transaction tx(*m_db);
        for (const QVariant &item : entries) {
            const QVariantMap e = item.toMap();
            df::VolunteerEntry v;
            v.memberId = e.value(QStringLiteral("memberId")).toString();
            v.activityId = activityId;
            v.date = day;
            bool ok = false;
            v.hours = e.value(QStringLiteral("hours"))
                          .toString()
                          .replace(QLatin1Char(','), QLatin1Char('.'))
                          .toDouble(&ok);
            if (!ok)
                return failure(tr("Enter the hours as a number, e.g. 4 or 2.5."));
            if (v.hours == 0)
                continue; // an officer set this person to 0: nothing to log
            v.description = description.trimmed();
            const df::WriteResult r = m_store->addVolunteerEntry(v);
            if (!r.written) {
                const auto m = m_queries->member(v.memberId);
                return failure(
                    tr("%1: %2").arg(m ? m->fullName : v.memberId, df::firstError(r.issues)));
            }
            ++written;
        }
        tx.commit();
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "log hours:" << e.message();
        return failure(tr("The hours could not be saved: %1").arg(e.message()));
    }
    if (written > 0) {
        Q_EMIT localChanged();
        Q_EMIT dataChanged();
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("count"), written}};
}

QVariantMap Workspace::memberHours(const QString &memberId) const
{
    if (!m_queries)
        return {};
    const df::MemberHours h = m_queries->hoursForMember(memberId);
    QVariantList entries;
    QMap<int, QPair<double, double>> years; // year → (total, confirmed)
    for (const df::VolunteerEntry &e : h.entries) {
        const auto activity =
            e.activityId.isEmpty() ? std::nullopt : m_queries->activity(e.activityId);
        entries.append(
            QVariantMap{{QStringLiteral("id"), e.id},
                        {QStringLiteral("date"), e.date.toString(kDateFormat)},
                        {QStringLiteral("hours"), e.hours},
                        {QStringLiteral("description"), !e.description.isEmpty() ? e.description
                                                        : activity               ? activity->title
                                                                                 : QString()},
                        {QStringLiteral("confirmation"), int(e.confirmation)},
                        {QStringLiteral("rejectReason"), e.rejectReason}});
        if (e.confirmation != df::Confirmation::Rejected) {
            auto &y = years[e.date.year()];
            y.first += e.hours;
            if (e.confirmation == df::Confirmation::Confirmed)
                y.second += e.hours;
        }
    }
    QVariantList perYear;
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        perYear.prepend(QVariantMap{{QStringLiteral("year"), it.key()},
                                    {QStringLiteral("total"), it.value().first},
                                    {QStringLiteral("confirmed"), it.value().second}});
    return {{QStringLiteral("entries"), entries},
            {QStringLiteral("years"), perYear},
            {QStringLiteral("total"), h.total},
            {QStringLiteral("confirmed"), h.confirmed}};
}

QVariantMap Workspace::confirmHours(const QString &entryId, bool confirm, const QString &reason)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    if (!confirm && reason.trimmed().isEmpty())
        return failure(tr("Say why the hours are rejected."));
    try {
        const QVariantMap out = answer(m_store->setConfirmation(
            entryId, int(confirm ? df::Confirmation::Confirmed : df::Confirmation::Rejected),
            m_user, reason.trimmed()));
        if (out.value(QStringLiteral("ok")).toBool()) {
            Q_EMIT localChanged();
            Q_EMIT dataChanged();
        }
        return out;
    } catch (const df::StoreError &e) {
        return failure(e.message());
    }
}

int Workspace::openConflictCount() const
{
    if (!m_db || !isReady())
        return 0;
    auto st = m_db->prepare("SELECT count(*) FROM conflicts WHERE resolved = 0 AND deleted = 0");
    return st.step() ? st.int32(0) : 0;
}

QVariantList Workspace::openConflicts(const QString &rowId) const
{
    QVariantList out;
    if (!m_db || !isReady())
        return out;
    auto st = m_db->prepare("SELECT id, entity, row_id, field, kept_value, lost_value, "
                            "kept_version, lost_version, kept_user, lost_user FROM conflicts "
                            "WHERE resolved = 0 AND deleted = 0 AND (?1 = '' OR row_id = ?1) "
                            "ORDER BY lost_version DESC LIMIT 500");
    st.bind(1, rowId.isNull() ? QStringLiteral("") : rowId);
    while (st.step()) {
        const QString entity = st.text(1);
        const QString rowId = st.text(2);
        out.append(QVariantMap{{QStringLiteral("id"), st.text(0)},
                               {QStringLiteral("record"), recordLabel(*m_queries, entity, rowId)},
                               {QStringLiteral("field"), fieldLabel(st.text(3))},
                               {QStringLiteral("keptValue"), shownValue(st.text(4))},
                               {QStringLiteral("lostValue"), shownValue(st.text(5))},
                               {QStringLiteral("keptWhen"), shownTime(st.text(6))},
                               {QStringLiteral("lostWhen"), shownTime(st.text(7))},
                               {QStringLiteral("keptUser"), st.text(8)},
                               {QStringLiteral("lostUser"), st.text(9)}});
    }
    return out;
}

QVariantMap Workspace::resolveConflict(const QString &conflictId, bool restoreLost)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    try {
        df::Transaction tx(*m_db);
        auto st =
            m_db->prepare("SELECT entity, row_id, field, lost_value FROM conflicts WHERE id = ?1");
        st.bind(1, conflictId);
        if (!st.step())
            return failure(tr("This conflict is no longer on this device."));
        const df::EntitySpec *spec = df::Schema::find(st.text(0));
        const QString rowId = st.text(1);
        const QString field = st.text(2);
        const QString lost = st.text(3);
        st.reset();
        if (restoreLost && spec) {
            // A new change with the value that lost: it wins over both, on every replica.
            m_store->sync().writeLocal(spec->entity, rowId,
                                       {{field, df::Merger::decodeValue(lost)}});
        }
        m_store->sync().writeLocal(
            df::Entity::Conflict, conflictId,
            {{QStringLiteral("resolved"), 1}, {QStringLiteral("resolved_by"), m_user}});
        tx.commit();
    } catch (const df::StoreError &e) {
        return failure(tr("The conflict could not be resolved: %1").arg(e.message()));
    }
    Q_EMIT localChanged();
    Q_EMIT dataChanged();
    return {{QStringLiteral("ok"), true}};
}

QVariantMap Workspace::reopenConflict(const QString &conflictId)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    try {
        df::Transaction tx(*m_db);
        auto st = m_db->prepare(
            "SELECT entity, row_id, field, kept_value, lost_value FROM conflicts WHERE id = ?1");
        st.bind(1, conflictId);
        if (!st.step())
            return failure(tr("This conflict is no longer on this device."));
        const df::EntitySpec *spec = df::Schema::find(st.text(0));
        const QString rowId = st.text(1), field = st.text(2);
        const QJsonValue kept = df::Merger::decodeValue(st.text(3));
        const QJsonValue lost = df::Merger::decodeValue(st.text(4));
        st.reset();
        // The overwritten value was restored: the value kept before comes back.
        if (spec && m_store->sync().read(*spec, rowId).fields.value(field) == lost)
            m_store->sync().writeLocal(spec->entity, rowId, {{field, kept}});
        m_store->sync().writeLocal(df::Entity::Conflict, conflictId,
                                   {{QStringLiteral("resolved"), 0}});
        tx.commit();
    } catch (const df::StoreError &e) {
        return failure(tr("The conflict could not be reopened: %1").arg(e.message()));
    }
    Q_EMIT localChanged();
    Q_EMIT dataChanged();
    return {{QStringLiteral("ok"), true}};
}
