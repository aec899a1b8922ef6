#include "activityeditor.h"
#include "answers.h"

#include "domain/activity.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "write/localstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcApp)

using namespace df::writes;

namespace {

QTime parseTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QTime(0, 0);
    for (const QString &format : {QStringLiteral("H:mm"), QStringLiteral("H'h'mm"),
                                  QStringLiteral("H'h'"), QStringLiteral("H")}) {
        const QTime time = QTime::fromString(t, format);
        if (time.isValid())
            return time;
    }
    return {};
}

// A whole number as typed, with or without thousands separators ("1.500.000").
qint64 number(const QString &text, bool *ok)
{
    const QString t = QString(text).remove(QLatin1Char('.')).remove(QLatin1Char(',')).trimmed();
    *ok = true;
    return t.isEmpty() ? 0 : t.toLongLong(ok);
}

QString shownNumber(qint64 n)
{
    return n == 0 ? QString() : QString::number(n);
}

} // namespace

ActivityEditor::ActivityEditor(QObject *parent)
    : Controller(Follows::Nothing, parent)
{}

QString ActivityEditor::unitName() const
{
    const auto unit =
        ready() && !m_unitId.isEmpty() ? workspace()->queries().unit(m_unitId) : std::nullopt;
    return unit ? unit->name : QString();
}

bool ActivityEditor::load(const QString &activityId, const QString &unitId)
{
    df::Activity a;
    a.unitId = unitId;
    a.startsAt = QDateTime(QDate::currentDate(), QTime(7, 30));
    bool found = activityId.isEmpty();
    if (!activityId.isEmpty() && ready()) {
        if (const auto stored = workspace()->queries().activity(activityId)) {
            a = *stored;
            found = true;
        }
    }
    const QDateTime start = a.startsAt.toLocalTime();
    m_activityId = a.id;
    m_unitId = a.unitId;
    m_kind = int(a.kind);
    m_title = a.title;
    m_date = start.toString(kDateFormat);
    m_time = start.toString(QStringLiteral("HH:mm"));
    m_place = a.place;
    m_campaign = a.campaign;
    m_description = a.description;
    m_trees = shownNumber(a.outputs.treesPlanted);
    m_children = shownNumber(a.outputs.childrenSupported);
    m_money = shownNumber(a.outputs.moneyRaisedVnd);
    m_works = shownNumber(a.outputs.worksBuilt);
    m_errors.clear();
    Q_EMIT loaded();
    Q_EMIT formChanged();
    Q_EMIT saved();
    return found;
}

QVariantMap ActivityEditor::finish(const QVariantMap &answer)
{
    m_errors = answer.value(QStringLiteral("errors")).toMap();
    if (accept(answer, m_activityId))
        Q_EMIT loaded();
    Q_EMIT saved();
    return answer;
}

QVariantMap ActivityEditor::save()
{
    if (!ready())
        return finish(failure(tr("No workspace is open.")));
    df::Activity a;
    if (!m_activityId.isEmpty()) {
        if (const auto stored = workspace()->queries().activity(m_activityId))
            a = *stored;
        else
            return finish(failure(tr("The activity is no longer on this device.")));
    }
    a.unitId = m_unitId;
    a.kind = df::ActivityKind(std::clamp(m_kind, 0, int(df::ActivityKind::Other)));
    a.title = m_title.trimmed();
    a.place = m_place.trimmed();
    a.campaign = m_campaign.trimmed();
    a.description = m_description.trimmed();
    QVariantMap errors;
    const QDate date = parseDate(m_date);
    const QTime time = parseTime(m_time);
    if (!date.isValid())
        errors.insert(QStringLiteral("date"), dateProblem(m_date));
    if (!time.isValid())
        errors.insert(QStringLiteral("time"), tr("Enter the time as hour:minute, e.g. 07:30."));
    a.startsAt = date.isValid() && time.isValid() ? QDateTime(date, time) : QDateTime();
    a.endsAt = {};
    const auto output = [&](const char *key, const QString &text, qint64 &target) {
        bool ok = true;
        const qint64 n = number(text, &ok);
        if (!ok || n < 0)
            errors.insert(QLatin1String(key), tr("Enter a whole number, 0 or more."));
        else
            target = n;
    };
    output("trees", m_trees, a.outputs.treesPlanted);
    output("children", m_children, a.outputs.childrenSupported);
    output("money", m_money, a.outputs.moneyRaisedVnd);
    output("works", m_works, a.outputs.worksBuilt);
    if (!errors.isEmpty())
        return finish(failure(errors));
    try {
        return finish(answer(workspace()->store().saveActivity(a)));
    } catch (const df::StoreError &e) {
        qCWarning(lcApp) << "save activity:" << e.message();
        return finish(failure(tr("The activity could not be saved: %1").arg(e.message())));
    }
}
