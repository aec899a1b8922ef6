// Qt Quick Tests of the pages (tst_*.qml in this folder), over a real temporary
// workspace with demo data: the same Workspace and Session singletons the app uses.
#include "session.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

Q_IMPORT_QML_PLUGIN(DoanFieldPlugin)

class Setup : public QObject
{
    Q_OBJECT
public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_workspace = new Workspace(this);
        Workspace::setInstance(m_workspace);
        m_session = new Session(m_workspace, m_dir.path(), this);
        Session::setInstance(m_session);
        m_session->setDemo(m_dir.filePath(QStringLiteral("demo.sqlite")), 300);
        m_session->openDemo();
        while (!m_workspace->isReady() && !m_workspace->isFailed())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    }

private:
    QTemporaryDir m_dir;
    Workspace *m_workspace = nullptr;
    Session *m_session = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(pages, Setup)

#include "main.moc"
