import QtQuick
import QtQuick.Controls
import DoanField

// A short message at the bottom of the window that fades after a moment.
Label {
    id: root
    objectName: "toast"
    function show(message) {
        text = message
        opacity = 1
        timer.restart()
    }
    anchors.horizontalCenter: parent.horizontalCenter
    anchors.bottom: parent.bottom
    anchors.bottomMargin: Theme.padding * 2
    opacity: 0
    visible: opacity > 0
    padding: Theme.padding
    color: "#FFFFFF"
    font.pixelSize: Theme.fontBody
    background: Rectangle { color: "#DD263238"; radius: Theme.radius }
    Behavior on opacity { NumberAnimation { duration: 200 } }
    Timer { id: timer; interval: 2500; onTriggered: root.opacity = 0 }
}
