#include "importmodel.h"

#include "domain/orgunit.h"
#include "store/queries.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace df;

namespace {
// The last import of this run of the app, kept after its page closes so that it can be
// undone until it syncs (in memory only: a restart ends the undo).
struct LastImport
{
    QString workspace; // the workspace's database file
    std::shared_ptr<io::ImportBatch> batch;
    QString summary;
};
LastImport &lastImport()
{
    static LastImport last;
    return last;
}
} // namespace

ImportModel::ImportModel(QObject *parent)
    : QObject(parent)
{}

void ImportModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    m_workspace = workspace;
    const LastImport &last = lastImport();
    if (m_workspace && last.batch && last.workspace == m_workspace->path()) {
        m_batch = last.batch;
        m_result = last.summary;
        watch();
        checkUndo();
    }
    Q_EMIT changed();
}

void ImportModel::watch()
{
    if (m_watching || !m_workspace)
        return;
    m_watching = true; // a sync that sends the rows, or an edit, ends the undo
    connect(m_workspace, &Workspace::dataChanged, this, &ImportModel::checkUndo);
}

ImportModel::~ImportModel() = default;

QString ImportModel::unitName() const
{
    if (!m_workspace || !m_workspace->isReady() || m_unitId.isEmpty())
        return {};
    const auto u = m_workspace->queries().unit(m_unitId);
    return u ? u->name : QString();
}

QString ImportModel::unitNote() const
{
    if (!m_workspace || !m_workspace->isReady() || m_unitId.isEmpty())
        return {};
    const auto u = m_workspace->queries().unit(m_unitId);
    if (!u || u->level == UnitLevel::Branch)
        return {};
    return tr("“%1” is not a branch. Members take part in a branch: choose the branch the "
              "list belongs to, unless this unit keeps its members itself.")
        .arg(u->name);
}

bool ImportModel::ready(QString *why) const
{
    if (!m_workspace || !m_workspace->isReady()) {
        *why = tr("The data on this device is not open yet; wait a moment and try again.");
        return false;
    }
    if (m_unitId.isEmpty()) {
        *why = tr("Choose the unit the members belong to.");
        return false;
    }
    return true;
}

void ImportModel::setBusy(bool on)
{
    m_busy = on;
    m_progress = 0;
    m_cancel = false;
    Q_EMIT busyChanged();
}

io::MemberImport::Progress ImportModel::progressFn()
{
    return [this](int rows) {
        m_progress = rows;
        Q_EMIT busyChanged();
        // The work runs on the GUI thread in one transaction; the window keeps painting.
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
        return !m_cancel;
    };
}

bool ImportModel::open(const QUrl &file)
{
    QString why;
    if (!ready(&why)) {
        m_error = why;
        Q_EMIT changed();
        return false;
    }
    // A file the dialog chose, or a list shipped with the app (qrc:/…, the screen tour's).
    const QString path = file.isLocalFile()                      ? file.toLocalFile()
                         : file.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + file.path()
                                                                 : file.toString();
    auto import = std::make_unique<io::MemberImport>(m_workspace->store().database(), m_unitId);
    setBusy(true);
    const bool ok = import->open(path, &why);
    setBusy(false);
    if (!ok) {
        m_error = why;
        Q_EMIT changed();
        return false;
    }
    m_import = std::move(import);
    m_fileName = QFileInfo(path).fileName();
    m_error.clear();
    m_result.clear();
    m_step = QStringLiteral("mapping");
    Q_EMIT changed();
    return true;
}

void ImportModel::back(const QString &step)
{
    if (step == QLatin1String("choose"))
        m_import.reset();
    m_step = step;
    m_error.clear();
    Q_EMIT changed();
}

QString ImportModel::fileDescription() const
{
    if (!m_import)
        return {};
    const auto &i = m_import->info();
    if (i.format == QLatin1String("xlsx"))
        return tr("Excel workbook, sheet “%1”").arg(i.sheetName);
    const QString sep = i.separator == QLatin1Char(';')    ? tr("semicolons")
                        : i.separator == QLatin1Char('\t') ? tr("tabs")
                                                           : tr("commas");
    return tr("CSV text in %1, separated by %2").arg(i.encoding, sep);
}

int ImportModel::headerRow() const
{
    return m_import ? m_import->mapping().headerRow : 0;
}

bool ImportModel::tcvn3Suspected() const
{
    return m_import && m_import->tcvn3Suspected();
}

bool ImportModel::convertTcvn3() const
{
    return m_import && m_import->mapping().convertTcvn3;
}

void ImportModel::setConvertTcvn3(bool on)
{
    if (!m_import || m_import->mapping().convertTcvn3 == on)
        return;
    m_import->mapping().convertTcvn3 = on;
    Q_EMIT changed();
}

QVariantList ImportModel::columns() const
{
    QVariantList out;
    if (!m_import)
        return out;
    const auto &map = m_import->mapping();
    const auto sample = m_import->sample(3);
    for (int c = 0; c < map.columns.size(); ++c) {
        QStringList values;
        for (const auto &row : sample)
            if (!row.value(c).isEmpty())
                values.append(row.value(c));
        QString header = map.headers.value(c);
        if (header.isEmpty())
            header = tr("Column %1").arg(c + 1);
        out.append(QVariantMap{{QStringLiteral("header"), header},
                               {QStringLiteral("field"), int(map.columns[c])},
                               {QStringLiteral("sample"), values.join(QStringLiteral(" · "))}});
    }
    return out;
}

