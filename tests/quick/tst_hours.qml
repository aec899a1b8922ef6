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

    function test_totalsConfirmReject() {
        const id = members.memberAt(7)
        const before = Workspace.memberHours(id)
        const thisYear = Number(Workspace.today().split("/")[2])
        const lastYearDate = "15/06/" + (thisYear - 1)
        let r = Workspace.logHours([{ memberId: id, hours: "3,5" }], Workspace.today(),
                                   "Dọn vệ sinh kênh mương", "")
        verify(r.ok, r.message)
        r = Workspace.logHours([{ memberId: id, hours: "2" }], lastYearDate, "Hiến máu", "")
        verify(r.ok, r.message)

        const page = createTemporaryObject(hoursComponent, test, { memberId: id })
        const h = page.hours
        compare(h.entries.length, before.entries.length + 2)
        fuzzyCompare(h.total, before.total + 5.5, 0.001)
        const now = yearTotal(h, thisYear), last = yearTotal(h, thisYear - 1)
        verify(now && last)
        fuzzyCompare(now.total - (yearTotal(before, thisYear) ? yearTotal(before, thisYear).total : 0),
                     3.5, 0.001)
        compare(h.years[0].year, thisYear, "newest year first")

        const fresh = h.entries.filter(e => e.confirmation === 0 && e.description === "Dọn vệ sinh kênh mương")
        compare(fresh.length, 1)
        const refused = Workspace.confirmHours(fresh[0].id, false, "  ")
        verify(!refused.ok, "a rejection needs a reason")
        verify(refused.message.length > 0)
        verify(Workspace.confirmHours(fresh[0].id, true, "").ok)
        // The page follows without being reopened.
        tryVerify(() => page.hours.entries.some(e => e.id === fresh[0].id && e.confirmation === 1))
        fuzzyCompare(page.hours.confirmed, before.confirmed + 3.5, 0.001)

        const other = page.hours.entries.filter(e => e.description === "Hiến máu" && e.confirmation === 0)
        compare(other.length, 1)
        verify(Workspace.confirmHours(other[0].id, false, "Không có trong danh sách").ok)
        tryVerify(() => page.hours.entries.some(e => e.id === other[0].id && e.confirmation === 2
                                                     && e.rejectReason === "Không có trong danh sách"))
    }
}
