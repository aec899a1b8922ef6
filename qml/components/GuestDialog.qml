import QtQuick
import QtQuick.Controls
import DoanField

// "Check in a guest?": a member from another unit, or no longer active, read at the door.
// `guest` is CheckInModel.admitCode()'s answer, whose `question` names them and their
// unit. Over the window, so a banner coming or going does not move it under a finger; it
// takes the keys, so Enter and Escape do not reach the door behind it.
Dialog {
    id: root
    objectName: "guestDialog"
    property var guest: ({})
    function ask(answer) {
        root.guest = answer
        open()
    }
    parent: Overlay.overlay
    anchors.centerIn: parent
    focus: true
    width: Math.max(280, Math.min((parent ? parent.width : 0) - 2 * Theme.padding, Theme.dialogWidth))
    modal: true
    title: qsTr("Check in a guest?")
    footer: DialogButtons { acceptText: qsTr("Check in as guest") }
    Label {
        width: root.availableWidth
        wrapMode: Text.WordWrap
        text: root.guest.question || ""
        font.pixelSize: Theme.fontBody
    }
    onClosed: root.guest = ({})
}
