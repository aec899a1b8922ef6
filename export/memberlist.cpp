#include "memberlist.h"

#include "domain/labels.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/subtree.h"
#include "xlsx.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace df {

namespace {

// Writes every row of `st` through `row` (which writes its cells after the row number);
// a statement left half-read is reset when the export stops.
template<typename Row>
void streamRows(Statement &st, TableFile &out, const ExportProgress &progress, Row row)
{
    try {
        while (st.step()) {
            out.whole(out.rows() + 1);
            row();
            out.endRow();
            if (progress && out.rows() % 1000 == 0 && !progress(out.rows()))
                throw ExportError(
                    QCoreApplication::translate("Export", "The export was cancelled."));
        }
    } catch (...) {
        st.reset();
        throw;
    }
}

// The same, then the file finished.
template<typename Row>
qint64 stream(Statement &st, TableFile &out, const ExportProgress &progress, Row row)
{
    streamRows(st, out, progress, row);
    out.close();
    return out.rows();
}

} // namespace

qint64 MemberList::write(Database &db, const MemberFilter &filter, const QString &path,
                         const ExportProgress &progress)
{
    TableFile out(path, TableFile::formatOf(path),
                  QCoreApplication::translate("Export", "Members"));
    out.header({QCoreApplication::translate("Export", "No."),
                QCoreApplication::translate("Export", "Full name"),
                QCoreApplication::translate("Export", "Date of birth"),
                QCoreApplication::translate("Export", "Gender"),
                QCoreApplication::translate("Export", "Ethnicity"),
                QCoreApplication::translate("Export", "Religion"),
                QCoreApplication::translate("Export", "Unit"),
                QCoreApplication::translate("Export", "Union card number"),
                QCoreApplication::translate("Export", "Joined the Union"),
                QCoreApplication::translate("Export", "Phone"),
                QCoreApplication::translate("Export", "Email"),
                QCoreApplication::translate("Export", "Address"),
                QCoreApplication::translate("Export", "Education"),
                QCoreApplication::translate("Export", "Professional training"),
                QCoreApplication::translate("Export", "Political theory"),
                QCoreApplication::translate("Export", "Position"),
                QCoreApplication::translate("Export", "Party member"),
                QCoreApplication::translate("Export", "Citizen ID"),
                QCoreApplication::translate("Export", "Rating")},
               {6, 26, 12, 8, 9, 10, 28, 14, 12, 13, 24, 30, 10, 16, 12, 22, 9, 14, 14});
    // Units in name order, then each unit's members in name order through the index on
    // (unit_id, sort_key): no sort of the whole list, in time or in memory.
    QStringList units;
    {
        auto st = filter.rootUnitId.isEmpty()
                      ? db.prepare("SELECT id FROM org_units ORDER BY name, id")
                      : db.prepare(QByteArray(kSubtreeCte) +
                                   "SELECT u.id FROM sub JOIN org_units u ON u.id = sub.id "
                                   "ORDER BY u.name, u.id");
        if (!filter.rootUnitId.isEmpty())
            st.bind(1, filter.rootUnitId);
        while (st.step())
            units.append(st.text(0));
    }
    QByteArray sql = "SELECT m.full_name, m.birth_date, m.gender, m.ethnicity, m.religion, u.name, "
                     "m.card_number, m.joined_date, m.phone, m.email, m.address, m.education, "
                     "m.professional, m.theory_level, m.position, m.party_member, m.citizen_id, "
                     "m.rating, m.rating_year FROM members m "
                     "JOIN org_units u ON u.id = m.unit_id WHERE m.unit_id = ?1 AND m.deleted = 0";
    const QString tokens = MemberSearch::foldedTokens(filter.text);
    if (!tokens.isEmpty())
        sql += " AND df_prefix_match(m.search_key, ?3)";
    sql += MemberSearch::filterConditions(filter);
    sql += " ORDER BY m.sort_key";
    const QString yes = QCoreApplication::translate("Export", "yes");
    // Labels once, not per row.
    QString gender[3], theory[4], position[5];
    for (int i = 1; i < 3; ++i)
        gender[i] = Labels::gender(i);
    for (int i = 1; i < 4; ++i)
        theory[i] = Labels::theoryLevel(i);
    for (int i = 0; i < 5; ++i)
        position[i] = Labels::position(i);
    const auto label = [](const QString *names, int n, int i) {
        return i >= 0 && i < n ? names[i] : QString();
    };
    for (const QString &unit : std::as_const(units)) {
        auto st = db.prepare(sql);
        st.bind(1, unit);
        if (!tokens.isEmpty())
            st.bindText(3, tokens.toUtf8());
        MemberSearch::bindConditions(st, filter);
        streamRows(st, out, progress, [&] {
            out.text(st.text(0));
            out.isoDate(st.text(1));
            out.text(label(gender, 3, st.int32(2)));
            out.text(st.text(3));
            out.text(st.text(4));
            out.text(st.text(5));
            out.text(st.text(6));
            out.isoDate(st.text(7));
            out.text(st.text(8));
            out.text(st.text(9));
            out.text(st.text(10));
            out.text(st.text(11));
            out.text(st.text(12));
            out.text(label(theory, 4, st.int32(13)));
            out.text(label(position, 5, st.int32(14)));
            out.text(st.int32(15) ? yes : QString());
            out.text(st.text(16));
            out.text(
                st.int32(17)
                    ? QStringLiteral("%1 (%2)").arg(Labels::rating(st.int32(17))).arg(st.int64(18))
                    : QString());
        });
    }
    out.close();
    return out.rows();
}

