import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// The window: one column with a unit drawer on a phone; units, members and the chosen
// profile side by side on a tablet or desktop.
ApplicationWindow {
    id: window
    width: 412
    height: 915
    visible: true
    title: "Đoàn Field"
    color: Theme.background

    readonly property bool wide: width >= 900
    property string unitId: Workspace.rootUnitId
    property string unitName: Workspace.rootUnitName
    property string memberId: ""

    function chooseUnit(id, name) {
        unitId = id
        unitName = name
        unitDrawer.close()
    }
    function chooseMember(id) {
        memberId = id
        if (!wide)
            stack.push(profilePage, { memberId: id })
    }

    header: ToolBar {
        visible: Workspace.ready
        background: Rectangle { color: Theme.primary }
        RowLayout {
            anchors.fill: parent
            spacing: 0
            ToolButton {
                visible: !window.wide
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                text: stack.depth > 1 ? "‹" : "☰"
                font.pixelSize: Theme.fontTitle
                Accessible.name: stack.depth > 1 ? qsTr("Back") : qsTr("Units")
                onClicked: stack.depth > 1 ? stack.pop() : unitDrawer.open()
            }
            Label {
                Layout.fillWidth: true
                Layout.leftMargin: window.wide ? Theme.padding : 0
                text: stack.depth > 1 && !window.wide ? qsTr("Member profile") : window.unitName
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTitle
                elide: Text.ElideRight
            }
        }
    }

    Component {
        id: profilePage
        MemberPage {}
    }

    LoadingPage {
        anchors.fill: parent
        visible: !Workspace.ready
    }

    Drawer {
        id: unitDrawer
        width: Math.min(window.width * 0.85, 360)
        height: window.height
        interactive: !window.wide && Workspace.ready
        UnitsPage {
            anchors.fill: parent
            currentUnitId: window.unitId
            onUnitChosen: (id, name) => window.chooseUnit(id, name)
        }
    }

    StackView {
        id: stack
        anchors.fill: parent
        visible: !window.wide && Workspace.ready
        initialItem: MembersPage {
            unitId: window.unitId
            unitName: window.unitName
            onMemberChosen: id => window.chooseMember(id)
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        visible: window.wide && Workspace.ready
        UnitsPage {
            Layout.preferredWidth: 320
            Layout.fillHeight: true
            currentUnitId: window.unitId
            onUnitChosen: (id, name) => window.chooseUnit(id, name)
        }
        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }
        MembersPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            unitId: window.unitId
            unitName: window.unitName
            currentMemberId: window.memberId
            onMemberChosen: id => window.chooseMember(id)
        }
        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }
        MemberPage {
            Layout.preferredWidth: 420
            Layout.fillHeight: true
            memberId: window.memberId
        }
    }
}
