import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A labelled drop-down list.
ColumnLayout {
    id: root
    property alias label: caption.text
    property alias model: box.model
    property alias currentIndex: box.currentIndex
    property alias box: box
    spacing: 2
    Layout.fillWidth: true

    Label {
        id: caption
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
    ComboBox {
        id: box
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        Accessible.name: caption.text
    }
}
