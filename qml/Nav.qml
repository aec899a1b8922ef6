pragma Singleton
import QtQuick

// Requests to open a page, from anywhere; Main.qml decides how (push on a phone, a
// detail pane on a tablet).
QtObject {
    signal openMember(string memberId)
    signal openActivity(string activityId)
    signal editActivity(string activityId, string unitId)
    signal openCheckIn(string activityId, bool conference)
    signal openLogHours(string activityId, string memberId)
    signal openMemberHours(string memberId)
    signal openSync()
    signal openConflicts()
    signal openSection(string section)
    signal back()
    // A short message at the bottom of the window.
    signal toast(string text)
}
