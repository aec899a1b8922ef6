#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QVariantList>
#include <memory>

namespace df {
class Database;
class LocalStore;
class MemberSearch;
class Queries;
} // namespace df

// The account's open local database: it opens and closes it, and says when its data
// changed. Built in main() and handed to QML as a singleton; bulk work (demo data) runs
// on a worker thread with its own connection. Reading and writing are the controllers'
// jobs (qml/models/): each is handed this object and reads again on `dataChanged`.
class Workspace : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY stateChanged)
    Q_PROPERTY(bool preparing READ isPreparing NOTIFY stateChanged)
    Q_PROPERTY(bool failed READ isFailed NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY stateChanged)
    Q_PROPERTY(QString rootUnitId READ rootUnitId NOTIFY dataChanged)
    Q_PROPERTY(QString rootUnitName READ rootUnitName NOTIFY dataChanged)

public:
    enum class State { Opening, Preparing, Ready, Failed };
    Q_ENUM(State)

    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    static Workspace *instance() { return s_instance; }
    static void setInstance(Workspace *instance);

    // What to open, and for whom.
    struct Account
    {
        QString path;        // the database file (made, with its folder, when missing)
        int demoMembers = 0; // an empty database is first filled with this many, in the background
        bool tracking = false; // local writes go to the outbox (a signed-in account)
        QString user;          // who records attendance and confirms hours on this device
        QString preferredRoot; // the unit shown first (the officer's own), when on the device
        QString role; // admin, officer or secretary; empty for a local workspace (every right)
    };
    void open(const Account &account);
    // Closes the database (sign-out, switching account); QML sees an empty workspace.
    void close();
    // The language changed: views remake their labels (labelsChanged, then dataChanged).
    void relabel()
    {
        Q_EMIT labelsChanged();
        Q_EMIT dataChanged();
    }
    // Opens the same database again (after a failure).
    Q_INVOKABLE void retry();
    // Rows arrived from elsewhere (a sync): re-read what is shown. `entities` (bit
    // 1 << df::Entity per kind of row that changed) lets a view skip what did not change.
    void reload(quint32 entities = ~0u);
    // Whether the change being announced (dataChanged) touched rows of these kinds; every
    // kind outside a reload.
    bool touches(std::initializer_list<int> entities) const
    {
        for (int e : entities) {
            if (m_touched & (1u << e))
                return true;
        }
        return false;
    }
    QString path() const { return m_account.path; }

    State state() const { return m_state; }
    QString rootUnitId() const { return m_rootUnitId; }

    bool isReady() const { return m_state == State::Ready; }

    // For the controllers (C++ only): the account's write path, reads and search over the
    // open database, and who is signed in. Valid while isReady().
    df::LocalStore &store() const { return *m_store; }
    df::Queries &queries() const { return *m_queries; }
    df::MemberSearch &search() const { return *m_search; }
    QString user() const { return m_account.user; }
    // Whether this account may set `unitId`'s targets: they are set from above (an officer
    // of an ancestor unit; an administrator also for the top of their scope), as the
    // server enforces. The device holds the account's scope, so its top is the account's unit.
    bool maySetTargets(const QString &unitId) const;
    // A controller wrote: views read again, and the sync has something to send.
    void written()
    {
        Q_EMIT localChanged();
        Q_EMIT dataChanged();
    }

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void dataChanged();
    // A local write that the sync must send.
    void localChanged();
    // The interface language changed: every shown label must be made again.
    void labelsChanged();

private:
    QString errorText() const { return m_errorText; }
    bool isPreparing() const { return m_state == State::Preparing; }
    bool isFailed() const { return m_state == State::Failed; }
    double progress() const { return m_progress; }
    QString rootUnitName() const;
    void setState(State state, const QString &error = {});
    void finishOpening();

    State m_state = State::Opening;
    double m_progress = 0;
    QString m_errorText;
    QString m_rootUnitId;
    QPointer<QThread> m_worker;
    Account m_account;
    quint32 m_touched = ~0u;
    std::unique_ptr<df::Database> m_db;
    std::unique_ptr<df::LocalStore> m_store;
    std::unique_ptr<df::Queries> m_queries;
    std::unique_ptr<df::MemberSearch> m_search;
    static inline Workspace *s_instance = nullptr;
};

// Points a view model at `workspace` (kept in `slot`): the model reloads now, and
// refreshes in place whenever the workspace's data changes. Returns false when it already
// pointed there.
template<typename Model>
bool bindWorkspace(Model *model, QPointer<Workspace> &slot, Workspace *workspace,
                   void (Model::*reload)(), void (Model::*refresh)())
{
    if (slot == workspace)
        return false;
    if (slot)
        QObject::disconnect(slot, nullptr, model, nullptr);
    slot = workspace;
    if (slot) {
        QObject::connect(slot, &Workspace::dataChanged, model, refresh);
        // Same rows, new words: every row is reported changed, nothing moves.
        QObject::connect(slot, &Workspace::labelsChanged, model, [model] {
            if (const int rows = model->rowCount())
                Q_EMIT model->dataChanged(model->index(0, 0), model->index(rows - 1, 0));
        });
    }
    (model->*reload)();
    return true;
}

// Hands QML the Workspace built in main() as the singleton `Workspace`.
struct WorkspaceForeign
{
    Q_GADGET
    QML_FOREIGN(Workspace)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Workspace)

public:
    static Workspace *create(QQmlEngine *, QJSEngine *);
};
