#include "memberimport.h"

#include "domain/validation.h"
#include "domain/vntext.h"
#include "store/database.h"
#include "store/queries.h"
#include "store/storeerror.h"
#include "store/subtree.h"
#include "write/localstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>

namespace df::io {

namespace {

struct FieldText
{
    Field field;
    const char *key;
    const char *name;
};
// Names for the mapping page; translated in context "Import".
constexpr FieldText kFields[] = {
    {Field::Ignore, "ignore", QT_TRANSLATE_NOOP("Import", "(not imported)")},
    {Field::FullName, "fullName", QT_TRANSLATE_NOOP("Import", "Full name")},
    {Field::LastMiddle, "lastMiddle", QT_TRANSLATE_NOOP("Import", "Family and middle name")},
    {Field::FirstName, "firstName", QT_TRANSLATE_NOOP("Import", "Given name")},
    {Field::BirthDate, "birthDate", QT_TRANSLATE_NOOP("Import", "Date of birth")},
    {Field::Gender, "gender", QT_TRANSLATE_NOOP("Import", "Gender")},
    {Field::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("Import", "Ethnicity")},
    {Field::Religion, "religion", QT_TRANSLATE_NOOP("Import", "Religion")},
    {Field::Phone, "phone", QT_TRANSLATE_NOOP("Import", "Phone")},
    {Field::Email, "email", QT_TRANSLATE_NOOP("Import", "Email")},
    {Field::Address, "address", QT_TRANSLATE_NOOP("Import", "Address")},
    {Field::CardNumber, "cardNumber", QT_TRANSLATE_NOOP("Import", "Union card number")},
    {Field::JoinedDate, "joinedDate", QT_TRANSLATE_NOOP("Import", "Date joined the Union")},
    {Field::Position, "position", QT_TRANSLATE_NOOP("Import", "Union position")},
    {Field::PartyMember, "partyMember", QT_TRANSLATE_NOOP("Import", "Party member")},
    {Field::Education, "education", QT_TRANSLATE_NOOP("Import", "Education")},
    {Field::Professional, "professional", QT_TRANSLATE_NOOP("Import", "Professional training")},
    {Field::Theory, "theory", QT_TRANSLATE_NOOP("Import", "Political theory")},
    {Field::CitizenId, "citizenId", QT_TRANSLATE_NOOP("Import", "Citizen ID")},
};
static_assert(std::size(kFields) == size_t(Field::Count));

// Header words, folded (no diacritics, lower case, single spaces). Exact matches first;
// then a header that starts with one of the longer phrases ("ngay sinh (dd/mm/yyyy)").
struct Synonyms
{
    Field field;
    std::initializer_list<const char *> words;
};
const Synonyms kSynonyms[] = {
    {Field::FullName,
     {"ho va ten", "ho ten", "ho va ten doan vien", "ho ten doan vien", "ten doan vien",
      "ho va ten khai sinh", "full name", "name", "member name"}},
    {Field::LastMiddle,
     {"ho dem", "ho va ten dem", "ho va dem", "ho lot", "ho", "family name", "surname",
      "last name"}},
    {Field::FirstName, {"ten", "given name", "first name"}},
    {Field::BirthDate,
     {"ngay sinh", "ngay thang nam sinh", "ngay, thang, nam sinh", "sinh ngay", "date of birth",
      "birth date", "birthday", "dob"}},
    {Field::Gender, {"gioi tinh", "nam/nu", "nam nu", "nam, nu", "gender", "sex", "phai"}},
    {Field::Ethnicity, {"dan toc", "ethnicity", "ethnic group"}},
    {Field::Religion, {"ton giao", "religion"}},
    {Field::Phone,
     {"sdt", "so dien thoai", "dien thoai", "dt", "so dt", "dien thoai di dong", "di dong", "phone",
      "phone number", "mobile", "tel"}},
    {Field::Email, {"email", "e-mail", "thu dien tu", "dia chi email", "mail"}},
    {Field::Address,
     {"dia chi", "que quan", "noi o", "noi o hien nay", "cho o hien nay", "cho o", "thuong tru",
      "ho khau thuong tru", "dia chi thuong tru", "address", "home town", "hometown"}},
    {Field::CardNumber,
     {"so the doan", "so the doan vien", "so the", "ma the", "the doan", "the doan vien",
      "ma doan vien", "union card", "union card number", "card number", "card no"}},
    {Field::JoinedDate,
     {"ngay vao doan", "ngay ket nap doan", "ngay ket nap", "vao doan", "ngay vao doan tncs",
      "date joined", "joined the union", "joined"}},
    {Field::Position, {"chuc vu", "chuc vu doan", "chuc vu trong doan", "chuc danh", "position"}},
    {Field::PartyMember,
     {"dang vien", "la dang vien", "dang", "ngay vao dang", "dang vien (x)", "party member",
      "party"}},
    {Field::Education,
     {"trinh do", "trinh do hoc van", "hoc van", "van hoa", "trinh do van hoa", "education"}},
    {Field::Professional,
     {"chuyen mon", "trinh do chuyen mon", "chuyen mon nghiep vu", "nghe nghiep", "professional",
      "profession", "qualification"}},
    {Field::Theory,
     {"ly luan chinh tri", "llct", "trinh do ly luan", "trinh do ly luan chinh tri",
      "trinh do llct", "political theory"}},
    {Field::CitizenId,
     {"cccd", "cmnd", "so cccd", "so cmnd", "cmnd/cccd", "cccd/cmnd", "can cuoc cong dan",
      "so can cuoc", "so can cuoc cong dan", "so dinh danh", "so dinh danh ca nhan", "citizen id",
      "id number", "national id"}},
};

QString normalHeader(const QString &text)
{
    QString f = vn::fold(text.simplified());
    f.replace(QLatin1Char('\n'), QLatin1Char(' '));
    f.replace(QLatin1Char('.'), QString());
    f.replace(QLatin1Char(':'), QString());
    f.replace(QLatin1Char('*'), QString());
    return f.simplified();
}

QString plain(const Cell &c)
{
    return c.kind == Cell::Empty ? QString() : c.text.simplified();
}

// Excel's 1900 date system, with its leap-year quirk: serial 60 is the 29 February 1900
// that never was, so serials after it are one day ahead of a plain count.
QDate fromSerial(double serial, bool *fake)
{
    *fake = false;
    const qint64 day = qint64(serial);
    if (day < 1 || day > 2958465)
        return {};
    if (day == 60) {
        *fake = true;
        return {};
    }
    return day < 60 ? QDate(1899, 12, 31).addDays(day) : QDate(1899, 12, 30).addDays(day);
}

QString dmy(QDate d)
{
    return d.toString(QStringLiteral("dd/MM/yyyy"));
}

QString dateWhat(Field f)
{
    switch (f) {
    case Field::BirthDate:
        return QCoreApplication::translate("Import", "date of birth");
    case Field::JoinedDate:
        return QCoreApplication::translate("Import", "date joined the Union");
    default:
        return QCoreApplication::translate("Import", "Party admission date");
    }
}

// Words of a column, folded.
bool anyOf(const QString &folded, std::initializer_list<const char *> words)
{
    for (const char *w : words)
        if (folded == QLatin1String(w))
            return true;
    return false;
}

// "NGUYỄN VĂN AN" and "nguyễn văn an" become "Nguyễn Văn An"; mixed case is kept.
QString tidyName(const QString &text)
{
    QString s = text.simplified();
    if (s != s.toUpper() && s != s.toLower())
        return s;
    s = s.toLower();
    bool start = true;
    for (auto &ch : s) {
        if (start && ch.isLetter())
            ch = ch.toUpper();
        start = ch.isSpace() || ch == QLatin1Char('-');
    }
    return s;
}

QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}

} // namespace

