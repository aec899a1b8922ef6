import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Shown while the local database opens or demo data is written, and when that fails.
Page {
    id: root
    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.padding, Theme.dialogWidth)
        spacing: Theme.padding

        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: "Đoàn Field"
            font.pixelSize: Theme.fontHeadline
            font.bold: true
            color: Theme.primary
        }
        Label {
            objectName: "loadingText"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            color: Workspace.failed ? Theme.accent : Theme.text
            font.pixelSize: Theme.fontBody
            text: Workspace.failed
                  ? Workspace.errorText
                  : Workspace.preparing
                    ? qsTr("Preparing demo data… %1%").arg(Math.round(Workspace.progress * 100))
                    : qsTr("Opening your data…")
        }
        ProgressBar {
            Layout.fillWidth: true
            visible: !Workspace.failed
            indeterminate: !Workspace.preparing
            value: Workspace.progress
        }
        // Never a dead end: try again, or go back to sign-in (nothing is deleted).
        Button {
            objectName: "retryButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            visible: Workspace.failed
            highlighted: true
            text: qsTr("Try again")
            onClicked: Workspace.retry()
        }
        Button {
            objectName: "backToSignInButton"
            Layout.fillWidth: true
            implicitHeight: Theme.touchTarget
            visible: Workspace.failed
            flat: true
            text: qsTr("Back to sign-in")
            onClicked: Session.returnToSignIn()
        }
    }
}
