import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A labelled text field with its validation message underneath.
ColumnLayout {
    id: root
    property alias label: caption.text
    property alias text: field.text
    property alias placeholderText: field.placeholderText
    property alias inputMethodHints: field.inputMethodHints
    property alias field: field
    property string error: ""
    // The user changed the text (not a program): the page can clear its summary line.
    signal edited()
    spacing: 2
    Layout.fillWidth: true

    Label {
        id: caption
        font.pixelSize: Theme.fontSmall
        color: root.error.length > 0 ? Theme.accent : Theme.textMuted
    }
    TextField {
        id: field
        Layout.fillWidth: true
        font.pixelSize: Theme.fontBody
        Accessible.name: caption.text
        onTextEdited: {
            root.error = ""
            root.edited()
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.error.length > 0
        text: root.error
        wrapMode: Text.WordWrap
        font.pixelSize: Theme.fontSmall
        color: Theme.accent
    }
}
