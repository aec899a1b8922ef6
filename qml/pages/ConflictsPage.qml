import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Records where two people changed the same thing. Each shows both values, who and
// when; keeping one writes a new change that every device receives.
Page {
    id: root
    property var conflicts: []
    function refresh() { conflicts = Workspace.openConflicts() }
    Component.onCompleted: refresh()
    Connections {
        target: Workspace
        function onDataChanged() { root.refresh() }
    }

    background: Rectangle { color: Theme.background }

    ListView {
        id: list
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing
        clip: true
        model: root.conflicts
        header: Label {
            width: ListView.view.width
            bottomPadding: Theme.spacing
            text: qsTr("Conflicts")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            color: Theme.text
        }
        delegate: Pane {
            id: card
            required property var modelData
            width: ListView.view.width
            background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }
            ColumnLayout {
                width: parent.width
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    text: (card.modelData.record || qsTr("A record")) + " · " + card.modelData.field
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    color: Theme.text
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Now: “%1”, by %2 at %3").arg(card.modelData.keptValue)
                          .arg(card.modelData.keptUser || qsTr("someone")).arg(card.modelData.keptWhen)
                    wrapMode: Text.WordWrap
                    color: Theme.success
                }
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Overwritten: “%1”, by %2 at %3").arg(card.modelData.lostValue)
                          .arg(card.modelData.lostUser || qsTr("someone")).arg(card.modelData.lostWhen)
                    wrapMode: Text.WordWrap
                    color: Theme.warning
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "keepButton"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Keep current")
                        onClicked: Workspace.resolveConflict(card.modelData.id, false)
                    }
                    Button {
                        objectName: "restoreButton"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Restore overwritten")
                        onClicked: Workspace.resolveConflict(card.modelData.id, true)
                    }
                }
            }
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
