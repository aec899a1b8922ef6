#include "checkinmodel.h"

#include "domain/cardcode.h"
#include "domain/labels.h"
#include "domain/uuid.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "store/subtree.h"
#include "sync/schema.h"
#include "sync/syncstore.h"
#include "write/localstore.h"

#include <QDateTime>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

CheckInModel::CheckInModel(QObject *parent)
    : MemberListModel(parent)
{
    connect(this, &MemberListModel::workspaceChanged, this, &CheckInModel::loadMarks);
}

void CheckInModel::refresh()
{
    // Rows arriving from a sync (another door's check-ins) show here as they land, in
    // place: only the rows whose attendance changed are touched.
    MemberListModel::refresh();
    if (workspace() && workspace()->touches({int(df::Entity::Attendance), int(df::Entity::Member),
                                             int(df::Entity::Unit), int(df::Entity::Activity)}))
        loadMarks();
}

void CheckInModel::setActivityId(const QString &id)
{
    if (m_activityId == id)
        return;
    m_activityId = id;
    m_undo.clear();
    m_undoNames.clear();
    m_lastAction.clear();
    Q_EMIT undoChanged();
    QString unit;
    if (workspace() && workspace()->isReady()) {
        if (const auto a = workspace()->queries().activity(id))
            unit = a->unitId;
    }
    loadMarks();
    setUnitId(unit);
    Q_EMIT activityIdChanged();
}

void CheckInModel::loadMarks()
{
    QHash<QString, df::Attendance> marks;
    // Counting the unit's members costs more than reading the marks: only when members,
    // units or the activity may have changed.
    const bool count =
        !workspace() || workspace()->touches({int(df::Entity::Member), int(df::Entity::Unit),
                                              int(df::Entity::Activity)});
    if (count)
        m_expected = 0;
    if (workspace() && workspace()->isReady() && !m_activityId.isEmpty()) {
        try {
            const df::AttendanceSheet sheet =
                workspace()->queries().attendance(m_activityId, false, count);
            marks.reserve(sheet.rows.size());
            m_offRoster = offRoster();
            for (const df::Attendance &a : sheet.rows)
                marks.insert(a.memberId, a);
            if (count) {
                m_expected = sheet.expected;
                const auto activity = workspace()->queries().activity(m_activityId);
                m_subtree =
                    activity ? workspace()->queries().subtreeIds(activity->unitId) : QStringList();
            }
        } catch (const df::StoreError &e) {
            qCWarning(lcApp) << "check-in:" << e.message();
        }
    }
    std::swap(marks, m_marks);
    recount();
    const QList<int> roles{StatusRole, StatusNameRole, CheckedInAtRole};
    for (int i = 0; i < rowCount(); ++i) {
        const QString &id = rowAt(i).id;
        const auto before = marks.constFind(id), now = m_marks.constFind(id);
        const bool had = before != marks.cend(), has = now != m_marks.cend();
        if (had != has || (had && !(*before == *now)))
            Q_EMIT dataChanged(index(i), index(i), roles);
    }
}

QSet<QString> CheckInModel::offRoster() const
{
    // Members with attendance who are not on the roster: guests from other units, and
    // members no longer active. They are not among those left to mark.
    QSet<QString> out;
    const auto activity = workspace()->queries().activity(m_activityId);
    if (!activity)
        return out;
    auto st = workspace()->store().database().prepare(
        QByteArray(df::kSubtreeCte) +
        "SELECT t.member_id FROM attendance t JOIN members m ON m.id = t.member_id "
        "WHERE t.activity_id = ?2 AND m.deleted = 0 AND "
        "(m.status <> 0 OR m.unit_id NOT IN (SELECT id FROM sub))");
    st.bind(1, activity->unitId).bind(2, m_activityId);
    while (st.step())
        out.insert(st.text(0));
    return out;
}

