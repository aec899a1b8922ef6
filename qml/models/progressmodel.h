#pragma once

#include "controller.h"
#include "report/report.h"

#include <QAbstractListModel>
#include <QVariantList>

// The progress page: for a unit and a period, each indicator's target, achieved figure,
// share and whether it is behind, from the device's store (so it works offline); the
// child units ranked; the records behind a figure; and the report made from the same
// figures, previewed as HTML and saved as XLSX or PDF. The work year's cut-off (yearEnd,
// "MM-dd") is bound to the setting Preferences.yearEnd.
class ProgressModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY settingsChanged)
    // "year", "h1", "h2" or "custom" (from, to as dd/MM/yyyy).
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY settingsChanged)
    Q_PROPERTY(int year READ year WRITE setYear NOTIFY settingsChanged)
    Q_PROPERTY(QString from READ from WRITE setFrom NOTIFY settingsChanged)
    Q_PROPERTY(QString to READ to WRITE setTo NOTIFY settingsChanged)
    Q_PROPERTY(QString yearEnd READ yearEnd WRITE setYearEnd NOTIFY settingsChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY computed)
    Q_PROPERTY(QString unitName READ unitName NOTIFY computed)
    Q_PROPERTY(QString periodTitle READ periodTitle NOTIFY computed)
    Q_PROPERTY(double elapsed READ elapsed NOTIFY computed)
    Q_PROPERTY(int behindCount READ behindCount NOTIFY computed)
    Q_PROPERTY(QVariantList ranking READ ranking NOTIFY computed)
    Q_PROPERTY(QString html READ html NOTIFY computed)
    Q_PROPERTY(QString suggestedName READ suggestedName NOTIFY computed)

public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        AchievedRole,
        TargetRole,
        PercentRole,
        ProgressRole,
        BehindRole,
        KnownRole,
        HasTargetRole,
        UnitRole,
        AccumulatesRole, // counted over the period: its bar has a tick where it should be by now
    };
    explicit ProgressModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *w);

    // The records behind one figure: [{type: "activity"|"member"|"hours", id, memberId,
    // title, detail, value}].
    Q_INVOKABLE QVariantList records(const QString &indicator) const;
    // Writes the report to a file URL or path, as XLSX or PDF by its suffix; "" when
    // written, else a sentence saying what went wrong.
    Q_INVOKABLE QString save(const QUrl &file) const;
    // Where a report goes when no file dialog is used (phones): the documents folder.
    Q_INVOKABLE QUrl defaultFile(const QString &suffix) const;

Q_SIGNALS:
    void workspaceChanged();
    void settingsChanged();
    void computed();

private:
    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &id);
    QString period() const { return m_period; }
    void setPeriod(const QString &p);
    int year() const { return m_year; }
    void setYear(int y);
    QString from() const { return m_from; }
    void setFrom(const QString &t);
    QString to() const { return m_to; }
    void setTo(const QString &t);
    QString yearEnd() const { return m_yearEnd; }
    void setYearEnd(const QString &t);
    QString problem() const { return m_problem; }
    QString unitName() const { return m_report.total.name; }
    QString periodTitle() const { return m_computed ? m_report.period.title() : QString(); }
    double elapsed() const { return m_computed ? m_report.period.elapsed(m_report.asOf) : 0; }
    int behindCount() const;
    QVariantList ranking() const;
    QString html() const;
    QString suggestedName() const;
    std::optional<df::Period> chosenPeriod(QString *why) const;
    void schedule();
    void compute();

    QPointer<Workspace> m_workspace;
    QString m_unitId, m_period = QStringLiteral("year"), m_from, m_to, m_problem;
    QString m_yearEnd = df::WorkYear().text();
    int m_year = 0;
    bool m_computed = false;
    bool m_pending = false;
    df::Report m_report;
    // Kept while the workspace stays open, with its second connection and that
    // connection's page cache (ReportBuilder::build).
    std::unique_ptr<df::ReportBuilder> m_builder;
};
