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

    // Grows for a label that wraps (long Vietnamese labels in a third of a phone's width).
    implicitHeight: Math.max(84, implicitContentHeight + topPadding + bottomPadding)
    Layout.fillHeight: true
    Accessible.name: label + " " + value
    background: Rectangle {
        color: root.down ? Theme.selected : Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }
    contentItem: ColumnLayout {
        spacing: 0
        Label {
            objectName: "tileValue"
            Layout.fillWidth: true
            text: root.value
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontBody
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: root.tint
            elide: Text.ElideRight
        }
        Label {
            objectName: "tileLabel"
            Layout.fillWidth: true
            text: root.label
            Layout.fillHeight: true
            verticalAlignment: Text.AlignTop
            font.pixelSize: Theme.fontCaption
            color: Theme.textMuted
            wrapMode: Text.Wrap
        }
    }
}
