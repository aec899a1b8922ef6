#include "validation.h"

#include "activity.h"
#include "attendance.h"
#include "member.h"
#include "orgunit.h"
#include "target.h"
#include "volunteerentry.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace df {

namespace {

QString dmy(QDate date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

void error(ValidationIssues &out, const char *field, const QString &message)
{
    out.append({QString::fromLatin1(field), message, ValidationIssue::Severity::Error});
}

void warning(ValidationIssues &out, const char *field, const QString &message)
{
    out.append({QString::fromLatin1(field), message, ValidationIssue::Severity::Warning});
}

bool blank(const QString &s)
{
    return s.trimmed().isEmpty();
}

} // namespace

bool hasErrors(const ValidationIssues &issues)
{
    return std::any_of(issues.begin(), issues.end(), [](const auto &i) { return i.isError(); });
}

QString firstError(const ValidationIssues &issues)
{
    for (const auto &issue : issues) {
        if (issue.isError())
            return issue.message;
    }
    return {};
}

bool Validation::isValidPhone(const QString &phone)
{
    static const QRegularExpression separators(QStringLiteral("[\\s.\\-()]"));
    static const QRegularExpression pattern(
        QStringLiteral("^(0[1-9]\\d{8,9}|\\+84[1-9]\\d{8,9})$"));
    QString digits = phone;
    digits.remove(separators);
    return pattern.match(digits).hasMatch();
}

bool Validation::isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email.trimmed()).hasMatch();
}

ValidationIssues Validation::check(const OrgUnit &unit)
{
    ValidationIssues out;
    if (blank(unit.name))
        error(out, "name", QCoreApplication::translate("Validation", "Enter the unit's name."));
    if (int(unit.level) < 0 || int(unit.level) > int(UnitLevel::Branch))
        error(out, "level", QCoreApplication::translate("Validation", "Choose the unit's level."));
    if (!unit.parentId.isNull() && unit.parentId == unit.id)
        error(out, "parentId",
              QCoreApplication::translate("Validation", "A unit cannot be its own parent."));
    return out;
}

ValidationIssues Validation::check(const Member &m, QDate today)
{
    ValidationIssues out;
    if (blank(m.fullName))
        error(out, "fullName",
              QCoreApplication::translate("Validation", "Enter the member's full name."));
    if (blank(m.unitId))
        error(out, "unitId",
              QCoreApplication::translate("Validation", "Choose the member's unit."));
    if (m.birthDate.isValid() && m.birthDate > today)
        error(out, "birthDate",
              QCoreApplication::translate("Validation", "The date of birth %1 is in the future.")
                  .arg(dmy(m.birthDate)));
    if (m.joinedDate.isValid() && m.joinedDate > today)
        error(out, "joinedDate",
              QCoreApplication::translate("Validation",
                                          "The date joined the Union %1 is in the future.")
                  .arg(dmy(m.joinedDate)));
    if (m.birthDate.isValid() && m.joinedDate.isValid() && m.birthDate <= today) {
        if (m.joinedDate < m.birthDate)
            error(out, "joinedDate",
                  QCoreApplication::translate(
                      "Validation", "The date joined the Union is before the date of birth."));
        else if (m.joinedDate < m.birthDate.addYears(16))
            warning(out, "joinedDate",
                    QCoreApplication::translate(
                        "Validation",
                        "Joined the Union on %1, before turning 16 (born %2). Check both dates.")
                        .arg(dmy(m.joinedDate), dmy(m.birthDate)));
    }
    if (!blank(m.phone) && !isValidPhone(m.phone))
        error(out, "phone",
              QCoreApplication::translate(
                  "Validation",
                  "The phone number \"%1\" is not valid: use 10 digits starting with 0, or +84 "
                  "followed by 9 digits.")
                  .arg(m.phone));
    if (!blank(m.email) && !isValidEmail(m.email))
        error(out, "email",
              QCoreApplication::translate("Validation", "The email address \"%1\" is not valid.")
                  .arg(m.email));
    if (m.partyMember && m.partyDate.isValid() && m.partyDate > today)
        error(out, "partyDate",
              QCoreApplication::translate("Validation",
                                          "The Party admission date is in the future."));
    if (m.partyDate.isValid() && m.birthDate.isValid() && m.partyDate < m.birthDate.addYears(18))
        warning(out, "partyDate",
                QCoreApplication::translate(
                    "Validation", "The Party admission date is before the member turned 18."));
    if (m.outstanding && m.outstandingDate.isValid() && m.outstandingDate > today)
        error(out, "outstandingDate",
              QCoreApplication::translate(
                  "Validation", "The date of introduction to the Party is in the future."));
    if (m.hardship && blank(m.hardshipNote))
        warning(
            out, "hardshipNote",
            QCoreApplication::translate(
                "Validation", "Add a short note on the member's hardship so the unit can help."));
    if (m.rating != Rating::Unrated && (m.ratingYear < 1931 || m.ratingYear > today.year()))
        error(out, "ratingYear",
              QCoreApplication::translate("Validation", "Enter the year of the rating."));
    return out;
}

