import QtQuick
import QtTest
import DoanField

// A member's volunteer hours: totals per year follow what is logged, an officer confirms
// or rejects (a reason is required), and the page shows it at once.
TestCase {
    id: test
    name: "MemberHours"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component { id: hoursComponent; MemberHoursPage { width: 412; height: 900 } }
    MemberListModel { id: members; workspace: Workspace; unitId: Workspace.rootUnitId }

    function yearTotal(h, year) {
        for (const y of h.years)
            if (y.year === year)
                return y
        return null
    }

    Component { id: sheetComponent; HoursModel { workspace: Workspace } }
    MemberHoursModel { id: reader; workspace: Workspace }
    // A member's hours as plain values (the model itself follows every change).
    function snapshot(model) {
        const entries = []
        for (let i = 0; i < model.count; ++i)
            entries.push(model.get(i))
        return { entries: entries, years: JSON.parse(JSON.stringify(model.years)), total: model.total,
                 confirmed: model.confirmed }
    }
    function logHours(memberId, hours, date, description) {
        const sheet = createTemporaryObject(sheetComponent, test)
        verify(sheet.add(memberId))
        sheet.setHours(0, hours)
        return sheet.save(date, description, "")
    }

    function test_totalsConfirmReject() {
        const id = members.memberAt(7)
        reader.memberId = id
        const before = snapshot(reader)
        const thisYear = Number(Choices.today().split("/")[2])
        const lastYearDate = "15/06/" + (thisYear - 1)
        let r = logHours(id, "3,5", Choices.today(), "Dọn vệ sinh kênh mương")
        verify(r.ok, r.message)
        r = logHours(id, "2", lastYearDate, "Hiến máu")
        verify(r.ok, r.message)

        const page = createTemporaryObject(hoursComponent, test, { memberId: id })
        const h = snapshot(page.hours)
        compare(h.entries.length, before.entries.length + 2)
        fuzzyCompare(h.total, before.total + 5.5, 0.001)
        const now = yearTotal(h, thisYear), last = yearTotal(h, thisYear - 1)
        verify(now && last)
        fuzzyCompare(now.total - (yearTotal(before, thisYear) ? yearTotal(before, thisYear).total : 0),
                     3.5, 0.001)
        compare(h.years[0].year, thisYear, "newest year first")

        const fresh = h.entries.filter(e => e.confirmation === 0 && e.description === "Dọn vệ sinh kênh mương")
        compare(fresh.length, 1)
        // Through the dialog: an empty reason keeps it open and says why.
        page.rejectingId = fresh[0].entryId
        const dialog = findChild(page, "rejectDialog")
        dialog.open()
        tryCompare(dialog, "opened", true)
        dialog.accept()
        tryCompare(dialog, "opened", true)
        verify(findChild(page, "rejectError").text.length > 0, "the reason is asked for")
        dialog.close()
        const refused = page.hours.reject(fresh[0].entryId, "  ")
        verify(!refused.ok, "a rejection needs a reason")
        verify(refused.message.length > 0)
        verify(page.hours.confirm(fresh[0].entryId).ok)
        // The page follows without being reopened.
        tryVerify(() => snapshot(page.hours).entries.some(e => e.entryId === fresh[0].entryId && e.confirmation === 1))
        fuzzyCompare(page.hours.confirmed, before.confirmed + 3.5, 0.001)

        const other = snapshot(page.hours).entries.filter(e => e.description === "Hiến máu" && e.confirmation === 0)
        compare(other.length, 1)
        verify(page.hours.reject(other[0].entryId, "Không có trong danh sách").ok)
        tryVerify(() => snapshot(page.hours).entries.some(e => e.entryId === other[0].entryId && e.confirmation === 2
                                                     && e.rejectReason === "Không có trong danh sách"))
    }
}
