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
    Component { id: memberComponent; MemberPage { width: 412; height: 900 } }
    Component { id: barComponent; SyncBar { width: 412 } }
    SignalSpy { id: openSpy; target: Nav; signalName: "openConflicts" }
    ConflictListModel { id: conflicts; workspace: Workspace }
    MemberEditor { id: reader; workspace: Workspace }
    function phoneOf(id) { reader.load(id); return reader.phone }

    // The conflict shows on the member's profile, where it is settled with one tap, and
    // the sync bar counts open conflicts and leads to them.
    function test_conflictOnProfileAndSyncBar() {
        const all = []
        for (let i = 0; i < conflicts.count; ++i)
            all.push(conflicts.get(i))
        verify(all.length >= 1)
        const bar = createTemporaryObject(barComponent, test)
        const count = findChild(bar, "syncBarConflicts")
        verify(count.visible)
        verify(count.text.indexOf(String(all.length)) >= 0, count.text)
        verify(bar.height >= 48)
        openSpy.clear()
        mouseClick(count)
        compare(openSpy.count, 1)

        const conflictId = all[0].conflictId
        const member = memberWith(all[0].record, "")
        const page = createTemporaryObject(memberComponent, test, { memberId: member })
        const cards = findChild(page, "memberConflicts")
        tryCompare(cards, "count", 1)
        waitForRendering(page)
        const keep = findChild(cards.itemAt(0), "keepButton")
        mouseClick(keep)
        compare(conflicts.total, all.length - 1)
        tryCompare(cards, "count", 0)
        tryVerify(() => !count.visible || count.text.indexOf(String(all.length - 1)) >= 0)
        verify(conflicts.reopen(conflictId).ok) // for the next test
        tryCompare(cards, "count", 1)
    }

    function test_restoreOverwritten() {
        const open = conflicts.total
        verify(open >= 1, "main.cpp seeded a conflict")
        const page = createTemporaryObject(pageComponent, test)
        const row = page.conflicts.get(0) // live: copied before the row goes away
        const c = { id: row.conflictId, field: row.field, record: row.record, lostValue: row.lostValue,
                    lostUser: row.lostUser, keptUser: row.keptUser, keptValue: row.keptValue }
        const id = c.id
        const kept = phoneOf(memberWith(c.record, c.keptValue))
        compare(c.field.length > 0, true)
        compare(c.lostValue, "0912333444")
        compare(c.lostUser, "chidoan")
        compare(c.keptUser, "huyen")
        verify(c.record.length > 0, "the member's name is shown")
        waitForRendering(page)
        const restore = findChild(page, "restoreButton")
        verify(restore)
        mouseClick(restore)
        compare(conflicts.total, open - 1)
        tryCompare(page.conflicts, "count", open - 1)
        // The member now carries the restored number, as a change waiting to be sent.
        const member = memberWith(c.record, "0912333444")
        verify(member.length > 0)
        // Undo (the toast's action): the conflict is open again, the number as before.
        verify(conflicts.reopen(id).ok)
        compare(conflicts.total, open)
        tryCompare(page.conflicts, "count", open)
        compare(phoneOf(member), kept)
        const ofMember = Qt.createQmlObject(
            'import DoanField; ConflictListModel { workspace: Workspace }', test)
        ofMember.rowId = member
        compare(ofMember.count, 1, "the profile lists it")
        ofMember.destroy()
    }

    // The member called `name` whose phone is `phone`, or "".
    function memberWith(name, phone) {
        const members = Qt.createQmlObject(
            'import DoanField; MemberListModel { workspace: Workspace; unitId: Workspace.rootUnitId }', test)
        let found = ""
        for (let i = 0; i < members.count && !found; ++i) {
            const id = members.memberAt(i)
            reader.load(id)
            if (reader.fullName === name && (phone === "" || reader.phone === phone))
                found = id
        }
        members.destroy()
        return found
    }
}
