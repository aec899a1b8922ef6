import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Sync in plain sentences: the last success, what is waiting, the last error; the
// account, and signing out (which says first what would be lost).
Page {
    id: root
    background: Rectangle { color: Theme.background }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: Math.min(parent.width - 2 * Theme.padding, Theme.formWidth)
            spacing: Theme.padding

            Label {
                text: qsTr("Sync")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            Label {
                objectName: "syncState"
                Layout.fillWidth: true
                text: Session.syncState === Session.Local
                      ? qsTr("This is a demo workspace on this device only. Sign in to sync with your Union's server.")
                      : Session.syncText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: Session.syncState === Session.Syncing
                indeterminate: Session.progress < 0
                value: Math.max(0, Session.progress)
            }
            Button {
                objectName: "syncNowButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                visible: Session.mode === Session.Account
                         && Session.syncState !== Session.SessionEnded
                highlighted: true
                enabled: Session.syncState !== Session.Syncing
                text: qsTr("Sync now")
                onClicked: Session.syncNow()
            }
            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                visible: Session.syncState === Session.SessionEnded
                highlighted: true
                text: qsTr("Sign in again")
                onClicked: Nav.openSection("signin")
            }
            // The error sits under the buttons, so that it coming and going never moves a
            // button under the finger; a Label with padding wraps to its real height.
            Label {
                objectName: "lastError"
                Layout.fillWidth: true
                visible: Session.lastError.length > 0 && Session.syncState !== Session.Idle
                padding: Theme.padding
                text: Session.lastError
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                background: Rectangle { color: Theme.errorSoft; radius: Theme.radius }
            }
            GridLayout {
                Layout.fillWidth: true
                visible: Session.mode === Session.Account
                columns: 2
                columnSpacing: Theme.padding
                rowSpacing: Theme.spacing
                Label { text: qsTr("Last successful sync"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                Label { Layout.fillWidth: true; text: Session.lastSuccessText; color: Theme.text; wrapMode: Text.WordWrap }
                Label { text: qsTr("Changes waiting"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                Label { objectName: "pendingCount"; text: Session.pending; color: Theme.text }
                Label { text: qsTr("Server"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                Label { Layout.fillWidth: true; text: Session.serverUrl; color: Theme.text; elide: Text.ElideMiddle }
                Label { text: qsTr("Signed in as"); color: Theme.textMuted; font.pixelSize: Theme.fontSmall }
                Label { Layout.fillWidth: true; text: Session.username + " · " + Session.roleName; color: Theme.text }
            }
            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: qsTr("Conflicts to review")
                onClicked: Nav.openConflicts()
            }
            MenuSeparator { Layout.fillWidth: true }
            Button {
                objectName: "signOutButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                flat: true
                text: Session.mode === Session.Demo ? qsTr("Leave the demo") : qsTr("Sign out")
                onClicked: Session.mode === Session.Account ? signOutDialog.open() : Session.signOut()
            }
        }
    }

    Dialog {
        id: signOutDialog
        objectName: "signOutDialog"
        anchors.centerIn: parent
        width: Math.min(root.width - 2 * Theme.padding, Theme.signInWidth)
        modal: true
        title: qsTr("Sign out?")
        footer: DialogButtons { acceptText: qsTr("Sign out") }
        Label {
            objectName: "signOutText"
            width: signOutDialog.availableWidth
            wrapMode: Text.WordWrap
            font.pixelSize: Theme.fontBody
            text: Session.pending > 0
                  ? qsTr("%n change(s) on this device have not reached the server and will be deleted with this account's data. Sync first if you can.", "", Session.pending)
                  : qsTr("This account's data will be removed from this device. Everything is already on the server.")
        }
        onAccepted: Session.signOut()
    }
}
