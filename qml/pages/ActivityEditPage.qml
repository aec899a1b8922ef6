import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Create or edit an activity: kind, title, date and time, place, campaign, outputs.
Page {
    id: root
    property string activityId: ""
    property string unitId: Workspace.rootUnitId
    signal saved(string activityId)

    background: Rectangle { color: Theme.background }

    // The form's fields are the editor's properties; it reads and writes the activity.
    ActivityEditor { id: editor; workspace: Workspace }

    Component.onCompleted: {
        clearSummaryOnEdit()
        editor.load(activityId, unitId)
    }

    // The summary under the form goes once the user starts correcting a field.
    function clearSummaryOnEdit() {
        for (const f of [title, date, time, place, campaign, description, trees, children, money, works])
            if (f.edited) f.edited.connect(() => formError.text = "")
    }

    function save() {
        const r = editor.save()
        const e = r.errors || {}
        activityUnitError.text = e.unitId || ""
        title.error = e.title || ""
        date.error = e.date || e.startsAt || ""
        time.error = e.time || ""
        trees.error = e.trees || e.outputs || ""
        children.error = e.children || ""
        money.error = e.money || ""
        works.error = e.works || ""
        formError.text = r.ok ? "" : (r.message || "")
        if (r.ok) {
            Nav.toast(activityId.length > 0 ? qsTr("Activity saved") : qsTr("Activity created"))
            saved(r.id)
        }
    }

    UnitPickerDialog {
        id: activityUnitDialog
        objectName: "activityUnitDialog"
        title: qsTr("Unit")
        currentUnitId: editor.unitId
        onUnitChosen: (id, name) => { editor.unitId = id; activityUnitError.text = "" }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.padding
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: form
            x: Theme.padding
            y: Theme.padding
            width: Math.min(parent.width - 2 * Theme.padding, Theme.formWidth)
            spacing: Theme.spacing

            Label {
                text: root.activityId.length > 0 ? qsTr("Edit activity") : qsTr("New activity")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }
            // Whose activity it is: its members are the ones expected at it.
            Label {
                text: qsTr("Unit")
                font.pixelSize: Theme.fontSmall
                color: activityUnitError.text.length > 0 ? Theme.accent : Theme.textMuted
            }
            Button {
                objectName: "activityUnitButton"
                Layout.fillWidth: true
                implicitHeight: Theme.touchTarget
                text: editor.unitName.length > 0 ? editor.unitName : qsTr("Choose a unit")
                onClicked: activityUnitDialog.open()
            }
            Label {
                id: activityUnitError
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.accent
            }
            Label {
                text: qsTr("Kind")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            ComboBox {
                id: kind
                Layout.fillWidth: true
                model: Choices.of("activityKind")
                font.pixelSize: Theme.fontBody
                currentIndex: editor.kind
                onCurrentIndexChanged: editor.kind = currentIndex
            }
            FormField {
                id: title
                objectName: "titleField"
                label: qsTr("Title")
                placeholderText: qsTr("e.g. Chủ nhật xanh tháng 12")
                text: editor.title
                onTextChanged: editor.title = text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                FormField {
                    id: date
                    label: qsTr("Date (day/month/year)")
                    inputMethodHints: Qt.ImhDate
                    text: editor.date
                    onTextChanged: editor.date = text
                }
                FormField {
                    id: time
                    label: qsTr("Time")
                    inputMethodHints: Qt.ImhTime
                    text: editor.time
                    onTextChanged: editor.time = text
                }
            }
            FormField { id: place; label: qsTr("Place"); text: editor.place; onTextChanged: editor.place = text }
            FormField {
                id: campaign
                label: qsTr("Campaign")
                placeholderText: qsTr("e.g. Mùa hè xanh")
                text: editor.campaign
                onTextChanged: editor.campaign = text
            }
            FormField { id: description; label: qsTr("Description"); text: editor.description; onTextChanged: editor.description = text }
            Label {
                text: qsTr("Outputs")
                font.pixelSize: Theme.fontBody
                font.bold: true
                color: Theme.text
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: Theme.spacing
                FormField {
                    id: trees; label: qsTr("Trees planted"); inputMethodHints: Qt.ImhDigitsOnly
                    text: editor.trees; onTextChanged: editor.trees = text
                }
                FormField {
                    id: children; label: qsTr("Children supported"); inputMethodHints: Qt.ImhDigitsOnly
                    text: editor.children; onTextChanged: editor.children = text
                }
                FormField {
                    id: money; label: qsTr("Money raised (VND)"); inputMethodHints: Qt.ImhDigitsOnly
                    text: editor.money; onTextChanged: editor.money = text
                }
                FormField {
                    id: works; label: qsTr("Works built"); inputMethodHints: Qt.ImhDigitsOnly
                    text: editor.works; onTextChanged: editor.works = text
                }
            }
            Label {
                id: formError
                objectName: "activityFormError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.accent
                font.pixelSize: Theme.fontBody
            }
            RowLayout {
                Layout.fillWidth: true
                Button {
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Cancel")
                    flat: true
                    onClicked: Nav.back()
                }
                Button {
                    objectName: "saveActivityButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: qsTr("Save")
                    highlighted: true
                    onClicked: root.save()
                }
            }
        }
    }
}
