#include "conflictlistmodel.h"
#include "answers.h"

#include "store/queries.h"
#include "store/storeerror.h"
#include "sync/fieldversions.h"
#include "sync/merger.h"
#include "sync/schema.h"
#include "write/localstore.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

using namespace df::writes;

namespace {

QString recordLabel(const df::Queries &q, const QString &entity, const QString &rowId)
{
    if (entity == QLatin1String("member")) {
        const auto m = q.member(rowId);
        return m ? m->fullName : QString();
    }
    if (entity == QLatin1String("activity")) {
        const auto a = q.activity(rowId);
        return a ? a->title : QString();
    }
    if (entity == QLatin1String("unit")) {
        const auto u = q.unit(rowId);
        return u ? u->name : QString();
    }
    return {};
}

QString fieldLabel(const QString &field)
{
    static const QMap<QString, const char *> labels{
        {QStringLiteral("full_name"), QT_TRANSLATE_NOOP("ConflictListModel", "Full name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("ConflictListModel", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("ConflictListModel", "Email")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("ConflictListModel", "Address")},
        {QStringLiteral("unit_id"), QT_TRANSLATE_NOOP("ConflictListModel", "Unit")},
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("ConflictListModel", "Position")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ConflictListModel", "Status")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ConflictListModel", "Title")},
        {QStringLiteral("place"), QT_TRANSLATE_NOOP("ConflictListModel", "Place")},
        {QStringLiteral("starts_at"), QT_TRANSLATE_NOOP("ConflictListModel", "Date and time")},
        {QStringLiteral("hardship"), QT_TRANSLATE_NOOP("ConflictListModel", "Hardship")},
        {QStringLiteral("hardship_note"), QT_TRANSLATE_NOOP("ConflictListModel", "Note")},
        {QStringLiteral("deleted"), QT_TRANSLATE_NOOP("ConflictListModel", "Deleted")},
    };
    const auto it = labels.constFind(field);
    return it == labels.cend() ? field : ConflictListModel::tr(it.value());
}

QString shownValue(const QString &encoded)
{
    const QJsonValue v = df::Merger::decodeValue(encoded);
    if (v.isNull() || v.isUndefined())
        return ConflictListModel::tr("(empty)");
    if (v.isString())
        return v.toString();
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString shownTime(const QString &version)
{
    const df::Version v = df::Version::fromString(version);
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.wallMs())
        .toLocalTime()
        .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

ConflictListModel::ConflictListModel(QObject *parent)
    : KeyedListModel(parent)
{
    connect(this, &QAbstractItemModel::rowsInserted, this, &ConflictListModel::countChanged);
    connect(this, &QAbstractItemModel::rowsRemoved, this, &ConflictListModel::countChanged);
}

void ConflictListModel::setWorkspace(Workspace *workspace)
{
    if (bindWorkspace(this, m_workspace, workspace, &ConflictListModel::refresh,
                      &ConflictListModel::refresh))
        Q_EMIT workspaceChanged();
}

void ConflictListModel::setRowId(const QString &rowId)
{
    if (m_rowId == rowId)
        return;
    m_rowId = rowId;
    Q_EMIT rowIdChanged();
    refresh();
}

void ConflictListModel::setLimit(int limit)
{
    if (m_limit == limit)
        return;
    m_limit = std::max(0, limit);
    Q_EMIT rowIdChanged();
    refresh();
}

void ConflictListModel::refresh()
{
    // Conflict rows change only with a sync that brings them or a write of this device.
    if (m_workspace && !m_workspace->touches({int(df::Entity::Conflict), int(df::Entity::Member),
                                              int(df::Entity::Activity), int(df::Entity::Unit)}))
        return;
    QList<Row> fresh;
    int total = 0;
    if (m_workspace && m_workspace->isReady()) {
        const df::Queries &q = m_workspace->queries();
        total = q.openConflictCount(m_rowId);
        if (m_limit > 0) {
            for (const df::ConflictRecord &c : q.openConflicts(m_rowId, m_limit)) {
                fresh.append({c.id, recordLabel(q, c.entity, c.rowId), fieldLabel(c.field),
                              shownValue(c.keptValue), shownValue(c.lostValue),
                              shownTime(c.keptVersion), shownTime(c.lostVersion), c.keptUser,
                              c.lostUser});
            }
        }
    }
    updateRows(
        m_rows, fresh, [](const Row &r) { return r.id; },
        [](const Row &a, const Row &b) { return a == b; });
    if (total != m_total) {
        m_total = total;
        Q_EMIT totalChanged();
    }
}

QVariantMap ConflictListModel::written(const df::WriteResult &r)
{
    const QVariantMap out = answer(r);
    if (r.written)
        m_workspace->written();
    return out;
}

QVariantMap ConflictListModel::resolve(const QString &conflictId, bool restoreLost)
{
    if (!m_workspace || !m_workspace->isReady())
        return failure(tr("No workspace is open."));
    try {
        return written(
            m_workspace->store().resolveConflict(conflictId, restoreLost, m_workspace->user()));
    } catch (const df::StoreError &e) {
        return failure(tr("The conflict could not be resolved: %1").arg(e.message()));
    }
}

QVariantMap ConflictListModel::reopen(const QString &conflictId)
{
    if (!m_workspace || !m_workspace->isReady())
        return failure(tr("No workspace is open."));
    try {
        return written(m_workspace->store().reopenConflict(conflictId));
    } catch (const df::StoreError &e) {
        return failure(tr("The conflict could not be reopened: %1").arg(e.message()));
    }
}

int ConflictListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConflictListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows[index.row()];
    switch (role) {
    case ConflictIdRole:
        return r.id;
    case RecordRole:
        return r.record;
    case FieldRole:
        return r.field;
    case KeptValueRole:
        return r.keptValue;
    case LostValueRole:
        return r.lostValue;
    case KeptWhenRole:
        return r.keptWhen;
    case LostWhenRole:
        return r.lostWhen;
    case KeptUserRole:
        return r.keptUser;
    case LostUserRole:
        return r.lostUser;
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictListModel::roleNames() const
{
    return {
        {ConflictIdRole, "conflictId"}, {RecordRole, "record"},       {FieldRole, "field"},
        {KeptValueRole, "keptValue"},   {LostValueRole, "lostValue"}, {KeptWhenRole, "keptWhen"},
        {LostWhenRole, "lostWhen"},     {KeptUserRole, "keptUser"},   {LostUserRole, "lostUser"}};
}
