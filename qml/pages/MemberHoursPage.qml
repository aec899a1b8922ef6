import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A member's volunteer hours: totals per year and every entry, which an officer can
// confirm or reject with a reason.
Page {
    id: root
    property string memberId: ""
    property string rejectingId: ""
    // Entries update in place (a sync, a confirmation), so the list keeps its place.
    MemberHoursModel { id: entries; workspace: Workspace; memberId: root.memberId }
    readonly property alias hours: entries
    function fmt(h) { return Number(h).toLocaleString(Qt.locale(), "f", 1) }

    background: Rectangle { color: Theme.background }

    header: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: 0
            text: qsTr("Volunteer hours · %1").arg(entries.fullName)
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            color: Theme.text
        }
        Flow {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            spacing: Theme.spacing
            Repeater {
                model: root.hours.years
                delegate: StatTile {
                    required property var modelData
                    width: 150
                    value: root.fmt(modelData.total)
                    label: qsTr("%1 · %2 confirmed").arg(modelData.year).arg(root.fmt(modelData.confirmed))
                }
            }
        }
        Button {
            Layout.leftMargin: Theme.padding
            implicitHeight: Theme.touchTarget
            text: qsTr("Log hours")
            onClicked: Nav.openLogHours("", root.memberId)
        }
    }

    ListView {
        id: list
        anchors.fill: parent
        clip: true
        model: entries
        delegate: ItemDelegate {
            id: entry
            required property var model
            readonly property var modelData: model
            width: ListView.view.width
            contentItem: RowLayout {
                spacing: Theme.spacing
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.date + " · " + qsTr("%1 h").arg(root.fmt(entry.modelData.hours))
                        font.pixelSize: Theme.fontBody
                        color: Theme.text
                    }
                    Label {
                        Layout.fillWidth: true
                        text: entry.modelData.description
                              + (entry.modelData.rejectReason ? " · " + qsTr("Rejected: %1").arg(entry.modelData.rejectReason) : "")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        elide: Text.ElideRight
                    }
                }
                Label {
                    visible: entry.modelData.confirmation !== 0
                    text: entry.modelData.confirmation === 1 ? qsTr("Confirmed") : qsTr("Rejected")
                    color: entry.modelData.confirmation === 1 ? Theme.success : Theme.accent
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    visible: entry.modelData.confirmation === 0
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Confirm")
                    flat: true
                    onClicked: entries.confirm(entry.modelData.entryId)
                }
                Button {
                    visible: entry.modelData.confirmation === 0
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Reject")
                    flat: true
                    onClicked: { root.rejectingId = entry.modelData.entryId; rejectDialog.open() }
                }
            }
        }
        ScrollIndicator.vertical: ScrollIndicator {}
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: qsTr("No volunteer hours yet.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }

    Dialog {
        id: rejectDialog
        objectName: "rejectDialog"
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.padding, Theme.dialogWidth)
        modal: true
        title: qsTr("Reject these hours?")
        footer: DialogButtons { acceptText: qsTr("Reject") }
        // A refusal (no reason) opens the dialog again once it has closed, with the sentence
        // and what was typed.
        property string refusal: ""
        onAboutToShow: {
            if (refusal.length === 0)
                reason.text = ""
            rejectError.text = refusal
            refusal = ""
        }
        onAccepted: {
            const r = entries.reject(root.rejectingId, reason.text)
            if (!r.ok) {
                refusal = r.message
                Qt.callLater(open)
            }
        }
        ColumnLayout {
            width: rejectDialog.availableWidth
            TextField {
                id: reason
                Layout.fillWidth: true
                placeholderText: qsTr("Reason (required)")
            }
            Label {
                id: rejectError
                objectName: "rejectError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.accent
            }
        }
    }
}
