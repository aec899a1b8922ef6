// Workspace: member profiles as QML edits them (add, edit, transfer, hardship). Each write
// is validated by LocalStore and lands with its outbox entry in one transaction.
#include "workspace.h"
#include "workspacewrites.h"

#include "domain/labels.h"
#include "domain/member.h"
#include "domain/validation.h"
#include "store/localstore.h"
#include "store/queries.h"
#include "store/storeerror.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace df::writes;

QVariantMap Workspace::setHardship(const QString &memberId, bool hardship, const QString &note)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    auto m = m_queries->member(memberId);
    if (!m)
        return failure(tr("The member is no longer on this device."));
    m->hardship = hardship;
    m->hardshipNote = hardship ? note.trimmed() : QString();
    try {
        const QVariantMap out = answer(m_store->saveMember(*m));
        announceWrite(out);
        return out;
    } catch (const df::StoreError &e) {
        return failure(e.message());
    }
}

void Workspace::announceWrite(const QVariantMap &answer)
{
    if (!answer.value(QStringLiteral("ok")).toBool())
        return;
    Q_EMIT localChanged();
    Q_EMIT dataChanged();
}

QStringList Workspace::choices(const QString &kind) const
{
    QString (*label)(int) = nullptr;
    int last = 0;
    if (kind == QLatin1String("gender")) {
        label = df::Labels::gender;
        last = int(df::Gender::Female);
    } else if (kind == QLatin1String("position")) {
        label = df::Labels::position;
        last = int(df::UnionPosition::ExecutiveCommittee);
    } else if (kind == QLatin1String("status")) {
        label = df::Labels::memberStatus;
        last = int(df::MemberStatus::Removed);
    } else if (kind == QLatin1String("theory")) {
        label = df::Labels::theoryLevel;
        last = int(df::TheoryLevel::Advanced);
    } else if (kind == QLatin1String("rating")) {
        label = df::Labels::rating;
        last = int(df::Rating::Weak);
    }
    QStringList out;
    for (int i = 0; label && i <= last; ++i)
        out.append(label(i));
    return out;
}

QVariantMap Workspace::memberInfo(const QString &memberId, const QString &unitId) const
{
    df::Member m;
    m.unitId = unitId;
    if (m_queries && !memberId.isEmpty()) {
        const auto stored = m_queries->member(memberId);
        if (!stored)
            return {};
        m = *stored;
    }
    const auto date = [](QDate d) { return d.isValid() ? d.toString(kDateFormat) : QString(); };
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("unitId"), m.unitId},
            {QStringLiteral("unitName"), unitName(m.unitId)},
            {QStringLiteral("fullName"), m.fullName},
            {QStringLiteral("birthDate"), date(m.birthDate)},
            {QStringLiteral("gender"), int(m.gender)},
            {QStringLiteral("ethnicity"), m.ethnicity},
            {QStringLiteral("religion"), m.religion},
            {QStringLiteral("phone"), m.phone},
            {QStringLiteral("email"), m.email},
            {QStringLiteral("address"), m.address},
            {QStringLiteral("citizenId"), m.citizenId},
            {QStringLiteral("cardNumber"), m.cardNumber},
            {QStringLiteral("joinedDate"), date(m.joinedDate)},
            {QStringLiteral("position"), int(m.position)},
            {QStringLiteral("status"), int(m.status)},
            {QStringLiteral("rating"), int(m.rating)},
            {QStringLiteral("ratingYear"),
             m.ratingYear > 0 ? QString::number(m.ratingYear) : QString()},
            {QStringLiteral("education"), m.education},
            {QStringLiteral("professional"), m.professional},
            {QStringLiteral("theoryLevel"), int(m.theoryLevel)},
            {QStringLiteral("courses"), m.courses.join(QStringLiteral("; "))},
            {QStringLiteral("partyMember"), m.partyMember},
            {QStringLiteral("partyDate"), date(m.partyDate)},
            {QStringLiteral("outstanding"), m.outstanding},
            {QStringLiteral("outstandingDate"), date(m.outstandingDate)},
            {QStringLiteral("hardship"), m.hardship},
            {QStringLiteral("hardshipNote"), m.hardshipNote}};
}

