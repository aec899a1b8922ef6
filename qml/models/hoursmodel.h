#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include "workspace.h"

// The sheet for logging volunteer hours for many members at once: who, and how many hours
// each. From an activity it starts with everyone present (or late); more people are added
// by search. save() writes every row or none.
class HoursModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    // Hours given to each person added from now on, and to everyone when it changes.
    Q_PROPERTY(QString hoursEach READ hoursEach WRITE setHoursEach NOTIFY hoursEachChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { MemberIdRole = Qt::UserRole + 1, FullNameRole, HoursRole };

    explicit HoursModel(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString hoursEach() const { return m_hoursEach; }
    void setHoursEach(const QString &hours);

    // Adds the members present (or late) at the activity. Returns how many were added.
    Q_INVOKABLE int addAttendees(const QString &activityId);
    // Adds a member on this device once; false when unknown or already there.
    Q_INVOKABLE bool add(const QString &memberId);
    Q_INVOKABLE void remove(int row);
    // The hours of one person, as typed ("2,5" or "2.5").
    Q_INVOKABLE void setHours(int row, const QString &hours);
    // Writes one entry per person with hours other than 0, all in one transaction:
    // {ok, count} or {ok: false, message}.
    Q_INVOKABLE QVariantMap save(const QString &date, const QString &description,
                                 const QString &activityId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void workspaceChanged();
    void hoursEachChanged();
    void countChanged();

private:
    struct Row
    {
        QString memberId;
        QString fullName;
        QString hours;
    };

    QPointer<Workspace> m_workspace;
    QString m_hoursEach = QStringLiteral("4");
    QList<Row> m_rows;
};
