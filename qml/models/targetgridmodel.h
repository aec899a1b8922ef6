#pragma once

#include "controller.h"

#include <QAbstractTableModel>

// The targets of a unit and each of its child units for a year or one half: a row per
// unit (the unit first), a column per indicator. Cells this account may not set (its own
// unit, for all but an administrator; everything, for a branch) are read-only, as the
// server enforces. A value is written through the store's target write path and syncs.
class TargetGridModel : public QAbstractTableModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY settingsChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY settingsChanged)
    Q_PROPERTY(int half READ half WRITE setHalf NOTIFY settingsChanged) // 0 year, 1, 2
    Q_PROPERTY(bool anyEditable READ anyEditable NOTIFY reloaded)
    Q_PROPERTY(QStringList unitNames READ unitNames NOTIFY reloaded)
    Q_PROPERTY(QStringList indicatorNames READ indicatorNames NOTIFY reloaded)
    // Counts the reloads: cells bind to it, as text() is a function QML cannot watch.
    Q_PROPERTY(int revision READ revision NOTIFY reloaded)

public:
    enum Role { ValueRole = Qt::UserRole + 1, EditableRole, UnitNameRole, IndicatorRole };
    explicit TargetGridModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *w);

    // Sets (or, with an empty text, clears) a cell's target: "" when written, else a
    // sentence. Numbers are read as the UI language writes them (1.500 or 1500).
    Q_INVOKABLE QString setValue(int row, int column, const QString &text);
    Q_INVOKABLE bool editable(int row) const;
    Q_INVOKABLE QString text(int row, int column) const;

Q_SIGNALS:
    void workspaceChanged();
    void settingsChanged();
    void reloaded();

private:
    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);
    int year() const { return m_year; }
    void setYear(int y);
    int half() const { return m_half; }
    void setHalf(int h);
    bool anyEditable() const;
    int revision() const { return m_revision; }
    QStringList unitNames() const;
    QStringList indicatorNames() const;
    void reload();

    struct Row
    {
        QString unitId, name;
        QList<std::optional<double>> values;
    };
    QPointer<Workspace> m_workspace;
    QString m_unitId;
    int m_year = 0;
    int m_half = 0;
    int m_revision = 0;
    QList<Row> m_rows;
};
