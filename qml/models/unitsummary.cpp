#include "unitsummary.h"

#include "store/queries.h"
#include "sync/schema.h"

UnitSummary::UnitSummary(QObject *parent)
    : Controller(Follows::Data, parent)
{}

void UnitSummary::setUnitId(const QString &unitId)
{
    if (m_unitId == unitId)
        return;
    m_unitId = unitId;
    m_read = false;
    Q_EMIT unitIdChanged();
    refresh();
}

void UnitSummary::refresh()
{
    // Counting a large subtree's members is the costly part: only when units or members
    // may have changed.
    if (m_read && ready() &&
        !workspace()->touches({int(df::Entity::Unit), int(df::Entity::Member)}))
        return;
    const auto unit =
        ready() && !m_unitId.isEmpty() ? workspace()->queries().unit(m_unitId) : std::nullopt;
    m_read = ready();
    m_exists = bool(unit);
    m_name = unit ? unit->name : QString();
    m_activeMembers = unit ? -1 : 0;
    Q_EMIT changed();
}

int UnitSummary::activeMembers() const
{
    if (m_activeMembers < 0)
        m_activeMembers = ready() ? workspace()->queries().memberCount(m_unitId) : 0;
    return m_activeMembers;
}
