#include "targetgridmodel.h"

#include "domain/indicators.h"
#include "domain/target.h"
#include "domain/uuid.h"
#include "report/period.h"
#include "store/database.h"
#include "store/queries.h"
#include "sync/schema.h"
#include "write/localstore.h"

#include <QLocale>
#include <QTimeZone>
#include <cmath>

using namespace df;

TargetGridModel::TargetGridModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_year(WorkYear().yearOf(QDate::currentDate()))
{}

void TargetGridModel::setWorkspace(Workspace *w)
{
    if (m_workspace == w)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = w;
    if (w)
        connect(w, &Workspace::dataChanged, this, [this] {
            if (m_workspace->touches({int(Entity::Target), int(Entity::Unit)}))
                reload();
        });
    Q_EMIT workspaceChanged();
    reload();
}

void TargetGridModel::setUnitId(const QString &id)
{
    if (m_unitId == id)
        return;
    m_unitId = id;
    Q_EMIT settingsChanged();
    reload();
}

void TargetGridModel::setYear(int y)
{
    if (m_year == y)
        return;
    m_year = y;
    Q_EMIT settingsChanged();
    reload();
}

void TargetGridModel::setHalf(int h)
{
    if (m_half == h || h < 0 || h > 2)
        return;
    m_half = h;
    Q_EMIT settingsChanged();
    reload();
}

void TargetGridModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_workspace && m_workspace->isReady() && !m_unitId.isEmpty()) {
        Queries &q = m_workspace->queries();
        if (const auto unit = q.unit(m_unitId)) {
            m_rows.append({unit->id, unit->name, {}});
            auto st = m_workspace->store().database().prepare(
                "SELECT id, name FROM org_units WHERE parent_id = ?1 AND deleted = 0 "
                "ORDER BY name");
            st.bind(1, m_unitId);
            while (st.step())
                m_rows.append({st.text(0), st.text(1), {}});
        }
        for (Row &row : m_rows) {
            row.values.fill(std::nullopt, Indicator::Count);
            for (const Target &t : q.targets(row.unitId, m_year)) {
                const int i = Indicator::indexOf(t.indicator);
                if (t.half == m_half && i >= 0)
                    row.values[i] = t.value;
            }
        }
    }
    ++m_revision;
    endResetModel();
    Q_EMIT reloaded();
}

int TargetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TargetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Indicator::Count);
}

QString TargetGridModel::text(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= Indicator::Count)
        return {};
    const auto v = m_rows[row].values[column];
    return v ? QLocale().toString(*v, 'f', std::fabs(*v - std::round(*v)) < 1e-9 ? 0 : 1)
             : QString();
}

QVariant TargetGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case ValueRole:
        return row.values[index.column()] ? QVariant(*row.values[index.column()]) : QVariant();
    case EditableRole:
        return editable(index.row());
    case UnitNameRole:
        return row.name;
    case IndicatorRole:
        return Indicator::name(Indicator::all()[index.column()]);
    }
    return {};
}

QHash<int, QByteArray> TargetGridModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {ValueRole, "value"},
            {EditableRole, "editable"},
            {UnitNameRole, "unitName"},
            {IndicatorRole, "indicator"}};
}

bool TargetGridModel::editable(int row) const
{
    return m_workspace && row >= 0 && row < m_rows.size() &&
           m_workspace->maySetTargets(m_rows[row].unitId);
}

bool TargetGridModel::anyEditable() const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (editable(r))
            return true;
    }
    return false;
}

QStringList TargetGridModel::unitNames() const
{
    QStringList out;
    for (const Row &r : m_rows)
        out.append(r.name);
    return out;
}

QStringList TargetGridModel::indicatorNames() const
{
    QStringList out;
    for (const IndicatorSpec &s : Indicator::all())
        out.append(Indicator::name(s));
    return out;
}

QString TargetGridModel::setValue(int row, int column, const QString &text)
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= Indicator::Count)
        return tr("That cell is not in the table.");
    if (!editable(row))
        return tr("The targets of %1 are set by the level above it.").arg(m_rows[row].name);
    const QString trimmed = text.trimmed();
    const IndicatorSpec &spec = Indicator::all()[column];
    const QString id =
        Uuid::targetId(m_rows[row].unitId, m_year, m_half, QString::fromLatin1(spec.key));
    if (trimmed.isEmpty()) {
        if (!m_rows[row].values[column])
            return {};
        const WriteResult r = m_workspace->store().deleteRow(Entity::Target, id);
        if (!r.written)
            return tr("The target could not be cleared.");
    } else {
        bool ok = false;
        QString digits = trimmed;
        digits.remove(QLatin1Char('%'));
        double v = QLocale().toDouble(digits.trimmed(), &ok);
        if (!ok)
            v = digits.trimmed().toDouble(&ok);
        const QString name = Indicator::name(spec);
        if (!ok)
            return tr("%1: “%2” is not a number; type a target such as 120.").arg(name, trimmed);
        if (v < 0)
            return tr("%1: a target cannot be negative.").arg(name);
        if (spec.measure == Measure::Percent && v > 100)
            return tr("%1: a share cannot be more than 100%.").arg(name);
        if (spec.measure == Measure::Count && std::fabs(v - std::round(v)) > 1e-9)
            return tr("%1: count a whole number (got %2).").arg(name, trimmed);
        if (m_rows[row].values[column] == v)
            return {};
        Target t;
        t.unitId = m_rows[row].unitId;
        t.year = m_year;
        t.half = m_half;
        t.indicator = QString::fromLatin1(spec.key);
        t.value = v;
        const WriteResult r = m_workspace->store().saveTarget(t);
        if (!r.written)
            return r.issues.isEmpty() ? tr("The target could not be saved.")
                                      : r.issues.first().message;
    }
    m_workspace->written();
    return {};
}
