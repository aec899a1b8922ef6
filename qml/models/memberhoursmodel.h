#pragma once

#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

#include "keyedlistmodel.h"
#include "workspace.h"

// One member's volunteer hours, newest first, with the totals per year; an officer
// confirms an entry or rejects it with a reason. Updated in place as data changes.
class MemberHoursModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberIdChanged)
    Q_PROPERTY(QString fullName READ fullName NOTIFY totalsChanged)
    // [{year, total, confirmed}], newest year first; rejected entries count nowhere.
    Q_PROPERTY(QVariantList years READ years NOTIFY totalsChanged)
    Q_PROPERTY(double total READ total NOTIFY totalsChanged)
    Q_PROPERTY(double confirmed READ confirmed NOTIFY totalsChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY totalsChanged)

public:
    enum Role {
        EntryIdRole = Qt::UserRole + 1,
        DateRole,
        HoursRole,
        DescriptionRole,
        ConfirmationRole,
        RejectReasonRole
    };

    explicit MemberHoursModel(QObject *parent = nullptr);

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId);

    // {ok, message}.
    Q_INVOKABLE QVariantMap confirm(const QString &entryId);
    // {ok, message}: a reason is required.
    Q_INVOKABLE QVariantMap reject(const QString &entryId, const QString &reason);

    // The row's roles by name, as ListModel.get() gives them.
    Q_INVOKABLE QVariantMap get(int row) const { return rowAsMap(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void workspaceChanged();
    void memberIdChanged();
    void totalsChanged();

private:
    struct Row
    {
        QString id, date;
        double hours = 0;
        QString description;
        int confirmation = 0;
        QString rejectReason;
        bool operator==(const Row &) const = default;
    };

    void refresh();
    QVariantMap setConfirmation(const QString &entryId, int confirmation, const QString &reason);
    QString fullName() const { return m_fullName; }
    QVariantList years() const { return m_years; }
    double total() const { return m_total; }
    double confirmed() const { return m_confirmed; }

    QPointer<Workspace> m_workspace;
    QString m_memberId;
    QString m_fullName;
    QVariantList m_years;
    double m_total = 0;
    double m_confirmed = 0;
    QList<Row> m_rows;
};
