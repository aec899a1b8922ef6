import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Create or edit a member profile: every field of the hồ sơ đoàn viên, grouped as on the
// profile page, with the validation sentence under each field it concerns.
Page {
    id: root
    property string memberId: ""
    property string unitId: Workspace.rootUnitId
    signal saved(string memberId)

    background: Rectangle { color: Theme.background }

    // The form's fields are the editor's properties; it reads and writes the member.
    MemberEditor { id: editor; workspace: Workspace }

    Component.onCompleted: {
        clearSummaryOnEdit()
        editor.load(memberId, unitId)
        fullName.field.forceActiveFocus()
    }

    function save() {
        const r = editor.save()
        const e = r.errors || {}
        for (const key in formFields())
            formFields()[key].error = e[key] || ""
        unitError.text = e.unitId || ""
        formError.text = r.ok ? "" : (r.message || "")
        if (!r.ok) {
            revealFirstError()
            return
        }
        const w = r.warnings || {}
        const warning = Object.keys(w).length > 0 ? " " + w[Object.keys(w)[0]] : ""
        Nav.toast((memberId.length > 0 ? qsTr("Member saved.") : qsTr("Member added.")) + warning)
        saved(r.id)
    }
    // Scrolls to the first field in error, in the order of the form, and puts the cursor
    // there: the mistakes above the fold are the ones to see first.
    function revealFirstError() {
        const order = [fullName, birthDate, phone, email, unitError, joinedDate, ratingYear,
                       partyDate, outstandingDate]
        for (const f of order) {
            const bad = f === unitError ? unitError.text.length > 0 : f.error.length > 0
            if (!bad)
                continue
            const y = f.mapToItem(form, 0, 0).y
            flick.contentY = Math.max(0, Math.min(y - Theme.padding, flick.contentHeight - flick.height))
            if (f.field)
                f.field.forceActiveFocus()
            return
        }
    }
    function formFields() {
        return { fullName: fullName, birthDate: birthDate, phone: phone, email: email,
                         joinedDate: joinedDate, ratingYear: ratingYear, partyDate: partyDate,
                         outstandingDate: outstandingDate }
    }
    // The summary under the form goes once the user starts correcting a field.
    function clearSummaryOnEdit() {
        const fields = formFields()
        for (const key in fields)
            fields[key].edited.connect(() => formError.text = "")
    }

    UnitPickerDialog {
        id: unitDialog
        title: qsTr("Unit")
        currentUnitId: editor.unitId
        onUnitChosen: (id, name) => { editor.unitId = id; unitError.text = "" }
    }

    Flickable {
        id: flick
        objectName: "memberForm"
        anchors.fill: parent
        contentHeight: form.implicitHeight + 2 * Theme.padding
        clip: true
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: form
            x: Theme.padding
            y: Theme.padding
            width: Math.min(parent.width - 2 * Theme.padding, Theme.wideFormWidth)
            spacing: Theme.spacing

            Label {
                text: root.memberId.length > 0 ? qsTr("Edit member") : qsTr("New member")
                font.pixelSize: Theme.fontTitle
                font.bold: true
                color: Theme.text
            }

            Label { text: qsTr("Personal"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            FormField { id: fullName; text: editor.fullName; onTextChanged: editor.fullName = text; objectName: "fullNameField"; label: qsTr("Full name") + " *" }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > Theme.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                FormField { id: birthDate; text: editor.birthDate; onTextChanged: editor.birthDate = text; objectName: "birthDateField"; label: qsTr("Date of birth (day/month/year)"); inputMethodHints: Qt.ImhDate }
                ChoiceField { id: gender; currentIndex: editor.gender; onCurrentIndexChanged: editor.gender = currentIndex; label: qsTr("Gender"); model: Choices.of("gender") }
                FormField { id: ethnicity; text: editor.ethnicity; onTextChanged: editor.ethnicity = text; label: qsTr("Ethnicity"); placeholderText: qsTr("e.g. Kinh") }
                FormField { id: religion; text: editor.religion; onTextChanged: editor.religion = text; label: qsTr("Religion") }
                FormField { id: citizenId; text: editor.citizenId; onTextChanged: editor.citizenId = text; label: qsTr("Citizen ID"); inputMethodHints: Qt.ImhDigitsOnly }
            }

            Label { text: qsTr("Contact"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > Theme.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                FormField { id: phone; text: editor.phone; onTextChanged: editor.phone = text; objectName: "phoneField"; label: qsTr("Phone"); inputMethodHints: Qt.ImhDialableCharactersOnly }
                FormField { id: email; text: editor.email; onTextChanged: editor.email = text; label: qsTr("Email"); inputMethodHints: Qt.ImhEmailCharactersOnly }
            }
            FormField { id: address; text: editor.address; onTextChanged: editor.address = text; label: qsTr("Address") }

            Label { text: qsTr("Union"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label { text: qsTr("Unit"); font.pixelSize: Theme.fontSmall; color: unitError.text.length > 0 ? Theme.accent : Theme.textMuted }
                Button {
                    objectName: "unitButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: editor.unitName.length > 0 ? editor.unitName : qsTr("Choose a unit")
                    onClicked: unitDialog.open()
                }
                Label {
                    id: unitError
                    Layout.fillWidth: true
                    visible: text.length > 0
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.accent
                }
            }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > Theme.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                FormField { id: cardNumber; text: editor.cardNumber; onTextChanged: editor.cardNumber = text; label: qsTr("Member card number") }
                FormField { id: joinedDate; text: editor.joinedDate; onTextChanged: editor.joinedDate = text; objectName: "joinedDateField"; label: qsTr("Date joined the Union"); inputMethodHints: Qt.ImhDate }
                ChoiceField { id: position; currentIndex: editor.position; onCurrentIndexChanged: editor.position = currentIndex; label: qsTr("Position"); model: Choices.of("position") }
                ChoiceField { id: status; currentIndex: editor.status; onCurrentIndexChanged: editor.status = currentIndex; objectName: "statusField"; label: qsTr("Status"); model: Choices.of("status") }
                ChoiceField { id: rating; currentIndex: editor.rating; onCurrentIndexChanged: editor.rating = currentIndex; label: qsTr("Rating"); model: Choices.of("rating") }
                FormField { id: ratingYear; text: editor.ratingYear; onTextChanged: editor.ratingYear = text; label: qsTr("Rating year"); inputMethodHints: Qt.ImhDigitsOnly; enabled: rating.currentIndex > 0 }
            }

            Label { text: qsTr("Education and training"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > Theme.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                FormField { id: education; text: editor.education; onTextChanged: editor.education = text; label: qsTr("Education"); placeholderText: qsTr("e.g. 12/12") }
                FormField { id: professional; text: editor.professional; onTextChanged: editor.professional = text; label: qsTr("Professional level") }
                ChoiceField { id: theory; currentIndex: editor.theoryLevel; onCurrentIndexChanged: editor.theoryLevel = currentIndex; label: qsTr("Political theory"); model: Choices.of("theory") }
                FormField { id: courses; text: editor.courses; onTextChanged: editor.courses = text; label: qsTr("Courses (separated by ;)") }
            }

            Label { text: qsTr("Party"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            Switch { id: partyMember; checked: editor.partyMember; onCheckedChanged: editor.partyMember = checked; text: qsTr("Party member"); font.pixelSize: Theme.fontBody }
            FormField { id: partyDate; text: editor.partyDate; onTextChanged: editor.partyDate = text; label: qsTr("Admitted on"); visible: partyMember.checked; inputMethodHints: Qt.ImhDate }
            Switch { id: outstanding; checked: editor.outstanding; onCheckedChanged: editor.outstanding = checked; text: qsTr("Introduced as an outstanding member"); font.pixelSize: Theme.fontBody }
            FormField { id: outstandingDate; text: editor.outstandingDate; onTextChanged: editor.outstandingDate = text; label: qsTr("Introduced on"); visible: outstanding.checked; inputMethodHints: Qt.ImhDate }

            Label { text: qsTr("Hardship"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            Switch { id: hardship; checked: editor.hardship; onCheckedChanged: editor.hardship = checked; text: qsTr("In hardship"); font.pixelSize: Theme.fontBody }
            FormField { id: hardshipNote; text: editor.hardshipNote; onTextChanged: editor.hardshipNote = text; label: qsTr("Note"); visible: hardship.checked; placeholderText: qsTr("Note, e.g. family circumstances") }

            Label {
                id: formError
                objectName: "memberFormError"
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
                    objectName: "saveMemberButton"
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
