import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// An activity in a list: a badge for its kind, title, time, place and unit.
ItemDelegate {
    id: root
    required property string activityId
    required property string title
    required property int kind
    required property string kindName
    required property string time
    required property string place
    required property string unitName
    required property bool isPast
    required property string day
    property bool showDay: false
    property bool current: false

    implicitHeight: Math.max(Theme.touchTarget + 16, row.implicitHeight + 2 * Theme.spacing)
    highlighted: current
    Accessible.name: title
    opacity: isPast ? 0.75 : 1

    contentItem: RowLayout {
        id: row
        spacing: Theme.padding
        Rectangle {
            implicitWidth: 44
            implicitHeight: 44
            radius: Theme.radius
            color: Theme.kindColor(root.kind)
            Label {
                anchors.centerIn: parent
                text: Theme.kindBadge(root.kind)
                color: Theme.textOnPrimary
                font.pixelSize: Theme.fontBody
                font.bold: true
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: root.title
                font.pixelSize: Theme.fontBody
                color: Theme.text
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: [root.showDay ? root.day : "", root.time, root.kindName, root.place].filter(s => s.length > 0).join(" · ")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                text: root.unitName
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                elide: Text.ElideRight
            }
        }
    }
}
