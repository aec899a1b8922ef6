<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>No activities in this period. Tap + to create one.</source>
        <translation>Không có hoạt động nào trong khoảng này. Chạm + để tạo mới.</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
</context>
<context>
    <name>ActivityEditPage</name>
    <message>
        <source>Activity saved</source>
        <translation>Đã lưu hoạt động</translation>
    </message>
    <message>
        <source>Activity created</source>
        <translation>Đã tạo hoạt động</translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation>Sửa hoạt động</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại hoạt động</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>e.g. Chủ nhật xanh tháng 12</source>
        <translation>VD: Chủ nhật xanh tháng 12</translation>
    </message>
    <message>
        <source>Date (day/month/year)</source>
        <translation>Ngày (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Giờ</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Chiến dịch</translation>
    </message>
    <message>
        <source>e.g. Mùa hè xanh</source>
        <translation>VD: Mùa hè xanh</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Trees planted</source>
        <translation>Số cây trồng</translation>
    </message>
    <message>
        <source>Children supported</source>
        <translation>Số em nhỏ được hỗ trợ</translation>
    </message>
    <message>
        <source>Money raised (VND)</source>
        <translation>Số tiền vận động (đồng)</translation>
    </message>
    <message>
        <source>Works built</source>
        <translation>Số công trình</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation>Chọn đơn vị</translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The activity is no longer on this device.</source>
        <translation>Hoạt động này không còn trên thiết bị.</translation>
    </message>
    <message>
        <source>Enter the time as hour:minute, e.g. 07:30.</source>
        <translation>Nhập giờ theo dạng giờ:phút, VD: 07:30.</translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation>Nhập một số nguyên từ 0 trở lên.</translation>
    </message>
    <message>
        <source>The activity could not be saved: %1</source>
        <translation>Không lưu được hoạt động: %1</translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <source>Today · %1</source>
        <translation>Hôm nay · %1</translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Choose an activity to see it here.</source>
        <translation>Chọn một hoạt động để xem tại đây.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 lúc %2</translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation>Chiến dịch: %1</translation>
    </message>
    <message>
        <source>Attended / expected</source>
        <translation>Có mặt / dự kiến</translation>
    </message>
    <message>
        <source>Excused · absent</source>
        <translation>Có phép · vắng</translation>
    </message>
    <message numerus="yes">
        <source>Volunteer hours (%n member(s))</source>
        <translation>
            <numerusform>Giờ tình nguyện (%n đoàn viên)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tree(s) planted</source>
        <translation>
            <numerusform>%n cây đã trồng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) supported</source>
        <translation>
            <numerusform>%n em nhỏ được hỗ trợ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 VND raised</source>
        <translation>Vận động %1 đồng</translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) built</source>
        <translation>
            <numerusform>%n công trình</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Conference door mode</source>
        <translation>Chế độ cửa hội nghị</translation>
    </message>
    <message>
        <source>Log hours for attendees</source>
        <translation>Ghi giờ cho người có mặt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Save the attendance</source>
        <translation>Lưu danh sách điểm danh</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation>Xuất điểm danh</translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>CheckInDelegate</name>
    <message>
        <source>Other statuses</source>
        <translation>Trạng thái khác</translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <source>The check-in could not be saved: %1</source>
        <translation>Không lưu được điểm danh: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the earlier attendance could not be restored</source>
        <translation>không khôi phục được điểm danh trước đó</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
    <message>
        <source>Could not mark the rest absent: %1</source>
        <translation>Không đánh dấu vắng được những người còn lại: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) marked absent</source>
        <translation>
            <numerusform>Đã đánh dấu vắng %n đoàn viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Đã hoàn tác: %1</translation>
    </message>
    <message>
        <source>Undone. %1 is now: %2</source>
        <translation>Đã hoàn tác. %1 giờ là: %2</translation>
    </message>
    <message>
        <source>not marked</source>
        <translation>chưa điểm danh</translation>
    </message>
    <message>
        <source>Checked in at %1.</source>
        <translation>Đã điểm danh lúc %1.</translation>
    </message>
    <message>
        <source>Already checked in.</source>
        <translation>Đã điểm danh rồi.</translation>
    </message>
    <message>
        <source>Already checked in, at %1.</source>
        <translation>Đã điểm danh rồi, lúc %1.</translation>
    </message>
    <message>
        <source>A valid card, but this member is not on this device. Sync, or find them by name.</source>
        <translation>Thẻ hợp lệ, nhưng máy này không có dữ liệu của đoàn viên này. Hãy đồng bộ, hoặc tìm theo tên.</translation>
    </message>
    <message>
        <source>This code is not a member card.</source>
        <translation>Mã này không phải thẻ đoàn viên.</translation>
    </message>
    <message>
        <source>The card&apos;s code is damaged and cannot be read. Find the member by name.</source>
        <translation>Mã trên thẻ bị hỏng, không đọc được. Hãy tìm đoàn viên theo tên.</translation>
    </message>
    <message>
        <source>This card was made by a newer version of Đoàn Field. Update the app.</source>
        <translation>Thẻ này được in bởi phiên bản Đoàn Field mới hơn. Hãy cập nhật ứng dụng.</translation>
    </message>
    <message>
        <source>The check-in could not be saved.</source>
        <translation>Không lưu được điểm danh.</translation>
    </message>
    <message>
        <source>The card shows the old number %1; the member&apos;s number is now %2.</source>
        <translation>Thẻ mang số cũ %1; số thẻ hiện nay của đoàn viên là %2.</translation>
    </message>
    <message>
        <source>%1 (%2) is not on this activity&apos;s list. Check them in as a guest?</source>
        <translation>%1 (%2) không có trong danh sách của hoạt động này. Điểm danh là khách mời?</translation>
    </message>
    <message>
        <source>%1 is no longer an active member (%2). Check them in anyway?</source>
        <translation>%1 không còn sinh hoạt (%2). Vẫn điểm danh?</translation>
    </message>
    <message>
        <source>Checked in as a guest at %1.</source>
        <translation>Đã điểm danh khách mời lúc %1.</translation>
    </message>
    <message>
        <source>Not on this activity&apos;s list. Confirm to check them in.</source>
        <translation>Không có trong danh sách của hoạt động này. Hãy xác nhận để điểm danh.</translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Late %1 · excused %2 · absent %3</source>
        <translation>Muộn %1 · có phép %2 · vắng %3</translation>
    </message>
    <message>
        <source>present / expected</source>
        <translation>có mặt / dự kiến</translation>
    </message>
    <message>
        <source>Type a name or card number…</source>
        <translation>Gõ tên hoặc số thẻ đoàn viên…</translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation>Tìm trong danh sách</translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation>Không có đoàn viên nào khớp với “%1”.</translation>
    </message>
    <message>
        <source>No members in this unit.</source>
        <translation>Đơn vị này chưa có đoàn viên.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not yet marked</source>
        <translation>
            <numerusform>Còn %n đoàn viên chưa điểm danh</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <source>Finish check-in?</source>
        <translation>Kết thúc điểm danh?</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) with no check-in will be marked absent. You can undo this.</source>
        <translation>
            <numerusform>%n đoàn viên chưa điểm danh sẽ được đánh dấu vắng. Bạn có thể hoàn tác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) marked absent</source>
        <translation>
            <numerusform>Đã đánh dấu vắng %n đoàn viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Đánh vắng</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm</translation>
    </message>
    <message>
        <source>Leave door mode?</source>
        <translation>Thoát chế độ cửa hội nghị?</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Check-ins so far are saved. The door stops taking names until you open it again.</source>
        <translation>Các lượt điểm danh đã được lưu. Cửa hội nghị ngừng nhận tên cho đến khi bạn mở lại.</translation>
    </message>
    <message>
        <source>Close scanner</source>
        <translation>Đóng quét thẻ</translation>
    </message>
    <message>
        <source>Scan cards</source>
        <translation>Quét thẻ</translation>
    </message>
    <message>
        <source>Check members in by the QR code on their card</source>
        <translation>Điểm danh đoàn viên bằng mã QR trên thẻ</translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Overwritten value restored</source>
        <translation>Đã khôi phục giá trị bị ghi đè</translation>
    </message>
    <message>
        <source>Current value kept</source>
        <translation>Đã giữ giá trị hiện tại</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>A record</source>
        <translation>Một bản ghi</translation>
    </message>
    <message>
        <source>Now: “%1”, by %2 at %3</source>
        <translation>Hiện tại: “%1”, do %2 sửa lúc %3</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>một người khác</translation>
    </message>
    <message>
        <source>Overwritten: “%1”, by %2 at %3</source>
        <translation>Bị ghi đè: “%1”, do %2 sửa lúc %3</translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation>Giữ giá trị hiện tại</translation>
    </message>
    <message>
        <source>Restore overwritten</source>
        <translation>Khôi phục giá trị bị ghi đè</translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
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
        <source>Unit</source>
        <translation>Đơn vị</translation>
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
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Địa điểm</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Ngày giờ</translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation>Hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(trống)</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation>Không giải quyết được xung đột: %1</translation>
    </message>
    <message>
        <source>The conflict could not be reopened: %1</source>
        <translation>Không mở lại được xung đột: %1</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same thing, it shows here.</source>
        <translation>Không có xung đột. Khi hai người cùng sửa một thông tin, nó sẽ hiện ở đây.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>DoorBanner</name>
    <message>
        <source>%1 is already checked in, at %2.</source>
        <translation>%1 đã điểm danh rồi, lúc %2.</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 đã điểm danh rồi.</translation>
    </message>
    <message numerus="yes">
        <source>%n people match. Choose one with ↑ ↓ and Enter, or tap the name.</source>
        <translation>
            <numerusform>Có %n người khớp. Chọn bằng ↑ ↓ rồi Enter, hoặc chạm vào tên.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches. Check the name or the card number.</source>
        <translation>Không ai khớp. Hãy kiểm tra lại tên hoặc số thẻ.</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupCard</name>
    <message>
        <source>Already on the device: %1. </source>
        <translation>Đã có trên máy: %1. </translation>
    </message>
    <message>
        <source>In the file: rows %1 (%2).</source>
        <translation>Trong tệp: dòng %1 (%2).</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Thêm mới</translation>
    </message>
    <message>
        <source>First row only</source>
        <translation>Chỉ lấy dòng đầu</translation>
    </message>
    <message>
        <source>Merge into one</source>
        <translation>Gộp làm một</translation>
    </message>
    <message>
        <source>Add each</source>
        <translation>Thêm từng dòng</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write “%1”: %2. Choose another folder.</source>
        <translation>Không ghi được “%1”: %2. Hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <source>Could not start the file “%1”. Check that the folder exists and can be written.</source>
        <translation>Không tạo được tệp “%1”. Hãy kiểm tra thư mục có tồn tại và được phép ghi.</translation>
    </message>
    <message>
        <source>Could not write “%1” (%2). Check that the disk has room and the folder can be written, then try again.</source>
        <translation>Không ghi được “%1” (%2). Hãy kiểm tra ổ đĩa còn chỗ trống và thư mục được phép ghi, rồi thử lại.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder or free some space, then try again.</source>
        <translation>Không ghi được tệp %1: %2. Hãy chọn thư mục khác hoặc giải phóng dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Đã hủy xuất tệp.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>STT</translation>
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
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Union card number</source>
        <translation>Số thẻ đoàn</translation>
    </message>
    <message>
        <source>Joined the Union</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
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
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Xếp loại</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation>Giờ điểm danh</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Giờ tình nguyện</translation>
    </message>
    <message>
        <source>Confirmed hours</source>
        <translation>Giờ đã xác nhận</translation>
    </message>
    <message>
        <source>Hours awaiting confirmation</source>
        <translation>Giờ chờ xác nhận</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Số lần ghi</translation>
    </message>
    <message>
        <source>There are no active members to make cards for in this unit.</source>
        <translation>Đơn vị này không có đoàn viên đang sinh hoạt để in thẻ.</translation>
    </message>
