import QtQuick
import QtTest
import DoanField

// Member lists filter as officers expect; a member is added, edited and transferred with
// a sentence next to each wrong field, and a transfer can be undone.
TestCase {
    id: test
    name: "Members"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component { id: listComponent; MembersPage { width: 412; height: 900 } }
    Component { id: editComponent; MemberEditPage { width: 412; height: 900 } }
    Component { id: profileComponent; MemberPage { width: 412; height: 900 } }
    Component { id: unitsComponent; UnitsPage { width: 412; height: 900 } }
    MemberListModel { id: all; workspace: Workspace; unitId: Workspace.rootUnitId }
    SignalSpy { id: savedSpy; signalName: "saved" }
    SignalSpy { id: toastSpy; target: Nav; signalName: "toastAction" }

    function fetchAll(model) {
        while (!model.complete)
            model.fetchMore(model.index(-1, -1))
        return model.count
    }

    function test_filters() {
        const page = createTemporaryObject(listComponent, test, { unitId: Workspace.rootUnitId })
        const model = findModel(page)
        verify(model)
        const everyone = fetchAll(model)
        verify(everyone > 100)
        model.hardshipOnly = true
        const hardship = fetchAll(model)
        verify(hardship > 0 && hardship < everyone, "hardship " + hardship + " of " + everyone)
        compare(model.activeFilters, 1)
        model.position = 1 // secretaries in hardship
        verify(fetchAll(model) <= hardship)
        compare(model.activeFilters, 2)
        model.clearFilters()
        compare(model.activeFilters, 0)
        compare(fetchAll(model), everyone)
        model.outstandingOnly = true
        const introduced = fetchAll(model)
        verify(introduced > 0 && introduced < everyone)
        model.status = -1 // every status: at least as many
        verify(fetchAll(model) >= introduced)
        model.clearFilters()
        const button = findChild(page, "filterButton")
        verify(button.text.indexOf("(") < 0)
    }

    function findModel(page) {
        // The page's ListView is its content item's first child with a model.
        const stack = [page]
        while (stack.length > 0) {
            const item = stack.pop()
            if (item.model && item.model.activeFilters !== undefined)
                return item.model
            for (let i = 0; i < item.children.length; ++i)
                stack.push(item.children[i])
        }
        return null
    }

    // Reads a member back through the editor, as a snapshot.
    MemberEditor { id: reader; workspace: Workspace }
    UnitSummary { id: rootUnit; workspace: Workspace; unitId: Workspace.rootUnitId }
    function memberInfo(id) {
        reader.load(id)
        return { fullName: reader.fullName, birthDate: reader.birthDate, phone: reader.phone,
                 cardNumber: reader.cardNumber, unitId: reader.unitId }
    }

    function test_addMemberValidates() {
        const before = rootUnit.activeMembers
        const page = createTemporaryObject(editComponent, test, { unitId: Workspace.rootUnitId })
        savedSpy.target = page
        savedSpy.clear()
        const name = findChild(page, "fullNameField")
        const birth = findChild(page, "birthDateField")
        const phone = findChild(page, "phoneField")
        page.save()
        verify(name.error.length > 0, "a name is required")
        compare(savedSpy.count, 0)
        name.text = "Trần Thị Thu Hà"
        birth.text = "31/02/2004"
        phone.text = "12345"
        // Saved from the bottom of the form: it scrolls up to the first field in error.
        const flick = findChild(page, "memberForm")
        flick.contentY = Math.max(0, flick.contentHeight - flick.height)
        page.save()
        verify(birth.error.length > 0, "31/02 is not a date")
        verify(phone.error.length > 0, "not a phone number")
        const at = birth.mapToItem(flick.contentItem, 0, 0).y
        verify(at >= flick.contentY && at + birth.height <= flick.contentY + flick.height,
               "the first bad field is on screen: " + at + " in " + flick.contentY)
        verify(birth.field.activeFocus, "and has the cursor")
        compare(savedSpy.count, 0)
        compare(rootUnit.activeMembers, before, "nothing written")
        birth.text = "14/05/2004"
        phone.text = "0905 123 456"
        page.save()
        compare(savedSpy.count, 1)
        const id = savedSpy.signalArguments[0][0]
        compare(memberInfo(id).fullName, "Trần Thị Thu Hà")
        compare(memberInfo(id).birthDate, "14/05/2004")
        compare(rootUnit.activeMembers, before + 1)
    }

    function test_editKeepsOtherFields() {
        const id = all.memberAt(3)
        const info = memberInfo(id)
        const page = createTemporaryObject(editComponent, test, { memberId: id })
        savedSpy.target = page
        savedSpy.clear()
        findChild(page, "phoneField").text = "0912 000 111"
        page.save()
        compare(savedSpy.count, 1)
        const after = memberInfo(id)
        compare(after.phone, "0912 000 111")
        compare(after.fullName, info.fullName)
        compare(after.birthDate, info.birthDate)
        compare(after.cardNumber, info.cardNumber)
        compare(after.unitId, info.unitId)
    }

    function test_transferWithUndo() {
        const id = all.memberAt(5)
        const from = memberInfo(id).unitId
        // Another unit of the scope: the first search hit that differs.
        const tree = createTemporaryObject(unitsComponent, test)
        const list = findChild(tree, "unitList")
        verify(list.count > 1)
        tryVerify(() => list.itemAtIndex(1) !== null)
        let target = ""
        for (let i = 0; i < list.count && target.length === 0; ++i) {
            const u = list.itemAtIndex(i)
            if (u && u.unitId !== from && u.unitId !== Workspace.rootUnitId)
                target = u.unitId
        }
        verify(target.length > 0)
        const profile = createTemporaryObject(profileComponent, test, { memberId: id })
        toastSpy.clear()
        profile.transfer(target)
        compare(memberInfo(id).unitId, target)
        compare(toastSpy.count, 1)
        const undo = toastSpy.signalArguments[0][2]
        undo()
        compare(memberInfo(id).unitId, from)
        const direct = Qt.createQmlObject('import DoanField; MemberProfile { workspace: Workspace }', test)
        direct.memberId = id
        const same = direct.transferTo(from)
        direct.destroy()
        verify(!same.ok)
        verify(same.message.length > 0)
    }

    function test_unitSearchIgnoresDiacritics() {
        const tree = createTemporaryObject(unitsComponent, test)
        const list = findChild(tree, "unitList")
        const search = findChild(tree, "unitSearch")
        const treeRows = list.count
        search.text = "chi doan"
        verify(list.count > 0)
        tryVerify(() => list.itemAtIndex(0) !== null)
        for (let i = 0; i < list.count; ++i) {
            const u = list.itemAtIndex(i)
            if (!u)
                continue
            verify(u.name.toLowerCase().indexOf("chi đoàn") >= 0, u.name)
            // Found branches say which unit they belong to (many share a name).
            verify(u.parentName.length > 0, u.name + " has no parent shown")
        }
        search.text = ""
        tryVerify(() => list.itemAtIndex(0) !== null)
        compare(list.itemAtIndex(0).parentName, "", "the tree itself shows no parents")
        search.text = "zzzz"
        compare(list.count, 0)
        search.text = ""
        compare(list.count, treeRows)
    }
}
