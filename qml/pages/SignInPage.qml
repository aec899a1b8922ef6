import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Server address, username, password (each with a label above it, so a filled-in field
// still reads as a field); or the demo workspace without a server.
Page {
    id: root
    background: Rectangle { color: Theme.background }

    function submit() {
        if (!Session.busy && Session.signInWait === 0)
            Session.signIn(server.text, username.text, password.text)
    }

    Connections {
        target: Session
        function onModeChanged() { password.text = "" }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 4 * Theme.padding
        clip: true

        ColumnLayout {
            id: form
            x: (parent.width - width) / 2
            y: Math.max(2 * Theme.padding, (root.height - implicitHeight) / 3)
            width: Math.min(root.width - 2 * Theme.padding, Theme.signInWidth)
            spacing: Theme.padding

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: "Đoàn Field"
                font.pixelSize: Theme.fontDisplay
                font.bold: true
                color: Theme.primary
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Sign in with the account your Union gave you.")
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
            }
            Label {
                Layout.fillWidth: true
                visible: Session.notice.length > 0
                wrapMode: Text.WordWrap
                text: Session.notice
                color: Theme.warning
                font.pixelSize: Theme.fontSmall
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: -Theme.padding + 2
                text: qsTr("Server address")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                Accessible.ignored: true
            }
            TextField {
                id: server
                objectName: "serverField"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. doan.quan1.vn")
                Accessible.name: qsTr("Server address")
                text: Session.lastServer()
                inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                font.pixelSize: Theme.fontBody
                onAccepted: username.forceActiveFocus()
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: -Theme.padding + 2
                text: qsTr("Username")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                Accessible.ignored: true
            }
            TextField {
                id: username
                objectName: "usernameField"
                Layout.fillWidth: true
                Accessible.name: qsTr("Username")
                text: Session.lastUsername()
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                font.pixelSize: Theme.fontBody
                onAccepted: password.forceActiveFocus()
            }
            Label {
                Layout.fillWidth: true
                Layout.bottomMargin: -Theme.padding + 2
                text: qsTr("Password")
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textMuted
                Accessible.ignored: true
            }
            TextField {
                id: password
                objectName: "passwordField"
                Layout.fillWidth: true
                Accessible.name: qsTr("Password")
                echoMode: TextInput.Password
                font.pixelSize: Theme.fontBody
                onAccepted: root.submit()
            }
            Label {
                objectName: "signInError"
                Layout.fillWidth: true
                visible: Session.errorText.length > 0
                wrapMode: Text.WordWrap
                text: Session.errorText
                color: Theme.accent
                font.pixelSize: Theme.fontBody
            }
            Button {
                objectName: "signInButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget + 8
                text: Session.busy ? qsTr("Signing in…")
                      : Session.signInWait > 0 ? qsTr("Try again in %n s", "", Session.signInWait)
                      : qsTr("Sign in")
                enabled: !Session.busy && Session.signInWait === 0
                highlighted: true
                font.pixelSize: Theme.fontBody
                onClicked: root.submit()
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: Session.busy
                visible: running
            }
            Button {
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                visible: Session.mode !== Session.SignedOut
                flat: true
                text: qsTr("Back to my data")
                onClicked: Nav.openSection("home")
            }
            MenuSeparator { Layout.fillWidth: true }
            Button {
                objectName: "demoButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                flat: true
                text: qsTr("Try with demo data")
                enabled: !Session.busy
                font.pixelSize: Theme.fontBody
                onClicked: Session.openDemo()
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.WordWrap
                text: qsTr("Demo data stays on this device and is never sent anywhere.")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
