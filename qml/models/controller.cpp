#include "controller.h"

Controller::Controller(Follows follows, QObject *parent)
    : QObject(parent)
    , m_follows(follows)
{}

bool Controller::accept(const QVariantMap &answer, QString &id)
{
    if (!answer.value(QStringLiteral("ok")).toBool())
        return false;
    m_workspace->written();
    const QString written = answer.value(QStringLiteral("id")).toString();
    if (written == id)
        return false;
    id = written;
    return true;
}

void Controller::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::stateChanged, this, &Controller::refresh);
        if (m_follows == Follows::Data) {
            connect(m_workspace, &Workspace::dataChanged, this, &Controller::refresh);
            connect(m_workspace, &Workspace::labelsChanged, this, &Controller::refresh);
        }
    }
    refresh();
    Q_EMIT workspaceChanged();
}
