#include "membereditor.h"
#include "answers.h"

#include "domain/member.h"
#include "domain/validation.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "write/localstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace df::writes;

MemberEditor::MemberEditor(QObject *parent)
    : Controller(Follows::Nothing, parent)
{}

void MemberEditor::refresh()
{
    // The form is read when it is loaded, not when data changes under the user's typing;
    // a workspace that opens (or closes) after load() fills (or empties) it.
    if (m_loadedOnce)
        load(m_memberId, m_unitId);
}

QString MemberEditor::unitName() const
{
    if (!ready() || m_unitId.isEmpty())
        return {};
    const auto unit = workspace()->queries().unit(m_unitId);
    return unit ? unit->name : QString();
}

bool MemberEditor::load(const QString &memberId, const QString &unitId)
{
    m_loadedOnce = true;
    df::Member m;
    m.unitId = unitId;
    bool found = true;
    if (!memberId.isEmpty()) {
        const auto stored = ready() ? workspace()->queries().member(memberId) : std::nullopt;
        found = bool(stored);
        if (stored)
            m = *stored;
    }
    m_memberId = found ? m.id : QString();
    m_unitId = m.unitId;
    m_fullName = m.fullName;
    m_birthDate = shownDate(m.birthDate);
    m_gender = int(m.gender);
    m_ethnicity = m.ethnicity;
    m_religion = m.religion;
    m_citizenId = m.citizenId;
    m_phone = m.phone;
    m_email = m.email;
    m_address = m.address;
    m_cardNumber = m.cardNumber;
    m_joinedDate = shownDate(m.joinedDate);
    m_position = int(m.position);
    m_status = int(m.status);
    m_rating = int(m.rating);
    m_ratingYear = m.ratingYear > 0 ? QString::number(m.ratingYear) : QString();
    m_education = m.education;
    m_professional = m.professional;
    m_theoryLevel = int(m.theoryLevel);
    m_courses = m.courses.join(QStringLiteral("; "));
    m_partyMember = m.partyMember;
    m_partyDate = shownDate(m.partyDate);
    m_outstanding = m.outstanding;
    m_outstandingDate = shownDate(m.outstandingDate);
    m_hardship = m.hardship;
    m_hardshipNote = m.hardshipNote;
    m_answer.clear();
    Q_EMIT loaded();
    Q_EMIT formChanged();
    Q_EMIT saved();
    return found;
}

QVariantMap MemberEditor::finish(QVariantMap answer)
{
    m_answer = answer;
    if (accept(answer, m_memberId))
        Q_EMIT loaded();
    Q_EMIT saved();
    return answer;
}

QVariantMap MemberEditor::save()
{
    if (!ready())
        return finish(failure(tr("No workspace is open.")));
    df::Member m;
    if (!m_memberId.isEmpty()) {
        const auto stored = workspace()->queries().member(m_memberId);
        if (!stored)
            return finish(failure(tr("The member is no longer on this device.")));
        m = *stored;
    }
    // What the form itself cannot read (a date, a year) is an error of its field.
    QVariantMap errors;
    const auto date = [&](const char *key, const QString &text) {
        const QDate d = parseDate(text);
        if (!text.trimmed().isEmpty() && !d.isValid())
            errors.insert(QLatin1String(key), dateProblem(text));
        return d;
    };
    const auto choice = [](int v, auto last) { return std::clamp(v, 0, int(last)); };
    m.unitId = m_unitId;
    m.fullName = m_fullName.trimmed();
    m.birthDate = date("birthDate", m_birthDate);
    m.gender = df::Gender(choice(m_gender, df::Gender::Female));
    m.ethnicity = m_ethnicity.trimmed();
    m.religion = m_religion.trimmed();
    m.phone = m_phone.trimmed();
    m.email = m_email.trimmed();
    m.address = m_address.trimmed();
    m.citizenId = m_citizenId.trimmed();
    m.cardNumber = m_cardNumber.trimmed();
    m.joinedDate = date("joinedDate", m_joinedDate);
    m.position = df::UnionPosition(choice(m_position, df::UnionPosition::ExecutiveCommittee));
    m.status = df::MemberStatus(choice(m_status, df::MemberStatus::Removed));
    m.rating = df::Rating(choice(m_rating, df::Rating::Weak));
    m.ratingYear = 0;
    if (const QString year = m_ratingYear.trimmed(); !year.isEmpty()) {
        bool ok = false;
        m.ratingYear = year.toInt(&ok);
        if (!ok)
            errors.insert(QStringLiteral("ratingYear"),
                          tr("Enter the rating year as a number, e.g. 2025."));
    }
    m.education = m_education.trimmed();
    m.professional = m_professional.trimmed();
    m.theoryLevel = df::TheoryLevel(choice(m_theoryLevel, df::TheoryLevel::Advanced));
    m.courses.clear();
    for (const QString &c : m_courses.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            m.courses.append(c.trimmed());
    m.partyMember = m_partyMember;
    m.partyDate = m.partyMember ? date("partyDate", m_partyDate) : QDate();
    m.outstanding = m_outstanding;
    m.outstandingDate = m.outstanding ? date("outstandingDate", m_outstandingDate) : QDate();
    m.hardship = m_hardship;
    m.hardshipNote = m.hardship ? m_hardshipNote.trimmed() : QString();
    try {
        if (errors.isEmpty())
            return finish(answer(workspace()->store().saveMember(m)));
        // Nothing is written; the member's own rules still speak for the other fields, so
        // that every mistake shows at once.
        df::WriteResult checked;
        checked.issues = df::Validation::check(m, workspace()->store().today());
        QVariantMap out = answer(checked);
        QVariantMap all = out.value(QStringLiteral("errors")).toMap();
        all.insert(errors);
        out.insert(QStringLiteral("errors"), all);
        out.insert(QStringLiteral("message"), errors.first().toString());
        return finish(out);
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "save member:" << e.message();
        return finish(failure(tr("The member could not be saved: %1").arg(e.message())));
    }
}
