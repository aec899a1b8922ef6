import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A member's profile (hồ sơ đoàn viên), grouped into sections.
Page {
    id: root
    property string memberId: ""
    readonly property var sections: memberId.length > 0 ? Workspace.memberProfile(memberId) : []

    background: Rectangle { color: Theme.background }

    Label {
        anchors.centerIn: parent
        visible: root.sections.length === 0
        text: qsTr("Choose a member to see their profile.")
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.padding
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: column
            x: Theme.padding
            y: Theme.padding
            width: parent.width - 2 * Theme.padding
            spacing: Theme.padding

            Repeater {
                model: root.sections
                delegate: Pane {
                    required property var modelData
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.surface; radius: Theme.radius }
                    visible: modelData.rows.length > 0

                    ColumnLayout {
                        width: parent.width
                        spacing: Theme.spacing
                        Label {
                            text: parent.parent.modelData.title
                            font.pixelSize: Theme.fontTitle
                            font.bold: true
                            color: Theme.primary
                        }
                        Repeater {
                            model: parent.parent.modelData.rows
                            delegate: ColumnLayout {
                                required property var modelData
                                Layout.fillWidth: true
                                spacing: 0
                                Label {
                                    text: parent.modelData.label
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: parent.modelData.value
                                    wrapMode: Text.WordWrap
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