QString fieldName(Field field)
{
    return QCoreApplication::translate("Import", kFields[int(field)].name);
}

QString fieldKey(Field field)
{
    return QString::fromLatin1(kFields[int(field)].key);
}

Field fieldFromKey(const QString &key)
{
    for (const auto &f : kFields)
        if (key == QLatin1String(f.key))
            return f.field;
    return Field::Ignore;
}

Field guessField(const QString &header)
{
    const QString h = normalHeader(header);
    if (h.isEmpty())
        return Field::Ignore;
    for (const auto &s : kSynonyms)
        for (const char *w : s.words)
            if (h == QLatin1String(w))
                return s.field;
    // "Ngày sinh (dd/mm/yyyy)", "Số điện thoại liên hệ": a longer phrase at the start.
    Field best = Field::Ignore;
    qsizetype bestLength = 0;
    for (const auto &s : kSynonyms)
        for (const char *w : s.words) {
            const auto n = qsizetype(qstrlen(w));
            if (n >= 5 && n > bestLength && h.startsWith(QLatin1String(w)) &&
                (h.size() == n || !h.at(n).isLetterOrNumber())) {
                best = s.field;
                bestLength = n;
            }
        }
    return best;
}

bool Mapping::hasName() const
{
    return columns.contains(Field::FullName) || columns.contains(Field::FirstName);
}

// One data row read through the mapping.
struct MemberImport::Row
{
    int number = 0;
    Member member;
    quint32 present = 0; // bit per Field with a value
    QString refusal;
    QStringList warnings;
    bool has(Field f) const { return present & (1u << int(f)); }
};

MemberImport::MemberImport(Database &db, QString unitId)
    : m_db(db)
    , m_unitId(std::move(unitId))
{}

MemberImport::~MemberImport() = default;

bool MemberImport::open(const QString &path, QString *why)
{
    m_file = SheetFile::open(path, why);
    if (!m_file)
        return false;
    m_path = path;
    const QFileInfo fi(path);
    m_fileSize = fi.size();
    m_fileTime = fi.lastModified().toMSecsSinceEpoch();
    m_info = m_file->info();
    m_preview = {};
    m_plan.clear();

    // The header is the row among the first 30 whose cells name the most fields.
    QList<SheetRow> first;
    if (!m_file->read(
            [&](const SheetRow &r) {
                first.append(r);
                return first.size() < 30;
            },
            why))
        return false;
    if (first.isEmpty()) {
        *why = QCoreApplication::translate(
            "Import", "The file has no rows to import: its first sheet is empty.");
        return false;
    }
    QString text;
    for (const auto &r : first)
        for (const auto &c : r.cells)
            if (c.kind == Cell::Text)
                text += c.text + QLatin1Char(' ');
    m_tcvn3 = VnLegacy::looksLikeTcvn3(text);
    const auto cellText = [&](const Cell &c) {
        return m_tcvn3 && c.kind == Cell::Text ? VnLegacy::fromTcvn3(c.text) : plain(c);
    };
    int bestIndex = -1, bestScore = 1;
    for (int i = 0; i < first.size(); ++i) {
        QSet<int> found;
        for (const auto &c : first[i].cells)
            if (c.kind == Cell::Text)
                found.insert(int(guessField(cellText(c))));
        found.remove(int(Field::Ignore));
        const bool named =
            found.contains(int(Field::FullName)) || found.contains(int(Field::FirstName));
        const int score = int(found.size()) + (named ? 1 : 0);
        if (score > bestScore) {
            bestScore = score;
            bestIndex = i;
        }
    }
    m_mapping = {};
    m_mapping.convertTcvn3 = m_tcvn3;
    const int headerIndex = bestIndex < 0 ? 0 : bestIndex;
    const SheetRow &header = first[headerIndex];
    m_mapping.headerRow = header.number;
    int width = int(header.cells.size());
    for (int i = headerIndex + 1; i < first.size(); ++i)
        width = std::max(width, int(first[i].cells.size()));
    for (int c = 0; c < width; ++c) {
        const QString h = c < header.cells.size() ? cellText(header.cells[c]) : QString();
        m_mapping.headers.append(h);
        Field f = bestIndex < 0 ? Field::Ignore : guessField(h);
        if (f != Field::Ignore && m_mapping.columns.contains(f))
            f = Field::Ignore; // a field is read from one column only
        m_mapping.columns.append(f);
    }
    // "Họ" + "Tên" in two columns: the first is the family and middle name.
    m_sample.clear();
    for (int i = headerIndex + 1; i < first.size() && m_sample.size() < 8; ++i) {
        QStringList cells;
        for (int c = 0; c < width; ++c) {
            const Cell cell = c < first[i].cells.size() ? first[i].cells[c] : Cell();
            bool fake = false;
            const QDate d = cell.kind == Cell::Date ? fromSerial(cell.number, &fake) : QDate();
            cells.append(d.isValid() ? dmy(d) : cellText(cell));
        }
        m_sample.append(cells);
    }
    return true;
}

