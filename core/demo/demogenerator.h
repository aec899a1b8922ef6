#pragma once

#include "domain/activity.h"
#include "domain/member.h"
#include "domain/orgunit.h"

#include <QList>
#include <functional>

namespace df {

class LocalStore;
struct WireRow;

struct DemoOptions
{
    quint64 seed = 2026;
    int members = 3000;
    bool activities = true;              // a year of meetings, campaigns, attendance and hours
    QDate anchor = QDate::currentDate(); // "today" of the generated year
};

// Realistic Youth Union data from a seed: one province, its district unions, grassroots
// unions and branches, members with common Vietnamese names, a year of activities.
// The same seed and anchor give the same data, ids included.
class DemoGenerator
{
public:
    explicit DemoGenerator(const DemoOptions &options);

    const QList<OrgUnit> &units() const { return m_units; }
    const QList<int> &branchIndexes() const { return m_branches; } // into units()
    int memberCount() const { return m_options.members; }
    Member member(int index) const;

    // Writes everything through the store's write paths, committing in chunks.
    // `progress(done, total)` is called between chunks; returning false stops early.
    void writeTo(LocalStore &store,
                 const std::function<bool(int done, int total)> &progress = {}) const;
    // The same data as rows in wire form, each referenced row before the rows that refer
    // to it (a server seeds itself from these without a client database).
    void writeRows(const std::function<void(const WireRow &row)> &out) const;

    // Where generated values go (the two above).
    class Sink;

private:
    void generate(Sink &sink) const;
    void buildUnits();
    QString idFor(quint64 salt, quint64 index) const;
    int branchOf(int memberIndex) const;
    void writeActivities(Sink &sink, int branchSlot, int firstMember, int lastMember) const;
    void writeTargets(Sink &sink) const;

    DemoOptions m_options;
    QList<OrgUnit> m_units;
    QList<int> m_branches;
    QList<int> m_grassroots;
};

} // namespace df
