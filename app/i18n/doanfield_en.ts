<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>No activities in this period. Tap + to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditPage</name>
    <message>
        <source>Activity saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Chủ nhật xanh tháng 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Mùa hè xanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trees planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money raised (VND)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityEditor</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the time as hour:minute, e.g. 07:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityListModel</name>
    <message>
        <source>Today · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Choose an activity to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attended / expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused · absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Volunteer hours (%n member(s))</source>
        <translation>
            <numerusform>Volunteer hours (%n member)</numerusform>
            <numerusform>Volunteer hours (%n members)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tree(s) planted</source>
        <translation>
            <numerusform>%n tree planted</numerusform>
            <numerusform>%n trees planted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n child(ren) supported</source>
        <translation>
            <numerusform>%n child(ren) supported</numerusform>
            <numerusform>%n child(ren) supported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 VND raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n work(s) built</source>
        <translation>
            <numerusform>%n work built</numerusform>
            <numerusform>%n works built</numerusform>
        </translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference door mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log hours for attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export attendance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyOverlay</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDelegate</name>
    <message>
        <source>Other statuses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInModel</name>
    <message>
        <source>The check-in could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the earlier attendance could not be restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not mark the rest absent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) marked absent</source>
        <translation>
            <numerusform>%n member marked absent</numerusform>
            <numerusform>%n members marked absent</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone. %1 is now: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already checked in, at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A valid card, but this member is not on this device. Sync, or find them by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code is not a member card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s code is damaged and cannot be read. Find the member by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card was made by a newer version of Đoàn Field. Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card shows the old number %1; the member&apos;s number is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is not on this activity&apos;s list. Check them in as a guest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer an active member (%2). Check them in anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in as a guest at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on this activity&apos;s list. Confirm to check them in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInPage</name>
    <message>
        <source>Late %1 · excused %2 · absent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present / expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name or card number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the roster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members in this unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) not yet marked</source>
        <translation>
            <numerusform>%n member not yet marked</numerusform>
            <numerusform>%n members not yet marked</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish check-in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) with no check-in will be marked absent. You can undo this.</source>
        <translation>
            <numerusform>%n member with no check-in will be marked absent. You can undo this.</numerusform>
            <numerusform>%n members with no check-in will be marked absent. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) marked absent</source>
        <translation>
            <numerusform>%n member marked absent</numerusform>
            <numerusform>%n members marked absent</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave door mode?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins so far are saved. The door stops taking names until you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check members in by the QR code on their card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>Overwritten value restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current value kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: “%1”, by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwritten: “%1”, by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore overwritten</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictListModel</name>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conflict could not be reopened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conflicts. When two people change the same thing, it shows here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DoorBanner</name>
    <message>
        <source>%1 is already checked in, at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people match. Choose one with ↑ ↓ and Enter, or tap the name.</source>
        <translation>
            <numerusform>%n people match. Choose one with ↑ ↓ and Enter, or tap the name.</numerusform>
            <numerusform>%n people match. Choose one with ↑ ↓ and Enter, or tap the name.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody matches. Check the name or the card number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroupCard</name>
    <message>
        <source>Already on the device: %1. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file: rows %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge into one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add each</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Could not write “%1”: %2. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the file “%1”. Check that the folder exists and can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1” (%2). Check that the disk has room and the folder can be written, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder or free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked in at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours awaiting confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no active members to make cards for in this unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportModel</name>
    <message>
        <source>The data on this device is not open yet; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list as .xlsx (Excel) or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter both dates of the period as day/month/year, such as 01/01/2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts; check the two dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cards as a .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards – %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours per member for the period: confirmed, awaiting confirmation, and entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a list in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the branch&apos;s member list from Excel or CSV, with a preview before anything is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The members the list shows, with its search and filters, and the profile fields an import reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every active member of the unit and the units under it, with the profile fields an import reads back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF to print on A4: 10 cards a page with cut marks, each with the name, unit, card number and the QR code scanned at check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print member cards (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cards on %2 pages, for every active member of this unit and the units under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 cards made…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>%1 is not a real date: check the day and the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date as day/month/year, e.g. 26/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Check in a guest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in as guest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today and the next two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activities planned. Create one with “New activity”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel lists in and out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HoursModel</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the hours as a number, e.g. 4 or 2.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hours could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>This file is neither an Excel workbook (.xlsx) nor a CSV text file. Save the list from Excel as .xlsx or .csv and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 fields, but the header row has %3: a quote or a separator is probably missing. Fix that row and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted field that starts in row %1 has no closing quote (&quot;). Add the missing quote and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family and middle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date joined the Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has data, but at most %2 rows can be imported from one file. Split the list into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be found. Check that it is still there and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be opened. Check that it is a file you are allowed to read (copy it to this device if it is on a network or in another app), then choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB, but files over %2 MB cannot be imported. Split the list into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file “%1” could not be read to the end. Copy it to this device and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is protected with a password, so it cannot be read. In Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it and press OK), save, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an old Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel and save it as .xlsx (Excel Workbook) or .csv, then import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook is too large once unpacked (over %1 MB). Split the list into smaller files and import them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or is not an Excel workbook. Open it in Excel, save it again as .xlsx, and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no worksheet to import (its sheets are charts, for example). Put the member list on the first sheet, save, and import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell %1 holds a formula whose result is not saved in the file. In Excel, select the cells, Copy, then Paste Special → Values (or open the file in Excel and save it), then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date joined the Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party admission date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows to import: its first sheet is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cell in column “%1” holds the Excel error %2; correct it in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 29/02/1900 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 “%2” is not a date; write it as day/month/year, such as 05/03/2001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 %2 is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a gender; write Nam or Nữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a Union position; the member is imported as a plain member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the Party member column is not understood; write x (or the admission date) for a Party member and leave it empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: “%2” is not a level of political theory (sơ cấp, trung cấp, cao cấp); it is left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the citizen ID “%1” is not valid: it has 12 digits (9 on an old identity card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the full name (or the given name) before the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same Union card number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same citizen ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name and date of birth: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no rows under the header row (row %1) to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the preview before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed after the preview. Open the preview again, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 could not be written: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the member it updates was deleted after the preview. Nothing was imported; open the preview again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read again; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be saved: %1 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This import can no longer be undone: its members have been synced or edited since. Delete or correct them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member %1 could not be put back as before; nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import could not be undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 is a member of %3. The import updates that profile where it is and does not move the member (use Transfer on the member&apos;s page for that).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportModel</name>
    <message>
        <source>The data on this device is not open yet; wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the members belong to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook, sheet “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV text in %1, separated by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n new member(s)</source>
        <translation>
            <numerusform>Imported: %n new member</numerusform>
            <numerusform>Imported: %n new members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone: the members it added are gone and the ones it updated are as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a branch. Members take part in a branch: choose the branch the list belongs to, unless this unit keeps its members itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Choose a member list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Into: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the branch&apos;s member list: an Excel workbook (.xlsx) or a CSV file. Columns are found by their headers, such as “Họ và tên”, “Ngày sinh”, “Giới tính”, “SĐT”, “Số thẻ đoàn”. Nothing is written until you have seen the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2. The header is on row %3. Check what each column is imported as, and correct it where the guess is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file looks typed with the old TCVN3 fonts (.VnTime): “NguyÔn” stands for “Nguyễn”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the text to Unicode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new rows are sent with the next sync. Until then the import can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member lists (*.xlsx *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last import: %1 It can be undone until it syncs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicates (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that will not be imported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import: %1 new, %2 updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorRow</name>
    <message>
        <source>Achieved %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Achieved %1 · no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Central</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grassroots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elementary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deputy Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executive Committee member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matured out of the Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regular meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thematic meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Congress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Preparing demo data… %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogHoursPage</name>
    <message numerus="yes">
        <source>Hours logged for %n member(s)</source>
        <translation>
            <numerusform>Hours logged for %n member</numerusform>
            <numerusform>Hours logged for %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member: type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is checked in yet. Add members with the search above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add members with the search above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Member profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conference check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets and progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel lists in and out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberDelegate</name>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberEditPage</name>
    <message>
        <source>Member saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth (day/month/year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Kinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date joined the Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12/12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses (separated by ;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced as an outstanding member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, e.g. family circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberEditor</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the rating year as a number, e.g. 2025.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberHoursModel</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the hours are rejected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberHoursPage</name>
    <message>
        <source>Volunteer hours · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No volunteer hours yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject these hours?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberPage</name>
    <message>
        <source>Choose a member to see their profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as in hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship mark cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, e.g. family circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) to settle</source>
        <translation>
            <numerusform>%n conflict to settle</numerusform>
            <numerusform>%n conflicts to settle</numerusform>
        </translation>
    </message>
    <message>
        <source>Card no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold this screen to the camera at the door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberProfile</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date joined the Union</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education and training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Party member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced as an outstanding member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The member is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a unit on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now belongs to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Search by name or card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n results</source>
        <translation>
            <numerusform>More than %n results</numerusform>
            <numerusform>More than %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n active member(s)</source>
        <translation>
            <numerusform>%1 · %n active member</numerusform>
            <numerusform>%1 · %n active members</numerusform>
        </translation>
    </message>
    <message>
        <source>Hardship only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No members in this unit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) match the filters</source>
        <translation>
            <numerusform>%n member match the filters</numerusform>
            <numerusform>%n members match the filters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n members match the filters</source>
        <translation>
            <numerusform>More than %n members match the filters</numerusform>
            <numerusform>More than %n members match the filters</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced to the Party only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No member matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These members as Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>“%1” is not a day of the year: write day/month, such as 15/12 (29/02 cannot be used).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <source>Start date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to save yet: choose a unit and a period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report as .xlsx (Excel) or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2% of the period has passed · %3 behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child units, best first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first and the last day of the range, as 01/03/2026.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PullToSync</name>
    <message>
        <source>Release to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pull to sync</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>%1 · %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded for this figure in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n record(s)</source>
        <translation>
            <numerusform>%1 · %n record</numerusform>
            <numerusform>%1 · %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>The year %1 is outside 1931 to 2200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names a day that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it begins (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a period: write 2026 for a work year, 2026H1 or 2026H2 for a half, or 2026-01-01..2026-03-31 for a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 VND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 came</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanView</name>
    <message>
        <source>The camera could not be opened. Allow the app to use the camera in the device&apos;s settings, or find people by name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera stopped. Close the scanner and open it again, or find people by name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the card&apos;s QR code inside the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device has no camera. Find people by name or card number above, or use a USB scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the torch off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the torch on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>Sign in again to keep syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, e.g. https://doan.example.vn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not encrypted (http). Use https://, or allow unencrypted servers in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 You will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Branch secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet synced on this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data, not synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline · %n change(s) waiting</source>
        <translation>
            <numerusform>Offline · %n change waiting</numerusform>
            <numerusform>Offline · %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n change waiting</numerusform>
            <numerusform>%n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync failed · %n change(s) waiting</source>
        <translation>
            <numerusform>Sync failed · %n change waiting</numerusform>
            <numerusform>Sync failed · %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended: sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the app to keep syncing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device does not tell the app its colour scheme, so “As the system” shows the light one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data on this device; not signed in to a server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to sync.</source>
        <translation>
            <numerusform>%n change waiting to sync.</numerusform>
            <numerusform>%n changes waiting to sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync and sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đoàn Field %1 — attendance, volunteer hours and member records for Union officers, offline first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records are kept on this device and reach the server when the network allows. Personal data is sent only to your Union&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work year closes on (day/month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many provinces close the year mid-December; the first half ends six months earlier. Every report and progress page follows this day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Sign in with the account your Union gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data stays on this device and is never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. doan.quan1.vn</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Try again in %n s</source>
        <translation>
            <numerusform>Try again in %n s</numerusform>
            <numerusform>Try again in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is out of storage space; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy with another task; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change breaks a data rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file was written by a newer version of Đoàn Field (format %1; this app reads up to %2). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Unknown key “%1” in a change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown entity type “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change needs a version of the form “hlc/device”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change needs a non-empty “fields” object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field “%1” of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“base” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad base version for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“versions” must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad version for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad “seen” version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most 10,000 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not secure (http). Use https, or allow insecure servers in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server broke off; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so nothing was sent. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username or password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Wait %n second, then try again.</numerusform>
            <numerusform>Too many failed sign-ins. Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>This version of Đoàn Field is too old for the server. Update the app to keep syncing; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account&apos;s unit no longer exists on the server. Ask the officer who manages accounts to assign you to a unit; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not answer like a Đoàn Field server. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not accept a request from this device (%1). Sync will try again; if this repeats, update the app or tell the district office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy; sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with an error (%1); sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer that could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a reply that could not be read; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device clock is wrong and the server refuses its changes. Set the date and time, then sync again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a page that could not be read; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent a row that could not be read; sync will try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an older cursor; sync stopped to keep your data safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” takes at most %2 characters (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” cannot be blank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a UUID (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a real date written yyyy-MM-dd, from 1900 on (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” cannot be in the future (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a time from the year 2000 to 2099, in UTC milliseconds (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be from %2 to %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be more than 0 and at most %2 (got %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a year from %2 to %3 (got %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a phone number: 0 and 9 or 10 digits, or +84 and 9 or 10 digits (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be an email address (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field “%1” must be a known indicator (got “%2”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins. Wait %n minute(s), then try again.</source>
        <translation>
            <numerusform>Too many failed sign-ins. Wait %n minute, then try again.</numerusform>
            <numerusform>Too many failed sign-ins. Wait %n minutes, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server had a problem (%1); sync will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change needs an op_id that is a UUID in its lower-case form, without braces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change needs a row id that is a UUID in its lower-case form, without braces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBar</name>
    <message numerus="yes">
        <source>⚠ %n conflict(s)</source>
        <translation>
            <numerusform>⚠ %n conflict</numerusform>
            <numerusform>⚠ %n conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a demo workspace on this device only. Sign in to sync with your Union&apos;s server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicts to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) on this device have not reached the server and will be deleted with this account&apos;s data. Sync first if you can.</source>
        <translation>
            <numerusform>%n change on this device have not reached the server and will be deleted with this account's data. Sync first if you can.</numerusform>
            <numerusform>%n changes on this device have not reached the server and will be deleted with this account's data. Sync first if you can.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account&apos;s data will be removed from this device. Everything is already on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetGridModel</name>
    <message>
        <source>That cell is not in the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets of %1 are set by the level above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target could not be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: “%2” is not a number; type a target such as 120.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a share cannot be more than 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: count a whole number (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit&apos;s own targets are set by the level above it; you set those of the units below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unit&apos;s targets are set by the level above it. They are shown here read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You set the targets of this unit and of the units below it. Each value is saved when you leave its field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TitleBar</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitDelegate</name>
    <message>
        <source>Collapse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expand %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n member(s)</source>
        <translation>
            <numerusform>%1 · %n member</numerusform>
            <numerusform>%1 · %n members</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Search units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unit matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Unknown confirmation state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason when rejecting hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That volunteer entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit&apos;s level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the member&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date joined the Union %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date joined the Union is before the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined the Union on %1, before turning 16 (born %2). Check both dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not valid: use 10 digits starting with 0, or +84 followed by 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Party admission date is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Party admission date is before the member turned 18.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of introduction to the Party is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a short note on the member&apos;s hardship so the unit can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the year of the rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a title for the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit that holds the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date and time the activity starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the activity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A member marked present needs a check-in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date of the volunteer work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours must be more than 0 and at most 24 for one day (entered: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit the target is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the target&apos;s year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the whole year or one half of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown indicator &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflict is no longer on this device.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The data on this device could not be opened. Try again; if it still fails, go back to sign-in (details: %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