bool MemberImport::readRow(const SheetRow &sr, Row &out) const
{
    out = Row();
    out.number = sr.number;
    Member &m = out.member;
    const auto rowSentence = [&](const QString &s) {
        if (out.refusal.isEmpty())
            out.refusal = QCoreApplication::translate("Import", "Row %1: %2").arg(sr.number).arg(s);
    };
    QString last, first;
    for (int c = 0; c < m_planMapping.columns.size() && c < sr.cells.size(); ++c) {
        const Field f = m_planMapping.columns[c];
        if (f == Field::Ignore)
            continue;
        const Cell &cell = sr.cells[c];
        QString text = plain(cell);
        if (m_planMapping.convertTcvn3 && cell.kind == Cell::Text)
            text = VnLegacy::fromTcvn3(text);
        if (text.isEmpty() || cell.kind == Cell::Empty)
            continue;
        if (cell.kind == Cell::Error) {
            rowSentence(QCoreApplication::translate(
                            "Import",
                            "the cell in column “%1” holds the Excel error %2; correct it in "
                            "the file.")
                            .arg(m_planMapping.headers.value(c), text));
            continue;
        }
        out.present |= 1u << int(f);
        const QString folded = vn::fold(text).simplified();
        const auto date = [&](QDate *target) {
            bool fake = false;
            QDate d;
            if (cell.kind == Cell::Date || cell.kind == Cell::Number) {
                d = fromSerial(cell.number, &fake);
                if (!d.isValid()) {
                    rowSentence(fake ? QCoreApplication::translate(
                                           "Import", "the %1 29/02/1900 is not a real date.")
                                           .arg(dateWhat(f))
                                     : QCoreApplication::translate(
                                           "Import", "the %1 “%2” is not a date; write it as "
                                                     "day/month/year, such as 05/03/2001.")
                                           .arg(dateWhat(f), text));
                    return false;
                }
                *target = d;
                return true;
            }
            static const QRegularExpression dmyRe(QStringLiteral(
                "^(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}|\\d{2})$"));
            static const QRegularExpression isoRe(
                QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T].*)?$"));
            int y = 0, mo = 0, dd = 0;
            if (const auto iso = isoRe.match(text); iso.hasMatch()) {
                y = iso.captured(1).toInt();
                mo = iso.captured(2).toInt();
                dd = iso.captured(3).toInt();
            } else if (const auto x = dmyRe.match(text); x.hasMatch()) {
                dd = x.captured(1).toInt();
                mo = x.captured(2).toInt();
                y = x.captured(3).toInt();
                if (x.captured(3).size() == 2) {
                    const int today = m_runToday.year();
                    y += y <= today % 100 ? today / 100 * 100 : today / 100 * 100 - 100;
                }
            } else {
                rowSentence(QCoreApplication::translate(
                                "Import",
                                "the %1 “%2” is not a date; write it as day/month/year, such as "
                                "05/03/2001.")
                                .arg(dateWhat(f), text));
                return false;
            }
            d = QDate(y, mo, dd);
            if (!d.isValid()) {
                rowSentence(QCoreApplication::translate("Import", "the %1 %2 is not a real date.")
                                .arg(dateWhat(f), text));
                return false;
            }
            *target = d;
            return true;
        };
        const auto number = [&] {
            // Excel turned the value into a number: "912345678", never "9.12345678E8".
            return cell.kind == Cell::Number ? digitsOf(text) : text;
        };
        switch (f) {
        case Field::Ignore:
        case Field::Count:
            break;
        case Field::FullName:
            m.fullName = tidyName(text);
            break;
        case Field::LastMiddle:
            last = tidyName(text);
            break;
        case Field::FirstName:
            first = tidyName(text);
            break;
        case Field::BirthDate:
            date(&m.birthDate);
            break;
        case Field::JoinedDate:
            date(&m.joinedDate);
            break;
        case Field::Gender:
            if (anyOf(folded, {"nam", "male", "m", "trai", "con trai"}))
                m.gender = Gender::Male;
            else if (anyOf(folded, {"nu", "female", "f", "gai", "con gai"}))
                m.gender = Gender::Female;
            else
                rowSentence(
                    QCoreApplication::translate("Import", "“%1” is not a gender; write Nam or Nữ.")
                        .arg(text));
            break;
        case Field::Ethnicity:
            m.ethnicity = text;
            break;
        case Field::Religion:
            m.religion = text;
            break;
        case Field::Phone: {
            QString p = number();
            static const QRegularExpression sep(QStringLiteral("[\\s.\\-()]"));
            p.remove(sep);
            if (!p.startsWith(QLatin1Char('+'))) {
                if (p.size() == 9 && QStringLiteral("35789").contains(p.at(0)))
                    p.prepend(QLatin1Char('0')); // the leading 0 Excel dropped
                else if (p.size() == 11 && p.startsWith(QLatin1String("84")))
                    p = QLatin1Char('0') + p.mid(2);
            }
            m.phone = p;
            break;
        }
        case Field::Email:
            m.email = text.toLower().remove(QLatin1Char(' '));
            break;
        case Field::Address:
            m.address = text;
            break;
        case Field::CardNumber:
            m.cardNumber = number().remove(QLatin1Char(' '));
            break;
        case Field::Position:
            if (anyOf(folded, {"bi thu", "bi thu chi doan", "bi thu doan", "secretary"}))
                m.position = UnionPosition::Secretary;
            else if (anyOf(folded,
                           {"pho bi thu", "pbt", "pho bi thu chi doan", "deputy secretary"}))
                m.position = UnionPosition::DeputySecretary;
            else if (folded.contains(QLatin1String("thuong vu")) ||
                     folded.contains(QLatin1String("btv")))
                m.position = UnionPosition::StandingCommittee; // "Ủy viên BTV", "UV Ban Thường vụ"
            else if (folded.contains(QLatin1String("chap hanh")) ||
                     folded.contains(QLatin1String("bch")) || anyOf(folded, {"uy vien", "uv"}))
                m.position = UnionPosition::ExecutiveCommittee; // "Ủy viên BCH", "UVBCH"
            else if (anyOf(folded, {"doan vien", "dv", "member", "khong", "-"}))
                m.position = UnionPosition::Member;
            else
                out.warnings.append(
                    QCoreApplication::translate(
                        "Import",
                        "Row %1: “%2” is not a Union position; the member is imported as a "
                        "plain member.")
                        .arg(sr.number)
                        .arg(text));
            break;
        case Field::PartyMember:
            if (cell.kind == Cell::Date) {
                m.partyMember = true;
                date(&m.partyDate);
            } else if (anyOf(folded, {"x", "co", "yes", "1", "dang vien", "dv", "dang", "true", "v",
                                      "✓"})) {
                m.partyMember = true;
            } else if (anyOf(folded, {"khong", "no", "0", "false", "-"})) {
                m.partyMember = false;
            } else if (text.contains(QLatin1Char('/')) || text.contains(QLatin1Char('-'))) {
                m.partyMember = true;
                date(&m.partyDate);
            } else {
                rowSentence(QCoreApplication::translate(
                                "Import",
                                "“%1” in the Party member column is not understood; write x (or "
                                "the admission date) for a Party member and leave it empty "
                                "otherwise.")
                                .arg(text));
            }
            break;
        case Field::Education:
            m.education = text;
            break;
        case Field::Professional:
            m.professional = text;
            break;
        case Field::Theory:
            if (folded.contains(QLatin1String("cao cap")) ||
                folded.contains(QLatin1String("cu nhan")) || folded == QLatin1String("advanced"))
                m.theoryLevel = TheoryLevel::Advanced;
            else if (folded.contains(QLatin1String("trung cap")) ||
                     folded == QLatin1String("intermediate"))
                m.theoryLevel = TheoryLevel::Intermediate;
            else if (folded.contains(QLatin1String("so cap")) ||
                     folded == QLatin1String("elementary"))
                m.theoryLevel = TheoryLevel::Elementary;
            else if (anyOf(folded, {"khong", "chua", "chua co", "none", "-"}))
                m.theoryLevel = TheoryLevel::None;
            else
                out.warnings.append(QCoreApplication::translate(
                                        "Import",
                                        "Row %1: “%2” is not a level of political theory (sơ "
                                        "cấp, trung cấp, cao cấp); it is left empty.")
                                        .arg(sr.number)
                                        .arg(text));
            break;
        case Field::CitizenId: {
            QString id = number().remove(QLatin1Char(' '));
            // A 12-digit citizen ID always starts with 0 (the province code); as a number
            // in Excel it lost it.
            if (cell.kind == Cell::Number && id.size() == 11)
                id.prepend(QLatin1Char('0'));
            static const QRegularExpression digits(QStringLiteral("^(\\d{12}|\\d{9})$"));
            if (!digits.match(id).hasMatch())
                rowSentence(QCoreApplication::translate(
                                "Import",
                                "the citizen ID “%1” is not valid: it has 12 digits (9 on an old "
                                "identity card).")
                                .arg(text));
            m.citizenId = id;
            break;
        }
        }
    }
    if (!last.isEmpty() || !first.isEmpty()) {
        m.fullName = (last + QLatin1Char(' ') + first).simplified();
        out.present |= 1u << int(Field::FullName);
    }
    if (out.present == 0)
        return false; // nothing mapped in this row (a note under the table, say)
    if (m.fullName.isEmpty())
        rowSentence(QCoreApplication::translate("Import", "the row has no name."));
    if (out.refusal.isEmpty()) {
        m.unitId = m_unitId;
        const auto issues = Validation::check(m, m_runToday);
        for (const auto &i : issues) {
            if (i.isError())
                rowSentence(i.message);
            else
                out.warnings.append(QCoreApplication::translate("Import", "Row %1: %2")
                                        .arg(sr.number)
                                        .arg(i.message));
        }
    }
    return true;
}