QVariantMap Workspace::saveMember(const QVariantMap &f)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    df::Member m;
    if (const QString id = f.value(QStringLiteral("id")).toString(); !id.isEmpty()) {
        const auto stored = m_queries->member(id);
        if (!stored)
            return failure(tr("The member is no longer on this device."));
        m = *stored;
    }
    QVariantMap errors;
    const auto text = [&](const char *key) {
        return f.value(QLatin1String(key)).toString().trimmed();
    };
    const auto date = [&](const char *key) {
        const QString t = text(key);
        const QDate d = parseDate(t);
        if (!t.isEmpty() && !d.isValid())
            errors.insert(QLatin1String(key),
                          tr("Enter the date as day/month/year, e.g. 26/03/2026."));
        return d;
    };
    const auto choice = [&](const char *key, int last, int current) {
        const int v = f.value(QLatin1String(key), current).toInt();
        return std::clamp(v, 0, last);
    };
    m.unitId = f.value(QStringLiteral("unitId"), m.unitId).toString();
    m.fullName = text("fullName");
    m.birthDate = date("birthDate");
    m.gender = df::Gender(choice("gender", int(df::Gender::Female), int(m.gender)));
    m.ethnicity = text("ethnicity");
    m.religion = text("religion");
    m.phone = text("phone");
    m.email = text("email");
    m.address = text("address");
    m.citizenId = text("citizenId");
    m.cardNumber = text("cardNumber");
    m.joinedDate = date("joinedDate");
    m.position = df::UnionPosition(
        choice("position", int(df::UnionPosition::ExecutiveCommittee), int(m.position)));
    m.status = df::MemberStatus(choice("status", int(df::MemberStatus::Removed), int(m.status)));
    m.rating = df::Rating(choice("rating", int(df::Rating::Weak), int(m.rating)));
    m.ratingYear = 0;
    if (const QString year = text("ratingYear"); !year.isEmpty()) {
        bool ok = false;
        m.ratingYear = year.toInt(&ok);
        if (!ok)
            errors.insert(QStringLiteral("ratingYear"), tr("Enter the year of the rating."));
    }
    m.education = text("education");
    m.professional = text("professional");
    m.theoryLevel =
        df::TheoryLevel(choice("theoryLevel", int(df::TheoryLevel::Advanced), int(m.theoryLevel)));
    m.courses.clear();
    for (const QString &c : text("courses").split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!c.trimmed().isEmpty())
            m.courses.append(c.trimmed());
    m.partyMember = f.value(QStringLiteral("partyMember"), m.partyMember).toBool();
    m.partyDate = m.partyMember ? date("partyDate") : QDate();
    m.outstanding = f.value(QStringLiteral("outstanding"), m.outstanding).toBool();
    m.outstandingDate = m.outstanding ? date("outstandingDate") : QDate();
    m.hardship = f.value(QStringLiteral("hardship"), m.hardship).toBool();
    m.hardshipNote = m.hardship ? text("hardshipNote") : QString();
    const df::ValidationIssues issues = df::Validation::check(m, m_store->today());
    QVariantMap warnings;
    for (const auto &issue : issues) {
        if (issue.isError() && !errors.contains(issue.field))
            errors.insert(issue.field, issue.message);
        else if (!issue.isError())
            warnings.insert(issue.field, issue.message);
    }
    if (!errors.isEmpty()) {
        QVariantMap out = failure(errors.first().toString());
        out.insert(QStringLiteral("errors"), errors);
        out.insert(QStringLiteral("warnings"), warnings);
        return out;
    }
    try {
        QVariantMap out = answer(m_store->saveMember(m));
        out.insert(QStringLiteral("warnings"), warnings);
        announceWrite(out);
        return out;
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "save member:" << e.message();
        return failure(tr("The member could not be saved: %1").arg(e.message()));
    }
}

QVariantMap Workspace::transferMember(const QString &memberId, const QString &unitId)
{
    if (!m_store)
        return failure(tr("No workspace is open."));
    auto m = m_queries->member(memberId);
    if (!m)
        return failure(tr("The member is no longer on this device."));
    if (!m_queries->unit(unitId))
        return failure(tr("Choose a unit on this device."));
    if (m->unitId == unitId)
        return failure(tr("%1 is already in %2.").arg(m->fullName, unitName(unitId)));
    m->unitId = unitId;
    try {
        QVariantMap out = answer(m_store->saveMember(*m));
        announceWrite(out);
        if (out.value(QStringLiteral("ok")).toBool())
            out.insert(QStringLiteral("message"),
                       tr("%1 now belongs to %2.").arg(m->fullName, unitName(unitId)));
        return out;
    } catch (const df::StoreError &e) {
        return failure(e.message());
    }
}
