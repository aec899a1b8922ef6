import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// The import's third step: what it would do (counts), the possible duplicates with a
// choice each, the refused rows and the notes, and the import itself.
ColumnLayout {
    id: root
    required property ImportModel importer
    visible: importer.step === "preview"
    spacing: Theme.spacing
    GridLayout {
        Layout.fillWidth: true
        columns: root.width > 700 ? 6 : 3
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing
        StatTile { objectName: "countAdded"; Layout.fillWidth: true; Layout.preferredWidth: 1
                   value: String(importer.counts.added || 0); label: qsTr("New") }
        StatTile { objectName: "countUpdated"; Layout.fillWidth: true; Layout.preferredWidth: 1
                   value: String(importer.counts.updated || 0); label: qsTr("Updated") }
        StatTile { objectName: "countUnchanged"; Layout.fillWidth: true; Layout.preferredWidth: 1
                   value: String(importer.counts.unchanged || 0); label: qsTr("Unchanged") }
        StatTile { objectName: "countRefused"; Layout.fillWidth: true; Layout.preferredWidth: 1
                   value: String(importer.counts.refused || 0); label: qsTr("Refused") }
        StatTile { objectName: "countSkipped"; Layout.fillWidth: true; Layout.preferredWidth: 1
                   value: String(importer.counts.skipped || 0); label: qsTr("Skipped") }
        StatTile { objectName: "countMerged"; Layout.fillWidth: true; Layout.preferredWidth: 1
                   value: String(importer.counts.merged || 0); label: qsTr("Merged") }
    }
    Label {
        visible: importer.groups.length > 0
        Layout.fillWidth: true
        text: qsTr("Possible duplicates (%1)").arg(importer.groups.length)
        font.bold: true
        font.pixelSize: Theme.fontBody
    }
    Repeater {
        model: importer.groups
        delegate: DuplicateGroupCard {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            group: modelData
            groupIndex: index
            onActionChosen: (a) => Qt.callLater(importer.setGroupAction, index, a)
        }
    }
    RowSentences {
        Layout.fillWidth: true
        title: qsTr("Rows that will not be imported (%1)").arg(importer.counts.refused || 0)
        sentences: importer.refusals
        color: Theme.accent
    }
    RowSentences {
        Layout.fillWidth: true
        title: qsTr("Notes")
        sentences: importer.warnings
        color: Theme.textMuted
    }
    RowLayout {
        Layout.fillWidth: true
        Button {
            objectName: "backToMapping"
            text: qsTr("Change columns")
            flat: true
            implicitHeight: Theme.touchTarget
            onClicked: importer.back("mapping")
        }
        Item { Layout.fillWidth: true }
        Button {
            objectName: "applyImport"
            highlighted: true
            implicitHeight: Theme.touchTarget
            enabled: (importer.counts.added || 0) + (importer.counts.updated || 0) > 0
            text: qsTr("Import: %1 new, %2 updated").arg(importer.counts.added || 0).arg(importer.counts.updated || 0)
            onClicked: importer.apply()
        }
    }
}
