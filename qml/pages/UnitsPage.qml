import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// The organisation tree of the officer's scope; choosing a unit filters the members.
Page {
    id: root
    property string currentUnitId: Workspace.rootUnitId
    signal unitChosen(string unitId, string name)

    title: qsTr("Units")
    background: Rectangle { color: Theme.surface }

    UnitPicker {
        anchors.fill: parent
        currentUnitId: root.currentUnitId
        onUnitChosen: (id, name) => root.unitChosen(id, name)
    }
}