void CheckInModel::recount()
{
    m_counts = {};
    for (const df::Attendance &a : std::as_const(m_marks))
        ++m_counts[std::clamp(int(a.status), 0, 3)];
    Q_EMIT countsChanged();
}

void CheckInModel::setError(const QString &error)
{
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged();
}

void CheckInModel::refreshRow(const QString &memberId)
{
    for (int i = 0; i < rowCount(); ++i) {
        if (rowAt(i).id == memberId) {
            const QModelIndex ix = index(i);
            Q_EMIT dataChanged(ix, ix, {StatusRole, StatusNameRole, CheckedInAtRole});
            return;
        }
    }
}

int CheckInModel::statusOf(const QString &memberId) const
{
    const auto it = m_marks.constFind(memberId);
    return it == m_marks.cend() ? -1 : int(it->status);
}

QVariantMap CheckInModel::admit(const QString &text, int pickedRow)
{
    const auto answer = [](const char *result, const QString &id = {}, const QString &name = {},
                           const QString &time = {}, int count = 0) {
        return QVariantMap{{QStringLiteral("result"), QLatin1String(result)},
                           {QStringLiteral("memberId"), id},
                           {QStringLiteral("name"), name},
                           {QStringLiteral("time"), time},
                           {QStringLiteral("count"), count}};
    };
    int row = pickedRow >= 0 && pickedRow < rowCount() ? pickedRow : -1;
    const QString typed = text.trimmed();
    if (row < 0 && !typed.isEmpty()) {
        for (int i = 0; i < rowCount() && row < 0; ++i) {
            if (rowAt(i).cardNumber.compare(typed, Qt::CaseInsensitive) == 0)
                row = i;
        }
    }
    if (row < 0 && rowCount() == 1 && complete())
        row = 0;
    if (row < 0)
        return rowCount() == 0 ? answer("none") : answer("choose", {}, {}, {}, rowCount());
    const df::MemberRow &m = rowAt(row);
    const auto it = m_marks.constFind(m.id);
    if (it != m_marks.cend() &&
        (it->status == df::AttendanceStatus::Present || it->status == df::AttendanceStatus::Late))
        return answer("already", m.id, m.fullName, checkInTime(m.id));
    const QString id = m.id, name = m.fullName;
    if (!mark(id, 0))
        return answer("none");
    return answer("checkedIn", id, name);
}

QString CheckInModel::checkInTime(const QString &memberId) const
{
    const auto it = m_marks.constFind(memberId);
    return it != m_marks.cend() && it->checkedInAt.isValid()
               ? it->checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm"))
               : QString();
}

QVariantMap CheckInModel::admitCode(const QString &code)
{
    QVariantMap out{{QStringLiteral("text"), code.trimmed()}};
    const df::CardCode::Parsed card = df::CardCode::parse(code);
    switch (card.kind) {
    case df::CardCode::Parsed::Foreign:
        return scanAnswer(out, "foreign");
    case df::CardCode::Parsed::Damaged:
        return scanAnswer(out, "damaged");
    case df::CardCode::Parsed::Newer:
        return scanAnswer(out, "newer");
    case df::CardCode::Parsed::Valid:
        break;
    }
    if (!workspace() || !workspace()->isReady() || m_activityId.isEmpty())
        return scanAnswer(out, "unknown");
    const auto member = workspace()->queries().member(card.memberId);
    if (!member)
        return scanAnswer(out, "unknown");
    // A card printed before the member's number changed: still them, but said.
    if (!card.cardNumber.isEmpty() && !member->cardNumber.isEmpty() &&
        card.cardNumber.compare(member->cardNumber.trimmed(), Qt::CaseInsensitive) != 0)
        out.insert(QStringLiteral("note"),
                   tr("The card shows the old number %1; the member's number is now %2.")
                       .arg(card.cardNumber, member->cardNumber));
    return admitMember(*member, out);
}

