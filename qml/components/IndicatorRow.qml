import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// One indicator of the progress page: its name, achieved against target, the share, and a
// bar with a tick where it should be by now; marked when behind. Roles of ProgressModel.
ItemDelegate {
    id: row
    // The share of the period gone by: where the bar should have reached by now.
    property real elapsed: 0
    required property int index
    required property string key
    required property string name
    required property string achieved
    required property string target
    required property string percent
    required property real progress
    required property bool behind
    required property bool hasTarget
    required property bool accumulates
    objectName: "indicator_" + key
    padding: Theme.padding
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    background: Rectangle { color: row.down ? Theme.selected : Theme.surface }
    contentItem: ColumnLayout {
        spacing: 4
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: row.name
                color: Theme.text
                font.pixelSize: Theme.fontBody
                wrapMode: Text.WordWrap
            }
            Label {
                text: row.percent
                visible: row.hasTarget
                font.bold: true
                color: row.behind ? Theme.accent : Theme.success
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: row.hasTarget ? qsTr("Achieved %1 of %2").arg(row.achieved).arg(row.target)
                                    : qsTr("Achieved %1 · no target").arg(row.achieved)
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                wrapMode: Text.WordWrap
            }
            Label {
                visible: row.behind
                // A count in a running period is behind time; anything else was not reached.
                text: row.accumulates && row.elapsed < 1 ? qsTr("Behind") : qsTr("Not reached")
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
                font.bold: true
            }
        }
        Rectangle { // the bar: achieved share of the target; a tick where it should be by now
            Layout.fillWidth: true
            Layout.preferredHeight: 8
            visible: row.hasTarget
            radius: 4
            color: Theme.divider
            Rectangle {
                width: parent.width * row.progress
                height: parent.height
                radius: 4
                color: row.behind ? Theme.warning : Theme.success
            }
            Rectangle { // only a count has a share due by now
                visible: row.accumulates && row.elapsed < 1
                x: parent.width * row.elapsed - 1
                width: 2
                height: parent.height + 4
                y: -2
                color: Theme.text
                opacity: 0.5
            }
        }
    }
}
