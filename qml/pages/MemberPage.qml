import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A member's profile (hồ sơ đoàn viên), grouped into sections.
Page {
    id: root
    property string memberId: ""
    MemberProfile { id: profile; workspace: Workspace; memberId: root.memberId }
    readonly property var sections: profile.sections
    readonly property bool hardship: profile.hardship
    // Open conflicts on this member, shown first so they are settled where they matter.
    ConflictListModel {
        id: conflictRows
        workspace: Workspace
        rowId: root.memberId
        limit: root.memberId.length > 0 ? 500 : 0 // no member: no rows (not everyone's)
    }
    function setHardship(on, note) {
        const r = profile.setHardship(on, note)
        Nav.toast(r.ok ? (on ? qsTr("Marked as in hardship") : qsTr("Hardship mark cleared")) : r.message)
    }
    // Moves the member, with undo in the message (a wrong tap in a long tree is easy).
    function transfer(unitId) {
        const from = profile.unitId
        const r = profile.transferTo(unitId)
        if (!r.ok) {
            Nav.toast(r.message)
            return
        }
        const moved = profile.memberId
        Nav.toastAction(r.message, qsTr("Undo"), () => {
            profile.memberId = moved
            const back = profile.transferTo(from)
            Nav.toast(back.ok ? qsTr("Transfer undone") : back.message)
        })
    }

    UnitPickerDialog {
        id: transferDialog
        title: qsTr("Transfer to unit")
        onUnitChosen: (id, name) => root.transfer(id)
    }

    Dialog {
        id: hardshipDialog
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.padding, Theme.dialogWidth)
        modal: true
        title: qsTr("Mark hardship")
        footer: DialogButtons { acceptText: qsTr("Save") }
        onAboutToShow: note.text = ""
        onAccepted: root.setHardship(true, note.text)
        TextField {
            id: note
            width: hardshipDialog.availableWidth
            placeholderText: qsTr("Note, e.g. family circumstances")
        }
    }

    function showCard() { cardPopup.open() }
    // The card's code full-screen, white, as large as the screen allows: another device's
    // camera reads it off this screen at the door. A tap anywhere closes it.
    Popup {
        id: cardPopup
        objectName: "cardPopup"
        parent: Overlay.overlay
        x: 0
        y: 0
        width: parent ? parent.width : 0
        height: parent ? parent.height : 0
        modal: true
        focus: true // Escape closes it
        padding: Theme.padding
        background: Rectangle { color: Theme.paper }
        contentItem: ColumnLayout {
            spacing: Theme.padding
            QrCode {
                objectName: "cardQr"
                Layout.fillWidth: true
                Layout.fillHeight: true
                text: profile.cardCode
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: profile.fullName
                color: Theme.textOnPaper
                font.pixelSize: Theme.fontHeadline
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: profile.cardNumber.length > 0
                text: qsTr("Card no. %1").arg(profile.cardNumber)
                color: Theme.textOnPaper
                font.pixelSize: Theme.fontBody
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Hold this screen to the camera at the door.")
                color: Theme.textOnPaperMuted
                font.pixelSize: Theme.fontSmall
            }
            Button {
                objectName: "closeCard"
                Layout.alignment: Qt.AlignHCenter
                implicitHeight: Theme.touchTarget
                text: qsTr("Close")
                onClicked: cardPopup.close()
            }
        }
        TapHandler { onTapped: cardPopup.close() }
    }

    background: Rectangle { color: Theme.background }

    Label {
        anchors.centerIn: parent
        visible: root.sections.length === 0
        text: qsTr("Choose a member to see their profile.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }

    Flickable {
        anchors.fill: parent
        visible: root.sections.length > 0
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: parent.width - 2 * Theme.padding
            spacing: Theme.padding

            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Button {
                    objectName: "editMemberButton"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Edit")
                    highlighted: true
                    onClicked: Nav.editMember(root.memberId, "")
                }
                Button {
                    objectName: "transferButton"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Transfer")
                    onClicked: {
                        transferDialog.currentUnitId = profile.unitId
                        transferDialog.open()
                    }
                }
                Button {
                    objectName: "showCardButton"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Card QR code")
                    onClicked: cardPopup.open()
                }
                Button {
                    objectName: "memberHoursButton"
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Volunteer hours")
                    onClicked: Nav.openMemberHours(root.memberId)
                }
                Button {
                    objectName: "hardshipButton"
                    implicitHeight: Theme.touchTarget
                    text: root.hardship ? qsTr("Clear hardship") : qsTr("Mark hardship")
                    onClicked: root.hardship ? root.setHardship(false, "") : hardshipDialog.open()
                }
            }

            Label {
                Layout.fillWidth: true
                visible: conflictRows.count > 0
                text: qsTr("%n conflict(s) to settle", "", conflictRows.count)
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.warning
                wrapMode: Text.WordWrap
            }
            Repeater {
                objectName: "memberConflicts"
                model: conflictRows
                delegate: ConflictCard {
                    conflicts: conflictRows
                    showRecord: false
                    Layout.fillWidth: true
                }
            }

            Repeater {
                model: root.sections
                delegate: Pane {
                    id: section
                    required property var modelData
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.surface; radius: Theme.radius }
                    visible: modelData.rows.length > 0

                    ColumnLayout {
                        width: section.availableWidth
                        spacing: Theme.spacing
                        Label {
                            text: section.modelData.title
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.primary
                        }
                        Repeater {
                            model: section.modelData.rows
                            delegate: ColumnLayout {
                                id: row
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    text: row.modelData.label
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                }
                                Label {
                                    objectName: "profileValue"
                                    Layout.fillWidth: true
                                    text: row.modelData.value
                                    wrapMode: Text.WordWrap
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
