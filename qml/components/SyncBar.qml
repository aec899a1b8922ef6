import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import DoanField

// The sync state on every screen: offline / syncing n of m / k changes waiting / error.
// A tap opens the sync page.
ItemDelegate {
    id: root
    readonly property int state: Session.syncState
    readonly property color tint: state === Session.Error || state === Session.SessionEnded
                                  || state === Session.UpdateRequired ? Theme.accent
                                : state === Session.Offline ? Theme.warning
                                : state === Session.Syncing ? Theme.primary
                                : state === Session.Local ? Theme.textMuted : Theme.success
    // Open conflicts, shown as a count that leads to them.
    readonly property int conflicts: openConflicts.total
    ConflictListModel { id: openConflicts; workspace: Workspace; limit: 0 }
    implicitHeight: Theme.touchTarget
    padding: 0
    leftPadding: Theme.padding
    rightPadding: Theme.padding
    Accessible.name: Session.syncText
    background: Rectangle {
        color: root.state === Session.Error || root.state === Session.SessionEnded
               ? Theme.errorSoft
               : root.state === Session.Offline ? Theme.warningSoft : Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 2
            visible: Session.progress >= 0
            color: Theme.divider
            Rectangle {
                width: parent.width * Math.max(0, Session.progress)
                height: parent.height
                color: Theme.primary
            }
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        Rectangle {
            implicitWidth: 10
            implicitHeight: 10
            radius: 5
            color: root.tint
        }
        Label {
            objectName: "syncText"
            Layout.fillWidth: true
            text: Session.syncText
            elide: Text.ElideRight
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
        Button {
            objectName: "syncBarConflicts"
            visible: root.conflicts > 0
            flat: true
            implicitHeight: Theme.touchTarget
            topInset: 6
            bottomInset: 6
            text: qsTr("⚠ %n conflict(s)", "", root.conflicts)
            font.pixelSize: Theme.fontSmall
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.warning
            onClicked: Nav.openConflicts()
        }
        BusyIndicator {
            implicitWidth: 20
            implicitHeight: 20
            padding: 0
            running: root.state === Session.Syncing
            visible: running
        }
    }
    onClicked: Nav.openSync()
}
