import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import DoanField

// Checking in an activity. A tap marks present at once (offline too), counters stay in
// view, the last action can be undone, and "Finish" marks everyone left absent in one
// confirmed step. Conference mode: a big search field that takes the focus back after
// every check-in, for a queue of delegates at the door. Door mode never guesses: Enter
// checks someone in only when one person matches (or the exact card number is typed);
// otherwise the matches are offered, to pick with the arrows or a tap. Leaving door mode
// is confirmed.
// Cards: "Scan cards" opens the camera (ScanView); each card read checks its member in at
// once, with a sound and the name in large letters. A USB or Bluetooth scanner that types
// the card's code and Enter into the search field does the same at the door: it is told
// apart from a person by its speed (every key within 50 ms) and by the code's form.
Page {
    id: root
    property string activityId: ""
    property bool conference: false
    readonly property alias model: roster
    ActivitySummary { id: summary; workspace: Workspace; activityId: root.activityId; figures: false }
    readonly property var info: summary.info
    // The last door answer: {result, name, time, count}; shown in the banner.
    property var answer: ({})
    // The camera view is open; `frameSource` (an ImageFrameSource) stands in for the camera.
    property bool scanning: false
    property var frameSource: null
    property int scanAnswerMs: 1500 // how long a scan's answer shows over the picture

    background: Rectangle { color: Theme.background }

    function mark(memberId, status) {
        if (roster.mark(memberId, status) && root.conference) {
            search.text = ""
            search.forceActiveFocus()
        }
    }
    // Enter at the door, or a tap on a row in door mode.
    function admit(pickedRow) {
        const a = roster.admit(search.text, pickedRow)
        root.answer = a
        if (a.result === "checkedIn" || a.result === "already")
            bannerTimer.restart()
        else
            bannerTimer.stop()
        if (a.result === "checkedIn" || a.result === "already") {
            search.text = ""
            list.currentIndex = -1
        } else if (a.result === "choose" && list.currentIndex < 0) {
            list.currentIndex = 0
        }
        search.forceActiveFocus()
    }
    // Codes read by the camera: each checks its member in; the answers show over the
    // picture, and in the door banner.
    property int scans: 0 // cards read by the camera, for tests
    function scanned(codes) {
        ++root.scans
        const answers = []
        let guest = null
        for (let i = 0; i < codes.length; ++i) {
            const a = roster.admitCode(codes[i])
            answers.push(a)
            if (a.result === "guest" && !guest)
                guest = a
        }
        root.showAnswers(answers)
        if (guest)
            guestDialog.ask(guest)
    }
    function showAnswers(answers) {
        if (answers.length === 0)
            return
        if (scanView.visible)
            scanView.show(answers)
        root.answer = answers[answers.length - 1]
        bannerTimer.restart()
        const ok = answers.every(a => a.result === "checkedIn")
        const sound = ok ? okSound : attentionSound
        sound.play()
    }
    KeyBurst { id: keys }
    property alias keyBurst: keys // tests: its clock
    // Enter in the search field. What a scanner typed (a card code, or a barcode of a
    // card number) goes the card's way on either page; a person's text at the door goes
    // the door's way; on the roster page Enter does nothing else.
    function enterAtDoor() {
        const text = search.text
        if (!roster.startsLikeCardCode(text) && !keys.byScanner(text)) {
            if (root.conference)
                root.admit(list.currentIndex)
            return
        }
        const a = roster.admitScanned(text)
        root.showAnswers([a])
        if (a.result === "guest")
            guestDialog.ask(a)
        search.text = ""
        list.currentIndex = -1
        search.forceActiveFocus()
    }
    // Types at the door and presses Enter (screenshots of the door's answers).
    function typeAndEnter(text) {
        search.text = text
        admit(-1)
    }
    // Back, Escape, the back button, another section: door mode asks first, so a bump
    // does not end it. `then` is where to go once the user said yes (default: back).
    readonly property bool holdsNavigation: conference
    property var leaveTo: null
    function requestLeave(then) {
        if (root.conference && search.text.length > 0 && !then) {
            search.text = ""
        } else if (root.conference) {
            root.leaveTo = then || null
            leaveDialog.open()
        } else {
            Nav.back()
        }
    }
    Timer { id: bannerTimer; interval: 4000; onTriggered: root.answer = ({}) }
    SoundEffect { id: okSound; source: "qrc:/qt/qml/DoanField/sounds/checked-in.wav" }
    SoundEffect { id: attentionSound; source: "qrc:/qt/qml/DoanField/sounds/attention.wav" }

    CheckInModel {
        id: roster
        workspace: Workspace
        activityId: root.activityId
    }

    header: ColumnLayout {
        spacing: 0
        Pane {
            Layout.fillWidth: true
            padding: Theme.spacing
            leftPadding: Theme.padding
            rightPadding: Theme.padding
            background: Rectangle { color: Theme.surface }
            RowLayout {
                width: parent.width
                spacing: Theme.padding
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        Layout.fillWidth: true
                        text: root.info.title || ""
                        font.pixelSize: Theme.fontBody
                        font.bold: true
                        color: Theme.text
                        wrapMode: Text.Wrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("Late %1 · excused %2 · absent %3")
                              .arg(roster.late).arg(roster.excused).arg(roster.absent)
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        wrapMode: Text.Wrap
                    }
                }
                ColumnLayout {
                    spacing: 0
                    Label {
                        objectName: "counter"
                        Layout.alignment: Qt.AlignRight
                        text: Number(roster.attended).toLocaleString(Qt.locale(), "f", 0) + " / "
                              + Number(roster.expected).toLocaleString(Qt.locale(), "f", 0)
                        font.pixelSize: root.conference ? 36 : Theme.fontHeadline
                        font.bold: true
                        color: Theme.success
                    }
                    Label {
                        Layout.alignment: Qt.AlignRight
                        text: qsTr("present / expected")
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                    }
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: Theme.spacing
            spacing: Theme.spacing
            TextField {
                id: search
                objectName: "checkInSearch"
                Layout.fillWidth: true
                Layout.preferredHeight: root.conference ? 72 : 56
                rightPadding: clear.width + Theme.spacing
                placeholderText: root.conference ? qsTr("Type a name or card number…")
                                                 : qsTr("Search the roster")
                inputMethodHints: Qt.ImhNoPredictiveText
                font.pixelSize: root.conference ? (root.width < Theme.phoneMaxWidth ? 22 : 28) : Theme.fontBody
                focus: root.conference
                onTextChanged: {
                    keys.note(text)
                    // A code being typed by a scanner is not searched for, letter by letter.
                    if (!roster.startsLikeCardCode(text))
                        roster.query = text
                    list.currentIndex = -1
                    // "N people match" belongs to what was typed; a new text starts afresh.
                    if (root.answer.result === "choose" || root.answer.result === "none")
                        root.answer = ({})
                }
                onAccepted: root.enterAtDoor()
                // Arrows move between the matches; Enter takes the one chosen.
                Keys.onDownPressed: if (list.count > 0) list.currentIndex = Math.min(list.currentIndex + 1, list.count - 1)
                Keys.onUpPressed: if (list.count > 0) list.currentIndex = Math.max(list.currentIndex - 1, 0)
                Keys.onEscapePressed: root.requestLeave()
                ToolButton {
                    id: clear
                    objectName: "clearSearch"
                    anchors.right: parent.right
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.touchTarget
                    height: Theme.touchTarget
                    visible: search.text.length > 0
                    text: "✕"
                    font.pixelSize: Theme.fontTitle
                    Accessible.name: qsTr("Clear the search")
                    onClicked: { search.text = ""; search.forceActiveFocus() }
                }
            }
            Button {
                objectName: "scanButton"
                Layout.preferredHeight: search.Layout.preferredHeight
                checkable: true
                checked: root.scanning
                text: root.scanning ? qsTr("Close scanner") : qsTr("Scan cards")
                font.pixelSize: Theme.fontBody
                Accessible.description: qsTr("Check members in by the QR code on their card")
                onToggled: {
                    root.scanning = checked
                    search.forceActiveFocus()
                }
            }
        }
        ScanView {
            id: scanView
            // A phone: the width of the screen; wider: a 16:9 picture in the middle.
            Layout.fillWidth: true
            Layout.maximumWidth: Math.round(Layout.preferredHeight * 16 / 9)
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredHeight: Math.round(Math.min(root.height * 0.38, root.width * 0.75))
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            visible: root.scanning
            active: !guestDialog.visible
            frameSource: root.frameSource
            showMs: root.scanAnswerMs
            onCodesFound: codes => root.scanned(codes)
        }
        DoorBanner {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            // With the camera open, its own band says it, larger; a guest is asked in a dialog.
            visible: root.conference && !!root.answer.result && !root.scanning
                     && root.answer.result !== "guest"
            answer: root.answer
        }
        Label {
            Layout.fillWidth: true
            Layout.leftMargin: Theme.padding
            Layout.rightMargin: Theme.padding
            visible: roster.errorText.length > 0
            text: roster.errorText
            wrapMode: Text.WordWrap
            color: Theme.accent
            font.pixelSize: Theme.fontSmall
        }
    }

    ListView {
        id: list
        objectName: "roster"
        anchors.fill: parent
        clip: true
        keyNavigationEnabled: true
        currentIndex: -1
        highlightMoveDuration: 0
        // The chosen match: a frame over the row, which stays readable.
        highlight: Rectangle { color: "transparent"; border.color: Theme.primary; border.width: 3; z: 2 }
        model: roster
        delegate: CheckInDelegate {
            width: ListView.view.width
            large: root.conference
            // At the door a tap is a pick: the same rule as Enter, with the same answer.
            onMarkRequested: (memberId, status) => {
                if (root.conference && status === 0)
                    root.admit(index)
                else
                    root.mark(memberId, status)
            }
        }
        ScrollIndicator.vertical: ScrollIndicator {}
        PullToSync { flickable: list }
        Label {
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: roster.query.length > 0 ? qsTr("No member matches “%1”.").arg(roster.query)
                                          : qsTr("No members in this unit.")
            color: Theme.textMuted
            font.pixelSize: Theme.fontBody
        }
    }

    footer: Pane {
        padding: Theme.spacing
        background: Rectangle { color: Theme.surface; Rectangle { width: parent.width; height: 1; color: Theme.divider } }
        RowLayout {
            width: parent.width
            spacing: Theme.spacing
            Label {
                objectName: "lastAction"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                maximumLineCount: 2
                text: roster.lastAction.length > 0 ? roster.lastAction
                                                   : qsTr("%n member(s) not yet marked", "", roster.unmarked)
                elide: Text.ElideRight
                font.pixelSize: Theme.fontSmall
                color: Theme.text
            }
            Button {
                objectName: "undoButton"
                implicitHeight: Theme.touchTarget
                visible: roster.canUndo
                flat: true
                text: qsTr("Undo")
                onClicked: roster.undo()
            }
            Button {
                objectName: "finishButton"
                implicitHeight: Theme.touchTarget
                text: qsTr("Finish")
                onClicked: finishDialog.open()
            }
        }
    }

    Dialog {
        id: finishDialog
        objectName: "finishDialog"
        anchors.centerIn: parent
        width: Math.max(280, Math.min(root.width - 2 * Theme.padding, Theme.dialogWidth))
        modal: true
        title: qsTr("Finish check-in?")
        footer: DialogButtons { acceptText: qsTr("Mark absent") }
        Label {
            width: finishDialog.availableWidth
            wrapMode: Text.WordWrap
            text: qsTr("%n member(s) with no check-in will be marked absent. You can undo this.", "",
                       roster.unmarked)
            font.pixelSize: Theme.fontBody
        }
        onAccepted: {
            const n = roster.finish()
            Nav.toast(qsTr("%n member(s) marked absent", "", n))
        }
    }

    Dialog {
        id: leaveDialog
        objectName: "leaveDoorDialog"
        anchors.centerIn: parent
        width: Math.max(280, Math.min(root.width - 2 * Theme.padding, Theme.dialogWidth))
        modal: true
        title: qsTr("Leave door mode?")
        footer: DialogButtons { acceptText: qsTr("Leave") }
        Label {
            width: leaveDialog.availableWidth
            wrapMode: Text.WordWrap
            text: qsTr("Check-ins so far are saved. The door stops taking names until you open it again.")
            font.pixelSize: Theme.fontBody
        }
        onAccepted: {
            const then = root.leaveTo
            root.leaveTo = null
            root.conference = false // stop holding, then go
            if (then)
                then()
            else
                Nav.back()
        }
        onClosed: search.forceActiveFocus()
    }

    GuestDialog {
        id: guestDialog
        onAccepted: root.showAnswers([roster.admitGuest(guest.memberId)])
        onRejected: {
            // The question was answered: it no longer shows over the picture.
            scanView.show([])
            root.answer = ({})
        }
        onClosed: {
            scanView.scanner.reset()
            search.forceActiveFocus()
        }
    }
}
