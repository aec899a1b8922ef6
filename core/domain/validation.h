#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace df {

struct Activity;
struct Attendance;
struct Member;
struct OrgUnit;
struct Target;
struct VolunteerEntry;

// One finding about a value a user entered: which field, and a sentence for the user.
// Errors stop the write; warnings are shown but the value is kept.
struct ValidationIssue
{
    enum class Severity { Error, Warning };
    QString field;
    QString message;
    Severity severity = Severity::Error;
    bool isError() const { return severity == Severity::Error; }
};

using ValidationIssues = QList<ValidationIssue>;

bool hasErrors(const ValidationIssues &issues);
QString firstError(const ValidationIssues &issues);

namespace Validation {
// `today` is the device's date, passed in so tests do not depend on the clock.
ValidationIssues check(const OrgUnit &unit);
ValidationIssues check(const Member &member, QDate today);
ValidationIssues check(const Activity &activity);
ValidationIssues check(const Attendance &attendance);
ValidationIssues check(const VolunteerEntry &entry, QDate today);
ValidationIssues check(const Target &target);

bool isValidPhone(const QString &phone); // 0xxxxxxxxx or +84xxxxxxxxx, separators allowed
bool isValidEmail(const QString &email);
} // namespace Validation

} // namespace df
