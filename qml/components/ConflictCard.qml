import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// One conflict: both values, who and when, and a choice between them. Keeping one writes
// a new change that every device receives; the toast offers to take the choice back.
Pane {
    id: card
    required property string conflictId
    required property string record
    required property string field
    required property string keptValue
    required property string lostValue
    required property string keptUser
    required property string lostUser
    required property string keptWhen
    required property string lostWhen
    property bool showRecord: true
    // The list the card is in; it settles the conflict.
    required property ConflictListModel conflicts

    function resolve(restore) {
        const list = card.conflicts
        const r = list.resolve(card.conflictId, restore)
        if (!r.ok) {
            Nav.toast(r.message)
            return
        }
        const id = card.conflictId
        Nav.toastAction(restore ? qsTr("Overwritten value restored") : qsTr("Current value kept"),
                        qsTr("Undo"), () => list.reopen(id))
    }

    background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }
    ColumnLayout {
        width: parent.width
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            text: card.showRecord ? (card.record || qsTr("A record")) + " · " + card.field : card.field
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Now: “%1”, by %2 at %3").arg(card.keptValue)
                  .arg(card.keptUser || qsTr("someone")).arg(card.keptWhen)
            wrapMode: Text.WordWrap
            color: Theme.success
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Overwritten: “%1”, by %2 at %3").arg(card.lostValue)
                  .arg(card.lostUser || qsTr("someone")).arg(card.lostWhen)
            wrapMode: Text.WordWrap
            color: Theme.warning
        }
        // Side by side when both fit, stacked on a narrow phone: the labels are never cut.
        GridLayout {
            Layout.fillWidth: true
            columns: card.width > Theme.stackedButtons ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: 0
            Button {
                objectName: "keepButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Keep current")
                onClicked: card.resolve(false)
            }
            Button {
                objectName: "restoreButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Restore overwritten")
                onClicked: card.resolve(true)
            }
        }
    }
}
