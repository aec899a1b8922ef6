#pragma once

#include "store/membersearch.h"

#include <QPointer>
#include <QQmlEngine>

#include "keyedlistmodel.h"
#include "workspace.h"

// Members of a unit subtree matching the typed text, in name order, read a page at a
// time as the view scrolls (fetchMore), so a list of 100,000 opens instantly. New data
// (a sync, a write) updates the loaded rows in place; a changed filter reads the first
// page again, also in place (rows that still match keep their delegates).
class MemberListModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(bool hardshipOnly READ hardshipOnly WRITE setHardshipOnly NOTIFY filterChanged)
    // Introduced to the Party as an outstanding member.
    Q_PROPERTY(
        bool outstandingOnly READ outstandingOnly WRITE setOutstandingOnly NOTIFY filterChanged)
    // MemberStatus, or -1 for every status (the default is active members).
    Q_PROPERTY(int status READ status WRITE setStatus NOTIFY filterChanged)
    // UnionPosition, or -1 for every position.
    Q_PROPERTY(int position READ position WRITE setPosition NOTIFY filterChanged)
    // How many filters differ from the default (for a badge on the filter button).
    Q_PROPERTY(int activeFilters READ activeFilters NOTIFY filterChanged)
    Q_PROPERTY(bool complete READ complete NOTIFY countChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role {
        MemberIdRole = Qt::UserRole + 1,
        FullNameRole,
        GivenNameRole,
        UnitNameRole,
        BirthDateRole,
        PositionRole,
        PositionNameRole,
        HardshipRole,
        PartyMemberRole,
        OutstandingRole,
        CardNumberRole
    };

    explicit MemberListModel(QObject *parent = nullptr);

    Q_INVOKABLE void clearFilters();
    Q_INVOKABLE QString memberAt(int row) const { return m_rows.value(row).id; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static constexpr int kPageSize = 60;

Q_SIGNALS:
    void workspaceChanged();
    void unitIdChanged();
    void queryChanged();
    void filterChanged();
    void countChanged();

protected:
    // The properties' accessors (QML reads them through the properties).
    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    QString unitId() const { return m_filter.rootUnitId; }
    void setUnitId(const QString &unitId);
    QString query() const { return m_filter.text; }
    void setQuery(const QString &query);
    bool hardshipOnly() const { return m_filter.hardship.value_or(false); }
    void setHardshipOnly(bool on);
    bool outstandingOnly() const { return m_filter.outstanding.value_or(false); }
    void setOutstandingOnly(bool on);
    int status() const { return m_filter.status ? int(*m_filter.status) : -1; }
    void setStatus(int status);
    int position() const { return m_filter.position ? int(*m_filter.position) : -1; }
    void setPosition(int position);
    int activeFilters() const;
    bool complete() const { return m_complete; }

    const df::MemberRow &rowAt(int row) const { return m_rows[row]; }
    const df::MemberFilter &filter() const { return m_filter; }
    // Reads the first page again (a filter changed).
    void reload();
    // Re-reads the rows already loaded and updates them in place (data changed).
    virtual void refresh();

private:
    // Reads the first `want` rows and turns the loaded rows into them.
    void load(int want);

    QPointer<Workspace> m_workspace;
    df::MemberFilter m_filter;
    QList<df::MemberRow> m_rows;
    bool m_complete = true;
};
