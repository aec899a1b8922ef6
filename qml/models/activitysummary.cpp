#include "activitysummary.h"
#include "answers.h"

#include "domain/labels.h"
#include "store/queries.h"
#include "sync/schema.h"

using namespace df::writes;

ActivitySummary::ActivitySummary(QObject *parent)
    : Controller(Follows::Data, parent)
{
    connect(this, &ActivitySummary::figuresChanged, this, [this] {
        m_info.clear();
        refresh();
    });
    connect(this, &Controller::workspaceChanged, this, [this] {
        // Taps announce only a local change; only the figures depend on them, and a
        // summary without figures (on the check-in page itself) does nothing per tap.
        if (workspace())
            connect(workspace(), &Workspace::localChanged, this, [this] {
                if (m_figures)
                    refresh();
            });
    });
}

void ActivitySummary::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    Q_EMIT liveChanged();
    if (m_live && m_stale) {
        m_stale = false;
        m_info.clear();
        refresh();
    }
}

void ActivitySummary::setActivityId(const QString &activityId)
{
    if (m_activityId == activityId)
        return;
    m_activityId = activityId;
    Q_EMIT activityIdChanged();
    refresh();
}

void ActivitySummary::refresh()
{
    if (!m_live && !m_info.isEmpty()) {
        m_stale = true;
        return;
    }
    // A sync that brought nothing shown here leaves it as it is.
    if (!m_info.isEmpty() && ready() && m_info.value(QStringLiteral("id")) == m_activityId &&
        !(m_figures ? workspace()->touches({int(df::Entity::Activity), int(df::Entity::Attendance),
                                            int(df::Entity::VolunteerEntry),
                                            int(df::Entity::Member), int(df::Entity::Unit)})
                    : workspace()->touches({int(df::Entity::Activity), int(df::Entity::Unit)})))
        return;
    const auto a = ready() && !m_activityId.isEmpty()
                       ? workspace()->queries().activity(m_activityId)
                       : std::nullopt;
    if (!a) {
        m_info.clear();
        Q_EMIT changed();
        return;
    }
    const df::Queries &q = workspace()->queries();
    const df::AttendanceSheet sheet =
        m_figures ? q.attendance(m_activityId, false) : df::AttendanceSheet{};
    const df::ActivityHours hours =
        m_figures ? q.hoursForActivity(m_activityId) : df::ActivityHours{};
    const auto unit = q.unit(a->unitId);
    const QDateTime start = a->startsAt.toLocalTime();
    m_info = {{QStringLiteral("id"), a->id},
              {QStringLiteral("unitId"), a->unitId},
              {QStringLiteral("unitName"), unit ? unit->name : QString()},
              {QStringLiteral("kind"), int(a->kind)},
              {QStringLiteral("kindName"), df::Labels::activityKind(int(a->kind))},
              {QStringLiteral("title"), a->title},
              {QStringLiteral("date"), start.toString(kDateFormat)},
              {QStringLiteral("time"), start.toString(QStringLiteral("HH:mm"))},
              {QStringLiteral("place"), a->place},
              {QStringLiteral("campaign"), a->campaign},
              {QStringLiteral("description"), a->description},
              {QStringLiteral("trees"), a->outputs.treesPlanted},
              {QStringLiteral("children"), a->outputs.childrenSupported},
              {QStringLiteral("money"), a->outputs.moneyRaisedVnd},
              {QStringLiteral("works"), a->outputs.worksBuilt},
              {QStringLiteral("present"), sheet.counts[0]},
              {QStringLiteral("late"), sheet.counts[1]},
              {QStringLiteral("excused"), sheet.counts[2]},
              {QStringLiteral("absent"), sheet.counts[3]},
              {QStringLiteral("expected"), sheet.expected},
              {QStringLiteral("hoursTotal"), hours.total},
              {QStringLiteral("hoursMembers"), int(hours.members.size())}};
    Q_EMIT changed();
}
