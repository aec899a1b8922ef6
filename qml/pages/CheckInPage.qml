import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Checking in an activity. A tap marks present at once (offline too), counters stay in
// view, the last action can be undone, and "Finish" marks everyone left absent in one
// confirmed step. Conference mode: a big search field that takes the focus back after
// every check-in, for a queue of delegates at the door.
Page {
    id: root
    property string activityId: ""
    property bool conference: false
    readonly property alias model: roster
    readonly property var info: Workspace.activityInfo(activityId)

    background: Rectangle { color: Theme.background }

    function mark(memberId, status) {
        if (roster.mark(memberId, status) && root.conference) {
            search.text = ""
            search.forceActiveFocus()
        }
    }

    CheckInModel {
        id: roster
        workspace: Workspace
        activityId: root.activityId
    }

    header: ColumnLayout {
        spacing: 0
        Pane {
            Layout.fillWidth: true
            padding: Theme.spacing
            leftPadding: Theme.padding
            rightPadding: Theme.padding
            background: Rectangle { color: Theme.surface }
            RowLayout {
                width: parent.width
                spacing: Theme.padding
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: root.info.title || ""
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Late %1 · excused %2 · absent %3")
                              .arg(roster.late).arg(roster.excused).arg(roster.absent)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        objectName: "counter"
                        Layout.alignment: Qt.AlignRight
                        text: roster.attended + " / " + roster.expected
                        font.pixelSize: root.conference ? 36 : Theme.fontHeadline
                        font.bold: true
                        color: Theme.success
                    }
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("present / expected")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }
        }
        TextField {
            id: search
            objectName: "checkInSearch"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            implicitHeight: root.conference ? 72 : implicitContentHeight + topPadding + bottomPadding
            placeholderText: root.conference ? qsTr("Type a name or card number…")
                                             : qsTr("Search the roster")
            inputMethodHints: Qt.ImhNoPredictiveText
            font.pixelSize: root.conference ? 28 : Theme.fontBody
            focus: root.conference
            onTextChanged: roster.query = text
            // In a queue the first match is usually the person: Enter checks them in.
            onAccepted: if (roster.count > 0) root.mark(list.itemAtIndex(0).memberId, 0)
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            visible: roster.errorText.length > 0
            text: roster.errorText
            wrapMode: Text.WordWrap
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
        }
    }

    ListView {
        id: list
        objectName: "roster"
        anchors.fill: parent
        clip: true
        keyNavigationEnabled: true
        model: roster
        delegate: CheckInDelegate {
            width: ListView.view.width
            large: root.conference
            onMarkRequested: (memberId, status) => root.mark(memberId, status)
        }
        ScrollIndicator.vertical: ScrollIndicator {}
        PullToSync { flickable: list }
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: roster.query.length > 0 ? qsTr("No member matches “%1”.").arg(roster.query)
                                          : qsTr("No members in this unit.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }

    footer: Pane {
        padding: Theme.spacing
        background: Rectangle { color: Theme.surface; Rectangle { width: parent.width; height: 1; color: Theme.divider } }
        RowLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                objectName: "lastAction"
                Layout.fillWidth: true
                text: roster.lastAction.length > 0 ? roster.lastAction
                                                   : qsTr("%n member(s) not yet marked", "", roster.unmarked)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Button {
                objectName: "undoButton"
                implicitHeight: Theme.touchTarget
                visible: roster.canUndo
                flat: true
                text: qsTr("Undo")
                onClicked: roster.undo()
            }
            Button {
                objectName: "finishButton"
                implicitHeight: Theme.touchTarget
                text: qsTr("Finish")
                onClicked: finishDialog.open()
            }
        }
    }

    Dialog {
        id: finishDialog
        objectName: "finishDialog"
        anchors.centerIn: parent
        width: Math.max(280, Math.min(root.width - 2 * Theme.padding, 420))
        modal: true
        title: qsTr("Finish check-in?")
        footer: DialogButtons { acceptText: qsTr("Mark absent") }
        Label {
            width: finishDialog.availableWidth
            wrapMode: Text.WordWrap
            text: qsTr("%n member(s) with no check-in will be marked absent. You can undo this.", "",
                       roster.unmarked)
            font.pixelSize: Theme.fontBody
        }
        onAccepted: {
            const n = roster.finish()
            Nav.toast(qsTr("%n member(s) marked absent", "", n))
        }
    }
}
