import QtQuick
import QtTest
import QtMultimedia
import DoanField

// Cards at the door without a camera: an ImageFrameSource shows the scan view photographs
// of cards (made by the test fixture), through the same sink, scanner thread and decoder
// as camera frames. And a keyboard-wedge scanner: the code typed fast with Enter checks
// in; a name typed slowly stays a search.
TestCase {
    id: test
    name: "ScanPage"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component {
        id: pageComponent
        CheckInPage { width: 412; height: 880 }
    }
    Component { id: sourceComponent; ImageFrameSource { interval: 40 } }
    Component { id: editorComponent; ActivityEditor { workspace: Workspace } }
    function newActivity(title, unitId) {
        const editor = createTemporaryObject(editorComponent, test)
        editor.load("", unitId || Workspace.rootUnitId)
        editor.title = title
        const r = editor.save()
        verify(r.ok, r.message)
        return r.id
    }
    function firstUnmarked(page) {
        const roster = findChild(page, "roster")
        tryVerify(() => roster.count > 3)
        for (let i = 0; i < roster.count; ++i) {
            const item = roster.itemAtIndex(i)
            if (item && item.status < 0)
                return item
        }
        fail("no unmarked member on the roster")
    }

    function test_cameraChecksInOnceThenSaysWhen() {
        const source = createTemporaryObject(sourceComponent, test)
        const page = createTemporaryObject(pageComponent, test,
                                           { activityId: newActivity("Hội nghị quét thẻ"),
                                             frameSource: source, scanning: true })
        const view = findChild(page, "scanView")
        verify(view.visible)
        view.scanner.repeatMs = 400
        const member = firstUnmarked(page)
        const id = member.memberId, name = member.fullName
        const attended = page.model.attended

        source.source = cardFixture.photo(id)
        tryVerify(() => page.model.statusOf(id) === 0, 5000, "the card checked its member in")
        compare(page.model.attended, attended + 1)
        compare(page.answer.result, "checkedIn")
        // The name in large letters over the picture, for about 1.5 s.
        const answer = findChild(page, "scanAnswer")
        verify(answer.visible)
        compare(findChild(answer, "scanAnswerName").text, name)
        verify(findChild(answer, "scanAnswerName").font.pixelSize >= 32)
        tryVerify(() => !answer.visible, 3000, "the view is ready for the next card")

        // The card held in view is one scan, not one per frame.
        const scans = page.scans
        wait(800)
        compare(page.scans, scans)
        compare(page.model.attended, attended + 1)

        // Taken away and shown again: "already checked in, at HH:mm", nothing written.
        source.source = ""
        wait(600)
        source.source = cardFixture.photo(id)
        tryVerify(() => page.answer.result === "already", 5000)
        verify(/\d\d:\d\d/.test(findChild(answer, "scanAnswerText").text),
               findChild(answer, "scanAnswerText").text)
        compare(page.model.attended, attended + 1)

        // A QR code that is no member card is named as such.
        source.source = ""
        wait(600)
        source.source = cardFixture.photo("", "https://example.com/ve-su-kien/123")
        tryVerify(() => page.answer.result === "foreign", 5000)
        verify(findChild(answer, "scanAnswerText").text.length > 10)
        compare(page.model.attended, attended + 1)
    }

    // A member from another branch is checked in only after the officer says yes; the
    // dialog holds still and takes the keys; saying no clears the question; a guest does
    // not change how many of the roster are left.
    function test_guestAfterOneConfirmation() {
        const guest = cardFixture.guestCase()
        verify(guest.unitId && guest.outsiderId)
        const source = createTemporaryObject(sourceComponent, test)
        const page = createTemporaryObject(pageComponent, test,
                                           { activityId: newActivity("Sinh hoạt chi đoàn", guest.unitId),
                                             frameSource: source, scanning: true, conference: true })
        tryVerify(() => findChild(page, "roster").count > 0)
        const unmarked = page.model.unmarked
        source.source = cardFixture.photo(guest.outsiderId)
        const dialog = findChild(page, "guestDialog")
        tryVerify(() => dialog.opened, 5000)
        compare(page.answer.result, "guest")
        verify(page.answer.question.indexOf(" – ") > 0, "the unit is named with its parent: " + page.answer.question)
        compare(page.model.statusOf(guest.outsiderId), -1, "nothing written before the yes")
        const y = dialog.y
        wait(300)
        compare(dialog.y, y, "the dialog does not move")
        // Enter and Escape belong to the dialog, not the door behind it.
        keyClick(Qt.Key_Return)
        compare(findChild(page, "checkInSearch").text, "")
        keyClick(Qt.Key_Escape)
        tryVerify(() => !dialog.opened)
        verify(!findChild(page, "leaveDoorDialog").opened, "Escape closed the question only")
        compare(page.model.statusOf(guest.outsiderId), -1)
        verify(!findChild(page, "scanAnswer").visible, "the question is gone from the picture")

        // The card still in view is asked about again; this time, yes.
        tryVerify(() => dialog.opened, 5000)
        mouseClick(findChild(dialog.footer, "dialogAccept"))
        tryVerify(() => !dialog.opened)
        compare(page.model.statusOf(guest.outsiderId), 0)
        compare(page.answer.result, "checkedIn")
        verify(page.answer.guest)
        compare(page.model.unmarked, unmarked, "a guest is not one of the roster")
    }

    // Someone no longer active is asked about too, whichever way they are identified.
    function test_inactiveMemberAsked() {
        const id = cardFixture.inactiveMember()
        verify(id.length > 0, "the demo has members who are not active")
        const page = createTemporaryObject(pageComponent, test, { activityId: newActivity("Không còn sinh hoạt") })
        firstUnmarked(page)
        const a = page.model.admitCode(cardFixture.code(id))
        compare(a.result, "guest")
        verify(a.question.length > 20)
        compare(page.model.statusOf(id), -1)
        // A card printed with a number the member no longer has: checked in, and said.
        const roster = findChild(page, "roster")
        let holder = ""
        for (let i = 0; i < roster.count && !holder; ++i) {
            const item = roster.itemAtIndex(i)
            if (item && item.status < 0 && item.cardNumber.length > 0)
                holder = item.memberId
        }
        verify(holder, "an unmarked member with a card number")
        const b = page.model.admitCode(cardFixture.code(holder) + ":49OLD1")
        compare(b.result, "checkedIn")
        verify(b.message.indexOf("49OLD1") > 0, b.message)
    }

    // A keyboard-wedge scanner types the code within milliseconds and presses Enter.
    function test_scannerAndPersonToldApart() {
        const page = createTemporaryObject(pageComponent, test,
                                           { activityId: newActivity("Đại hội"), conference: true })
        const search = findChild(page, "checkInSearch")
        const roster = findChild(page, "roster")
        const member = firstUnmarked(page)
        const id = member.memberId
        const everyone = roster.count
        search.forceActiveFocus()

        // Key times come from a clock moved here: a scanner's keys 5 ms apart, a person's
        // 120 ms, however long the machine takes between two synthetic keys.
        let ms = 1e12
        page.keyBurst.clock = () => ms
        const type = (text, apart) => {
            for (const c of text) {
                ms += apart
                keyClick(c)
            }
        }
        const code = cardFixture.code(id)
        type(code, 5)
        compare(roster.count, everyone, "a code being typed is not searched for")
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "checkedIn")
        compare(page.model.statusOf(id), 0)
        compare(search.text, "")

        // A barcode holding only the card number, typed by the scanner: the exact number.
        let holder = null
        for (let i = 0; i < roster.count && !holder; ++i) {
            const item = roster.itemAtIndex(i)
            if (item && item.status < 0 && item.cardNumber.length >= 6)
                holder = { id: item.memberId, card: item.cardNumber }
        }
        verify(holder, "an unmarked member with a card number")
        type(holder.card, 5)
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "checkedIn")
        compare(page.model.statusOf(holder.id), 0)

        // A name arriving at once (a keyboard's word suggestion) is still a name.
        type("Nguyen Thi", 5)
        keyClick(Qt.Key_Return)
        verify(page.answer.result !== "foreign", page.answer.result)
        compare(page.model.attended, 2)
        search.text = ""

        // The same scanner reading something that is not a member card.
        type("XK-2026-000417", 5)
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "foreign")
        compare(page.model.attended, 2)
        compare(search.text, "")

        // A person typing a name, key by key: a search, nobody checked in. Six letters
        // with nothing but scanner characters, so only the pace tells it from a scan;
        // without diacritics, as typed on a keyboard without a Vietnamese input method.
        type("Nguyen", 120)
        compare(search.text, "Nguyen")
        // The roster shows the matches (a page of them; there are many Nguyễn).
        const folded = name => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
        tryVerify(() => roster.count > 1 && roster.itemAtIndex(0)
                        && folded(roster.itemAtIndex(0).fullName).includes("nguyen"))
        compare(page.model.attended, 2)
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "choose", "door mode never guesses")
        compare(page.model.attended, 2)
    }

    // A scanner on the ordinary roster page checks in too.
    function test_scannerOnRosterPage() {
        const page = createTemporaryObject(pageComponent, test, { activityId: newActivity("Sinh hoạt") })
        const member = firstUnmarked(page)
        const id = member.memberId
        const search = findChild(page, "checkInSearch")
        search.forceActiveFocus()
        for (const c of cardFixture.code(id))
            keyClick(c)
        keyClick(Qt.Key_Return)
        compare(page.model.statusOf(id), 0)
        compare(search.text, "")
    }

    // Codes the door cannot use are named, each differently, and write nothing.
    function test_codesNamed() {
        const page = createTemporaryObject(pageComponent, test, { activityId: newActivity("Mã lạ") })
        firstUnmarked(page)
        const model = page.model
        compare(model.admitCode("DF1:AAAAAAAAAAAAAAAAAAAAAAAAAA").result, "unknown")
        compare(model.admitCode("DF1:AAAA").result, "damaged")
        compare(model.admitCode("DF2:ANYTHING").result, "newer")
        compare(model.admitCode("Nguyễn Văn An").result, "foreign")
        const messages = ["DF1:AAAAAAAAAAAAAAAAAAAAAAAAAA", "DF1:AAAA", "DF2:X", "hello"]
            .map(c => model.admitCode(c).message)
        compare(new Set(messages).size, 4, "each answer has its own sentence")
        compare(model.attended, 0)
    }

    // No camera on this machine (no frame source injected): a sentence, and the search
    // field still works.
    function test_noCameraSaysSo() {
        const devices = createTemporaryQmlObject("import QtMultimedia; MediaDevices {}", test)
        if (devices.videoInputs.length > 0)
            skip("this machine has a camera")
        const page = createTemporaryObject(pageComponent, test,
                                           { activityId: newActivity("Không camera"), scanning: true })
        const problem = findChild(page, "scanProblem")
        verify(problem.visible)
        verify(problem.text.length > 20)
        const search = findChild(page, "checkInSearch")
        search.text = "a"
        verify(search.enabled)
    }
}
