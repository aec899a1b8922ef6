import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A number with its label, tappable when it leads somewhere.
ItemDelegate {
    id: root
    property string value: ""
    property string label: ""
    property color tint: Theme.primary

    implicitHeight: 84
    Accessible.name: label + " " + value
    background: Rectangle {
        color: root.down ? Theme.selected : Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }
    contentItem: ColumnLayout {
        spacing: 0
        Label {
            Layout.fillWidth: true
            text: root.value
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: root.tint
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: root.label
            font.pixelSize: 12
            color: Theme.textMuted
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
}
