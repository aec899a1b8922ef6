import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Long work in progress over a page: a sentence of how far it is, a bar, and a way out.
// Blocks taps on the page below while shown.
Rectangle {
    id: root
    property string text: ""
    signal cancelled()

    anchors.fill: parent
    color: Theme.scrim
    MouseArea { anchors.fill: parent }
    Pane {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, 420)
        ColumnLayout {
            anchors.fill: parent
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: root.text
            }
            ProgressBar { Layout.fillWidth: true; indeterminate: true }
            Button {
                Layout.alignment: Qt.AlignRight
                text: qsTr("Cancel")
                flat: true
                onClicked: root.cancelled()
            }
        }
    }
}