QStringList ImportModel::fieldNames() const
{
    QStringList out;
    for (int f = 0; f < int(io::Field::Count); ++f)
        out.append(io::fieldName(io::Field(f)));
    return out;
}

void ImportModel::setColumnField(int column, int field)
{
    if (!m_import || column < 0 || column >= m_import->mapping().columns.size() || field < 0 ||
        field >= int(io::Field::Count))
        return;
    auto &cols = m_import->mapping().columns;
    // A field comes from one column: choosing it here clears it elsewhere.
    if (field != 0)
        for (auto &f : cols)
            if (f == io::Field(field))
                f = io::Field::Ignore;
    cols[column] = io::Field(field);
    Q_EMIT changed();
}

bool ImportModel::preview()
{
    QString why;
    if (!m_import || !ready(&why)) {
        m_error = why.isEmpty() ? tr("Choose a file first.") : why;
        Q_EMIT changed();
        return false;
    }
    setBusy(true);
    const bool ok = m_import->dryRun(&why, progressFn());
    setBusy(false);
    m_error = ok ? QString() : why;
    if (ok)
        m_step = QStringLiteral("preview");
    Q_EMIT changed();
    return ok;
}

QVariantMap ImportModel::counts() const
{
    if (!m_import)
        return {};
    const auto &p = m_import->preview();
    return {
        {QStringLiteral("rows"), p.rows},       {QStringLiteral("added"), p.added},
        {QStringLiteral("updated"), p.updated}, {QStringLiteral("unchanged"), p.unchanged},
        {QStringLiteral("refused"), p.refused}, {QStringLiteral("skipped"), p.skipped},
        {QStringLiteral("merged"), p.merged},   {QStringLiteral("groups"), int(p.groups.size())}};
}

namespace {
// Row sentences for QML: [{row, sentence}], the first `most`.
QVariantList sentences(const QList<io::Preview::Refusal> &list, int most)
{
    QVariantList out;
    for (const auto &r : list) {
        if (out.size() >= most)
            break;
        out.append(
            QVariantMap{{QStringLiteral("row"), r.row}, {QStringLiteral("sentence"), r.sentence}});
    }
    return out;
}
} // namespace

QVariantList ImportModel::refusals() const
{
    return m_import ? sentences(m_import->preview().refusals, 500) : QVariantList();
}

QVariantList ImportModel::warnings() const
{
    return m_import ? sentences(m_import->preview().warnings, 200) : QVariantList();
}

QVariantList ImportModel::groups() const
{
    QVariantList out;
    if (!m_import)
        return out;
    for (const auto &g : m_import->preview().groups) {
        QStringList rows;
        for (int n : g.rows)
            rows.append(QString::number(n));
        out.append(QVariantMap{{QStringLiteral("reason"), g.reason},
                               {QStringLiteral("rows"), rows.join(QStringLiteral(", "))},
                               {QStringLiteral("names"), g.names.join(QStringLiteral(", "))},
                               {QStringLiteral("memberName"), g.memberName},
                               {QStringLiteral("action"), int(g.action)}});
    }
    return out;
}

void ImportModel::setGroupAction(int group, int action)
{
    if (!m_import || action < 0 || action > 2)
        return;
    m_import->setGroupAction(group, io::Preview::Group::Action(action));
    Q_EMIT changed();
}

bool ImportModel::apply()
{
    QString why;
    if (!m_import || !ready(&why)) {
        m_error = why.isEmpty() ? tr("Choose a file first.") : why;
        Q_EMIT changed();
        return false;
    }
    auto batch = std::make_shared<io::ImportBatch>();
    setBusy(true);
    const bool ok = m_import->apply(m_workspace->store(), batch.get(), &why, progressFn());
    setBusy(false);
    if (!ok) {
        m_error = why;
        Q_EMIT changed();
        return false;
    }
    m_result = tr("Imported: %n new member(s)", nullptr, int(batch->added.size())) +
               QStringLiteral(", ") + tr("%n updated", nullptr, int(batch->before.size())) +
               QLatin1Char('.');
    m_batch = std::move(batch);
    lastImport() = {m_workspace->path(), m_batch, m_result};
    m_error.clear();
    m_step = QStringLiteral("done");
    watch();
    m_workspace->written();
    checkUndo();
    Q_EMIT changed();
    return true;
}

void ImportModel::checkUndo()
{
    // Reads every added row's versions: done when something may have changed (the import,
    // a sync or an edit), not each time QML reads the property.
    const bool can = m_batch && m_workspace && m_workspace->isReady() &&
                     io::MemberImport::canUndo(m_workspace->store(), *m_batch);
    if (can != m_canUndo) {
        m_canUndo = can;
        Q_EMIT changed();
    }
}

bool ImportModel::undo()
{
    QString why;
    if (!m_batch || !ready(&why))
        return false;
    if (!io::MemberImport::undo(m_workspace->store(), *m_batch, &why)) {
        m_error = why;
        Q_EMIT changed();
        return false;
    }
    m_batch.reset();
    lastImport() = {};
    m_canUndo = false;
    m_result = tr("The import was undone: the members it added are gone and the ones it "
                  "updated are as before.");
    m_workspace->written();
    Q_EMIT changed();
    return true;
}
