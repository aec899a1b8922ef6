#pragma once

#include "memberimport.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>
#include <memory>

class Workspace;

// The member-list import, step by step: a file is opened and its columns guessed
// (mapping), the officer corrects the guesses, a dry run counts new, updated, unchanged
// and refused rows and groups possible duplicates (preview), and apply writes it all
// through the workspace's write path in one transaction; until those rows sync, undo
// takes them back. Long steps report progress and keep the window painting.
class ImportModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace READ workspace WRITE setWorkspace NOTIFY changed)
    Q_PROPERTY(QString unitId MEMBER m_unitId NOTIFY changed)
    Q_PROPERTY(QString unitName READ unitName NOTIFY changed)
    // A sentence when the unit is not a branch (members belong to branches).
    Q_PROPERTY(QString unitNote READ unitNote NOTIFY changed)
    // "choose", "mapping", "preview" or "done".
    Q_PROPERTY(QString step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int progress READ progress NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY changed)
    Q_PROPERTY(QString fileName READ fileName NOTIFY changed)
    Q_PROPERTY(QString fileDescription READ fileDescription NOTIFY changed)
    Q_PROPERTY(int headerRow READ headerRow NOTIFY changed)
    Q_PROPERTY(bool tcvn3Suspected READ tcvn3Suspected NOTIFY changed)
    Q_PROPERTY(bool convertTcvn3 READ convertTcvn3 WRITE setConvertTcvn3 NOTIFY changed)
    // [{header, field, sample}] per column of the file.
    Q_PROPERTY(QVariantList columns READ columns NOTIFY changed)
    Q_PROPERTY(QStringList fieldNames READ fieldNames NOTIFY changed)
    Q_PROPERTY(QVariantMap counts READ counts NOTIFY changed)
    // [{row, sentence}], the first 500.
    Q_PROPERTY(QVariantList refusals READ refusals NOTIFY changed)
    Q_PROPERTY(QVariantList warnings READ warnings NOTIFY changed)
    // [{reason, rows, names, memberName, action}]; action 0 skip, 1 update, 2 add.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY changed)

public:
    explicit ImportModel(QObject *parent = nullptr);
    ~ImportModel() override;

    Workspace *workspace() const { return m_workspace; }
    // Also finds the last import into this workspace, which may still be undone after its
    // page was left.
    void setWorkspace(Workspace *workspace);

    Q_INVOKABLE bool open(const QUrl &file);
    Q_INVOKABLE void setColumnField(int column, int field);
    Q_INVOKABLE bool preview();
    Q_INVOKABLE void setGroupAction(int group, int action);
    Q_INVOKABLE bool apply();
    Q_INVOKABLE bool undo();
    Q_INVOKABLE void cancel() { m_cancel = true; }
    // Back to an earlier step ("choose", "mapping").
    Q_INVOKABLE void back(const QString &step);

Q_SIGNALS:
    void changed();
    void busyChanged();

private:
    QString step() const { return m_step; }
    QString unitName() const;
    QString unitNote() const;
    bool busy() const { return m_busy; }
    int progress() const { return m_progress; }
    QString error() const { return m_error; }
    QString fileName() const { return m_fileName; }
    QString fileDescription() const;
    int headerRow() const;
    bool tcvn3Suspected() const;
    bool convertTcvn3() const;
    void setConvertTcvn3(bool on);
    QVariantList columns() const;
    QStringList fieldNames() const;
    QVariantMap counts() const;
    QVariantList refusals() const;
    QVariantList warnings() const;
    QVariantList groups() const;
    QString result() const { return m_result; }
    bool canUndo() const { return m_canUndo; }
    void checkUndo();
    void watch();
    bool ready(QString *why) const;
    df::io::MemberImport::Progress progressFn();
    void setBusy(bool on);

    QPointer<Workspace> m_workspace;
    QString m_unitId;
    QString m_step = QStringLiteral("choose");
    QString m_error, m_fileName, m_result;
    bool m_busy = false;
    bool m_cancel = false;
    bool m_canUndo = false;
    bool m_watching = false;
    int m_progress = 0;
    std::unique_ptr<df::io::MemberImport> m_import;
    std::shared_ptr<df::io::ImportBatch> m_batch; // shared with the last-import record
};
