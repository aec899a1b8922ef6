import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Members of the chosen unit and everything below it, with as-you-type search that
// ignores diacritics ("nguyen van an" finds "Nguyễn Văn An").
Page {
    id: root
    UnitSummary { id: unit; workspace: Workspace; unitId: root.unitId }
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
                      : members.activeFilters > 0
                        ? (members.complete ? qsTr("%n member(s) match the filters", "", members.count)
                                            : qsTr("More than %n members match the filters", "", members.count))
                        : qsTr("%1 · %n active member(s)", "", unit.activeMembers)
                            .arg(root.unitName)
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            ToolButton {
                objectName: "filterButton"
                implicitHeight: Theme.touchTarget
                text: members.activeFilters > 0 ? qsTr("Filters (%1)").arg(members.activeFilters)
                                                : qsTr("Filters")
                font.pixelSize: Theme.fontSmall
                font.bold: members.activeFilters > 0
                onClicked: filters.open()
            }
            ToolButton {
                objectName: "exportMembersButton"
                implicitHeight: Theme.touchTarget
                text: qsTr("Export")
                font.pixelSize: Theme.fontSmall
                ToolTip.visible: hovered
                ToolTip.text: qsTr("These members as Excel or CSV")
                onClicked: Nav.openExport(root.unitId, {
                    query: members.query, status: members.status, position: members.position,
                    hardshipOnly: members.hardshipOnly, outstandingOnly: members.outstandingOnly })
            }
            ToolButton {
                objectName: "addMemberButton"
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                text: "+"
                font.pixelSize: Theme.fontTitle
                Accessible.name: qsTr("Add a member")
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Add a member")
                onClicked: Nav.editMember("", root.unitId)
            }
        }
    }

    // Status, position, hardship and introduction to the Party; applied as they change.
    Dialog {
        id: filters
        objectName: "memberFilters"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.padding : 400, Theme.dialogWidth)
        modal: true
        title: qsTr("Filter members")
        footer: DialogButtons { canAccept: false; rejectText: qsTr("Close") }
        ColumnLayout {
            width: filters.availableWidth
            spacing: Theme.spacing
            ChoiceField {
                objectName: "statusFilter"
                label: qsTr("Status")
                model: [qsTr("All")].concat(Choices.of("status"))
                currentIndex: members.status + 1
                box.onActivated: index => members.status = index - 1
            }
            ChoiceField {
                objectName: "positionFilter"
                label: qsTr("Position")
                model: [qsTr("All")].concat(Choices.of("position"))
                currentIndex: members.position + 1
                box.onActivated: index => members.position = index - 1
            }
            Switch {
                objectName: "hardshipFilter"
                text: qsTr("Hardship only")
                font.pixelSize: Theme.fontBody
                checked: members.hardshipOnly
                onToggled: members.hardshipOnly = checked
            }
            Switch {
                objectName: "outstandingFilter"
                text: qsTr("Introduced to the Party only")
                font.pixelSize: Theme.fontBody
                checked: members.outstandingOnly
                onToggled: members.outstandingOnly = checked
            }
            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                enabled: members.activeFilters > 0
                text: qsTr("Clear filters")
                onClicked: members.clearFilters()
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
                  : members.activeFilters > 0 ? qsTr("No member matches the filters.")
                                              : qsTr("No members in this unit yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }
}
