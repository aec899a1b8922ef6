import QtQuick
import QtTest
import DoanField

// A conflict pulled from the server (seeded by main.cpp): the page shows both values and
// who wrote them; "restore" writes the overwritten value as a new change and closes it.
TestCase {
    id: test
    name: "Conflicts"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component { id: pageComponent; ConflictsPage { width: 412; height: 900 } }

    function test_restoreOverwritten() {
        const open = Workspace.openConflictCount()
        verify(open >= 1, "main.cpp seeded a conflict")
        const page = createTemporaryObject(pageComponent, test)
        const c = page.conflicts[0]
        compare(c.field.length > 0, true)
        compare(c.lostValue, "0912333444")
        compare(c.lostUser, "chidoan")
        compare(c.keptUser, "huyen")
        verify(c.record.length > 0, "the member's name is shown")
        waitForRendering(page)
        const restore = findChild(page, "restoreButton")
        verify(restore)
        mouseClick(restore)
        compare(Workspace.openConflictCount(), open - 1)
        tryCompare(page.conflicts, "length", open - 1)
        // The member now carries the restored number, as a change waiting to be sent.
        const members = Qt.createQmlObject(
            'import DoanField; MemberListModel { workspace: Workspace; unitId: Workspace.rootUnitId }', test)
        let found = false
        for (let i = 0; i < members.count && !found; ++i)
            found = Workspace.memberName(members.memberAt(i)) === c.record
                    && Workspace.memberInfo(members.memberAt(i)).phone === "0912333444"
        verify(found)
        members.destroy()
    }
}
