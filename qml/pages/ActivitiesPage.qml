import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Activities of the unit and below, by date, from two months back to three ahead.
Page {
    id: root
    property string unitId: Workspace.rootUnitId
    property string currentActivityId: ""

    background: Rectangle { color: Theme.background }

    ListView {
        id: list
        objectName: "activityList"
        anchors.fill: parent
        clip: true
        keyNavigationEnabled: true
        model: ActivityListModel {
            id: activities
            workspace: Workspace
            unitId: root.unitId
            daysBack: 60
            daysAhead: 90
            onCountChanged: Qt.callLater(() => list.positionViewAtIndex(firstUpcoming(), ListView.Beginning))
        }
        section.property: "day"
        section.delegate: Label {
            required property string section
            width: ListView.view.width
            topPadding: Theme.padding
            bottomPadding: Theme.spacing / 2
            leftPadding: Theme.padding
            text: section
            font.pixelSize: Theme.fontSmall
            font.bold: true
            color: Theme.primary
        }
        delegate: ActivityDelegate {
            width: ListView.view.width
            current: activityId === root.currentActivityId
            onClicked: Nav.openActivity(activityId)
        }
        ScrollIndicator.vertical: ScrollIndicator {}
        PullToSync { flickable: list }

        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("No activities in this period. Tap + to create one.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }

    RoundButton {
        objectName: "newActivityButton"
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: Theme.padding
        implicitWidth: Theme.fabSize
        implicitHeight: Theme.fabSize
        highlighted: true
        text: "+"
        font.pixelSize: Theme.fontLarge
        Accessible.name: qsTr("New activity")
        ToolTip.visible: hovered
        ToolTip.text: qsTr("New activity")
        onClicked: Nav.editActivity("", root.unitId)
    }
}
