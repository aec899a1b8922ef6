import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DoanField

// The window's title: back (or the unit drawer at the root) and the current page's title.
ToolBar {
    id: root
    required property StackView stack
    property string fallbackTitle: ""
    signal menuRequested()
    signal backRequested()

    background: Rectangle { color: Theme.primary }
    RowLayout {
        anchors.fill: parent
        spacing: 0
        ToolButton {
            objectName: "backButton"
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: root.stack.depth > 1 ? "‹" : "☰"
            font.pixelSize: Theme.fontTitle
            Material.foreground: Theme.textOnPrimary
            Accessible.name: root.stack.depth > 1 ? qsTr("Back") : qsTr("Units")
            onClicked: root.stack.depth > 1 ? root.backRequested() : root.menuRequested()
        }
        Label {
            Layout.fillWidth: true
            text: root.stack.depth > 1 && root.stack.currentItem && root.stack.currentItem.title
                  ? root.stack.currentItem.title : root.fallbackTitle
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontTitle
            elide: Text.ElideRight
        }
    }
}
