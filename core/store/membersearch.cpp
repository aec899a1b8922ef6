#include "store/membersearch.h"

#include "domain/vntext.h"
#include "store/database.h"
#include "store/subtree.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace df {

namespace {

// The walk plan runs under a time budget (checked from sqlite3_progress_handler): when
// the sampled estimate was wrong and the walk would read far more of the index than
// expected, it stops and the FTS plan answers instead. Both plans return the same rows.
constexpr int kProgressStep = 500;

struct WalkBudget
{
    QElapsedTimer timer;
    qint64 limitNs = 0;
    bool exhausted = false;
};

int onProgress(void *data)
{
    auto *budget = static_cast<WalkBudget *>(data);
    if (budget->timer.nsecsElapsed() < budget->limitNs)
        return 0;
    budget->exhausted = true;
    return 1; // interrupts the statement with SQLITE_INTERRUPT
}

// Installs the budget for one statement's lifetime.
class ProgressGuard
{
public:
    ProgressGuard(sqlite3 *db, WalkBudget *budget)
        : m_db(db)
    {
        sqlite3_progress_handler(m_db, kProgressStep, onProgress, budget);
    }
    ~ProgressGuard() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }
    ProgressGuard(const ProgressGuard &) = delete;
    ProgressGuard &operator=(const ProgressGuard &) = delete;

private:
    sqlite3 *m_db;
};

} // namespace

MemberSearch::MemberSearch(Database &db)
    : m_db(db)
{}

void MemberSearch::loadSample()
{
    auto count = m_db.prepare("SELECT count(*), max(rowid) FROM members");
    count.step();
    m_total = count.int64(0);
    const qint64 maxRowId = count.int64(1);
    count.reset();
    m_sample.clear();
    if (m_total == 0)
        return;
    // Point lookups at random rowids: cheaper than ORDER BY random() over every row.
    auto st = m_db.prepare("SELECT search_key FROM members WHERE rowid >= ?1 LIMIT 1");
    auto *rng = QRandomGenerator::global();
    const int size = int(std::min<qint64>(m_total, 1500));
    for (int i = 0; i < size; ++i) {
        st.bind(1, qint64(rng->bounded(quint64(maxRowId))) + 1);
        if (st.step())
            m_sample.push_back(st.text(0).toStdString());
        st.reset();
    }
}

std::vector<quint32> MemberSearch::sampleMatches(const QStringList &tokens) const
{
    std::vector<quint32> masks(m_sample.size(), 0);
    const qsizetype count = std::min<qsizetype>(tokens.size(), 32);
    for (qsizetype t = 0; t < count; ++t) {
        const std::string token = tokens[t].toStdString();
        for (size_t i = 0; i < m_sample.size(); ++i) {
            if (vn::tokensPrefixMatch(m_sample[i].c_str(), token.c_str()))
                masks[i] |= quint32(1) << t;
        }
    }
    return masks;
}

// Folded tokens of the typed text, space separated: the form df_prefix_match expects.
QString MemberSearch::foldedTokens(const QString &text)
{
    const QString folded = vn::fold(text);
    QString out;
    bool inWord = false;
    for (const QChar ch : folded) {
        if (ch.isLetterOrNumber()) {
            if (!inWord && !out.isEmpty())
                out += QLatin1Char(' ');
            out += ch;
            inWord = true;
        } else {
            inWord = false;
        }
    }
    return out;
}

