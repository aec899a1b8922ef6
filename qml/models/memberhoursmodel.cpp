#include "memberhoursmodel.h"
#include "answers.h"

#include "domain/volunteerentry.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "sync/schema.h"
#include "write/localstore.h"

#include <QMap>

using namespace df::writes;

MemberHoursModel::MemberHoursModel(QObject *parent)
    : KeyedListModel(parent)
{}

void MemberHoursModel::setWorkspace(Workspace *workspace)
{
    if (bindWorkspace(this, m_workspace, workspace, &MemberHoursModel::refresh,
                      &MemberHoursModel::refresh))
        Q_EMIT workspaceChanged();
}

void MemberHoursModel::setMemberId(const QString &memberId)
{
    if (m_memberId == memberId)
        return;
    m_memberId = memberId;
    Q_EMIT memberIdChanged();
    refresh();
}

void MemberHoursModel::refresh()
{
    if (m_workspace && !m_workspace->touches({int(df::Entity::VolunteerEntry),
                                              int(df::Entity::Member), int(df::Entity::Activity)}))
        return;
    QList<Row> fresh;
    QMap<int, QPair<double, double>> years; // year → (total, confirmed)
    m_fullName.clear();
    m_total = m_confirmed = 0;
    if (m_workspace && m_workspace->isReady() && !m_memberId.isEmpty()) {
        const df::Queries &q = m_workspace->queries();
        const auto m = q.member(m_memberId);
        m_fullName = m ? m->fullName : QString();
        const df::MemberHours h = q.hoursForMember(m_memberId);
        m_total = h.total;
        m_confirmed = h.confirmed;
        for (const df::VolunteerEntry &e : h.entries) {
            QString description = e.description;
            if (description.isEmpty() && !e.activityId.isEmpty()) {
                if (const auto activity = q.activity(e.activityId))
                    description = activity->title;
            }
            fresh.append({e.id, shownDate(e.date), e.hours, description, int(e.confirmation),
                          e.rejectReason});
            if (e.confirmation != df::Confirmation::Rejected) {
                auto &y = years[e.date.year()];
                y.first += e.hours;
                if (e.confirmation == df::Confirmation::Confirmed)
                    y.second += e.hours;
            }
        }
    }
    m_years.clear();
    for (auto it = years.cbegin(); it != years.cend(); ++it)
        m_years.prepend(QVariantMap{{QStringLiteral("year"), it.key()},
                                    {QStringLiteral("total"), it.value().first},
                                    {QStringLiteral("confirmed"), it.value().second}});
    updateRows(
        m_rows, fresh, [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
    Q_EMIT totalsChanged();
}

QVariantMap MemberHoursModel::setConfirmation(const QString &entryId, int confirmation,
                                              const QString &reason)
{
    if (!m_workspace || !m_workspace->isReady())
        return failure(tr("No workspace is open."));
    try {
        const df::WriteResult r = m_workspace->store().setConfirmation(
            entryId, confirmation, m_workspace->user(), reason.trimmed());
        if (r.written)
            m_workspace->written();
        return answer(r);
    } catch (const df::StoreError &e) {
        return failure(e.message());
    }
}

QVariantMap MemberHoursModel::confirm(const QString &entryId)
{
    return setConfirmation(entryId, int(df::Confirmation::Confirmed), {});
}

QVariantMap MemberHoursModel::reject(const QString &entryId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return failure(tr("Say why the hours are rejected."));
    return setConfirmation(entryId, int(df::Confirmation::Rejected), reason);
}

int MemberHoursModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberHoursModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case EntryIdRole:
        return r.id;
    case DateRole:
        return r.date;
    case HoursRole:
        return r.hours;
    case DescriptionRole:
        return r.description;
    case ConfirmationRole:
        return r.confirmation;
    case RejectReasonRole:
        return r.rejectReason;
    default:
        return {};
    }
}

QHash<int, QByteArray> MemberHoursModel::roleNames() const
{
    return {{EntryIdRole, "entryId"},
            {DateRole, "date"},
            {HoursRole, "hours"},
            {DescriptionRole, "description"},
            {ConfirmationRole, "confirmation"},
            {RejectReasonRole, "rejectReason"}};
}
