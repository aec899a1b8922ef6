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
    property var info: ({})
    signal saved(string memberId)

    background: Rectangle { color: Theme.background }

    Component.onCompleted: {
        clearSummaryOnEdit()
        info = Workspace.memberInfo(memberId, unitId)
        chosenUnit = info.unitId || unitId
        chosenUnitName = info.unitName || Workspace.unitName(chosenUnit)
        fullName.text = info.fullName || ""
        birthDate.text = info.birthDate || ""
        gender.currentIndex = info.gender || 0
        ethnicity.text = info.ethnicity || ""
        religion.text = info.religion || ""
        citizenId.text = info.citizenId || ""
        phone.text = info.phone || ""
        email.text = info.email || ""
        address.text = info.address || ""
        cardNumber.text = info.cardNumber || ""
        joinedDate.text = info.joinedDate || ""
        position.currentIndex = info.position || 0
        status.currentIndex = info.status || 0
        rating.currentIndex = info.rating || 0
        ratingYear.text = info.ratingYear || ""
        education.text = info.education || ""
        professional.text = info.professional || ""
        theory.currentIndex = info.theoryLevel || 0
        courses.text = info.courses || ""
        partyMember.checked = !!info.partyMember
        partyDate.text = info.partyDate || ""
        outstanding.checked = !!info.outstanding
        outstandingDate.text = info.outstandingDate || ""
        hardship.checked = !!info.hardship
        hardshipNote.text = info.hardshipNote || ""
        fullName.field.forceActiveFocus()
    }

    property string chosenUnit: ""
    property string chosenUnitName: ""

    function save() {
        const r = Workspace.saveMember({
            id: memberId, unitId: chosenUnit, fullName: fullName.text,
            birthDate: birthDate.text, gender: gender.currentIndex, ethnicity: ethnicity.text,
            religion: religion.text, citizenId: citizenId.text, phone: phone.text,
            email: email.text, address: address.text, cardNumber: cardNumber.text,
            joinedDate: joinedDate.text, position: position.currentIndex,
            status: status.currentIndex, rating: rating.currentIndex, ratingYear: ratingYear.text,
            education: education.text, professional: professional.text,
            theoryLevel: theory.currentIndex, courses: courses.text,
            partyMember: partyMember.checked, partyDate: partyDate.text,
            outstanding: outstanding.checked, outstandingDate: outstandingDate.text,
            hardship: hardship.checked, hardshipNote: hardshipNote.text })
        const e = r.errors || {}
        for (const key in formFields())
            formFields()[key].error = e[key] || ""
        unitError.text = e.unitId || ""
        formError.text = r.ok ? "" : (r.message || "")
        if (!r.ok)
            return
        const w = r.warnings || {}
        const warning = Object.keys(w).length > 0 ? " " + w[Object.keys(w)[0]] : ""
        Nav.toast((memberId.length > 0 ? qsTr("Member saved.") : qsTr("Member added.")) + warning)
        saved(r.id)
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
        currentUnitId: root.chosenUnit
        onUnitChosen: (id, name) => { root.chosenUnit = id; root.chosenUnitName = name; unitError.text = "" }
    }

    Flickable {
        id: flick
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
            FormField { id: fullName; objectName: "fullNameField"; label: qsTr("Full name") + " *" }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > Theme.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                FormField { id: birthDate; objectName: "birthDateField"; label: qsTr("Date of birth (day/month/year)"); inputMethodHints: Qt.ImhDate }
                ChoiceField { id: gender; label: qsTr("Gender"); model: Workspace.choices("gender") }
                FormField { id: ethnicity; label: qsTr("Ethnicity"); placeholderText: qsTr("e.g. Kinh") }
                FormField { id: religion; label: qsTr("Religion") }
                FormField { id: citizenId; label: qsTr("Citizen ID"); inputMethodHints: Qt.ImhDigitsOnly }
            }

            Label { text: qsTr("Contact"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > Theme.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                FormField { id: phone; objectName: "phoneField"; label: qsTr("Phone"); inputMethodHints: Qt.ImhDialableCharactersOnly }
                FormField { id: email; label: qsTr("Email"); inputMethodHints: Qt.ImhEmailCharactersOnly }
            }
            FormField { id: address; label: qsTr("Address") }

            Label { text: qsTr("Union"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                Label { text: qsTr("Unit"); font.pixelSize: Theme.fontSmall; color: unitError.text.length > 0 ? Theme.accent : Theme.textMuted }
                Button {
                    objectName: "unitButton"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget
                    text: root.chosenUnitName.length > 0 ? root.chosenUnitName : qsTr("Choose a unit")
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
                FormField { id: cardNumber; label: qsTr("Member card number") }
                FormField { id: joinedDate; objectName: "joinedDateField"; label: qsTr("Date joined the Union"); inputMethodHints: Qt.ImhDate }
                ChoiceField { id: position; label: qsTr("Position"); model: Workspace.choices("position") }
                ChoiceField { id: status; objectName: "statusField"; label: qsTr("Status"); model: Workspace.choices("status") }
                ChoiceField { id: rating; label: qsTr("Rating"); model: Workspace.choices("rating") }
                FormField { id: ratingYear; label: qsTr("Rating year"); inputMethodHints: Qt.ImhDigitsOnly; enabled: rating.currentIndex > 0 }
            }

            Label { text: qsTr("Education and training"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            GridLayout {
                Layout.fillWidth: true
                columns: root.width > Theme.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                FormField { id: education; label: qsTr("Education"); placeholderText: qsTr("e.g. 12/12") }
                FormField { id: professional; label: qsTr("Professional level") }
                ChoiceField { id: theory; label: qsTr("Political theory"); model: Workspace.choices("theory") }
                FormField { id: courses; label: qsTr("Courses (separated by ;)") }
            }

            Label { text: qsTr("Party"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            Switch { id: partyMember; text: qsTr("Party member"); font.pixelSize: Theme.fontBody }
            FormField { id: partyDate; label: qsTr("Admitted on"); visible: partyMember.checked; inputMethodHints: Qt.ImhDate }
            Switch { id: outstanding; text: qsTr("Introduced as an outstanding member"); font.pixelSize: Theme.fontBody }
            FormField { id: outstandingDate; label: qsTr("Introduced on"); visible: outstanding.checked; inputMethodHints: Qt.ImhDate }

            Label { text: qsTr("Hardship"); font.bold: true; color: Theme.primary; font.pixelSize: Theme.fontBody }
            Switch { id: hardship; text: qsTr("In hardship"); font.pixelSize: Theme.fontBody }
            FormField { id: hardshipNote; label: qsTr("Note"); visible: hardship.checked; placeholderText: qsTr("Note, e.g. family circumstances") }

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
