import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A heading and one sentence per row of a file ([{row, sentence}]); hidden when empty.
ColumnLayout {
    id: root
    property string title: ""
    property var sentences: []
    property color color: Theme.text

    visible: sentences.length > 0
    spacing: Theme.spacing / 2
    Label {
        Layout.fillWidth: true
        text: root.title
        font.bold: true
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: root.sentences
        delegate: Label {
            required property var modelData
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: root.color
            text: modelData.sentence
        }
    }
}
