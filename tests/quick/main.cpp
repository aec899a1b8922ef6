// Qt Quick Tests of the pages (tst_*.qml in this folder), over a real temporary
// workspace with demo data: the same Workspace and Session singletons the app uses.
#include "session.h"
#include "workspace.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/cardcode.h"
#include "domain/member.h"
#include "domain/uuid.h"
#include "store/database.h"
#include "sync/merger.h"
#include "sync/syncstore.h"
#include "write/localstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QQmlContext>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include "frames.h"

Q_IMPORT_QML_PLUGIN(DoanFieldPlugin)

// Data arriving as a sync brings it: written through a second connection to the
// workspace's file (as the sync worker does), then Workspace::reload(), which is what the
// scheduler calls when a pull landed.
class SyncFeed : public QObject
{
    Q_OBJECT
public:
    explicit SyncFeed(Workspace *workspace, QObject *parent = nullptr)
        : QObject(parent)
        , m_workspace(workspace)
    {}

    // Another door checks in `count` members of the activity (the last ones in name order
    // that have no attendance yet) and a new member joins the activity's unit, sorted
    // before everyone else. Returns the new member's id.
    Q_INVOKABLE QString deliver(const QString &activityId, int count)
    {
        df::Database db(m_workspace->path());
        df::LocalStore store(db);
        store.setTracking(false);
        auto st = db.prepare("SELECT unit_id FROM activities WHERE id = ?1");
        st.bind(1, activityId);
        const QString unit = st.step() ? st.text(0) : QString();
        st.reset();
        auto members = db.prepare(
            "SELECT m.id FROM members m WHERE m.deleted = 0 AND NOT EXISTS (SELECT 1 FROM "
            "attendance a WHERE a.activity_id = ?1 AND a.member_id = m.id) "
            "ORDER BY m.sort_key DESC LIMIT ?2");
        members.bind(1, activityId).bind(2, count);
        QStringList ids;
        while (members.step())
            ids.append(members.text(0));
        members.reset();
        df::Transaction tx(db);
        for (const QString &id : ids) {
            df::Attendance a;
            a.activityId = activityId;
            a.memberId = id;
            a.status = df::AttendanceStatus::Present;
            a.checkedInAt = QDateTime::currentDateTimeUtc();
            a.recordedBy = QStringLiteral("door2");
            store.recordAttendance(a);
        }
        df::Member m;
        m.unitId = unit;
        m.fullName = QStringLiteral("Âu A");
        m.birthDate = QDate(2004, 1, 1);
        const QString id = store.saveMember(m).id;
        tx.commit();
        m_workspace->reload();
        return id;
    }

private:
    Workspace *m_workspace;
};

// Photographs of cards for the scan view's injected frame source: a card code in a
// 1280×720 frame as a camera sees it (tilted, slightly blurred, noisy), saved as PNG.
class CardFixture : public QObject
{
    Q_OBJECT
public:
    CardFixture(Workspace *workspace, const QString &dir, QObject *parent = nullptr)
        : QObject(parent)
        , m_workspace(workspace)
        , m_dir(dir)
    {}
    // The member's card; `text` instead of a member's code when given (a foreign code).
    Q_INVOKABLE QString photo(const QString &memberId, const QString &text = {})
    {
        df::frames::FrameOptions o;
        o.size = 260;
        o.angle = 12;
        o.blur = 0.8;
        o.noise = 6;
        const QString code = text.isEmpty() ? df::CardCode::encode(memberId) : text;
        const QString path = QStringLiteral("%1/card-%2.png").arg(m_dir).arg(qHash(code), 0, 16);
        df::frames::cardFrame(code, o).save(path);
        return path;
    }
    // The text a scanner types for the member's card.
    Q_INVOKABLE QString code(const QString &memberId) const
    {
        return df::CardCode::encode(memberId);
    }
    // A member who is no longer active (moved away, left), on this device.
    Q_INVOKABLE QString inactiveMember() const
    {
        auto st = m_workspace->store().database().prepare(
            "SELECT id FROM members WHERE status <> 0 AND deleted = 0 ORDER BY sort_key LIMIT 1");
        return st.step() ? st.text(0) : QString();
    }
    // A branch with members and an active member of another branch (branches: units with
    // none under them; other tests add members to the root): {unitId, outsiderId}.
    Q_INVOKABLE QVariantMap guestCase() const
    {
        auto st = m_workspace->store().database().prepare(
            "SELECT a.unit_id, b.id FROM members a JOIN members b ON b.unit_id <> a.unit_id "
            "WHERE a.deleted = 0 AND b.deleted = 0 AND b.status = 0 "
            "AND a.unit_id NOT IN (SELECT parent_id FROM org_units WHERE parent_id IS NOT NULL) "
            "AND b.unit_id NOT IN (SELECT parent_id FROM org_units WHERE parent_id IS NOT NULL) "
            "ORDER BY a.sort_key, b.sort_key LIMIT 1");
        if (!st.step())
            return {};
        return {{QStringLiteral("unitId"), st.text(0)}, {QStringLiteral("outsiderId"), st.text(1)}};
    }

private:
    Workspace *m_workspace;
    QString m_dir;
};

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_workspace = new Workspace(this);
        Workspace::setInstance(m_workspace);
        m_session = new Session(m_workspace, m_dir.path(), this);
        Session::setInstance(m_session);
        m_session->setDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), 300);
        m_session->openDemo();
        while (!m_workspace->isReady() && !m_workspace->property("failed").toBool())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        addConflict();
        writeImportFixture();
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->rootContext()->setContextProperty(QStringLiteral("syncFeed"),
                                                  new SyncFeed(m_workspace, engine));
        engine->rootContext()->setContextProperty(
            QStringLiteral("cardFixture"), new CardFixture(m_workspace, m_dir.path(), engine));
        engine->rootContext()->setContextProperty(
            QStringLiteral("importFixture"),
            QUrl::fromLocalFile(m_dir.filePath(QStringLiteral("chi-doan.csv"))));
    }

