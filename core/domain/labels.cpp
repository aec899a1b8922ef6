#include "labels.h"

#include <QCoreApplication>
#include <iterator>

namespace df::Labels {

namespace {
template<size_t N> QString pick(const char *const (&names)[N], int i)
{
    if (i < 0 || i >= int(N))
        return {};
    return QCoreApplication::translate("Labels", names[i]);
}
} // namespace

QString unitLevel(int level)
{
    static const char *const n[] = {
        QT_TRANSLATE_NOOP("Labels", "Central"), QT_TRANSLATE_NOOP("Labels", "Province"),
        QT_TRANSLATE_NOOP("Labels", "District"), QT_TRANSLATE_NOOP("Labels", "Grassroots"),
        QT_TRANSLATE_NOOP("Labels", "Branch")};
    return pick(n, level);
}

QString gender(int g)
{
    static const char *const n[] = {QT_TRANSLATE_NOOP("Labels", "Not stated"),
                                    QT_TRANSLATE_NOOP("Labels", "Male"),
                                    QT_TRANSLATE_NOOP("Labels", "Female")};
    return pick(n, g);
}

QString theoryLevel(int level)
{
    static const char *const n[] = {
        QT_TRANSLATE_NOOP("Labels", "None"), QT_TRANSLATE_NOOP("Labels", "Elementary"),
        QT_TRANSLATE_NOOP("Labels", "Intermediate"), QT_TRANSLATE_NOOP("Labels", "Advanced")};
    return pick(n, level);
}

QString position(int p)
{
    static const char *const n[] = {QT_TRANSLATE_NOOP("Labels", "Member"),
                                    QT_TRANSLATE_NOOP("Labels", "Secretary"),
                                    QT_TRANSLATE_NOOP("Labels", "Deputy Secretary"),
                                    QT_TRANSLATE_NOOP("Labels", "Standing Committee member"),
                                    QT_TRANSLATE_NOOP("Labels", "Executive Committee member")};
    return pick(n, p);
}

QString rating(int r)
{
    static const char *const n[] = {
        QT_TRANSLATE_NOOP("Labels", "Not rated"), QT_TRANSLATE_NOOP("Labels", "Excellent"),
        QT_TRANSLATE_NOOP("Labels", "Good"), QT_TRANSLATE_NOOP("Labels", "Average"),
        QT_TRANSLATE_NOOP("Labels", "Weak")};
    return pick(n, r);
}

QString memberStatus(int s)
{
    static const char *const n[] = {QT_TRANSLATE_NOOP("Labels", "Active"),
                                    QT_TRANSLATE_NOOP("Labels", "Transferred out"),
                                    QT_TRANSLATE_NOOP("Labels", "Matured out of the Union"),
                                    QT_TRANSLATE_NOOP("Labels", "Removed")};
    return pick(n, s);
}

QString activityKind(int k)
{
    static const char *const n[] = {QT_TRANSLATE_NOOP("Labels", "Regular meeting"),
                                    QT_TRANSLATE_NOOP("Labels", "Thematic meeting"),
                                    QT_TRANSLATE_NOOP("Labels", "Conference"),
                                    QT_TRANSLATE_NOOP("Labels", "Congress"),
                                    QT_TRANSLATE_NOOP("Labels", "Training"),
                                    QT_TRANSLATE_NOOP("Labels", "Volunteer campaign"),
                                    QT_TRANSLATE_NOOP("Labels", "Youth work"),
                                    QT_TRANSLATE_NOOP("Labels", "Youth task"),
                                    QT_TRANSLATE_NOOP("Labels", "Other")};
    return pick(n, k);
}

QString attendanceStatus(int s)
{
    static const char *const n[] = {
        QT_TRANSLATE_NOOP("Labels", "Present"), QT_TRANSLATE_NOOP("Labels", "Late"),
        QT_TRANSLATE_NOOP("Labels", "Excused"), QT_TRANSLATE_NOOP("Labels", "Absent")};
    return pick(n, s);
}

} // namespace df::Labels
