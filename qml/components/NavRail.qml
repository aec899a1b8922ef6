import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// The navigation rail of a tablet or desktop: one entry per section, icon over label.
Pane {
    id: root
    property var sections: []
    property string current: ""
    signal chosen(string key)

    padding: 0
    background: Rectangle { color: Theme.surface }
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Repeater {
            model: root.sections
            delegate: ItemDelegate {
                id: entry
                required property var modelData
                Layout.fillWidth: true
                implicitHeight: 72
                highlighted: root.current === modelData.key
                Accessible.name: modelData.label
                contentItem: ColumnLayout {
                    spacing: 2
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: entry.modelData.icon
                        font.pixelSize: Theme.fontHeadline
                        color: entry.highlighted ? Theme.primary : Theme.textMuted
                    }
                    Label {
                        Layout.alignment: Qt.AlignHCenter
                        text: entry.modelData.label
                        font.pixelSize: Theme.fontSmall
                        color: entry.highlighted ? Theme.primary : Theme.text
                    }
                }
                onClicked: root.chosen(modelData.key)
            }
        }
    }
}
