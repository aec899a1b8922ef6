import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DoanField

// The officer's unit at a glance: counts, today's and upcoming activities, quick actions.
Page {
    id: root
    property string unitId: Workspace.rootUnitId
    property string unitName: Workspace.rootUnitName
    signal chooseUnit()

    UnitSummary { id: unit; workspace: Workspace; unitId: root.unitId }
    ConflictListModel { id: openConflicts; workspace: Workspace; limit: 0 }
    // Counted while the page shows (a large subtree takes a while), not under other pages.
    readonly property int members: visible ? unit.activeMembers : 0
    readonly property int conflicts: openConflicts.total

    background: Rectangle { color: Theme.background }

    ActivityListModel {
        id: upcoming
        workspace: Workspace
        unitId: root.unitId
        daysBack: 0
        daysAhead: 14
        limit: 8
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: parent.width - 2 * Theme.padding
            spacing: Theme.padding

            Pane {
                Layout.fillWidth: true
                padding: Theme.padding
                background: Rectangle { color: Theme.primary; radius: Theme.radius }
                RowLayout {
                    width: parent.width
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        Label {
                            Layout.fillWidth: true
                            text: root.unitName
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.textOnPrimary
                            wrapMode: Text.WordWrap
                        }
                        Label {
                            Layout.fillWidth: true
                            text: Session.username.length > 0
                                  ? qsTr("%1 · %2").arg(Session.username).arg(Session.roleName)
                                  : Session.roleName
                            font.pixelSize: Theme.fontSmall
                            color: Theme.textOnPrimary
                            opacity: 0.85
                        }
                    }
                    Button {
                        objectName: "chooseUnitButton"
                        text: qsTr("Change unit")
                        flat: true
                        implicitHeight: Theme.touchTarget
                        Material.foreground: Theme.textOnPrimary
                        onClicked: root.chooseUnit()
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.spacing
                StatTile {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    value: root.members.toLocaleString(Qt.locale(), "f", 0)
                    label: qsTr("Active members")
                    onClicked: Nav.openSection("members")
                }
                StatTile {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    value: Number(Session.pending).toLocaleString(Qt.locale(), "f", 0)
                    label: qsTr("Changes to sync")
                    tint: Session.pending > 0 ? Theme.warning : Theme.success
                    onClicked: Nav.openSync()
                }
                StatTile {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    value: Number(root.conflicts).toLocaleString(Qt.locale(), "f", 0)
                    label: qsTr("Conflicts")
                    tint: root.conflicts > 0 ? Theme.accent : Theme.success
                    onClicked: Nav.openConflicts()
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 500 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Button {
                    objectName: "quickCheckIn"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    highlighted: true
                    text: qsTr("Check in")
                    font.pixelSize: Theme.fontBody
                    onClicked: upcoming.count > 0
                               ? Nav.openCheckIn(upcoming.activityIdAt(upcoming.firstUpcoming()), false)
                               : Nav.openSection("activities")
                }
                Button {
                    objectName: "quickNewActivity"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("New activity")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.editActivity("", root.unitId)
                }
                Button {
                    objectName: "quickProgress"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("Targets and reports")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.openProgress(root.unitId)
                }
                Button {
                    objectName: "quickLists"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("Excel lists in and out")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.openExport(root.unitId, {})
                }
                Button {
                    objectName: "quickLogHours"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("Log volunteer hours")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.openLogHours("", "")
                }
            }

            Label {
                text: qsTr("Today and the next two weeks")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                visible: upcoming.count === 0
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("No activities planned. Create one with “New activity”.")
                color: Theme.textMuted
                font.pixelSize: Theme.fontBody
            }
            Repeater {
                model: upcoming
                delegate: ActivityDelegate {
                    Layout.fillWidth: true
                    showDay: true
                    onClicked: Nav.openActivity(activityId)
                }
            }
        }
    }
}
