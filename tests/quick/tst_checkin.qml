import QtQuick
import QtTest
import DoanField

// The check-in page over a real demo workspace: a tap marks present at once, the
// counters follow, undo restores, "finish" marks the rest absent and can be undone.
TestCase {
    id: test
    name: "CheckInPage"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component {
        id: pageComponent
        CheckInPage { width: 412; height: 800 }
    }

    function rosterOf(page) { return findChild(page, "roster") }
    // A fresh activity of the whole workspace, so nobody is marked yet.
    Component { id: editorComponent; ActivityEditor { workspace: Workspace } }
    function newActivity(title) {
        const editor = createTemporaryObject(editorComponent, test)
        editor.load("", Workspace.rootUnitId)
        editor.title = title
        const r = editor.save()
        verify(r.ok, r.message)
        return r.id
    }

    function test_tapUndoFinish() {
        const page = createTemporaryObject(pageComponent, test, { activityId: newActivity("Sinh hoạt") })
        const roster = rosterOf(page)
        tryVerify(() => roster.count > 0)
        waitForRendering(page)
        const model = page.model
        const attended = model.attended
        let row = null
        let index = 0
        for (; index < roster.count; ++index) {
            row = roster.itemAtIndex(index)
            if (row && row.status < 0)
                break
        }
        verify(row && row.status < 0, "an unmarked member is on the roster")
        mouseClick(row, row.width / 3, row.height / 2)
        compare(row.status, 0)
        compare(model.attended, attended + 1)
        verify(model.canUndo)
        compare(findChild(page, "counter").text, (attended + 1) + " / " + model.expected)

        mouseClick(findChild(page, "undoButton"))
        compare(model.statusOf(row.memberId), -1)
        compare(model.attended, attended)

        // Tapping a member already present changes nothing and adds no undo step.
        mouseClick(row, row.width / 3, row.height / 2)
        mouseClick(row, row.width / 3, row.height / 2)
        compare(model.attended, attended + 1)
        model.undo()
        verify(!model.canUndo)

        const unmarked = model.unmarked
        verify(unmarked > 0)
        compare(model.finish(), unmarked)
        compare(model.unmarked, 0)
        compare(model.absent >= unmarked, true)
        verify(model.undo())
        compare(model.unmarked, unmarked)
    }

    function test_conferenceSearchReturnsFocus() {
        const page = createTemporaryObject(pageComponent, test,
                                           { activityId: newActivity("Hội nghị"), conference: true })
        const search = findChild(page, "checkInSearch")
        const roster = rosterOf(page)
        tryVerify(() => roster.count > 0)
        waitForRendering(page)
        const first = roster.itemAtIndex(0)
        const name = first.fullName
        search.forceActiveFocus()
        search.text = name.split(" ").slice(-1)[0]
        tryVerify(() => roster.count > 0)
        let target = null
        for (let i = 0; i < roster.count; ++i) {
            const item = roster.itemAtIndex(i)
            if (item && item.memberId === first.memberId)
                target = item
        }
        verify(target)
        mouseClick(target, target.width / 3, target.height / 2)
        compare(page.model.statusOf(first.memberId) === 0 || page.model.statusOf(first.memberId) === 1, true)
        compare(search.text, "")
        verify(search.activeFocus)
    }

    // A swipe to the left shows late / excused / absent; one tap marks and closes it.
    function test_swipeOffersOtherStatuses() {
        const page = createTemporaryObject(pageComponent, test, { activityId: newActivity("Hội nghị") })
        const roster = rosterOf(page)
        tryVerify(() => roster.count > 1)
        waitForRendering(page)
        const row = roster.itemAtIndex(1)
        verify(row && row.status < 0)
        const y = row.height / 2
        // From the middle of the row (the ⋯ button on the right takes its own presses).
        const x = row.width / 2
        mousePress(row, x, y)
        for (let step = 1; step <= 10; ++step)
            mouseMove(row, x - step * 20, y, 10)
        mouseRelease(row, x - 200, y)
        tryVerify(() => row.swipe.complete, 2000, "the row opened")
        const excused = findChild(row, "swipeStatus2")
        verify(excused && excused.visible)
        mouseClick(excused)
        compare(page.model.statusOf(row.memberId), 2)
        compare(page.model.excused, 1)
        tryVerify(() => row.swipe.position === 0, 2000, "the row closed")
        page.model.undo()
        compare(page.model.statusOf(row.memberId), -1)
    }

    // A sync lands while the roster is scrolled and a row's ⋯ menu is open: the rows
    // update in place, so the first visible row stays the first visible row, the menu stays
    // open on the same person, and a new member sorted above the view does not shift it.
    function test_syncKeepsPlaceAndMenu() {
        const activity = newActivity("Sinh hoạt chi đoàn")
        const page = createTemporaryObject(pageComponent, test, { activityId: activity })
        const roster = rosterOf(page)
        tryVerify(() => roster.count > 100)
        waitForRendering(page)
        roster.positionViewAtIndex(60, ListView.Beginning)
        waitForRendering(page)
        const firstIndex = roster.indexAt(10, roster.contentY + 1)
        verify(firstIndex >= 55, "scrolled down: " + firstIndex)
        const firstId = page.model.memberAt(firstIndex)
        const row = roster.itemAtIndex(firstIndex + 2)
        verify(row)
        const rowId = row.memberId
        const more = findChild(row, "moreButton")
        mouseClick(more)
        const menu = findChild(row, "statusMenu")
        tryVerify(() => menu.opened, 2000, "the menu opened")
        const attended = page.model.attended

        const newcomer = syncFeed.deliver(activity, 20)
        verify(newcomer.length > 0)
        tryCompare(page.model, "attended", attended + 20)
        waitForRendering(page)
        compare(page.model.memberAt(0), newcomer, "the newcomer is inserted at the top")
        const nowFirst = roster.indexAt(10, roster.contentY + 1)
        compare(page.model.memberAt(nowFirst), firstId, "the first visible row is the same person")
        verify(menu.opened, "the open menu is still open")
        compare(row.memberId, rowId, "the delegate still shows the same person")
        compare(roster.itemAtIndex(nowFirst + 2), row, "the delegate was kept")
        menu.close()
    }

    // Door mode never guesses: Enter with several matches offers them (nobody is checked
    // in), the arrows choose, an exact card number is unique, a second arrival is told
    // when they came, and Escape does not leave without asking.
    function test_doorNeverGuesses() {
        const page = createTemporaryObject(pageComponent, test,
                                           { activityId: newActivity("Đại hội"), conference: true })
        const search = findChild(page, "checkInSearch")
        const roster = rosterOf(page)
        const model = page.model
        tryVerify(() => roster.count > 10)
        waitForRendering(page)
        verify(search.height >= 48, "the search field is a touch target: " + search.height)
        search.forceActiveFocus()

        // A family name many share.
        const family = model.data(model.index(0, 0), 258).split(" ")[0]
        search.text = family
        tryVerify(() => roster.count > 1)
        const matches = roster.count
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "choose")
        compare(model.attended, 0, "nobody was checked in")
        compare(roster.currentIndex, 0)
        verify(findChild(page, "doorBanner").visible)
        verify(findChild(page, "doorBannerText").text.indexOf(String(matches)) >= 0)
        keyClick(Qt.Key_Down)
        compare(roster.currentIndex, 1)
        const chosen = model.memberAt(1)
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "checkedIn")
        compare(model.statusOf(chosen), 0)
        compare(model.attended, 1)
        compare(search.text, "")
        verify(findChild(page, "doorBannerText").text.indexOf("✓") === 0)

        // The exact card number names one person, even when it is a prefix of others.
        let row = -1
        for (let i = 0; i < roster.count && row < 0; ++i) {
            const item = roster.itemAtIndex(i)
            if (item && item.cardNumber.length > 0 && item.memberId !== chosen)
                row = i
        }
        verify(row >= 0, "a member with a card")
        const card = roster.itemAtIndex(row).cardNumber
        const holder = roster.itemAtIndex(row).memberId
        search.text = card
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "checkedIn")
        compare(model.statusOf(holder), 0)

        // The same card again: said in words, with the time, and nothing changes.
        search.text = card
        keyClick(Qt.Key_Return)
        compare(page.answer.result, "already")
        const said = findChild(page, "doorBannerText").text
        verify(/\d\d:\d\d/.test(said), said)
        compare(model.attended, 2)

        // Escape clears what was typed, then asks before leaving.
        search.text = "abc"
        keyClick(Qt.Key_Escape)
        compare(search.text, "")
        const dialog = findChild(page, "leaveDoorDialog")
        verify(!dialog.opened)
        page.requestLeave()
        tryVerify(() => dialog.opened)
        dialog.reject()
        tryVerify(() => !dialog.opened)
        verify(page.holdsNavigation, "another section asks the page first (Main.openSection)")

        // The clear button empties the field.
        search.text = "xyz"
        const clear = findChild(page, "clearSearch")
        verify(clear.visible && clear.width >= 48)
        mouseClick(clear)
        compare(search.text, "")

        // Leaving for another section: asked, and only then gone there.
        let went = ""
        search.text = "abc"
        page.requestLeave(() => went = "sync")
        tryVerify(() => dialog.opened)
        compare(went, "")
        mouseClick(findChild(dialog.footer, "dialogAccept"))
        compare(went, "sync")
    }

    // The ⋯ menu is a single choice (radio items); after undo the bar says what was
    // undone; a checked-in row keeps the whole name at phone width.
    function test_menuUndoAndLongNames() {
        const page = createTemporaryObject(pageComponent, test, { activityId: newActivity("Sinh hoạt") })
        const roster = rosterOf(page)
        tryVerify(() => roster.count > 3)
        waitForRendering(page)
        const row = roster.itemAtIndex(2)
        mouseClick(findChild(row, "moreButton"))
        const menu = findChild(row, "statusMenu")
        tryVerify(() => menu.opened)
        const late = menu.itemAt(1)
        verify(late.toString().indexOf("RadioDelegate") >= 0, late.toString())
        mouseClick(late)
        compare(page.model.statusOf(row.memberId), 1)
        tryVerify(() => !menu.opened)
        mouseClick(findChild(row, "moreButton"))
        tryVerify(() => menu.opened)
        verify(menu.itemAt(1).checked)
        verify(!menu.itemAt(0).checked)
        menu.close()

        const bar = findChild(page, "lastAction")
        const before = bar.text
        verify(before.indexOf(row.fullName) >= 0, before)
        mouseClick(findChild(page, "undoButton"))
        verify(bar.text !== before)
        verify(bar.text.indexOf("Undone") === 0, bar.text)
        verify(bar.text.indexOf("not marked") > 0, bar.text)

        // The longest name on the roster, checked in: nothing cut.
        let longest = 0
        for (let i = 1; i < roster.count; ++i) {
            if (page.model.data(page.model.index(i, 0), 258).length
                    > page.model.data(page.model.index(longest, 0), 258).length)
                longest = i
        }
        roster.positionViewAtIndex(longest, ListView.Beginning)
        waitForRendering(page)
        const longRow = roster.itemAtIndex(longest)
        mouseClick(longRow, longRow.width / 3, longRow.height / 2)
        compare(longRow.status, 0)
        waitForRendering(page)
        verify(!findChild(longRow, "name").truncated, longRow.fullName)
        verify(!findChild(longRow, "status").truncated, findChild(longRow, "status").text)
    }
}
