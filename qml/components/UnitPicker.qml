import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// The unit tree of the officer's scope with a search field: typing lists every unit whose
// name matches (diacritics ignored) instead of the tree.
ColumnLayout {
    id: root
    property string currentUnitId: ""
    signal unitChosen(string unitId, string name)
    spacing: 0

    TextField {
        id: search
        objectName: "unitSearch"
        Layout.fillWidth: true
        Layout.margins: Theme.spacing
        placeholderText: qsTr("Search units")
        inputMethodHints: Qt.ImhNoPredictiveText
        font.pixelSize: Theme.fontBody
        onTextChanged: units.query = text
        Keys.onDownPressed: list.forceActiveFocus()
    }
    ListView {
        id: list
        objectName: "unitList"
        Layout.fillWidth: true
        Layout.fillHeight: true
        clip: true
        keyNavigationEnabled: true
        model: UnitTreeModel { id: units; workspace: Workspace; live: root.visible }
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
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: list.count === 0 && units.query.length > 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("No unit matches “%1”.").arg(units.query)
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }
}