QVariantMap CheckInModel::admitScanned(const QString &text)
{
    if (df::CardCode::parse(text).kind != df::CardCode::Parsed::Foreign)
        return admitCode(text);
    // A barcode of the card number: any member on this device with exactly that number.
    QVariantMap out{{QStringLiteral("text"), text.trimmed()}};
    if (workspace() && workspace()->isReady() && !m_activityId.isEmpty() &&
        !text.trimmed().isEmpty()) {
        auto st = workspace()->store().database().prepare(
            "SELECT id FROM members WHERE card_number = ?1 AND deleted = 0 LIMIT 2");
        st.bind(1, text.trimmed());
        QStringList ids;
        while (st.step())
            ids.append(st.text(0));
        st.reset();
        if (ids.size() == 1) {
            if (const auto member = workspace()->queries().member(ids.first()))
                return admitMember(*member, out);
        }
    }
    return scanAnswer(out, "foreign");
}

QVariantMap CheckInModel::admitMember(const df::Member &member, QVariantMap &out)
{
    out.insert(QStringLiteral("memberId"), member.id);
    out.insert(QStringLiteral("name"), member.fullName);
    const auto it = m_marks.constFind(member.id);
    if (it != m_marks.cend() &&
        (it->status == df::AttendanceStatus::Present || it->status == df::AttendanceStatus::Late))
        return scanAnswer(out, "already");
    // Off the roster (another unit, or no longer active): only after the officer's yes.
    const bool otherUnit = !m_subtree.contains(member.unitId);
    if (otherUnit || member.status != df::MemberStatus::Active) {
        const QString unit = workspace()->queries().unitWithParent(member.unitId);
        out.insert(QStringLiteral("unit"), unit);
        out.insert(QStringLiteral("question"),
                   otherUnit
                       ? tr("%1 (%2) is not on this activity's list. Check them in as a "
                            "guest?")
                             .arg(member.fullName, unit)
                       : tr("%1 is no longer an active member (%2). Check them in "
                            "anyway?")
                             .arg(member.fullName, df::Labels::memberStatus(int(member.status))));
        return scanAnswer(out, "guest");
    }
    return scanAnswer(out, markWith(member.id, 0, df::CheckInMethod::Qr) ? "checkedIn" : "error");
}

bool CheckInModel::startsLikeCardCode(const QString &text)
{
    return text.trimmed().size() >= 2 && df::CardCode::looksLikeStart(text);
}

QVariantMap CheckInModel::admitGuest(const QString &memberId)
{
    QVariantMap out{{QStringLiteral("memberId"), memberId}};
    const auto member = workspace() && workspace()->isReady()
                            ? workspace()->queries().member(memberId)
                            : std::nullopt;
    if (!member)
        return scanAnswer(out, "unknown");
    out.insert(QStringLiteral("name"), member->fullName);
    if (statusOf(memberId) == 0 || statusOf(memberId) == 1)
        return scanAnswer(out, "already");
    if (!markWith(memberId, 0, df::CheckInMethod::Qr))
        return scanAnswer(out, "error");
    m_offRoster.insert(memberId);
    recount();
    out.insert(QStringLiteral("guest"), true);
    return scanAnswer(out, "checkedIn");
}

QVariantMap CheckInModel::scanAnswer(QVariantMap &out, const char *result) const
{
    const QString r = QLatin1String(result);
    const QString id = out.value(QStringLiteral("memberId")).toString();
    const QString time = id.isEmpty() ? QString() : checkInTime(id);
    QString message;
    if (r == QLatin1String("checkedIn"))
        message = out.value(QStringLiteral("guest")).toBool()
                      ? tr("Checked in as a guest at %1.").arg(time)
                      : tr("Checked in at %1.").arg(time);
    else if (r == QLatin1String("already"))
        message =
            time.isEmpty() ? tr("Already checked in.") : tr("Already checked in, at %1.").arg(time);
    else if (r == QLatin1String("guest"))
        message = tr("Not on this activity's list. Confirm to check them in.");
    else if (r == QLatin1String("unknown"))
        message = tr("A valid card, but this member is not on this device. Sync, or find them "
                     "by name.");
    else if (r == QLatin1String("foreign"))
        message = tr("This code is not a member card.");
    else if (r == QLatin1String("damaged"))
        message = tr("The card's code is damaged and cannot be read. Find the member by name.");
    else if (r == QLatin1String("newer"))
        message = tr("This card was made by a newer version of Đoàn Field. Update the app.");
    else
        message = m_error.isEmpty() ? tr("The check-in could not be saved.") : m_error;
    const QString note = out.value(QStringLiteral("note")).toString();
    if (!note.isEmpty())
        message += QLatin1Char(' ') + note;
    out.insert(QStringLiteral("result"), r);
    out.insert(QStringLiteral("time"), time);
    out.insert(QStringLiteral("message"), message);
    return out;
}

