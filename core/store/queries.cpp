#include "store/queries.h"

#include "store/database.h"
#include "store/subtree.h"

#include <QHash>
#include <QTimeZone>

namespace df {

namespace {

QDate dateAt(const Statement &st, int col)
{
    return st.isNull(col) ? QDate() : QDate::fromString(st.text(col), Qt::ISODate);
}

QDateTime timeAt(const Statement &st, int col)
{
    return st.isNull(col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(st.int64(col), Qt::UTC);
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? QString() : s;
}

OrgUnit readUnit(const Statement &st)
{
    OrgUnit u;
    u.id = st.text(0);
    u.parentId = st.text(1);
    u.level = UnitLevel(st.int32(2));
    u.name = st.text(3);
    u.code = orEmpty(st.text(4));
    return u;
}

constexpr const char *kActivityColumns =
    "a.id, a.unit_id, a.kind, a.title, a.starts_at, a.ends_at, a.place, a.campaign, "
    "a.description, a.out_trees, a.out_children, a.out_money_vnd, a.out_works";

Activity readActivity(const Statement &st)
{
    Activity a;
    a.id = st.text(0);
    a.unitId = st.text(1);
    a.kind = ActivityKind(st.int32(2));
    a.title = st.text(3);
    a.startsAt = timeAt(st, 4);
    a.endsAt = timeAt(st, 5);
    a.place = orEmpty(st.text(6));
    a.campaign = orEmpty(st.text(7));
    a.description = orEmpty(st.text(8));
    a.outputs = {st.int64(9), st.int64(10), st.int64(11), st.int64(12)};
    return a;
}

VolunteerEntry readEntry(const Statement &st)
{
    VolunteerEntry e;
    e.id = st.text(0);
    e.memberId = st.text(1);
    e.activityId = orEmpty(st.text(2));
    e.date = dateAt(st, 3);
    e.hours = st.real(4);
    e.description = orEmpty(st.text(5));
    e.confirmation = Confirmation(st.int32(6));
    e.confirmedBy = orEmpty(st.text(7));
    e.rejectReason = orEmpty(st.text(8));
    return e;
}

} // namespace

Queries::Queries(Database &db)
    : m_db(db)
{}

std::optional<OrgUnit> Queries::unit(const QString &id) const
{
    auto st = m_db.prepare("SELECT id, parent_id, level, name, code FROM org_units "
                           "WHERE id = ?1 AND deleted = 0");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readUnit(st);
}

QStringList Queries::rootUnitIds() const
{
    // A root of the local data: no parent, or a parent outside what this device holds.
    auto st = m_db.prepare("SELECT u.id FROM org_units u LEFT JOIN org_units p "
                           "ON p.id = u.parent_id WHERE u.deleted = 0 AND p.id IS NULL "
                           "ORDER BY u.level, u.name");
    QStringList ids;
    while (st.step())
        ids.append(st.text(0));
    return ids;
}

QList<UnitNode> Queries::subtree(const QString &rootId) const
{
    QHash<QString, QList<UnitNode>> children;
    std::optional<UnitNode> root;
    {
        auto st = m_db.prepare(
            QByteArray(kSubtreeCte) +
            "SELECT u.id, u.parent_id, u.level, u.name, u.code, "
            "(SELECT count(*) FROM members m WHERE m.unit_id = u.id AND m.status = 0 "
            "AND m.deleted = 0) FROM sub JOIN org_units u ON u.id = sub.id ORDER BY u.name");
        st.bind(1, rootId);
        while (st.step()) {
            UnitNode node;
            node.unit = readUnit(st);
            node.memberCount = st.int32(5);
            if (node.unit.id == rootId)
                root = node;
            else
                children[node.unit.parentId].append(node);
        }
    }
    QList<UnitNode> out;
    if (!root)
        return out;
    // Depth-first with an explicit stack: a deep tree must not exhaust the call stack.
    QList<UnitNode> stack{*root};
    while (!stack.isEmpty()) {
        UnitNode node = stack.takeLast();
        const auto kids = children.value(node.unit.id);
        node.childCount = int(kids.size());
        out.append(node);
        for (auto it = kids.rbegin(); it != kids.rend(); ++it) {
            UnitNode child = *it;
            child.depth = node.depth + 1;
            stack.append(child);
        }
    }
    return out;
}

QStringList Queries::subtreeIds(const QString &rootId) const
{
    auto st = m_db.prepare(QByteArray(kSubtreeCte) + "SELECT id FROM sub");
    st.bind(1, rootId);
    QStringList ids;
    while (st.step())
        ids.append(st.text(0));
    return ids;
}

std::optional<Member> Queries::member(const QString &id) const
{
    auto st = m_db.prepare(
        "SELECT id, unit_id, full_name, birth_date, gender, ethnicity, religion, phone, email, "
        "address, card_number, joined_date, education, professional, theory_level, position, "
        "party_member, party_date, outstanding, outstanding_date, hardship, hardship_note, "
        "rating, rating_year, courses, status, citizen_id FROM members "
        "WHERE id = ?1 AND deleted = 0");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    Member m;
    m.id = st.text(0);
    m.unitId = st.text(1);
    m.fullName = st.text(2);
    m.birthDate = dateAt(st, 3);
    m.gender = Gender(st.int32(4));
    m.ethnicity = orEmpty(st.text(5));
    m.religion = orEmpty(st.text(6));
    m.phone = orEmpty(st.text(7));
    m.email = orEmpty(st.text(8));
    m.address = orEmpty(st.text(9));
    m.cardNumber = orEmpty(st.text(10));
    m.joinedDate = dateAt(st, 11);
    m.education = orEmpty(st.text(12));
    m.professional = orEmpty(st.text(13));
    m.theoryLevel = TheoryLevel(st.int32(14));
    m.position = UnionPosition(st.int32(15));
    m.partyMember = st.int32(16) != 0;
    m.partyDate = dateAt(st, 17);
    m.outstanding = st.int32(18) != 0;
    m.outstandingDate = dateAt(st, 19);
    m.hardship = st.int32(20) != 0;
    m.hardshipNote = orEmpty(st.text(21));
    m.rating = Rating(st.int32(22));
    m.ratingYear = st.int32(23);
    if (!st.isNull(24))
        m.courses = st.text(24).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    m.status = MemberStatus(st.int32(25));
    m.citizenId = orEmpty(st.text(26));
    return m;
}

QString Queries::unitWithParent(const QString &id) const
{
    const auto u = unit(id);
    if (!u)
        return {};
    const auto parent = u->parentId.isEmpty() ? std::nullopt : unit(u->parentId);
    return parent ? u->name + QStringLiteral(" – ") + parent->name : u->name;
}

int Queries::memberCount(const QString &rootUnitId) const
{
    if (rootUnitId.isEmpty()) {
        auto st = m_db.prepare("SELECT count(*) FROM members WHERE status = 0 AND deleted = 0");
        st.step();
        return st.int32(0);
    }
    auto st = m_db.prepare(QByteArray(kSubtreeCte) +
                           "SELECT count(*) FROM members WHERE unit_id IN (SELECT id FROM sub) "
                           "AND status = 0 AND deleted = 0");
    st.bind(1, rootUnitId);
    st.step();
    return st.int32(0);
}

QList<Activity> Queries::activities(const QString &unitId, bool includeSubtree, QDate from,
                                    QDate to) const
{
    const QByteArray sql =
        QByteArray(kSubtreeCte) + "SELECT " + kActivityColumns + " FROM activities a WHERE " +
        (includeSubtree ? "a.unit_id IN (SELECT id FROM sub)" : "a.unit_id = ?1") +
        " AND a.deleted = 0 AND a.starts_at >= ?2 AND a.starts_at < ?3 ORDER BY a.starts_at";
    auto st = m_db.prepare(sql);
    // The range is in the device's local calendar: a day starts at local midnight.
    st.bind(1, unitId)
        .bind(2, from.startOfDay().toMSecsSinceEpoch())
        .bind(3, to.addDays(1).startOfDay().toMSecsSinceEpoch());
    QList<Activity> out;
    while (st.step())
        out.append(readActivity(st));
    return out;
}

std::optional<Activity> Queries::activity(const QString &id) const
{
    auto st = m_db.prepare(QByteArray("SELECT ") + kActivityColumns +
                           " FROM activities a WHERE a.id = ?1 AND a.deleted = 0");
    st.bind(1, id);
    if (!st.step())
        return std::nullopt;
    return readActivity(st);
}

AttendanceSheet Queries::attendance(const QString &activityId, bool byName,
                                    bool countExpected) const
{
    AttendanceSheet sheet;
    {
        // Sorting by name costs more than the rest of the read (a join and a sort over
        // every row); a roster that keeps the rows in a hash asks for them unsorted.
        auto st = m_db.prepare(
            byName ? "SELECT t.id, t.activity_id, t.member_id, t.status, t.checked_in_at, "
                     "t.method, t.recorded_by FROM attendance t JOIN members m ON "
                     "m.id = t.member_id WHERE t.activity_id = ?1 ORDER BY m.sort_key"
                   : "SELECT t.id, t.activity_id, t.member_id, t.status, t.checked_in_at, "
                     "t.method, t.recorded_by FROM attendance t WHERE t.activity_id = ?1 AND "
                     "EXISTS (SELECT 1 FROM members m WHERE m.id = t.member_id)");
        st.bind(1, activityId);
        while (st.step()) {
            Attendance a;
            a.id = st.text(0);
            a.activityId = st.text(1);
            a.memberId = st.text(2);
            a.status = AttendanceStatus(st.int32(3));
            a.checkedInAt = timeAt(st, 4);
            a.method = CheckInMethod(st.int32(5));
            a.recordedBy = orEmpty(st.text(6));
            const int s = int(a.status);
            if (s >= 0 && s < 4)
                ++sheet.counts[s];
            sheet.rows.append(a);
        }
    }
    if (!countExpected)
        return sheet;
    if (const auto a = activity(activityId))
        sheet.expected = memberCount(a->unitId);
    return sheet;
}

MemberHours Queries::hoursForMember(const QString &memberId) const
{
    MemberHours out;
    auto st = m_db.prepare(
        "SELECT id, member_id, activity_id, work_date, hours, description, confirmation, "
        "confirmed_by, reject_reason FROM volunteer_entries WHERE member_id = ?1 AND deleted = 0 "
        "ORDER BY work_date DESC, id DESC");
    st.bind(1, memberId);
    while (st.step()) {
        const VolunteerEntry e = readEntry(st);
        if (e.confirmation != Confirmation::Rejected)
            out.total += e.hours;
        if (e.confirmation == Confirmation::Confirmed)
            out.confirmed += e.hours;
        out.entries.append(e);
    }
    return out;
}

ActivityHours Queries::hoursForActivity(const QString &activityId) const
{
    ActivityHours out;
    auto st = m_db.prepare(
        "SELECT m.id, m.full_name, sum(v.hours), count(*) FROM volunteer_entries v "
        "JOIN members m ON m.id = v.member_id WHERE v.activity_id = ?1 AND v.deleted = 0 "
        "AND v.confirmation != 2 GROUP BY m.id ORDER BY m.sort_key");
    st.bind(1, activityId);
    while (st.step()) {
        ActivityHoursRow row{st.text(0), st.text(1), st.real(2), st.int32(3)};
        out.total += row.hours;
        out.members.append(row);
    }
    return out;
}

QList<Target> Queries::targets(const QString &unitId, int year) const
{
    auto st = m_db.prepare("SELECT id, unit_id, year, half, indicator, value FROM targets "
                           "WHERE unit_id = ?1 AND year = ?2 AND deleted = 0 "
                           "ORDER BY half, indicator");
    st.bind(1, unitId).bind(2, year);
    QList<Target> out;
    while (st.step())
        out.append({st.text(0), st.text(1), st.int32(2), st.int32(3), st.text(4), st.real(5)});
    return out;
}

// A conflict about a conflict row (two people resolving one conflict at once, recorded by
// servers before resolutions became last-writer-wins) is nothing a user can act on.
QList<ConflictRecord> Queries::openConflicts(const QString &rowId, int limit) const
{
    QList<ConflictRecord> out;
    auto st = m_db.prepare("SELECT id, entity, row_id, field, kept_value, lost_value, "
                           "kept_version, lost_version, kept_user, lost_user FROM conflicts "
                           "WHERE resolved = 0 AND deleted = 0 AND entity <> 'conflict' AND "
                           "(?1 = '' OR row_id = ?1) ORDER BY lost_version DESC LIMIT ?2");
    st.bind(1, rowId.isNull() ? QStringLiteral("") : rowId);
    st.bind(2, limit);
    while (st.step()) {
        out.append({st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.text(5),
                    st.text(6), st.text(7), st.text(8), st.text(9)});
    }
    return out;
}

int Queries::openConflictCount(const QString &rowId) const
{
    auto st = m_db.prepare("SELECT count(*) FROM conflicts WHERE resolved = 0 AND deleted = 0 "
                           "AND entity <> 'conflict' AND (?1 = '' OR row_id = ?1)");
    st.bind(1, rowId.isNull() ? QStringLiteral("") : rowId);
    return st.step() ? st.int32(0) : 0;
}

} // namespace df
