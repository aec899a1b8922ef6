#pragma once

#include "domain/activity.h"

#include <QPointer>
#include <QQmlEngine>

#include "keyedlistmodel.h"
#include "workspace.h"

// Activities of a unit and everything below it within a window of days around today,
// by start time. A unit holds tens of activities a month, so the window is read whole;
// new data updates the rows in place.
class ActivityListModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY changed)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY changed)
    Q_PROPERTY(int daysBack READ daysBack WRITE setDaysBack NOTIFY changed)
    Q_PROPERTY(int daysAhead READ daysAhead WRITE setDaysAhead NOTIFY changed)
    // At most this many activities from the start of the window (0: all). A province
    // holds thousands a fortnight; a summary shows the first few.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY changed)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ActivityIdRole = Qt::UserRole + 1,
        TitleRole,
        KindRole,
        KindNameRole,
        DayRole,
        TimeRole,
        PlaceRole,
        UnitNameRole,
        IsTodayRole,
        IsPastRole
    };

    explicit ActivityListModel(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &unitId);
    int daysBack() const { return m_daysBack; }
    void setDaysBack(int days);
    int daysAhead() const { return m_daysAhead; }
    void setDaysAhead(int days);
    int limit() const { return m_limit; }
    void setLimit(int limit);

    // The index of the first activity today or later, for scrolling there.
    Q_INVOKABLE int firstUpcoming() const;
    Q_INVOKABLE QString activityIdAt(int row) const { return m_rows.value(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void changed();
    void countChanged();

private:
    void reload();
    void refresh();
    QList<df::Activity> read();

    QPointer<Workspace> m_workspace;
    QString m_unitId;
    int m_daysBack = 30;
    int m_daysAhead = 60;
    int m_limit = 0;
    QList<df::Activity> m_rows;
    QHash<QString, QString> m_unitNames;
};
