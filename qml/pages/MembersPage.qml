import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Members of the chosen unit and everything below it, with as-you-type search that
// ignores diacritics ("nguyen van an" finds "Nguyễn Văn An").
Page {
    id: root
    property string unitId: Workspace.rootUnitId
    property string unitName: Workspace.rootUnitName
    property string currentMemberId: ""
    signal memberChosen(string memberId)

    background: Rectangle { color: Theme.background }

    header: ColumnLayout {
        spacing: 0
        TextField {
            id: search
            objectName: "memberSearch"
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            placeholderText: qsTr("Search by name or card number")
            inputMethodHints: Qt.ImhNoPredictiveText
            font.pixelSize: Theme.fontBody
            onTextChanged: members.query = text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.spacing
            Label {
                Layout.fillWidth: true
                text: members.query.length > 0
                      ? (members.complete ? qsTr("%n result(s)", "", members.count)
                                          : qsTr("More than %n results", "", members.count))
                      : qsTr("%1 · %n active member(s)", "", Workspace.memberCount(root.unitId))
                            .arg(root.unitName)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Switch {
                text: qsTr("Hardship only")
                font.pixelSize: Theme.fontSmall
                checked: members.hardshipOnly
                onToggled: members.hardshipOnly = checked
            }
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        keyNavigationEnabled: true
        model: MemberListModel {
            id: members
            workspace: Workspace
            unitId: root.unitId
        }
        delegate: MemberDelegate {
            width: ListView.view.width
            current: memberId === root.currentMemberId
            onClicked: root.memberChosen(memberId)
        }
        ScrollIndicator.vertical: ScrollIndicator {}

        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: list.count === 0 && Workspace.ready
            text: members.query.length > 0 ? qsTr("No member matches “%1”.").arg(members.query)
                                           : qsTr("No members in this unit yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }
}
