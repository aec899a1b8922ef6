import QtQuick
import QtQuick.Controls
import DoanField

// The door's answer, in words: who was checked in, who already was (and when), how many
// match, or what a scanned code was. `answer` is CheckInModel.admit()'s {result, name,
// time, count} or admitCode()'s, which carries its sentence in `message`.
Rectangle {
    id: root
    property var answer: ({})
    objectName: "doorBanner"
    implicitHeight: text.implicitHeight + 2 * Theme.padding
    radius: Theme.radius
    color: answer.result === "checkedIn" ? Theme.success
         : answer.result === "already" ? Theme.warning
         : answer.result === "choose" || answer.result === "none" || answer.result === "guest"
           ? Theme.primary : Theme.accent
    Label {
        id: text
        objectName: "doorBannerText"
        anchors.fill: parent
        anchors.margins: Theme.padding
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.WordWrap
        color: Theme.textOnPrimary
        font.pixelSize: root.answer.result === "checkedIn" ? Theme.fontDisplay : Theme.fontTitle
        font.bold: true
        text: {
            switch (root.answer.result) {
            case "checkedIn": return "✓ " + root.answer.name
            case "already":
                return root.answer.time
                    ? qsTr("%1 is already checked in, at %2.").arg(root.answer.name).arg(root.answer.time)
                    : qsTr("%1 is already checked in.").arg(root.answer.name)
            case "choose":
                return qsTr("%n people match. Choose one with ↑ ↓ and Enter, or tap the name.", "",
                            root.answer.count)
            case "none": return qsTr("Nobody matches. Check the name or the card number.")
            }
            if (root.answer.message)
                return (root.answer.name ? root.answer.name + ": " : "") + root.answer.message
            return ""
        }
    }
}
