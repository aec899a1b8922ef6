#include "domain/indicators.h"

#include <QLocale>

namespace df::Indicator {

const QList<IndicatorSpec> &all()
{
    using M = Measure;
    static const QList<IndicatorSpec> list = {
        {"regular_meetings_pct", "Chi đoàn sinh hoạt định kỳ đủ các tháng",
         "Branches that held their regular meeting every month", M::Percent, false, "%"},
        {"thematic_meetings", "Buổi sinh hoạt chuyên đề", "Thematic meetings", M::Count, true,
         "buổi"},
        {"youth_works", "Công trình thanh niên", "Youth works", M::Count, true, "công trình"},
        {"youth_tasks", "Phần việc thanh niên", "Youth tasks", M::Count, true, "phần việc"},
        {"trees_planted", "Cây xanh trồng mới", "Trees planted", M::Count, true, "cây"},
        {"children_supported", "Trẻ em hoàn cảnh khó khăn được hỗ trợ",
         "Disadvantaged children supported", M::Count, true, "em"},
        {"money_raised_vnd", "Kinh phí vận động (đồng)", "Money raised (VND)", M::Money, true,
         "đồng"},
        {"volunteer_hours", "Giờ tình nguyện đã xác nhận", "Confirmed volunteer hours", M::Hours,
         true, "giờ"},
        {"volunteers", "Đoàn viên tham gia tình nguyện", "Members who volunteered", M::Count, true,
         "đoàn viên"},
        {"new_members", "Kết nạp đoàn viên mới", "New members admitted", M::Count, true,
         "đoàn viên"},
        {"party_introductions", "Đoàn viên ưu tú giới thiệu cho Đảng",
         "Outstanding members introduced to the Party", M::Count, true, "đoàn viên"},
        {"party_admitted", "Đoàn viên ưu tú được kết nạp Đảng",
         "Introduced members admitted to the Party", M::Count, true, "đoàn viên"},
        {"party_admitted_pct", "Tỷ lệ đoàn viên ưu tú được kết nạp Đảng",
         "Share of introduced members admitted", M::Percent, false, "%"},
        {"hardship_listed", "Đoàn viên khó khăn được nắm danh sách", "Members in hardship listed",
         M::Count, false, "đoàn viên"},
        {"cadres_trained", "Cán bộ Đoàn dự ít nhất một lớp tập huấn",
         "Cadres who attended at least one course", M::Count, true, "cán bộ"},
        {"cadres_trained_pct", "Tỷ lệ cán bộ Đoàn được tập huấn", "Share of cadres trained",
         M::Percent, false, "%"},
        {"members_excellent_pct", "Tỷ lệ đoàn viên xếp loại xuất sắc",
         "Share of members rated excellent", M::Percent, false, "%"},
        {"meeting_attendance_pct", "Tỷ lệ đoàn viên dự sinh hoạt chi đoàn",
         "Average attendance at branch meetings", M::Percent, false, "%"},
    };
    Q_ASSERT(list.size() == Count);
    return list;
}

int indexOf(QStringView key)
{
    const auto &list = all();
    for (int i = 0; i < list.size(); ++i) {
        if (key == QLatin1String(list[i].key))
            return i;
    }
    return -1;
}

const IndicatorSpec &spec(Id id)
{
    return all()[id];
}

QString key(Id id)
{
    return QString::fromLatin1(all()[id].key);
}

const IndicatorSpec *find(QStringView key)
{
    const int i = indexOf(key);
    return i < 0 ? nullptr : &all()[i];
}

bool isKnown(const QString &key)
{
    return indexOf(key) >= 0;
}

QString name(const IndicatorSpec &spec)
{
    // The app sets the default locale to its interface language (Preferences).
    return QString::fromUtf8(QLocale().language() == QLocale::English ? spec.en : spec.vi);
}

} // namespace df::Indicator
