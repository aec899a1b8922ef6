import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Rows of an import that may be one person, with the choice of what to do with them:
// with a stored member, leave it / update it / add the rows as new people; within the file
// only, keep the first row / merge them / add each.
Pane {
    id: root
    // {reason, rows, names, memberName, action} (ImportModel.groups)
    property var group: ({})
    property int groupIndex: 0
    signal actionChosen(int action)

    objectName: "group" + groupIndex
    padding: Theme.spacing
    background: Rectangle { color: Theme.surface; radius: 6 }
    ColumnLayout {
        anchors.fill: parent
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            font.bold: true
            text: root.group.reason
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: (root.group.memberName.length > 0
                   ? qsTr("Already on the device: %1. ").arg(root.group.memberName) : "")
                  + qsTr("In the file: rows %1 (%2).").arg(root.group.rows).arg(root.group.names)
        }
        Flow { // the three choices wrap on a phone
            Layout.fillWidth: true
            spacing: Theme.spacing
            Repeater {
                model: root.group.memberName.length > 0
                       ? [qsTr("Skip"), qsTr("Update"), qsTr("Add as new")]
                       : [qsTr("First row only"), qsTr("Merge into one"), qsTr("Add each")]
                delegate: RadioButton {
                    required property string modelData
                    required property int index
                    objectName: "group" + root.groupIndex + "action" + index
                    text: modelData
                    checked: root.group.action === index
                    onClicked: root.actionChosen(index)
                }
            }
        }
    }
}
