import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// The bottom navigation of a phone: one tab per section, icon over label.
TabBar {
    id: root
    property var sections: []
    property string current: ""
    signal chosen(string key)

    currentIndex: sections.findIndex(s => s.key === current)
    Repeater {
        model: root.sections
        delegate: TabButton {
            id: tab
            required property var modelData
            objectName: "tab_" + modelData.key
            implicitHeight: 60
            Accessible.name: modelData.label
            contentItem: ColumnLayout {
                spacing: 0
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: tab.modelData.icon
                    font.pixelSize: Theme.fontTitle
                    color: tab.checked ? Theme.primary : Theme.textMuted
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: tab.modelData.label
                    font.pixelSize: Theme.fontCaption
                    color: tab.checked ? Theme.primary : Theme.text
                }
            }
            onClicked: root.chosen(modelData.key)
        }
    }
}
