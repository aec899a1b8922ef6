import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A member in a list: initial of the given name, full name, unit and position.
ItemDelegate {
    id: root
    required property int index
    required property string memberId
    required property string fullName
    required property string givenName
    required property string unitName
    required property string birthDate
    required property int position
    required property string positionName
    required property bool hardship
    required property bool partyMember
    property bool current: false

    implicitHeight: Math.max(64, row.implicitHeight + Theme.spacing * 2)
    highlighted: current
    Accessible.name: fullName

    contentItem: RowLayout {
        id: row
        spacing: Theme.padding
        Rectangle {
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: root.position > 0 ? Theme.accent : Theme.primary
            Label {
                anchors.centerIn: parent
                text: root.givenName.charAt(0)
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontTitle
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.fullName
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.position > 0 ? root.positionName + " · " + root.unitName
                                        : root.unitName + " · " + root.birthDate
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
        Label {
            visible: root.hardship
            text: qsTr("Hardship")
            font.pixelSize: Theme.fontSmall
            color: Theme.warning
        }
    }
}
