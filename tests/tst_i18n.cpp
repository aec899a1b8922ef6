// Every sentence a user can read from core comes out in Vietnamese: the app's real .qm is
// installed behind a translator that records each lookup, every validation failure and
// every sync and server error is produced through its real code path (the validators, and
// SyncEngine over a scripted transport that answers as the server does), and each sentence
// must differ from its English and be found in the catalogue. Then every sentence that
// validation.cpp and syncengine.cpp can say must have been looked up at least once, so a
// new sentence without a test case fails here too.
#include "fakes.h"

#include "domain/activity.h"
#include "domain/attendance.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "domain/target.h"
#include "domain/validation.h"
#include "domain/volunteerentry.h"
#include "store/database.h"
#include "sync/syncengine.h"
#include "sync/syncstore.h"
#include "sync/transport.h"
#include "write/localstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <functional>

using namespace df;
using df::test::reply;
using df::test::ScriptedTransport;

namespace {

// The real translator, recording what was asked of it and what it could not answer.
class RecordingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation,
                      int n) const override
    {
        const QString out = m_real.translate(context, source, disambiguation, n);
        const QString key = QLatin1String(context) + QLatin1Char('|') + QString::fromUtf8(source);
        asked.insert(key);
        if (out.isEmpty())
            missing.insert(key);
        return out;
    }
    bool isEmpty() const override { return m_real.isEmpty(); }
    bool load(const QString &file) { return m_real.load(file); }

    mutable QSet<QString> asked;
    mutable QSet<QString> missing;

private:
    QTranslator m_real;
};

TransportReply serverError(int status, const char *code, int retryAfter = -1)
{
    return reply(
        status,
        QJsonDocument(QJsonObject{{QStringLiteral("error"), QLatin1String(code)},
                                  {QStringLiteral("message"),
                                   QStringLiteral("An English sentence from the server.")}})
            .toJson(QJsonDocument::Compact),
        retryAfter);
}

// Every sentence of `context` in a source file: the literal (adjacent literals joined)
// after `translate("context", `.
QStringList sentencesIn(const QString &file, const QString &context)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    const QRegularExpression call(
        QStringLiteral("translate\\(\\s*\"%1\",\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)")
            .arg(context));
    const QRegularExpression literal(QStringLiteral("\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList out;
    for (auto m = call.globalMatch(text); m.hasNext();) {
        QString joined;
        for (auto l = literal.globalMatch(m.next().captured(1)); l.hasNext();)
            joined += l.next().captured(1);
        joined.replace(QLatin1String("\\\""), QLatin1String("\""));
        out.append(joined);
    }
    return out;
}

} // namespace

class TestI18n : public QObject
{
    Q_OBJECT

private:
    RecordingTranslator *m_vi = nullptr;
    QTemporaryDir m_dir;
    int m_db = 0;

    // `produce` run in English and in Vietnamese: each sentence must change, and the
    // Vietnamese one must not be the English one.
    void both(const QString &what, const std::function<QStringList()> &produce)
    {
        QCoreApplication::removeTranslator(m_vi);
        const QStringList english = produce();
        QCoreApplication::installTranslator(m_vi);
        const QStringList vietnamese = produce();
        QVERIFY2(!english.isEmpty(), qPrintable(what + QStringLiteral(": nothing was said")));
        QCOMPARE(vietnamese.size(), english.size());
        for (int i = 0; i < english.size(); ++i) {
            QVERIFY2(!english[i].isEmpty(), qPrintable(what));
            QVERIFY2(vietnamese[i] != english[i],
                     qPrintable(what + QStringLiteral(" stays in English: ") + english[i]));
        }
    }

    static QStringList messages(const ValidationIssues &issues)
    {
        QStringList out;
        for (const ValidationIssue &i : issues)
            out.append(i.message);
        return out;
    }

