#include "workspace.h"

#include "demo/demogenerator.h"
#include "store/database.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "sync/schema.h"
#include "write/localstore.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>
#include <QVariantMap>

Q_LOGGING_CATEGORY(lcApp, "doanfield.app")

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{}

Workspace::~Workspace()
{
    // Quitting during demo generation: stop at the next chunk and let it roll back.
    if (m_worker) {
        m_worker->requestInterruption();
        m_worker->wait();
    }
}

Workspace *WorkspaceForeign::create(QQmlEngine *, QJSEngine *)
{
    Workspace *ws = Workspace::instance();
    Q_ASSERT(ws);
    QJSEngine::setObjectOwnership(ws, QJSEngine::CppOwnership);
    return ws;
}

void Workspace::setInstance(Workspace *instance)
{
    s_instance = instance;
}

void Workspace::setState(State state, const QString &error)
{
    m_state = state;
    m_errorText = error;
    Q_EMIT stateChanged();
}

void Workspace::open(const Account &account)
{
    close();
    m_account = account;
    const QString path = account.path;
    const bool tracking = account.tracking;
    const int demoMembers = account.demoMembers;
    try {
        // The data folder may have been removed (a cleaner app, a restored backup): it is
        // made again, and an account's data comes back from the server on the next sync.
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_db = std::make_unique<df::Database>(path);
        m_queries = std::make_unique<df::Queries>(*m_db);
        m_search = std::make_unique<df::MemberSearch>(*m_db);
        m_store = std::make_unique<df::LocalStore>(*m_db);
        m_store->setTracking(tracking);
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "cannot open" << path << e.message();
        m_db.reset();
        setState(State::Failed,
                 tr("The data on this device could not be opened. Try again; if it still fails, "
                    "go back to sign-in (details: %1).")
                     .arg(e.message()));
        return;
    }
    if (!m_queries->rootUnitIds().isEmpty() || demoMembers <= 0) {
        finishOpening();
        return;
    }
    setState(State::Preparing);
    // The demo data is written on a worker thread with its own connection; the GUI
    // thread only receives progress.
    auto *worker = QThread::create([this, path, demoMembers] {
        try {
            df::Database db(path);
            df::LocalStore store(db);
            df::DemoOptions options;
            options.members = demoMembers;
            df::DemoGenerator(options).writeTo(store, [this](int done, int total) {
                if (QThread::currentThread()->isInterruptionRequested())
                    return false;
                QMetaObject::invokeMethod(this, [this, done, total] {
                    m_progress = double(done) / double(std::max(total, 1));
                    Q_EMIT progressChanged();
                });
                return true;
            });
        } catch (const df::StoreError &e) {
            QMetaObject::invokeMethod(this,
                                      [this, msg = e.message()] { setState(State::Failed, msg); });
        }
    });
    m_worker = worker;
    connect(worker, &QThread::finished, this, [this, worker] {
        worker->deleteLater();
        if (m_state != State::Failed)
            finishOpening();
    });
    worker->start();
}

void Workspace::finishOpening()
{
    if (!m_queries)
        return;
    const QStringList roots = m_queries->rootUnitIds();
    const QString &preferred = m_account.preferredRoot;
    m_rootUnitId = !preferred.isEmpty() && m_queries->unit(preferred) ? preferred : roots.value(0);
    if (touches({int(df::Entity::Unit), int(df::Entity::Member)}))
        m_search->invalidateStatistics();
    if (m_state != State::Ready)
        setState(State::Ready);
    Q_EMIT dataChanged();
}

void Workspace::close()
{
    if (m_worker) {
        m_worker->requestInterruption();
        m_worker->wait();
    }
    m_search.reset();
    m_queries.reset();
    m_store.reset();
    m_db.reset();
    m_rootUnitId.clear();
    m_progress = 0;
    if (m_state != State::Opening) {
        setState(State::Opening);
        Q_EMIT dataChanged();
    }
}

void Workspace::retry()
{
    if (!m_account.path.isEmpty())
        open(Account(m_account));
}

void Workspace::reload(quint32 entities)
{
    m_touched = entities;
    if (m_state == State::Ready)
        finishOpening();
    m_touched = ~0u;
}

QString Workspace::rootUnitName() const
{
    if (!m_queries || m_rootUnitId.isEmpty())
        return {};
    const auto unit = m_queries->unit(m_rootUnitId);
    return unit ? unit->name : QString();
}

bool Workspace::maySetTargets(const QString &unitId) const
{
    const QString &role = m_account.role;
    if (role.isEmpty() || role == QLatin1String("admin"))
        return true;
    return role == QLatin1String("officer") && unitId != m_rootUnitId;
}
