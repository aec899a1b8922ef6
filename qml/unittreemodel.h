#pragma once

#include "store/queries.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QSet>

#include "workspace.h"

// The unit tree flattened for a ListView: rows carry their depth, and a branch's
// children are shown only while it is expanded.
class UnitTreeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)

public:
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        NameRole,
        LevelRole,
        LevelNameRole,
        DepthRole,
        ChildCountRole,
        MemberCountRole,
        ExpandedRole
    };

    explicit UnitTreeModel(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void toggle(int row);

Q_SIGNALS:
    void workspaceChanged();

private:
    void reload();
    void rebuildVisible();

    QPointer<Workspace> m_workspace;
    QList<df::UnitNode> m_all;
    QList<int> m_visible; // indexes into m_all
    QSet<QString> m_expanded;
};
