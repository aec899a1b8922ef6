#pragma once

// Name and place lists for the demo generator, weighted toward the most common.
namespace df::demo {

struct Weighted
{
    const char *text;
    int weight;
};

inline constexpr Weighted kFamilyNames[] = {
    {"Nguyễn", 380}, {"Trần", 110}, {"Lê", 95},    {"Phạm", 70}, {"Hoàng", 50}, {"Huỳnh", 50},
    {"Phan", 45},    {"Vũ", 39},    {"Võ", 30},    {"Đặng", 21}, {"Bùi", 20},   {"Đỗ", 14},
    {"Hồ", 13},      {"Ngô", 13},   {"Dương", 10}, {"Lý", 5},    {"Đào", 5},    {"Đinh", 5},
    {"Lâm", 4},      {"Mai", 4},    {"Trương", 6}, {"Cao", 3},   {"Lương", 3},  {"Trịnh", 3},
    {"Hà", 3},       {"Tạ", 2},     {"Kiều", 1},   {"Âu", 1},
};

inline constexpr const char *kMaleMiddle[] = {"Văn",   "Hữu",  "Đức", "Minh", "Quốc", "Công",
                                              "Thành", "Xuân", "Gia", "Đình", "Ngọc", "Quang"};
inline constexpr const char *kFemaleMiddle[] = {"Thị", "Ngọc",   "Thu", "Thanh", "Mỹ",
                                                "Kim", "Phương", "Bảo", "Hồng",  "Khánh"};
inline constexpr const char *kMaleGiven[] = {
    "An",   "Anh",   "Bảo",  "Bình",  "Cường", "Dũng",  "Duy",   "Dương", "Đạt",
    "Đức",  "Hải",   "Hiếu", "Hoàng", "Hùng",  "Huy",   "Khang", "Khoa",  "Kiên",
    "Lâm",  "Long",  "Minh", "Nam",   "Nghĩa", "Nhân",  "Phát",  "Phong", "Phúc",
    "Quân", "Quang", "Sơn",  "Tài",   "Thắng", "Thành", "Tiến",  "Toàn",  "Trung",
    "Tuấn", "Tùng",  "Việt", "Vinh",  "Vũ",    "Khải",  "Lộc",   "Thịnh"};
inline constexpr const char *kFemaleGiven[] = {
    "An",   "Anh",   "Chi",   "Diệp",  "Dung", "Giang",  "Hà",    "Hân",  "Hạnh", "Hằng",
    "Hiền", "Hoa",   "Hương", "Huyền", "Lan",  "Liên",   "Linh",  "Loan", "Mai",  "My",
    "Nga",  "Ngân",  "Ngọc",  "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm",  "Thảo", "Thu",
    "Thủy", "Trang", "Trâm",  "Uyên",  "Vân",  "Vy",     "Xuân",  "Yến",  "Đào",  "Ánh"};

inline constexpr const char *kDistricts[] = {
    "Tam Kỳ",     "Hội An",     "Điện Bàn",  "Thăng Bình", "Duy Xuyên", "Đại Lộc",
    "Quế Sơn",    "Núi Thành",  "Phú Ninh",  "Tiên Phước", "Hiệp Đức",  "Nông Sơn",
    "Bắc Trà My", "Nam Trà My", "Phước Sơn", "Đông Giang", "Tây Giang", "Nam Giang"};
inline constexpr const char *kCommunes[] = {
    "Bình An",   "Bình Trung", "Tam Thăng", "Tam Phú",  "Điện Hòa", "Điện Thắng", "Duy Hải",
    "Duy Nghĩa", "Đại Hiệp",   "Quế Xuân",  "Tam Hiệp", "Tam Anh",  "Tiên Cảnh",  "Hiệp Thuận",
    "Quế Lộc",   "Trà Đốc",    "Phước Mỹ",  "Ba",       "A Tiêng",  "Cà Dy"};
inline constexpr const char *kSchoolNamesakes[] = {
    "Trần Phú",         "Lê Quý Đôn",  "Nguyễn Huệ", "Phan Châu Trinh",
    "Huỳnh Thúc Kháng", "Nguyễn Trãi", "Lê Lợi",     "Chu Văn An"};

inline constexpr Weighted kEthnicities[] = {
    {"Kinh", 860}, {"Cơ Tu", 40}, {"Xơ Đăng", 25}, {"Giẻ Triêng", 15}, {"Tày", 15},
    {"Mường", 15}, {"Hoa", 10},   {"Co", 10},      {"Khmer", 5},       {"Nùng", 5}};
inline constexpr Weighted kReligions[] = {
    {"Không", 820}, {"Phật giáo", 100}, {"Công giáo", 60}, {"Cao Đài", 10}, {"Tin Lành", 10}};
inline constexpr Weighted kEducation[] = {
    {"12/12", 700}, {"9/12", 180}, {"10/12", 60}, {"11/12", 60}};
inline constexpr Weighted kProfessional[] = {
    {"", 400}, {"Trung cấp", 120}, {"Cao đẳng", 130}, {"Đại học", 320}, {"Thạc sĩ", 30}};
inline constexpr const char *kCourses[] = {"Lớp bồi dưỡng lý luận chính trị cho đoàn viên",
                                           "Lớp cảm tình Đảng", "Tập huấn nghiệp vụ công tác Đoàn",
                                           "Tập huấn kỹ năng sơ cấp cứu",
                                           "Lớp kỹ năng chuyển đổi số cho thanh niên"};
inline constexpr const char *kHardshipNotes[] = {
    "Gia đình hộ nghèo, bố mẹ làm nông", "Mồ côi cha, sống cùng bà ngoại",
    "Nhà bị hư hỏng sau bão, cần hỗ trợ sửa chữa", "Bản thân bị bệnh dài ngày",
    "Hộ cận nghèo, đông con"};
inline constexpr const char *kThematicTopics[] = {
    "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Thanh niên với chuyển đổi số",
    "Phòng chống ma túy và tệ nạn xã hội", "An toàn giao thông cho đoàn viên, thanh niên",
    "Bảo vệ chủ quyền biển, đảo"};

} // namespace df::demo
