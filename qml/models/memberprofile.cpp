#include "memberprofile.h"

#include "answers.h"
#include "domain/cardcode.h"

#include "domain/labels.h"
#include "domain/member.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "write/localstore.h"

using namespace df::writes;

namespace {

QString unitNameOf(const df::Queries &q, const QString &unitId)
{
    const auto unit = q.unit(unitId);
    return unit ? unit->name : QString();
}

} // namespace

MemberProfile::MemberProfile(QObject *parent)
    : Controller(Follows::Data, parent)
{}

void MemberProfile::setMemberId(const QString &memberId)
{
    if (m_memberId == memberId)
        return;
    m_memberId = memberId;
    Q_EMIT memberIdChanged();
    refresh();
}

void MemberProfile::refresh()
{
    const auto m =
        ready() && !m_memberId.isEmpty() ? workspace()->queries().member(m_memberId) : std::nullopt;
    m_sections.clear();
    m_fullName = m ? m->fullName : QString();
    m_unitId = m ? m->unitId : QString();
    m_hardship = m && m->hardship;
    m_cardNumber = m ? m->cardNumber : QString();
    m_cardCode = m ? df::CardCode::encode(m->id, m->cardNumber) : QString();
    if (!m) {
        Q_EMIT changed();
        return;
    }
    const auto yesNo = [](bool b) { return b ? tr("Yes") : tr("No"); };
    const auto section = [&](const QString &title, const QList<QPair<QString, QString>> &rows) {
        QVariantList out;
        for (const auto &[label, value] : rows) {
            if (!value.isEmpty())
                out.append(QVariantMap{{QStringLiteral("label"), label},
                                       {QStringLiteral("value"), value}});
        }
        m_sections.append(
            QVariantMap{{QStringLiteral("title"), title}, {QStringLiteral("rows"), out}});
    };
    section(tr("Personal"), {{tr("Full name"), m->fullName},
                             {tr("Date of birth"), shownDate(m->birthDate)},
                             {tr("Gender"), df::Labels::gender(int(m->gender))},
                             {tr("Ethnicity"), m->ethnicity},
                             {tr("Religion"), m->religion}});
    section(tr("Contact"),
            {{tr("Phone"), m->phone}, {tr("Email"), m->email}, {tr("Address"), m->address}});
    section(tr("Union"),
            {{tr("Unit"), unitNameOf(workspace()->queries(), m->unitId)},
             {tr("Member card number"), m->cardNumber},
             {tr("Date joined the Union"), shownDate(m->joinedDate)},
             {tr("Position"), df::Labels::position(int(m->position))},
             {tr("Status"), df::Labels::memberStatus(int(m->status))},
             {tr("Rating"),
              m->rating == df::Rating::Unrated
                  ? QString()
                  : tr("%1 (%2)").arg(df::Labels::rating(int(m->rating))).arg(m->ratingYear)}});
    section(tr("Education and training"),
            {{tr("Education"), m->education},
             {tr("Professional level"), m->professional},
             {tr("Political theory"), df::Labels::theoryLevel(int(m->theoryLevel))},
             {tr("Courses"), m->courses.join(QStringLiteral("; "))}});
    section(tr("Party"), {{tr("Party member"), yesNo(m->partyMember)},
                          {tr("Admitted on"), shownDate(m->partyDate)},
                          {tr("Introduced as an outstanding member"), yesNo(m->outstanding)},
                          {tr("Introduced on"), shownDate(m->outstandingDate)}});
    if (m->hardship)
        section(tr("Hardship"), {{tr("Note"), m->hardshipNote}});
    Q_EMIT changed();
}

QVariantMap MemberProfile::setHardship(bool hardship, const QString &note)
{
    if (!ready())
        return failure(tr("No workspace is open."));
    auto m = workspace()->queries().member(m_memberId);
    if (!m)
        return failure(tr("The member is no longer on this device."));
    m->hardship = hardship;
    m->hardshipNote = hardship ? note.trimmed() : QString();
    try {
        const QVariantMap out = answer(workspace()->store().saveMember(*m));
        if (out.value(QStringLiteral("ok")).toBool())
            workspace()->written();
        return out;
    } catch (const df::StoreError &e) {
        return failure(e.message());
    }
}

QVariantMap MemberProfile::transferTo(const QString &unitId)
{
    if (!ready())
        return failure(tr("No workspace is open."));
    const df::Queries &q = workspace()->queries();
    auto m = q.member(m_memberId);
    if (!m)
        return failure(tr("The member is no longer on this device."));
    if (!q.unit(unitId))
        return failure(tr("Choose a unit on this device."));
    if (m->unitId == unitId)
        return failure(tr("%1 is already in %2.").arg(m->fullName, unitNameOf(q, unitId)));
    m->unitId = unitId;
    try {
        QVariantMap out = answer(workspace()->store().saveMember(*m));
        if (out.value(QStringLiteral("ok")).toBool()) {
            workspace()->written();
            out.insert(QStringLiteral("message"),
                       tr("%1 now belongs to %2.").arg(m->fullName, unitNameOf(q, unitId)));
        }
        return out;
    } catch (const df::StoreError &e) {
        return failure(e.message());
    }
}