    // A sync engine over a fresh store, answering with `replies`.
    QString syncError(const QList<TransportReply> &replies, bool withOutbox, bool signIn = false)
    {
        Database db(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_db)));
        LocalStore store(db);
        if (withOutbox) {
            store.setTracking(true);
            OrgUnit u;
            u.name = QStringLiteral("Chi đoàn 1");
            u.level = UnitLevel::Branch;
            store.saveUnit(u);
        }
        ScriptedTransport t;
        t.replies = replies;
        SyncEngine engine(store.sync(), t);
        if (signIn)
            return engine.signIn(QStringLiteral("huyen"), QStringLiteral("x")).error;
        return engine.sync().error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_vi = new RecordingTranslator;
        QVERIFY2(m_vi->load(QStringLiteral(DF_VI_QM)), DF_VI_QM);
    }

    void validationFailures()
    {
        const QDate today(2026, 12, 3);
        both(QStringLiteral("unit"), [] {
            OrgUnit u;
            u.id = QStringLiteral("x");
            u.parentId = u.id;
            u.level = UnitLevel(9);
            return messages(Validation::check(u));
        });
        both(QStringLiteral("member"), [&] {
            QStringList out;
            Member m;
            m.birthDate = today.addDays(1);
            m.joinedDate = today.addDays(2);
            m.phone = QStringLiteral("12");
            m.email = QStringLiteral("a@");
            m.partyMember = true;
            m.partyDate = today.addDays(1);
            m.outstanding = true;
            m.outstandingDate = today.addDays(1);
            m.hardship = true;
            m.rating = Rating::Good;
            out += messages(Validation::check(m, today));
            Member young;
            young.fullName = QStringLiteral("Lê Văn A");
            young.unitId = QStringLiteral("u");
            young.birthDate = QDate(2000, 1, 1);
            young.joinedDate = QDate(2010, 1, 1);
            young.partyDate = QDate(2010, 1, 1);
            out += messages(Validation::check(young, today));
            young.joinedDate = QDate(1999, 1, 1);
            out += messages(Validation::check(young, today));
            return out;
        });
        both(QStringLiteral("activity"), [] {
            Activity a;
            a.outputs.treesPlanted = -1;
            QStringList out = messages(Validation::check(a));
            a.startsAt = QDateTime(QDate(2026, 1, 2), QTime(8, 0));
            a.endsAt = a.startsAt.addSecs(-60);
            return out + messages(Validation::check(a));
        });
        both(QStringLiteral("attendance"), [] {
            Attendance a;
            a.status = AttendanceStatus::Present;
            return messages(Validation::check(a));
        });
        both(QStringLiteral("volunteer entry"), [&] {
            VolunteerEntry e;
            e.hours = 30;
            e.confirmation = Confirmation::Rejected;
            QStringList out = messages(Validation::check(e, today));
            e.date = today.addDays(1);
            return out + messages(Validation::check(e, today));
        });
        both(QStringLiteral("target"), [] {
            Target t;
            t.year = 1800;
            t.half = 5;
            t.indicator = QStringLiteral("nothing");
            t.value = -1;
            return messages(Validation::check(t));
        });
    }

    void serverErrorCodes()
    {
        // Each code of PROTOCOL.md, as the sync and the sign-in meet it.
        const char *codes[][2] = {
            {"400", "bad_request"},      {"400", "bad_change"},  {"401", "unauthorized"},
            {"403", "no_scope"},         {"404", "not_found"},   {"405", "method_not_allowed"},
            {"411", "length_required"},  {"413", "too_large"},   {"413", "too_many_changes"},
            {"426", "upgrade_required"}, {"429", "throttled"},   {"431", "headers_too_large"},
            {"500", "server_error"},     {"503", "server_error"}};
        for (const auto &c : codes) {
            const int status = QByteArray(c[0]).toInt();
            both(QLatin1String(c[1]),
                 [&] { return QStringList{syncError({serverError(status, c[1], 40)}, false)}; });
        }
        both(QStringLiteral("wrong_credentials"), [&] {
            return QStringList{syncError({serverError(401, "wrong_credentials")}, false, true)};
        });
        // A lockout names the real wait, in seconds or in minutes.
        both(QStringLiteral("throttled sign-in"), [&] {
            return QStringList{syncError({serverError(429, "throttled", 30)}, false, true),
                               syncError({serverError(429, "throttled", 900)}, false, true)};
        });
        QCoreApplication::installTranslator(m_vi);
        const QString wait = syncError({serverError(429, "throttled", 900)}, false, true);
        QVERIFY2(wait.contains(QLatin1String("15")), qPrintable(wait));
        QVERIFY2(!wait.contains(QLatin1String("server")), qPrintable(wait));
        // An unknown code from a newer server: its own sentence is better than nothing.
        QCOMPARE(syncError({serverError(418, "teapot")}, false),
                 QStringLiteral("An English sentence from the server."));
    }

    void syncFailures()
    {
        both(QStringLiteral("no network"),
             [&] { return QStringList{syncError({reply(0, {})}, false)}; });
        both(QStringLiteral("unknown status"),
             [&] { return QStringList{syncError({reply(418, "<html>")}, false)}; });
        both(QStringLiteral("unreadable sign-in"),
             [&] { return QStringList{syncError({reply(200, "{")}, false, true)}; });
        both(QStringLiteral("unreadable push reply"),
             [&] { return QStringList{syncError({reply(200, "[]")}, true)}; });
        both(QStringLiteral("unreadable page"),
             [&] { return QStringList{syncError({reply(200, "{")}, false)}; });
        both(QStringLiteral("unreadable row"), [&] {
            const QByteArray row =
                R"({"cursor":5,"has_more":false,"rows":[{"entity":"nope","id":"x"}]})";
            return QStringList{syncError({reply(200, row)}, false)};
        });
        both(QStringLiteral("older cursor"), [&] {
            // The first page moves the cursor to 9; the next one claims 3.
            return QStringList{syncError({reply(200, R"({"cursor":9,"has_more":true,"rows":[]})"),
                                          reply(200, R"({"cursor":3,"has_more":false,"rows":[]})")},
                                         false)};
        });
        both(QStringLiteral("clock refused"), [&] {
            // Every push answered with clock_ahead for every change.
            Database db(m_dir.filePath(QStringLiteral("clock%1.sqlite").arg(++m_db)));
            LocalStore store(db);
            store.setTracking(true);
            OrgUnit u;
            u.name = QStringLiteral("Chi đoàn 2");
            u.level = UnitLevel::Branch;
            store.saveUnit(u);
            const QString op = store.sync().pending(1).value(0).change.opId;
            const QByteArray answer =
                QJsonDocument(
                    QJsonObject{{QStringLiteral("accepted"), QJsonArray{}},
                                {QStringLiteral("rejected"),
                                 QJsonArray{QJsonObject{
                                     {QStringLiteral("op_id"), op},
                                     {QStringLiteral("code"), QStringLiteral("clock_ahead")}}}},
                                {QStringLiteral("server_hlc"), QStringLiteral("1")},
                                {QStringLiteral("server_time"), 1}})
                    .toJson(QJsonDocument::Compact);
            ScriptedTransport t;
            t.replies = {reply(200, answer)};
            return QStringList{SyncEngine(store.sync(), t).sync().error};
        });
    }

    // Runs last: every sentence the two files can say was asked for and found.
    void zzEverySentenceWasSaid()
    {
        const QString root = QStringLiteral(DF_SOURCE_DIR);
        struct File
        {
            const char *path;
            const char *context;
        } files[] = {{"/core/domain/validation.cpp", "Validation"},
                     {"/core/sync/syncengine.cpp", "Sync"}};
        for (const File &f : files) {
            const QString context = QLatin1String(f.context);
            const QStringList sentences = sentencesIn(root + QLatin1String(f.path), context);
            QVERIFY2(sentences.size() >= 10, f.path);
            for (const QString &s : sentences) {
                const QString key = context + QLatin1Char('|') + s;
                QVERIFY2(m_vi->asked.contains(key),
                         qPrintable(QStringLiteral("no test says: ") + s));
                QVERIFY2(!m_vi->missing.contains(key),
                         qPrintable(QStringLiteral("not in the Vietnamese catalogue: ") + s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestI18n)
#include "tst_i18n.moc"
