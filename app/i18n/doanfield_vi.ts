<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>Labels</name>
    <message>
        <source>Central</source>
        <translation>Trung ương</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation>Cơ sở</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Chi đoàn</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Chưa khai</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Chưa có</translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation>Sơ cấp</translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation>Trung cấp</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Cao cấp</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation>Bí thư</translation>
    </message>
    <message>
        <source>Deputy Secretary</source>
        <translation>Phó Bí thư</translation>
    </message>
    <message>
        <source>Standing Committee member</source>
        <translation>Ủy viên Ban Thường vụ</translation>
    </message>
    <message>
        <source>Executive Committee member</source>
        <translation>Ủy viên Ban Chấp hành</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Chưa xếp loại</translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation>Xuất sắc</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Khá</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Yếu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang sinh hoạt</translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation>Đã chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Matured out of the Union</source>
        <translation>Đã trưởng thành Đoàn</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Đã xóa tên</translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation>Sinh hoạt định kỳ</translation>
    </message>
    <message>
        <source>Thematic meeting</source>
        <translation>Sinh hoạt chuyên đề</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Hội nghị</translation>
    </message>
    <message>
        <source>Congress</source>
        <translation>Đại hội</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Tập huấn</translation>
    </message>
    <message>
        <source>Volunteer campaign</source>
        <translation>Chiến dịch tình nguyện</translation>
    </message>
    <message>
        <source>Youth work</source>
        <translation>Công trình thanh niên</translation>
    </message>
    <message>
        <source>Youth task</source>
        <translation>Phần việc thanh niên</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Có mặt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Đi muộn</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Vắng có phép</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Vắng</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Preparing demo data… %1%</source>
        <translation>Đang tạo dữ liệu mẫu… %1%</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Đang mở dữ liệu…</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Member profile</source>
        <translation>Hồ sơ đoàn viên</translation>
    </message>
</context>
<context>
    <name>MemberDelegate</name>
    <message>
        <source>Hardship</source>
        <translation>Hoàn cảnh khó khăn</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Choose a member to see their profile.</source>
        <translation>Chọn một đoàn viên để xem hồ sơ.</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search by name or card number</source>
        <translation>Tìm theo tên hoặc số thẻ đoàn viên</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n results</source>
        <translation>
            <numerusform>Hơn %n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n active member(s)</source>
        <translation>
            <numerusform>%1 · %n đoàn viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardship only</source>
        <translation>Chỉ hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Không có đoàn viên nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No members in this unit yet.</source>
        <translation>Đơn vị này chưa có đoàn viên.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Không mở được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The device is out of storage space; free some space and try again.</source>
        <translation>Thiết bị đã hết bộ nhớ; hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>Tệp dữ liệu %1 bị hỏng: %2</translation>
    </message>
    <message>
        <source>The database is busy with another task; try again in a moment.</source>
        <translation>Cơ sở dữ liệu đang bận; hãy thử lại sau giây lát.</translation>
    </message>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation>Thay đổi vi phạm quy tắc dữ liệu: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Lỗi cơ sở dữ liệu: %1</translation>
    </message>
    <message>
        <source>This data file was written by a newer version of Đoàn Field (format %1; this app reads up to %2). Update the app to open it.</source>
        <translation>Tệp dữ liệu này do phiên bản Đoàn Field mới hơn tạo ra (định dạng %1; ứng dụng này chỉ đọc được đến %2). Hãy cập nhật ứng dụng để mở.</translation>
    </message>
</context>
<context>
    <name>UnitDelegate</name>
    <message>
        <source>Collapse %1</source>
        <translation>Thu gọn %1</translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation>Mở rộng %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n đoàn viên</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>Thông tin cá nhân</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Union</source>
        <translation>Công tác Đoàn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation>Số thẻ đoàn viên</translation>
    </message>
    <message>
        <source>Date joined the Union</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation>Trình độ và bồi dưỡng</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Lớp đã học</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Đảng</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation>Ngày vào Đảng</translation>
    </message>
    <message>
        <source>Introduced as an outstanding member</source>
        <translation>Được giới thiệu là đoàn viên ưu tú</translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation>Ngày giới thiệu</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>Hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
