import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Records where two people changed the same thing. Each shows both values, who and
// when; keeping one writes a new change that every device receives. The list updates in
// place as syncs bring or resolve conflicts.
Page {
    id: root
    readonly property alias conflicts: conflictRows
    ConflictListModel { id: conflictRows; workspace: Workspace }

    background: Rectangle { color: Theme.background }

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        clip: true
        model: conflictRows
        header: Label {
            width: ListView.view.width
            bottomPadding: Theme.spacing
            text: qsTr("Conflicts")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        delegate: ConflictCard {
            conflicts: conflictRows
            width: ListView.view.width
        }
        Label {
            anchors.centerIn: parent
            width: parent.width
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("No conflicts. When two people change the same thing, it shows here.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }
}
