#include "memberlist.h"

#include "domain/labels.h"
#include "store/database.h"
#include "store/subtree.h"
#include "xlsx.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

namespace df::MemberList {

qint64 writeXlsx(Database &db, const QString &unitId, const QString &path,
                 const std::function<bool(qint64)> &progress)
{
    using B = xlsx::Book;
    B book(path);
    auto sheet = book.sheet(QCoreApplication::translate("Export", "Members"));
    const QStringList headers = {QCoreApplication::translate("Export", "No."),
                                 QCoreApplication::translate("Export", "Full name"),
                                 QCoreApplication::translate("Export", "Date of birth"),
                                 QCoreApplication::translate("Export", "Gender"),
                                 QCoreApplication::translate("Export", "Unit"),
                                 QCoreApplication::translate("Export", "Union card number"),
                                 QCoreApplication::translate("Export", "Joined the Union"),
                                 QCoreApplication::translate("Export", "Phone"),
                                 QCoreApplication::translate("Export", "Email"),
                                 QCoreApplication::translate("Export", "Position"),
                                 QCoreApplication::translate("Export", "Party member"),
                                 QCoreApplication::translate("Export", "Rating")};
    const double widths[] = {7, 28, 12, 9, 30, 14, 12, 13, 26, 22, 10, 14};
    for (int c = 0; c < headers.size(); ++c) {
        sheet.text(0, c, headers[c], B::Header);
        sheet.width(c, widths[c]);
    }
    sheet.freezeAbove(1);
    const QString yes = QCoreApplication::translate("Export", "yes");
    auto st = db.prepare(
        QByteArray(kSubtreeCte) +
        "SELECT m.full_name, m.birth_date, m.gender, u.name, m.card_number, m.joined_date, "
        "m.phone, m.email, m.position, m.party_member, m.rating, m.rating_year "
        "FROM sub JOIN members m ON m.unit_id = sub.id JOIN org_units u ON u.id = m.unit_id "
        "WHERE m.deleted = 0 AND m.status = 0 ORDER BY u.name, m.sort_key");
    st.bind(1, unitId);
    const auto date = [&](int col) {
        return st.isNull(col) ? QString()
                              : QDate::fromString(st.text(col), Qt::ISODate)
                                    .toString(QStringLiteral("dd/MM/yyyy"));
    };
    qint64 row = 0;
    while (st.step()) {
        const int r = int(row) + 1;
        sheet.number(r, 0, double(row + 1), B::Whole);
        sheet.text(r, 1, st.text(0));
        sheet.text(r, 2, date(1));
        sheet.text(r, 3, Labels::gender(st.int32(2)));
        sheet.text(r, 4, st.text(3));
        sheet.text(r, 5, st.text(4));
        sheet.text(r, 6, date(5));
        sheet.text(r, 7, st.text(6));
        sheet.text(r, 8, st.text(7));
        sheet.text(r, 9, Labels::position(st.int32(8)));
        sheet.text(r, 10, st.int32(9) ? yes : QString());
        if (st.int32(10) != 0)
            sheet.text(
                r, 11,
                QStringLiteral("%1 (%2)").arg(Labels::rating(st.int32(10))).arg(st.int64(11)));
        ++row;
        if (progress && row % 1000 == 0 && !progress(row)) {
            st.reset();
            throw ExportError(QCoreApplication::translate("Export", "The export was cancelled."));
        }
    }
    book.close();
    return row;
}

} // namespace df::MemberList