</context>
<context>
    <name>df::Validation</name>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>Choose the unit&apos;s level.</source>
        <translation>Hãy chọn cấp của đơn vị.</translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation>Một đơn vị không thể là cấp trên của chính nó.</translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation>Hãy nhập họ và tên đoàn viên.</translation>
    </message>
    <message>
        <source>Choose the member&apos;s unit.</source>
        <translation>Hãy chọn đơn vị của đoàn viên.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Ngày sinh %1 ở trong tương lai.</translation>
    </message>
    <message>
        <source>The date joined the Union %1 is in the future.</source>
        <translation>Ngày vào Đoàn %1 ở trong tương lai.</translation>
    </message>
    <message>
        <source>The date joined the Union is before the date of birth.</source>
        <translation>Ngày vào Đoàn sớm hơn ngày sinh.</translation>
    </message>
    <message>
        <source>Joined the Union on %1, before turning 16 (born %2). Check both dates.</source>
        <translation>Vào Đoàn ngày %1, khi chưa đủ 16 tuổi (sinh %2). Hãy kiểm tra lại hai ngày này.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: use 10 digits starting with 0, or +84 followed by 9 digits.</source>
        <translation>Số điện thoại "%1" không hợp lệ: dùng 10 chữ số bắt đầu bằng 0, hoặc +84 và 9 chữ số.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not valid.</source>
        <translation>Địa chỉ email "%1" không hợp lệ.</translation>
    </message>
    <message>
        <source>The Party admission date is in the future.</source>
        <translation>Ngày vào Đảng ở trong tương lai.</translation>
    </message>
    <message>
        <source>The Party admission date is before the member turned 18.</source>
        <translation>Ngày vào Đảng sớm hơn ngày đoàn viên đủ 18 tuổi.</translation>
    </message>
    <message>
        <source>The date of introduction to the Party is in the future.</source>
        <translation>Ngày giới thiệu vào Đảng ở trong tương lai.</translation>
    </message>
    <message>
        <source>Add a short note on the member&apos;s hardship so the unit can help.</source>
        <translation>Hãy ghi chú ngắn về hoàn cảnh khó khăn để đơn vị có thể hỗ trợ.</translation>
    </message>
    <message>
        <source>Enter the year of the rating.</source>
        <translation>Hãy nhập năm xếp loại.</translation>
    </message>
    <message>
        <source>Enter a title for the activity.</source>
        <translation>Hãy nhập tên hoạt động.</translation>
    </message>
    <message>
        <source>Choose the unit that holds the activity.</source>
        <translation>Hãy chọn đơn vị tổ chức hoạt động.</translation>
    </message>
    <message>
        <source>Enter the date and time the activity starts.</source>
        <translation>Hãy nhập ngày giờ bắt đầu hoạt động.</translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation>Hoạt động kết thúc trước khi bắt đầu.</translation>
    </message>
    <message>
        <source>Outputs cannot be negative.</source>
        <translation>Kết quả không thể là số âm.</translation>
    </message>
    <message>
        <source>Choose the activity.</source>
        <translation>Hãy chọn hoạt động.</translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation>Hãy chọn đoàn viên.</translation>
    </message>
    <message>
        <source>A member marked present needs a check-in time.</source>
        <translation>Đoàn viên có mặt cần có giờ điểm danh.</translation>
    </message>
    <message>
        <source>Enter the date of the volunteer work.</source>
        <translation>Hãy nhập ngày tham gia tình nguyện.</translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation>Ngày %1 ở trong tương lai.</translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24 for one day (entered: %1).</source>
        <translation>Số giờ phải lớn hơn 0 và không quá 24 trong một ngày (đã nhập: %1).</translation>
    </message>
    <message>
        <source>Give a reason when rejecting hours.</source>
        <translation>Hãy nêu lý do khi không xác nhận giờ.</translation>
    </message>
    <message>
        <source>Choose the unit the target is for.</source>
        <translation>Hãy chọn đơn vị áp dụng chỉ tiêu.</translation>
    </message>
    <message>
        <source>Enter the target&apos;s year.</source>
        <translation>Hãy nhập năm của chỉ tiêu.</translation>
    </message>
    <message>
        <source>Choose the whole year or one half of it.</source>
        <translation>Hãy chọn cả năm hoặc một nửa năm.</translation>
    </message>
    <message>
        <source>Unknown indicator &quot;%1&quot;.</source>
        <translation>Chỉ tiêu "%1" không xác định.</translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation>Chỉ tiêu không thể là số âm.</translation>
    </message>
</context>
</TS>
