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
    MemberEditor { id: tourMember; workspace: Workspace }

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
        case "settings": Nav.openSettings(); break
        case "progress": Nav.openProgress(w.unitId); break
        case "targets":
        case "report":
            Nav.openProgress(w.unitId)
            sub.scene = name
            sub.start()
            break
        case "export": Nav.openExport(w.unitId, {}); break
        case "import": Nav.openImport(w.unitId); break
        case "import-mapping":
        case "import-preview":
            Nav.openImport(w.unitId)
            imp.scene = name
            imp.start()
            break
        case "dark-home": Preferences.preview(2); w.openSection("home"); break
        case "dark-checkin": Preferences.preview(2); w.openSection("activities"); Nav.openCheckIn(upcoming, false); break
        case "scan":
        case "scan-already":
            w.openSection("activities")
            Nav.openCheckIn(upcoming, true)
            scan.scene = name
            scan.start()
            break
        case "member-card":
            w.openSection("members")
            if (w.wide)
                w.memberId = member
            else
                Nav.openMember(member)
            card.start()
            break
        case "door-choose":
        case "door-already":
            w.openSection("activities")
            Nav.openCheckIn(upcoming, true)
            door.scene = name
            door.start()
            break
        }
    }
    // The targets grid and the report preview open from the progress page.
    Timer {
        id: sub
        property string scene: ""
        interval: 300
        onTriggered: {
            const page = root.window.currentPage
            if (!page || !page.progress)
                return
            if (scene === "targets")
                page.openTargets()
            else
                page.openReport()
        }
    }
    // The import with the sample list shipped in the app (qml/samples): its columns, or
    // the preview with a refused row and a possible duplicate.
    Timer {
        id: imp
        property string scene: ""
        interval: 300
        onTriggered: {
            const page = root.window.currentPage
            if (!page || !page.importer)
                return
            page.importer.open("qrc:/qt/qml/DoanField/samples/danh-sach-mau.csv")
            if (scene === "import-preview")
                page.importer.preview()
        }
    }
    // At the door: a common family name (several match), or someone checked in twice.
    Timer {
        id: door
        property string scene: ""
        interval: 500
        onTriggered: {
            const page = root.window.currentPage
            if (!page || !page.typeAndEnter)
                return
            tourMember.load(page.model.memberAt(0))
            const name = tourMember.fullName
            if (scene === "door-choose") {
                page.typeAndEnter(name.split(" ")[0])
            } else {
                const card = tourMember.cardNumber || name
                page.typeAndEnter(card)
                page.typeAndEnter(card)
            }
        }
    }
    // The camera at the door, shown a card (an ImageFrameSource draws it): checked in, or
    // a card shown a second time.
    ImageFrameSource { id: tourFrames }
    MemberProfile { id: tourProfile; workspace: Workspace }
    Timer {
        id: scan
        property string scene: ""
        interval: 100
        repeat: true
        onTriggered: {
            // Waits for the check-in page and its roster (a tablet pushes it later).
            const page = root.window.currentPage
            if (!page || page.frameSource === undefined || page.model.rowCount() < 2)
                return
            stop()
            const id = page.model.memberAt(1)
            tourProfile.memberId = id
            if (scene === "scan-already")
                page.model.mark(id, 0)
            page.scanAnswerMs = 60000 // the answer stays for the screenshot
            tourFrames.cardCode = tourProfile.cardCode
            page.frameSource = tourFrames
            page.scanning = true
        }
    }
    // A member's card code full-screen on the profile.
    Timer {
        id: card
        interval: 500
        onTriggered: {
            const page = root.window.currentPage
            if (page && page.showCard)
                page.showCard()
        }
    }
}
