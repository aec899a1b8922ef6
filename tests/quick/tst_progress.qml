import QtQuick
import QtQuick.Controls
import QtTest
import DoanField

// The progress page and the target grid with real clicks, over the demo workspace (a
// local one: every target may be set there; the rule for accounts is in tst_controllers).
TestCase {
    id: test
    name: "Progress"
    when: windowShown
    visible: true
    width: 1280
    height: 900

    Component {
        id: stackComponent
        StackView {
            width: test.width
            height: test.height
            initialItem: ProgressPage { unitId: Workspace.rootUnitId }
        }
    }
    Component { id: targetsComponent; TargetsPage { width: test.width; height: test.height } }
    Component { id: settingsComponent; SettingsPage { width: 412; height: 900 } }
    Component { id: phoneTargets; TargetsPage { width: 412; height: 900 } }
    SignalSpy { id: toasts; target: Nav; signalName: "toast" }
    SignalSpy { id: opened; target: Nav; signalName: "openActivity" }

    function figure(page, key) { return findChild(page, "indicator_" + key) }

    // Every indicator has a row; tapping one lists the records it counts, and a record
    // opens its activity.
    function test_figuresAndTheirRecords() {
        const stack = createTemporaryObject(stackComponent, test)
        const page = stack.currentItem
        tryVerify(() => figure(page, "trees_planted") !== null)
        for (const key of ["regular_meetings_pct", "thematic_meetings", "youth_works", "volunteer_hours",
                           "cadres_trained_pct", "meeting_attendance_pct"])
            verify(figure(page, key) !== null, key)
        const trees = figure(page, "trees_planted")
        verify(trees.hasTarget, "the demo sets a trees target")
        verify(trees.achieved.length > 0)
        // The summary names the period of the current work year.
        const summary = findChild(page, "periodSummary")
        verify(summary.text.indexOf(String(page.progress.year)) >= 0, summary.text)
        waitForRendering(page)
        mouseClick(trees)
        tryCompare(stack, "depth", 2)
        const records = stack.currentItem.records
        verify(records.length > 0)
        let sum = 0
        for (const r of records) sum += r.value
        // The sum of the records is the figure shown (9.004 and the like, in the UI's digits).
        compare(Number.fromLocaleString(Qt.locale(), trees.achieved), sum)
        opened.clear()
        tryCompare(stack, "busy", false)
        const record = findChild(stack.currentItem, "record_0")
        verify(record)
        mouseClick(record)
        compare(opened.count, 1)
        compare(opened.signalArguments[0][0], records[0].id)
    }

    // The period box changes the figures to the first half; a child unit in the ranking
    // opens its own progress.
    function test_periodAndRanking() {
        const stack = createTemporaryObject(stackComponent, test)
        const page = stack.currentItem
        tryVerify(() => figure(page, "trees_planted") !== null)
        const box = findChild(page, "periodBox")
        mouseClick(box)
        tryVerify(() => box.popup.opened)
        const firstHalf = box.popup.contentItem.itemAtIndex(1)
        waitForRendering(box.popup.contentItem)
        mouseClick(firstHalf)
        compare(page.progress.period, "h1")
        tryVerify(() => findChild(page, "periodSummary").text.indexOf("6 tháng đầu năm") >= 0)
        verify(page.progress.ranking.length >= 1)
        const best = { unitId: page.progress.ranking[0].unitId, name: page.progress.ranking[0].name }
        const rank = findChild(page, "rank_0")
        const list = findChild(page, "progressList")
        list.contentY = Math.max(0, list.contentHeight - list.height)
        waitForRendering(page)
        verify(rank.mapToItem(page, 0, 0).y + rank.height <= page.height, "the ranking is in view")
        mouseClick(rank)
        compare(page.progress.unitId, best.unitId)
        tryCompare(page.progress, "unitName", best.name)
    }

    // Typing a target in the grid saves it (the progress page reads it back); text that is
    // not a number is refused in a sentence and the cell shows the stored value again.
    function test_gridSetsTargets() {
        const page = createTemporaryObject(targetsComponent, test, { unitId: Workspace.rootUnitId })
        tryVerify(() => page.grid.unitNames.length >= 2)
        const column = 4 // trees planted
        const cell = findChild(page, "cell_1_" + column)
        verify(cell && !cell.readOnly)
        waitForRendering(page)
        mouseClick(cell)
        keySequence(StandardKey.SelectAll)
        keyClick(Qt.Key_Backspace)
        for (const c of "1234")
            keyClick(c)
        keyClick(Qt.Key_Tab)
        // Read back from the store (the grid reads again after every write).
        tryCompare(page.grid, "anyEditable", true)
        compare(Number(page.grid.text(1, column).replace(/[^0-9]/g, "")), 1234)
        compare(findChild(page, "cell_1_" + column).text, page.grid.text(1, column))
        // Another period shows its own targets, and a cell left without typing writes nothing.
        const yearText = page.grid.text(1, column)
        const half = findChild(page, "targetHalf")
        mouseClick(half)
        tryVerify(() => half.popup.opened)
        waitForRendering(half.popup.contentItem)
        mouseClick(half.popup.contentItem.itemAtIndex(1))
        compare(page.grid.half, 1)
        tryVerify(() => findChild(page, "cell_1_" + column).text === page.grid.text(1, column))
        verify(page.grid.text(1, column) !== yearText)
        const untouched = page.grid.text(1, column + 1)
        mouseClick(findChild(page, "cell_1_" + (column + 1)))
        mouseClick(findChild(page, "cell_1_" + (column + 2)))
        compare(page.grid.text(1, column + 1), untouched)
        mouseClick(half)
        tryVerify(() => half.popup.opened)
        waitForRendering(half.popup.contentItem)
        mouseClick(half.popup.contentItem.itemAtIndex(0))
        tryCompare(findChild(page, "cell_1_" + column), "text", yearText)
        toasts.clear()
        const other = findChild(page, "cell_1_" + column)
        mouseClick(other)
        keySequence(StandardKey.SelectAll)
        for (const c of "abc")
            keyClick(c)
        keyClick(Qt.Key_Tab)
        compare(toasts.count, 1)
        verify(toasts.signalArguments[0][0].indexOf("“abc”") >= 0, toasts.signalArguments[0][0])
        tryCompare(findChild(page, "cell_1_" + column), "text", page.grid.text(1, column))
    }

    // The work year's cut-off is one setting: typed on the settings page as day/month, it
    // moves every period; a day that is not in every year is refused in a sentence.
    function test_yearEndSetting() {
        const stack = createTemporaryObject(stackComponent, test)
        const page = stack.currentItem
        tryVerify(() => findChild(page, "periodSummary").text.indexOf("16/12/") >= 0)
        const settings = createTemporaryObject(settingsComponent, test) // on top of the page
        const field = findChild(settings, "yearEndField")
        compare(field.text, "15/12")
        let flick = field.parent
        while (flick && flick.contentY === undefined)
            flick = flick.parent
        flick.contentY = Math.max(0, field.mapToItem(flick.contentItem, 0, 0).y - 100)
        waitForRendering(settings)
        verify(field.mapToItem(test, 0, 0).y + field.height < test.height, "the field is in view")
        mouseClick(field)
        keySequence(StandardKey.SelectAll)
        for (const c of "31/12")
            keyClick(c)
        keyClick(Qt.Key_Tab)
        compare(Preferences.yearEnd, "12-31")
        tryVerify(() => findChild(page, "periodSummary").text.indexOf("01/01/") >= 0,
                  3000, findChild(page, "periodSummary").text)
        verify(Preferences.setYearEnd("29/02").length > 0)
        compare(Preferences.yearEnd, "12-31")
        compare(Preferences.setYearEnd("15/12"), "")
        tryVerify(() => findChild(page, "periodSummary").text.indexOf("16/12/") >= 0)
    }

    // On a phone the grid is a list of one unit's indicators.
    function test_phoneList() {
        const page = createTemporaryObject(phoneTargets, test, { unitId: Workspace.rootUnitId })
        tryVerify(() => page.grid.unitNames.length >= 2)
        verify(findChild(page, "targetList").visible)
        verify(!findChild(page, "targetTable").visible)
        tryVerify(() => findChild(page, "phoneCell_0") !== null)
    }
}