namespace {

enum Outcome : quint8 { New, Update, Unchanged, Refused, Grouped };

// An undo token kept as a 64-bit hash: 100,000 of them in a few hundred kB, not 30 MB.
// canUndo() compares the hash of the row's token now; undo() then retracts with it.
quint64 tokenHash(const QString &token)
{
    return quint64(qHashBits(token.constData(), size_t(token.size()) * sizeof(QChar), 0));
}

// For a large batch inside one transaction, the members' full-text index is kept up once
// at the end instead of row by row: SQLite opens a statement savepoint for a statement
// that fires triggers, and FTS5 writes its pending terms out at every savepoint, so each
// write paid a flush. `Inserts`: the insert trigger is dropped and the new rows (rowids
// above the largest before) are indexed in one statement; updates keep their trigger.
// `All`: every full-text trigger is dropped and the index rebuilt. The DDL is part of the
// transaction, so a rollback brings the triggers back by itself.
class FullTextDeferral
{
public:
    enum Mode { Off, Inserts, All };
    FullTextDeferral(Database &db, Mode mode)
        : m_db(db)
        , m_mode(mode)
    {
        if (mode == Off)
            return;
        auto top = db.prepare("SELECT IFNULL(MAX(rowid), 0) FROM members");
        top.step();
        m_maxRowid = top.int64(0);
        top.reset();
        auto st = db.prepare(mode == Inserts
                                 ? "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND tbl_name = 'members' AND sql LIKE '%member_fts%' AND "
                                   "sql LIKE '%AFTER INSERT%'"
                                 : "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                   "AND tbl_name = 'members' AND sql LIKE '%member_fts%'");
        while (st.step())
            m_triggers.append({st.blob(0), st.blob(1)});
        st.reset();
        for (const auto &t : std::as_const(m_triggers))
            m_db.exec(QByteArray("DROP TRIGGER \"" + t.first + "\"").constData());
    }
    // Before the commit: the triggers back, and the index brought up to date.
    void finish()
    {
        if (m_triggers.isEmpty())
            return;
        for (const auto &t : std::as_const(m_triggers))
            m_db.exec(t.second.constData());
        if (m_mode == All) {
            m_db.exec("INSERT INTO member_fts(member_fts) VALUES ('rebuild')");
        } else {
            auto st = m_db.prepare("INSERT INTO member_fts(rowid, search_key) SELECT rowid, "
                                   "search_key FROM members WHERE rowid > ?1");
            st.bind(1, m_maxRowid);
            st.exec();
        }
        m_triggers.clear();
    }

private:
    Database &m_db;
    Mode m_mode;
    qint64 m_maxRowid = 0;
    QList<QPair<QByteArray, QByteArray>> m_triggers;
};

// From this many rows a batch defers the full-text index.
constexpr int kDeferFullTextFrom = 2000;

bool same(const Member &a, const Member &b)
{
    return a.fullName == b.fullName && a.birthDate == b.birthDate && a.gender == b.gender &&
           a.ethnicity == b.ethnicity && a.religion == b.religion && a.phone == b.phone &&
           a.email == b.email && a.address == b.address && a.cardNumber == b.cardNumber &&
           a.joinedDate == b.joinedDate && a.education == b.education &&
           a.professional == b.professional && a.theoryLevel == b.theoryLevel &&
           a.position == b.position && a.partyMember == b.partyMember &&
           a.partyDate == b.partyDate && a.citizenId == b.citizenId;
}

// The stored member with the file's values written over it: a field the row leaves empty
// keeps what the store has.
Member merged(Member base, const Member &m, quint32 present)
{
    const auto has = [&](Field f) { return present & (1u << int(f)); };
    if (has(Field::FullName))
        base.fullName = m.fullName;
    if (has(Field::BirthDate))
        base.birthDate = m.birthDate;
    if (has(Field::Gender))
        base.gender = m.gender;
    if (has(Field::Ethnicity))
        base.ethnicity = m.ethnicity;
    if (has(Field::Religion))
        base.religion = m.religion;
    if (has(Field::Phone))
        base.phone = m.phone;
    if (has(Field::Email))
        base.email = m.email;
    if (has(Field::Address))
        base.address = m.address;
    if (has(Field::CardNumber))
        base.cardNumber = m.cardNumber;
    if (has(Field::JoinedDate))
        base.joinedDate = m.joinedDate;
    if (has(Field::Position))
        base.position = m.position;
    if (has(Field::PartyMember)) {
        base.partyMember = m.partyMember;
        if (m.partyDate.isValid())
            base.partyDate = m.partyDate;
    }
    if (has(Field::Education))
        base.education = m.education;
    if (has(Field::Professional))
        base.professional = m.professional;
    if (has(Field::Theory))
        base.theoryLevel = m.theoryLevel;
    if (has(Field::CitizenId))
        base.citizenId = m.citizenId;
    return base;
}

QString nameBirthKey(const QString &name, QDate birth)
{
    if (name.isEmpty() || !birth.isValid())
        return {};
    return vn::fold(name).simplified() + QLatin1Char('|') + birth.toString(Qt::ISODate);
}

void recount(Preview &p, const QList<quint8> &outcomes)
{
    p.added = p.updated = p.unchanged = p.refused = p.skipped = p.merged = 0;
    for (quint8 o : outcomes) {
        switch (o) {
        case New:
            ++p.added;
            break;
        case Update:
            ++p.updated;
            break;
        case Unchanged:
            ++p.unchanged;
            break;
        case Refused:
            ++p.refused;
            break;
        default:
            break;
        }
    }
    for (const auto &g : p.groups) {
        const int n = int(g.rows.size());
        const bool stored = !g.memberId.isEmpty();
        switch (g.action) {
        case Preview::Group::Add: // each row a member of its own
            p.added += n;
            break;
        case Preview::Group::Skip: // the stored member as it is; or the file's first row only
            p.skipped += stored ? n : n - 1;
            p.added += stored ? 0 : 1;
            break;
        case Preview::Group::Update: // one member with every row's values, in row order
            if (!stored)
                ++p.added;
            else if (g.changes)
                ++p.updated;
            else
                ++p.unchanged;
            p.merged += n - 1;
            break;
        }
    }
}

} // namespace

bool MemberImport::dryRun(QString *why, const Progress &progress)
{
    if (!m_file) {
        *why = QCoreApplication::translate("Import", "Choose a file first.");
        return false;
    }
    if (!m_mapping.hasName()) {
        *why = QCoreApplication::translate(
            "Import", "Choose the column that holds the full name (or the given name) before the "
                      "preview.");
        return false;
    }
    m_planMapping = m_mapping;
    m_runToday = m_today.isValid() ? m_today : QDate::currentDate(); // once: it reads the zone
    m_preview = {};
    m_plan.clear();

    // What the store has: card numbers and citizen IDs anywhere, names with birth dates
    // in the unit's subtree.
    // Keys in UTF-8 and rowids, not ids and names: 100,000 stored members cost a few MB.
    // A key that matches is looked up by its rowid.
    struct Stored
    {
        QString id;
        QString name;
    };
    QHash<QByteArray, qint64> byCard, byCitizen, byNameBirth; // key -> members.rowid
    {
        auto st = m_db.prepare("SELECT rowid, card_number, citizen_id FROM members "
                               "WHERE deleted = 0 AND (card_number <> '' OR citizen_id <> '')");
        while (st.step()) {
            // text() reads the column as UTF-16 (after which blob() would too): UTF-8 here.
            if (const QByteArray card = st.text(1).toUtf8(); !card.isEmpty())
                byCard.insert(card, st.int64(0));
            if (const QByteArray citizen = st.text(2).toUtf8(); !citizen.isEmpty())
                byCitizen.insert(citizen, st.int64(0));
        }
        auto sub = m_db.prepare(QByteArray(kSubtreeCte) +
                                "SELECT m.rowid, m.full_name, m.birth_date FROM sub JOIN members m "
                                "ON m.unit_id = sub.id WHERE m.deleted = 0 AND m.birth_date <> ''");
        sub.bind(1, m_unitId);
        while (sub.step())
            byNameBirth.insert(
                nameBirthKey(sub.text(1), QDate::fromString(sub.text(2), Qt::ISODate)).toUtf8(),
                sub.int64(0));
    }
    QSet<QString> inUnit; // the chosen unit and the units under it
    {
        auto sub = m_db.prepare(QByteArray(kSubtreeCte) + "SELECT id FROM sub");
        sub.bind(1, m_unitId);
        while (sub.step())
            inUnit.insert(sub.text(0));
    }
    const auto lookUp = [&](const QHash<QByteArray, qint64> &map, const QString &key) {
        const qint64 rowid = key.isEmpty() ? 0 : map.value(key.toUtf8(), 0);
        if (rowid == 0)
            return Stored();
        auto st = m_db.prepare("SELECT id, full_name FROM members WHERE rowid = ?1");
        st.bind(1, rowid);
        return st.step() ? Stored{st.text(0), st.text(1)} : Stored();
    };

    Queries queries(m_db);
    // Keys within the file as 64-bit hashes (two different keys share one with a chance of
    // about 1 in 10^10 at 100,000 rows): a few MB where the strings took 30.
    QHash<quint64, int> fileCard, fileCitizen, fileNameBirth; // key hash -> plan index
    const auto key = [](const QString &k) {
        return quint64(qHashBits(k.constData(), size_t(k.size()) * sizeof(QChar), 0x6466));
    };
    QHash<QString, int> groupOfMember; // stored id -> group
    QList<quint8> outcomes;
    QList<QString> names; // per plan index, for group listings
    Row row;
    bool cancelled = false;
    const int header = m_planMapping.headerRow;
    const auto addToGroup = [&](int planIndex, int group) {
        auto &g = m_preview.groups[group];
        g.rows.append(m_plan[planIndex].row);
        g.names.append(names[planIndex]);
        outcomes[planIndex] = Grouped;
        m_plan[planIndex].group = group;
    };
    const bool ok = m_file->read(
        [&](const SheetRow &sr) {
            if (sr.number <= header)
                return true;
            if (!readRow(sr, row))
                return true;
            const int index = int(m_plan.size());
            m_plan.append({row.number, Refused, -1, {}});
            outcomes.append(Refused);
            names.append(row.member.fullName);
            ++m_preview.rows;
            for (const auto &w : row.warnings)
                m_preview.warnings.append({row.number, w});
            if (progress && m_preview.rows % 1000 == 0 && !progress(m_preview.rows)) {
                cancelled = true;
                return false;
            }
            if (!row.refusal.isEmpty()) {
                m_preview.refusals.append({row.number, row.refusal});
                return true;
            }
            const Member &m = row.member;
            const QString nb = nameBirthKey(m.fullName, m.birthDate);
            // Another row of the file with the same card, citizen ID, or name and birth.
            int earlier = -1;
            QString reason;
            if (!m.cardNumber.isEmpty() && fileCard.contains(key(m.cardNumber))) {
                earlier = fileCard.value(key(m.cardNumber));
                reason = QCoreApplication::translate("Import", "Same Union card number %1")
                             .arg(m.cardNumber);
            } else if (!m.citizenId.isEmpty() && fileCitizen.contains(key(m.citizenId))) {
                earlier = fileCitizen.value(key(m.citizenId));
                reason =
                    QCoreApplication::translate("Import", "Same citizen ID %1").arg(m.citizenId);
            } else if (!nb.isEmpty() && fileNameBirth.contains(key(nb))) {
                earlier = fileNameBirth.value(key(nb));
                reason =
                    QCoreApplication::translate("Import", "Same name and date of birth: %1, %2")
                        .arg(m.fullName, dmy(m.birthDate));
            }
            if (!m.cardNumber.isEmpty())
                fileCard.insert(key(m.cardNumber), index);
            if (!m.citizenId.isEmpty())
                fileCitizen.insert(key(m.citizenId), index);
            if (!nb.isEmpty())
                fileNameBirth.insert(key(nb), index);

            // The stored member it is: certain when the card or citizen ID matches and the
            // names agree; possible otherwise.
            const Stored card = lookUp(byCard, m.cardNumber);
            const Stored citizen = lookUp(byCitizen, m.citizenId);
            const Stored person = lookUp(byNameBirth, nb);
            const QString folded = vn::fold(m.fullName).simplified();
            QString certain, possible, possibleName, possibleReason;
            if (!card.id.isEmpty() && (citizen.id.isEmpty() || citizen.id == card.id) &&
                vn::fold(card.name).simplified() == folded)
                certain = card.id;
            else if (card.id.isEmpty() && !citizen.id.isEmpty() &&
                     vn::fold(citizen.name).simplified() == folded)
                certain = citizen.id;
            else if (!card.id.isEmpty()) {
                possible = card.id;
                possibleName = card.name;
                possibleReason = QCoreApplication::translate("Import", "Same Union card number %1")
                                     .arg(m.cardNumber);
            } else if (!citizen.id.isEmpty()) {
                possible = citizen.id;
                possibleName = citizen.name;
                possibleReason =
                    QCoreApplication::translate("Import", "Same citizen ID %1").arg(m.citizenId);
            } else if (!person.id.isEmpty()) {
                possible = person.id;
                possibleName = person.name;
                possibleReason =
                    QCoreApplication::translate("Import", "Same name and date of birth: %1, %2")
                        .arg(m.fullName, dmy(m.birthDate));
            }
            const QString stored = certain.isEmpty() ? possible : certain;
            m_plan[index].memberId = stored;

            if (earlier >= 0 || !possible.isEmpty()) {
                int group = earlier >= 0 ? m_plan[earlier].group : -1;
                if (group < 0 && !stored.isEmpty())
                    group = groupOfMember.value(stored, -1);
                if (group < 0) {
                    Preview::Group g;
                    g.reason = earlier >= 0 ? reason : possibleReason;
                    g.memberId = stored;
                    g.memberName = stored.isEmpty()
                                       ? QString()
                                       : (certain.isEmpty() ? possibleName : m.fullName);
                    if (!stored.isEmpty() && g.memberName.isEmpty())
                        g.memberName = possibleName;
                    group = int(m_preview.groups.size());
                    m_preview.groups.append(g);
                    if (!stored.isEmpty())
                        groupOfMember.insert(stored, group);
                }
                if (earlier >= 0 && m_plan[earlier].group < 0)
                    addToGroup(earlier, group);
                addToGroup(index, group);
                return true;
            }
            if (certain.isEmpty()) {
                outcomes[index] = New;
                return true;
            }
            const auto existing = queries.member(certain);
            outcomes[index] =
                existing && same(merged(*existing, m, row.present), *existing) ? Unchanged : Update;
            if (existing && !inUnit.contains(existing->unitId)) {
                const auto unit = queries.unit(existing->unitId);
                m_preview.warnings.append(
                    {row.number,
                     QCoreApplication::translate(
                         "Import", "Row %1: %2 is a member of %3. The import updates that "
                                   "profile where it is and does not move the member (use "
                                   "Transfer on the member's page for that).")
                         .arg(row.number)
                         .arg(existing->fullName, unit ? unit->name : existing->unitId)});
            }
            return true;
        },
        why);
    if (cancelled) {
        *why = QCoreApplication::translate("Import", "The preview was cancelled.");
        return false;
    }
    if (!ok) {
        m_preview = {};
        m_plan.clear();
        return false;
    }
    if (m_preview.rows == 0) {
        *why = QCoreApplication::translate(
                   "Import", "There are no rows under the header row (row %1) to import.")
                   .arg(header);
        return false;
    }
    for (int i = 0; i < m_plan.size(); ++i)
        m_plan[i].outcome = outcomes[i];
    // Whether merging a group's rows into its stored member changes anything: the rows are
    // read again (only when such a group exists) and merged in order, as apply would.
    QHash<int, Member> state;
    for (int g = 0; g < m_preview.groups.size(); ++g)
        if (const QString &id = m_preview.groups[g].memberId; !id.isEmpty())
            if (const auto stored = queries.member(id))
                state.insert(g, *stored);
    if (!state.isEmpty()) {
        int index = 0;
        m_file->read(
            [&](const SheetRow &sr) {
                if (sr.number <= header || !readRow(sr, row))
                    return true;
                const Plan &plan = m_plan.value(index++);
                if (plan.group >= 0 && state.contains(plan.group))
                    state[plan.group] = merged(state[plan.group], row.member, row.present);
                return true;
            },
            why);
        for (auto it = state.cbegin(); it != state.cend(); ++it) {
            const auto stored = queries.member(m_preview.groups[it.key()].memberId);
            m_preview.groups[it.key()].changes = !stored || !same(*stored, it.value());
        }
    }
    recount(m_preview, outcomes);
    return true;
}

void MemberImport::setGroupAction(int group, Preview::Group::Action action)
{
    if (group < 0 || group >= m_preview.groups.size())
        return;
    m_preview.groups[group].action = action;
    QList<quint8> outcomes;
    outcomes.reserve(m_plan.size());
    for (const auto &p : m_plan)
        outcomes.append(p.outcome);
    recount(m_preview, outcomes);
}

bool MemberImport::fileChanged() const
{
    const QFileInfo fi(m_path);
    return !fi.exists() || fi.size() != m_fileSize ||
           fi.lastModified().toMSecsSinceEpoch() != m_fileTime;
}

bool MemberImport::apply(LocalStore &store, ImportBatch *batch, QString *why,
                         const Progress &progress)
{
    if (m_plan.isEmpty()) {
        *why = QCoreApplication::translate("Import", "Run the preview before importing.");
        return false;
    }
    if (fileChanged()) {
        *why = QCoreApplication::translate(
            "Import", "The file changed after the preview. Open the preview again, then import.");
        return false;
    }
    m_runToday = m_today.isValid() ? m_today : QDate::currentDate();
    // The write path's date for validation, read once for the batch, not per row.
    const QDate storeToday = store.todaySetting();
    store.setToday(store.today());
    const auto restoreToday = qScopeGuard([&] { store.setToday(storeToday); });
    ImportBatch done;
    Queries queries(m_db);
    QHash<int, QString> groupMember; // group -> the member its rows update
    // Members whose earlier values are kept, and new ones later rows of a group update.
    QSet<QString> touched;
    int index = 0, written = 0;
    QString failure;
    Row row;
    const int header = m_planMapping.headerRow;
    try {
        BulkWrite tx(m_db); // all rows or none
        FullTextDeferral fullText(m_db, m_preview.added >= kDeferFullTextFrom
                                            ? FullTextDeferral::Inserts
                                            : FullTextDeferral::Off);
        const auto save = [&](const Member &m) {
            const auto r = store.saveMember(m);
            if (!r) {
                failure = QCoreApplication::translate(
                              "Import", "Row %1 could not be written: %2 Nothing was imported.")
                              .arg(row.number)
                              .arg(firstError(r.issues));
                return QString();
            }
            return r.id;
        };
        const auto update = [&](const QString &id) {
            const auto existing = queries.member(id);
            if (!existing) {
                failure =
                    QCoreApplication::translate(
                        "Import", "Row %1: the member it updates was deleted after the preview. "
                                  "Nothing was imported; open the preview again.")
                        .arg(row.number);
                return QString();
            }
            const Member next = merged(*existing, row.member, row.present);
            if (same(next, *existing))
                return id; // nothing to write: the import changes nothing there
            if (!touched.contains(id)) {
                touched.insert(id);
                done.before.append(*existing);
            }
            return save(next);
        };
        const bool ok = m_file->read(
            [&](const SheetRow &sr) {
                if (sr.number <= header || !readRow(sr, row))
                    return true;
                if (index >= m_plan.size() || m_plan[index].row != row.number) {
                    failure = QCoreApplication::translate(
                        "Import", "The file changed after the preview. Open the preview again, "
                                  "then import.");
                    return false;
                }
                const Plan &plan = m_plan[index++];
                QString id;
                switch (plan.outcome) {
                case New:
                    row.member.id.clear();
                    id = save(row.member);
                    if (!id.isEmpty())
                        done.added.append({id, 0}); // no later row of the file updates it
                    break;
                case Update:
                    id = update(plan.memberId);
                    break;
                case Grouped: {
                    const auto &g = m_preview.groups[plan.group];
                    // Skip: the stored member as it is, or only the file's first row.
                    if (g.action == Preview::Group::Skip &&
                        (!g.memberId.isEmpty() || groupMember.contains(plan.group)))
                        return true;
                    if (g.action == Preview::Group::Add) {
                        id = save(row.member);
                        if (!id.isEmpty())
                            done.added.append({id, 0});
                        break;
                    }
                    QString target =
                        g.memberId.isEmpty() ? groupMember.value(plan.group) : g.memberId;
                    if (target.isEmpty()) {
                        id = save(row.member);
                        if (!id.isEmpty()) {
                            done.added.append({id, 0});
                            touched.insert(id);
                            groupMember.insert(plan.group, id);
                        }
                    } else {
                        id = update(target);
                    }
                    break;
                }
                default:
                    return true;
                }
                if (id.isEmpty())
                    return false;
                ++written;
                if (progress && written % 1000 == 0 && !progress(written)) {
                    failure = QCoreApplication::translate(
                        "Import", "The import was cancelled; nothing was imported.");
                    return false;
                }
                return true;
            },
            &failure);
        if (!ok || !failure.isEmpty()) {
            *why = failure.isEmpty()
                       ? QCoreApplication::translate(
                             "Import", "The file could not be read again; nothing was "
                                       "imported.")
                       : failure;
            return false; // the transaction rolls back
        }
        fullText.finish();
        tx.commit();
    } catch (const StoreError &e) {
        *why = QCoreApplication::translate(
                   "Import", "The import could not be saved: %1 Nothing was imported.")
                   .arg(e.message());
        return false;
    }
    for (auto &a : done.added)
        a.second = tokenHash(store.undoToken(Entity::Member, a.first));
    if (batch)
        *batch = std::move(done);
    return true;
}

bool MemberImport::canUndo(LocalStore &store, const ImportBatch &batch)
{
    if (batch.written() == 0)
        return false;
    for (const auto &a : batch.added)
        if (tokenHash(store.undoToken(Entity::Member, a.first)) != a.second)
            return false;
    return true;
}

bool MemberImport::undo(LocalStore &store, const ImportBatch &batch, QString *why)
{
    if (!canUndo(store, batch)) {
        *why = QCoreApplication::translate(
            "Import", "This import can no longer be undone: its members have been synced or edited "
                      "since. Delete or correct them one by one.");
        return false;
    }
    try {
        BulkWrite tx(store.database());
        FullTextDeferral fullText(store.database(), batch.written() >= kDeferFullTextFrom
                                                        ? FullTextDeferral::All
                                                        : FullTextDeferral::Off);
        for (const auto &a : batch.added)
            if (!store.retract(Entity::Member, a.first, store.undoToken(Entity::Member, a.first))) {
                *why = QCoreApplication::translate(
                    "Import", "This import can no longer be undone: its members have been synced "
                              "or edited since. Delete or correct them one by one.");
                return false;
            }
        for (const auto &m : batch.before)
            if (!store.saveMember(m)) {
                *why = QCoreApplication::translate(
                           "Import",
                           "The member %1 could not be put back as before; nothing was undone.")
                           .arg(m.fullName);
                return false;
            }
        fullText.finish();
        tx.commit();
    } catch (const StoreError &e) {
        *why = QCoreApplication::translate("Import", "The import could not be undone: %1")
                   .arg(e.message());
        return false;
    }
    return true;
}

} // namespace df::io
