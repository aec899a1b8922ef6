import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// A member on the check-in roster: a tap marks present; a swipe to the left, a long press
// or the ⋯ button offers late, excused and absent.
SwipeDelegate {
    id: root
    required property int index
    required property string memberId
    required property string fullName
    required property string givenName
    required property string unitName
    required property string cardNumber
    required property int status
    required property string statusName
    required property string checkedInAt
    property bool large: false
    signal markRequested(string memberId, int status)

    implicitHeight: large ? 80 : Math.max(60, row.implicitHeight + Theme.spacing * 2)
    Accessible.name: fullName + (status >= 0 ? ", " + statusName : "")
    background: Rectangle {
        color: root.down ? Theme.selected
                         : root.status === 0 || root.status === 1 ? Theme.successSoft : Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    onClicked: {
        if (swipe.position !== 0) {
            swipe.close()
            return
        }
        markRequested(memberId, 0)
    }
    onPressAndHold: menu.popup()

    // Swiped left: late, excused and absent, one tap each. The delegate handles presses on
    // what a swipe exposes, and tells each item through the SwipeDelegate attached type.
    swipe.right: Row {
        anchors.right: parent.right
        height: parent.height
        Repeater {
            model: [1, 2, 3]
            delegate: Label {
                id: action
                required property int modelData
                objectName: "swipeStatus" + modelData
                width: root.large ? 120 : 92
                height: parent.height
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                wrapMode: Text.WordWrap
                text: Choices.of("attendance")[modelData]
                font.pixelSize: Theme.fontSmall
                font.bold: true
                color: Theme.textOnPrimary
                background: Rectangle {
                    color: Theme.statusColor(action.modelData)
                    opacity: action.SwipeDelegate.pressed ? 0.7 : 1
                }
                SwipeDelegate.onClicked: {
                    root.swipe.close()
                    root.markRequested(root.memberId, modelData)
                }
            }
        }
    }

    contentItem: RowLayout {
        id: row
        spacing: Theme.padding
        Rectangle {
            implicitWidth: root.large ? 52 : 40
            implicitHeight: implicitWidth
            radius: implicitWidth / 2
            color: root.status >= 0 ? Theme.statusColor(root.status) : Theme.divider
            Label {
                anchors.centerIn: parent
                text: root.status === 0 || root.status === 1 ? "✓" : root.givenName.charAt(0)
                color: root.status >= 0 ? Theme.textOnPrimary : Theme.text
                font.pixelSize: root.large ? Theme.fontHeadline : Theme.fontTitle
                font.bold: true
            }
        }
        // Name on its own line (two lines when long), the status under it: at 412 px a
        // status column beside the name would cut the name short.
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "name"
                Layout.fillWidth: true
                text: root.fullName
                font.pixelSize: root.large ? Theme.fontHeadline : Theme.fontBody
                color: Theme.text
                wrapMode: Text.WordWrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Label {
                objectName: "status"
                Layout.fillWidth: true
                text: root.status < 0
                      ? (root.cardNumber.length > 0 ? root.unitName + " · " + root.cardNumber : root.unitName)
                      : root.checkedInAt.length > 0 ? root.statusName + " · " + root.checkedInAt
                                                    : root.statusName
                font.pixelSize: Theme.fontSmall
                font.bold: root.status >= 0
                color: root.status < 0 ? Theme.textMuted : Theme.statusColor(root.status)
                elide: Text.ElideRight
            }
        }
        ToolButton {
            objectName: "moreButton"
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: "⋯"
            font.pixelSize: Theme.fontTitle
            Accessible.name: qsTr("Other statuses")
            onClicked: menu.popup()
        }
    }

    // One status of four: radio choices, the current one marked.
    Menu {
        id: menu
        objectName: "statusMenu"
        Repeater {
            model: Choices.of("attendance")
            delegate: RadioDelegate {
                required property int index
                required property string modelData
                objectName: "statusChoice" + index
                width: menu.availableWidth
                implicitHeight: Theme.touchTarget
                text: modelData
                checkable: false // the mark decides what is checked, not the click
                checked: root.status === index
                onClicked: {
                    menu.close()
                    root.markRequested(root.memberId, index)
                }
            }
        }
    }
}
