#pragma once

#include "domain/member.h"
#include "sheetfile.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <functional>

namespace df {
class Database;
class LocalStore;
} // namespace df

namespace df::io {

// The member fields an import can fill, in the order the mapping page lists them.
enum class Field {
    Ignore = 0,
    FullName,
    LastMiddle, // họ đệm: "Nguyễn Văn" of "Nguyễn Văn An", in a column of its own
    FirstName,  // tên: "An"
    BirthDate,
    Gender,
    Ethnicity,
    Religion,
    Phone,
    Email,
    Address,
    CardNumber,
    JoinedDate,
    Position,
    PartyMember,
    Education,
    Professional,
    Theory,
    CitizenId,
    Count
};
QString fieldName(Field field); // translated, for the mapping page
QString fieldKey(Field field);  // "fullName", … (the CLI's --map and tests)
Field fieldFromKey(const QString &key);
// The field a column header names, in Vietnamese with or without diacritics, in common
// variants, or in English; Ignore when none.
Field guessField(const QString &header);

// Which column holds which field, and how text is read.
struct Mapping
{
    int headerRow = 0;    // the header's row number in the file; 0 when none was found
    QStringList headers;  // the header row's texts, by column
    QList<Field> columns; // the field of each column (Ignore for none)
    bool convertTcvn3 = false;
    bool hasName() const;
};

// What a dry run found. Counts are of data rows; each refused row has a sentence.
struct Preview
{
    struct Refusal
    {
        int row = 0;
        QString sentence; // "Row 17: the date of birth 31/02/2001 is not a real date."
    };
    // Rows that may be one person: within the file, or a file row and a stored member.
    struct Group
    {
        // With a stored member: leave it / write the rows into it / add them as new members.
        // Within the file only: keep the first row / merge the rows into one / add each.
        enum Action { Skip = 0, Update = 1, Add = 2 };
        QString reason;    // "Same Union card number 0123"
        QList<int> rows;   // file row numbers
        QStringList names; // the rows' names, as in the file
        QString memberId;  // the stored member, when the group has one
        QString memberName;
        Action action = Update;
        bool changes = true; // with a stored member: whether merging the rows changes it
    };
    int rows = 0;
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int refused = 0;
    int skipped = 0; // rows of groups that are not written
    int merged = 0;  // rows of groups folded into another row's member
    QList<Refusal> refusals;
    QList<Refusal> warnings; // kept rows with a remark (a word read as a default)
    QList<Group> groups;
};

// Undo information for an applied import: while no row it added has left the device,
// undo() takes the added rows back and writes the updated ones' earlier values.
struct ImportBatch
{
    QList<QPair<QString, quint64>> added; // member id, hash of its undo token
    QList<Member> before;                 // updated members as they were
    int written() const { return int(added.size() + before.size()); }
};

// One member list brought into one unit: open → (mapping) → dryRun → apply.
// The same object is used by the app (on a worker thread), `doanfield-server import` and
// the bench. Every failure is a sentence for the user (context "Import").
class MemberImport
{
public:
    MemberImport(Database &db, QString unitId);
    ~MemberImport();

    // Opens the file and guesses the header row and each column's field.
    bool open(const QString &path, QString *why);
    const SheetInfo &info() const { return m_info; }
    Mapping &mapping() { return m_mapping; }
    const Mapping &mapping() const { return m_mapping; }
    bool tcvn3Suspected() const { return m_tcvn3; }
    // The first data rows under the header, as text (for the mapping page).
    QList<QStringList> sample(int rows = 5) const { return m_sample.mid(0, rows); }

    // The date rules use (a date of birth in the future is refused).
    void setToday(QDate today) { m_today = today; }

    using Progress = std::function<bool(int rowsDone)>; // false cancels
    // Reads every row as it would be imported and compares it with the store; writes
    // nothing. False with `why` when the file cannot be read or has no name column.
    bool dryRun(QString *why, const Progress &progress = {});
    const Preview &preview() const { return m_preview; }
    void setGroupAction(int group, Preview::Group::Action action);

    // Writes the dry run's outcome through `store` in one transaction: all rows or none.
    // Fails (writing nothing) when the file changed since the dry run.
    bool apply(LocalStore &store, ImportBatch *batch, QString *why, const Progress &progress = {});
    // Takes an applied import back. False with `why` (and nothing changed) once any row it
    // added has been synced.
    static bool undo(LocalStore &store, const ImportBatch &batch, QString *why);
    static bool canUndo(LocalStore &store, const ImportBatch &batch);

private:
    struct Row;
    bool readRow(const SheetRow &row, Row &out) const;
    bool fileChanged() const;

    Database &m_db;
    QString m_unitId;
    QString m_path;
    qint64 m_fileSize = 0;
    qint64 m_fileTime = 0;
    std::unique_ptr<SheetFile> m_file;
    SheetInfo m_info;
    Mapping m_mapping;
    bool m_tcvn3 = false;
    QList<QStringList> m_sample;
    QDate m_today;
    QDate m_runToday; // m_today, or the device's date when the run began
    Preview m_preview;
    // Per data row of the dry run: what apply does with it.
    struct Plan
    {
        int row = 0;
        quint8 outcome = 0;
        int group = -1;
        QString memberId; // the stored member an update writes
    };
    QList<Plan> m_plan;
    Mapping m_planMapping; // the mapping the dry run used
};

} // namespace df::io
