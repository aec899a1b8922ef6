#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

class Workspace;

// Lists taken out of the app as XLSX or CSV: the member list as filtered on screen, an
// activity's attendance, and volunteer hours per member for a period; member cards as PDF. Files
// are named by what they hold, the unit and the date; a phone saves to Documents, a desktop through
// a file dialog that opens there. Each call returns "" when written, else a sentence.
class ExportModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(Workspace *workspace MEMBER m_workspace NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int progress READ progress NOTIFY busyChanged)
    // What the progress counts up to, when known before writing (cards); else 0.
    Q_PROPERTY(int total READ total NOTIFY busyChanged)

public:
    explicit ExportModel(QObject *parent = nullptr);

    // kind: "members", "attendance" (id: an activity), "hours" or "cards" (always PDF);
    // format "xlsx" or "csv".
    Q_INVOKABLE QUrl suggestedFile(const QString &kind, const QString &id,
                                   const QString &format) const;
    // filter: {query, status, position, hardshipOnly, outstandingOnly} as MemberListModel.
    Q_INVOKABLE QString exportMembers(const QUrl &file, const QString &unitId,
                                      const QVariantMap &filter);
    Q_INVOKABLE QString exportAttendance(const QUrl &file, const QString &activityId);
    // from, to: dd/MM/yyyy.
    Q_INVOKABLE QString exportHours(const QUrl &file, const QString &unitId, const QString &from,
                                    const QString &to);
    // Member cards with their QR codes for a unit subtree, A4 PDF pages of 10 (CardSheet).
    Q_INVOKABLE QString exportCards(const QUrl &file, const QString &unitId);
    Q_INVOKABLE void cancel() { m_cancel = true; }
    Q_INVOKABLE QString unitName(const QString &unitId) const;
    // Active members of the unit subtree: how many cards a print makes.
    Q_INVOKABLE int activeMembers(const QString &unitId) const;

Q_SIGNALS:
    void changed();
    void busyChanged();

private:
    bool busy() const { return m_busy; }
    int progress() const { return m_progress; }
    int total() const { return m_total; }
    template<typename Write>
    QString run(const QUrl &file, Write write, const QStringList &suffixes = {".xlsx", ".csv"});
    QPointer<Workspace> m_workspace;
    bool m_busy = false;
    bool m_cancel = false;
    int m_progress = 0;
    int m_total = 0;
};
