import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Targets against what was recorded, for a unit and a period, from the device's copy (so
// it works offline): each indicator's figure, target, share and a bar marked when it is
// behind the share of the period gone by. A figure opens the records behind it; a child
// unit in the ranking opens its own progress.
Page {
    id: root
    property string unitId: Workspace.rootUnitId
    readonly property alias progress: progressModel

    function openTargets() {
        StackView.view.push(targetsPage, {
            unitId: progressModel.unitId, year: progressModel.year,
            half: progressModel.period === "h1" ? 1 : progressModel.period === "h2" ? 2 : 0 })
    }
    function openReport() { StackView.view.push(reportPage, { progress: progressModel }) }

    background: Rectangle { color: Theme.background }

    ProgressModel {
        id: progressModel
        workspace: Workspace
        unitId: root.unitId
        yearEnd: Preferences.yearEnd
    }

    UnitPickerDialog {
        id: unitDialog
        objectName: "progressUnitDialog"
        title: qsTr("Unit")
        currentUnitId: progressModel.unitId
        onUnitChosen: (id, name) => progressModel.unitId = id
    }

    // Eighteen indicators and a ranking: one column in a Flickable, so that the controls on
    // top keep their place when the figures are made again.
    Flickable {
        id: list
        objectName: "progressList"
        anchors.fill: parent
        clip: true
        contentHeight: page.implicitHeight
        ScrollIndicator.vertical: ScrollIndicator {}

        ColumnLayout {
            id: page
            width: list.width
            spacing: 2

            ColumnLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Item { Layout.preferredHeight: Theme.spacing }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    Layout.rightMargin: Theme.padding
                    Label {
                        Layout.fillWidth: true
                        text: progressModel.unitName
                        font.pixelSize: Theme.fontTitle
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.WordWrap
                    }
                    Button {
                        objectName: "progressUnitButton"
                        text: qsTr("Change unit")
                        flat: true
                        onClicked: unitDialog.open()
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    Layout.rightMargin: Theme.padding
                    spacing: Theme.spacing
                    ComboBox {
                        id: periodBox
                        objectName: "periodBox"
                        width: 200
                        textRole: "text"
                        valueRole: "value"
                        model: [
                            { value: "year", text: qsTr("Whole year") },
                            { value: "h1", text: qsTr("First half") },
                            { value: "h2", text: qsTr("Second half") },
                            { value: "custom", text: qsTr("Custom range") }
                        ]
                        Component.onCompleted: currentIndex = indexOfValue(progressModel.period)
                        onActivated: progressModel.period = currentValue
                    }
                    SpinBox {
                        objectName: "yearBox"
                        visible: progressModel.period !== "custom"
                        from: 2000
                        to: 2100
                        value: progressModel.year
                        editable: true
                        textFromValue: (v) => String(v)
                        onValueModified: progressModel.year = value
                    }
                    TextField {
                        objectName: "fromField"
                        visible: progressModel.period === "custom"
                        width: 150
                        placeholderText: qsTr("From day")
                        text: progressModel.from
                        inputMethodHints: Qt.ImhDate
                        onEditingFinished: progressModel.from = text
                    }
                    TextField {
                        objectName: "toField"
                        visible: progressModel.period === "custom"
                        width: 150
                        placeholderText: qsTr("To day")
                        text: progressModel.to
                        inputMethodHints: Qt.ImhDate
                        onEditingFinished: progressModel.to = text
                    }
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    Layout.rightMargin: Theme.padding
                    visible: progressModel.problem.length > 0
                    text: progressModel.problem
                    color: Theme.accent
                    wrapMode: Text.WordWrap
                }
                Label {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    Layout.rightMargin: Theme.padding
                    visible: progressModel.period === "custom" && progressModel.periodTitle.length === 0
                             && progressModel.problem.length === 0
                    text: qsTr("Type the first and the last day of the range, as 01/03/2026.")
                    color: Theme.textMuted
                    wrapMode: Text.WordWrap
                }
                Label {
                    objectName: "periodSummary"
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    Layout.rightMargin: Theme.padding
                    visible: progressModel.periodTitle.length > 0
                    text: qsTr("%1 · %2% of the period has passed · %3 behind")
                          .arg(progressModel.periodTitle)
                          .arg(Math.round(progressModel.elapsed * 100))
                          .arg(progressModel.behindCount)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.leftMargin: Theme.padding
                    Layout.rightMargin: Theme.padding
                    spacing: Theme.spacing
                    Button {
                        objectName: "openTargets"
                        implicitHeight: Theme.touchTarget
                        text: qsTr("Targets")
                        onClicked: root.openTargets()
                    }
                    Button {
                        objectName: "openReport"
                        implicitHeight: Theme.touchTarget
                        highlighted: true
                        text: qsTr("Report")
                        enabled: progressModel.periodTitle.length > 0
                        onClicked: root.openReport()
                    }
                }
                Item { Layout.preferredHeight: Theme.spacing }
            }

            Repeater {
                model: progressModel
                delegate: IndicatorRow {
                    Layout.fillWidth: true
                    elapsed: progressModel.elapsed
                    onClicked: root.StackView.view.push(recordsPage, {
                        title: name, records: progressModel.records(key) })
                }
            }

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                visible: progressModel.ranking.length > 0
                Label {
                    Layout.fillWidth: true
                    Layout.margins: Theme.padding
                    text: qsTr("Child units, best first")
                    font.pixelSize: Theme.fontTitle
                    font.bold: true
                    color: Theme.text
                }
                Repeater {
                    model: progressModel.ranking
                    delegate: ItemDelegate {
                        required property var modelData
                        required property int index
                        Layout.fillWidth: true
                        objectName: "rank_" + index
                        implicitHeight: Theme.touchTarget
                    text: qsTr("%1. %2 — %3").arg(index + 1).arg(modelData.name).arg(modelData.scoreText)
                        background: Rectangle { color: parent.down ? Theme.selected : Theme.surface }
                        onClicked: {
                        progressModel.unitId = modelData.unitId
                        list.contentY = 0 // the unit's name and figures, from the top
                    }
                    }
                }
                Item { Layout.preferredHeight: Theme.padding }
            }
        }
    }

    Component { id: targetsPage; TargetsPage { title: qsTr("Targets") } }
    Component { id: reportPage; ReportPage { title: qsTr("Report") } }
    Component { id: recordsPage; RecordsPage {} }
}
