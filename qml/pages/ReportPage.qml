import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import DoanField

// The 6- or 12-month report as it will be filed: the same tables as the PDF, then saved
// as Excel or PDF (through a file dialog on a desktop; to the documents folder on a phone).
Page {
    id: root
    property ProgressModel progress
    readonly property bool mobile: Qt.platform.os === "android" || Qt.platform.os === "ios"

    background: Rectangle { color: Theme.background }

    // Saves to `file` and says where, or what went wrong.
    function saveTo(file) {
        const problem = progress.save(file)
        Nav.toast(problem.length > 0 ? problem
                                     : qsTr("Saved: %1").arg(decodeURIComponent(String(file).replace("file://", ""))))
        return problem
    }
    function choose(suffix) {
        if (mobile) {
            saveTo(progress.defaultFile(suffix))
            return
        }
        const file = progress.defaultFile(suffix)
        fileDialog.suffix = suffix
        fileDialog.currentFolder = String(file).substring(0, String(file).lastIndexOf("/"))
        fileDialog.selectedFile = file
        fileDialog.open()
    }

    FileDialog {
        id: fileDialog
        property string suffix: "xlsx"
        fileMode: FileDialog.SaveFile
        title: qsTr("Save the report")
        acceptLabel: qsTr("Save")
        rejectLabel: qsTr("Cancel")
        defaultSuffix: suffix
        nameFilters: suffix === "pdf" ? [qsTr("PDF (*.pdf)")] : [qsTr("Excel workbook (*.xlsx)")]
        onAccepted: root.saveTo(selectedFile)
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        Flickable {
            objectName: "reportPreview"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentHeight: preview.implicitHeight + 2 * Theme.padding
            ScrollIndicator.vertical: ScrollIndicator {}
            Rectangle {
                x: Theme.padding / 2
                y: Theme.padding / 2
                width: parent.width - Theme.padding
                height: preview.implicitHeight + Theme.padding
                color: "white"
                border.color: Theme.divider
                Text {
                    id: preview
                    x: Theme.padding / 2
                    y: Theme.padding / 2
                    width: parent.width - Theme.padding
                    textFormat: Text.RichText
                    wrapMode: Text.WordWrap
                    text: root.progress ? root.progress.html : ""
                    color: "black"
                    font.pixelSize: Theme.fontSmall
                }
            }
        }
        Pane {
            Layout.fillWidth: true
            background: Rectangle { color: Theme.surface }
            RowLayout {
                width: parent.width
                Button {
                    objectName: "saveXlsx"
                    Layout.fillWidth: true
                    highlighted: true
                    text: qsTr("Save as Excel")
                    onClicked: root.choose("xlsx")
                }
                Button {
                    objectName: "savePdf"
                    Layout.fillWidth: true
                    text: qsTr("Save as PDF")
                    onClicked: root.choose("pdf")
                }
            }
        }
    }
}
