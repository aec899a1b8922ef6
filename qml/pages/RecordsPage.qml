import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// The records behind one figure of the progress page: activities, members or hours.
Page {
    id: root
    property var records: []
    background: Rectangle { color: Theme.background }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: root.records
        spacing: 1
        header: Label {
            width: list.width
            padding: Theme.padding
            text: qsTr("%1 · %n record(s)", "", list.count).arg(root.title)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        delegate: ItemDelegate {
            required property var modelData
            required property int index
            objectName: "record_" + index
            width: list.width
            background: Rectangle { color: parent.down ? Theme.selected : Theme.surface }
            onClicked: modelData.type === "activity" ? Nav.openActivity(modelData.id)
                     : modelData.type === "member" ? Nav.openMember(modelData.id)
                     : Nav.openMemberHours(modelData.memberId)
            contentItem: ColumnLayout {
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: modelData.title
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: modelData.type === "hours"
                          ? qsTr("%1 · %2 h").arg(modelData.detail).arg(Number(modelData.value).toLocaleString(Qt.locale(), "f", 1))
                          : modelData.detail
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
            }
        }
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Nothing recorded for this figure in the period.")
            color: Theme.textMuted
        }
    }
}
