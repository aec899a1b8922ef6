#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include "workspace.h"

// The base of the controllers QML creates for one job (an editor, a summary): it holds
// the Workspace they read and write, and reads again when that is set and, for those
// that show live data, whenever the workspace's data or language changes.
class Controller : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)

public:
    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);

Q_SIGNALS:
    void workspaceChanged();

protected:
    enum class Follows { Nothing, Data };
    explicit Controller(Follows follows, QObject *parent = nullptr);
    // Reads again what the controller shows.
    virtual void refresh() = 0;
    bool ready() const { return m_workspace && m_workspace->isReady(); }
    // After a write answered `answer` ({ok, id, ...}): a successful one is announced (views
    // read again, the sync sends), and `id` takes the written row's id (a new record keeps
    // it for the next save). Returns whether `id` changed.
    bool accept(const QVariantMap &answer, QString &id);

private:
    QPointer<Workspace> m_workspace;
    Follows m_follows;
};
