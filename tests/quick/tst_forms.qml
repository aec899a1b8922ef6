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

    // The profile shows the member's values, not empty cards.
    function test_memberProfileShowsValues() {
        const id = members.memberAt(0)
        verify(id.length > 0)
        const page = createTemporaryObject(memberComponent, test, { memberId: id })
        const value = findChild(page, "profileValue")
        verify(value)
        compare(value.text, Workspace.memberName(id))
    }

    function test_activityFormValidates() {
        const page = createTemporaryObject(editComponent, test)
        savedSpy.target = page
        const title = findChild(page, "titleField")
        page.save()                      // no title
        verify(title.error.length > 0)
        compare(savedSpy.count, 0)
        title.text = "Chủ nhật xanh"
        page.save()
        compare(savedSpy.count, 1)
        verify(savedSpy.signalArguments[0][0].length > 0)
        const info = Workspace.activityInfo(savedSpy.signalArguments[0][0])
        compare(info.title, "Chủ nhật xanh")
        compare(info.date, Workspace.today())
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
        const r = Workspace.saveActivity({ title: "Hội nghị", unitId: Workspace.rootUnitId,
                                           date: "31/02/2026", time: "7:30" })
        verify(!r.ok)
        verify(r.errors.date.length > 0)
        const bad = Workspace.saveActivity({ title: "Hội nghị", unitId: Workspace.rootUnitId,
                                             date: "01/03/2026", time: "25:99", trees: "-4" })
        verify(!bad.ok)
        verify(bad.errors.time.length > 0)
        verify(bad.errors.trees.length > 0)
    }

    function test_hoursAllOrNothing() {
        const page = createTemporaryObject(hoursComponent, test)
        const members = Workspace.attendeesOf("")
        compare(members.length, 0)
        const model = findChild(page, "hoursList").model
        page.add("m-1", "Nguyễn Văn A")
        page.add("m-1", "Nguyễn Văn A")
        compare(model.count, 1, "a member is listed once")
        // One bad entry among good ones: nothing is written, and a sentence says why.
        const r = Workspace.logHours([{ memberId: "x", hours: "abc" }], Workspace.today(), "", "")
        verify(!r.ok)
        verify(r.message.length > 0)
        const future = Workspace.logHours([{ memberId: "x", hours: "2" }], "01/01/2099", "", "")
        verify(!future.ok)
        const noDate = Workspace.logHours([{ memberId: "x", hours: "2" }], "hôm qua", "", "")
        verify(!noDate.ok)
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