ValidationIssues Validation::check(const Activity &a)
{
    ValidationIssues out;
    if (blank(a.title))
        error(out, "title",
              QCoreApplication::translate("Validation", "Enter a title for the activity."));
    if (blank(a.unitId))
        error(
            out, "unitId",
            QCoreApplication::translate("Validation", "Choose the unit that holds the activity."));
    if (!a.startsAt.isValid())
        error(out, "startsAt",
              QCoreApplication::translate("Validation",
                                          "Enter the date and time the activity starts."));
    if (a.endsAt.isValid() && a.startsAt.isValid() && a.endsAt < a.startsAt)
        error(out, "endsAt",
              QCoreApplication::translate("Validation", "The activity ends before it starts."));
    const auto &o = a.outputs;
    if (o.treesPlanted < 0 || o.childrenSupported < 0 || o.moneyRaisedVnd < 0 || o.worksBuilt < 0)
        error(out, "outputs",
              QCoreApplication::translate("Validation", "Outputs cannot be negative."));
    return out;
}

ValidationIssues Validation::check(const Attendance &a)
{
    ValidationIssues out;
    if (blank(a.activityId))
        error(out, "activityId", QCoreApplication::translate("Validation", "Choose the activity."));
    if (blank(a.memberId))
        error(out, "memberId", QCoreApplication::translate("Validation", "Choose the member."));
    const bool attended =
        a.status == AttendanceStatus::Present || a.status == AttendanceStatus::Late;
    if (attended && !a.checkedInAt.isValid())
        error(out, "checkedInAt",
              QCoreApplication::translate("Validation",
                                          "A member marked present needs a check-in time."));
    return out;
}

ValidationIssues Validation::check(const VolunteerEntry &e, QDate today)
{
    ValidationIssues out;
    if (blank(e.memberId))
        error(out, "memberId", QCoreApplication::translate("Validation", "Choose the member."));
    if (!e.date.isValid())
        error(out, "date",
              QCoreApplication::translate("Validation", "Enter the date of the volunteer work."));
    else if (e.date > today)
        error(out, "date",
              QCoreApplication::translate("Validation", "The date %1 is in the future.")
                  .arg(dmy(e.date)));
    if (!(e.hours > 0 && e.hours <= 24))
        error(
            out, "hours",
            QCoreApplication::translate(
                "Validation", "Hours must be more than 0 and at most 24 for one day (entered: %1).")
                .arg(e.hours));
    if (e.confirmation == Confirmation::Rejected && blank(e.rejectReason))
        error(out, "rejectReason",
              QCoreApplication::translate("Validation", "Give a reason when rejecting hours."));
    return out;
}

ValidationIssues Validation::check(const Target &t)
{
    ValidationIssues out;
    if (blank(t.unitId))
        error(out, "unitId",
              QCoreApplication::translate("Validation", "Choose the unit the target is for."));
    if (t.year < 1931 || t.year > 2200)
        error(out, "year", QCoreApplication::translate("Validation", "Enter the target's year."));
    if (t.half < 0 || t.half > 2)
        error(
            out, "half",
            QCoreApplication::translate("Validation", "Choose the whole year or one half of it."));
    if (!Indicator::isKnown(t.indicator))
        error(out, "indicator",
              QCoreApplication::translate("Validation", "Unknown indicator \"%1\".")
                  .arg(t.indicator));
    if (t.value < 0)
        error(out, "value",
              QCoreApplication::translate("Validation", "A target cannot be negative."));
    return out;
}

} // namespace df
