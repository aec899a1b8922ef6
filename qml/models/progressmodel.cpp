#include "progressmodel.h"

#include "answers.h"
#include "reportfile.h"
#include "write/localstore.h"
#include "xlsx.h"

#include <QDir>
#include <QStandardPaths>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>

using namespace df;

namespace {

QDate today()
{
    return QDateTime::currentDateTime().toTimeZone(QTimeZone(kVietnamUtcOffsetSeconds)).date();
}

} // namespace

ProgressModel::ProgressModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_year(WorkYear().yearOf(today()))
{}

void ProgressModel::setWorkspace(Workspace *w)
{
    if (m_workspace == w)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = w;
    m_builder.reset();
    if (w) {
        connect(w, &Workspace::dataChanged, this, &ProgressModel::schedule);
        connect(w, &Workspace::stateChanged, this, [this] { m_builder.reset(); });
    }
    Q_EMIT workspaceChanged();
    schedule();
}

#define DF_SETTER(name, member, type)                                                              \
    void ProgressModel::name(type v)                                                               \
    {                                                                                              \
        if (member == v)                                                                           \
            return;                                                                                \
        member = v;                                                                                \
        Q_EMIT settingsChanged();                                                                  \
        schedule();                                                                                \
    }
DF_SETTER(setUnitId, m_unitId, const QString &)
DF_SETTER(setPeriod, m_period, const QString &)
DF_SETTER(setYear, m_year, int)
DF_SETTER(setFrom, m_from, const QString &)
DF_SETTER(setTo, m_to, const QString &)
#undef DF_SETTER

void ProgressModel::setYearEnd(const QString &t)
{
    const auto wy = WorkYear::parse(t);
    if (!wy || wy->text() == m_yearEnd)
        return;
    // The year now running under the new cut-off, if the year shown was the running one.
    const bool current = m_year == WorkYear::parse(m_yearEnd).value_or(WorkYear()).yearOf(today());
    m_yearEnd = wy->text();
    if (current)
        m_year = wy->yearOf(today());
    Q_EMIT settingsChanged();
    schedule();
}

// Settings arrive one by one from QML: compute once, after the last.
void ProgressModel::schedule()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, &ProgressModel::compute);
}

std::optional<Period> ProgressModel::chosenPeriod(QString *why) const
{
    const WorkYear wy = WorkYear::parse(m_yearEnd).value_or(WorkYear());
    if (m_period == QLatin1String("h1"))
        return Period::firstHalf(m_year, wy);
    if (m_period == QLatin1String("h2"))
        return Period::secondHalf(m_year, wy);
    if (m_period != QLatin1String("custom"))
        return Period::ofYear(m_year, wy);
    if (m_from.trimmed().isEmpty() || m_to.trimmed().isEmpty())
        return std::nullopt; // not chosen yet: the page asks for both days, no error
    const QDate from = writes::parseDate(m_from), to = writes::parseDate(m_to);
    if (!from.isValid()) {
        *why = tr("Start date: %1").arg(writes::dateProblem(m_from));
        return std::nullopt;
    }
    if (!to.isValid()) {
        *why = tr("End date: %1").arg(writes::dateProblem(m_to));
        return std::nullopt;
    }
    if (to < from) {
        *why = tr("The period ends before it begins.");
        return std::nullopt;
    }
    return Period::range(from, to, wy);
}

void ProgressModel::compute()
{
    m_pending = false;
    beginResetModel();
    m_problem.clear();
    m_computed = false;
    m_report = {};
    if (m_workspace && m_workspace->isReady() && !m_unitId.isEmpty()) {
        if (const auto period = chosenPeriod(&m_problem)) {
            m_report =
                ReportBuilder(m_workspace->store().database()).build(m_unitId, *period, today());
            m_computed = !m_report.total.figures.isEmpty();
        }
    }
    endResetModel();
    Q_EMIT computed();
}

int ProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.total.figures.size());
}

