#include "store/membersearch.h"

#include "domain/vntext.h"
#include "store/database.h"

#include <QRandomGenerator>
#include <algorithm>

namespace df {

namespace {

// Folded tokens of the typed text, space separated: the form df_prefix_match expects.
QString foldedTokens(const QString &text)
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

QList<double> MemberSearch::sampleFractions(const QList<std::string> &queries) const
{
    QList<double> out(queries.size(), 0.0);
    if (m_sample.empty())
        return out;
    QList<int> hits(queries.size(), 0);
    for (const std::string &key : m_sample) {
        for (qsizetype i = 0; i < queries.size(); ++i)
            hits[i] += vn::tokensPrefixMatch(key.c_str(), queries[i].c_str()) ? 1 : 0;
    }
    for (qsizetype i = 0; i < queries.size(); ++i)
        out[i] = double(hits[i]) / double(m_sample.size());
    return out;
}

QList<MemberRow> MemberSearch::find(const MemberFilter &filter, int limit, int offset)
{
    // Two plans, chosen by estimated cost in row visits:
    //  Walk: read the name-order index and test each key; cheap when matches are dense
    //        (about (limit + offset) / fraction rows), as for "n" or "nguyen th".
    //  Fts:  the FTS5 index on the two rarest tokens, the rest checked per candidate;
    //        cheap when some token is rare, as for "nguyen van khoa".
    const QString tokens = foldedTokens(filter.text);
    enum class Plan { All, Fts, Walk } plan = Plan::All;
    QString fts;
    if (!tokens.isEmpty()) {
        if (m_sample.empty())
            loadSample();
        const QStringList parts = tokens.split(QLatin1Char(' '));
        QList<std::string> queries{tokens.toStdString()};
        for (const QString &t : parts)
            queries.append(t.toStdString());
        const QList<double> f = sampleFractions(queries);
        const double n = double(std::max<qint64>(m_total, 1));
        const double floor = 0.5 / double(std::max<size_t>(m_sample.size(), 1));
        QList<QPair<double, QString>> byRarity;
        for (qsizetype i = 0; i < parts.size(); ++i)
            byRarity.append({std::max(f[i + 1], floor), parts[i]});
        std::sort(byRarity.begin(), byRarity.end());
        // Costs in row visits (about 0.1 µs each); a prefix doclist entry costs about one,
        // measured with doanfield-bench store at 100,000 members.
        const double walkCost = std::min(n, double(limit + offset) / std::max(f[0], floor));
        const double f1 = byRarity[0].first;
        const double f2 = byRarity.size() > 1 ? byRarity[1].first : 0;
        const double oneTokenCost = n * (1 * f1 + f1);
        const double twoTokenCost =
            byRarity.size() > 1 ? n * (1 * (f1 + f2) + f1 * f2) : oneTokenCost;
        const bool useTwo = twoTokenCost < oneTokenCost;
        fts = vn::ftsPrefixQuery(byRarity[0].second);
        if (useTwo)
            fts += QLatin1Char(' ') + vn::ftsPrefixQuery(byRarity[1].second);
        plan = walkCost <= std::min(oneTokenCost, twoTokenCost) ? Plan::Walk : Plan::Fts;
    }

    QByteArray sql;
    if (!filter.rootUnitId.isEmpty())
        sql += "WITH RECURSIVE sub(id) AS (SELECT ?1 UNION ALL SELECT u.id FROM org_units u "
               "JOIN sub ON u.parent_id = sub.id WHERE u.deleted = 0) ";
    sql += "SELECT m.id, m.full_name, m.unit_id, u.name, m.birth_date, m.position, m.status, "
           "m.hardship, m.outstanding, m.party_member, m.card_number FROM members m ";
    if (plan == Plan::Walk && filter.rootUnitId.isEmpty())
        sql += "INDEXED BY members_sort ";
    sql += "JOIN org_units u ON u.id = m.unit_id WHERE m.deleted = 0";
    if (!filter.rootUnitId.isEmpty())
        sql += " AND m.unit_id IN (SELECT id FROM sub)";
    if (plan == Plan::Fts)
        sql += " AND m.rowid IN (SELECT rowid FROM member_fts WHERE member_fts MATCH ?2)";
    if (plan != Plan::All)
        sql += " AND df_prefix_match(m.search_key, ?3)";
    if (filter.status)
        sql += " AND m.status = ?4";
    if (filter.position)
        sql += " AND m.position = ?5";
    if (filter.hardship)
        sql += " AND m.hardship = ?6";
    if (filter.outstanding)
        sql += " AND m.outstanding = ?7";
    sql += " ORDER BY m.sort_key LIMIT ?8 OFFSET ?9";

    auto st = m_db.prepare(sql);
    if (!filter.rootUnitId.isEmpty())
        st.bind(1, filter.rootUnitId);
    if (plan == Plan::Fts)
        st.bind(2, fts);
    if (plan != Plan::All)
        st.bindText(3, tokens.toUtf8());
    if (filter.status)
        st.bind(4, int(*filter.status));
    if (filter.position)
        st.bind(5, int(*filter.position));
    if (filter.hardship)
        st.bind(6, *filter.hardship);
    if (filter.outstanding)
        st.bind(7, *filter.outstanding);
    st.bind(8, limit).bind(9, offset);

    QList<MemberRow> rows;
    rows.reserve(limit);
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
