import QtQuick
import QtQuick.Controls
import DoanField

// Chooses a unit of the officer's scope: the tree, or search by name.
Dialog {
    id: root
    property string currentUnitId: ""
    signal unitChosen(string unitId, string name)

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.padding : 400, Theme.messageWidth)
    height: Math.min(parent ? parent.height - 4 * Theme.padding : 600, Theme.formWidth)
    modal: true
    footer: DialogButtons { canAccept: false }
    padding: 0

    UnitPicker {
        anchors.fill: parent
        currentUnitId: root.currentUnitId
        onUnitChosen: (id, name) => {
            root.unitChosen(id, name)
            root.close()
        }
    }
}
