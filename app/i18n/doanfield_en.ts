<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</context>
<context>
    <name>Main</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member profile</source>
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
    <name>MemberPage</name>
    <message>
        <source>Choose a member to see their profile.</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %n results</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n active member(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>Workspace</name>
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
</context>
<context>
    <name>df::Validation</name>
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
        <source>Give a reason when rejecting hours.</source>
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
</context>
</TS>