bool CheckInModel::write(const QString &memberId, df::AttendanceStatus status, QList<Undo> &undo,
                         df::CheckInMethod method)
{
    const auto it = m_marks.constFind(memberId);
    if (it != m_marks.cend() && it->status == status)
        return false;
    df::Attendance a;
    a.activityId = m_activityId;
    a.memberId = memberId;
    a.status = status;
    a.method = method;
    a.recordedBy = workspace()->user();
    // Present and late carry the time of the tap; the merge keeps the earliest one.
    if (status == df::AttendanceStatus::Present || status == df::AttendanceStatus::Late)
        a.checkedInAt = it != m_marks.cend() && it->checkedInAt.isValid()
                            ? it->checkedInAt
                            : QDateTime::currentDateTimeUtc();
    df::LocalStore &store = workspace()->store();
    const df::WriteResult r = store.recordAttendance(a);
    if (!r.written) {
        setError(df::firstError(r.issues));
        return false;
    }
    Undo u;
    u.memberId = memberId;
    if (it != m_marks.cend())
        u.before = *it;
    u.versionsAfter = store.undoToken(df::Entity::Attendance, r.id);
    undo.append(u);
    a.id = r.id;
    m_marks.insert(memberId, a);
    return true;
}

bool CheckInModel::mark(const QString &memberId, int status)
{
    return markWith(memberId, status, df::CheckInMethod::List);
}

bool CheckInModel::markWith(const QString &memberId, int status, df::CheckInMethod method)
{
    if (!workspace() || !workspace()->isReady() || m_activityId.isEmpty() || status < 0 ||
        status > 3)
        return false;
    QList<Undo> undo;
    try {
        if (!write(memberId, df::AttendanceStatus(status), undo, method))
            return false;
    } catch (const df::StoreError &e) {
        setError(tr("The check-in could not be saved: %1").arg(e.message()));
        return false;
    }
    setError({});
    m_undo.append(undo);
    const auto m = workspace()->queries().member(memberId);
    m_lastAction =
        tr("%1: %2").arg(m ? m->fullName : QString(), df::Labels::attendanceStatus(status));
    m_undoNames.append(m_lastAction);
    refreshRow(memberId);
    recount();
    Q_EMIT undoChanged();
    Q_EMIT workspace()->localChanged();
    return true;
}

bool CheckInModel::restore(const Undo &u)
{
    df::LocalStore &store = workspace()->store();
    const QString id = df::Uuid::attendanceId(m_activityId, u.memberId);
    if (!u.before) {
        // Nobody else has seen the row yet: it goes with its outbox entry. Otherwise the
        // person is marked absent, which syncs like any other change.
        if (store.retract(df::Entity::Attendance, id, u.versionsAfter)) {
            m_marks.remove(u.memberId);
            return true;
        }
        df::Attendance a;
        a.activityId = m_activityId;
        a.memberId = u.memberId;
        a.status = df::AttendanceStatus::Absent;
        a.recordedBy = workspace()->user();
        if (!store.recordAttendance(a).written)
            return false;
        m_marks.insert(u.memberId, a);
        return true;
    }
    if (!store.recordAttendance(*u.before).written)
        return false;
    m_marks.insert(u.memberId, *u.before);
    return true;
}

