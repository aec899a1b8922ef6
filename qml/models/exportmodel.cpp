#include "exportmodel.h"

#include "cardsheet.h"
#include "memberlist.h"
#include "store/membersearch.h"
#include "store/queries.h"
#include "workspace.h"
#include "write/localstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>

using namespace df;

ExportModel::ExportModel(QObject *parent)
    : QObject(parent)
{}

QUrl ExportModel::suggestedFile(const QString &kind, const QString &id, const QString &format) const
{
    QString words;
    if (m_workspace && m_workspace->isReady()) {
        if (kind == QLatin1String("attendance")) {
            const auto a = m_workspace->queries().activity(id);
            words = QStringLiteral("diem danh ") + (a ? a->title : QString());
        } else {
            const auto u = m_workspace->queries().unit(id);
            words = (kind == QLatin1String("hours")   ? QStringLiteral("gio tinh nguyen ")
                     : kind == QLatin1String("cards") ? QStringLiteral("the doan vien ")
                                                      : QStringLiteral("danh sach doan vien ")) +
                    (u ? u->name : QString());
        }
    }
    QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    QDir().mkpath(dir);
    return QUrl::fromLocalFile(
        QDir(dir).filePath(fileSlug(words, QDate::currentDate()) + QLatin1Char('.') +
                           (kind == QLatin1String("cards")   ? QStringLiteral("pdf")
                            : format == QLatin1String("csv") ? QStringLiteral("csv")
                                                             : QStringLiteral("xlsx"))));
}

QString ExportModel::unitName(const QString &unitId) const
{
    if (!m_workspace || !m_workspace->isReady())
        return {};
    const auto u = m_workspace->queries().unit(unitId);
    return u ? u->name : QString();
}

int ExportModel::activeMembers(const QString &unitId) const
{
    return m_workspace && m_workspace->isReady() ? m_workspace->queries().memberCount(unitId) : 0;
}

template<typename Write>
QString ExportModel::run(const QUrl &file, Write write, const QStringList &suffixes)
{
    if (!m_workspace || !m_workspace->isReady())
        return tr("The data on this device is not open yet; wait a moment and try again.");
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    if (std::none_of(suffixes.cbegin(), suffixes.cend(), [&](const QString &suffix) {
            return path.endsWith(suffix, Qt::CaseInsensitive);
        }))
        return suffixes.contains(QStringLiteral(".pdf"))
                   ? tr("Save the cards as a .pdf file.")
                   : tr("Save the list as .xlsx (Excel) or .csv.");
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_busy = true;
    m_cancel = false;
    m_progress = 0;
    Q_EMIT busyChanged();
    QString problem;
    try {
        write(path, [this](qint64 rows) {
            m_progress = int(rows);
            Q_EMIT busyChanged();
            QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 20);
            return !m_cancel;
        });
    } catch (const ExportError &e) {
        problem = e.message();
    }
    m_busy = false;
    m_total = 0;
    Q_EMIT busyChanged();
    return problem;
}

QString ExportModel::exportMembers(const QUrl &file, const QString &unitId, const QVariantMap &f)
{
    MemberFilter filter;
    filter.rootUnitId = unitId;
    filter.text = f.value(QStringLiteral("query")).toString();
    const int status = f.value(QStringLiteral("status"), 0).toInt();
    filter.status = status < 0 ? std::nullopt : std::optional(MemberStatus(status));
    const int position = f.value(QStringLiteral("position"), -1).toInt();
    if (position >= 0)
        filter.position = UnionPosition(position);
    if (f.value(QStringLiteral("hardshipOnly")).toBool())
        filter.hardship = true;
    if (f.value(QStringLiteral("outstandingOnly")).toBool())
        filter.outstanding = true;
    return run(file, [&](const QString &path, const ExportProgress &p) {
        MemberList::write(m_workspace->store().database(), filter, path, p);
    });
}

QString ExportModel::exportAttendance(const QUrl &file, const QString &activityId)
{
    return run(file, [&](const QString &path, const ExportProgress &p) {
        AttendanceList::write(m_workspace->store().database(), activityId, path, p);
    });
}

QString ExportModel::exportHours(const QUrl &file, const QString &unitId, const QString &from,
                                 const QString &to)
{
    const QDate a = QDate::fromString(from, QStringLiteral("d/M/yyyy"));
    const QDate b = QDate::fromString(to, QStringLiteral("d/M/yyyy"));
    if (!a.isValid() || !b.isValid())
        return tr("Enter both dates of the period as day/month/year, such as 01/01/2026.");
    if (b < a)
        return tr("The period ends before it starts; check the two dates.");
    return run(file, [&](const QString &path, const ExportProgress &p) {
        HoursList::write(m_workspace->store().database(), unitId, a, b, path, p);
    });
}

QString ExportModel::exportCards(const QUrl &file, const QString &unitId)
{
    return run(file,
               [&](const QString &path, const ExportProgress &p) {
                   const QList<CardSheet::Card> cards =
                       CardSheet::cardsForUnit(m_workspace->store().database(), unitId);
                   const auto unit = m_workspace->queries().unit(unitId);
                   CardSheet::write(cards, path,
                                    tr("Member cards – %1").arg(unit ? unit->name : QString()), p);
               },
               {QStringLiteral(".pdf")});
}