QList<MemberRow> MemberSearch::find(const MemberFilter &filter, int limit, int offset)
{
    // Two plans, chosen by estimated cost:
    //  Walk: read the name-order index (sort key + folded key, so no table reads) and test
    //        each key; cheap when matches are dense, as for "n" or "nguyen th".
    //  Fts:  intersect the FTS5 prefix doclists of the rarest tokens, then read and sort
    //        the candidate rows; cheap when the tokens together are rare.
    // Costs in microseconds, measured with doanfield-bench store at 100,000 members:
    // a doclist entry about 0.03, an index row walked about 0.2, a candidate row read,
    // checked and sorted about 4.
    constexpr double kDoclistEntry = 0.03;
    constexpr double kWalkRow = 0.2;
    constexpr double kCandidate = 4.0;
    const QString tokens = foldedTokens(filter.text);
    Plan plan = Plan::All;
    QString fts;
    double walkCost = 0;
    if (!tokens.isEmpty()) {
        if (m_sample.empty())
            loadSample();
        QStringList parts = tokens.split(QLatin1Char(' '));
        parts.removeDuplicates();
        // Rarest tokens first; a token's share and the shares of the k rarest together
        // come from one pass over the sample.
        const std::vector<quint32> masks = sampleMatches(parts);
        const double n = double(std::max<qint64>(m_total, 1));
        const double samples = double(std::max<size_t>(m_sample.size(), 1));
        const double floor = 0.5 / samples;
        QList<QPair<double, qsizetype>> byRarity;
        for (qsizetype t = 0; t < parts.size() && t < 32; ++t) {
            const auto hits = std::count_if(masks.begin(), masks.end(),
                                            [t](quint32 m) { return m & (quint32(1) << t); });
            byRarity.append({std::max(double(hits) / samples, floor), t});
        }
        std::sort(byRarity.begin(), byRarity.end());
        double bestFts = std::numeric_limits<double>::max();
        qsizetype bestK = 1;
        double doclists = 0;
        double all = floor;
        quint32 want = 0;
        for (qsizetype k = 0; k < byRarity.size(); ++k) {
            doclists += byRarity[k].first;
            want |= quint32(1) << byRarity[k].second;
            const auto hits = std::count_if(masks.begin(), masks.end(),
                                            [want](quint32 m) { return (m & want) == want; });
            const double together = std::max(double(hits) / samples, floor);
            all = together;
            const double cost = n * (kDoclistEntry * doclists + kCandidate * together);
            if (cost < bestFts) {
                bestFts = cost;
                bestK = k + 1;
            }
        }
        walkCost = kWalkRow * std::min(n, double(limit + offset) / all) + kCandidate * limit;
        for (qsizetype k = 0; k < bestK; ++k) {
            if (!fts.isEmpty())
                fts += QLatin1Char(' ');
            fts += vn::ftsPrefixQuery(parts[byRarity[k].second]);
        }
        plan = walkCost <= bestFts ? Plan::Walk : Plan::Fts;
    }

    m_last.fellBack = false;
    if (plan != Plan::Walk)
        return run(filter, plan, tokens, fts, limit, offset);
    WalkBudget budget;
    budget.limitNs =
        m_walkBudgetNs > 0 ? m_walkBudgetNs : qint64(std::max(2.0 * walkCost, 1000.0) * 1000);
    budget.timer.start();
    try {
        ProgressGuard guard(m_db.handle(), &budget);
        return run(filter, plan, tokens, fts, limit, offset);
    } catch (const StoreError &) {
        if (!budget.exhausted)
            throw;
    }
    m_last.fellBack = true;
    return run(filter, Plan::Fts, tokens, fts, limit, offset);
}

bool MemberSearch::hasSortIndex()
{
    // Missing while an account's first sync loads (SyncStore builds it at the end).
    auto st = m_db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND "
                           "name = 'members_sort'");
    return st.step();
}

QByteArray MemberSearch::filterConditions(const MemberFilter &filter)
{
    QByteArray sql;
    if (filter.status)
        sql += " AND m.status = ?4";
    if (filter.position)
        sql += " AND m.position = ?5";
    if (filter.hardship)
        sql += " AND m.hardship = ?6";
    if (filter.outstanding)
        sql += " AND m.outstanding = ?7";
    return sql;
}

QList<MemberRow> MemberSearch::run(const MemberFilter &filter, Plan plan, const QString &tokens,
                                   const QString &fts, int limit, int offset)
{
    QByteArray sql;
    if (!filter.rootUnitId.isEmpty())
        sql += kSubtreeCte;
    sql += "SELECT m.id, m.full_name, m.unit_id, u.name, m.birth_date, m.position, m.status, "
           "m.hardship, m.outstanding, m.party_member, m.card_number FROM members m ";
    if (plan == Plan::Walk && filter.rootUnitId.isEmpty() && hasSortIndex())
        sql += "INDEXED BY members_sort ";
    sql += "JOIN org_units u ON u.id = m.unit_id WHERE m.deleted = 0";
    if (!filter.rootUnitId.isEmpty())
        sql += " AND m.unit_id IN (SELECT id FROM sub)";
    if (plan == Plan::Fts)
        sql += " AND m.rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ?2)";
    if (plan != Plan::All)
        sql += " AND df_prefix_match(m.search_key, ?3)";
    sql += filterConditions(filter);
    sql += " ORDER BY m.sort_key LIMIT ?8 OFFSET ?9";

    auto st = m_db.prepare(sql);
    if (!filter.rootUnitId.isEmpty())
        st.bind(1, filter.rootUnitId);
    if (plan == Plan::Fts)
        st.bind(2, fts);
    if (plan != Plan::All)
        st.bindText(3, tokens.toUtf8());
    bindConditions(st, filter);
    st.bind(8, limit).bind(9, offset);

    QList<MemberRow> rows;
    rows.reserve(limit);
    m_last.plan = plan;
    m_last.sql = sql;
    while (st.step()) {
        MemberRow r;
        r.id = st.text(0);
        r.fullName = st.text(1);
        r.unitId = st.text(2);
        r.unitName = st.text(3);
        if (!st.isNull(4))
            r.birthDate = QDate::fromString(st.text(4), Qt::ISODate);
        r.position = UnionPosition(st.int32(5));
        r.status = MemberStatus(st.int32(6));
        r.hardship = st.int32(7) != 0;
        r.outstanding = st.int32(8) != 0;
        r.partyMember = st.int32(9) != 0;
        r.cardNumber = st.isNull(10) ? QString() : st.text(10);
        rows.append(r);
    }
    return rows;
}

} // namespace df
