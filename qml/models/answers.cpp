#include "answers.h"

#include "write/localstore.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace df::writes {

QVariantMap answer(const df::WriteResult &r)
{
    QVariantMap errors, warnings;
    QString first;
    for (const auto &issue : r.issues) {
        if (!issue.isError()) {
            warnings.insert(issue.field, issue.message);
            continue;
        }
        errors.insert(issue.field, issue.message);
        if (first.isEmpty())
            first = issue.message;
    }
    return {{QStringLiteral("ok"), r.written},
            {QStringLiteral("id"), r.id},
            {QStringLiteral("message"), first},
            {QStringLiteral("errors"), errors},
            {QStringLiteral("warnings"), warnings}};
}

QVariantMap failure(const QString &message)
{
    return {{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}};
}

QVariantMap failure(const QVariantMap &errors)
{
    QVariantMap out = failure(errors.isEmpty() ? QString() : errors.first().toString());
    out.insert(QStringLiteral("errors"), errors);
    return out;
}

QString dateProblem(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$|^(\\d{4})-(\\d{2})-(\\d{2})$"));
    if (shape.match(text.trimmed()).hasMatch())
        return QCoreApplication::translate("Forms",
                                           "%1 is not a real date: check the day and the month.")
            .arg(text.trimmed());
    return QCoreApplication::translate("Forms",
                                       "Enter the date as day/month/year, e.g. 26/03/2026.");
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {QStringLiteral("d/M/yyyy"), QStringLiteral("yyyy-MM-dd")}) {
        const QDate d = QDate::fromString(t, format);
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace df::writes