qint64 MemberList::writeXlsx(Database &db, const QString &unitId, const QString &path,
                             const ExportProgress &progress)
{
    MemberFilter filter;
    filter.rootUnitId = unitId;
    return write(db, filter, path, progress);
}

qint64 AttendanceList::write(Database &db, const QString &activityId, const QString &path,
                             const ExportProgress &progress)
{
    TableFile out(path, TableFile::formatOf(path),
                  QCoreApplication::translate("Export", "Attendance"));
    out.header({QCoreApplication::translate("Export", "No."),
                QCoreApplication::translate("Export", "Full name"),
                QCoreApplication::translate("Export", "Unit"),
                QCoreApplication::translate("Export", "Union card number"),
                QCoreApplication::translate("Export", "Attendance"),
                QCoreApplication::translate("Export", "Checked in at"),
                QCoreApplication::translate("Export", "Date of birth")},
               {6, 26, 28, 14, 14, 17, 12});
    auto st = db.prepare(
        "SELECT m.full_name, u.name, m.card_number, a.status, a.checked_in_at, m.birth_date "
        "FROM attendance a JOIN members m ON m.id = a.member_id "
        "JOIN org_units u ON u.id = m.unit_id WHERE a.activity_id = ?1 ORDER BY m.sort_key");
    st.bind(1, activityId);
    const QTimeZone vietnam(7 * 3600);
    return stream(st, out, progress, [&] {
        out.text(st.text(0));
        out.text(st.text(1));
        out.text(st.text(2));
        out.text(Labels::attendanceStatus(st.int32(3)));
        out.text(st.isNull(4) ? QString()
                              : QDateTime::fromMSecsSinceEpoch(st.int64(4), vietnam)
                                    .toString(QStringLiteral("dd/MM/yyyy HH:mm")));
        out.isoDate(st.text(5));
    });
}

qint64 HoursList::write(Database &db, const QString &unitId, QDate from, QDate to,
                        const QString &path, const ExportProgress &progress)
{
    TableFile out(path, TableFile::formatOf(path),
                  QCoreApplication::translate("Export", "Volunteer hours"));
    out.header({QCoreApplication::translate("Export", "No."),
                QCoreApplication::translate("Export", "Full name"),
                QCoreApplication::translate("Export", "Unit"),
                QCoreApplication::translate("Export", "Union card number"),
                QCoreApplication::translate("Export", "Confirmed hours"),
                QCoreApplication::translate("Export", "Hours awaiting confirmation"),
                QCoreApplication::translate("Export", "Entries")},
               {6, 26, 28, 14, 12, 14, 9});
    auto st = db.prepare(
        QByteArray(kSubtreeCte) +
        "SELECT m.full_name, u.name, m.card_number, "
        "SUM(CASE WHEN v.confirmation = 1 THEN v.hours ELSE 0 END), "
        "SUM(CASE WHEN v.confirmation = 0 THEN v.hours ELSE 0 END), COUNT(*) "
        "FROM sub JOIN members m ON m.unit_id = sub.id JOIN org_units u ON u.id = m.unit_id "
        "JOIN volunteer_entries v ON v.member_id = m.id AND v.deleted = 0 "
        "AND v.confirmation <> 2 AND v.work_date BETWEEN ?2 AND ?3 "
        "WHERE m.deleted = 0 GROUP BY m.id ORDER BY u.name, m.sort_key");
    st.bind(1, unitId);
    st.bind(2, from.toString(Qt::ISODate));
    st.bind(3, to.toString(Qt::ISODate));
    return stream(st, out, progress, [&] {
        out.text(st.text(0));
        out.text(st.text(1));
        out.text(st.text(2));
        out.number(st.real(3));
        out.number(st.real(4));
        out.whole(st.int64(5));
    });
}

} // namespace df
