import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// One column of a file being imported: its header, the first values under it, and the
// member field it is imported as (the officer can choose another).
Pane {
    id: root
    property int column: 0
    property string header: ""
    property string sample: ""
    property int field: 0
    property var fieldNames: []
    property bool wide: false
    signal fieldChosen(int field)

    padding: Theme.spacing
    background: Rectangle { color: Theme.surface; radius: 6 }
    GridLayout {
        anchors.fill: parent
        columns: root.wide ? 2 : 1
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // the boxes line up on a wide screen
            Label {
                Layout.fillWidth: true
                text: root.header
                font.bold: true
                font.pixelSize: Theme.fontBody
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.sample
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                elide: Text.ElideRight
            }
        }
        ComboBox {
            objectName: "columnField" + root.column
            Layout.fillWidth: !root.wide
            Layout.preferredWidth: 320
            implicitHeight: Theme.touchTarget
            model: root.fieldNames
            currentIndex: root.field
            onActivated: (i) => root.fieldChosen(i)
        }
    }
}
