#pragma once

// What the controllers' writes share: the answer QML receives for a write and the date
// format officers type.
#include <QDate>
#include <QString>
#include <QVariantMap>

namespace df {
struct WriteResult;
}

namespace df::writes {

inline const QString kDateFormat = QStringLiteral("dd/MM/yyyy");

// {ok, id, message, errors: {field: sentence}, warnings: {field: sentence}} for a write
// the store validated.
QVariantMap answer(const df::WriteResult &r);
// {ok: false, message}.
QVariantMap failure(const QString &message);
// {ok: false, message (the first error), errors}.
QVariantMap failure(const QVariantMap &errors);
// Accepts "d/M/yyyy" as officers type it, and ISO dates; an invalid date otherwise.
QDate parseDate(const QString &text);
// Why `text` is not a date parseDate() reads: a day that does not exist in its month
// ("31/02/2004"), or not the form at all. For the field's message.
QString dateProblem(const QString &text);
// A date as the forms show it; empty for none.
inline QString shownDate(QDate d)
{
    return d.isValid() ? d.toString(kDateFormat) : QString();
}

} // namespace df::writes
