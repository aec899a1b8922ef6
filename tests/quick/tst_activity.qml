import QtQuick
import QtTest
import DoanField

// The activity page sums up what the field recorded: attended / expected, excused and
// absent, volunteer hours, and the outputs, and follows new check-ins without reopening.
TestCase {
    id: test
    name: "ActivityPage"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component { id: pageComponent; ActivityPage { width: 412; height: 900 } }
    Component { id: rosterComponent; CheckInModel { workspace: Workspace } }
    Component { id: editorComponent; ActivityEditor { workspace: Workspace } }
    Component { id: sheetComponent; HoursModel { workspace: Workspace } }

    function test_summaryFollowsCheckIns() {
        const editor = createTemporaryObject(editorComponent, test)
        editor.load("", Workspace.rootUnitId)
        editor.title = "Ngày hội hiến máu"
        editor.time = "7:00"
        editor.place = "Nhà văn hoá xã"
        editor.trees = "120"
        editor.money = "1.500.000"
        const saved = editor.save()
        verify(saved.ok, saved.message)
        const page = createTemporaryObject(pageComponent, test, { activityId: saved.id })
        compare(findChild(page, "activityTitle").text, "Ngày hội hiến máu")
        compare(page.info.trees, 120)
        compare(page.info.money, 1500000)
        compare(page.info.present, 0)

        const roster = createTemporaryObject(rosterComponent, test, { activityId: saved.id })
        tryVerify(() => roster.count >= 3)
        roster.mark(roster.memberAt(0), 0)
        roster.mark(roster.memberAt(1), 1)
        roster.mark(roster.memberAt(2), 2)
        tryVerify(() => page.info.present === 1, 5000, "the page read the check-ins again")
        compare(page.info.late, 1)
        compare(page.info.excused, 1)
        compare(page.info.expected, roster.expected)

        const sheet = createTemporaryObject(sheetComponent, test)
        compare(sheet.addAttendees(saved.id), 2, "present and late, not excused")
        sheet.setHours(1, "2,5")
        const hours = sheet.save(Choices.today(), "", saved.id)
        verify(hours.ok, hours.message)
        tryVerify(() => page.info.hoursMembers === 2)
        fuzzyCompare(page.info.hoursTotal, 6.5, 0.001)
    }
}
