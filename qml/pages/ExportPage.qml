import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoanField

// Lists in and out of the app for a unit: the member list and volunteer hours for a
// period, as Excel (.xlsx) or CSV; and the import of a member list. A phone saves to
// Documents; a desktop asks where, in a file dialog that opens there.
Page {
    id: root
    property string unitId: Workspace.rootUnitId
    // The unit the lists are of: the one given, else the top of the account's scope.
    readonly property string unit: unitId.length > 0 ? unitId : Workspace.rootUnitId
    // The member list's filter when opened from the member list ({query, status, …}).
    property var memberFilter: ({})
    readonly property bool mobile: Qt.platform.os === "android" || Qt.platform.os === "ios"
    readonly property string format: csvChoice.checked ? "csv" : "xlsx"
    readonly property alias exporter: model
    property string busyKind: ""

    background: Rectangle { color: Theme.background }

    ExportModel { id: model; workspace: Workspace }

    // Writes `kind` to `file` and says where, or what went wrong.
    function write(kind, file) {
        let problem = ""
        if (kind === "members")
            problem = model.exportMembers(file, root.unit, root.memberFilter)
        else if (kind === "cards")
            problem = model.exportCards(file, root.unit)
        else
            problem = model.exportHours(file, root.unit, fromField.text, toField.text)
        Nav.toast(problem.length > 0 ? problem
                                     : qsTr("Saved: %1").arg(decodeURIComponent(String(file).replace("file://", ""))))
        return problem
    }
    function choose(kind) {
        const file = model.suggestedFile(kind, root.unit, root.format)
        root.busyKind = kind
        if (mobile) {
            write(kind, file)
            return
        }
        fileDialog.kind = kind
        root.busyKind = kind
        fileDialog.currentFolder = String(file).substring(0, String(file).lastIndexOf("/"))
        fileDialog.selectedFile = file
        fileDialog.open()
    }

    FileDialog {
        id: fileDialog
        objectName: "exportFileDialog"
        property string kind: "members"
        fileMode: FileDialog.SaveFile
        title: kind === "cards" ? qsTr("Save the cards") : qsTr("Save the list")
        acceptLabel: qsTr("Save")
        rejectLabel: qsTr("Cancel")
        defaultSuffix: kind === "cards" ? "pdf" : root.format
        nameFilters: kind === "cards" ? ["PDF (*.pdf)"]
                     : root.format === "csv" ? [qsTr("CSV, UTF-8 (*.csv)")] : [qsTr("Excel workbook (*.xlsx)")]
        onAccepted: root.write(kind, selectedFile)
    }

    UnitPickerDialog {
        id: unitDialog
        title: qsTr("Unit")
        currentUnitId: root.unit
        onUnitChosen: (id, name) => root.unitId = id
    }

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        enabled: !model.busy

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 2 * Theme.padding, 720)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Theme.spacing }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    // Read again when the workspace is set or ready (a function call has no notifier).
                    text: qsTr("Unit: %1").arg(model.workspace && Workspace.ready ? model.unitName(root.unit) : "")
                    font.bold: true
                    font.pixelSize: Theme.fontBody
                    wrapMode: Text.Wrap
                }
                Button {
                    text: qsTr("Change unit")
                    flat: true
                    implicitHeight: Theme.touchTarget
                    onClicked: unitDialog.open()
                }
            }

            Label { text: qsTr("File type"); font.bold: true; font.pixelSize: Theme.fontBody }
            RowLayout {
                RadioButton { id: xlsxChoice; objectName: "formatXlsx"; text: qsTr("Excel (.xlsx)"); checked: true }
                RadioButton { id: csvChoice; objectName: "formatCsv"; text: qsTr("CSV (.csv)") }
            }

            Pane {
                Layout.fillWidth: true
                background: Rectangle { color: Theme.surface; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    Label { text: qsTr("Member list"); font.bold: true; font.pixelSize: Theme.fontBody }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: Object.keys(root.memberFilter).length > 0
                              ? qsTr("The members the list shows, with its search and filters, and the profile fields an import reads back.")
                              : qsTr("Every active member of the unit and the units under it, with the profile fields an import reads back.")
                    }
                    Button {
                        objectName: "exportMembers"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        highlighted: true
                        text: qsTr("Export the member list")
                        onClicked: root.choose("members")
                    }
                }
            }

            Pane {
                Layout.fillWidth: true
                background: Rectangle { color: Theme.surface; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    Label { text: qsTr("Volunteer hours"); font.bold: true; font.pixelSize: Theme.fontBody }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("Hours per member for the period: confirmed, awaiting confirmation, and entries.")
                    }
                    GridLayout {
                        Layout.fillWidth: true
                        columns: 2
                        Label { text: qsTr("From") }
                        TextField {
                            id: fromField
                            objectName: "hoursFrom"
                            Layout.fillWidth: true
                            text: "01/01/" + new Date().getFullYear()
                            inputMethodHints: Qt.ImhDate
                        }
                        Label { text: qsTr("To") }
                        TextField {
                            id: toField
                            objectName: "hoursTo"
                            Layout.fillWidth: true
                            text: Qt.formatDate(new Date(), "dd/MM/yyyy")
                            inputMethodHints: Qt.ImhDate
                        }
                    }
                    Button {
                        objectName: "exportHours"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Export volunteer hours")
                        onClicked: root.choose("hours")
                    }
                }
            }

            Pane {
                Layout.fillWidth: true
                background: Rectangle { color: Theme.surface; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    Label { text: qsTr("Member cards"); font.bold: true; font.pixelSize: Theme.fontBody }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("A PDF to print on A4: 10 cards a page with cut marks, each with the name, unit, card number and the QR code scanned at check-in.")
                    }
                    Label {
                        objectName: "cardsCount"
                        readonly property int cards: model.workspace && Workspace.ready ? model.activeMembers(root.unit) : 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        font.bold: true
                        text: qsTr("%1 cards on %2 pages, for every active member of this unit and the units under it.")
                              .arg(cards.toLocaleString(Qt.locale(), "f", 0))
                              .arg(Math.ceil(cards / 10).toLocaleString(Qt.locale(), "f", 0))
                    }
                    Button {
                        objectName: "exportCards"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Print member cards (PDF)")
                        onClicked: root.choose("cards")
                    }
                }
            }

            Pane {
                Layout.fillWidth: true
                background: Rectangle { color: Theme.surface; radius: 6 }
                ColumnLayout {
                    anchors.fill: parent
                    Label { text: qsTr("Bring a list in"); font.bold: true; font.pixelSize: Theme.fontBody }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.textMuted
                        text: qsTr("Import the branch's member list from Excel or CSV, with a preview before anything is written.")
                    }
                    Button {
                        objectName: "openImport"
                        Layout.fillWidth: true
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Import members…")
                        onClicked: Nav.openImport(root.unit)
                    }
                }
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }

    BusyOverlay {
        visible: model.busy
        text: root.busyKind === "cards" && model.total > 0
              ? qsTr("%1 of %2 cards made…").arg(model.progress.toLocaleString(Qt.locale(), "f", 0))
                                           .arg(model.total.toLocaleString(Qt.locale(), "f", 0))
              : qsTr("%1 rows written…").arg(model.progress.toLocaleString(Qt.locale(), "f", 0))
        onCancelled: model.cancel()
    }
}
