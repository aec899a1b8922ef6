// The controllers QML builds its pages from, each on its own over a real workspace (a
// small demo database): what they read, what they write, and that a refused write leaves
// nothing behind.
#include "activityeditor.h"
#include "activitysummary.h"
#include "choices.h"
#include "conflictlistmodel.h"
#include "hoursmodel.h"
#include "membereditor.h"
#include "memberhoursmodel.h"
#include "memberprofile.h"
#include "targetgridmodel.h"
#include "unitsummary.h"
#include "workspace.h"

#include "domain/attendance.h"
#include "domain/indicators.h"
#include "domain/uuid.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "sync/merger.h"
#include "sync/syncstore.h"
#include "write/localstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestControllers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Workspace m_ws;

    QString memberAt(int i)
    {
        df::MemberFilter all;
        all.rootUnitId = m_ws.rootUnitId();
        return m_ws.search().find(all, i + 1).value(i).id;
    }
    int pending() { return m_ws.store().pendingCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws.open(
            {m_dir.filePath(QStringLiteral("w.sqlite")), 300, true, QStringLiteral("chidoan"), {}});
        QTRY_VERIFY_WITH_TIMEOUT(m_ws.isReady(), 60000);
        QVERIFY(!m_ws.rootUnitId().isEmpty());
    }

    void memberEditorShowsEveryMistakeAndWritesNothing()
    {
        const QString id = memberAt(2);
        const auto stored = m_ws.queries().member(id);
        QVERIFY(stored);
        MemberEditor editor;
        editor.setWorkspace(&m_ws);
        QVERIFY(editor.load(id));
        QCOMPARE(editor.property("fullName").toString(), stored->fullName);
        QCOMPARE(editor.property("unitId").toString(), stored->unitId);
        QVERIFY(!editor.property("unitName").toString().isEmpty());

        // A date the form cannot read and a phone number the member's rules refuse: both
        // are reported by one save, and nothing reaches the store or the outbox.
        const int before = pending();
        editor.setProperty("birthDate", QStringLiteral("31/02/2004"));
        editor.setProperty("phone", QStringLiteral("12345"));
        const QVariantMap refused = editor.save();
        QVERIFY(!refused.value(QStringLiteral("ok")).toBool());
        const QVariantMap errors = editor.errors();
        QVERIFY2(errors.contains(QStringLiteral("birthDate")), qPrintable(errors.keys().join(',')));
        QVERIFY2(errors.contains(QStringLiteral("phone")), qPrintable(errors.keys().join(',')));
        // A date of the right form that does not exist is named as such.
        QVERIFY2(errors.value(QStringLiteral("birthDate")).toString().contains("31/02/2004"),
                 qPrintable(errors.value(QStringLiteral("birthDate")).toString()));
        QCOMPARE(pending(), before);
        QCOMPARE(m_ws.queries().member(id)->phone, stored->phone);

        editor.setProperty("birthDate", QStringLiteral("14/5/2004"));
        editor.setProperty("phone", QStringLiteral("0905 123 456"));
        QSignalSpy data(&m_ws, &Workspace::dataChanged);
        QVERIFY(editor.save().value(QStringLiteral("ok")).toBool());
        QVERIFY(editor.errors().isEmpty());
        QCOMPARE(data.count(), 1);
        const auto after = m_ws.queries().member(id);
        QCOMPARE(after->phone, QStringLiteral("0905 123 456"));
        QCOMPARE(after->birthDate, QDate(2004, 5, 14));
        QCOMPARE(after->fullName, stored->fullName);
        QCOMPARE(after->cardNumber, stored->cardNumber);
    }

    void newMemberKeepsItsId()
    {
        const int before = m_ws.queries().memberCount(m_ws.rootUnitId());
        MemberEditor editor;
        editor.setWorkspace(&m_ws);
        QVERIFY(editor.load({}, m_ws.rootUnitId()));
        QVERIFY(editor.memberId().isEmpty());
        editor.setProperty("fullName", QStringLiteral("  Lê   Thị Mai "));
        QVERIFY(editor.save().value(QStringLiteral("ok")).toBool());
        const QString id = editor.memberId();
        QVERIFY(df::Uuid::isValid(id));
        // A second save updates the same member; it does not add another.
        editor.setProperty("ethnicity", QStringLiteral("Tày"));
        QVERIFY(editor.save().value(QStringLiteral("ok")).toBool());
        QCOMPARE(editor.memberId(), id);
        QCOMPARE(m_ws.queries().memberCount(m_ws.rootUnitId()), before + 1);
        QCOMPARE(m_ws.queries().member(id)->fullName, QStringLiteral("Lê Thị Mai"));
        QCOMPARE(m_ws.queries().member(id)->ethnicity, QStringLiteral("Tày"));
        // A member who is not on the device: the form says so by returning false.
        QVERIFY(!editor.load(df::Uuid::v7()));
        QVERIFY(editor.memberId().isEmpty());
    }

    void profileFollowsAndTransfers()
    {
        const QString id = memberAt(4);
        MemberProfile profile;
        profile.setWorkspace(&m_ws);
        profile.setMemberId(id);
        QVERIFY(profile.property("exists").toBool());
        const QVariantList sections = profile.property("sections").toList();
        QVERIFY(sections.size() >= 5);
        QCOMPARE(sections[0]
                     .toMap()
                     .value(QStringLiteral("rows"))
                     .toList()[0]
                     .toMap()
                     .value(QStringLiteral("value")),
                 m_ws.queries().member(id)->fullName);

        QVERIFY(profile.setHardship(true, QStringLiteral("Mồ côi cha")).value("ok").toBool());
        QVERIFY(profile.property("hardship").toBool());
        QVERIFY(m_ws.queries().member(id)->hardship);

        const QString from = profile.property("unitId").toString();
        const QVariantMap same = profile.transferTo(from);
        QVERIFY(!same.value(QStringLiteral("ok")).toBool());
        QVERIFY(!same.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(!profile.transferTo(df::Uuid::v7()).value(QStringLiteral("ok")).toBool());
        QString other;
        for (const df::UnitNode &n : m_ws.queries().subtree(m_ws.rootUnitId())) {
            if (n.unit.id != from && n.depth > 0)
                other = n.unit.id;
        }
        QVERIFY(!other.isEmpty());
        QVERIFY(profile.transferTo(other).value(QStringLiteral("ok")).toBool());
        QCOMPARE(profile.property("unitId").toString(), other);
        QCOMPARE(m_ws.queries().member(id)->unitId, other);
    }

    void activityEditorRoundTrip()
    {
        ActivityEditor editor;
        editor.setWorkspace(&m_ws);
        QVERIFY(editor.load({}, m_ws.rootUnitId()));
        QCOMPARE(editor.property("date").toString(), Choices().today());
        editor.setProperty("title", QStringLiteral("Ngày hội hiến máu"));
        editor.setProperty("time", QStringLiteral("25:99"));
        editor.setProperty("money", QStringLiteral("1.500.000"));
        editor.setProperty("trees", QStringLiteral("-4"));
        QVERIFY(!editor.save().value(QStringLiteral("ok")).toBool());
        QVERIFY(editor.errors().contains(QStringLiteral("time")));
        QVERIFY(editor.errors().contains(QStringLiteral("trees")));
        QVERIFY(editor.activityId().isEmpty());
        editor.setProperty("time", QStringLiteral("7h30"));
        editor.setProperty("trees", QString());
        QVERIFY(editor.save().value(QStringLiteral("ok")).toBool());
        const QString id = editor.activityId();
        QVERIFY(!id.isEmpty());

        ActivityEditor again;
        again.setWorkspace(&m_ws);
        QVERIFY(again.load(id));
        QCOMPARE(again.property("title").toString(), QStringLiteral("Ngày hội hiến máu"));
        QCOMPARE(again.property("time").toString(), QStringLiteral("07:30"));
        QCOMPARE(again.property("money").toString(), QStringLiteral("1500000"));
        QCOMPARE(again.property("trees").toString(), QString());
        QCOMPARE(m_ws.queries().activity(id)->outputs.moneyRaisedVnd, 1500000);
    }

    void summaryCountsAndWaitsWhileHidden()
    {
        ActivityEditor editor;
        editor.setWorkspace(&m_ws);
        editor.load({}, m_ws.rootUnitId());
        editor.setProperty("title", QStringLiteral("Sinh hoạt chi đoàn"));
        QVERIFY(editor.save().value(QStringLiteral("ok")).toBool());
        const QString activity = editor.activityId();

        ActivitySummary summary;
        summary.setWorkspace(&m_ws);
        summary.setActivityId(activity);
        const auto info = [&] { return summary.info(); };
        QCOMPARE(info().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Sinh hoạt chi đoàn"));
        QCOMPARE(info().value(QStringLiteral("present")).toInt(), 0);
        QCOMPARE(info().value(QStringLiteral("expected")).toInt(),
                 m_ws.queries().memberCount(m_ws.rootUnitId()));

        const auto checkIn = [&](int i) {
            df::Attendance a;
            a.activityId = activity;
            a.memberId = memberAt(i);
            a.status = df::AttendanceStatus::Present;
            a.checkedInAt = QDateTime::currentDateTimeUtc();
            QVERIFY(m_ws.store().recordAttendance(a).written);
            Q_EMIT m_ws.localChanged(); // as the roster announces a tap
        };
        checkIn(0);
        QCOMPARE(info().value(QStringLiteral("present")).toInt(), 1);
        // Hidden (under the check-in page): taps are not read until it shows again.
        summary.setLive(false);
        checkIn(1);
        checkIn(2);
        QCOMPARE(info().value(QStringLiteral("present")).toInt(), 1);
        summary.setLive(true);
        QCOMPARE(info().value(QStringLiteral("present")).toInt(), 3);

        // Without figures: only what the activity is.
        summary.setProperty("figures", false);
        QVERIFY(!info().contains(QStringLiteral("present")) ||
                info().value(QStringLiteral("present")).toInt() == 0);
        QCOMPARE(info().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Sinh hoạt chi đoàn"));
    }

    void hoursSheetIsAllOrNothing()
    {
        HoursModel sheet;
        sheet.setWorkspace(&m_ws);
        const QString a = memberAt(10), b = memberAt(11);
        QVERIFY(sheet.add(a));
        QVERIFY(!sheet.add(a));
        QVERIFY(!sheet.add(df::Uuid::v7()));
        sheet.setHoursEach(QStringLiteral("3"));
        QVERIFY(sheet.add(b));
        QCOMPARE(sheet.data(sheet.index(0), HoursModel::HoursRole).toString(), QStringLiteral("3"));
        QCOMPARE(sheet.data(sheet.index(1), HoursModel::HoursRole).toString(), QStringLiteral("3"));

        const int before = m_ws.queries().hoursForMember(a).entries.size();
        sheet.setHours(1, QStringLiteral("ba giờ"));
        const QVariantMap bad = sheet.save(Choices().today(), {}, {});
        QVERIFY(!bad.value(QStringLiteral("ok")).toBool());
        QVERIFY(bad.value(QStringLiteral("message"))
                    .toString()
                    .contains(m_ws.queries().member(b)->fullName));
        QCOMPARE(m_ws.queries().hoursForMember(a).entries.size(), before);
        QVERIFY(!sheet.save(QStringLiteral("31/02/2026"), {}, {}).value("ok").toBool());

        sheet.setHours(1, QStringLiteral("0"));
        const QVariantMap ok = sheet.save(Choices().today(), QStringLiteral("Dọn rác"), {});
        QVERIFY(ok.value(QStringLiteral("ok")).toBool());
        QCOMPARE(ok.value(QStringLiteral("count")).toInt(), 1); // 0 hours logs nothing
        QCOMPARE(m_ws.queries().hoursForMember(a).entries.size(), before + 1);
        sheet.remove(0);
        QCOMPARE(sheet.rowCount(), 1);
    }

    void memberHoursConfirmAndReject()
    {
        const QString id = memberAt(20);
        HoursModel sheet;
        sheet.setWorkspace(&m_ws);
        QVERIFY(sheet.add(id));
        sheet.setHours(0, QStringLiteral("2,5"));
        QVERIFY(sheet.save(Choices().today(), QStringLiteral("Hiến máu"), {}).value("ok").toBool());

        MemberHoursModel hours;
        hours.setWorkspace(&m_ws);
        hours.setMemberId(id);
        QVERIFY(hours.rowCount() >= 1);
        int row = -1;
        for (int i = 0; i < hours.rowCount(); ++i) {
            if (hours.data(hours.index(i), MemberHoursModel::DescriptionRole) == "Hiến máu")
                row = i;
        }
        QVERIFY(row >= 0);
        const QString entry =
            hours.data(hours.index(row), MemberHoursModel::EntryIdRole).toString();
        const double confirmedBefore = hours.property("confirmed").toDouble();
        QVERIFY(!hours.reject(entry, QStringLiteral("  ")).value(QStringLiteral("ok")).toBool());
        QVERIFY(hours.confirm(entry).value(QStringLiteral("ok")).toBool());
        QCOMPARE(hours.data(hours.index(row), MemberHoursModel::ConfirmationRole).toInt(), 1);
        QCOMPARE(hours.property("confirmed").toDouble(), confirmedBefore + 2.5);
        const QVariantList years = hours.property("years").toList();
        QCOMPARE(years[0].toMap().value(QStringLiteral("year")).toInt(),
                 QDate::currentDate().year());
    }

    void conflictResolvedAndReopened()
    {
        const QString member = memberAt(30);
        const QString kept = m_ws.queries().member(member)->phone;
        const QString conflict = df::Uuid::v7();
        df::SyncStore &sync = m_ws.store().sync();
        QVERIFY(sync.writeLocal(
            df::Entity::Conflict, conflict,
            {{QStringLiteral("entity"), QStringLiteral("member")},
             {QStringLiteral("row_id"), member},
             {QStringLiteral("field"), QStringLiteral("phone")},
             {QStringLiteral("kind"), 0},
             {QStringLiteral("kept_value"), df::Merger::encodeValue(kept)},
             {QStringLiteral("lost_value"), df::Merger::encodeValue(QStringLiteral("0912333444"))},
             {QStringLiteral("kept_user"), QStringLiteral("huyen")},
             {QStringLiteral("lost_user"), QStringLiteral("chidoan")},
             {QStringLiteral("resolved"), 0},
             {QStringLiteral("deleted"), 0}}));
        m_ws.reload();

        ConflictListModel all;
        all.setWorkspace(&m_ws);
        ConflictListModel ofMember;
        ofMember.setWorkspace(&m_ws);
        ofMember.setRowId(member);
        ConflictListModel counter;
        counter.setLimit(0);
        counter.setWorkspace(&m_ws);
        const int total = all.total();
        QVERIFY(total >= 1);
        QCOMPARE(counter.rowCount(), 0);
        QCOMPARE(counter.total(), total);
        QCOMPARE(ofMember.rowCount(), 1);
        const QVariantMap row = ofMember.get(0);
        QCOMPARE(row.value(QStringLiteral("conflictId")).toString(), conflict);
        QCOMPARE(row.value(QStringLiteral("lostValue")).toString(), QStringLiteral("0912333444"));
        QCOMPARE(row.value(QStringLiteral("record")).toString(),
                 m_ws.queries().member(member)->fullName);

        QVERIFY(ofMember.resolve(conflict, true).value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_ws.queries().member(member)->phone, QStringLiteral("0912333444"));
        QCOMPARE(ofMember.rowCount(), 0);
        QCOMPARE(counter.total(), total - 1);
        QVERIFY(ofMember.reopen(conflict).value(QStringLiteral("ok")).toBool());
        QCOMPARE(m_ws.queries().member(member)->phone, kept);
        QCOMPARE(ofMember.rowCount(), 1);
        QVERIFY(!ofMember.resolve(df::Uuid::v7(), false).value(QStringLiteral("ok")).toBool());
    }

    void unitSummaryCountsActiveMembers()
    {
        UnitSummary unit;
        unit.setWorkspace(&m_ws);
        unit.setUnitId(m_ws.rootUnitId());
        QVERIFY(unit.property("exists").toBool());
        QCOMPARE(unit.property("name").toString(), m_ws.queries().unit(m_ws.rootUnitId())->name);
        const int before = unit.property("activeMembers").toInt();
        QCOMPARE(before, m_ws.queries().memberCount(m_ws.rootUnitId()));
        MemberEditor editor;
        editor.setWorkspace(&m_ws);
        editor.load({}, m_ws.rootUnitId());
        editor.setProperty("fullName", QStringLiteral("Phan Văn Đức"));
        QVERIFY(editor.save().value(QStringLiteral("ok")).toBool());
        QCOMPARE(unit.property("activeMembers").toInt(), before + 1);
        unit.setUnitId(df::Uuid::v7());
        QVERIFY(!unit.property("exists").toBool());
        QCOMPARE(unit.property("activeMembers").toInt(), 0);
    }

    void choicesInValueOrder()
    {
        Choices c;
        QCOMPARE(c.of(QStringLiteral("gender")).size(), 3);
        QCOMPARE(c.of(QStringLiteral("attendance")).size(), 4);
        QVERIFY(c.of(QStringLiteral("activityKind")).size() > 3);
        QVERIFY(c.of(QStringLiteral("no such list")).isEmpty());
        QCOMPARE(c.today(), QDate::currentDate().toString(QStringLiteral("dd/MM/yyyy")));
    }

    // The target grid lets an account set only what the server accepts: an officer the
    // units below their own, a secretary nothing, an administrator their own unit too. A
    // refused cell writes nothing; an accepted one is a change to sync.
    void targetGridFollowsTheRole()
    {
        const QString path = m_dir.filePath(QStringLiteral("w.sqlite"));
        const auto reopen = [&](const char *role) {
            m_ws.close();
            m_ws.open({path, 0, true, QStringLiteral("huyen"), {}, QString::fromLatin1(role)});
            QTRY_VERIFY_WITH_TIMEOUT(m_ws.isReady(), 60000);
        };
        const auto targets = [&] {
            auto st = m_ws.store().database().prepare("SELECT count(*) FROM targets");
            return st.step() ? st.int64(0) : -1;
        };
        reopen("officer");
        TargetGridModel grid;
        grid.setWorkspace(&m_ws);
        grid.setProperty("unitId", m_ws.rootUnitId());
        QVERIFY(grid.rowCount() >= 2);
        QVERIFY(!grid.editable(0));
        QVERIFY(grid.editable(1));
        const qint64 before = targets();
        const int sent = pending();
        const int trees = df::Indicator::TreesPlanted;
        QVERIFY(grid.setValue(0, trees, QStringLiteral("500")).contains(QStringLiteral("above")));
        QCOMPARE(targets(), before);
        QVERIFY(!grid.setValue(1, trees, QStringLiteral("abc")).isEmpty());
        QVERIFY(
            !grid.setValue(1, df::Indicator::RegularMeetingsPct, QStringLiteral("120")).isEmpty());
        QCOMPARE(targets(), before);
        QCOMPARE(grid.setValue(1, trees, QStringLiteral("120")), QString());
        // Read back from the store (setValue changes nothing in the grid itself), and
        // waiting to sync (the demo's targets are still unsent: one entry per row).
        QCOMPARE(grid.text(1, trees), QStringLiteral("120"));
        QVERIFY(pending() >= std::max(sent, 1));
        // Clearing the cell deletes the target (a tombstone that syncs).
        QCOMPARE(grid.setValue(1, trees, QString()), QString());
        QCOMPARE(grid.text(1, trees), QString());
        reopen("secretary");
        grid.setProperty("year", grid.property("year").toInt()); // reads again on its own
        QVERIFY(!grid.property("anyEditable").toBool());
        QVERIFY(!grid.setValue(1, trees, QStringLiteral("5")).isEmpty());
        reopen("admin");
        QVERIFY(grid.editable(0));
    }
};

QTEST_GUILESS_MAIN(TestControllers)
#include "tst_controllers.moc"
