import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A short message at the bottom of the window that fades after a moment, optionally with
// one action (such as undo) that stays available while the message shows.
Control {
    id: root
    objectName: "toast"
    property alias text: message.text
    property string actionText: ""
    property var action: null
    function show(text, actionText, action) {
        message.text = text
        root.actionText = actionText || ""
        root.action = action || null
        opacity = 1
        // Long enough to read the message and reach the button (an undo) in the field.
        timer.interval = root.action ? 10000 : 2500
        timer.restart()
    }
    anchors.horizontalCenter: parent.horizontalCenter
    anchors.bottom: parent.bottom
    anchors.bottomMargin: Theme.padding * 2
    width: Math.min(implicitWidth, parent.width - 2 * Theme.padding)
    opacity: 0
    visible: opacity > 0
    padding: Theme.spacing
    leftPadding: Theme.padding
    background: Rectangle { color: Theme.toastBackground; radius: Theme.radius }
    Behavior on opacity { NumberAnimation { duration: 200 } }
    Timer { id: timer; interval: 2500; onTriggered: root.opacity = 0 }

    contentItem: RowLayout {
        spacing: Theme.spacing
        Label {
            id: message
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.messageWidth
            wrapMode: Text.WordWrap
            color: Theme.textOnPrimary
            font.pixelSize: Theme.fontBody
        }
        Button {
            objectName: "toastAction"
            visible: root.action !== null
            flat: true
            text: root.actionText
            implicitHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            font.bold: true
            palette.buttonText: Theme.toastAction
            onClicked: {
                const act = root.action
                root.action = null
                root.opacity = 0
                if (act)
                    act()
            }
        }
    }
}
