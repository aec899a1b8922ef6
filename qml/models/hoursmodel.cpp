#include "hoursmodel.h"
#include "answers.h"

#include "domain/attendance.h"
#include "domain/validation.h"
#include "domain/volunteerentry.h"
#include "store/database.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "write/localstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace df::writes;

HoursModel::HoursModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void HoursModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    Q_EMIT workspaceChanged();
}

void HoursModel::setHoursEach(const QString &hours)
{
    if (m_hoursEach == hours)
        return;
    m_hoursEach = hours;
    for (Row &r : m_rows)
        r.hours = hours;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {HoursRole});
    Q_EMIT hoursEachChanged();
}

int HoursModel::addAttendees(const QString &activityId)
{
    if (!m_workspace || !m_workspace->isReady() || activityId.isEmpty())
        return 0;
    int added = 0;
    for (const df::Attendance &a : m_workspace->queries().attendance(activityId).rows) {
        if ((a.status == df::AttendanceStatus::Present || a.status == df::AttendanceStatus::Late) &&
            add(a.memberId))
            ++added;
    }
    return added;
}

bool HoursModel::add(const QString &memberId)
{
    if (!m_workspace || !m_workspace->isReady())
        return false;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.memberId == memberId)
            return false;
    }
    const auto m = m_workspace->queries().member(memberId);
    if (!m)
        return false;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append({m->id, m->fullName, m_hoursEach});
    endInsertRows();
    Q_EMIT countChanged();
    return true;
}

void HoursModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
}

void HoursModel::setHours(int row, const QString &hours)
{
    if (row < 0 || row >= m_rows.size() || m_rows[row].hours == hours)
        return;
    m_rows[row].hours = hours;
    Q_EMIT dataChanged(index(row), index(row), {HoursRole});
}

QVariantMap HoursModel::save(const QString &date, const QString &description,
                             const QString &activityId)
{
    if (!m_workspace || !m_workspace->isReady())
        return failure(tr("No workspace is open."));
    const QDate day = parseDate(date);
    if (!day.isValid())
        return failure(dateProblem(date));
    if (m_rows.isEmpty())
        return failure(tr("Choose at least one member."));
    int written = 0;
    try {
        // All or nothing: one bad row leaves every other row unwritten too.
        df::Transaction tx(m_workspace->store().database());
        for (const Row &row : std::as_const(m_rows)) {
            df::VolunteerEntry v;
            v.memberId = row.memberId;
            v.activityId = activityId;
            v.date = day;
            bool ok = false;
            v.hours = QString(row.hours).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
            if (!ok)
                return failure(
                    tr("%1: enter the hours as a number, e.g. 4 or 2.5.").arg(row.fullName));
            if (v.hours == 0)
                continue; // an officer set this person to 0: nothing to log
            v.description = description.trimmed();
            const df::WriteResult r = m_workspace->store().addVolunteerEntry(v);
            if (!r.written)
                return failure(tr("%1: %2").arg(row.fullName, df::firstError(r.issues)));
            ++written;
        }
        tx.commit();
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "log hours:" << e.message();
        return failure(tr("The hours could not be saved: %1").arg(e.message()));
    }
    if (written > 0)
        m_workspace->written();
    return {{QStringLiteral("ok"), true}, {QStringLiteral("count"), written}};
}

int HoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant HoursModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case MemberIdRole:
        return r.memberId;
    case FullNameRole:
        return r.fullName;
    case HoursRole:
        return r.hours;
    default:
        return {};
    }
}

QHash<int, QByteArray> HoursModel::roleNames() const
{
    return {{MemberIdRole, "memberId"}, {FullNameRole, "fullName"}, {HoursRole, "hours"}};
}