private:
    // A branch's list for tst_import.qml, as a spreadsheet saves it (UTF-8 with a BOM,
    // semicolons): two new members, a date that does not exist, and a stored member's
    // card number under another name (a possible duplicate).
    void writeImportFixture()
    {
        auto st = m_workspace->store().database().prepare(
            "SELECT card_number FROM members WHERE deleted = 0 AND card_number <> '' "
            "ORDER BY sort_key LIMIT 1");
        const QString card = st.step() ? st.text(0) : QStringLiteral("none");
        st.reset();
        QFile f(m_dir.filePath(QStringLiteral("chi-doan.csv")));
        if (!f.open(QIODevice::WriteOnly))
            return;
        f.write("\xEF\xBB\xBFHọ và tên;Ngày sinh;Giới tính;SĐT;Số thẻ đoàn\r\n"
                "NGUYỄN THỊ NHẬP;05/03/2004;Nữ;912000001;NH001\r\n"
                "Trần Văn Mới;06/04/2003;Nam;;NH002\r\n"
                "Lê Văn Sai;31/02/2001;Nam;;NH003\r\n");
        f.write(QStringLiteral("Người Khác Tên;01/01/2000;Nam;;%1\r\n").arg(card).toUtf8());
    }

    // A conflict as a pull brings it: another officer's phone number for the first member
    // in name order lost to the one on this device (tst_conflicts.qml resolves it).
    void addConflict()
    {
        df::LocalStore &store = m_workspace->store();
        auto st = store.sync().database().prepare(
            "SELECT id, phone FROM members WHERE deleted = 0 ORDER BY sort_key LIMIT 1");
        if (!st.step())
            return;
        const QString member = st.text(0), phone = st.text(1);
        st.reset();
        const qint64 now = QDateTime::currentMSecsSinceEpoch() << 16;
        const df::Version kept{now, QStringLiteral("device-a")};
        const df::Version lost{now - (3600000LL << 16), QStringLiteral("device-b")};
        df::RowState row;
        row.entity = df::Entity::Conflict;
        row.rowId = df::Uuid::v7();
        row.fields = {
            {QStringLiteral("entity"), QStringLiteral("member")},
            {QStringLiteral("row_id"), member},
            {QStringLiteral("field"), QStringLiteral("phone")},
            {QStringLiteral("kind"), 0},
            {QStringLiteral("kept_value"), df::Merger::encodeValue(phone)},
            {QStringLiteral("lost_value"), df::Merger::encodeValue(QStringLiteral("0912333444"))},
            {QStringLiteral("kept_version"), kept.toString()},
            {QStringLiteral("lost_version"), lost.toString()},
            {QStringLiteral("kept_user"), QStringLiteral("huyen")},
            {QStringLiteral("lost_user"), QStringLiteral("chidoan")},
            {QStringLiteral("resolved"), 0},
            {QStringLiteral("deleted"), 0}};
        row.versions = df::FieldVersions(kept);
        store.sync().applyPage({row}, {}, 0, now);
        m_workspace->reload();
    }

    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    Session *m_session = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(pages, Setup)

#include "main.moc"
