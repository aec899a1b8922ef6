#include "activitylistmodel.h"

#include "domain/labels.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "sync/schema.h"

#include <QLocale>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

ActivityListModel::ActivityListModel(QObject *parent)
    : KeyedListModel(parent)
{}

void ActivityListModel::setWorkspace(Workspace *workspace)
{
    if (bindWorkspace(this, m_workspace, workspace, &ActivityListModel::reload,
                      &ActivityListModel::refresh))
        Q_EMIT changed();
}

void ActivityListModel::setUnitId(const QString &unitId)
{
    if (m_unitId == unitId)
        return;
    m_unitId = unitId;
    reload();
    Q_EMIT changed();
}

void ActivityListModel::setDaysBack(int days)
{
    if (m_daysBack == days)
        return;
    m_daysBack = days;
    reload();
    Q_EMIT changed();
}

void ActivityListModel::setDaysAhead(int days)
{
    if (m_daysAhead == days)
        return;
    m_daysAhead = days;
    reload();
    Q_EMIT changed();
}

void ActivityListModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = limit;
    reload();
    Q_EMIT changed();
}

QList<df::Activity> ActivityListModel::read()
{
    QList<df::Activity> rows;
    m_unitNames.clear();
    if (!m_workspace || !m_workspace->isReady() || m_unitId.isEmpty())
        return rows;
    const QDate today = QDate::currentDate();
    try {
        rows = m_workspace->queries().activities(m_unitId, true, today.addDays(-m_daysBack),
                                                 today.addDays(m_daysAhead));
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "activities:" << e.message();
    }
    if (m_limit > 0 && rows.size() > m_limit)
        rows.resize(m_limit);
    for (const df::Activity &a : std::as_const(rows)) {
        if (!m_unitNames.contains(a.unitId)) {
            const auto unit = m_workspace->queries().unit(a.unitId);
            m_unitNames.insert(a.unitId, unit ? unit->name : QString());
        }
    }
    return rows;
}

void ActivityListModel::reload()
{
    beginResetModel();
    m_rows = read();
    endResetModel();
    Q_EMIT countChanged();
}

void ActivityListModel::refresh()
{
    if (m_workspace && m_workspace->isReady() &&
        !m_workspace->touches({int(df::Entity::Unit), int(df::Entity::Activity)}))
        return;
    const QHash<QString, QString> names = m_unitNames;
    const QList<df::Activity> fresh = read();
    updateRows(
        m_rows, fresh, [](const df::Activity &a) { return a.id; },
        [&](const df::Activity &a, const df::Activity &b) {
            return a == b && names.value(a.unitId) == m_unitNames.value(b.unitId);
        });
    Q_EMIT countChanged();
}

int ActivityListModel::firstUpcoming() const
{
    const QDate today = QDate::currentDate();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].startsAt.toLocalTime().date() >= today)
            return i;
    }
    return std::max(0, int(m_rows.size()) - 1);
}

int ActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const df::Activity &a = m_rows[index.row()];
    const QDateTime start = a.startsAt.toLocalTime();
    const QDate today = QDate::currentDate();
    switch (role) {
    case ActivityIdRole:
        return a.id;
    case Qt::DisplayRole:
    case TitleRole:
        return a.title;
    case KindRole:
        return int(a.kind);
    case KindNameRole:
        return df::Labels::activityKind(int(a.kind));
    case DayRole: {
        // Section header: "Hôm nay", or the weekday and date in the UI language.
        if (start.date() == today)
            return tr("Today · %1").arg(start.toString(QStringLiteral("dd/MM/yyyy")));
        const QLocale locale;
        return locale.toString(start.date(), QStringLiteral("dddd, dd/MM/yyyy"));
    }
    case TimeRole:
        return start.toString(QStringLiteral("HH:mm"));
    case PlaceRole:
        return a.place;
    case UnitNameRole:
        return m_unitNames.value(a.unitId);
    case IsTodayRole:
        return start.date() == today;
    case IsPastRole:
        return start.date() < today;
    }
    return {};
}

QHash<int, QByteArray> ActivityListModel::roleNames() const
{
    return {{ActivityIdRole, "activityId"}, {TitleRole, "title"},       {KindRole, "kind"},
            {KindNameRole, "kindName"},     {DayRole, "day"},           {TimeRole, "time"},
            {PlaceRole, "place"},           {UnitNameRole, "unitName"}, {IsTodayRole, "isToday"},
            {IsPastRole, "isPast"}};
}
