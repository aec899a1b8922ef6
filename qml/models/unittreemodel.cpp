#include "unittreemodel.h"

#include "domain/labels.h"
#include "domain/vntext.h"
#include "sync/schema.h"
#include "workspace.h"

UnitTreeModel::UnitTreeModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void UnitTreeModel::setWorkspace(Workspace *workspace)
{
    if (bindWorkspace(this, m_workspace, workspace, &UnitTreeModel::reload,
                      &UnitTreeModel::refresh))
        Q_EMIT workspaceChanged();
}

void UnitTreeModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    beginResetModel();
    m_query = query;
    rebuildVisible();
    endResetModel();
    Q_EMIT queryChanged();
}

void UnitTreeModel::refresh()
{
    // The tree shows units and their member counts: a page of check-ins leaves it alone
    // (re-reading it costs tens of milliseconds with 100,000 members).
    if (m_workspace && m_workspace->isReady() &&
        !m_workspace->touches({int(df::Entity::Unit), int(df::Entity::Member)}))
        return;
    if (!m_live) {
        m_stale = true;
        return;
    }
    reload();
}

void UnitTreeModel::setLive(bool live)
{
    if (m_live == live)
        return;
    m_live = live;
    if (m_live && m_stale)
        reload();
    Q_EMIT liveChanged();
}

void UnitTreeModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_all.clear();
    m_folded.clear();
    m_names.clear();
    if (m_workspace && m_workspace->isReady()) {
        const QString root = m_workspace->rootUnitId();
        m_all = m_workspace->queries().subtree(root);
        if (m_expanded.isEmpty())
            m_expanded.insert(root); // the officer's own unit starts open
        for (const auto &node : m_all) {
            m_folded.append(df::vn::fold(node.unit.name));
            m_names.insert(node.unit.id, node.unit.name);
        }
    }
    rebuildVisible();
    endResetModel();
}

void UnitTreeModel::rebuildVisible()
{
    m_visible.clear();
    if (const QString q = df::vn::fold(m_query.trimmed()); !q.isEmpty()) {
        for (int i = 0; i < m_all.size(); ++i)
            if (m_folded[i].contains(q))
                m_visible.append(i);
        return;
    }
    int hiddenBelow = -1; // depth under which rows are collapsed
    for (int i = 0; i < m_all.size(); ++i) {
        const auto &node = m_all[i];
        if (hiddenBelow >= 0 && node.depth > hiddenBelow)
            continue;
        hiddenBelow = -1;
        m_visible.append(i);
        if (node.childCount > 0 && !m_expanded.contains(node.unit.id))
            hiddenBelow = node.depth;
    }
}

int UnitTreeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

QVariant UnitTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto &node = m_all[m_visible[index.row()]];
    switch (role) {
    case UnitIdRole:
        return node.unit.id;
    case Qt::DisplayRole:
    case NameRole:
        return node.unit.name;
    case LevelRole:
        return int(node.unit.level);
    case LevelNameRole:
        return df::Labels::unitLevel(int(node.unit.level));
    case DepthRole:
        return m_query.isEmpty() ? node.depth : 0;
    case ChildCountRole:
        return m_query.isEmpty() ? node.childCount : 0;
    case MemberCountRole:
        return node.memberCount;
    case ExpandedRole:
        return m_expanded.contains(node.unit.id);
    case ParentNameRole:
        return m_query.isEmpty() ? QString() : m_names.value(node.unit.parentId);
    }
    return {};
}

QHash<int, QByteArray> UnitTreeModel::roleNames() const
{
    return {{UnitIdRole, "unitId"},
            {NameRole, "name"},
            {LevelRole, "level"},
            {LevelNameRole, "levelName"},
            {DepthRole, "depth"},
            {ChildCountRole, "childCount"},
            {MemberCountRole, "memberCount"},
            {ExpandedRole, "expanded"},
            {ParentNameRole, "parentName"}};
}

void UnitTreeModel::toggle(int row)
{
    if (row < 0 || row >= m_visible.size() || !m_query.isEmpty())
        return;
    const auto &node = m_all[m_visible[row]];
    if (node.childCount == 0)
        return;
    const int depth = node.depth;
    const bool expanding = !m_expanded.contains(node.unit.id);
    if (expanding) {
        m_expanded.insert(node.unit.id);
        QList<int> before = m_visible;
        rebuildVisible();
        const int added = int(m_visible.size() - before.size());
        if (added > 0) {
            // Rebuild, then announce the inserted rows so the view keeps its place.
            m_visible = before;
            beginInsertRows({}, row + 1, row + added);
            rebuildVisible();
            endInsertRows();
        }
    } else {
        int last = row;
        while (last + 1 < m_visible.size() && m_all[m_visible[last + 1]].depth > depth)
            ++last;
        m_expanded.remove(node.unit.id);
        if (last > row) {
            beginRemoveRows({}, row + 1, last);
            rebuildVisible();
            endRemoveRows();
        }
    }
    const QModelIndex idx = index(row);
    Q_EMIT dataChanged(idx, idx, {ExpandedRole});
}
