#pragma once

#include "domain/attendance.h"
#include "domain/member.h"
#include "memberlistmodel.h"

#include <QHash>
#include <QSet>
#include <QVariantMap>

// The roster of an activity for checking in: the members of the activity's unit subtree
// (filtered by the typed text), each with their attendance. One tap writes the attendance
// row and its outbox entry in one transaction on this thread (an indexed upsert), updates
// the row and the counters at once, and can be undone.
class CheckInModel : public MemberListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString activityId READ activityId WRITE setActivityId NOTIFY activityIdChanged)
    Q_PROPERTY(int present READ present NOTIFY countsChanged)
    Q_PROPERTY(int late READ late NOTIFY countsChanged)
    Q_PROPERTY(int excused READ excused NOTIFY countsChanged)
    Q_PROPERTY(int absent READ absent NOTIFY countsChanged)
    Q_PROPERTY(int attended READ attended NOTIFY countsChanged)
    Q_PROPERTY(int expected READ expected NOTIFY countsChanged)
    Q_PROPERTY(int unmarked READ unmarkedCount NOTIFY countsChanged)
    Q_PROPERTY(bool canUndo READ canUndo NOTIFY undoChanged)
    Q_PROPERTY(QString lastAction READ lastAction NOTIFY undoChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    enum Role { StatusRole = CardNumberRole + 1, StatusNameRole, CheckedInAtRole };

    explicit CheckInModel(QObject *parent = nullptr);

    // Marks one member (status: 0 present, 1 late, 2 excused, 3 absent). A member already
    // in that state is left alone. Returns false with errorText set when nothing was written.
    Q_INVOKABLE bool mark(const QString &memberId, int status);
    // Takes back the last mark (or the last "finish"), restoring what was there before.
    Q_INVOKABLE bool undo();
    // Members of the subtree with no attendance yet.
    Q_INVOKABLE int unmarkedCount() const;
    // Marks every member with no attendance yet as absent, in one transaction.
    Q_INVOKABLE int finish();
    // -1 when the member has no attendance.
    Q_INVOKABLE int statusOf(const QString &memberId) const;
    // Door mode: Enter with `text` typed (the roster already filtered by it), or with a
    // row picked by arrows or a tap (`pickedRow` ≥ 0). Never guesses: someone is checked
    // in only when the pick, an exact card number or a single match names them. Answers
    // {result: "checkedIn" | "already" | "choose" | "none", memberId, name, time, count}.
    Q_INVOKABLE QVariantMap admit(const QString &text, int pickedRow);
    // A scanned card code (camera or a scanner that types it). Answers {result, message,
    // memberId, name, time, unit, question, text}:
    // - "checkedIn": written at once (method QR); "already": nothing written, `time` is
    //   the first check-in's;
    // - "guest": a member on this device outside the activity's units or no longer active;
    //   nothing is written until admitGuest, and `question` asks the officer;
    // - "unknown": a valid card whose member is not on this device (or was deleted);
    // - "foreign": not a member card; "damaged"; "newer": made by a later app version.
    // Never guesses. `message` is the sentence to show.
    Q_INVOKABLE QVariantMap admitCode(const QString &code);
    // What a keyboard-wedge scanner typed: a card code, or a barcode holding a card number
    // (any member on this device with exactly that number); otherwise "foreign".
    Q_INVOKABLE QVariantMap admitScanned(const QString &text);
    // Checks in a member from outside the roster as a guest, after the officer said yes.
    Q_INVOKABLE QVariantMap admitGuest(const QString &memberId);
    // Whether typed text is becoming a card code ("DF1:…"): the roster is not searched
    // for it while a scanner types.
    Q_INVOKABLE static bool startsLikeCardCode(const QString &text);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void activityIdChanged();
    void countsChanged();
    void undoChanged();
    void errorChanged();

protected:
    void refresh() override;

private:
    // The properties' accessors.
    QString activityId() const { return m_activityId; }
    void setActivityId(const QString &id);
    int present() const { return m_counts[0]; }
    int late() const { return m_counts[1]; }
    int excused() const { return m_counts[2]; }
    int absent() const { return m_counts[3]; }
    int attended() const { return m_counts[0] + m_counts[1]; }
    int expected() const { return m_expected; }
    bool canUndo() const { return !m_undo.isEmpty(); }
    QString lastAction() const { return m_lastAction; }
    QString errorText() const { return m_error; }

    struct Undo
    {
        QString memberId;
        std::optional<df::Attendance> before; // nothing: the tap created the row
        QString versionsAfter;                // what the tap left, to retract it
    };
    void loadMarks();
    void recount();
    void setError(const QString &error);
    void refreshRow(const QString &memberId);
    bool write(const QString &memberId, df::AttendanceStatus status, QList<Undo> &undo,
               df::CheckInMethod method = df::CheckInMethod::List);
    bool markWith(const QString &memberId, int status, df::CheckInMethod method);
    QString checkInTime(const QString &memberId) const;
    // Completes a scan answer: result, the first check-in time and a sentence to show.
    QVariantMap scanAnswer(QVariantMap &out, const char *result) const;
    QVariantMap admitMember(const df::Member &member, QVariantMap &out);
    QSet<QString> offRoster() const;
    bool restore(const Undo &undo);

    QString m_activityId;
    QHash<QString, df::Attendance> m_marks;
    QStringList m_subtree;     // unit ids of the activity's subtree: the roster's, not guests'
    QSet<QString> m_offRoster; // marked members who are not on the roster (guests)
    std::array<int, 4> m_counts{};
    int m_expected = 0;
    QList<QList<Undo>> m_undo;
    QStringList m_undoNames; // what each undo step takes back, for the bottom bar
    QString m_lastAction;
    QString m_error;
};
