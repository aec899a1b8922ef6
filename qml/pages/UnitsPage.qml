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

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        focus: true
        keyNavigationEnabled: true
        model: UnitTreeModel { id: units; workspace: Workspace }
        delegate: UnitDelegate {
            width: ListView.view.width
            current: unitId === root.currentUnitId
            onClicked: {
                list.currentIndex = index
                root.unitChosen(unitId, name)
            }
            onToggleRequested: units.toggle(index)
        }
        ScrollIndicator.vertical: ScrollIndicator {}
    }
}
