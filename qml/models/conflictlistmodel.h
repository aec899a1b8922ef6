#pragma once

#include <QPointer>
#include <QQmlEngine>
#include <QVariantMap>

#include "keyedlistmodel.h"
#include "workspace.h"

namespace df {
struct WriteResult;
}

// Open conflicts, newest first (all of them, or those of one record), with both values,
// who and when, as people read them; updated in place as syncs and choices change them.
// Settling one writes a new change that every device receives; reopen() takes it back.
class ConflictListModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    // A record's id (a member's): only its conflicts. Empty: every open conflict.
    Q_PROPERTY(QString rowId READ rowId WRITE setRowId NOTIFY rowIdChanged)
    // How many rows to hold (the newest); 0 holds none and only counts.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY rowIdChanged)
    // Every open conflict in scope, also those beyond `limit`.
    Q_PROPERTY(int total READ total NOTIFY totalChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        ConflictIdRole = Qt::UserRole + 1,
        RecordRole,
        FieldRole,
        KeptValueRole,
        LostValueRole,
        KeptWhenRole,
        LostWhenRole,
        KeptUserRole,
        LostUserRole
    };

    explicit ConflictListModel(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString rowId() const { return m_rowId; }
    void setRowId(const QString &rowId);
    int limit() const { return m_limit; }
    void setLimit(int limit);
    int total() const { return m_total; }

    // Keeps the value that won, or (restoreLost) brings back the one that lost.
    // {ok, message}.
    Q_INVOKABLE QVariantMap resolve(const QString &conflictId, bool restoreLost);
    // The undo of resolve(): open again, and a restored value goes back.
    Q_INVOKABLE QVariantMap reopen(const QString &conflictId);

    // The row's roles by name, as ListModel.get() gives them.
    Q_INVOKABLE QVariantMap get(int row) const { return rowAsMap(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Row
    {
        QString id, record, field, keptValue, lostValue, keptWhen, lostWhen, keptUser, lostUser;
        bool operator==(const Row &) const = default;
    };

Q_SIGNALS:
    void workspaceChanged();
    void rowIdChanged();
    void totalChanged();
    void countChanged();

private:
    void refresh();
    QVariantMap written(const df::WriteResult &r);

    QPointer<Workspace> m_workspace;
    QString m_rowId;
    int m_limit = 500;
    int m_total = 0;
    QList<Row> m_rows;
};
