#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QThread>
#include <QVariantList>
#include <memory>

namespace df {
class Database;
class MemberSearch;
class Queries;
} // namespace df

// The open local database and what QML needs to know about it. Built in main() and
// handed to QML as a singleton; bulk work (demo data) runs on a worker thread with its
// own connection, and `dataChanged` tells the models to read again.
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

    // Opens (or creates) the database; an empty one is filled with `demoMembers` demo
    // members first, in the background.
    void open(const QString &path, int demoMembers);

    State state() const { return m_state; }
    double progress() const { return m_progress; }
    QString errorText() const { return m_errorText; }
    QString rootUnitId() const { return m_rootUnitId; }
    QString rootUnitName() const;

    // Profile of a member as sections of label/value rows, for display.
    Q_INVOKABLE QVariantList memberProfile(const QString &memberId) const;
    Q_INVOKABLE QString unitName(const QString &unitId) const;
    Q_INVOKABLE int memberCount(const QString &unitId) const;

    bool isReady() const { return m_state == State::Ready; }
    bool isPreparing() const { return m_state == State::Preparing; }
    bool isFailed() const { return m_state == State::Failed; }
    df::Queries &queries() const { return *m_queries; }
    df::MemberSearch &search() const { return *m_search; }

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void dataChanged();

private:
    void setState(State state, const QString &error = {});
    void finishOpening();

    State m_state = State::Opening;
    double m_progress = 0;
    QString m_errorText;
    QString m_rootUnitId;
    QPointer<QThread> m_worker;
    std::unique_ptr<df::Database> m_db;
    std::unique_ptr<df::Queries> m_queries;
    std::unique_ptr<df::MemberSearch> m_search;
    static inline Workspace *s_instance = nullptr;
};

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
