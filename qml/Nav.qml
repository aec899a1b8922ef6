pragma Singleton
import QtQuick

// Requests to open a page, from anywhere; Main.qml decides how (push on a phone, a
// detail pane on a tablet).
QtObject {
    signal openMember(string memberId)
    // An empty memberId adds a member to unitId.
    signal editMember(string memberId, string unitId)
    signal openActivity(string activityId)
    signal editActivity(string activityId, string unitId)
    signal openCheckIn(string activityId, bool conference)
    signal openLogHours(string activityId, string memberId)
    signal openMemberHours(string memberId)
    signal openSync()
    signal openConflicts()
    // Targets and progress of a unit (the reports start there).
    signal openProgress(string unitId)
    signal openImport(string unitId)
    // filter: the member list's ({query, status, …}), or {} for the whole unit.
    signal openExport(string unitId, var filter)
    signal openSettings()
    signal openSection(string section)
    signal back()
    // A short message at the bottom of the window.
    signal toast(string text)
    // The same with a button (e.g. "Undo") that calls `action` while the message shows.
    signal toastAction(string text, string actionText, var action)
}
