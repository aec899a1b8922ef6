import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Members and the chosen profile side by side (tablet, desktop).
Page {
    id: root
    property string unitId: ""
    property string unitName: ""
    property string memberId: ""
    // The chosen member's card code full-screen (the screen tour).
    function showCard() { profile.showCard() }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        MembersPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            unitId: root.unitId
            unitName: root.unitName
            currentMemberId: root.memberId
            onMemberChosen: id => Nav.openMember(id)
        }
        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }
        MemberPage {
            id: profile
            Layout.preferredWidth: Math.min(Theme.messageWidth, root.width * 0.45)
            Layout.fillHeight: true
            memberId: root.memberId
        }
    }
}