</context>
<context>
    <name>ExportModel</name>
    <message>
        <source>The data on this device is not open yet; wait a moment and try again.</source>
        <translation>Dữ liệu trên máy chưa mở xong; hãy chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>Save the list as .xlsx (Excel) or .csv.</source>
        <translation>Hãy lưu danh sách dạng .xlsx (Excel) hoặc .csv.</translation>
    </message>
    <message>
        <source>Enter both dates of the period as day/month/year, such as 01/01/2026.</source>
        <translation>Nhập cả hai ngày của khoảng thời gian theo ngày/tháng/năm, ví dụ 01/01/2026.</translation>
    </message>
    <message>
        <source>The period ends before it starts; check the two dates.</source>
        <translation>Ngày kết thúc trước ngày bắt đầu; hãy kiểm tra lại hai ngày.</translation>
    </message>
    <message>
        <source>Save the cards as a .pdf file.</source>
        <translation>Hãy lưu thẻ thành tệp .pdf.</translation>
    </message>
    <message>
        <source>Member cards – %1</source>
        <translation>Thẻ đoàn viên – %1</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation>Lưu danh sách</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation>Đơn vị: %1</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Đổi đơn vị</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Loại tệp</translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation>Excel (.xlsx)</translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation>CSV (.csv)</translation>
    </message>
    <message>
        <source>Member list</source>
        <translation>Danh sách đoàn viên</translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation>Xuất danh sách đoàn viên</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Giờ tình nguyện</translation>
    </message>
    <message>
        <source>Hours per member for the period: confirmed, awaiting confirmation, and entries.</source>
        <translation>Số giờ của từng đoàn viên trong khoảng thời gian: đã xác nhận, chờ xác nhận và số lần ghi.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Export volunteer hours</source>
        <translation>Xuất giờ tình nguyện</translation>
    </message>
    <message>
        <source>Bring a list in</source>
        <translation>Nhập danh sách</translation>
    </message>
    <message>
        <source>Import the branch&apos;s member list from Excel or CSV, with a preview before anything is written.</source>
        <translation>Nhập danh sách đoàn viên của chi đoàn từ Excel hoặc CSV; xem trước rồi mới ghi.</translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation>Nhập đoàn viên…</translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation>Đã ghi %1 dòng…</translation>
    </message>
    <message>
        <source>The members the list shows, with its search and filters, and the profile fields an import reads back.</source>
        <translation>Những đoàn viên danh sách đang hiện (theo từ tìm và bộ lọc), với các trường hồ sơ mà lần nhập đọc lại được.</translation>
    </message>
    <message>
        <source>Every active member of the unit and the units under it, with the profile fields an import reads back.</source>
        <translation>Mọi đoàn viên đang sinh hoạt của đơn vị và các đơn vị trực thuộc, với các trường hồ sơ mà lần nhập đọc lại được.</translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation>Thẻ đoàn viên</translation>
    </message>
    <message>
        <source>A PDF to print on A4: 10 cards a page with cut marks, each with the name, unit, card number and the QR code scanned at check-in.</source>
        <translation>Tệp PDF để in khổ A4: 10 thẻ một trang, có dấu cắt; mỗi thẻ có họ tên, đơn vị, số thẻ và mã QR để quét khi điểm danh.</translation>
    </message>
    <message>
        <source>Print member cards (PDF)</source>
        <translation>In thẻ đoàn viên (PDF)</translation>
    </message>
    <message>
        <source>Save the cards</source>
        <translation>Lưu thẻ</translation>
    </message>
    <message>
        <source>%1 cards on %2 pages, for every active member of this unit and the units under it.</source>
        <translation>%1 thẻ trên %2 trang, cho mọi đoàn viên đang sinh hoạt của đơn vị này và các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>%1 of %2 cards made…</source>
        <translation>Đã tạo %1/%2 thẻ…</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>%1 is not a real date: check the day and the month.</source>
        <translation>%1 không phải ngày có thật: hãy xem lại ngày và tháng.</translation>
    </message>
    <message>
        <source>Enter the date as day/month/year, e.g. 26/03/2026.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, VD: 26/03/2026.</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Check in a guest?</source>
        <translation>Điểm danh khách mời?</translation>
    </message>
    <message>
        <source>Check in as guest</source>
        <translation>Điểm danh khách mời</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Đổi đơn vị</translation>
    </message>
    <message>
        <source>Active members</source>
        <translation>Đoàn viên đang sinh hoạt</translation>
    </message>
    <message>
        <source>Changes to sync</source>
        <translation>Thay đổi chờ đồng bộ</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Hoạt động mới</translation>
    </message>
    <message>
        <source>Log volunteer hours</source>
        <translation>Ghi giờ tình nguyện</translation>
    </message>
    <message>
        <source>Today and the next two weeks</source>
        <translation>Hôm nay và hai tuần tới</translation>
    </message>
    <message>
        <source>No activities planned. Create one with “New activity”.</source>
        <translation>Chưa có hoạt động nào. Tạo mới bằng nút “Hoạt động mới”.</translation>
    </message>
    <message>
        <source>Targets and reports</source>
        <translation>Chỉ tiêu và báo cáo</translation>
    </message>
    <message>
        <source>Excel lists in and out</source>
        <translation>Nhập, xuất danh sách Excel</translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Choose at least one member.</source>
        <translation>Hãy chọn ít nhất một đoàn viên.</translation>
    </message>
    <message>
        <source>%1: enter the hours as a number, e.g. 4 or 2.5.</source>
        <translation>%1: nhập số giờ, VD: 4 hoặc 2,5.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The hours could not be saved: %1</source>
        <translation>Không lưu được số giờ: %1</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This file is neither an Excel workbook (.xlsx) nor a CSV text file. Save the list from Excel as .xlsx or .csv and import that file.</source>
        <translation>Tệp này không phải bảng tính Excel (.xlsx) hay tệp văn bản CSV. Hãy lưu danh sách từ Excel dạng .xlsx hoặc .csv rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields, but the header row has %3: a quote or a separator is probably missing. Fix that row and import again.</source>
        <translation>Dòng %1 có %2 ô, nhưng dòng tiêu đề có %3 ô: có lẽ thiếu một dấu ngoặc kép hoặc dấu phân cách. Hãy sửa dòng đó rồi nhập lại.</translation>
    </message>
    <message>
        <source>The quoted field that starts in row %1 has no closing quote (&quot;). Add the missing quote and import again.</source>
        <translation>Ô mở ngoặc kép ở dòng %1 không có dấu đóng ngoặc ("). Hãy thêm dấu còn thiếu rồi nhập lại.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(không nhập)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation>Họ đệm</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Tên</translation>
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
        <source>Phone</source>
        <translation>Số điện thoại</translation>
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
        <source>Union card number</source>
        <translation>Số thẻ đoàn</translation>
    </message>
    <message>
        <source>Date joined the Union</source>
        <translation>Ngày vào Đoàn</translation>
    </message>
    <message>
        <source>Union position</source>
        <translation>Chức vụ Đoàn</translation>
    </message>
    <message>
        <source>Party member</source>
        <translation>Đảng viên</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Trình độ học vấn</translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation>Trình độ chuyên môn</translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation>Lý luận chính trị</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Row %1 has data, but at most %2 rows can be imported from one file. Split the list into smaller files and import them one by one.</source>
        <translation>Dòng %1 có dữ liệu, nhưng một tệp chỉ nhập được tối đa %2 dòng. Hãy chia danh sách thành các tệp nhỏ hơn và nhập lần lượt.</translation>
    </message>
    <message>
        <source>The file “%1” could not be found. Check that it is still there and choose it again.</source>
        <translation>Không tìm thấy tệp “%1”. Hãy kiểm tra tệp còn đó rồi chọn lại.</translation>
    </message>
    <message>
        <source>The file “%1” could not be opened. Check that it is a file you are allowed to read (copy it to this device if it is on a network or in another app), then choose it again.</source>
        <translation>Không mở được tệp “%1”. Hãy kiểm tra quyền đọc tệp (nếu tệp ở ổ mạng hay trong ứng dụng khác, hãy chép về máy này) rồi chọn lại.</translation>
    </message>
    <message>
        <source>The file is %1 MB, but files over %2 MB cannot be imported. Split the list into smaller files and import them one by one.</source>
        <translation>Tệp nặng %1 MB, trong khi chỉ nhập được tệp tối đa %2 MB. Hãy chia danh sách thành các tệp nhỏ hơn và nhập lần lượt.</translation>
    </message>
    <message>
        <source>The file “%1” could not be read to the end. Copy it to this device and try again.</source>
        <translation>Không đọc hết được tệp “%1”. Hãy chép tệp về máy này rồi thử lại.</translation>
    </message>
    <message>
        <source>This workbook is protected with a password, so it cannot be read. In Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it and press OK), save, and import it again.</source>
        <translation>Bảng tính này được đặt mật khẩu nên không đọc được. Trong Excel, hãy gỡ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi bấm OK), lưu lại và nhập lại.</translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel and save it as .xlsx (Excel Workbook) or .csv, then import that file.</source>
        <translation>Đây là bảng tính Excel 97-2003 (.xls) cũ, không nhập được. Hãy mở bằng Excel, lưu dạng .xlsx (Excel Workbook) hoặc .csv rồi nhập tệp đó.</translation>
    </message>
    <message>
        <source>The workbook is too large once unpacked (over %1 MB). Split the list into smaller files and import them one by one.</source>
        <translation>Bảng tính quá lớn khi giải nén (hơn %1 MB). Hãy chia danh sách thành các tệp nhỏ hơn và nhập lần lượt.</translation>
    </message>
    <message>
        <source>The file is damaged or is not an Excel workbook. Open it in Excel, save it again as .xlsx, and import it again.</source>
        <translation>Tệp đã bị hỏng hoặc không phải bảng tính Excel. Hãy mở tệp trong Excel, lưu lại dưới dạng .xlsx rồi nhập lại.</translation>
    </message>
    <message>
        <source>The workbook has no worksheet to import (its sheets are charts, for example). Put the member list on the first sheet, save, and import again.</source>
        <translation>Bảng tính không có trang dữ liệu để nhập (ví dụ chỉ có biểu đồ). Hãy đặt danh sách đoàn viên ở trang đầu tiên, lưu lại rồi nhập lại.</translation>
    </message>
    <message>
        <source>Cell %1 holds a formula whose result is not saved in the file. In Excel, select the cells, Copy, then Paste Special → Values (or open the file in Excel and save it), then import again.</source>
        <translation>Ô %1 chứa công thức mà kết quả chưa được lưu trong tệp. Trong Excel, hãy chọn các ô, Sao chép rồi Dán đặc biệt → Giá trị (hoặc mở tệp trong Excel và lưu lại), sau đó nhập lại.</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>date joined the Union</source>
        <translation>ngày vào Đoàn</translation>
    </message>
    <message>
        <source>Party admission date</source>
        <translation>ngày vào Đảng</translation>
    </message>
    <message>
        <source>The file has no rows to import: its first sheet is empty.</source>
        <translation>Tệp không có dòng nào để nhập: trang đầu tiên trống.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Dòng %1: %2</translation>
    </message>
    <message>
        <source>the cell in column “%1” holds the Excel error %2; correct it in the file.</source>
        <translation>ô ở cột “%1” chứa lỗi Excel %2; hãy sửa trong tệp.</translation>
    </message>
    <message>
        <source>the %1 29/02/1900 is not a real date.</source>
        <translation>%1 29/02/1900 không có thật.</translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date; write it as day/month/year, such as 05/03/2001.</source>
        <translation>%1 “%2” không phải là ngày; hãy ghi theo ngày/tháng/năm, ví dụ 05/03/2001.</translation>
    </message>
    <message>
        <source>the %1 %2 is not a real date.</source>
        <translation>%1 %2 không có thật.</translation>
    </message>
    <message>
        <source>“%1” is not a gender; write Nam or Nữ.</source>
        <translation>“%1” không phải giới tính; hãy ghi Nam hoặc Nữ.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a Union position; the member is imported as a plain member.</source>
        <translation>Dòng %1: “%2” không phải chức vụ Đoàn; người này được nhập là đoàn viên.</translation>
    </message>
    <message>
        <source>“%1” in the Party member column is not understood; write x (or the admission date) for a Party member and leave it empty otherwise.</source>
        <translation>Không hiểu “%1” ở cột Đảng viên; hãy ghi x (hoặc ngày vào Đảng) nếu là đảng viên, để trống nếu không.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a level of political theory (sơ cấp, trung cấp, cao cấp); it is left empty.</source>
        <translation>Dòng %1: “%2” không phải trình độ lý luận chính trị (sơ cấp, trung cấp, cao cấp); để trống.</translation>
    </message>
    <message>
        <source>the citizen ID “%1” is not valid: it has 12 digits (9 on an old identity card).</source>
        <translation>số CCCD “%1” không hợp lệ: CCCD có 12 chữ số (CMND cũ có 9).</translation>
    </message>
    <message>
        <source>the row has no name.</source>
        <translation>dòng không có họ tên.</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message>
        <source>Choose the column that holds the full name (or the given name) before the preview.</source>
        <translation>Hãy chọn cột Họ và tên (hoặc cột Tên) trước khi xem trước.</translation>
    </message>
    <message>
        <source>Same Union card number %1</source>
        <translation>Trùng số thẻ đoàn %1</translation>
    </message>
    <message>
        <source>Same citizen ID %1</source>
        <translation>Trùng số CCCD %1</translation>
    </message>
    <message>
        <source>Same name and date of birth: %1, %2</source>
        <translation>Trùng họ tên và ngày sinh: %1, %2</translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation>Đã hủy xem trước.</translation>
    </message>
    <message>
        <source>There are no rows under the header row (row %1) to import.</source>
        <translation>Không có dòng nào dưới dòng tiêu đề (dòng %1) để nhập.</translation>
    </message>
    <message>
        <source>Run the preview before importing.</source>
        <translation>Hãy xem trước rồi mới nhập.</translation>
    </message>
    <message>
        <source>The file changed after the preview. Open the preview again, then import.</source>
        <translation>Tệp đã thay đổi sau khi xem trước. Hãy xem trước lại rồi nhập.</translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2 Nothing was imported.</source>
        <translation>Không ghi được dòng %1: %2 Chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>Row %1: the member it updates was deleted after the preview. Nothing was imported; open the preview again.</source>
        <translation>Dòng %1: đoàn viên cần cập nhật đã bị xóa sau khi xem trước. Chưa có gì được nhập; hãy xem trước lại.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>Đã hủy; chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>The file could not be read again; nothing was imported.</source>
        <translation>Không đọc lại được tệp; chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation>Không lưu được lần nhập: %1 Chưa có gì được nhập.</translation>
    </message>
    <message>
        <source>This import can no longer be undone: its members have been synced or edited since. Delete or correct them one by one.</source>
        <translation>Không thể hoàn tác lần nhập này nữa: các đoàn viên đã được đồng bộ hoặc sửa sau đó. Hãy xóa hoặc sửa từng người.</translation>
    </message>
    <message>
        <source>The member %1 could not be put back as before; nothing was undone.</source>
        <translation>Không đưa được đoàn viên %1 về như trước; chưa hoàn tác gì.</translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation>Không hoàn tác được lần nhập: %1</translation>
    </message>
    <message>
        <source>Row %1: %2 is a member of %3. The import updates that profile where it is and does not move the member (use Transfer on the member&apos;s page for that).</source>
        <translation>Dòng %1: %2 là đoàn viên của %3. Lần nhập cập nhật hồ sơ đó tại chỗ và không chuyển đoàn viên (muốn chuyển, dùng “Chuyển sinh hoạt” trên trang đoàn viên).</translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>The data on this device is not open yet; wait a moment and try again.</source>
        <translation>Dữ liệu trên máy chưa mở xong; hãy chờ một lát rồi thử lại.</translation>
    </message>
    <message>
        <source>Choose the unit the members belong to.</source>
        <translation>Hãy chọn đơn vị của các đoàn viên.</translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation>Bảng tính Excel, trang “%1”</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>dấu chấm phẩy</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>dấu tab</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>dấu phẩy</translation>
    </message>
    <message>
        <source>CSV text in %1, separated by %2</source>
        <translation>Tệp CSV mã %1, phân cách bằng %2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Cột %1</translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation>Hãy chọn tệp trước.</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new member(s)</source>
        <translation>
            <numerusform>Đã nhập: %n đoàn viên mới</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n người được cập nhật</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone: the members it added are gone and the ones it updated are as before.</source>
        <translation>Đã hoàn tác lần nhập: các đoàn viên mới đã được xóa, những người được cập nhật trở lại như trước.</translation>
    </message>
    <message>
        <source>“%1” is not a branch. Members take part in a branch: choose the branch the list belongs to, unless this unit keeps its members itself.</source>
        <translation>“%1” không phải chi đoàn. Đoàn viên sinh hoạt ở chi đoàn: hãy chọn chi đoàn của danh sách, trừ khi đơn vị này trực tiếp quản lý đoàn viên.</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Choose a member list</source>
        <translation>Chọn danh sách đoàn viên</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Import into unit</source>
        <translation>Nhập vào đơn vị</translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation>Nhập vào: %1</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Đổi đơn vị</translation>
    </message>
    <message>
        <source>Choose the branch&apos;s member list: an Excel workbook (.xlsx) or a CSV file. Columns are found by their headers, such as “Họ và tên”, “Ngày sinh”, “Giới tính”, “SĐT”, “Số thẻ đoàn”. Nothing is written until you have seen the preview.</source>
        <translation>Chọn danh sách đoàn viên của chi đoàn: bảng tính Excel (.xlsx) hoặc tệp CSV. Các cột được nhận theo tiêu đề, như “Họ và tên”, “Ngày sinh”, “Giới tính”, “SĐT”, “Số thẻ đoàn”. Chưa có gì được ghi cho đến khi anh/chị xem trước.</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Chọn tệp…</translation>
    </message>
    <message>
        <source>%1 — %2. The header is on row %3. Check what each column is imported as, and correct it where the guess is wrong.</source>
        <translation>%1 — %2. Dòng tiêu đề là dòng %3. Hãy xem mỗi cột được nhập thành gì và sửa chỗ đoán sai.</translation>
    </message>
    <message>
        <source>This file looks typed with the old TCVN3 fonts (.VnTime): “NguyÔn” stands for “Nguyễn”.</source>
        <translation>Tệp này có vẻ được gõ bằng phông TCVN3 cũ (.VnTime): “NguyÔn” nghĩa là “Nguyễn”.</translation>
    </message>
    <message>
        <source>Convert the text to Unicode</source>
        <translation>Chuyển chữ sang Unicode</translation>
    </message>
    <message>
        <source>Another file</source>
        <translation>Chọn tệp khác</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>The new rows are sent with the next sync. Until then the import can be undone.</source>
        <translation>Các dòng mới sẽ được gửi ở lần đồng bộ tới. Trước đó vẫn có thể hoàn tác lần nhập.</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Hoàn tác nhập</translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation>Nhập tệp khác</translation>
    </message>
    <message>
        <source>%1 rows done…</source>
        <translation>Đã xử lý %1 dòng…</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Đang đọc tệp…</translation>
    </message>
    <message>
        <source>Member lists (*.xlsx *.csv)</source>
        <translation>Danh sách đoàn viên (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Last import: %1 It can be undone until it syncs.</source>
        <translation>Lần nhập trước: %1 Vẫn có thể hoàn tác cho đến khi đồng bộ.</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation>Có thể trùng (%1)</translation>
    </message>
    <message>
        <source>Rows that will not be imported (%1)</source>
        <translation>Dòng sẽ không được nhập (%1)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation>Sửa cột</translation>
    </message>
    <message>
        <source>Import: %1 new, %2 updated</source>
        <translation>Nhập: %1 mới, %2 cập nhật</translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <source>Achieved %1 of %2</source>
        <translation>Đạt %1 / chỉ tiêu %2</translation>
    </message>
    <message>
        <source>Achieved %1 · no target</source>
        <translation>Đạt %1 · chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <source>Behind</source>
        <translation>Chậm tiến độ</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Chưa đạt</translation>
    </message>
</context>
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
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation>Về trang đăng nhập</translation>
    </message>
</context>
<context>
    <name>LogHoursPage</name>
    <message numerus="yes">
        <source>Hours logged for %n member(s)</source>
        <translation>
            <numerusform>Đã ghi giờ cho %n đoàn viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours for %1</source>
        <translation>Ghi giờ: %1</translation>
    </message>
    <message>
        <source>Log volunteer hours</source>
        <translation>Ghi giờ tình nguyện</translation>
    </message>
    <message>
        <source>Date (day/month/year)</source>
        <translation>Ngày (ngày/tháng/năm)</translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation>Số giờ mỗi người</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Nội dung công việc</translation>
    </message>
    <message>
        <source>Add a member: type a name</source>
        <translation>Thêm đoàn viên: gõ tên</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Bỏ %1</translation>
    </message>
    <message>
        <source>Nobody is checked in yet. Add members with the search above.</source>
        <translation>Chưa ai được điểm danh. Thêm đoàn viên bằng ô tìm kiếm phía trên.</translation>
    </message>
    <message>
        <source>Add members with the search above.</source>
        <translation>Thêm đoàn viên bằng ô tìm kiếm phía trên.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n đoàn viên</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation>Lưu giờ</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Member profile</source>
        <translation>Hồ sơ đoàn viên</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Đoàn viên</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Hoạt động</translation>
    </message>
    <message>
        <source>Conference check-in</source>
        <translation>Chế độ cửa hội nghị</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Điểm danh</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Giờ tình nguyện</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Targets and progress</source>
        <translation>Chỉ tiêu và tiến độ</translation>
    </message>
    <message>
        <source>Import members</source>
        <translation>Nhập đoàn viên</translation>
    </message>
    <message>
        <source>Excel lists in and out</source>
        <translation>Nhập, xuất danh sách Excel</translation>
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
    <name>MemberEditPage</name>
    <message>
        <source>Member saved.</source>
        <translation>Đã lưu hồ sơ.</translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation>Đã thêm đoàn viên.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Sửa hồ sơ đoàn viên</translation>
    </message>
    <message>
        <source>New member</source>
        <translation>Đoàn viên mới</translation>
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
        <source>Date of birth (day/month/year)</source>
        <translation>Ngày sinh (ngày/tháng/năm)</translation>
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
        <source>e.g. Kinh</source>
        <translation>ví dụ: Kinh</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Số CCCD</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Liên hệ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Số điện thoại</translation>
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
        <source>Choose a unit</source>
        <translation>Chọn đơn vị</translation>
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
        <source>Rating year</source>
        <translation>Năm xếp loại</translation>
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
        <source>e.g. 12/12</source>
        <translation>ví dụ: 12/12</translation>
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
        <source>Courses (separated by ;)</source>
        <translation>Các lớp đã học (cách nhau bởi ;)</translation>
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
        <source>In hardship</source>
        <translation>Có hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Note, e.g. family circumstances</source>
        <translation>Ghi chú, VD: hoàn cảnh gia đình</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The member is no longer on this device.</source>
        <translation>Đoàn viên này không còn trên thiết bị.</translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation>Không lưu được hồ sơ: %1</translation>
    </message>
    <message>
        <source>Enter the rating year as a number, e.g. 2025.</source>
        <translation>Nhập năm xếp loại bằng số, VD: 2025.</translation>
    </message>
</context>
<context>
    <name>MemberHoursModel</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở dữ liệu nào.</translation>
    </message>
    <message>
        <source>Say why the hours are rejected.</source>
        <translation>Hãy ghi lý do từ chối.</translation>
    </message>
</context>
<context>
    <name>MemberHoursPage</name>
    <message>
        <source>Volunteer hours · %1</source>
        <translation>Giờ tình nguyện · %1</translation>
    </message>
    <message>
        <source>%1 · %2 confirmed</source>
        <translation>Năm %1 · đã xác nhận %2</translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation>Ghi giờ</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Bị từ chối: %1</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Bị từ chối</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>No volunteer hours yet.</source>
        <translation>Chưa có giờ tình nguyện nào.</translation>
    </message>
    <message>
        <source>Reject these hours?</source>
        <translation>Từ chối số giờ này?</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Lý do (bắt buộc)</translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Choose a member to see their profile.</source>
        <translation>Chọn một đoàn viên để xem hồ sơ.</translation>
    </message>
    <message>
        <source>Marked as in hardship</source>
        <translation>Đã đánh dấu hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>Hardship mark cleared</source>
        <translation>Đã bỏ đánh dấu hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>Mark hardship</source>
        <translation>Đánh dấu hoàn cảnh khó khăn</translation>
    </message>
    <message>
        <source>Note, e.g. family circumstances</source>
        <translation>Ghi chú, VD: hoàn cảnh gia đình</translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation>Giờ tình nguyện</translation>
    </message>
    <message>
        <source>Clear hardship</source>
        <translation>Bỏ đánh dấu khó khăn</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Transfer undone</source>
        <translation>Đã hoàn tác chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Transfer to unit</source>
        <translation>Chuyển sinh hoạt đến đơn vị</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Chuyển sinh hoạt</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n xung đột cần xử lý</numerusform>
        </translation>
    </message>
    <message>
        <source>Card no. %1</source>
        <translation>Số thẻ %1</translation>
    </message>
    <message>
        <source>Card QR code</source>
        <translation>Mã QR thẻ</translation>
    </message>
    <message>
        <source>Hold this screen to the camera at the door.</source>
        <translation>Đưa màn hình này vào camera ở cửa.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>MemberProfile</name>
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
        <translation>Số điện thoại</translation>
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
    <message>
        <source>No workspace is open.</source>
        <translation>Chưa mở dữ liệu nào.</translation>
    </message>
    <message>
        <source>The member is no longer on this device.</source>
        <translation>Đoàn viên này không còn trên thiết bị.</translation>
    </message>
    <message>
        <source>Choose a unit on this device.</source>
        <translation>Hãy chọn một đơn vị có trên thiết bị này.</translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation>%1 đã thuộc %2.</translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation>%1 đã chuyển sinh hoạt về %2.</translation>
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
    <message numerus="yes">
        <source>%n member(s) match the filters</source>
        <translation>
            <numerusform>%n đoàn viên khớp bộ lọc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n members match the filters</source>
        <translation>
            <numerusform>Hơn %n đoàn viên khớp bộ lọc</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Bộ lọc (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Bộ lọc</translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation>Thêm đoàn viên</translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation>Lọc đoàn viên</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Introduced to the Party only</source>
        <translation>Chỉ đoàn viên ưu tú giới thiệu vào Đảng</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Xoá bộ lọc</translation>
    </message>
    <message>
        <source>No member matches the filters.</source>
        <translation>Không có đoàn viên nào khớp bộ lọc.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>These members as Excel or CSV</source>
        <translation>Xuất những đoàn viên này ra Excel hoặc CSV</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>“%1” is not a day of the year: write day/month, such as 15/12 (29/02 cannot be used).</source>
        <translation>“%1” không phải là một ngày trong năm: hãy ghi ngày/tháng, ví dụ 15/12 (không dùng được 29/02).</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Start date: %1</source>
        <translation>Ngày bắt đầu: %1</translation>
    </message>
    <message>
        <source>End date: %1</source>
        <translation>Ngày kết thúc: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>Kỳ báo cáo kết thúc trước ngày bắt đầu.</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 giờ</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>chưa giao chỉ tiêu</translation>
    </message>
    <message>
        <source>There is no report to save yet: choose a unit and a period.</source>
        <translation>Chưa có báo cáo để lưu: hãy chọn đơn vị và kỳ báo cáo.</translation>
    </message>
    <message>
        <source>Save the report as .xlsx (Excel) or .pdf.</source>
        <translation>Hãy lưu báo cáo dưới dạng .xlsx (Excel) hoặc .pdf.</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation>Đổi đơn vị</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>%1 · %2% of the period has passed · %3 behind</source>
        <translation>%1 · đã qua %2% thời gian · %3 chỉ tiêu chậm tiến độ</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Child units, best first</source>
        <translation>Xếp hạng đơn vị trực thuộc</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>From day</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>To day</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Type the first and the last day of the range, as 01/03/2026.</source>
        <translation>Nhập ngày đầu và ngày cuối của khoảng thời gian, ví dụ 01/03/2026.</translation>
    </message>
</context>
<context>
    <name>PullToSync</name>
    <message>
        <source>Release to sync</source>
        <translation>Thả tay để đồng bộ</translation>
    </message>
    <message>
        <source>Pull to sync</source>
        <translation>Kéo xuống để đồng bộ</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>%1 · %2 h</source>
        <translation>%1 · %2 giờ</translation>
    </message>
    <message>
        <source>Nothing recorded for this figure in the period.</source>
        <translation>Chưa có số liệu nào cho chỉ tiêu này trong kỳ.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %n bản ghi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The year %1 is outside 1931 to 2200.</source>
        <translation>Năm %1 nằm ngoài khoảng 1931–2200.</translation>
    </message>
    <message>
        <source>“%1” names a day that does not exist.</source>
        <translation>“%1” có ngày không có thật.</translation>
    </message>
    <message>
        <source>The period ends before it begins (“%1”).</source>
        <translation>Kỳ báo cáo kết thúc trước ngày bắt đầu (“%1”).</translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2026 for a work year, 2026H1 or 2026H2 for a half, or 2026-01-01..2026-03-31 for a range.</source>
        <translation>“%1” không phải là kỳ báo cáo: ghi 2026 cho cả năm, 2026H1 hoặc 2026H2 cho 6 tháng, hoặc 2026-01-01..2026-03-31 cho một khoảng ngày.</translation>
    </message>
    <message>
        <source>%1 trees</source>
        <translation>%1 cây</translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation>%1 em</translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation>%1 đồng</translation>
    </message>
    <message>
        <source>%1 came</source>
        <translation>%1 người có mặt</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Saved: %1</source>
        <translation>Đã lưu: %1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Tệp Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation>Lưu tệp Excel</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lưu tệp PDF</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>The camera could not be opened. Allow the app to use the camera in the device&apos;s settings, or find people by name above.</source>
        <translation>Không mở được camera. Hãy cho phép ứng dụng dùng camera trong phần cài đặt của máy, hoặc tìm theo tên ở ô phía trên.</translation>
    </message>
    <message>
        <source>The camera stopped. Close the scanner and open it again, or find people by name above.</source>
        <translation>Camera đã dừng. Hãy đóng quét thẻ rồi mở lại, hoặc tìm theo tên ở ô phía trên.</translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code inside the frame</source>
        <translation>Đưa mã QR trên thẻ vào trong khung</translation>
    </message>
    <message>
        <source>This device has no camera. Find people by name or card number above, or use a USB scanner.</source>
        <translation>Máy này không có camera. Hãy tìm theo tên hoặc số thẻ ở ô phía trên, hoặc dùng máy quét USB.</translation>
    </message>
    <message>
        <source>Switch camera</source>
        <translation>Đổi camera</translation>
    </message>
    <message>
        <source>Turn the torch off</source>
        <translation>Tắt đèn</translation>
    </message>
    <message>
        <source>Turn the torch on</source>
        <translation>Bật đèn</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>Không dùng được kho khóa của hệ thống: %1</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign in again to keep syncing.</source>
        <translation>Đăng nhập lại để tiếp tục đồng bộ.</translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://doan.example.vn.</source>
        <translation>Nhập địa chỉ máy chủ, VD: https://doan.example.vn.</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Nhập tên đăng nhập và mật khẩu.</translation>
    </message>
    <message>
        <source>This address is not encrypted (http). Use https://, or allow unencrypted servers in the settings.</source>
        <translation>Địa chỉ này không được mã hóa (http). Hãy dùng https://, hoặc cho phép máy chủ không mã hóa trong phần cài đặt.</translation>
    </message>
    <message>
        <source>The local database could not be opened: %1</source>
        <translation>Không mở được dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>Không kết nối được máy chủ. Kiểm tra địa chỉ và mạng.</translation>
    </message>
    <message>
        <source>%1 You will need to sign in again next time.</source>
        <translation>%1 Lần sau bạn sẽ phải đăng nhập lại.</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Cán bộ Đoàn</translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation>Bí thư chi đoàn</translation>
    </message>
    <message>
        <source>Not yet synced on this device.</source>
        <translation>Thiết bị này chưa đồng bộ lần nào.</translation>
    </message>
    <message>
        <source>Demo data, not synced</source>
        <translation>Dữ liệu mẫu, không đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Ngoại tuyến · %n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Ngoại tuyến</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>Đang đồng bộ %1 / %2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Đang đồng bộ…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Đã đồng bộ lúc %1</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Đang chờ đồng bộ</translation>
    </message>
    <message numerus="yes">
        <source>Sync failed · %n change(s) waiting</source>
        <translation>
            <numerusform>Đồng bộ lỗi · %n thay đổi chờ gửi</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Đồng bộ lỗi</translation>
    </message>
    <message>
        <source>Session ended: sign in again</source>
        <translation>Phiên đã hết: hãy đăng nhập lại</translation>
    </message>
    <message>
        <source>Update the app to keep syncing</source>
        <translation>Cập nhật ứng dụng để tiếp tục đồng bộ</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <source>This device does not tell the app its colour scheme, so “As the system” shows the light one.</source>
        <translation>Thiết bị này không báo cho ứng dụng biết chế độ màu, nên “Theo hệ thống” dùng giao diện sáng.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tài khoản</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3.</source>
        <translation>Đã đăng nhập với tên %1 (%2) trên %3.</translation>
    </message>
    <message>
        <source>Demo data on this device; not signed in to a server.</source>
        <translation>Dữ liệu mẫu trên thiết bị này; chưa đăng nhập máy chủ.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync.</source>
        <translation>
            <numerusform>%n thay đổi đang chờ đồng bộ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync and sign-out</source>
        <translation>Đồng bộ và đăng xuất</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Đoàn Field %1 — attendance, volunteer hours and member records for Union officers, offline first.</source>
        <translation>Đoàn Field %1 — điểm danh, giờ tình nguyện và hồ sơ đoàn viên cho cán bộ Đoàn, dùng được cả khi không có mạng.</translation>
    </message>
    <message>
        <source>Records are kept on this device and reach the server when the network allows. Personal data is sent only to your Union&apos;s server.</source>
        <translation>Dữ liệu được lưu trên thiết bị và gửi lên máy chủ khi có mạng. Thông tin cá nhân chỉ được gửi đến máy chủ của tổ chức Đoàn.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>The work year closes on (day/month)</source>
        <translation>Ngày chốt năm công tác (ngày/tháng)</translation>
    </message>
    <message>
        <source>Many provinces close the year mid-December; the first half ends six months earlier. Every report and progress page follows this day.</source>
        <translation>Nhiều tỉnh chốt năm công tác vào giữa tháng 12; 6 tháng đầu năm kết thúc trước đó sáu tháng. Mọi báo cáo và trang tiến độ đều tính theo ngày này.</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in with the account your Union gave you.</source>
        <translation>Đăng nhập bằng tài khoản do Đoàn cấp cho bạn.</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Địa chỉ máy chủ</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Đang đăng nhập…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation>Dùng thử với dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Demo data stays on this device and is never sent anywhere.</source>
        <translation>Dữ liệu mẫu chỉ nằm trên thiết bị này và không được gửi đi đâu.</translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation>Quay lại dữ liệu của tôi</translation>
    </message>
    <message>
        <source>e.g. doan.quan1.vn</source>
        <translation>ví dụ: doan.quan1.vn</translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Thử lại sau %n giây</numerusform>
        </translation>
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
    <name>Sync</name>
    <message>
        <source>Unknown key “%1” in a change.</source>
        <translation>Khóa “%1” không hợp lệ trong một thay đổi.</translation>
    </message>
    <message>
        <source>Unknown entity type “%1”.</source>
        <translation>Loại dữ liệu “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>A change needs a version of the form “hlc/device”.</source>
        <translation>Mỗi thay đổi cần phiên bản dạng “hlc/device”.</translation>
    </message>
    <message>
        <source>A change needs a non-empty “fields” object.</source>
        <translation>Mỗi thay đổi cần đối tượng “fields” không rỗng.</translation>
    </message>
    <message>
        <source>Unknown field “%1” of %2.</source>
        <translation>Trường “%1” của %2 không hợp lệ.</translation>
    </message>
    <message>
        <source>“base” must be an object.</source>
        <translation>“base” phải là một đối tượng.</translation>
    </message>
    <message>
        <source>Bad base version for “%1”.</source>
        <translation>Phiên bản gốc của “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>“versions” must be an object.</source>
        <translation>“versions” phải là một đối tượng.</translation>
    </message>
    <message>
        <source>Bad version for “%1”.</source>
        <translation>Phiên bản của “%1” không hợp lệ.</translation>
    </message>
    <message>
        <source>Bad “seen” version.</source>
        <translation>Phiên bản “seen” không hợp lệ.</translation>
    </message>
    <message>
        <source>Field “%1” must be %2.</source>
        <translation>Trường “%1” phải là %2.</translation>
    </message>
    <message>
        <source>a text</source>
        <translation>một chuỗi văn bản</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>một số</translation>
    </message>
    <message>
        <source>at most 10,000 characters</source>
        <translation>tối đa 10.000 ký tự</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>một số nguyên</translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation>Lỗi dữ liệu trên máy: %1</translation>
    </message>
    <message>
        <source>The server address is not secure (http). Use https, or allow insecure servers in Settings.</source>
        <translation>Địa chỉ máy chủ không an toàn (http). Hãy dùng https, hoặc cho phép máy chủ không mã hóa trong Cài đặt.</translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation>Không kết nối được máy chủ.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Máy chủ không trả lời kịp.</translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation>Kết nối tới máy chủ bị lỗi: %1</translation>
    </message>
    <message>
        <source>The connection to the server broke off; sync will try again.</source>
        <translation>Kết nối tới máy chủ bị ngắt giữa chừng; ứng dụng sẽ tự đồng bộ lại.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address.</source>
        <translation>Không xác minh được chứng chỉ của máy chủ nên chưa gửi gì. Hãy kiểm tra địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again; your changes are kept.</source>
        <translation>Phiên đăng nhập đã hết. Hãy đăng nhập lại; các thay đổi của bạn vẫn được giữ.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần. Hãy chờ %n giây rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>This version of Đoàn Field is too old for the server. Update the app to keep syncing; your changes are kept.</source>
        <translation>Phiên bản Đoàn Field này đã cũ so với máy chủ. Hãy cập nhật ứng dụng để tiếp tục đồng bộ; các thay đổi của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>Your account&apos;s unit no longer exists on the server. Ask the officer who manages accounts to assign you to a unit; your changes are kept.</source>
        <translation>Đơn vị của tài khoản không còn trên máy chủ. Hãy nhờ cán bộ quản lý tài khoản gán bạn vào một đơn vị; các thay đổi của bạn vẫn được giữ.</translation>
    </message>
    <message>
        <source>This address does not answer like a Đoàn Field server. Check the server address.</source>
        <translation>Địa chỉ này không trả lời như máy chủ Đoàn Field. Hãy kiểm tra lại địa chỉ máy chủ.</translation>
    </message>
    <message>
        <source>The server could not accept a request from this device (%1). Sync will try again; if this repeats, update the app or tell the district office.</source>
        <translation>Máy chủ không nhận được một yêu cầu từ thiết bị này (%1). Ứng dụng sẽ thử đồng bộ lại; nếu vẫn lặp lại, hãy cập nhật ứng dụng hoặc báo văn phòng Huyện đoàn.</translation>
    </message>
    <message>
        <source>The server is busy; sync will try again shortly.</source>
        <translation>Máy chủ đang bận; ứng dụng sẽ thử đồng bộ lại sau ít phút.</translation>
    </message>
    <message>
        <source>The server answered with an error (%1); sync will try again.</source>
        <translation>Máy chủ báo lỗi (%1); ứng dụng sẽ thử đồng bộ lại.</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be read.</source>
        <translation>Máy chủ gửi câu trả lời không đọc được.</translation>
    </message>
    <message>
        <source>The server sent a reply that could not be read; sync will try again.</source>
        <translation>Máy chủ gửi câu trả lời không đọc được; ứng dụng sẽ thử lại.</translation>
    </message>
    <message>
        <source>The device clock is wrong and the server refuses its changes. Set the date and time, then sync again.</source>
        <translation>Đồng hồ của thiết bị bị sai nên máy chủ từ chối thay đổi. Hãy chỉnh ngày giờ rồi đồng bộ lại.</translation>
    </message>
    <message>
        <source>The server sent a page that could not be read; sync will try again.</source>
        <translation>Máy chủ gửi dữ liệu không đọc được; ứng dụng sẽ thử lại.</translation>
    </message>
    <message>
        <source>The server sent a row that could not be read; sync will try again.</source>
        <translation>Máy chủ gửi một bản ghi không đọc được; ứng dụng sẽ thử lại.</translation>
    </message>
    <message>
        <source>The server sent an older cursor; sync stopped to keep your data safe.</source>
        <translation>Máy chủ gửi vị trí đồng bộ cũ hơn; đồng bộ tạm dừng để giữ an toàn dữ liệu.</translation>
    </message>
    <message>
        <source>Field “%1” needs a value.</source>
        <translation>Trường “%1” cần có giá trị.</translation>
    </message>
    <message>
        <source>Field “%1” takes at most %2 characters (got %3).</source>
        <translation>Trường “%1” chỉ nhận tối đa %2 ký tự (đang có %3).</translation>
    </message>
    <message>
        <source>Field “%1” cannot be blank.</source>
        <translation>Trường “%1” không được để trống.</translation>
    </message>
    <message>
        <source>Field “%1” must be a UUID (got “%2”).</source>
        <translation>Trường “%1” phải là một mã UUID (đang là “%2”).</translation>
    </message>
    <message>
        <source>Field “%1” must be a real date written yyyy-MM-dd, from 1900 on (got “%2”).</source>
        <translation>Trường “%1” phải là một ngày có thật, viết dạng yyyy-MM-dd, từ năm 1900 trở đi (đang là “%2”).</translation>
    </message>
    <message>
        <source>Field “%1” cannot be in the future (got %2).</source>
        <translation>Trường “%1” không được là ngày trong tương lai (đang là %2).</translation>
    </message>
    <message>
        <source>Field “%1” must be a time from the year 2000 to 2099, in UTC milliseconds (got %2).</source>
        <translation>Trường “%1” phải là thời điểm từ năm 2000 đến 2099, tính bằng mili giây UTC (đang là %2).</translation>
    </message>
    <message>
        <source>Field “%1” must be from %2 to %3 (got %4).</source>
        <translation>Trường “%1” phải từ %2 đến %3 (đang là %4).</translation>
    </message>
    <message>
        <source>Field “%1” must be more than 0 and at most %2 (got %3).</source>
        <translation>Trường “%1” phải lớn hơn 0 và không quá %2 (đang là %3).</translation>
    </message>
    <message>
        <source>Field “%1” must be a year from %2 to %3 (got %4).</source>
        <translation>Trường “%1” phải là năm từ %2 đến %3 (đang là %4).</translation>
    </message>
    <message>
        <source>Field “%1” must be a phone number: 0 and 9 or 10 digits, or +84 and 9 or 10 digits (got “%2”).</source>
        <translation>Trường “%1” phải là số điện thoại: số 0 và 9 hoặc 10 chữ số, hoặc +84 và 9 hoặc 10 chữ số (đang là “%2”).</translation>
    </message>
    <message>
        <source>Field “%1” must be an email address (got “%2”).</source>
        <translation>Trường “%1” phải là địa chỉ email (đang là “%2”).</translation>
    </message>
    <message>
        <source>Field “%1” must be a known indicator (got “%2”).</source>
        <translation>Trường “%1” phải là một chỉ tiêu đã biết (đang là “%2”).</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Đăng nhập sai quá nhiều lần. Hãy chờ %n phút rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (%1); sync will try again shortly.</source>
        <translation>Máy chủ gặp sự cố (%1); ứng dụng sẽ sớm thử đồng bộ lại.</translation>
    </message>
    <message>
        <source>A change needs an op_id that is a UUID in its lower-case form, without braces.</source>
        <translation>Mỗi thay đổi cần op_id là một UUID viết thường, không có dấu ngoặc nhọn.</translation>
    </message>
    <message>
        <source>A change needs a row id that is a UUID in its lower-case form, without braces.</source>
        <translation>Mỗi thay đổi cần mã bản ghi là một UUID viết thường, không có dấu ngoặc nhọn.</translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n xung đột</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>This is a demo workspace on this device only. Sign in to sync with your Union&apos;s server.</source>
        <translation>Đây là dữ liệu mẫu chỉ có trên thiết bị này. Đăng nhập để đồng bộ với máy chủ của Đoàn.</translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation>Lần đồng bộ thành công gần nhất</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Thay đổi chờ gửi</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Máy chủ</translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation>Đăng nhập với tên</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Đăng nhập lại</translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation>Xem các xung đột</translation>
    </message>
    <message>
        <source>Leave the demo</source>
        <translation>Thoát dữ liệu mẫu</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Đăng xuất?</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this device have not reached the server and will be deleted with this account&apos;s data. Sync first if you can.</source>
        <translation>
            <numerusform>%n thay đổi trên thiết bị này chưa lên máy chủ và sẽ bị xóa cùng dữ liệu của tài khoản. Hãy đồng bộ trước nếu có thể.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account&apos;s data will be removed from this device. Everything is already on the server.</source>
        <translation>Dữ liệu của tài khoản sẽ bị xóa khỏi thiết bị này. Mọi thay đổi đã có trên máy chủ.</translation>
    </message>
</context>
<context>
    <name>TargetGridModel</name>
    <message>
        <source>That cell is not in the table.</source>
        <translation>Ô này không có trong bảng.</translation>
    </message>
    <message>
        <source>The targets of %1 are set by the level above it.</source>
        <translation>Chỉ tiêu của %1 do cấp trên giao.</translation>
    </message>
    <message>
        <source>The target could not be cleared.</source>
        <translation>Không xóa được chỉ tiêu này.</translation>
    </message>
    <message>
        <source>The target could not be saved.</source>
        <translation>Không lưu được chỉ tiêu.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; type a target such as 120.</source>
        <translation>%1: “%2” không phải là số; hãy nhập chỉ tiêu như 120.</translation>
    </message>
    <message>
        <source>%1: a target cannot be negative.</source>
        <translation>%1: chỉ tiêu không thể là số âm.</translation>
    </message>
    <message>
        <source>%1: a share cannot be more than 100%.</source>
        <translation>%1: tỷ lệ không thể lớn hơn 100%.</translation>
    </message>
    <message>
        <source>%1: count a whole number (got %2).</source>
        <translation>%1: chỉ tiêu này phải là số nguyên (đã nhập %2).</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Whole year</source>
        <translation>Cả năm</translation>
    </message>
    <message>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <source>A unit&apos;s own targets are set by the level above it; you set those of the units below.</source>
        <translation>Chỉ tiêu của đơn vị mình do cấp trên giao; bạn giao chỉ tiêu cho các đơn vị trực thuộc.</translation>
    </message>
    <message>
        <source>Your unit&apos;s targets are set by the level above it. They are shown here read-only.</source>
        <translation>Chỉ tiêu của đơn vị bạn do cấp trên giao, ở đây chỉ để xem.</translation>
    </message>
    <message>
        <source>You set the targets of this unit and of the units below it. Each value is saved when you leave its field.</source>
        <translation>Bạn giao chỉ tiêu cho đơn vị này và các đơn vị trực thuộc. Mỗi giá trị được lưu khi bạn rời ô nhập.</translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
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
    <message>
        <source>%1 of %2</source>
        <translation>%1 thuộc %2</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Search units</source>
        <translation>Tìm đơn vị</translation>
    </message>
    <message>
        <source>No unit matches “%1”.</source>
        <translation>Không có đơn vị nào khớp “%1”.</translation>
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
    <name>Validation</name>
    <message>
        <source>Unknown confirmation state.</source>
        <translation>Trạng thái xác nhận không xác định.</translation>
    </message>
    <message>
        <source>Give a reason when rejecting hours.</source>
        <translation>Hãy nêu lý do khi không xác nhận giờ.</translation>
    </message>
    <message>
        <source>That volunteer entry no longer exists.</source>
        <translation>Bản ghi giờ tình nguyện này không còn tồn tại.</translation>
    </message>
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
    <message>
        <source>This conflict is no longer on this device.</source>
        <translation>Xung đột này không còn trên thiết bị.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The data on this device could not be opened. Try again; if it still fails, go back to sign-in (details: %1).</source>
        <translation>Không mở được dữ liệu trên thiết bị này. Hãy thử lại; nếu vẫn không được, hãy về trang đăng nhập (chi tiết: %1).</translation>
    </message>
</context>
</TS>