bool CheckInModel::undo()
{
    if (m_undo.isEmpty() || !workspace() || !workspace()->isReady())
        return false;
    const QList<Undo> last = m_undo.takeLast();
    const QString undone = m_undoNames.isEmpty() ? QString() : m_undoNames.takeLast();
    try {
        df::Transaction tx(workspace()->store().database());
        for (auto it = last.crbegin(); it != last.crend(); ++it) {
            if (!restore(*it))
                throw df::StoreError(tr("the earlier attendance could not be restored"));
        }
        tx.commit();
    } catch (const df::StoreError &e) {
        setError(tr("Undo failed: %1").arg(e.message()));
        loadMarks();
        return false;
    }
    setError({});
    // The bar says what was taken back, not the action that no longer holds.
    // The bar says what was taken back and where that leaves the person.
    if (last.size() == 1) {
        const QString id = last.first().memberId;
        const int now = statusOf(id);
        const auto m = workspace()->queries().member(id);
        m_lastAction = tr("Undone. %1 is now: %2")
                           .arg(m ? m->fullName : QString(),
                                now < 0 ? tr("not marked") : df::Labels::attendanceStatus(now));
    } else {
        m_lastAction = tr("Undone: %1").arg(undone);
    }
    for (const Undo &u : last)
        refreshRow(u.memberId);
    recount();
    Q_EMIT undoChanged();
    Q_EMIT workspace()->localChanged();
    return true;
}

int CheckInModel::unmarkedCount() const
{
    int offRoster = 0;
    for (const QString &id : m_offRoster)
        offRoster += m_marks.contains(id);
    return std::max(0, m_expected - (int(m_marks.size()) - offRoster));
}

int CheckInModel::finish()
{
    if (!workspace() || !workspace()->isReady() || m_activityId.isEmpty())
        return 0;
    df::MemberFilter everyone;
    everyone.rootUnitId = filter().rootUnitId;
    QList<Undo> undo;
    try {
        const QList<df::MemberRow> members =
            workspace()->search().find(everyone, std::numeric_limits<int>::max());
        df::Transaction tx(workspace()->store().database());
        for (const df::MemberRow &m : members) {
            if (!m_marks.contains(m.id))
                write(m.id, df::AttendanceStatus::Absent, undo);
        }
        tx.commit();
    } catch (const df::StoreError &e) {
        setError(tr("Could not mark the rest absent: %1").arg(e.message()));
        loadMarks();
        return 0;
    }
    if (undo.isEmpty())
        return 0;
    m_undo.append(undo);
    m_lastAction = tr("%n member(s) marked absent", "", int(undo.size()));
    m_undoNames.append(m_lastAction);
    loadMarks();
    Q_EMIT undoChanged();
    Q_EMIT workspace()->localChanged();
    return int(undo.size());
}

QVariant CheckInModel::data(const QModelIndex &index, int role) const
{
    if (role < StatusRole)
        return MemberListModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto it = m_marks.constFind(rowAt(index.row()).id);
    const bool marked = it != m_marks.cend();
    switch (role) {
    case StatusRole:
        return marked ? int(it->status) : -1;
    case StatusNameRole:
        return marked ? df::Labels::attendanceStatus(int(it->status)) : QString();
    case CheckedInAtRole:
        return marked && it->checkedInAt.isValid()
                   ? it->checkedInAt.toLocalTime().toString(QStringLiteral("HH:mm"))
                   : QString();
    }
    return {};
}

QHash<int, QByteArray> CheckInModel::roleNames() const
{
    QHash<int, QByteArray> roles = MemberListModel::roleNames();
    roles.insert(StatusRole, "status");
    roles.insert(StatusNameRole, "statusName");
    roles.insert(CheckedInAtRole, "checkedInAt");
    return roles;
}
