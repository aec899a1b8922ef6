// The member-list import and the list exports, against files made by an independent
// writer (python3-openpyxl, Python's codecs) at test time: header detection below title
// rows, values as offices type them, encodings, TCVN3, the dry run's counts, refusals and
// duplicate groups, all-or-nothing apply, undo, and export → import changing nothing.
#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/volunteerentry.h"
#include "memberimport.h"
#include "memberlist.h"
#include "openpyxl.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "write/localstore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace df;
using namespace df::io;

namespace {

// Runs a Python script (Debian's python3 with openpyxl) with `dir` as its first argument.
bool python(const QString &script, const QString &dir)
{
    QProcess py;
    py.start(QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                               : QStringLiteral("python3"),
             {QStringLiteral("-c"), script, dir});
    if (!py.waitForFinished(60000) || py.exitCode() != 0) {
        qWarning() << py.readAllStandardError();
        return false;
    }
    return true;
}

QList<int> fields(const QList<Field> &list)
{
    QList<int> out;
    for (Field f : list)
        out.append(int(f));
    return out;
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalStore> m_store;
    QString m_district, m_branch, m_other;
    QString file(const QString &name) const { return m_dir.filePath(name); }
    int memberCount() const
    {
        auto st = m_db->prepare("SELECT COUNT(*) FROM members WHERE deleted = 0");
        st.step();
        return st.int32(0);
    }
    std::optional<Member> byCard(const QString &card) const
    {
        auto st = m_db->prepare("SELECT id FROM members WHERE card_number = ?1 AND deleted = 0");
        st.bind(1, card);
        if (!st.step())
            return std::nullopt;
        const QString id = st.text(0);
        st.reset();
        return Queries(*m_db).member(id);
    }
    QString addMember(const QString &unit, const QString &name, QDate birth, const QString &card)
    {
        Member m;
        m.unitId = unit;
        m.fullName = name;
        m.birthDate = birth;
        m.cardNumber = card;
        const auto r = m_store->saveMember(m);
        return r.id;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>(m_dir.filePath(
            QStringLiteral("store-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())));
        m_store = std::make_unique<LocalStore>(*m_db);
        m_store->setToday(QDate(2026, 12, 4));
        OrgUnit d;
        d.level = UnitLevel::District;
        d.name = QStringLiteral("Huyện đoàn Tân Phú");
        m_district = m_store->saveUnit(d).id;
        OrgUnit b;
        b.parentId = m_district;
        b.level = UnitLevel::Branch;
        b.name = QStringLiteral("Chi đoàn thôn 3");
        m_branch = m_store->saveUnit(b).id;
        b.name = QStringLiteral("Chi đoàn thôn 4");
        m_other = m_store->saveUnit(b).id;
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    // A list as a branch keeps it: titles in merged cells above the header, Excel dates,
    // phone numbers Excel made numbers, names in capitals, stray spaces, a date that does
    // not exist, a row without a name, a note under the table.
    void realisticList()
    {
        QVERIFY(python(QStringLiteral(R"(
import sys, datetime, openpyxl
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Danh sách'
ws['A1'] = 'ĐOÀN TNCS HỒ CHÍ MINH'; ws.merge_cells('A1:I1')
ws['A2'] = 'DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN THÔN 3'; ws.merge_cells('A2:I2')
ws.append([])
ws.append(['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'SĐT', 'Số thẻ đoàn', 'Ngày vào Đoàn', 'Đảng viên', 'Số CCCD'])
rows = [
 [1, 'NGUYỄN VĂN AN', datetime.date(2001, 3, 5), 'Nam', 912345678, 'T001', datetime.date(2017, 3, 26), '', 79201000123],
 [2, '  Trần   Thị Bình ', '05/11/2003', 'Nữ', '0987 654 321', 'T002', '26/3/19', 'x', ''],
 [3, 'Lê Hoàng Cường', '31/02/2001', 'nam', '', 'T003', '', '', ''],
 [4, None, datetime.date(2000, 1, 1), 'Nữ', '', 'T004', '', '', ''],
 [5, 'Phạm Thu Dung', '2002-07-15', 'nữ', 84912000111, 'T005', '', 'không', ''],
 [6, 'Hoàng Minh Em', '12/12/2002', 'khác', '', 'T006', '', '', ''],
]
for r in rows: ws.append(r)
for r in range(5, 11):
    ws.cell(r, 3).number_format = 'dd/mm/yyyy'; ws.cell(r, 7).number_format = 'dd/mm/yyyy'
ws.append([])
ws.append(['Danh sách có 6 đoàn viên'])
wb.save(sys.argv[1] + '/list.xlsx')
)"),
                       m_dir.path()));
        MemberImport import(*m_db, m_branch);
        import.setToday(QDate(2026, 12, 4));
        QString why;
        QVERIFY2(import.open(file(QStringLiteral("list.xlsx")), &why), qPrintable(why));
        QCOMPARE(import.info().format, QStringLiteral("xlsx"));
        QCOMPARE(import.mapping().headerRow, 4);
        QCOMPARE(
            fields(import.mapping().columns),
            fields({Field::Ignore, Field::FullName, Field::BirthDate, Field::Gender, Field::Phone,
                    Field::CardNumber, Field::JoinedDate, Field::PartyMember, Field::CitizenId}));

        const int before = memberCount();
        const int pendingBefore = m_store->pendingCount();
        QVERIFY2(import.dryRun(&why), qPrintable(why));
        QCOMPARE(memberCount(), before); // a dry run writes nothing
        const Preview &p = import.preview();
        QCOMPARE(p.rows, 6); // the note under the table fills no mapped column
        QCOMPARE(p.added, 3);
        QCOMPARE(p.refused, 3);
        QStringList sentences;
        for (const auto &r : p.refusals)
            sentences.append(r.sentence);
        QVERIFY2(sentences.contains(
                     QStringLiteral("Row 7: the date of birth 31/02/2001 is not a real date.")),
                 qPrintable(sentences.join('\n')));
        QVERIFY(sentences.contains(QStringLiteral("Row 8: the row has no name.")));
        QVERIFY(
            sentences.contains(QStringLiteral("Row 10: “khác” is not a gender; write Nam or Nữ.")));

#ifdef DF_VI_QM
        // The same refusals in Vietnamese, as the app shows them.
        QTranslator vi;
        QVERIFY(vi.load(QStringLiteral(DF_VI_QM)));
        QCoreApplication::installTranslator(&vi);
        MemberImport inVietnamese(*m_db, m_branch);
        inVietnamese.setToday(QDate(2026, 12, 4));
        QVERIFY(inVietnamese.open(file(QStringLiteral("list.xlsx")), &why));
        QVERIFY(inVietnamese.dryRun(&why));
        QCoreApplication::removeTranslator(&vi);
        QStringList vietnamese;
        for (const auto &r : inVietnamese.preview().refusals)
            vietnamese.append(r.sentence);
        QVERIFY2(vietnamese.contains(QStringLiteral("Dòng 7: ngày sinh 31/02/2001 không có thật.")),
                 qPrintable(vietnamese.join('\n')));
        QVERIFY(vietnamese.contains(QStringLiteral("Dòng 10: “khác” không phải giới tính; hãy ghi "
                                                   "Nam hoặc Nữ.")));
#endif

        ImportBatch batch;
        QVERIFY2(import.apply(*m_store, &batch, &why), qPrintable(why));
        QCOMPARE(memberCount(), before + 3);
        QVERIFY(m_store->pendingCount() > pendingBefore); // it syncs like any edit
        const auto an = byCard(QStringLiteral("T001"));
        QVERIFY(an);
        QCOMPARE(an->fullName, QStringLiteral("Nguyễn Văn An"));
        QCOMPARE(an->birthDate, QDate(2001, 3, 5));
        QCOMPARE(an->gender, Gender::Male);
        QCOMPARE(an->phone, QStringLiteral("0912345678")); // the 0 Excel dropped
        QCOMPARE(an->joinedDate, QDate(2017, 3, 26));
        QCOMPARE(an->citizenId, QStringLiteral("079201000123"));
        QCOMPARE(an->unitId, m_branch);
        const auto binh = byCard(QStringLiteral("T002"));
        QVERIFY(binh);
        QCOMPARE(binh->fullName, QStringLiteral("Trần Thị Bình"));
        QCOMPARE(binh->phone, QStringLiteral("0987654321"));
        QCOMPARE(binh->joinedDate, QDate(2019, 3, 26)); // d/M/yy
        QVERIFY(binh->partyMember);
        const auto dung = byCard(QStringLiteral("T005"));
        QVERIFY(dung);
        QCOMPARE(dung->birthDate, QDate(2002, 7, 15));
        QCOMPARE(dung->phone, QStringLiteral("0912000111")); // 84… as a number
        QVERIFY(!dung->partyMember);

        // Undo while nothing has synced: the added rows and their outbox entries go.
        QVERIFY(MemberImport::canUndo(*m_store, batch));
        QVERIFY2(MemberImport::undo(*m_store, batch, &why), qPrintable(why));
        QCOMPARE(memberCount(), before);
        QCOMPARE(m_store->pendingCount(), pendingBefore);
        QVERIFY(!byCard(QStringLiteral("T001")));
    }

    // Possible duplicates, within the file and against the store, each with its choice.
    void duplicatesAreGrouped()
    {
        const QString binh =
            addMember(m_branch, QStringLiteral("Trần Thị Bình"), QDate(2003, 11, 5), {});
        const QString card = addMember(m_other, QStringLiteral("Lê Văn Cường"), QDate(2000, 2, 2),
                                       QStringLiteral("C100"));
        const QString same = addMember(m_branch, QStringLiteral("Đỗ Thị Hoa"), QDate(1999, 9, 9),
                                       QStringLiteral("C200"));
        QFile f(file(QStringLiteral("dups.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Họ tên,Ngày sinh,Số thẻ đoàn,SĐT\n"
                "Trần Thị Bình,05/11/2003,,0911111111\n"    // name + birth of a stored member
                "Lê Văn Cường,02/02/2000,C100,0922222222\n" // certain: card and name agree
                "Nguyễn Văn Mới,01/01/2004,C300,\n"
                "Nguyễn Văn Mới,01/01/2004,C300,0933333333\n" // twice in the file
                "Đỗ Thị Hoa,09/09/1999,C200,\n"               // unchanged
                "Phan Văn Khác,03/03/2003,C100,\n");          // C100 with another name
        f.close();
        const int before = memberCount();
        MemberImport import(*m_db, m_branch);
        import.setToday(QDate(2026, 12, 4));
        QString why;
        QVERIFY2(import.open(f.fileName(), &why), qPrintable(why));
        QCOMPARE(import.info().encoding, QStringLiteral("UTF-8"));
        QVERIFY2(import.dryRun(&why), qPrintable(why));
        const Preview &p = import.preview();
        QCOMPARE(p.unchanged, 1);
        QCOMPARE(p.groups.size(), 3);
        // Groups in order of first appearance: Bình (store), Cường's card (row 3 updates
        // certainly; row 7 shares the card with another name), Mới twice.
        const auto group = [&](const QString &memberId) {
            for (int i = 0; i < p.groups.size(); ++i)
                if (p.groups[i].memberId == memberId)
                    return i;
            return -1;
        };
        const int gBinh = group(binh);
        QVERIFY(gBinh >= 0);
        QCOMPARE(p.groups[gBinh].rows, QList<int>{2});
        QVERIFY(p.groups[gBinh].reason.contains(QStringLiteral("name and date of birth")));
        const int gCard = group(card);
        QVERIFY(gCard >= 0);
        QCOMPARE(p.groups[gCard].rows, (QList<int>{3, 7}));
        const int gNew = group(QString());
        QVERIFY(gNew >= 0);
        QCOMPARE(p.groups[gNew].rows, (QList<int>{4, 5}));

        // Bình: update the stored member; Cường's pair: skip; the new pair: one member.
        import.setGroupAction(gBinh, Preview::Group::Update);
        import.setGroupAction(gCard, Preview::Group::Skip);
        import.setGroupAction(gNew, Preview::Group::Update);
        QCOMPARE(import.preview().skipped, 2);
        QCOMPARE(import.preview().merged, 1); // row 5 into row 4's new member
        ImportBatch batch;
        QVERIFY2(import.apply(*m_store, &batch, &why), qPrintable(why));
        QCOMPARE(memberCount(), before + 1);
        QCOMPARE(Queries(*m_db).member(binh)->phone, QStringLiteral("0911111111"));
        QCOMPARE(Queries(*m_db).member(card)->phone, QString()); // skipped
        const auto moi = byCard(QStringLiteral("C300"));
        QVERIFY(moi);
        QCOMPARE(moi->phone, QStringLiteral("0933333333")); // the later row merged in
        QCOMPARE(batch.before.size(), 1);
    }

    // The same person twice in a file: "first row only" keeps one member with the first
    // row's values; a second import of the same file finds it unchanged and writes nothing.
    void repeatedRowKeepsOne()
    {
        QFile f(file(QStringLiteral("twice.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Họ và tên,Ngày sinh,Số thẻ đoàn,SĐT\n"
                "Đinh Văn Hai,04/04/2004,D1,0911000001\n"
                "Đinh Văn Hai,04/04/2004,D1,0911000002\n");
        f.close();
        const int before = memberCount();
        MemberImport import(*m_db, m_branch);
        QString why;
        QVERIFY(import.open(f.fileName(), &why));
        QVERIFY(import.dryRun(&why));
        QCOMPARE(import.preview().groups.size(), 1);
        import.setGroupAction(0, Preview::Group::Skip);
        QCOMPARE(import.preview().added, 1);
        QCOMPARE(import.preview().skipped, 1);
        ImportBatch batch;
        QVERIFY(import.apply(*m_store, &batch, &why));
        QCOMPARE(memberCount(), before + 1);
        QCOMPARE(byCard(QStringLiteral("D1"))->phone, QStringLiteral("0911000001"));

        const int pending = m_store->pendingCount();
        MemberImport again(*m_db, m_branch);
        QVERIFY(again.open(f.fileName(), &why));
        QVERIFY(again.dryRun(&why));
        QCOMPARE(again.preview().groups.size(), 1); // both rows, and the stored member
        again.setGroupAction(0, Preview::Group::Skip);
        QCOMPARE(again.preview().added, 0);
        QCOMPARE(again.preview().skipped, 2);
        again.setGroupAction(0, Preview::Group::Update); // the later phone would win
        QCOMPARE(again.preview().updated, 1);
        QCOMPARE(again.preview().merged, 1);
        again.setGroupAction(0, Preview::Group::Skip);
        ImportBatch none;
        QVERIFY(again.apply(*m_store, &none, &why));
        QCOMPARE(none.written(), 0);
        QCOMPARE(m_store->pendingCount(), pending);
    }

    // Apply is one transaction: a failure on the way leaves nothing behind; a file changed
    // since the preview is not applied.
    void applyIsAllOrNothing()
    {
        const QString kept = addMember(m_branch, QStringLiteral("Võ Thị Lan"), QDate(2001, 1, 1),
                                       QStringLiteral("L1"));
        QFile f(file(QStringLiteral("batch.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Họ và tên;Ngày sinh;Số thẻ đoàn;Điện thoại\n"
                "Ngô Văn Một;01/02/2003;N1;\n"
                "Ngô Văn Hai;01/02/2003;N2;\n"
                "Võ Thị Lan;01/01/2001;L1;0944444444\n"
                "Ngô Văn Ba;01/02/2003;N3;\n");
        f.close();
        MemberImport import(*m_db, m_branch);
        QString why;
        QVERIFY(import.open(f.fileName(), &why));
        QCOMPARE(import.info().separator, QLatin1Char(';'));
        QVERIFY2(import.dryRun(&why), qPrintable(why));
        QCOMPARE(import.preview().added, 3);
        QCOMPARE(import.preview().updated, 1);
        // The member row 4 updates goes before the import runs: the third write fails.
        QVERIFY(m_store->deleteRow(Entity::Member, kept));
        const int before = memberCount();
        const int pending = m_store->pendingCount();
        ImportBatch batch;
        QVERIFY(!import.apply(*m_store, &batch, &why));
        QVERIFY2(why.contains(QStringLiteral("Row 4")), qPrintable(why));
        QVERIFY(why.contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(memberCount(), before);
        QCOMPARE(m_store->pendingCount(), pending);
        QVERIFY(!byCard(QStringLiteral("N1")));

        // The file edited after the preview: refused, nothing written.
        MemberImport second(*m_db, m_branch);
        QVERIFY(second.open(f.fileName(), &why));
        QVERIFY(second.dryRun(&why));
        QVERIFY(f.open(QIODevice::Append));
        f.write("Ngô Văn Bốn;01/02/2003;N4;\n");
        f.close();
        QVERIFY(!second.apply(*m_store, &batch, &why));
        QVERIFY(why.contains(QStringLiteral("changed after the preview")));
        QCOMPARE(memberCount(), before);
    }

    // Encodings an office's CSV comes in, and TCVN3 text in a workbook.
    void encodingsAndTcvn3()
    {
        QVERIFY(python(QStringLiteral(R"(
import sys, openpyxl
d = sys.argv[1]
import unicodedata
def cp1258(text):
    # Windows-1258 holds â ê ô ơ ư ă đ whole and the five tones as combining marks.
    out = []
    for ch in text:
        parts = unicodedata.normalize('NFD', ch)
        mods = ''.join(m for m in parts[1:] if m in '\u0302\u0306\u031b')
        tones = ''.join(m for m in parts[1:] if m not in '\u0302\u0306\u031b')
        out.append(unicodedata.normalize('NFC', parts[0] + mods) + tones)
    return ''.join(out).encode('cp1258')
rows = [['Họ đệm', 'Tên', 'Ngày sinh', 'Giới tính'], ['Nguyễn Văn', 'Ánh', '05/03/2001', 'Nam'], ['Trần Thị', 'Hường', '06/04/2002', 'Nữ']]
text = '\r\n'.join(','.join(r) for r in rows) + '\r\n'
open(d + '/cp1258.csv', 'wb').write(cp1258(text))
open(d + '/utf16.csv', 'wb').write(('\r\n'.join('\t'.join(r) for r in rows) + '\r\n').encode('utf-16'))
wb = openpyxl.Workbook(); ws = wb.active
# TCVN3 as Excel keeps it: each TCVN3 byte as the Latin-1 character of that code.
ws.append(['Hä vµ tªn', 'Ngµy sinh', 'Giíi tÝnh'])
ws.append(['NguyÔn V¨n An', '05/03/2001', 'Nam'])
ws.append(['TrÇn ThÞ B×nh', '06/04/2002', 'N÷'])
wb.save(d + '/tcvn3.xlsx')
)"),
                       m_dir.path()));
        for (const auto &[name, encoding] :
             {std::pair{"cp1258.csv", "Windows-1258"}, std::pair{"utf16.csv", "UTF-16LE"}}) {
            MemberImport import(*m_db, m_branch);
            QString why;
            QVERIFY2(import.open(file(QLatin1String(name)), &why), qPrintable(why));
            QCOMPARE(import.info().encoding, QLatin1String(encoding));
            QCOMPARE(fields(import.mapping().columns.mid(0, 2)),
                     fields({Field::LastMiddle, Field::FirstName}));
            QVERIFY2(import.dryRun(&why), qPrintable(why));
            QCOMPARE(import.preview().added, 2);
            QCOMPARE(import.preview().refused, 0);
            ImportBatch batch;
            QVERIFY(import.apply(*m_store, &batch, &why));
            QStringList names;
            for (const auto &a : batch.added)
                names.append(Queries(*m_db).member(a.first)->fullName);
            QCOMPARE(names, (QStringList{QStringLiteral("Nguyễn Văn Ánh"),
                                         QStringLiteral("Trần Thị Hường")}));
            QVERIFY(MemberImport::undo(*m_store, batch, &why));
        }
        MemberImport import(*m_db, m_branch);
        QString why;
        QVERIFY2(import.open(file(QStringLiteral("tcvn3.xlsx")), &why), qPrintable(why));
        QVERIFY(import.tcvn3Suspected());
        QVERIFY(import.mapping().convertTcvn3);
        QCOMPARE(fields(import.mapping().columns),
                 fields({Field::FullName, Field::BirthDate, Field::Gender}));
        QVERIFY2(import.dryRun(&why), qPrintable(why));
        QCOMPARE(import.preview().refused, 0);
        ImportBatch batch;
        QVERIFY(import.apply(*m_store, &batch, &why));
        QCOMPARE(Queries(*m_db).member(batch.added.value(0).first)->fullName,
                 QStringLiteral("Nguyễn Văn An"));
        const auto binh = Queries(*m_db).member(batch.added.value(1).first);
        QCOMPARE(binh->fullName, QStringLiteral("Trần Thị Bình"));
        QCOMPARE(binh->gender, Gender::Female);
    }

    // A large import defers the full-text index to its end (one statement for the new
    // rows) and undo rebuilds it: search finds what was imported, and nothing after undo;
    // the triggers are back either way.
    void largeImportKeepsSearchRight()
    {
        QFile f(file(QStringLiteral("large.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Họ và tên,Ngày sinh,Số thẻ đoàn\n");
        for (int i = 0; i < 2500; ++i)
            f.write(QStringLiteral("Nguyễn Văn Số%1,01/01/2001,L%2\n").arg(i).arg(i).toUtf8());
        f.write("Quách Thị Hiếm,02/02/2002,RARE1\n");
        f.close();
        const auto triggers = [&] {
            auto st = m_db->prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' "
                                    "AND sql LIKE '%member_fts%'");
            st.step();
            return st.int32(0);
        };
        const int ftsTriggers = triggers();
        QVERIFY(ftsTriggers >= 3);
        const auto found = [&](const QString &text) {
            MemberFilter filter;
            filter.text = text;
            return MemberSearch(*m_db).find(filter, 10).size();
        };
        MemberImport import(*m_db, m_branch);
        QString why;
        QVERIFY(import.open(f.fileName(), &why));
        QVERIFY2(import.dryRun(&why), qPrintable(why));
        QCOMPARE(import.preview().added, 2501);
        ImportBatch batch;
        QVERIFY2(import.apply(*m_store, &batch, &why), qPrintable(why));
        QCOMPARE(triggers(), ftsTriggers);
        QCOMPARE(found(QStringLiteral("quach hiem")), 1);
        QCOMPARE(found(QStringLiteral("RARE1")), 1);
        // An edit after the import still reaches the index through the triggers.
        auto hiem = byCard(QStringLiteral("RARE1"));
        hiem->fullName = QStringLiteral("Quách Thị Hiền");
        QVERIFY(m_store->saveMember(*hiem));
        QCOMPARE(found(QStringLiteral("quach hien")), 1);
        QCOMPARE(found(QStringLiteral("quach hiem")), 0);
        hiem->fullName = QStringLiteral("Quách Thị Hiếm");
        QVERIFY(m_store->saveMember(*hiem));
        // The edits made the rows "seen since": undo is refused and changes nothing.
        QVERIFY(!MemberImport::canUndo(*m_store, batch));
        QVERIFY(!MemberImport::undo(*m_store, batch, &why));
        QVERIFY(why.contains(QStringLiteral("can no longer be undone")));
        QCOMPARE(found(QStringLiteral("quach hiem")), 1);

        // A second large import, undone at once: gone from the table and from search.
        QFile g(file(QStringLiteral("large2.csv")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("Họ và tên,Ngày sinh,Số thẻ đoàn\n");
        for (int i = 0; i < 2100; ++i)
            g.write(QStringLiteral("Trần Thị Lớn%1,03/03/2003,M%2\n").arg(i).arg(i).toUtf8());
        g.close();
        const int before = memberCount();
        MemberImport second(*m_db, m_other);
        QVERIFY(second.open(g.fileName(), &why));
        QVERIFY(second.dryRun(&why));
        ImportBatch batch2;
        QVERIFY(second.apply(*m_store, &batch2, &why));
        QCOMPARE(memberCount(), before + 2100);
        QCOMPARE(found(QStringLiteral("lon2099")), 1);
        QVERIFY2(MemberImport::undo(*m_store, batch2, &why), qPrintable(why));
        QCOMPARE(memberCount(), before);
        QCOMPARE(found(QStringLiteral("lon2099")), 0);
        QCOMPARE(found(QStringLiteral("quach hiem")), 1);
        QCOMPARE(triggers(), ftsTriggers);
    }

    // A bad file gets a sentence and nothing is written.
    void badFilesWriteNothing()
    {
        QVERIFY(python(QStringLiteral(R"(
import sys, openpyxl
wb = openpyxl.Workbook(); ws = wb.active
ws.append(['Họ và tên', 'Ngày sinh', 'Tuổi'])
ws.append(['Nguyễn Văn An', '05/03/2001', '=2026-1999'])
wb.save(sys.argv[1] + '/formula.xlsx')
wb = openpyxl.Workbook(); wb.save(sys.argv[1] + '/empty.xlsx')
)"),
                       m_dir.path()));
        const int before = memberCount();
        for (const char *name : {"formula.xlsx", "empty.xlsx"}) {
            MemberImport import(*m_db, m_branch);
            QString why;
            const bool ok = import.open(file(QLatin1String(name)), &why) && import.dryRun(&why);
            QVERIFY(!ok);
            QVERIFY2(!why.isEmpty(), name);
            ImportBatch batch;
            QVERIFY(!import.apply(*m_store, &batch, &why));
        }
        QCOMPARE(memberCount(), before);
    }

    // Export → import changes nothing; the export is what the store holds, read by an
    // independent reader.
    void exportThenImportChangesNothing()
    {
        Member m;
        m.unitId = m_branch;
        m.fullName = QStringLiteral("Bùi Thị Ngọc Ánh");
        m.birthDate = QDate(2000, 2, 29);
        m.gender = Gender::Female;
        m.ethnicity = QStringLiteral("Tày");
        m.religion = QStringLiteral("Phật giáo");
        m.phone = QStringLiteral("0912345678");
        m.email = QStringLiteral("anh@example.vn");
        m.address = QStringLiteral("Thôn 3, xã Tân Phú, \"Đồng Nai\"");
        m.cardNumber = QStringLiteral("E001");
        m.joinedDate = QDate(2016, 3, 26);
        m.education = QStringLiteral("12/12");
        m.professional = QStringLiteral("Kỹ sư");
        m.theoryLevel = TheoryLevel::Intermediate;
        m.position = UnionPosition::DeputySecretary;
        m.partyMember = true;
        m.citizenId = QStringLiteral("075200000001");
        QVERIFY(m_store->saveMember(m));
        addMember(m_branch, QStringLiteral("Trịnh Văn Bảo"), QDate(1998, 7, 1),
                  QStringLiteral("E002"));
        addMember(m_other, QStringLiteral("Lý Thị Châu"), {}, QStringLiteral("E003"));

        MemberFilter filter;
        filter.rootUnitId = m_district;
        QCOMPARE(MemberList::write(*m_db, filter, file(QStringLiteral("out.xlsx"))), 3);
        QCOMPARE(MemberList::write(*m_db, filter, file(QStringLiteral("out.csv"))), 3);

        // openpyxl reads what the store holds.
        const QJsonObject book = readWithOpenpyxl(file(QStringLiteral("out.xlsx")));
        const QJsonArray rows =
            book.value(book.keys().value(0)).toObject()[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 4);
        bool found = false;
        for (const auto &r : rows) {
            const QJsonArray cells = r.toArray();
            if (cells.at(1).toString() != m.fullName)
                continue;
            found = true;
            // A date cell (Excel sorts and filters it as a date).
            QCOMPARE(cells.at(2).toString(), QStringLiteral("2000-02-29T00:00:00"));
            QCOMPARE(cells.at(7).toString(), QStringLiteral("E001"));
            QCOMPARE(cells.at(9).toString(), QStringLiteral("0912345678"));
            QCOMPARE(cells.at(11).toString(), m.address);
            QCOMPARE(cells.at(17).toString(), m.citizenId);
        }
        QVERIFY(found);
        QFile csv(file(QStringLiteral("out.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.read(3) == "\xEF\xBB\xBF"); // Excel shows Vietnamese with the BOM

        const auto dump = [&] {
            QStringList out;
            auto st =
                m_db->prepare("SELECT id, full_name, birth_date, gender, ethnicity, religion, "
                              "phone, email, address, card_number, joined_date, education, "
                              "professional, theory_level, position, party_member, "
                              "citizen_id, unit_id FROM members ORDER BY id");
            while (st.step()) {
                QStringList row;
                for (int c = 0; c < 18; ++c)
                    row.append(st.text(c));
                out.append(row.join('|'));
            }
            return out;
        };
        const QStringList stored = dump();
        const int pending = m_store->pendingCount();
        for (const char *name : {"out.xlsx", "out.csv"}) {
            MemberImport import(*m_db, m_district);
            QString why;
            QVERIFY2(import.open(file(QLatin1String(name)), &why), qPrintable(why));
            QVERIFY2(import.dryRun(&why), qPrintable(why));
            QCOMPARE(import.preview().unchanged, 3);
            QCOMPARE(import.preview().added, 0);
            QCOMPARE(import.preview().updated, 0);
            QCOMPARE(import.preview().refused, 0);
            ImportBatch batch;
            QVERIFY(import.apply(*m_store, &batch, &why));
            QCOMPARE(batch.written(), 0);
            QCOMPARE(dump(), stored);
            QCOMPARE(m_store->pendingCount(), pending);
        }
    }

    // An activity's attendance and a period's hours, read back by openpyxl (XLSX) and by
    // Python's csv module (CSV), equal what the store holds.
    void attendanceAndHoursExports()
    {
        const QString an = addMember(m_branch, QStringLiteral("Vũ Văn An"), QDate(2001, 1, 1),
                                     QStringLiteral("A1"));
        const QString binh = addMember(m_other, QStringLiteral("Lò Thị Bình"), QDate(2002, 2, 2),
                                       QStringLiteral("B1"));
        addMember(m_branch, QStringLiteral("Hà Văn Vắng"), QDate(2003, 3, 3), QStringLiteral("C1"));
        Activity a;
        a.unitId = m_district;
        a.title = QStringLiteral("Ra quân Mùa hè xanh");
        a.kind = ActivityKind::VolunteerCampaign;
        a.startsAt = QDateTime(QDate(2026, 6, 1), QTime(7, 0), QTimeZone(7 * 3600));
        const QString activity = m_store->saveActivity(a).id;
        QVERIFY(!activity.isEmpty());
        Attendance at;
        at.activityId = activity;
        at.memberId = an;
        at.checkedInAt = QDateTime(QDate(2026, 6, 1), QTime(7, 2), QTimeZone(7 * 3600));
        QVERIFY(m_store->recordAttendance(at));
        at.memberId = binh;
        at.status = AttendanceStatus::Late;
        at.checkedInAt = QDateTime(QDate(2026, 6, 1), QTime(7, 31), QTimeZone(7 * 3600));
        QVERIFY(m_store->recordAttendance(at));
        const auto hours = [&](const QString &member, QDate day, double h, Confirmation c) {
            VolunteerEntry e;
            e.memberId = member;
            e.activityId = activity;
            e.date = day;
            e.hours = h;
            const auto added = m_store->addVolunteerEntry(e);
            QVERIFY2(added, qPrintable(firstError(added.issues)));
            if (c != Confirmation::Pending)
                QVERIFY(m_store->setConfirmation(added.id, int(c), QStringLiteral("huyen"),
                                                 c == Confirmation::Rejected
                                                     ? QStringLiteral("Không có trong danh sách")
                                                     : QString()));
        };
        hours(an, QDate(2026, 6, 1), 4, Confirmation::Confirmed);
        hours(an, QDate(2026, 6, 8), 2.5, Confirmation::Pending);
        hours(an, QDate(2025, 6, 8), 9, Confirmation::Confirmed);  // before the period
        hours(binh, QDate(2026, 6, 1), 3, Confirmation::Rejected); // not counted

        QCOMPARE(AttendanceList::write(*m_db, activity, file(QStringLiteral("att.xlsx"))), 2);
        const QJsonObject book = readWithOpenpyxl(file(QStringLiteral("att.xlsx")));
        const QJsonArray rows =
            book.value(book.keys().value(0)).toObject()[QStringLiteral("rows")].toArray();
        QCOMPARE(rows.size(), 3);
        // By given name: An, then Bình.
        QCOMPARE(rows[1].toArray()[1].toString(), QStringLiteral("Vũ Văn An"));
        QCOMPARE(rows[1].toArray()[3].toString(), QStringLiteral("A1"));
        QCOMPARE(rows[1].toArray()[5].toString(), QStringLiteral("01/06/2026 07:02"));
        QCOMPARE(rows[2].toArray()[1].toString(), QStringLiteral("Lò Thị Bình"));
        QCOMPARE(rows[2].toArray()[2].toString(), QStringLiteral("Chi đoàn thôn 4"));
        QCOMPARE(rows[2].toArray()[5].toString(), QStringLiteral("01/06/2026 07:31"));

        QCOMPARE(HoursList::write(*m_db, m_district, QDate(2026, 1, 1), QDate(2026, 12, 31),
                                  file(QStringLiteral("hours.csv"))),
                 1);
        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import csv, json, sys\n"
                                 "print(json.dumps(list(csv.reader(open(sys.argv[1], "
                                 "encoding='utf-8-sig')))))"),
                  file(QStringLiteral("hours.csv"))});
        QVERIFY(py.waitForFinished(30000));
        const QJsonArray csv = QJsonDocument::fromJson(py.readAllStandardOutput()).array();
        QCOMPARE(csv.size(), 2);
        const QJsonArray row = csv[1].toArray();
        QCOMPARE(row[1].toString(), QStringLiteral("Vũ Văn An"));
        QCOMPARE(row[4].toString().toDouble(), 4.0); // confirmed in 2026
        QCOMPARE(row[5].toString().toDouble(), 2.5); // awaiting confirmation
        QCOMPARE(row[6].toString().toInt(), 2);      // entries in the period
    }

    void headersInVariants_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field");
        const auto row = [](const char *h, Field f) {
            QTest::newRow(h) << QString::fromUtf8(h) << int(f);
        };
        row("Họ và tên", Field::FullName);
        row("HO TEN", Field::FullName);
        row("Full name", Field::FullName);
        row("Họ đệm", Field::LastMiddle);
        row("Tên", Field::FirstName);
        row("Ngày sinh (dd/mm/yyyy)", Field::BirthDate);
        row("Ngày, tháng, năm sinh", Field::BirthDate);
        row("Nam/Nữ", Field::Gender);
        row("Điện thoại", Field::Phone);
        row("Số ĐT", Field::Phone);
        row("Quê quán", Field::Address);
        row("Số thẻ Đoàn", Field::CardNumber);
        row("Ngày vào Đoàn", Field::JoinedDate);
        row("Chức vụ", Field::Position);
        row("Đảng viên", Field::PartyMember);
        row("Trình độ", Field::Education);
        row("Lý luận chính trị", Field::Theory);
        row("CCCD", Field::CitizenId);
        row("Số CMND/CCCD", Field::CitizenId);
        row("Ghi chú", Field::Ignore);
        row("STT", Field::Ignore);
    }
    void headersInVariants()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        QCOMPARE(int(guessField(header)), field);
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
