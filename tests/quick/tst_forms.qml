import QtQuick
import QtTest
import DoanField

// Forms say what is wrong, next to the field, and write nothing until it is right.
TestCase {
    id: test
    name: "Forms"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component { id: editComponent; ActivityEditPage { width: 412; height: 900 } }
    Component { id: hoursComponent; LogHoursPage { width: 412; height: 900 } }
    Component { id: homeComponent; HomePage { width: 412; height: 900 } }
    Component { id: syncComponent; SyncPage { width: 412; height: 900 } }
    Component { id: conflictsComponent; ConflictsPage { width: 412; height: 900 } }
    Component { id: activitiesComponent; ActivitiesPage { width: 412; height: 900 } }
    Component { id: signInComponent; SignInPage { width: 412; height: 900 } }
    Component { id: memberComponent; MemberPage { width: 412; height: 900 } }
    MemberListModel { id: members; workspace: Workspace; unitId: Workspace.rootUnitId }
    SignalSpy { id: savedSpy; signalName: "saved" }
    Component { id: editorComponent; ActivityEditor { workspace: Workspace } }
    Component { id: sheetComponent; HoursModel { workspace: Workspace } }
    Component { id: summaryComponent; ActivitySummary { workspace: Workspace } }
    MemberHoursModel { id: hoursOf; workspace: Workspace }

    // The profile shows the member's values, not empty cards.
    function test_memberProfileShowsValues() {
        const id = members.memberAt(0)
        verify(id.length > 0)
        const page = createTemporaryObject(memberComponent, test, { memberId: id })
        const value = findChild(page, "profileValue")
        verify(value)
        const reader = Qt.createQmlObject('import DoanField; MemberEditor { workspace: Workspace }', test)
        verify(reader.load(id))
        verify(reader.fullName.length > 0)
        compare(value.text, reader.fullName)
        reader.destroy()
    }

    function test_activityFormValidates() {
        const page = createTemporaryObject(editComponent, test)
        savedSpy.target = page
        const title = findChild(page, "titleField")
        page.save()                      // no title
        verify(title.error.length > 0)
        compare(savedSpy.count, 0)
        title.text = "Chủ nhật xanh"
        // The unit shown is the workspace's; the officer picks a branch instead.
        const unitButton = findChild(page, "activityUnitButton")
        compare(unitButton.text, Workspace.rootUnitName)
        const reader = Qt.createQmlObject('import DoanField; MemberEditor { workspace: Workspace }', test)
        let branch = ""
        for (let i = 0; i < members.count && branch.length === 0; ++i) {
            verify(reader.load(members.memberAt(i)))
            if (reader.unitId !== Workspace.rootUnitId)
                branch = reader.unitId // a member's branch, below the workspace's unit
        }
        reader.destroy()
        verify(branch.length > 0)
        findChild(page, "activityUnitDialog").unitChosen(branch, "")
        verify(unitButton.text !== Workspace.rootUnitName, unitButton.text)
        page.save()
        compare(savedSpy.count, 1)
        verify(savedSpy.signalArguments[0][0].length > 0)
        const summary = createTemporaryObject(summaryComponent, test,
                                              { activityId: savedSpy.signalArguments[0][0] })
        compare(summary.info.title, "Chủ nhật xanh")
        compare(summary.info.date, Choices.today())
        compare(summary.info.unitId, branch, "saved for the chosen unit")
    }

    // The summary under the form goes when the user corrects the field.
    function test_formSummaryClearsWhenFixed() {
        const page = createTemporaryObject(editComponent, test)
        const title = findChild(page, "titleField")
        page.save()
        const summary = findChild(page, "activityFormError")
        verify(title.error.length > 0)
        verify(summary.visible, "the summary shows")
        title.field.forceActiveFocus()
        keyClick(Qt.Key_A)
        compare(title.error, "")
        verify(!summary.visible, "the summary went with the field's error")
    }

    function test_invalidDateRefused() {
        const editor = createTemporaryObject(editorComponent, test)
        editor.load("", Workspace.rootUnitId)
        editor.title = "Hội nghị"
        editor.date = "31/02/2026"
        editor.time = "7:30"
        const r = editor.save()
        verify(!r.ok)
        verify(r.errors.date.length > 0)
        compare(editor.activityId, "", "nothing written")
        editor.date = "01/03/2026"
        editor.time = "25:99"
        editor.trees = "-4"
        const bad = editor.save()
        verify(!bad.ok)
        verify(bad.errors.time.length > 0)
        verify(bad.errors.trees.length > 0)
        compare(editor.errors.trees, bad.errors.trees)
    }

    function test_hoursAllOrNothing() {
        const page = createTemporaryObject(hoursComponent, test)
        const model = findChild(page, "hoursList").model
        compare(model.count, 0, "no activity: nobody listed")
        const first = members.memberAt(1), second = members.memberAt(2)
        verify(model.add(first))
        verify(!model.add(first), "a member is listed once")
        verify(!model.add("not-a-member"), "only members on this device")
        verify(model.add(second))
        compare(model.count, 2)
        hoursOf.memberId = first
        const before = hoursOf.count
        // One bad entry among good ones: nothing is written, and a sentence says why.
        model.setHours(1, "abc")
        const r = model.save(Choices.today(), "", "")
        verify(!r.ok)
        verify(r.message.length > 0)
        compare(hoursOf.count, before, "the good row was not written either")
        // Refused by the store itself, after the first row was written in the same
        // transaction: 30 hours in a day. The first row is rolled back with it.
        model.setHours(0, "2")
        model.setHours(1, "30")
        const tooMany = model.save(Choices.today(), "", "")
        verify(!tooMany.ok)
        verify(tooMany.message.indexOf(members.data(members.index(2, 0), 258)) === 0, tooMany.message)
        compare(hoursOf.count, before, "the first member's written row was rolled back")
        // A date in the future, for two members that exist: refused by the date rule.
        model.setHours(1, "2")
        const future = model.save("01/01/2099", "", "")
        verify(!future.ok)
        const noDate = model.save("hôm qua", "", "")
        verify(!noDate.ok)
        compare(hoursOf.count, before)
        verify(model.save(Choices.today(), "", "").ok)
        compare(hoursOf.count, before + 1)
    }

    function test_pagesLoad() {
        for (const c of [homeComponent, syncComponent, conflictsComponent, activitiesComponent,
                         signInComponent]) {
            const page = createTemporaryObject(c, test)
            verify(page, "page created")
        }
        const sync = createTemporaryObject(syncComponent, test)
        verify(findChild(sync, "syncState").text.length > 0)
    }
}