QVariant ProgressModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_report.total.figures.size())
        return {};
    const int i = index.row();
    const IndicatorSpec &spec = Indicator::all()[i];
    const Figure &f = m_report.total.figures[i];
    const auto shown = [&](double v) {
        const QString n = QLocale().toString(v, 'f',
                                             spec.measure == Measure::Percent      ? 1
                                             : std::fabs(v - std::round(v)) < 1e-9 ? 0
                                                                                   : 1);
        switch (spec.measure) {
        case Measure::Percent:
            return n + QLatin1Char('%');
        case Measure::Money:
            return tr("%1 VND").arg(n);
        case Measure::Hours:
            return tr("%1 h").arg(n);
        case Measure::Count:
            break;
        }
        return n;
    };
    switch (role) {
    case KeyRole:
        return QString::fromLatin1(spec.key);
    case NameRole:
        return Indicator::name(spec);
    case AchievedRole:
        return f.known ? shown(f.value) : QStringLiteral("–");
    case TargetRole:
        return f.target ? shown(*f.target) : QString();
    case PercentRole:
        return f.progress() ? QLocale().toString(*f.progress() * 100, 'f', 0) + QLatin1Char('%')
                            : QString();
    case ProgressRole:
        return f.progress() ? std::clamp(*f.progress(), 0.0, 1.0) : 0.0;
    case BehindRole:
        return m_report.behind(i, f);
    case KnownRole:
        return f.known;
    case HasTargetRole:
        return bool(f.target);
    case AccumulatesRole:
        return spec.perHalf;
    case UnitRole:
        return QString::fromUtf8(spec.unitVi);
    }
    return {};
}

QHash<int, QByteArray> ProgressModel::roleNames() const
{
    return {{KeyRole, "key"},
            {NameRole, "name"},
            {AchievedRole, "achieved"},
            {TargetRole, "target"},
            {PercentRole, "percent"},
            {ProgressRole, "progress"},
            {BehindRole, "behind"},
            {KnownRole, "known"},
            {HasTargetRole, "hasTarget"},
            {UnitRole, "unit"},
            {AccumulatesRole, "accumulates"}};
}

int ProgressModel::behindCount() const
{
    int n = 0;
    for (int i = 0; i < m_report.total.figures.size(); ++i)
        n += m_report.behind(i, m_report.total.figures[i]);
    return n;
}

QVariantList ProgressModel::ranking() const
{
    QVariantList out;
    for (const UnitReport &u : m_report.children) {
        const auto s = u.score();
        out.append(QVariantMap{
            {QStringLiteral("unitId"), u.unitId},
            {QStringLiteral("name"), u.name},
            {QStringLiteral("score"), s.value_or(-1)},
            {QStringLiteral("scoreText"),
             s ? QLocale().toString(*s * 100, 'f', 0) + QLatin1Char('%') : tr("no targets")}});
    }
    return out;
}

QVariantList ProgressModel::records(const QString &indicator) const
{
    QVariantList out;
    if (!m_computed || !m_workspace || !m_workspace->isReady())
        return out;
    using T = ReportBuilder::Record::Type;
    const auto list = ReportBuilder(m_workspace->store().database())
                          .records(m_unitId, indicator, m_report.period, m_report.asOf);
    for (const auto &r : list) {
        out.append(
            QVariantMap{{QStringLiteral("type"), r.type == T::Activity ? QStringLiteral("activity")
                                                 : r.type == T::Member ? QStringLiteral("member")
                                                                       : QStringLiteral("hours")},
                        {QStringLiteral("id"), r.id},
                        {QStringLiteral("memberId"), r.memberId},
                        {QStringLiteral("title"), r.title},
                        {QStringLiteral("detail"), r.detail},
                        {QStringLiteral("value"), QVariant(r.value)}});
    }
    return out;
}

QString ProgressModel::html() const
{
    return m_computed ? ReportFile::html(m_report) : QString();
}

QString ProgressModel::suggestedName() const
{
    return m_computed ? ReportFile::baseName(m_report, today()) : QString();
}

QUrl ProgressModel::defaultFile(const QString &suffix) const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QDir().mkpath(dir); // the file dialog opens there
    return QUrl::fromLocalFile(QDir(dir).filePath(suggestedName() + QLatin1Char('.') + suffix));
}

QString ProgressModel::save(const QUrl &file) const
{
    if (!m_computed)
        return tr("There is no report to save yet: choose a unit and a period.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QDir().mkpath(QFileInfo(path).absolutePath());
    try {
        if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
            ReportFile::writePdf(m_report, path);
        else if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            ReportFile::writeXlsx(m_report, path);
        else
            return tr("Save the report as .xlsx (Excel) or .pdf.");
    } catch (const ExportError &e) {
        return e.message();
    }
    return {};
}
