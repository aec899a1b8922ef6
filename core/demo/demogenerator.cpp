#include "demo/demogenerator.h"

#include "demo/demonames.h"
#include "domain/attendance.h"
#include "domain/target.h"
#include "domain/uuid.h"
#include "domain/vntext.h"
#include "domain/volunteerentry.h"
#include "report/period.h"
#include "store/database.h"
#include "write/localstore.h"
#include "write/wirerow.h"

#include <QHash>
#include <QTimeZone>
#include <QUuid>
#include <iterator>

namespace df {

namespace {

// splitmix64: tiny, fast, and the same on every platform and standard library.
class Rng
{
public:
    explicit Rng(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    int between(int lo, int hi) { return lo + below(hi - lo + 1); } // inclusive
    bool chance(int perMille) { return below(1000) < perMille; }
    template<size_t N> const char *pick(const char *const (&list)[N])
    {
        return list[below(int(N))];
    }
    template<size_t N> const char *pick(const demo::Weighted (&list)[N])
    {
        int total = 0;
        for (const auto &w : list)
            total += w.weight;
        int r = below(total);
        for (const auto &w : list) {
            if ((r -= w.weight) < 0)
                return w.text;
        }
        return list[0].text;
    }

private:
    quint64 m_state;
};

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

constexpr int kMembersPerBranch = 40;
constexpr int kBranchesPerGrassroots = 8;
constexpr int kGrassrootsPerDistrict = 12;

} // namespace

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : m_options(options)
{
    m_options.members = std::max(1, m_options.members);
    buildUnits();
}

QString DemoGenerator::idFor(quint64 salt, quint64 index) const
{
    // UUIDv7-shaped ids from the seed: time-ordered like real ones, yet reproducible.
    Rng rng(m_options.seed * 0x100000001B3ull ^ (salt << 48) ^ index);
    const quint64 ms = quint64(m_options.anchor.startOfDay(Qt::UTC).toMSecsSinceEpoch()) + index;
    const quint64 hi = (ms << 16) | 0x7000 | (rng.next() & 0x0FFF);
    const quint64 lo = (rng.next() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    return QUuid(uint(hi >> 32), ushort(hi >> 16), ushort(hi), uchar(lo >> 56), uchar(lo >> 48),
                 uchar(lo >> 40), uchar(lo >> 32), uchar(lo >> 24), uchar(lo >> 16), uchar(lo >> 8),
                 uchar(lo))
        .toString(QUuid::WithoutBraces);
}

void DemoGenerator::buildUnits()
{
    Rng rng(m_options.seed);
    const int branches =
        std::max(1, (m_options.members + kMembersPerBranch - 1) / kMembersPerBranch);
    const int grassroots =
        std::max(1, (branches + kBranchesPerGrassroots - 1) / kBranchesPerGrassroots);
    const int districts =
        std::max(2, (grassroots + kGrassrootsPerDistrict - 1) / kGrassrootsPerDistrict);
    quint64 n = 0;
    const OrgUnit province{idFor(1, n++), QString(), UnitLevel::Province, s("Tỉnh đoàn Quảng Nam"),
                           QStringLiteral("QNA")};
    m_units.append(province);
    QList<int> districtSlots;
    for (int d = 0; d < districts; ++d) {
        const int nameCount = int(std::size(demo::kDistricts));
        QString name = s(demo::kDistricts[d % nameCount]);
        if (d >= nameCount)
            name += QStringLiteral(" %1").arg(d / nameCount + 1);
        const bool city = d < 2;
        m_units.append({idFor(1, n++), province.id, UnitLevel::District,
                        (city ? s("Thành đoàn ") : s("Huyện đoàn ")) + name,
                        QStringLiteral("QNA-%1").arg(d + 1, 2, 10, QLatin1Char('0'))});
        districtSlots.append(int(m_units.size() - 1));
    }
    for (int g = 0; g < grassroots; ++g) {
        const OrgUnit &district = m_units[districtSlots[g % districts]];
        const int kind = rng.below(10);
        QString name;
        if (kind < 6)
            name = s("Đoàn xã ") + s(rng.pick(demo::kCommunes));
        else if (kind < 9)
            name = s("Đoàn trường THPT ") + s(rng.pick(demo::kSchoolNamesakes));
        else
            name = s("Đoàn Công ty Cổ phần Dệt may số %1").arg(g + 1);
        m_units.append({idFor(1, n++), district.id, UnitLevel::Grassroots, name,
                        district.code + QStringLiteral("-%1").arg(g + 1, 3, 10, QLatin1Char('0'))});
        m_grassroots.append(int(m_units.size() - 1));
    }
    for (int b = 0; b < branches; ++b) {
        const OrgUnit &parent = m_units[m_grassroots[b % grassroots]];
        const int k = b / grassroots + 1;
        QString name;
        if (parent.name.contains(s("THPT")))
            name = s("Chi đoàn %1A%2").arg(10 + k % 3).arg(k);
        else if (parent.name.contains(s("Công ty")))
            name = s("Chi đoàn Phân xưởng %1").arg(k);
        else
            name = s("Chi đoàn thôn %1").arg(k);
        m_units.append({idFor(1, n++), parent.id, UnitLevel::Branch, name,
                        parent.code + QStringLiteral("-%1").arg(k, 2, 10, QLatin1Char('0'))});
        m_branches.append(int(m_units.size() - 1));
    }
}

int DemoGenerator::branchOf(int memberIndex) const
{
    return int(qint64(memberIndex) * m_branches.size() / m_options.members);
}

Member DemoGenerator::member(int index) const
{
    Rng rng(m_options.seed ^ (quint64(index + 1) * 0xD1B54A32D192ED03ull));
    const int branchSlot = branchOf(index);
    const int firstInBranch =
        int((qint64(branchSlot) * m_options.members + m_branches.size() - 1) / m_branches.size());
    const int rank = index - firstInBranch;
    const QDate anchor = m_options.anchor;

    Member m;
    m.id = idFor(2, quint64(index));
    m.unitId = m_units[m_branches[branchSlot]].id;
    const bool female = rng.chance(510);
    m.gender = female ? Gender::Female : Gender::Male;
    QString name = s(rng.pick(demo::kFamilyNames)) + QLatin1Char(' ') +
                   s(female ? rng.pick(demo::kFemaleMiddle) : rng.pick(demo::kMaleMiddle));
    if (rng.chance(200))
        name += QLatin1Char(' ') +
                s(female ? rng.pick(demo::kFemaleMiddle) : rng.pick(demo::kMaleMiddle));
    const char *given = female ? rng.pick(demo::kFemaleGiven) : rng.pick(demo::kMaleGiven);
    m.fullName = name + QLatin1Char(' ') + s(given);

    const int ageDays = rng.between(16 * 365 + 4, 30 * 365);
    m.birthDate = anchor.addDays(-ageDays);
    m.joinedDate = m.birthDate.addYears(rng.between(16, 19)).addDays(rng.between(0, 300));
    if (m.joinedDate > anchor)
        m.joinedDate = anchor.addDays(-rng.between(1, 60));
    m.ethnicity = s(rng.pick(demo::kEthnicities));
    m.religion = s(rng.pick(demo::kReligions));
    m.phone = QStringLiteral("0%1%2")
                  .arg(rng.pick({"3", "5", "7", "8", "9"}))
                  .arg(rng.below(100000000), 8, 10, QLatin1Char('0'));
    if (rng.chance(400))
        m.email = vn::fold(QString::fromUtf8(given)) + QLatin1Char('.') +
                  vn::fold(m.fullName.section(QLatin1Char(' '), 0, 0)) +
                  QString::number(rng.between(1, 99)) + QStringLiteral("@gmail.com");
    m.address = s("Thôn %1, %2").arg(rng.between(1, 12)).arg(m_units[m_branches[branchSlot]].name);
    m.cardNumber =
        QStringLiteral("%1%2").arg(49).arg(quint64(index) + 10000000ull, 8, 10, QLatin1Char('0'));
    m.education = s(rng.pick(demo::kEducation));
    m.professional = s(rng.pick(demo::kProfessional));
    const int theory = rng.below(1000);
    m.theoryLevel = theory < 30    ? TheoryLevel::Intermediate
                    : theory < 230 ? TheoryLevel::Elementary
                                   : TheoryLevel::None;
    m.position = rank == 0   ? UnionPosition::Secretary
                 : rank == 1 ? UnionPosition::DeputySecretary
                 : rank < 5  ? UnionPosition::ExecutiveCommittee
                             : UnionPosition::Member;
    const int age = ageDays / 365;
    if (age >= 19 && rng.chance(90)) {
        m.partyMember = true;
        m.partyDate = m.birthDate.addYears(rng.between(18, age)).addDays(rng.between(0, 200));
        if (m.partyDate > anchor)
            m.partyDate = anchor.addDays(-30);
    } else if (age >= 18 && rng.chance(60)) {
        m.outstanding = true;
        m.outstandingDate = anchor.addDays(-rng.between(10, 300));
    }
    if (rng.chance(40)) {
        m.hardship = true;
        m.hardshipNote = s(rng.pick(demo::kHardshipNotes));
    }
    const int rating = rng.below(1000);
    m.rating = rating < 250   ? Rating::Excellent
               : rating < 800 ? Rating::Good
               : rating < 950 ? Rating::Average
                              : Rating::Weak;
    // Members are rated at the year's end: from November the work year's ratings exist.
    m.ratingYear = anchor.month() >= 11 ? WorkYear().yearOf(anchor) : anchor.year() - 1;
    if (rng.chance(300))
        m.courses.append(s(rng.pick(demo::kCourses)));
    if (m.outstanding) { // some introduced members are admitted to the Party months later
        Rng party(m_options.seed ^ (quint64(index + 1) * 0xA24BAED4963EE407ull));
        const QDate admitted = m.outstandingDate.addDays(party.between(30, 150));
        if (party.chance(550) && admitted <= anchor) {
            m.partyMember = true;
            m.partyDate = admitted;
        }
    }
    const int status = rng.below(1000);
    m.status = status < 950   ? MemberStatus::Active
               : status < 970 ? MemberStatus::TransferredOut
               : status < 990 ? MemberStatus::MaturedOut
                              : MemberStatus::Removed;
    return m;
}

class DemoGenerator::Sink
{
public:
    virtual ~Sink() = default;
    virtual void put(const OrgUnit &unit) = 0;
    virtual void put(const Member &member) = 0;
    virtual void put(const Activity &activity) = 0;
    virtual void put(const Attendance &attendance) = 0;
    virtual void put(const VolunteerEntry &entry) = 0;
    virtual void put(const Target &target) = 0;
    // A chunk (the units, then one branch) begins and ends; false from end() stops.
    virtual void begin() {}
    virtual bool end(int done, int total)
    {
        Q_UNUSED(done);
        Q_UNUSED(total);
        return true;
    }
};

namespace {

// Through the app's write path (validation, derived columns, versions), a transaction
// per chunk.
class StoreSink final : public DemoGenerator::Sink
{
public:
    StoreSink(LocalStore &store, const std::function<bool(int, int)> &progress)
        : m_store(store)
        , m_progress(progress)
    {}
    void put(const OrgUnit &unit) override { m_store.saveUnit(unit); }
    void put(const Member &member) override { m_store.saveMember(member); }
    void put(const Activity &activity) override { m_store.saveActivity(activity); }
    void put(const Attendance &attendance) override { m_store.recordAttendance(attendance); }
    void put(const VolunteerEntry &entry) override { m_store.addVolunteerEntry(entry); }
    void put(const Target &target) override { m_store.saveTarget(target); }
    void begin() override { m_tx = std::make_unique<Transaction>(m_store.database()); }
    bool end(int done, int total) override
    {
        m_tx->commit();
        m_tx.reset();
        return !m_progress || m_progress(done, total);
    }

private:
    LocalStore &m_store;
    const std::function<bool(int, int)> &m_progress;
    std::unique_ptr<Transaction> m_tx;
};

class RowSink final : public DemoGenerator::Sink
{
public:
    explicit RowSink(const std::function<void(const WireRow &)> &out)
        : m_out(out)
    {}
    void put(const OrgUnit &unit) override { m_out(wireRow(unit)); }
    void put(const Member &member) override { m_out(wireRow(member)); }
    void put(const Activity &activity) override { m_out(wireRow(activity)); }
    void put(const Attendance &attendance) override { m_out(wireRow(attendance)); }
    void put(const VolunteerEntry &entry) override { m_out(wireRow(entry)); }
    void put(const Target &target) override { m_out(wireRow(target)); }

private:
    const std::function<void(const WireRow &)> &m_out;
};

} // namespace

void DemoGenerator::writeTo(LocalStore &store, const std::function<bool(int, int)> &progress) const
{
    StoreSink sink(store, progress);
    generate(sink);
}

void DemoGenerator::writeRows(const std::function<void(const WireRow &)> &out) const
{
    RowSink sink(out);
    generate(sink);
}

void DemoGenerator::generate(Sink &sink) const
{
    const int total = m_options.members;
    sink.begin();
    for (const OrgUnit &unit : m_units) // parents first
        sink.put(unit);
    writeTargets(sink);
    sink.end(0, total);
    // One chunk per branch: members first, then that branch's activities.
    int next = 0;
    for (int b = 0; b < m_branches.size(); ++b) {
        sink.begin();
        const int first = next;
        while (next < total && branchOf(next) == b)
            sink.put(member(next++));
        if (m_options.activities)
            writeActivities(sink, b, first, next);
        if (!sink.end(next, total))
            return;
    }
}

void DemoGenerator::writeActivities(Sink &sink, int branchSlot, int firstMember,
                                    int lastMember) const
{
    Rng rng(m_options.seed ^ (quint64(branchSlot + 1) * 0x9FB21C651E98DF25ull));
    const OrgUnit &branch = m_units[m_branches[branchSlot]];
    const QDate anchor = m_options.anchor;
    const QDateTime now = anchor.startOfDay().addSecs(10 * 3600);
    quint64 seq = quint64(branchSlot) << 20;

    QList<Member> members;
    for (int i = firstMember; i < lastMember; ++i) {
        Member m = member(i);
        if (m.status == MemberStatus::Active)
            members.append(m);
    }
    auto recordAttendance = [&](const Activity &a, int presentPerMille) {
        for (const Member &m : members) {
            Attendance at;
            at.activityId = a.id;
            at.memberId = m.id;
            const int r = rng.below(1000);
            at.status = r < presentPerMille         ? AttendanceStatus::Present
                        : r < presentPerMille + 80  ? AttendanceStatus::Late
                        : r < presentPerMille + 180 ? AttendanceStatus::Excused
                                                    : AttendanceStatus::Absent;
            if (at.status == AttendanceStatus::Present || at.status == AttendanceStatus::Late)
                at.checkedInAt = a.startsAt.addSecs(at.status == AttendanceStatus::Late
                                                        ? rng.between(600, 2400)
                                                        : rng.between(-900, 300));
            at.method = rng.chance(600) ? CheckInMethod::Qr : CheckInMethod::List;
            at.recordedBy = members.first().id;
            sink.put(at);
        }
    };

    // Monthly branch meetings: eleven held, the next one upcoming.
    for (int k = -11; k <= 1; ++k) {
        const QDate month = anchor.addMonths(k);
        Activity a;
        a.id = idFor(3, seq++);
        a.unitId = branch.id;
        a.kind = ActivityKind::RegularMeeting;
        a.title = s("Sinh hoạt chi đoàn tháng %1/%2").arg(month.month()).arg(month.year());
        a.startsAt = QDateTime(
            QDate(month.year(), month.month(), std::min(rng.between(5, 15), month.daysInMonth())),
            QTime(rng.chance(500) ? 19 : 8, 0));
        a.endsAt = a.startsAt.addSecs(2 * 3600);
        a.place = s("Nhà văn hóa ") + branch.name.section(QLatin1Char(' '), 2);
        sink.put(a);
        if (a.startsAt < now)
            recordAttendance(a, 750);
    }
    // One or two thematic meetings a year (seed 001).
    const int thematic = rng.between(1, 2);
    for (int t = 0; t < thematic; ++t) {
        Activity a;
        a.id = idFor(3, seq++);
        a.unitId = branch.id;
        a.kind = ActivityKind::ThematicMeeting;
        a.title = s("Sinh hoạt chuyên đề: ") + s(rng.pick(demo::kThematicTopics));
        a.startsAt = now.addDays(-rng.between(20, 330)).addSecs(-2 * 3600);
        a.endsAt = a.startsAt.addSecs(3 * 3600);
        sink.put(a);
        recordAttendance(a, 700);
    }
    // A course for the branch's cadres, held by its grassroots union (DOMAIN.md: every
    // young cadre attends at least one course a year).
    if (!members.isEmpty() && rng.chance(850)) {
        Activity a;
        a.id = idFor(3, seq++);
        a.unitId = branch.parentId;
        a.kind = ActivityKind::Training;
        a.title = s("Tập huấn nghiệp vụ công tác Đoàn cho cán bộ ") + branch.name;
        a.startsAt = now.addDays(-rng.between(15, 320)).addSecs(-2 * 3600);
        a.endsAt = a.startsAt.addSecs(4 * 3600);
        a.place = s("Hội trường Đoàn xã");
        sink.put(a);
        for (const Member &m : members) {
            if (m.position == UnionPosition::Member)
                continue;
            Attendance at;
            at.activityId = a.id;
            at.memberId = m.id;
            at.status = rng.chance(850) ? AttendanceStatus::Present : AttendanceStatus::Absent;
            if (at.status == AttendanceStatus::Present)
                at.checkedInAt = a.startsAt.addSecs(rng.between(-900, 300));
            at.recordedBy = members.first().id;
            sink.put(at);
        }
    }
    // A youth work (công trình thanh niên) in about a third of the branches.
    if (rng.chance(350)) {
        Activity a;
        a.id = idFor(3, seq++);
        a.unitId = branch.id;
        a.kind = ActivityKind::YouthWork;
        a.title = s(rng.chance(500) ? "Công trình thanh niên: thắp sáng đường quê"
                                    : "Công trình thanh niên: sân chơi cho thiếu nhi");
        a.startsAt = now.addDays(-rng.between(20, 330)).addSecs(-3 * 3600);
        a.endsAt = a.startsAt.addSecs(8 * 3600);
        a.outputs.worksBuilt = 1;
        a.outputs.moneyRaisedVnd = qint64(rng.between(10, 60)) * 1000000;
        sink.put(a);
    }
    // A volunteer campaign day with hours for those who came.
    if (!members.isEmpty()) {
        Activity a;
        a.id = idFor(3, seq++);
        a.unitId = branch.id;
        a.kind = rng.chance(500) ? ActivityKind::VolunteerCampaign : ActivityKind::YouthTask;
        const bool trees = rng.chance(500);
        a.campaign = trees ? s("Tết trồng cây") : s("Mùa hè xanh");
        a.title = trees ? s("Ra quân Tết trồng cây đời đời nhớ ơn Bác Hồ")
                        : s("Mùa hè xanh: làm sạch đường làng, sửa nhà văn hóa");
        a.startsAt = now.addDays(-rng.between(30, 300)).addSecs(-3 * 3600);
        a.endsAt = a.startsAt.addSecs(6 * 3600);
        a.outputs.treesPlanted = trees ? rng.between(50, 400) : 0;
        a.outputs.childrenSupported = trees ? 0 : rng.between(0, 20);
        a.outputs.moneyRaisedVnd = qint64(rng.between(0, 40)) * 500000;
        a.outputs.worksBuilt = a.kind == ActivityKind::YouthTask ? 1 : 0;
        sink.put(a);
        for (const Member &m : members) {
            if (!rng.chance(450))
                continue;
            VolunteerEntry e;
            e.id = idFor(4, seq++);
            e.memberId = m.id;
            e.activityId = a.id;
            e.date = a.startsAt.date();
            e.hours = rng.between(4, 16) / 2.0;
            e.description = a.title;
            const int c = rng.below(100);
            e.confirmation = c < 70   ? Confirmation::Confirmed
                             : c < 95 ? Confirmation::Pending
                                      : Confirmation::Rejected;
            if (e.confirmation != Confirmation::Pending)
                e.confirmedBy = members.first().id;
            if (e.confirmation == Confirmation::Rejected)
                e.rejectReason = s("Không có mặt trong danh sách điểm danh");
            sink.put(e);
        }
    }
}

void DemoGenerator::writeTargets(Sink &sink) const
{
    // Targets for the work year now running, for every unit: shares as the Union sets
    // them everywhere, counts from the unit's size (DOMAIN.md, "The targets").
    const int year = WorkYear().yearOf(m_options.anchor);
    QHash<QString, QString> parentOf;
    for (const OrgUnit &u : m_units)
        parentOf.insert(u.id, u.parentId);
    QHash<QString, int> branches, members;
    for (int b : m_branches) {
        for (QString u = m_units[b].id; !u.isEmpty(); u = parentOf[u])
            branches[u] += 1;
    }
    for (int i = 0; i < m_options.members; ++i) {
        for (QString u = m_units[m_branches[branchOf(i)]].id; !u.isEmpty(); u = parentOf[u])
            members[u] += 1;
    }
    namespace I = Indicator;
    for (const OrgUnit &unit : m_units) {
        const double b = branches.value(unit.id), m = members.value(unit.id);
        const QList<std::pair<I::Id, double>> values = {
            {I::RegularMeetingsPct, 100},
            {I::ThematicMeetings, 2 * b},
            {I::YouthWorks, std::max(1.0, std::round(b * 0.3))},
            {I::YouthTasks, b},
            {I::TreesPlanted, 120 * b},
            {I::ChildrenSupported, 6 * b},
            {I::MoneyRaised, 8000000 * b},
            {I::VolunteerHours, std::round(2 * m)},
            {I::Volunteers, std::round(0.3 * m)},
            {I::NewMembers, std::max(1.0, std::round(0.05 * m))},
            {I::PartyIntroductions, std::max(1.0, std::round(0.02 * m))},
            {I::PartyAdmittedPct, 70},
            {I::HardshipListed, std::round(0.04 * m)},
            {I::CadresTrainedPct, 100},
            {I::MembersExcellentPct, 25},
            {I::MeetingAttendancePct, 80},
        };
        for (const auto &[id, value] : values) {
            Target t;
            t.unitId = unit.id;
            t.year = year;
            t.indicator = I::key(id);
            t.value = value;
            t.id = Uuid::targetId(t.unitId, t.year, 0, t.indicator);
            sink.put(t);
            if (I::spec(id).perHalf) { // the first half's share of a count
                t.half = 1;
                t.value = std::round(value / 2);
                t.id = Uuid::targetId(t.unitId, t.year, 1, t.indicator);
                sink.put(t);
            }
        }
    }
}

} // namespace df
