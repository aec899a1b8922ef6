import QtQuick
import QtQuick.Controls
import DoanField

// A dialog's buttons in the app's language (Qt's standard buttons would read OK / CANCEL
// in English): use as a Dialog's footer; they accept and reject the dialog.
DialogButtonBox {
    id: box
    property string acceptText: qsTr("OK")
    property string rejectText: qsTr("Cancel")
    property bool canAccept: true
    Button {
        objectName: "dialogReject"
        text: box.rejectText
        flat: true
        implicitHeight: Theme.touchTarget
        DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
    }
    Button {
        objectName: "dialogAccept"
        visible: box.canAccept
        text: box.acceptText
        flat: true
        implicitHeight: Theme.touchTarget
        DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
    }
}
