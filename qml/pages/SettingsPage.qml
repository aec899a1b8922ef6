import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Settings, reached from the drawer: appearance (system / light / dark), language, the
// account on this device, and what the app is.
Page {
    id: root
    background: Rectangle { color: Theme.background }

    component Section: Pane {
        default property alias content: column.data
        property alias heading: headingLabel.text
        Layout.fillWidth: true
        padding: Theme.padding
        background: Rectangle { color: Theme.surface; radius: Theme.radius; border.color: Theme.divider }
        ColumnLayout {
            id: column
            width: parent.width
            spacing: 0
            Label {
                id: headingLabel
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacing
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
                wrapMode: Text.WordWrap
            }
        }
    }
    component Choice: RadioDelegate {
        Layout.fillWidth: true
        implicitHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
    }

    Flickable {
        anchors.fill: parent
        contentHeight: settings.implicitHeight + 2 * Theme.padding
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: settings
            x: Theme.padding
            y: Theme.padding
            width: Math.min(parent.width - 2 * Theme.padding, Theme.formWidth)
            spacing: Theme.padding

            Section {
                heading: qsTr("Appearance")
                ButtonGroup { id: schemes }
                Choice {
                    objectName: "schemeSystem"
                    ButtonGroup.group: schemes
                    text: qsTr("As the system")
                    checked: Preferences.colorScheme === 0
                    onClicked: Preferences.colorScheme = 0
                }
                Choice {
                    objectName: "schemeLight"
                    ButtonGroup.group: schemes
                    text: qsTr("Light")
                    checked: Preferences.colorScheme === 1
                    onClicked: Preferences.colorScheme = 1
                }
                Choice {
                    objectName: "schemeDark"
                    ButtonGroup.group: schemes
                    text: qsTr("Dark")
                    checked: Preferences.colorScheme === 2
                    onClicked: Preferences.colorScheme = 2
                }
                Label {
                    Layout.fillWidth: true
                    visible: Preferences.colorScheme === 0
                    text: qsTr("This device does not tell the app its colour scheme, so “As the system” shows the light one.")
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
            }

            Section {
                heading: qsTr("Language")
                ButtonGroup { id: languages }
                Choice {
                    objectName: "languageVi"
                    ButtonGroup.group: languages
                    text: "Tiếng Việt"
                    checked: Preferences.language === "vi"
                    onClicked: Preferences.language = "vi"
                }
                Choice {
                    objectName: "languageEn"
                    ButtonGroup.group: languages
                    text: "English"
                    checked: Preferences.language === "en"
                    onClicked: Preferences.language = "en"
                }
            }

            Section {
                heading: qsTr("Reports")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    text: qsTr("The work year closes on (day/month)")
                }
                TextField {
                    id: yearEndField
                    objectName: "yearEndField"
                    Layout.preferredWidth: 140
                    text: Preferences.yearEndText
                    inputMethodHints: Qt.ImhDate
                    onEditingFinished: yearEndError.text = Preferences.setYearEnd(text)
                }
                Label {
                    id: yearEndError
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                    color: Theme.accent
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: qsTr("Many provinces close the year mid-December; the first half ends six months earlier. Every report and progress page follows this day.")
                }
            }

            Section {
                heading: qsTr("Account")
                Label {
                    objectName: "accountText"
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    text: Session.mode === Session.Account
                          ? qsTr("Signed in as %1 (%2) on %3.").arg(Session.username)
                                .arg(Session.roleName).arg(Session.serverUrl)
                          : qsTr("Demo data on this device; not signed in to a server.")
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    visible: Session.mode === Session.Account
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: qsTr("%n change(s) waiting to sync.", "", Session.pending)
                }
                Button {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Sync and sign-out")
                    onClicked: Nav.openSection("sync")
                }
            }

            Section {
                heading: qsTr("About")
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                    text: qsTr("Đoàn Field %1 — attendance, volunteer hours and member records for Union officers, offline first.")
                          .arg(Preferences.version)
                }
                Label {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.spacing
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    text: qsTr("Records are kept on this device and reach the server when the network allows. Personal data is sent only to your Union's server.")
                }
            }
        }
    }
}
