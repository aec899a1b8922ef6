import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Volunteer hours for one member or many at once. From an activity, everyone present is
// listed with the hours prefilled, adjustable per person; otherwise members are added by
// search. Saved all together, or not at all.
Page {
    id: root
    property string activityId: ""
    property string memberId: ""
    property string unitId: Workspace.rootUnitId
    ActivitySummary { id: summary; workspace: Workspace; activityId: root.activityId; figures: false }
    readonly property var activity: summary.info

    background: Rectangle { color: Theme.background }

    // Who gets hours, and how many each.
    HoursModel { id: people; workspace: Workspace; hoursEach: hoursAll.text }

    Component.onCompleted: {
        date.text = activity.date || Choices.today()
        description.text = activity.title || ""
        people.addAttendees(activityId)
        if (memberId.length > 0)
            people.add(memberId)
    }

    function save() {
        const r = people.save(date.text, description.text, activityId)
        error.text = r.ok ? "" : r.message
        if (r.ok) {
            Nav.toast(qsTr("Hours logged for %n member(s)", "", r.count))
            Nav.back()
        }
    }

    header: ColumnLayout {
        spacing: Theme.spacing
        Label {
            Layout.fillWidth: true
            Layout.margins: Theme.padding
            Layout.bottomMargin: 0
            text: root.activity.title ? qsTr("Hours for %1").arg(root.activity.title)
                                      : qsTr("Log volunteer hours")
            font.pixelSize: Theme.fontTitle
            font.bold: true
            wrapMode: Text.WordWrap
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            spacing: Theme.spacing
            FormField { id: date; label: qsTr("Date (day/month/year)") }
            FormField {
                id: hoursAll
                objectName: "hoursAll"
                Layout.maximumWidth: 120
                label: qsTr("Hours each")
                text: "4"
                inputMethodHints: Qt.ImhFormattedNumbersOnly
            }
        }
        FormField {
            id: description
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            label: qsTr("What was done")
        }
        TextField {
            id: search
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            placeholderText: qsTr("Add a member: type a name")
            font.pixelSize: Theme.fontBody
        }
        ListView {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            Layout.preferredHeight: search.text.length > 0 ? Math.min(contentHeight, 200) : 0
            visible: search.text.length > 0
            clip: true
            model: MemberListModel {
                workspace: Workspace
                unitId: root.unitId
                query: search.text
            }
            delegate: ItemDelegate {
                required property string memberId
                required property string fullName
                required property string unitName
                width: ListView.view.width
                text: fullName + " · " + unitName
                onClicked: { people.add(memberId); search.text = "" }
            }
        }
    }

    ListView {
        id: list
        objectName: "hoursList"
        anchors.fill: parent
        clip: true
        model: people
        delegate: RowLayout {
            required property int index
            required property string fullName
            required property string hours
            width: ListView.view.width - 2 * Theme.padding
            x: Theme.padding
            height: Theme.touchTarget + 8
            Label {
                Layout.fillWidth: true
                text: parent.fullName
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                color: Theme.text
            }
            TextField {
                Layout.preferredWidth: 80
                text: parent.hours
                horizontalAlignment: Text.AlignRight
                inputMethodHints: Qt.ImhFormattedNumbersOnly
                Accessible.name: qsTr("Hours for %1").arg(parent.fullName)
                onTextEdited: people.setHours(parent.index, text)
            }
            ToolButton {
                implicitWidth: Theme.touchTarget
                implicitHeight: Theme.touchTarget
                text: "✕"
                Accessible.name: qsTr("Remove %1").arg(parent.fullName)
                onClicked: people.remove(parent.index)
            }
        }
        ScrollIndicator.vertical: ScrollIndicator {}
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: people.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.activityId.length > 0
                  ? qsTr("Nobody is checked in yet. Add members with the search above.")
                  : qsTr("Add members with the search above.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }

    footer: Pane {
        padding: Theme.spacing
        background: Rectangle { color: Theme.surface }
        ColumnLayout {
            width: parent.width
            Label {
                id: error
                objectName: "hoursError"
                Layout.fillWidth: true
                visible: text.length > 0
                wrapMode: Text.WordWrap
                color: Theme.accent
                font.pixelSize: Theme.fontSmall
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: qsTr("%n member(s)", "", people.count)
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                }
                Button {
                    implicitHeight: Theme.touchTarget
                    flat: true
                    text: qsTr("Cancel")
                    onClicked: Nav.back()
                }
                Button {
                    objectName: "saveHoursButton"
                    implicitHeight: Theme.touchTarget
                    highlighted: true
                    enabled: people.count > 0
                    text: qsTr("Save hours")
                    onClicked: root.save()
                }
            }
        }
    }
}
