import QtQuick
import DoanField

// Opens each main screen of the window with sample content: the first upcoming activity
// and the first member. Used for screenshots (main.cpp --page NAME).
Item {
    id: root
    required property var window
    visible: false

    ActivityListModel { id: activities; workspace: Workspace; unitId: root.window.unitId; daysBack: 7; daysAhead: 30; limit: 20 }
    MemberListModel { id: members; workspace: Workspace; unitId: root.window.unitId }

    function show(name) {
        const w = window
        const upcoming = Workspace.ready ? activities.activityIdAt(activities.firstUpcoming()) : ""
        const member = Workspace.ready ? members.memberAt(0) : ""
        switch (name) {
        case "signin": w.reSignIn = true; break
        case "home": w.openSection("home"); break
        case "members": w.openSection("members"); if (w.wide) w.memberId = member; break
        case "member": w.openSection("members"); Nav.openMember(member); break
        case "activities": w.openSection("activities"); if (w.wide) w.activityId = upcoming; break
        case "activity": w.openSection("activities"); Nav.openActivity(upcoming); break
        case "edit-activity": w.openSection("activities"); Nav.editActivity("", w.unitId); break
        case "checkin": w.openSection("activities"); Nav.openCheckIn(upcoming, false); break
        case "conference": w.openSection("activities"); Nav.openCheckIn(upcoming, true); break
        case "hours": w.openSection("activities"); Nav.openLogHours(upcoming, ""); break
        case "member-hours": w.openSection("members"); Nav.openMemberHours(member); break
        case "edit-member": w.openSection("members"); Nav.editMember(member, ""); break
        case "sync": w.openSection("sync"); break
        case "conflicts": w.openSection("sync"); Nav.openConflicts(); break
        }
    }
}
