import QtQuick
import QtQuick.Controls
import DoanField

// Pull a list down past the top to sync now. Put inside a Flickable or ListView.
Label {
    id: root
    required property Flickable flickable
    readonly property bool armed: flickable.verticalOvershoot < -72
    visible: flickable.verticalOvershoot < -8 && Session.syncState !== Session.Local
    anchors.horizontalCenter: parent ? parent.horizontalCenter : undefined
    y: -flickable.verticalOvershoot / 2 - height / 2
    text: armed ? qsTr("Release to sync") : qsTr("Pull to sync")
    color: Theme.textMuted
    font.pixelSize: Theme.fontSmall
    Connections {
        target: root.flickable
        function onDraggingChanged() {
            if (!root.flickable.dragging && root.armed && root.visible)
                Session.syncNow()
        }
    }
}
