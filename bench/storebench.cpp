#include "storebench.h"

#include "benchutil.h"
#include "demo/demogenerator.h"
#include "domain/vntext.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "sync/syncstore.h"
#include "write/localstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

using namespace df;
using df::bench::emitLine;
using df::bench::percentile;

namespace {

void writeUnits(LocalStore &store, const DemoGenerator &gen)
{
    Transaction tx(store.database());
    for (const auto &u : gen.units())
        store.saveUnit(u);
    tx.commit();
}

QByteArray dateOrNull(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate).toUtf8() : QByteArray();
}

// The same rows as the write path stores, prepared as plain UTF-8 before timing.
struct RawRow
{
    std::array<QByteArray, 29> text;
};

RawRow rawRow(const Member &m)
{
    RawRow r;
    auto &t = r.text;
    const auto u = [](const QString &s) { return s.isEmpty() ? QByteArray() : s.toUtf8(); };
    const auto n = [](int v) { return QByteArray::number(v); };
    t = {u(m.id),
         u(m.unitId),
         u(m.fullName),
         dateOrNull(m.birthDate),
         n(int(m.gender)),
         u(m.ethnicity),
         u(m.religion),
         u(m.phone),
         u(m.email),
         u(m.address),
         u(m.cardNumber),
         dateOrNull(m.joinedDate),
         u(m.education),
         u(m.professional),
         n(int(m.theoryLevel)),
         n(int(m.position)),
         n(m.partyMember),
         dateOrNull(m.partyDate),
         n(m.outstanding),
         dateOrNull(m.outstandingDate),
         n(m.hardship),
         u(m.hardshipNote),
         n(int(m.rating)),
         n(m.ratingYear),
         u(m.courses.join(QLatin1Char('\n'))),
         n(int(m.status)),
         QByteArray(),
         vn::searchKey(m.fullName, m.cardNumber).toUtf8(),
         vn::sortKey(m.fullName)};
    return r;
}

double rawInsert(Database &db, const std::vector<RawRow> &rows)
{
    sqlite3 *h = db.handle();
    sqlite3_stmt *st = nullptr;
    sqlite3_prepare_v2(
        h,
        "INSERT INTO members(id, unit_id, full_name, birth_date, gender, ethnicity, religion, "
        "phone, email, address, card_number, joined_date, education, professional, "
        "theory_level, position, party_member, party_date, outstanding, outstanding_date, "
        "hardship, hardship_note, rating, rating_year, courses, status, citizen_id, "
        "search_key, sort_key) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,"
        "?16,?17,?18,?19,?20,?21,?22,?23,?24,?25,?26,?27,?28,?29)",
        -1, &st, nullptr);
    QElapsedTimer timer;
    timer.start();
    sqlite3_exec(h, "BEGIN", nullptr, nullptr, nullptr);
    for (const RawRow &row : rows) {
        for (int i = 0; i < 29; ++i) {
            const QByteArray &v = row.text[size_t(i)];
            if (v.isNull())
                sqlite3_bind_null(st, i + 1);
            else if (i == 28)
                sqlite3_bind_blob(st, i + 1, v.constData(), int(v.size()), SQLITE_STATIC);
            else
                sqlite3_bind_text(st, i + 1, v.constData(), int(v.size()), SQLITE_STATIC);
        }
        if (sqlite3_step(st) != SQLITE_DONE)
            std::fprintf(stderr, "raw insert failed: %s\n", sqlite3_errmsg(h));
        sqlite3_reset(st);
    }
    sqlite3_exec(h, "COMMIT", nullptr, nullptr, nullptr);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_finalize(st);
    return seconds;
}

} // namespace

