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
        const row = page.conflicts.get(0) // live: copied before the row goes away
        const c = { id: row.id, field: row.field, record: row.record, lostValue: row.lostValue,
                    lostUser: row.lostUser, keptUser: row.keptUser, keptValue: row.keptValue }
        const id = c.id
        const kept = Workspace.memberInfo(memberWith(c.record, c.keptValue)).phone
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
        tryCompare(page.conflicts, "count", open - 1)
        // The member now carries the restored number, as a change waiting to be sent.
        const member = memberWith(c.record, "0912333444")
        verify(member.length > 0)
        // Undo (the toast's action): the conflict is open again, the number as before.
        verify(Workspace.reopenConflict(id).ok)
        compare(Workspace.openConflictCount(), open)
        tryCompare(page.conflicts, "count", open)
        compare(Workspace.memberInfo(member).phone, kept)
        compare(Workspace.openConflicts(member).length, 1, "the profile lists it")
    }

    // The member called `name` whose phone is `phone`, or "".
    function memberWith(name, phone) {
        const members = Qt.createQmlObject(
            'import DoanField; MemberListModel { workspace: Workspace; unitId: Workspace.rootUnitId }', test)
        let found = ""
        for (let i = 0; i < members.count && !found; ++i) {
            const id = members.memberAt(i)
            if (Workspace.memberName(id) === name && Workspace.memberInfo(id).phone === phone)
                found = id
        }
        members.destroy()
        return found
    }
}
