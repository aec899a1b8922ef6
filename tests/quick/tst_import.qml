import QtQuick
import QtQuick.Controls
import QtTest
import DoanField

// The import's mapping and preview pages with real clicks, on a list written by the test
// set-up (tests/quick/main.cpp): the columns found, a column corrected, the preview's
// counts, a refused row's sentence, a duplicate skipped, the import and its undo.
TestCase {
    id: test
    name: "Import"
    when: windowShown
    visible: true
    width: 1280
    height: 900

    Component { id: pageComponent; ImportPage { width: test.width; height: test.height } }
    Component { id: members; MemberListModel { workspace: Workspace; status: -1; query: "Nhập" } }

    function choose(combo, index) {
        verify(combo, "combo")
        waitForRendering(combo)
        mouseClick(combo)
        tryVerify(() => combo.popup.opened)
        waitForRendering(combo.popup.contentItem)
        const item = combo.popup.contentItem.itemAtIndex(index)
        verify(item, "item " + index)
        mouseClick(item)
        tryVerify(() => !combo.popup.visible)
    }
    function click(page, name) {
        const item = findChild(page, name)
        verify(item, name)
        verify(item.visible, name + " is shown")
        waitForRendering(page)
        mouseClick(item)
    }

    function test_mappingPreviewApplyUndo() {
        const page = createTemporaryObject(pageComponent, test)
        const model = page.importer
        compare(model.step, "choose")
        // The file dialog is the platform's; the chosen file goes to the model as it would.
        verify(model.open(importFixture), model.error)
        compare(model.step, "mapping")
        compare(model.headerRow, 1)
        const cols = model.columns
        compare(cols.length, 5)
        compare(cols[0].field, 1) // Họ và tên: full name
        compare(cols[1].field, 4) // Ngày sinh
        compare(cols[3].field, 8) // SĐT
        compare(cols[4].field, 11) // Số thẻ đoàn
        verify(cols[0].sample.indexOf("NGUYỄN THỊ NHẬP") >= 0, cols[0].sample)

        // The officer decides the phone column is not to be imported.
        choose(findChild(page, "columnField3"), 0)
        tryVerify(() => model.columns[3].field === 0)
        click(page, "previewImport")
        tryCompare(model, "step", "preview")
        compare(findChild(page, "countAdded").value, "2")
        compare(findChild(page, "countRefused").value, "1")
        compare(findChild(page, "countMerged").value, "0")
        let refused = ""
        for (const r of model.refusals) refused += r.sentence
        verify(refused.indexOf("Row 4: the date of birth 31/02/2001 is not a real date.") >= 0, refused)
        compare(model.groups.length, 1)
        verify(model.groups[0].memberName.length > 0)

        // Back to the columns and forward again keeps the choice.
        click(page, "backToMapping")
        compare(model.step, "mapping")
        compare(model.columns[3].field, 0)
        click(page, "previewImport")
        tryCompare(model, "step", "preview")

        // The possible duplicate is skipped: the stored member is left as it was.
        click(page, "group0action0")
        tryVerify(() => model.groups[0].action === 0)
        compare(findChild(page, "countSkipped").value, "1")
        compare(findChild(page, "countUpdated").value, "0")

        const list = createTemporaryObject(members, test)
        tryVerify(() => list.complete)
        const before = list.count
        click(page, "applyImport")
        tryCompare(model, "step", "done")
        verify(model.result.indexOf("2") >= 0, model.result)
        tryCompare(list, "count", before + 1) // "Nhập" finds Nguyễn Thị Nhập
        verify(model.canUndo)
        click(page, "undoImport")
        verify(!model.canUndo)
        verify(model.result.length > 0)
        tryCompare(list, "count", before)
    }

    // A file that is not a list says so in Vietnamese and stays on the first step.
    function test_badFileSaysWhy() {
        const page = createTemporaryObject(pageComponent, test)
        const model = page.importer
        verify(!model.open(Qt.resolvedUrl("tst_import.qml").toString().replace(".qml", ".missing")))
        compare(model.step, "choose")
        verify(model.error.length > 0)
        const error = findChild(page, "importError")
        verify(error.visible)
        compare(error.text, model.error)
    }
}
