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
    // Typed text: while set, the rows are every unit whose name contains it (diacritics
    // ignored), flat, instead of the tree.
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    // Whether the tree is on screen: while it is not (a closed drawer), changed members or
    // units only mark it stale, and it is read again when it shows.
    Q_PROPERTY(bool live READ live WRITE setLive NOTIFY liveChanged)

public:
    enum Role {
        UnitIdRole = Qt::UserRole + 1,
        NameRole,
        LevelRole,
        LevelNameRole,
        DepthRole,
        ChildCountRole,
        MemberCountRole,
        ExpandedRole,
        // While searching (a flat list): the parent unit's name, so that branches of the
        // same name in different communes can be told apart. Empty in the tree.
        ParentNameRole
    };

    explicit UnitTreeModel(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    bool live() const { return m_live; }
    void setLive(bool live);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void toggle(int row);

Q_SIGNALS:
    void workspaceChanged();
    void queryChanged();
    void liveChanged();

private:
    void reload();
    void refresh();
    void rebuildVisible();

    QPointer<Workspace> m_workspace;
    QList<df::UnitNode> m_all;
    QList<int> m_visible; // indexes into m_all
    QSet<QString> m_expanded;
    bool m_live = true;
    bool m_stale = false;
    QString m_query;                 // as typed
    QStringList m_folded;            // folded unit names, parallel to m_all
    QHash<QString, QString> m_names; // unit id → name
};