int runStoreBench(int memberCount, quint64 seed)
{
    QTemporaryDir dir;
    DemoOptions options;
    options.seed = seed;
    options.members = memberCount;
    options.activities = false;
    options.anchor = QDate(2026, 6, 30);
    const DemoGenerator gen(options);
    std::vector<Member> members;
    members.reserve(size_t(memberCount));
    for (int i = 0; i < memberCount; ++i)
        members.push_back(gen.member(i));

    // Plain SQLite: same schema, same rows, one transaction, one prepared statement.
    double rawSeconds = 0;
    {
        std::vector<RawRow> rows;
        rows.reserve(members.size());
        for (const Member &m : members)
            rows.push_back(rawRow(m));
        Database db(dir.filePath(QStringLiteral("raw.sqlite")));
        LocalStore store(db);
        writeUnits(store, gen);
        rawSeconds = rawInsert(db, rows);
    }

    // DF_BENCH_DB keeps the measured database for a look with the sqlite3 shell.
    const QString keep = qEnvironmentVariable("DF_BENCH_DB");
    if (!keep.isEmpty())
        QFile::remove(keep);
    Database db(keep.isEmpty() ? dir.filePath(QStringLiteral("store.sqlite")) : keep);
    LocalStore store(db);
    store.setToday(options.anchor);
    writeUnits(store, gen);
    if (qEnvironmentVariableIsSet("DF_NO_OUTBOX"))
        store.setTracking(false);
    QElapsedTimer timer;
    timer.start();
    {
        Transaction tx(db);
        for (const Member &m : members)
            store.saveMember(m);
        tx.commit();
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    emitLine({{QStringLiteral("bench"), QStringLiteral("store.insert")},
              {QStringLiteral("rows"), memberCount},
              {QStringLiteral("seconds"), seconds},
              {QStringLiteral("raw_seconds"), rawSeconds},
              {QStringLiteral("ratio"), rawSeconds > 0 ? seconds / rawSeconds : 0}});

    // The outbox those saves left, drained as the engine pushes it: pages of 500, each
    // taken by pending() (which freezes an entry on its first send, writing its values and
    // versions into it), taken again as a retry of the same ops would be (frozen: read,
    // nothing written), then acknowledged. first/retry is the price of the freeze.
    {
        SyncStore &sync = store.sync();
        const int waiting = sync.pendingCount(); // the members and the unit tree
        constexpr int page = 500;
        qint64 firstNs = 0;
        qint64 retryNs = 0;
        qint64 ackNs = 0;
        int entries = 0;
        bool same = true;
        QElapsedTimer t;
        for (;;) {
            t.start();
            const QList<OutboxEntry> first = sync.pending(page);
            firstNs += t.nsecsElapsed();
            if (first.isEmpty())
                break;
            t.start();
            const QList<OutboxEntry> retry = sync.pending(page);
            retryNs += t.nsecsElapsed();
            QStringList ops;
            for (qsizetype i = 0; i < first.size(); ++i) {
                ops.append(first[i].change.opId);
                same = same && i < retry.size() && retry[i].change.opId == first[i].change.opId &&
                       retry[i].change.fields == first[i].change.fields;
            }
            t.start();
            sync.acknowledge(ops);
            ackNs += t.nsecsElapsed();
            entries += int(first.size());
        }
        if (!same || entries != waiting)
            std::fprintf(stderr, "outbox: %d entries drained, retries %s\n", entries,
                         same ? "equal" : "DIFFER");
        const double firstS = double(firstNs) / 1e9;
        const double retryS = double(retryNs) / 1e9;
        emitLine({{QStringLiteral("bench"), QStringLiteral("store.outbox")},
                  {QStringLiteral("entries"), entries},
                  {QStringLiteral("first_send_seconds"), firstS},
                  {QStringLiteral("retry_seconds"), retryS},
                  {QStringLiteral("acknowledge_seconds"), double(ackNs) / 1e9},
                  {QStringLiteral("entries_per_second"), firstS > 0 ? entries / firstS : 0},
                  {QStringLiteral("ratio"), retryS > 0 ? firstS / retryS : 0}});
    }

    // As-you-type: every prefix of 100 real names, typed with and without diacritics.
    MemberSearch search(db);
    // The app opens the list and loads the plan statistics before anyone types.
    MemberFilter warmUp;
    warmUp.text = QStringLiteral("a");
    search.find(warmUp, 50);
    std::vector<double> ms;
    const int sampleNames = std::min(100, memberCount);
    for (int k = 0; k < sampleNames; ++k) {
        // The list shows active members unless asked otherwise: take the next active one.
        size_t at = size_t(qint64(k) * memberCount / sampleNames);
        while (at + 1 < members.size() && members[at].status != MemberStatus::Active)
            ++at;
        const QString name = members[at].fullName;
        const QString plain = vn::fold(name);
        for (const QString &typed : {name, plain}) {
            for (qsizetype len = 1; len <= typed.size(); ++len) {
                MemberFilter filter;
                filter.text = typed.left(len);
                QElapsedTimer t;
                t.start();
                const auto rows = search.find(filter, 50);
                ms.push_back(double(t.nsecsElapsed()) / 1e6);
                if (qEnvironmentVariableIsSet("DF_BENCH_SLOW") && ms.back() > 2)
                    std::fprintf(stderr, "slow %.2f ms '%s'\n", ms.back(), qPrintable(filter.text));
                if (rows.isEmpty())
                    std::fprintf(stderr, "no result for '%s'\n", qPrintable(filter.text));
            }
        }
    }
    emitLine({{QStringLiteral("bench"), QStringLiteral("store.search")},
              {QStringLiteral("members"), memberCount},
              {QStringLiteral("queries"), int(ms.size())},
              {QStringLiteral("p50_ms"), percentile(ms, 0.5)},
              {QStringLiteral("p95_ms"), percentile(ms, 0.95)}});
    return 0;
}
