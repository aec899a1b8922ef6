#pragma once

#include "controller.h"

#include <QVariantMap>

// One activity as its pages show it, kept current as data changes: what it is, when and
// where, its outputs, the attendance counts and the hours logged for it.
class ActivitySummary : public Controller
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString activityId READ activityId WRITE setActivityId NOTIFY activityIdChanged)
    // {id, unitId, unitName, kind, kindName, title, date, time, place, campaign,
    //  description, trees, children, money, works, present, late, excused, absent,
    //  expected, hoursTotal, hoursMembers}; empty when the activity is not on the device.
    Q_PROPERTY(QVariantMap info READ info NOTIFY changed)
    // Off: only what the activity is (no attendance counts or hours), read again only when
    // activities change; a check-in screen shows its own counts.
    Q_PROPERTY(bool figures MEMBER m_figures NOTIFY figuresChanged)
    // Whether it is on screen: while it is not (a page under the check-in page), changes
    // only mark it stale, and it is read again when it shows. Local writes (check-ins,
    // which do not announce new data) are followed too.
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY liveChanged)

public:
    explicit ActivitySummary(QObject *parent = nullptr);

    QString activityId() const { return m_activityId; }
    void setActivityId(const QString &activityId);
    QVariantMap info() const { return m_info; }
    bool live() const { return m_live; }
    void setLive(bool live);

Q_SIGNALS:
    void activityIdChanged();
    void changed();
    void figuresChanged();
    void liveChanged();

protected:
    void refresh() override;

private:
    QString m_activityId;
    QVariantMap m_info;
    bool m_figures = true;
    bool m_live = true;
    bool m_stale = false;
};
