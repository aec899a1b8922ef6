import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Setting targets (chỉ tiêu) for a unit and its child units, for a year or one half. On a
// tablet a grid of units × indicators; on a phone one unit at a time as a list. Cells
// this account may not set (a unit's own targets come from the level above) are shown,
// not editable. Each value is saved when the field is left, and syncs.
Page {
    id: root
    property string unitId: Workspace.rootUnitId
    property int year: grid.year
    property int half: 0 // 0 the year, 1 or 2: the progress page's period
    readonly property alias grid: gridModel
    readonly property bool wide: width > Theme.phoneMaxWidth
    readonly property int cellWidth: 118
    readonly property int nameWidth: 190

    background: Rectangle { color: Theme.background }

    TargetGridModel {
        id: gridModel
        workspace: Workspace
        unitId: root.unitId
        year: root.year
        half: root.half
    }

    // Saves a cell the user changed; a refusal is said and the cell shows the stored value
    // again.
    function commit(field, row, column) {
        if (!field.edited)
            return
        field.edited = false
        const problem = gridModel.setValue(row, column, field.text)
        if (problem.length > 0)
            Nav.toast(problem)
        // The cell shows the stored value again and follows the grid from now on.
        field.text = Qt.binding(() => (gridModel.revision, gridModel.text(row, column)))

    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Flow {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: 0
            spacing: Theme.spacing
            SpinBox {
                objectName: "targetYear"
                from: 2000
                to: 2100
                value: gridModel.year
                editable: true
                textFromValue: (v) => String(v)
                onValueModified: gridModel.year = value
            }
            ComboBox {
                objectName: "targetHalf"
                width: 200
                model: [qsTr("Whole year"), qsTr("First half"), qsTr("Second half")]
                currentIndex: gridModel.half
                onActivated: (i) => gridModel.half = i
            }
            ComboBox {
                id: unitBox
                objectName: "targetUnit"
                visible: !root.wide
                width: 260
                model: gridModel.unitNames
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            wrapMode: Text.WordWrap
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            text: !gridModel.anyEditable
                  ? qsTr("Your unit's targets are set by the level above it. They are shown here read-only.")
                  : (gridModel.revision, gridModel.editable(0))
                    ? qsTr("You set the targets of this unit and of the units below it. Each value is saved when you leave its field.")
                    : qsTr("A unit's own targets are set by the level above it; you set those of the units below.")
        }

        // Tablet: units down, indicators across.
        Flickable {
            id: table
            objectName: "targetTable"
            visible: root.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: root.nameWidth + gridModel.indicatorNames.length * root.cellWidth + Theme.padding
            contentHeight: tableColumn.implicitHeight + Theme.padding
            ScrollBar.horizontal: ScrollBar {}
            ScrollBar.vertical: ScrollBar {}
            Column {
                id: tableColumn
                x: Theme.padding
                Row {
                    Item { width: root.nameWidth; height: 1 }
                    Repeater {
                        model: gridModel.indicatorNames
                        Label {
                            required property string modelData
                            width: root.cellWidth
                            padding: 4
                            text: modelData
                            wrapMode: Text.WordWrap
                            font.pixelSize: Theme.fontCaption
                            font.bold: true
                            color: Theme.text
                        }
                    }
                }
                Repeater {
                    model: gridModel.unitNames.length
                    Row {
                        id: unitRow
                        required property int index
                        readonly property bool editable: gridModel.revision, gridModel.editable(index)
                        Label {
                            width: root.nameWidth
                            height: 48
                            verticalAlignment: Text.AlignVCenter
                            text: gridModel.unitNames[unitRow.index]
                            elide: Text.ElideRight
                            font.bold: unitRow.index === 0
                            color: Theme.text
                        }
                        Repeater {
                            model: gridModel.indicatorNames.length
                            Item {
                                id: cellBox
                                required property int index
                                width: root.cellWidth
                                height: 48
                                TextField {
                                    property bool edited: false
                                    objectName: "cell_" + unitRow.index + "_" + cellBox.index
                                    anchors.fill: parent
                                    anchors.rightMargin: 6
                                    readOnly: !unitRow.editable
                                    text: gridModel.revision, gridModel.text(unitRow.index, cellBox.index)
                                    horizontalAlignment: Text.AlignRight
                                    inputMethodHints: Qt.ImhFormattedNumbersOnly
                                    opacity: unitRow.editable ? 1 : 0.7
                                    onTextEdited: edited = true
                                    onEditingFinished: root.commit(this, unitRow.index, cellBox.index)
                                }
                            }
                        }
                    }
                }
            }
        }

        // Phone: the chosen unit's indicators as a list.
        ListView {
            id: phoneList
            objectName: "targetList"
            visible: !root.wide
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: gridModel.indicatorNames
            readonly property int unitRow: Math.max(0, unitBox.currentIndex)
            readonly property bool editable: gridModel.revision, gridModel.editable(unitRow)
            delegate: ItemDelegate {
                id: item
                required property string modelData
                required property int index
                width: phoneList.width
                background: Rectangle { color: Theme.surface }
                contentItem: RowLayout {
                    Label {
                        Layout.fillWidth: true
                        text: item.modelData
                        wrapMode: Text.WordWrap
                        color: Theme.text
                    }
                    TextField {
                        property bool edited: false
                        objectName: "phoneCell_" + item.index
                        Layout.preferredWidth: 110
                        readOnly: !phoneList.editable
                        text: gridModel.revision, gridModel.text(phoneList.unitRow, item.index)
                        horizontalAlignment: Text.AlignRight
                        inputMethodHints: Qt.ImhFormattedNumbersOnly
                        opacity: phoneList.editable ? 1 : 0.7
                        onTextEdited: edited = true
                        onEditingFinished: root.commit(this, phoneList.unitRow, item.index)
                    }
                }
            }
        }
    }
}
