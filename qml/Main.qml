import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DoanField

// The window. A phone (≤ 600 px wide) gets one column with bottom navigation; a tablet or
// desktop gets a navigation rail and lists with their detail side by side. The sync
// state shows under the title on every screen.
ApplicationWindow {
    id: window
    width: 412
    height: 915
    visible: true
    title: "Đoàn Field"
    color: Theme.background
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary

    readonly property bool wide: width > Theme.phoneMaxWidth
    property string section: "home"
    property string unitId: Workspace.rootUnitId
    property string unitName: Workspace.rootUnitName
    property string memberId: ""
    property string activityId: ""
    property bool reSignIn: false
    readonly property bool signingIn: Session.mode === Session.SignedOut || reSignIn
    readonly property bool loading: !signingIn && (!Workspace.ready || Session.firstSync)
    readonly property var sections: [
        { key: "home", label: qsTr("Home"), icon: "⌂" },
        { key: "members", label: qsTr("Members"), icon: "☷" },
        { key: "activities", label: qsTr("Activities"), icon: "▦" },
        { key: "sync", label: qsTr("Sync"), icon: "⟳" }
    ]

    // The unit shown left this device, or none is chosen yet: the account's own unit.
    UnitSummary {
        id: shownUnit
        workspace: Workspace
        unitId: window.unitId
        onChanged: {
            if (Workspace.ready && !exists && Workspace.rootUnitId.length > 0) {
                window.unitId = Workspace.rootUnitId
                window.unitName = Workspace.rootUnitName
            }
        }
    }
    Connections {
        target: Session
        function onModeChanged() {
            window.reSignIn = false
            window.memberId = ""
            window.activityId = ""
            window.unitId = Workspace.rootUnitId
            window.unitName = Workspace.rootUnitName
            window.openSection("home")
        }
    }

    function chooseUnit(id, name) {
        unitId = id
        unitName = name
        unitDrawer.close()
    }
    function openSection(key) {
        // Door mode is left only on purpose: the page asks first, then goes where asked.
        const page = stack.currentItem
        if (page && page.holdsNavigation) {
            page.requestLeave(() => window.openSection(key))
            return
        }
        if (key === "signin") {
            reSignIn = true
            return
        }
        reSignIn = false
        section = key
        stack.clear()
        const roots = { home: homeRoot, members: wide ? membersSplit : membersRoot,
                        activities: wide ? activitiesSplit : activitiesRoot, sync: syncRoot }
        stack.push(roots[key] || homeRoot)
    }
    // Turning a tablet swaps the section's root layout; pages opened above it stay.
    onWideChanged: if (stack.depth === 1) openSection(section)
    Component.onCompleted: openSection("home")

    // Opens a main screen with sample content, for screenshots (main.cpp --page).
    function showScreen(name) { tour.show(name) }
    readonly property alias currentPage: stack.currentItem
    ScreenTour { id: tour; window: window }
    function openCheckInForBench(activityId) { Nav.openCheckIn(activityId, false) }

    Connections {
        target: Nav
        function onOpenMember(id) {
            if (window.wide && window.section === "members" && stack.depth === 1)
                window.memberId = id
            else
                stack.push(memberPage, { memberId: id })
        }
        function onOpenActivity(id) {
            if (window.wide && window.section === "activities" && stack.depth === 1)
                window.activityId = id
            else
                stack.push(activityPage, { activityId: id })
        }
        function onEditMember(id, unit) {
            stack.push(memberEditPage, { memberId: id, unitId: unit.length > 0 ? unit : window.unitId })
        }
        function onEditActivity(id, unit) {
            stack.push(activityEditPage, { activityId: id, unitId: unit.length > 0 ? unit : window.unitId })
        }
        function onOpenCheckIn(id, conference) {
            if (id.length > 0)
                stack.push(checkInPage, { activityId: id, conference: conference })
        }
        function onOpenLogHours(activity, member) {
            stack.push(logHoursPage, { activityId: activity, memberId: member, unitId: window.unitId })
        }
        function onOpenMemberHours(id) { stack.push(memberHoursPage, { memberId: id }) }
        function onOpenSync() { window.openSection("sync") }
        function onOpenConflicts() { stack.push(conflictsPage) }
        function onOpenProgress(id) { stack.push(progressPage, { unitId: id.length > 0 ? id : window.unitId }) }
        function onOpenImport(id) { stack.push(importPage, { unitId: id.length > 0 ? id : window.unitId }) }
        function onOpenExport(id, filter) {
            stack.push(exportPage, { unitId: id.length > 0 ? id : window.unitId, memberFilter: filter || {} })
        }
        function onOpenSettings() {
            unitDrawer.close()
            stack.push(settingsPage)
        }
        function onOpenSection(key) { window.openSection(key) }
        function onBack() { if (stack.depth > 1) stack.pop() }
        function onToast(text) { toast.show(text) }
        function onToastAction(text, actionText, action) { toast.show(text, actionText, action) }
    }

    // Back (the key, Escape, the title bar's arrow): a page that must not be left by a
    // bump (door mode) is asked first.
    function goBack() {
        const page = stack.currentItem
        if (page && typeof page.requestLeave === "function")
            page.requestLeave()
        else if (stack.depth > 1)
            stack.pop()
    }
    Shortcut {
        sequences: [StandardKey.Back, "Esc"]
        enabled: !window.signingIn && stack.depth > 1
        onActivated: window.goBack()
    }

    header: ColumnLayout {
        spacing: 0
        visible: !window.signingIn && !window.loading
        TitleBar {
            Layout.fillWidth: true
            stack: stack
            fallbackTitle: window.unitName
            onMenuRequested: unitDrawer.open()
            onBackRequested: window.goBack()
        }
        SyncBar { Layout.fillWidth: true }
    }

    footer: BottomNav {
        visible: !window.wide && !window.signingIn && !window.loading
        sections: window.sections
        current: window.section
        onChosen: key => window.openSection(key)
    }

    SignInPage {
        anchors.fill: parent
        visible: window.signingIn
    }

    LoadingPage {
        anchors.fill: parent
        visible: window.loading
    }

    Drawer {
        id: unitDrawer
        width: Math.min(window.width * 0.85, 380)
        height: window.height
        interactive: !window.signingIn && !window.loading && stack.depth <= 1
        ColumnLayout {
            anchors.fill: parent
            spacing: 0
            ItemDelegate {
                objectName: "settingsEntry"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget + 8
                text: "⚙  " + qsTr("Settings")
                font.pixelSize: Theme.fontBody
                onClicked: Nav.openSettings()
            }
            Rectangle { Layout.fillWidth: true; implicitHeight: 1; color: Theme.divider }
            UnitsPage {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentUnitId: window.unitId
                onUnitChosen: (id, name) => window.chooseUnit(id, name)
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: !window.signingIn && !window.loading

        NavRail {
            visible: window.wide
            Layout.fillHeight: true
            Layout.preferredWidth: 96
            sections: window.sections
            current: window.section
            onChosen: key => window.openSection(key)
        }
        Rectangle { visible: window.wide; Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }

        StackView {
            id: stack
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    Toast { id: toast }

    Component { id: homeRoot; HomePage { unitId: window.unitId; unitName: window.unitName; onChooseUnit: unitDrawer.open() } }
    Component {
        id: membersRoot
        MembersPage { unitId: window.unitId; unitName: window.unitName; onMemberChosen: id => Nav.openMember(id) }
    }
    Component {
        id: membersSplit
        MembersSplitPage {
            title: qsTr("Members")
            unitId: window.unitId
            unitName: window.unitName
            memberId: window.memberId
        }
    }
    Component { id: activitiesRoot; ActivitiesPage { unitId: window.unitId } }
    Component {
        id: activitiesSplit
        ActivitiesSplitPage {
            title: qsTr("Activities")
            unitId: window.unitId
            activityId: window.activityId
        }
    }
    Component { id: syncRoot; SyncPage {} }
    Component { id: memberPage; MemberPage { title: qsTr("Member profile") } }
    Component { id: activityPage; ActivityPage { title: qsTr("Activity") } }
    Component {
        id: activityEditPage
        ActivityEditPage {
            title: qsTr("Activity")
            onSaved: id => { stack.pop(); Nav.openActivity(id) }
        }
    }
    Component {
        id: memberEditPage
        MemberEditPage {
            title: qsTr("Member profile")
            onSaved: id => {
                const added = memberId.length === 0
                stack.pop()
                if (added)
                    Nav.openMember(id)
            }
        }
    }
    Component { id: settingsPage; SettingsPage { title: qsTr("Settings") } }
    Component { id: checkInPage; CheckInPage { title: conference ? qsTr("Conference check-in") : qsTr("Check-in") } }
    Component { id: logHoursPage; LogHoursPage { title: qsTr("Volunteer hours") } }
    Component { id: memberHoursPage; MemberHoursPage { title: qsTr("Volunteer hours") } }
    Component { id: conflictsPage; ConflictsPage { title: qsTr("Conflicts") } }
    Component { id: progressPage; ProgressPage { title: qsTr("Targets and progress") } }
    Component { id: importPage; ImportPage { objectName: "importPage"; title: qsTr("Import members") } }
    Component { id: exportPage; ExportPage { objectName: "exportPage"; title: qsTr("Excel lists in and out") } }
}
