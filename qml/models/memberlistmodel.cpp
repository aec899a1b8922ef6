#include "memberlistmodel.h"

#include "domain/labels.h"
#include "domain/vntext.h"
#include "store/storeerror.h"
#include "sync/schema.h"
#include "workspace.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

MemberListModel::MemberListModel(QObject *parent)
    : KeyedListModel(parent)
{}

void MemberListModel::setWorkspace(Workspace *workspace)
{
    if (bindWorkspace(this, m_workspace, workspace, &MemberListModel::reload,
                      &MemberListModel::refresh))
        Q_EMIT workspaceChanged();
}

void MemberListModel::setUnitId(const QString &unitId)
{
    if (m_filter.rootUnitId == unitId)
        return;
    m_filter.rootUnitId = unitId;
    reload();
    Q_EMIT unitIdChanged();
}

void MemberListModel::setQuery(const QString &query)
{
    if (m_filter.text == query)
        return;
    m_filter.text = query;
    reload();
    Q_EMIT queryChanged();
}

void MemberListModel::setHardshipOnly(bool on)
{
    if (hardshipOnly() == on)
        return;
    m_filter.hardship = on ? std::optional<bool>(true) : std::nullopt;
    reload();
    Q_EMIT filterChanged();
}

void MemberListModel::setOutstandingOnly(bool on)
{
    if (outstandingOnly() == on)
        return;
    m_filter.outstanding = on ? std::optional<bool>(true) : std::nullopt;
    reload();
    Q_EMIT filterChanged();
}

void MemberListModel::setStatus(int status)
{
    if (this->status() == status)
        return;
    m_filter.status = status < 0 ? std::nullopt : std::optional(df::MemberStatus(status));
    reload();
    Q_EMIT filterChanged();
}

void MemberListModel::setPosition(int position)
{
    if (this->position() == position)
        return;
    m_filter.position = position < 0 ? std::nullopt : std::optional(df::UnionPosition(position));
    reload();
    Q_EMIT filterChanged();
}

int MemberListModel::activeFilters() const
{
    return int(hardshipOnly()) + int(outstandingOnly()) +
           int(status() != int(df::MemberStatus::Active)) + int(position() >= 0);
}

void MemberListModel::clearFilters()
{
    if (activeFilters() == 0)
        return;
    m_filter.hardship.reset();
    m_filter.outstanding.reset();
    m_filter.status = df::MemberStatus::Active;
    m_filter.position.reset();
    reload();
    Q_EMIT filterChanged();
}

void MemberListModel::reload()
{
    // The first page of the new filter, updated in place too: rows that still match keep
    // their delegates while the user types.
    load(kPageSize);
}

void MemberListModel::refresh()
{
    // A pulled page of attendance or hours leaves the member rows as they are.
    if (m_workspace && m_workspace->isReady() &&
        !m_workspace->touches({int(df::Entity::Unit), int(df::Entity::Member)}))
        return;
    load(std::max(int(m_rows.size()), kPageSize));
}

void MemberListModel::load(int want)
{
    if (!(m_workspace && m_workspace->isReady())) {
        updateRows(
            m_rows, {}, [](const df::MemberRow &r) { return r.id; },
            [](const df::MemberRow &, const df::MemberRow &) { return true; });
        m_complete = true;
        Q_EMIT countChanged();
        return;
    }
    QList<df::MemberRow> fresh;
    try {
        fresh = m_workspace->search().find(m_filter, want);
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "member list:" << e.message();
        return;
    }
    const bool complete = fresh.size() < want;
    updateRows(
        m_rows, fresh, [](const df::MemberRow &r) { return r.id; },
        [](const df::MemberRow &a, const df::MemberRow &b) { return a == b; });
    m_complete = complete;
    Q_EMIT countChanged();
}

bool MemberListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_complete;
}

void MemberListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<df::MemberRow> page;
    try {
        page = m_workspace->search().find(m_filter, kPageSize, int(m_rows.size()));
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "member list:" << e.message();
    }
    m_complete = page.size() < kPageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(page);
        endInsertRows();
    }
    Q_EMIT countChanged();
}

int MemberListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &r = m_rows[index.row()];
    switch (role) {
    case MemberIdRole:
        return r.id;
    case Qt::DisplayRole:
    case FullNameRole:
        return r.fullName;
    case GivenNameRole:
        return df::vn::givenName(r.fullName).toString();
    case UnitNameRole:
        return r.unitName;
    case BirthDateRole:
        return r.birthDate.toString(QStringLiteral("dd/MM/yyyy"));
    case PositionRole:
        return int(r.position);
    case PositionNameRole:
        return df::Labels::position(int(r.position));
    case HardshipRole:
        return r.hardship;
    case PartyMemberRole:
        return r.partyMember;
    case OutstandingRole:
        return r.outstanding;
    case CardNumberRole:
        return r.cardNumber;
    }
    return {};
}

QHash<int, QByteArray> MemberListModel::roleNames() const
{
    return {{MemberIdRole, "memberId"},         {FullNameRole, "fullName"},
            {GivenNameRole, "givenName"},       {UnitNameRole, "unitName"},
            {BirthDateRole, "birthDate"},       {PositionRole, "position"},
            {PositionNameRole, "positionName"}, {HardshipRole, "hardship"},
            {PartyMemberRole, "partyMember"},   {OutstandingRole, "outstanding"},
            {CardNumberRole, "cardNumber"}};
}
