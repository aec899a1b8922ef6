import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtCore
import QtQuick.Layouts
import DoanField

// A branch's member list brought in from Excel or CSV: choose the file, check what each
// column was taken for, see what the import would do (new, updated, unchanged, refused
// rows with their reasons, possible duplicates with a choice each), then import it all at
// once. Until the new rows sync, the import can be undone.
Page {
    id: root
    property string unitId: Workspace.rootUnitId
    readonly property alias importer: model

    background: Rectangle { color: Theme.background }

    ImportModel {
        id: model
        objectName: "importModel"
        workspace: Workspace
        unitId: root.unitId.length > 0 ? root.unitId : Workspace.rootUnitId
    }

    FileDialog {
        id: fileDialog
        objectName: "importFileDialog"
        title: qsTr("Choose a member list")
        fileMode: FileDialog.OpenFile
        acceptLabel: qsTr("Open")
        rejectLabel: qsTr("Cancel")
        nameFilters: [qsTr("Member lists (*.xlsx *.csv)"), qsTr("All files (*)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: model.open(selectedFile)
    }

    UnitPickerDialog {
        id: unitDialog
        title: qsTr("Import into unit")
        currentUnitId: model.unitId
        onUnitChosen: (id, name) => root.unitId = id
    }

    // Each step starts at its top (the preview's counts, not where the columns were left).
    property string shownStep: model.step
    onShownStepChanged: scroll.ScrollBar.vertical.position = 0

    ScrollView {
        id: scroll
        anchors.fill: parent
        contentWidth: availableWidth
        enabled: !model.busy

        ColumnLayout {
            width: Math.min(scroll.availableWidth, 900)
            x: (scroll.availableWidth - width) / 2
            spacing: Theme.spacing

            Item { Layout.preferredHeight: Theme.spacing }

            // Where the members go.
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: Theme.padding
                Layout.rightMargin: Theme.padding
                Label {
                    Layout.fillWidth: true
                    text: qsTr("Into: %1").arg(model.unitName)
                    font.pixelSize: Theme.fontBody
                    font.bold: true
                    wrapMode: Text.Wrap
                }
                Button {
                    objectName: "importUnitButton"
                    text: qsTr("Change unit")
                    flat: true
                    visible: model.step === "choose"
                    implicitHeight: Theme.touchTarget
                    onClicked: unitDialog.open()
                }
            }

            // Step 1: the file.
            ColumnLayout {
                visible: model.step === "choose"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.padding
                Layout.rightMargin: Theme.padding
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    text: qsTr("Choose the branch's member list: an Excel workbook (.xlsx) or a CSV file. "
                               + "Columns are found by their headers, such as “Họ và tên”, “Ngày sinh”, "
                               + "“Giới tính”, “SĐT”, “Số thẻ đoàn”. Nothing is written until you have "
                               + "seen the preview.")
                }
                Label {
                    objectName: "importUnitNote"
                    visible: model.unitNote.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.warning
                    font.pixelSize: Theme.fontBody
                    text: model.unitNote
                }
                // The last import, still unsent: it can be taken back from here too.
                Pane {
                    visible: model.canUndo
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.warningSoft; radius: 6 }
                    RowLayout {
                        anchors.fill: parent
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("Last import: %1 It can be undone until it syncs.").arg(model.result)
                        }
                        Button {
                            objectName: "undoLastImport"
                            text: qsTr("Undo import")
                            implicitHeight: Theme.touchTarget
                            onClicked: Nav.toast(model.undo() ? model.result : model.error)
                        }
                    }
                }
                Button {
                    objectName: "chooseImportFile"
                    Layout.fillWidth: true
                    implicitHeight: Theme.touchTarget + 8
                    highlighted: true
                    text: qsTr("Choose a file…")
                    onClicked: fileDialog.open()
                }
            }

            // Step 2: what each column is taken for.
            ColumnLayout {
                visible: model.step === "mapping"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.padding
                Layout.rightMargin: Theme.padding
                spacing: Theme.spacing
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    text: qsTr("%1 — %2. The header is on row %3. Check what each column is "
                               + "imported as, and correct it where the guess is wrong.")
                          .arg(model.fileName).arg(model.fileDescription).arg(model.headerRow)
                }
                Frame {
                    visible: model.tcvn3Suspected
                    Layout.fillWidth: true
                    background: Rectangle { color: Theme.warningSoft; radius: 6 }
                    ColumnLayout {
                        anchors.fill: parent
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: qsTr("This file looks typed with the old TCVN3 fonts (.VnTime): "
                                       + "“NguyÔn” stands for “Nguyễn”.")
                        }
                        CheckBox {
                            objectName: "convertTcvn3"
                            text: qsTr("Convert the text to Unicode")
                            checked: model.convertTcvn3
                            onToggled: model.convertTcvn3 = checked
                        }
                    }
                }
                Repeater {
                    model: model.columns
                    delegate: ImportColumnRow {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        column: index
                        header: modelData.header
                        sample: modelData.sample
                        field: modelData.field
                        fieldNames: root.importer.fieldNames
                        wide: root.width > 700
                        // Later: the change rebuilds this row, which must not happen inside its
                        // own signal handler.
                        onFieldChosen: (f) => Qt.callLater(root.importer.setColumnField, index, f)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        text: qsTr("Another file")
                        flat: true
                        implicitHeight: Theme.touchTarget
                        onClicked: model.back("choose")
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "previewImport"
                        text: qsTr("Preview")
                        highlighted: true
                        implicitHeight: Theme.touchTarget
                        onClicked: model.preview()
                    }
                }
            }

            // Step 3: what the import would do.
            ImportPreview {
                importer: model
                Layout.fillWidth: true
                Layout.leftMargin: Theme.padding
                Layout.rightMargin: Theme.padding
            }

            // Step 4: done, with undo.
            ColumnLayout {
                visible: model.step === "done"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.padding
                Layout.rightMargin: Theme.padding
                spacing: Theme.spacing
                Label {
                    objectName: "importResult"
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontBody
                    text: model.result
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.textMuted
                    visible: model.canUndo
                    text: qsTr("The new rows are sent with the next sync. Until then the import can be undone.")
                }
                RowLayout {
                    Layout.fillWidth: true
                    Button {
                        objectName: "undoImport"
                        visible: model.canUndo
                        text: qsTr("Undo import")
                        implicitHeight: Theme.touchTarget
                        onClicked: model.undo()
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "importAnother"
                        text: qsTr("Import another file")
                        highlighted: true
                        implicitHeight: Theme.touchTarget
                        onClicked: model.back("choose")
                    }
                }
            }

            Label {
                objectName: "importError"
                visible: model.error.length > 0
                Layout.fillWidth: true
                Layout.leftMargin: Theme.padding
                Layout.rightMargin: Theme.padding
                wrapMode: Text.Wrap
                color: Theme.accent
                font.pixelSize: Theme.fontBody
                text: model.error
            }
            Item { Layout.preferredHeight: Theme.padding }
        }
    }

    BusyOverlay {
        visible: model.busy
        text: model.progress > 0 ? qsTr("%1 rows done…").arg(model.progress.toLocaleString(Qt.locale(), "f", 0))
                                 : qsTr("Reading the file…")
        onCancelled: model.cancel()
    }
}
