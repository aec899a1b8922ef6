import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoanField

// One activity: what, when, where, outputs, and its attendance and hours summaries.
Page {
    id: root
    property string activityId: ""
    // Read again while shown; under the check-in page it waits until the officer is back.
    ActivitySummary { id: summary; workspace: Workspace; activityId: root.activityId; live: root.visible }
    ExportModel { id: exporter; workspace: Workspace }

    // The attendance as Excel: to Documents on a phone, through a file dialog elsewhere.
    function exportAttendance() {
        const file = exporter.suggestedFile("attendance", root.activityId, "xlsx")
        if (Qt.platform.os === "android" || Qt.platform.os === "ios") {
            saveAttendance(file)
            return
        }
        attendanceDialog.currentFolder = String(file).substring(0, String(file).lastIndexOf("/"))
        attendanceDialog.selectedFile = file
        attendanceDialog.open()
    }
    function saveAttendance(file) {
        const problem = exporter.exportAttendance(file, root.activityId)
        Nav.toast(problem.length > 0 ? problem
                                     : qsTr("Saved: %1").arg(decodeURIComponent(String(file).replace("file://", ""))))
    }
    FileDialog {
        id: attendanceDialog
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the attendance")
        acceptLabel: qsTr("Save")
        rejectLabel: qsTr("Cancel")
        defaultSuffix: "xlsx"
        nameFilters: [qsTr("Excel workbook (*.xlsx)"), qsTr("CSV, UTF-8 (*.csv)")]
        onAccepted: root.saveAttendance(selectedFile)
    }
    readonly property var info: summary.info

    background: Rectangle { color: Theme.background }

    Label {
        anchors.centerIn: parent
        visible: !root.info.id
        text: qsTr("Choose an activity to see it here.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }

    Flickable {
        anchors.fill: parent
        visible: !!root.info.id
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: parent.width - 2 * Theme.padding
            spacing: Theme.padding

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.padding
                Rectangle {
                    implicitWidth: 52
                    implicitHeight: 52
                    radius: Theme.radius
                    color: Theme.kindColor(root.info.kind || 0)
                    Label {
                        anchors.centerIn: parent
                        text: Theme.kindBadge(root.info.kind || 0)
                        color: Theme.textOnPrimary
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "activityTitle"
                        Layout.fillWidth: true
                        text: root.info.title || ""
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: (root.info.kindName || "") + " · " + (root.info.unitName || "")
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }

            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("%1 at %2").arg(root.info.date || "").arg(root.info.time || "")
                      + (root.info.place ? " · " + root.info.place : "")
                      + (root.info.campaign ? "\n" + qsTr("Campaign: %1").arg(root.info.campaign) : "")
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                visible: !!root.info.description
                wrapMode: Text.WordWrap
                text: root.info.description || ""
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }

            GridLayout {
                Layout.fillWidth: true
                columns: 3
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                StatTile {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    value: Number(root.info.present + root.info.late || 0).toLocaleString(Qt.locale(), "f", 0)
                           + " / " + Number(root.info.expected || 0).toLocaleString(Qt.locale(), "f", 0)
                    label: qsTr("Attended / expected")
                    tint: Theme.success
                    onClicked: Nav.openCheckIn(root.activityId, false)
                }
                StatTile {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    value: Number(root.info.excused || 0).toLocaleString(Qt.locale(), "f", 0)
                           + " · " + Number(root.info.absent || 0).toLocaleString(Qt.locale(), "f", 0)
                    label: qsTr("Excused · absent")
                    tint: Theme.warning
                }
                StatTile {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    value: Number(root.info.hoursTotal || 0).toLocaleString(Qt.locale(), "f", 1)
                    label: qsTr("Volunteer hours (%n member(s))", "", root.info.hoursMembers || 0)
                    tint: Theme.primary
                }
            }

            Label {
                Layout.fillWidth: true
                visible: (root.info.trees || 0) + (root.info.children || 0)
                         + (root.info.money || 0) + (root.info.works || 0) > 0
                wrapMode: Text.WordWrap
                text: [root.info.trees ? qsTr("%n tree(s) planted", "", root.info.trees) : "",
                       root.info.children ? qsTr("%n child(ren) supported", "", root.info.children) : "",
                       root.info.money ? qsTr("%1 VND raised").arg(Number(root.info.money).toLocaleString(Qt.locale(), "f", 0)) : "",
                       root.info.works ? qsTr("%n work(s) built", "", root.info.works) : ""]
                      .filter(s => s.length > 0).join(" · ")
                font.pixelSize: Theme.fontBody
                color: Theme.success
            }

            GridLayout {
                Layout.fillWidth: true
                columns: root.width > 560 ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing
                Button {
                    objectName: "checkInButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    highlighted: true
                    text: qsTr("Check in")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.openCheckIn(root.activityId, false)
                }
                Button {
                    objectName: "conferenceButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("Conference door mode")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.openCheckIn(root.activityId, true)
                }
                Button {
                    objectName: "logHoursButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("Log hours for attendees")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.openLogHours(root.activityId, "")
                }
                Button {
                    objectName: "exportAttendanceButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("Export attendance")
                    font.pixelSize: Theme.fontBody
                    onClicked: root.exportAttendance()
                }
                Button {
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    text: qsTr("Edit")
                    font.pixelSize: Theme.fontBody
                    onClicked: Nav.editActivity(root.activityId, root.info.unitId)
                }
            }
        }
    }
}
