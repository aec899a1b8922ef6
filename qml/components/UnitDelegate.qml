import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// One row of the unit tree: indented by depth, an arrow when it has children.
ItemDelegate {
    id: root
    required property int index
    required property string unitId
    required property string name
    required property string levelName
    required property int depth
    required property int childCount
    required property int memberCount
    required property bool expanded
    // Set while searching: the unit it belongs to (many branches share a name).
    required property string parentName
    property bool current: false
    signal toggleRequested()

    implicitHeight: Math.max(Theme.touchTarget, row.implicitHeight + Theme.spacing)
    highlighted: current
    Accessible.name: name

    contentItem: RowLayout {
        id: row
        spacing: Theme.spacing
        Item { implicitWidth: root.depth * 20 }
        ToolButton {
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            visible: root.childCount > 0
            text: root.expanded ? "▾" : "▸"
            Accessible.name: root.expanded ? qsTr("Collapse %1").arg(root.name)
                                           : qsTr("Expand %1").arg(root.name)
            onClicked: root.toggleRequested()
        }
        Item { implicitWidth: Theme.touchTarget; visible: root.childCount === 0 }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: root.name
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                font.bold: root.current
                color: Theme.text
            }
            Label {
                Layout.fillWidth: true
                readonly property string kind: root.parentName.length > 0
                                               ? qsTr("%1 of %2").arg(root.levelName).arg(root.parentName)
                                               : root.levelName
                text: root.memberCount > 0
                      ? qsTr("%1 · %n member(s)", "", root.memberCount).arg(kind)
                      : kind
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
    }
}
