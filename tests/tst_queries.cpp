#include "demo/demogenerator.h"
#include "domain/vntext.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "write/localstore.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace df;

// Read queries over a small deterministic demo database and a few hand-made rows.
class TestQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = std::make_unique<Database>(m_dir.filePath(QStringLiteral("q.sqlite")));
        m_store = std::make_unique<LocalStore>(*m_db);
        m_options.members = 400;
        m_options.anchor = QDate(2026, 6, 30);
        m_store->setToday(m_options.anchor);
        m_gen = std::make_unique<DemoGenerator>(m_options);
        m_gen->writeTo(*m_store);
    }

    void demoIsDeterministic()
    {
        const DemoGenerator again(m_options);
        for (int i : {0, 7, 399})
            QCOMPARE(m_gen->member(i).fullName, again.member(i).fullName);
        QCOMPARE(m_gen->units().size(), again.units().size());
    }

    // Open conflicts are about members, activities and the like; one recorded about a
    // conflict row itself (two people resolving one conflict at once, on an older server)
    // is not listed or counted.
    void conflictsAboutConflictsAreNotListed()
    {
        Queries q(*m_db);
        const int before = q.openConflictCount({});
        const QString member = m_gen->member(0).id;
        m_db->exec(QStringLiteral("INSERT INTO conflicts(id, entity, row_id, field, kept_value, "
                                  "lost_value) VALUES ('c-member', 'member', '%1', 'phone', "
                                  "'\"0905000001\"', '\"0905000002\"'), ('c-conflict', "
                                  "'conflict', 'c-member', 'resolved_by', '\"huyen\"', "
                                  "'\"thon1\"')")
                       .arg(member)
                       .toUtf8()
                       .constData());
        QCOMPARE(q.openConflictCount({}), before + 1);
        QCOMPARE(q.openConflictCount(QStringLiteral("c-member")), 0);
        QCOMPARE(q.openConflictCount(member), 1);
        const QList<ConflictRecord> open = q.openConflicts({}, 100);
        QCOMPARE(open.size(), before + 1);
        for (const ConflictRecord &c : open)
            QVERIFY(c.entity != QLatin1String("conflict"));
        m_db->exec("DELETE FROM conflicts WHERE id IN ('c-member', 'c-conflict')");
    }

    void subtreeAndCounts()
    {
        Queries q(*m_db);
        const QString root = q.rootUnitIds().value(0);
        const auto tree = q.subtree(root);
        QCOMPARE(tree.size(), m_gen->units().size());
        QCOMPARE(tree.first().unit.id, root);
        QCOMPARE(tree.first().depth, 0);
        int direct = 0;
        for (const UnitNode &n : tree)
            direct += n.memberCount;
        QCOMPARE(q.memberCount(root), direct);
        // A branch's subtree is itself.
        const auto leaf = std::find_if(tree.begin(), tree.end(),
                                       [](const UnitNode &n) { return n.childCount == 0; });
        QVERIFY(leaf != tree.end());
        QCOMPARE(q.subtreeIds(leaf->unit.id), QStringList{leaf->unit.id});
        QCOMPARE(q.memberCount(leaf->unit.id), leaf->memberCount);
    }

    void membersOfSubtreeWithFilters()
    {
        Queries q(*m_db);
        const auto tree = q.subtree(q.rootUnitIds().value(0));
        const auto leaf = std::find_if(tree.begin(), tree.end(),
                                       [](const UnitNode &n) { return n.childCount == 0; });
        MemberSearch search(*m_db);
        MemberFilter f;
        f.rootUnitId = leaf->unit.id;
        const auto rows = search.find(f, 1000);
        QCOMPARE(rows.size(), leaf->memberCount);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(vn::sortKey(rows[i - 1].fullName) <= vn::sortKey(rows[i].fullName));
        f.hardship = true;
        for (const MemberRow &r : search.find(f, 1000)) {
            QVERIFY(r.hardship);
            QCOMPARE(r.unitId, leaf->unit.id);
        }
    }

    // While an account's first sync loads, members_sort does not exist (SyncStore builds it
    // at the end): a search whose plan walks that index must still answer, the same.
    void searchWithoutSortIndex()
    {
        MemberFilter f;
        f.text = QStringLiteral("nguyen");
        const auto before = MemberSearch(*m_db).find(f, 50);
        QVERIFY(!before.isEmpty());
        Transaction tx(*m_db); // rolled back: the index comes back
        m_db->exec("DROP INDEX members_sort");
        const auto after = MemberSearch(*m_db).find(f, 50);
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i)
            QCOMPARE(after[i].id, before[i].id);
    }

    // Dense typing ("n": most names have a word starting with it) walks the name-order
    // index, forced by INDEXED BY when every unit is searched; EXPLAIN QUERY PLAN of the
    // statement that ran says so.
    void searchWalksTheSortIndex()
    {
        MemberSearch search(*m_db);
        // A budget no busy machine overruns (the walk's own is a millisecond here), so that
        // what is tested is the plan chosen, not the speed of the machine.
        search.setWalkBudgetNs(60'000'000'000);
        MemberFilter f;
        f.text = QStringLiteral("n");
        const auto rows = search.find(f, 50);
        QCOMPARE(rows.size(), 50);
        const MemberSearch::LastRun &ran = search.lastRun();
        QCOMPARE(ran.plan, MemberSearch::Plan::Walk);
        QVERIFY(!ran.fellBack);
        QVERIFY2(ran.sql.contains("INDEXED BY members_sort"), ran.sql.constData());
        const QString plan = queryPlan(ran.sql);
        QVERIFY2(plan.contains(QLatin1String("INDEX members_sort")), qPrintable(plan));
        QVERIFY2(!plan.contains(QLatin1String("member_fts")), qPrintable(plan));
    }

    // The same walk with a budget it cannot keep: it is interrupted and the FTS plan
    // answers instead, with the same rows.
    void searchFallsBackWhenTheWalkRunsOver()
    {
        MemberFilter f;
        f.text = QStringLiteral("n");
        MemberSearch walk(*m_db);
        walk.setWalkBudgetNs(60'000'000'000);
        const auto walked = walk.find(f, 50);
        QCOMPARE(walk.lastRun().plan, MemberSearch::Plan::Walk);
        MemberSearch search(*m_db);
        search.setWalkBudgetNs(1);
        const auto rows = search.find(f, 50);
        const MemberSearch::LastRun &ran = search.lastRun();
        QVERIFY(ran.fellBack);
        QCOMPARE(ran.plan, MemberSearch::Plan::Fts);
        const QString plan = queryPlan(ran.sql);
        QVERIFY2(plan.contains(QLatin1String("VIRTUAL TABLE INDEX")) &&
                     plan.contains(QLatin1String("member_fts")),
                 qPrintable(plan));
        QVERIFY2(!ran.sql.contains("INDEXED BY"), ran.sql.constData());
        QCOMPARE(rows.size(), walked.size());
        for (qsizetype i = 0; i < rows.size(); ++i)
            QCOMPARE(rows[i].id, walked[i].id);
    }

    void activitiesByRange()
    {
        Queries q(*m_db);
        const QString root = q.rootUnitIds().value(0);
        const QDate from = m_options.anchor.addMonths(-2);
        const auto acts = q.activities(root, true, from, m_options.anchor);
        QVERIFY(!acts.isEmpty());
        for (const Activity &a : acts) {
            const QDate d = a.startsAt.toLocalTime().date();
            QVERIFY2(d >= from.addDays(-1) && d <= m_options.anchor.addDays(1),
                     qPrintable(a.startsAt.toString(Qt::ISODate)));
        }
        // Only the unit itself, without the subtree: a subset.
        QVERIFY(q.activities(root, false, from, m_options.anchor).size() <= acts.size());
    }

    void attendanceCountsAndHoursTotals()
    {
        // A hand-made activity so every number is known.
        Queries q(*m_db);
        const auto tree = q.subtree(q.rootUnitIds().value(0));
        const auto leaf = std::find_if(tree.begin(), tree.end(),
                                       [](const UnitNode &n) { return n.childCount == 0; });
        Activity a;
        a.unitId = leaf->unit.id;
        a.kind = ActivityKind::VolunteerCampaign;
        a.title = QStringLiteral("Ngày Chủ nhật xanh");
        a.startsAt = QDateTime(QDate(2026, 6, 7), QTime(7, 0));
        a.endsAt = a.startsAt.addSecs(4 * 3600);
        const WriteResult act = m_store->saveActivity(a);
        QVERIFY2(act, qPrintable(firstError(act.issues)));
        MemberSearch search(*m_db);
        MemberFilter f;
        f.rootUnitId = leaf->unit.id;
        const auto members = search.find(f, 4);
        QCOMPARE(members.size(), 4);
        const AttendanceStatus statuses[] = {AttendanceStatus::Present, AttendanceStatus::Late,
                                             AttendanceStatus::Present, AttendanceStatus::Excused};
        for (int i = 0; i < 4; ++i) {
            Attendance at;
            at.activityId = act.id;
            at.memberId = members[i].id;
            at.status = statuses[i];
            at.checkedInAt = a.startsAt.addSecs(60 * i);
            QVERIFY(m_store->recordAttendance(at));
        }
        // The same person checked in again later on another device: one row, earliest time.
        Attendance again;
        again.activityId = act.id;
        again.memberId = members[0].id;
        again.checkedInAt = a.startsAt.addSecs(3600);
        QVERIFY(m_store->recordAttendance(again));
        const AttendanceSheet sheet = q.attendance(act.id);
        QCOMPARE(sheet.rows.size(), 4);
        QCOMPARE(sheet.counts[int(AttendanceStatus::Present)], 2);
        QCOMPARE(sheet.counts[int(AttendanceStatus::Late)], 1);
        QCOMPARE(sheet.counts[int(AttendanceStatus::Excused)], 1);
        QCOMPARE(sheet.attended(), 3);
        QCOMPARE(sheet.expected, leaf->memberCount);
        for (const Attendance &r : sheet.rows) {
            if (r.memberId == members[0].id)
                QCOMPARE(r.checkedInAt, a.startsAt);
        }

        const double hours[] = {3.5, 4, 2.5};
        for (int i = 0; i < 3; ++i) {
            VolunteerEntry e;
            e.memberId = members[i].id;
            e.activityId = act.id;
            e.date = a.startsAt.date();
            e.hours = hours[i];
            QVERIFY(m_store->addVolunteerEntry(e));
        }
        const MemberHours before = q.hoursForMember(members[1].id);
        VolunteerEntry extra;
        extra.memberId = members[1].id;
        extra.date = QDate(2026, 6, 8);
        extra.hours = 2;
        const WriteResult added = m_store->addVolunteerEntry(extra);
        QVERIFY(added);
        QVERIFY(m_store->setConfirmation(added.id, int(Confirmation::Rejected),
                                         QStringLiteral("officer"), QStringLiteral("Trùng lặp")));
        const MemberHours after = q.hoursForMember(members[1].id);
        QCOMPARE(after.entries.size(), before.entries.size() + 1);
        QCOMPARE(after.total, before.total); // a rejected entry does not count
        const ActivityHours perActivity = q.hoursForActivity(act.id);
        QCOMPARE(perActivity.total, 10.0);
        QCOMPARE(perActivity.members.size(), 3);
    }

private:
    // SQLite's plan for a statement, one step a line.
    QString queryPlan(const QByteArray &sql)
    {
        auto st = m_db->prepare(QByteArray("EXPLAIN QUERY PLAN ") + sql);
        QStringList steps;
        while (st.step())
            steps.append(st.text(3));
        return steps.join(QLatin1Char('\n'));
    }

    QTemporaryDir m_dir;
    DemoOptions m_options;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<LocalStore> m_store;
    std::unique_ptr<DemoGenerator> m_gen;
};

QTEST_GUILESS_MAIN(TestQueries)
#include "tst_queries.moc"
