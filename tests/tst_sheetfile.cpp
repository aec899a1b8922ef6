// SheetFile over files made at test time by writers independent of it: workbooks by
// python3-openpyxl (patched with Python's zipfile where openpyxl cannot write what Excel
// does: shared strings, rich text, a cached formula value, a lying <dimension>), CSV text
// by Python and glibc iconv in each encoding Excel and older Vietnamese tools produce.
#include "csvreader.h"
#include "sheetfile.h"
#include "xlsxreader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

using namespace df::io;

class TestSheetFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void vnLegacy();
    void memberListXlsx();
    void rereadAndStopEarly();
    void numbersDatesAndInlineText();
    void unusualSheetXml();
    void formulaWithoutValue();
    void emptySheet();
    void rowLimit();
    void dimensionIsNotTrusted();
    void damagedFiles();
    void zipBombPart();
    void csvEncodings_data();
    void csvEncodings();
    void csvExcelSepLine();
    void csvWindows1258();
    void csvTcvn3();
    void csvQuoting();
    void csvRagged();
    void csvUnterminatedQuote();
    void csvRowLimit();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    bool workbook(const QString &name, const QString &script);
    void write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

namespace {

const QString kPython = QFile::exists(QStringLiteral("/usr/bin/python3"))
                            ? QStringLiteral("/usr/bin/python3")
                            : QStringLiteral("python3");

// Helpers every workbook script has: share() moves inline strings into sharedStrings.xml
// as Excel keeps them (the text "RICH" becomes a rich-text entry of runs, with a phonetic
// run that is not part of the text), patch() edits a part of the zip.
const char *const kPrelude = R"PY(
import sys, re, zipfile, datetime, openpyxl
path = sys.argv[1]

def rewrite(fn):
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    files = fn(dict(items))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            z.writestr(name, data)

def patch(part, old, new):
    def fn(files):
        text = files[part].decode()
        assert old in text, (old, text[:2000])
        files[part] = text.replace(old, new).encode()
        return files
    rewrite(fn)

def share(rich=(), keep_inline=()):
    def fn(files):
        sheet = files['xl/worksheets/sheet1.xml'].decode()
        strings, index = [], {}
        count = [0]
        def cell(m):
            attrs, text = m.group(1), m.group(2)
            if re.search(r'r="([A-Z]+[0-9]+)"', attrs).group(1) in keep_inline:
                return m.group(0)
            if text not in index:
                index[text] = len(strings)
                strings.append(text)
            count[0] += 1
            return '<c%s t="s"><v>%d</v></c>' % (attrs, index[text])
        sheet = re.sub(r'<c([^>]*?) t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>', cell, sheet)
        sis = []
        for s in strings:
            if s == 'RICH':
                runs = ''.join('<r><rPr><b/></rPr><t xml:space="preserve">%s</t></r>' % p for p in rich)
                sis.append('<si>%s<rPh sb="0" eb="1"><t>PHONETIC</t></rPh></si>' % runs)
            else:
                sis.append('<si><t xml:space="preserve">%s</t></si>' % s)
        files['xl/sharedStrings.xml'] = (
            '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main" count="%d" uniqueCount="%d">%s</sst>'
            % (count[0], len(strings), ''.join(sis))).encode()
        files['xl/worksheets/sheet1.xml'] = sheet.encode()
        files['[Content_Types].xml'] = files['[Content_Types].xml'].decode().replace(
            '</Types>', '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>').encode()
        rels = 'xl/_rels/workbook.xml.rels'
        files[rels] = files[rels].decode().replace(
            '</Relationships>', '<Relationship Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml" '
            'Id="rIdSst"/></Relationships>').encode()
        return files
    rewrite(fn)
)PY";

struct Result
{
    bool ok = false;
    QString why;
    SheetInfo info;
    QList<SheetRow> rows;
};

Result readFile(const QString &path)
{
    Result r;
    const auto file = SheetFile::open(path, &r.why);
    if (!file)
        return r;
    r.info = file->info();
    r.ok = file->read(
        [&](const SheetRow &row) {
            r.rows.append(row);
            return true;
        },
        &r.why);
    return r;
}

QString text(const SheetRow &row, int col)
{
    return col < row.cells.size() ? row.cells[col].text : QString();
}

Cell::Kind kind(const SheetRow &row, int col)
{
    return col < row.cells.size() ? row.cells[col].kind : Cell::Empty;
}

QByteArray iconv(const QString &text, const char *to)
{
    QProcess p;
    p.start(QStringLiteral("iconv"), {QStringLiteral("-f"), QStringLiteral("UTF-8"),
                                      QStringLiteral("-t"), QString::fromLatin1(to)});
    p.write(text.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(10000) || p.exitCode() != 0)
        qWarning() << p.readAllStandardError();
    return p.readAllStandardOutput();
}

} // namespace

void TestSheetFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLocale::setDefault(QLocale::c()); // "50.0 MB" in the size sentence
    QProcess p;
    p.start(kPython, {QStringLiteral("-c"), QStringLiteral("import openpyxl")});
    QVERIFY2(p.waitForFinished(30000) && p.exitCode() == 0,
             "python3-openpyxl is needed to make the test workbooks");
}

bool TestSheetFile::workbook(const QString &name, const QString &script)
{
    QProcess py;
    py.start(kPython, {QStringLiteral("-c"), QString::fromUtf8(kPrelude) + script, path(name)});
    if (!py.waitForFinished(120000) || py.exitCode() != 0) {
        qWarning().noquote() << py.readAllStandardError();
        return false;
    }
    return true;
}

void TestSheetFile::write(const QString &name, const QByteArray &bytes)
{
    QFile f(path(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    QCOMPARE(f.write(bytes), bytes.size());
}

void TestSheetFile::vnLegacy()
{
    using namespace VnLegacy;
    // TCVN3 as Excel shows it with a Latin-1 font.
    for (const char *s :
         {"NguyÔn V¨n An", "TrÇn ThÞ B×nh", "Hµ Néi", "§oµn TNCS Hå ChÝ Minh", "Hä vµ tªn"})
        QVERIFY2(looksLikeTcvn3(QString::fromUtf8(s)), s);
    // Unicode Vietnamese, English, digits; "ÐOÀN" with an Icelandic Eth typed for Đ; and a
    // Windows-1258 file read as Windows-1252 ("Đoàn Thị Hường": Đ is Ð, the tone marks
    // combining characters after vowels).
    for (const char *s : {"Nguyễn Văn An", "Hà Nội", "Đoàn", "Trần Thị Bình", "Smith, John",
                          "05/03/2001", "", "ÐOÀN THANH NIÊN", "Ðoàn Thiò HýõÌng"})
        QVERIFY2(!looksLikeTcvn3(QString::fromUtf8(s)), s);

    QCOMPARE(fromTcvn3(QStringLiteral("NguyÔn V¨n An")), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(fromTcvn3(QStringLiteral("TrÇn ThÞ B×nh")), QStringLiteral("Trần Thị Bình"));
    QCOMPARE(fromTcvn3(QStringLiteral("Hµ Néi")), QStringLiteral("Hà Nội"));
    QCOMPARE(fromTcvn3(QStringLiteral("§oµn")), QStringLiteral("Đoàn"));
    // Windows-1252's characters at 0x80–0x9F stand for their byte (ƒ is 0x83, TCVN3's Á);
    // a character that is no byte at all stays.
    QCOMPARE(fromTcvn3(QString(QChar(0x0192)) + QStringLiteral("nh ★")), QStringLiteral("Ánh ★"));
    QCOMPARE(fromTcvn3(QStringLiteral("Plain ASCII 123")), QStringLiteral("Plain ASCII 123"));

    // Round trip through glibc's TCVN encoder, read back byte for character.
    const QString unicode =
        QStringLiteral("Đoàn Thanh niên Cộng sản Hồ Chí Minh, xã Ỷ La, huyện Yên Sơn");
    const QByteArray tcvn = iconv(unicode, "TCVN5712-1");
    QVERIFY(!tcvn.isEmpty());
    const QString shown = QString::fromLatin1(tcvn);
    QVERIFY(looksLikeTcvn3(shown));
    const QString back = fromTcvn3(shown);
    QCOMPARE(back, unicode);
    QCOMPARE(back.normalized(QString::NormalizationForm_C), back);
}

void TestSheetFile::memberListXlsx()
{
    // Two merged title rows, a blank row, the header in row 4; dates as real dates, phone
    // numbers as numbers, "Nam" used twice (one shared string), a rich-text name, and one
    // name left as an inline string.
    QVERIFY(workbook(QStringLiteral("members.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
ws = wb.active
ws.title = 'Chi đoàn 12A1'
ws['A1'] = 'ĐOÀN TNCS HỒ CHÍ MINH'
ws.merge_cells('A1:G1')
ws['A2'] = 'DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN 12A1'
ws.merge_cells('A2:G2')
header = ['STT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'SĐT', 'Số thẻ đoàn', 'Ngày vào Đoàn']
for i, h in enumerate(header):
    ws.cell(row=4, column=i + 1, value=h)
people = [
    (1, 'Nguyễn Văn An', datetime.datetime(2001, 3, 5), 'Nam', 912345678, 'DV0012345', datetime.datetime(2016, 3, 26)),
    (2, 'Trần Thị Hường', datetime.datetime(2002, 12, 31), 'Nữ', 987654321, 'DV0012346', datetime.datetime(2017, 3, 26)),
    (3, 'RICH', datetime.datetime(2000, 1, 1), 'Nam', 868000111, 'DV0012347', None),
    (4, 'Phạm Thị Ánh', None, 'Nữ', None, None, None),
]
for r, p in enumerate(people, start=5):
    for c, v in enumerate(p, start=1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        if isinstance(v, datetime.datetime):
            cell.number_format = 'dd/mm/yyyy'
wb.save(path)
share(rich=['Lê ', 'Hoàng ', 'Cường'], keep_inline=['B8'])
)PY")));
    const Result r = readFile(path(QStringLiteral("members.xlsx")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.info.format, QStringLiteral("xlsx"));
    QCOMPARE(r.info.sheetName, QStringLiteral("Chi đoàn 12A1"));
    QCOMPARE(r.rows.size(), 7); // rows 1, 2, 4–8; the blank row 3 is not delivered
    QList<int> numbers;
    for (const auto &row : r.rows)
        numbers.append(row.number);
    QCOMPARE(numbers, (QList<int>{1, 2, 4, 5, 6, 7, 8}));

    // Merged titles: only the top-left cell holds the value.
    QCOMPARE(text(r.rows[0], 0), QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"));
    QCOMPARE(r.rows[0].cells.size(), 1);
    QCOMPARE(text(r.rows[1], 0), QStringLiteral("DANH SÁCH ĐOÀN VIÊN CHI ĐOÀN 12A1"));

    const SheetRow &header = r.rows[2];
    QCOMPARE(header.cells.size(), 7);
    QCOMPARE(text(header, 1), QStringLiteral("Họ và tên"));
    QCOMPARE(text(header, 4), QStringLiteral("SĐT"));
    QCOMPARE(text(header, 6), QStringLiteral("Ngày vào Đoàn"));
    QCOMPARE(kind(header, 0), Cell::Text);

    const SheetRow &an = r.rows[3];
    QCOMPARE(an.number, 5);
    QCOMPARE(kind(an, 0), Cell::Number);
    QCOMPARE(an.cells[0].number, 1.0);
    QCOMPARE(text(an, 0), QStringLiteral("1"));
    QCOMPARE(text(an, 1), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(kind(an, 2), Cell::Date);
    QCOMPARE(an.cells[2].number, 36955.0); // 2001-03-05
    QCOMPARE(text(an, 2), QStringLiteral("05/03/2001"));
    QCOMPARE(text(an, 3), QStringLiteral("Nam"));
    QCOMPARE(kind(an, 4), Cell::Number);
    QCOMPARE(text(an, 4), QStringLiteral("912345678"));
    QCOMPARE(an.cells[4].number, 912345678.0);
    QCOMPARE(text(an, 5), QStringLiteral("DV0012345"));
    QCOMPARE(kind(an, 6), Cell::Date);
    QCOMPARE(an.cells[6].number, 42455.0); // 2016-03-26

    const SheetRow &huong = r.rows[4];
    QCOMPARE(text(huong, 1), QStringLiteral("Trần Thị Hường"));
    QCOMPARE(huong.cells[2].number, 37621.0); // 2002-12-31
    QCOMPARE(text(huong, 3), QStringLiteral("Nữ"));

    const SheetRow &cuong = r.rows[5];
    QCOMPARE(text(cuong, 1), QStringLiteral("Lê Hoàng Cường")); // runs joined, no phonetics
    QCOMPARE(kind(cuong, 1), Cell::Text);
    QCOMPARE(text(cuong, 3), QStringLiteral("Nam")); // the shared string again
    QCOMPARE(cuong.cells[2].number, 36526.0);        // 2000-01-01
    QCOMPARE(cuong.cells.size(), 6);                 // no joining date: trailing cell missing

    const SheetRow &anh = r.rows[6];
    QCOMPARE(text(anh, 1), QStringLiteral("Phạm Thị Ánh")); // the inline string
    QCOMPARE(kind(anh, 2), Cell::Empty);
    QCOMPARE(kind(anh, 3), Cell::Text);
    QCOMPARE(anh.cells.size(), 4);

    // The fixture really has shared strings (so the test above reads them).
    QVERIFY(workbook(QStringLiteral("members.xlsx"), QStringLiteral(R"PY(
with zipfile.ZipFile(path) as z:
    sst = z.read('xl/sharedStrings.xml').decode()
    sheet = z.read('xl/worksheets/sheet1.xml').decode()
assert 'DV0012345' in sst and sst.count('>Nam<') == 1 and '<r><rPr>' in sst, sst
assert sheet.count('t="inlineStr"') == 1 and sheet.count('t="s"') == 19, sheet
)PY")));
}

void TestSheetFile::rereadAndStopEarly()
{
    const QString members = path(QStringLiteral("members.xlsx"));
    QVERIFY(QFile::exists(members));
    QString why;
    const auto file = SheetFile::open(members, &why);
    QVERIFY2(file, qPrintable(why));
    const auto numbers = [&](int stopAfter) {
        QList<int> seen;
        const bool ok = file->read(
            [&](const SheetRow &row) {
                seen.append(row.number);
                return seen.size() < stopAfter;
            },
            &why);
        return ok ? seen : QList<int>{-1};
    };
    QCOMPARE(numbers(2), (QList<int>{1, 2}));
    QCOMPARE(numbers(100), (QList<int>{1, 2, 4, 5, 6, 7, 8}));
    QCOMPARE(numbers(1), (QList<int>{1}));
    QCOMPARE(numbers(100), (QList<int>{1, 2, 4, 5, 6, 7, 8}));
}

void TestSheetFile::numbersDatesAndInlineText()
{
    QVERIFY(workbook(QStringLiteral("values.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
ws = wb.active
ws.append([1.5, 0.1, 123456789012, -3, True, False])
ws.append([datetime.datetime(2001, 3, 5, 14, 30), datetime.time(8, 15), 'x'])
ws['A2'].number_format = 'dd/mm/yyyy hh:mm'
ws['B2'].number_format = 'h:mm'
ws['C2'].number_format = '"Ngày" dd'   # a custom date format
ws['D2'] = 20
ws['D2'].number_format = '#,##0" đ";[Red]-#,##0'  # not a date: d only inside quotes
ws['E2'] = 'a_x000D_b'          # how Excel writes a carriage return typed in a cell
ws['F2'] = 'c_x005F_x0041_d'    # and a literal "_x0041_"
ws['G2'] = 'Đoàn & Hội <TN>'
wb.save(path)
)PY")));
    const Result r = readFile(path(QStringLiteral("values.xlsx")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.rows.size(), 2);
    const SheetRow &a = r.rows[0];
    QCOMPARE(text(a, 0), QStringLiteral("1.5"));
    QCOMPARE(text(a, 1), QStringLiteral("0.1"));
    QCOMPARE(text(a, 2), QStringLiteral("123456789012"));
    QCOMPARE(text(a, 3), QStringLiteral("-3"));
    QCOMPARE(kind(a, 4), Cell::Bool);
    QCOMPARE(text(a, 4), QStringLiteral("TRUE"));
    QCOMPARE(a.cells[4].number, 1.0);
    QCOMPARE(text(a, 5), QStringLiteral("FALSE"));
    const SheetRow &b = r.rows[1];
    QCOMPARE(kind(b, 0), Cell::Date);
    QCOMPARE(text(b, 0), QStringLiteral("05/03/2001 14:30"));
    QCOMPARE(kind(b, 1), Cell::Date);
    QVERIFY(qAbs(b.cells[1].number - (8 * 60 + 15) / 1440.0) < 1e-9);
    QCOMPARE(kind(b, 2), Cell::Text); // a text cell keeps its kind under a date style
    QCOMPARE(kind(b, 3), Cell::Number);
    QCOMPARE(text(b, 3), QStringLiteral("20"));
    QCOMPARE(text(b, 4), QStringLiteral("a\rb"));
    QCOMPARE(text(b, 5), QStringLiteral("c_x0041_d"));
    QCOMPARE(text(b, 6), QStringLiteral("Đoàn & Hội <TN>"));
}

void TestSheetFile::unusualSheetXml()
{
    // What other writers do: a byte order mark and a comment before the XML, a namespace
    // prefix on every element, rows and cells without their "r" reference.
    QVERIFY(workbook(QStringLiteral("unusual.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
ws = wb.active
ws.append(['Họ và tên', 'SĐT'])
ws.append(['Nguyễn Văn An', 912345678])
ws.append(['Đoàn & Hội'])
ws['C3'] = 'x'
wb.save(path)
def fn(files):
    x = files['xl/worksheets/sheet1.xml'].decode()
    for old in ['<c r="A1"', '<c r="B1"', '<row r="2"', '<c r="A2"', '<c r="B2"']:
        assert old in x, old
        x = x.replace(old, old.split(' ')[0])
    x = re.sub(r'<(/?)([A-Za-z])', r'<\1x:\2', x).replace('xmlns=', 'xmlns:x=', 1)
    x = '\ufeff<?xml version="1.0" encoding="UTF-8"?>\n<!-- made by hand -->\n' + x
    files['xl/worksheets/sheet1.xml'] = x.encode()
    return files
rewrite(fn)
)PY")));
    const Result r = readFile(path(QStringLiteral("unusual.xlsx")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[1].number, 2);
    QCOMPARE(text(r.rows[1], 0), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(kind(r.rows[1], 1), Cell::Number);
    QCOMPARE(text(r.rows[1], 1), QStringLiteral("912345678"));
    QCOMPARE(r.rows[2].number, 3);
    QCOMPARE(text(r.rows[2], 0), QStringLiteral("Đoàn & Hội"));
    QCOMPARE(kind(r.rows[2], 1), Cell::Empty);
    QCOMPARE(text(r.rows[2], 2), QStringLiteral("x"));
}

void TestSheetFile::formulaWithoutValue()
{
    // openpyxl writes formulas with an empty <v>; some writers leave <v> out; Excel saves
    // the result, which is then the cell's value.
    const QString script = QStringLiteral(R"PY(
wb = openpyxl.Workbook()
ws = wb.active
ws.append(['Họ và tên', 'Điểm', 'Hệ số', 'Tổng'])
for r in range(2, 6):
    ws.append(['Người %d' % r, r, 2])
ws['D5'] = '=B5*C5'
wb.save(path)
)PY");
    QVERIFY(workbook(QStringLiteral("formula.xlsx"), script));
    Result r = readFile(path(QStringLiteral("formula.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("Cell D5 ")), qPrintable(r.why));
    QVERIFY(r.why.contains(QLatin1String("Paste Special")));

    QVERIFY(workbook(QStringLiteral("formula-nov.xlsx"),
                     script + QStringLiteral("patch('xl/worksheets/sheet1.xml', "
                                             "'<f>B5*C5</f><v></v>', '<f>B5*C5</f>')\n")));
    r = readFile(path(QStringLiteral("formula-nov.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("Cell D5 ")), qPrintable(r.why));

    QVERIFY(workbook(QStringLiteral("formula-cached.xlsx"),
                     script + QStringLiteral("patch('xl/worksheets/sheet1.xml', "
                                             "'<f>B5*C5</f><v></v>', '<f>B5*C5</f><v>10</v>')\n")));
    r = readFile(path(QStringLiteral("formula-cached.xlsx")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.rows.size(), 5);
    QCOMPARE(kind(r.rows[4], 3), Cell::Number);
    QCOMPARE(text(r.rows[4], 3), QStringLiteral("10"));
}

void TestSheetFile::emptySheet()
{
    QVERIFY(workbook(QStringLiteral("empty.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
wb.active.title = 'Trống'
wb.create_sheet('Second')['A1'] = 'not the first sheet'
wb.save(path)
)PY")));
    const Result r = readFile(path(QStringLiteral("empty.xlsx")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.info.sheetName, QStringLiteral("Trống"));
    QCOMPARE(r.rows.size(), 0);
}

void TestSheetFile::rowLimit()
{
    QVERIFY(workbook(QStringLiteral("limit.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
ws = wb.active
for r in range(1, 4):
    ws.append(['a%d' % r, 'b%d' % r, r])
ws.cell(row=1048576, column=1, value='far away')
wb.save(path)
)PY")));
    const Result r = readFile(path(QStringLiteral("limit.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("Row 1048576 ")), qPrintable(r.why));
    QVERIFY(r.why.contains(QString::number(SheetFile::kMaxRows)));
    QVERIFY(r.why.contains(QLatin1String("Split")));
}

void TestSheetFile::dimensionIsNotTrusted()
{
    QVERIFY(workbook(QStringLiteral("dimension.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
ws = wb.active
for r in range(1, 4):
    ws.append(['a%d' % r, 'b%d' % r, r])
wb.save(path)
patch('xl/worksheets/sheet1.xml', '<dimension ref="A1:C3"/>', '<dimension ref="A1:Z1048576"/>')
)PY")));
    QElapsedTimer timer;
    timer.start();
    const Result r = readFile(path(QStringLiteral("dimension.xlsx")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[2].number, 3);
    QCOMPARE(text(r.rows[2], 1), QStringLiteral("b3"));
    QCOMPARE(r.rows[2].cells.size(), 3);
    // Not a timing assertion: a reader that allocated by the dimension would need minutes
    // and gigabytes here, not a generous minute.
    QVERIFY(timer.elapsed() < 60000);
}

void TestSheetFile::damagedFiles()
{
    // A good workbook cut in half: its zip directory is gone.
    QFile good(path(QStringLiteral("members.xlsx")));
    QVERIFY(good.open(QIODevice::ReadOnly));
    const QByteArray bytes = good.readAll();
    write(QStringLiteral("half.xlsx"), bytes.left(bytes.size() / 2));
    Result r = readFile(path(QStringLiteral("half.xlsx")));
    QVERIFY(!r.ok);
    QCOMPARE(r.why, XlsxReader::damagedSentence());

    // Noise named .xlsx, and the same noise named .csv (not text at all).
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator rng(20240917);
    for (char &c : noise)
        c = char(rng.bounded(256));
    noise[0] = 'X';
    write(QStringLiteral("noise.xlsx"), noise);
    r = readFile(path(QStringLiteral("noise.xlsx")));
    QVERIFY(!r.ok);
    QCOMPARE(r.why, XlsxReader::damagedSentence());
    // Text with a workbook's name is read for what it is.
    write(QStringLiteral("text.xlsx"), QByteArray("STT,Name\n1,An\n"));
    r = readFile(path(QStringLiteral("text.xlsx")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.info.format, QStringLiteral("csv"));
    QCOMPARE(r.rows.size(), 2);
    write(QStringLiteral("noise.csv"), noise);
    r = readFile(path(QStringLiteral("noise.csv")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("neither an Excel workbook")), qPrintable(r.why));

    // A zip that holds no workbook (a zip of a CSV, say).
    QVERIFY(workbook(QStringLiteral("notbook.xlsx"), QStringLiteral(R"PY(
with zipfile.ZipFile(path, 'w') as z:
    z.writestr('members.csv', 'STT,Họ và tên\n1,An\n')
)PY")));
    r = readFile(path(QStringLiteral("notbook.xlsx")));
    QVERIFY(!r.ok);
    QCOMPARE(r.why, XlsxReader::damagedSentence());

    // Malformed XML in the sheet: open() succeeds, read() fails.
    QVERIFY(workbook(QStringLiteral("badxml.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
wb.active.append(['a', 1])
wb.save(path)
patch('xl/worksheets/sheet1.xml', '</row>', '</rowx>')
)PY")));
    r = readFile(path(QStringLiteral("badxml.xlsx")));
    QVERIFY(!r.ok);
    QCOMPARE(r.why, XlsxReader::damagedSentence());

    // A sheet whose XML stops in the middle (the zip itself is sound).
    QVERIFY(workbook(QStringLiteral("cutxml.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
for r in range(50):
    wb.active.append(['a', r])
wb.save(path)
def fn(files):
    x = files['xl/worksheets/sheet1.xml']
    files['xl/worksheets/sheet1.xml'] = x[:x.index(b'<row r="30"') + 20]
    return files
rewrite(fn)
)PY")));
    r = readFile(path(QStringLiteral("cutxml.xlsx")));
    QVERIFY(!r.ok);
    QCOMPARE(r.why, XlsxReader::damagedSentence());

    // An OLE compound file: a password-protected workbook, and an old .xls.
    const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    QByteArray encrypted = ole + QByteArray(1024, '\0');
    for (const char c : QByteArrayView("EncryptedPackage"))
        encrypted.append(c).append('\0');
    encrypted.append(QByteArray(1024, '\0'));
    write(QStringLiteral("protected.xlsx"), encrypted);
    r = readFile(path(QStringLiteral("protected.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("password")), qPrintable(r.why));
    QVERIFY(r.why.contains(QLatin1String("Protect Workbook")));
    write(QStringLiteral("old.xls"), ole + QByteArray(4096, '\0'));
    r = readFile(path(QStringLiteral("old.xls")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("97-2003")), qPrintable(r.why));
    QVERIFY(!r.why.contains(QLatin1String("password")));

    // 50 MB (sparse): refused by its size, whatever it holds.
    {
        QFile big(path(QStringLiteral("big.xlsx")));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(50LL * 1024 * 1024));
    }
    r = readFile(path(QStringLiteral("big.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("50.0 MB")), qPrintable(r.why));
    QVERIFY(r.why.contains(QLatin1String("30.0 MB")));
    QVERIFY(r.why.contains(QLatin1String("Split")));

    r = readFile(path(QStringLiteral("missing.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QStringLiteral("“missing.xlsx” could not be found")),
             qPrintable(r.why));
}

void TestSheetFile::zipBombPart()
{
    // A sheet part of 401 MB of spaces deflates to well under a megabyte.
    QVERIFY(workbook(QStringLiteral("bomb.xlsx"), QStringLiteral(R"PY(
wb = openpyxl.Workbook()
wb.active.append(['a'])
wb.save(path)
with zipfile.ZipFile(path) as z:
    items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED, compresslevel=1) as z:
    for name, data in items:
        if name == 'xl/worksheets/sheet1.xml':
            with z.open(name, 'w', force_zip64=True) as f:
                chunk = b' ' * (1024 * 1024)
                for _ in range(401):
                    f.write(chunk)
        else:
            z.writestr(name, data)
)PY")));
    QVERIFY(QFileInfo(path(QStringLiteral("bomb.xlsx"))).size() < SheetFile::kMaxFileBytes);
    const Result r = readFile(path(QStringLiteral("bomb.xlsx")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("400 MB")), qPrintable(r.why));
}

void TestSheetFile::csvEncodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("separator");

    // "|" stands for the separator.
    const QString lines = QStringLiteral("STT|Họ và tên|Địa chỉ|SĐT\r\n"
                                         "1|Nguyễn Văn An|Hà Nội, Việt Nam|0912345678\r\n"
                                         "2|Trần Thị Hường|Đà Nẵng|\r\n");
    const auto with = [&](const char *sep) {
        return QString(lines).replace(u'|', QLatin1String(sep));
    };
    QTest::newRow("UTF-8, commas")
        << QStringLiteral("STT,Họ và tên,Địa chỉ,SĐT\n"
                          "1,Nguyễn Văn An,\"Hà Nội, Việt Nam\",0912345678\n"
                          "2,Trần Thị Hường,Đà Nẵng,\n")
               .toUtf8()
        << QStringLiteral("UTF-8") << QStringLiteral(",");
    QTest::newRow("UTF-8 BOM, semicolons") << QByteArray("\xEF\xBB\xBF") + with(";").toUtf8()
                                           << QStringLiteral("UTF-8 BOM") << QStringLiteral(";");
    // Excel's "Unicode text": UTF-16LE with a BOM, tabs.
    const QString tabbed = with("\t");
    QTest::newRow("UTF-16LE BOM, tabs")
        << QByteArray("\xFF\xFE") +
               QByteArray(reinterpret_cast<const char *>(tabbed.utf16()), tabbed.size() * 2)
        << QStringLiteral("UTF-16LE") << QStringLiteral("\t");
    QByteArray be;
    for (const QChar c : with(";"))
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    QTest::newRow("UTF-16BE, no BOM") << be << QStringLiteral("UTF-16BE") << QStringLiteral(";");
}

void TestSheetFile::csvEncodings()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QString, separator);
    write(QStringLiteral("enc.csv"), bytes);
    const Result r = readFile(path(QStringLiteral("enc.csv")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.info.format, QStringLiteral("csv"));
    QCOMPARE(r.info.encoding, encoding);
    QCOMPARE(QString(r.info.separator), separator);
    QCOMPARE(r.rows.size(), 3);
    QCOMPARE(r.rows[0].number, 1);
    QCOMPARE(text(r.rows[0], 1), QStringLiteral("Họ và tên"));
    QCOMPARE(text(r.rows[1], 1), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(text(r.rows[1], 2), QStringLiteral("Hà Nội, Việt Nam"));
    QCOMPARE(text(r.rows[1], 3), QStringLiteral("0912345678")); // CSV text keeps its zero
    QCOMPARE(kind(r.rows[1], 3), Cell::Text);
    QCOMPARE(text(r.rows[2], 1), QStringLiteral("Trần Thị Hường"));
    QCOMPARE(r.rows[2].number, 3);
    QCOMPARE(r.rows[2].cells.size(), 3); // the empty last field is not a cell
}

void TestSheetFile::csvExcelSepLine()
{
    // Excel's "sep=" first line names the separator and is not a record.
    write(QStringLiteral("sepline.csv"),
          QStringLiteral("sep=;\r\nSTT;Họ và tên\r\n1;Nguyễn Văn An, Bí thư\r\n").toUtf8());
    const Result r = readFile(path(QStringLiteral("sepline.csv")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(QString(r.info.separator), QStringLiteral(";"));
    QCOMPARE(r.rows.size(), 2);
    QCOMPARE(r.rows[0].number, 2);
    QCOMPARE(text(r.rows[1], 1), QStringLiteral("Nguyễn Văn An, Bí thư"));
}

void TestSheetFile::csvWindows1258()
{
    const QString names =
        QStringLiteral("STT;Họ và tên;Quê quán\r\n1;Nguyễn Văn Ánh;Hải Dương\r\n"
                       "2;Trần Thị Hường;Quảng Ngãi\r\n3;Đặng Thu Thảo;Thừa Thiên Huế\r\n");
    const QByteArray bytes = iconv(names, "WINDOWS-1258");
    QVERIFY(!bytes.isEmpty());
    QVERIFY(bytes.contains("\xCC") || bytes.contains("\xDE") ||
            bytes.contains("\xF2")); // tone marks
    write(QStringLiteral("cp1258.csv"), bytes);
    const Result r = readFile(path(QStringLiteral("cp1258.csv")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.info.encoding, QStringLiteral("Windows-1258"));
    QCOMPARE(QString(r.info.separator), QStringLiteral(";"));
    QCOMPARE(r.rows.size(), 4);
    QCOMPARE(text(r.rows[1], 1), QStringLiteral("Nguyễn Văn Ánh"));
    QCOMPARE(text(r.rows[1], 2), QStringLiteral("Hải Dương"));
    QCOMPARE(text(r.rows[2], 1), QStringLiteral("Trần Thị Hường"));
    QCOMPARE(text(r.rows[3], 1), QStringLiteral("Đặng Thu Thảo"));
    QCOMPARE(text(r.rows[3], 2), QStringLiteral("Thừa Thiên Huế"));
    for (const auto &row : r.rows)
        for (const auto &c : row.cells)
            QCOMPARE(c.text.normalized(QString::NormalizationForm_C), c.text);
}

void TestSheetFile::csvTcvn3()
{
    const QString names = QStringLiteral("STT,Họ và tên,Chi đoàn\n1,Nguyễn Văn An,Đoàn trường\n"
                                         "2,Trần Thị Bình,Hà Nội\n3,Lê Hường,Sơn Tây\n");
    const QByteArray bytes = iconv(names, "TCVN5712-1");
    QVERIFY(!bytes.isEmpty());
    write(QStringLiteral("tcvn3.csv"), bytes);
    const Result r = readFile(path(QStringLiteral("tcvn3.csv")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QCOMPARE(r.info.encoding, QStringLiteral("TCVN3"));
    QCOMPARE(r.rows.size(), 4);
    // The cells are the Windows-1252 reading, as an xlsx typed in TCVN3 would hold them.
    QCOMPARE(text(r.rows[1], 1), QStringLiteral("NguyÔn V¨n An"));
    QVERIFY(VnLegacy::looksLikeTcvn3(text(r.rows[1], 1)));
    QCOMPARE(VnLegacy::fromTcvn3(text(r.rows[0], 1)), QStringLiteral("Họ và tên"));
    QCOMPARE(VnLegacy::fromTcvn3(text(r.rows[1], 1)), QStringLiteral("Nguyễn Văn An"));
    QCOMPARE(VnLegacy::fromTcvn3(text(r.rows[1], 2)), QStringLiteral("Đoàn trường"));
    QCOMPARE(VnLegacy::fromTcvn3(text(r.rows[2], 1)), QStringLiteral("Trần Thị Bình"));
    QCOMPARE(VnLegacy::fromTcvn3(text(r.rows[3], 1)), QStringLiteral("Lê Hường"));
    QCOMPARE(VnLegacy::fromTcvn3(text(r.rows[3], 2)), QStringLiteral("Sơn Tây"));
}

void TestSheetFile::csvQuoting()
{
    // Quotes doubled inside quotes, a separator and a line break inside quotes; a blank
    // line and a line of empty fields are not rows; row numbers are the records' first
    // lines.
    write(QStringLiteral("quoted.csv"),
          QStringLiteral("STT,Họ và tên,Địa chỉ\n"
                         "1,\"Nguyễn Văn \"\"Tí\"\"\",\"Số 1, Đường Láng\n"
                         "Đống Đa, Hà Nội\"\n"
                         "2,Trần Thị Bình,\"Hà Nội\"\n"
                         "\n"
                         ",,\n"
                         "3,Lê Văn Cường,\n"
                         "4,\"\",\"\"\"\"")
              .toUtf8());
    const Result r = readFile(path(QStringLiteral("quoted.csv")));
    QVERIFY2(r.ok, qPrintable(r.why));
    QList<int> numbers;
    for (const auto &row : r.rows)
        numbers.append(row.number);
    QCOMPARE(numbers, (QList<int>{1, 2, 4, 7, 8}));
    QCOMPARE(text(r.rows[1], 1), QStringLiteral("Nguyễn Văn \"Tí\""));
    QCOMPARE(text(r.rows[1], 2), QStringLiteral("Số 1, Đường Láng\nĐống Đa, Hà Nội"));
    QCOMPARE(text(r.rows[2], 2), QStringLiteral("Hà Nội"));
    QCOMPARE(r.rows[3].cells.size(), 2);
    QCOMPARE(kind(r.rows[4], 1), Cell::Empty);          // "" is an empty field
    QCOMPARE(text(r.rows[4], 2), QStringLiteral("\"")); // the last line has no line break
}

void TestSheetFile::csvRagged()
{
    write(QStringLiteral("ragged.csv"),
          QStringLiteral("STT;Họ và tên;Ngày sinh;Giới tính;SĐT;Số thẻ;Ngày vào Đoàn;Ghi chú\n"
                         "1;Nguyễn Văn An;05/03/2001;Nam;0912345678;DV1;26/03/2016;\n"
                         "2;Trần Thị Bình;31/12/2002;Nữ;;;;;;\n" // extra empty fields: fine
                         "3;Lê Văn Cường;01/01/2000;Nam;;;;\n"
                         "\n"
                         "4;Phạm Thị Ánh;02/02/2002;Nữ;;;;\n"
                         "5;Hoàng Văn Em;03/03/2003;Nam\n" // row 7: 4 fields
                         "6;Vũ Thị Giang;04/04/2004;Nữ;;;;\n")
              .toUtf8());
    Result r = readFile(path(QStringLiteral("ragged.csv")));
    QVERIFY(!r.ok);
    QCOMPARE(r.why, QStringLiteral("Row 7 has 4 fields, but the header row has 8: a quote or a "
                                   "separator is probably missing. Fix that row and import "
                                   "again."));

    write(QStringLiteral("ragged2.csv"),
          QByteArray("STT,Name,Phone\n1,An,0912\n2,Nguyen, Van B,0913\n"));
    r = readFile(path(QStringLiteral("ragged2.csv")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.startsWith(QLatin1String("Row 3 has 4 fields, but the header row has 3")),
             qPrintable(r.why));
}

void TestSheetFile::csvUnterminatedQuote()
{
    write(QStringLiteral("open.csv"),
          QByteArray("STT,Name,Note\n1,An,ok\n2,\"Binh,never closed\n3,Cuong,x\n"));
    const Result r = readFile(path(QStringLiteral("open.csv")));
    QVERIFY(!r.ok);
    QVERIFY2(r.why.contains(QLatin1String("starts in row 3")), qPrintable(r.why));
    QVERIFY(r.why.contains(QLatin1String("closing quote")));
}

void TestSheetFile::csvRowLimit()
{
    QByteArray bytes("STT,Name\n");
    bytes.reserve(SheetFile::kMaxRows * 12);
    for (int i = 1; i <= SheetFile::kMaxRows; ++i)
        bytes.append(QByteArray::number(i)).append(",n\n");
    write(QStringLiteral("long.csv"), bytes);
    QString why;
    const auto file = SheetFile::open(path(QStringLiteral("long.csv")), &why);
    QVERIFY2(file, qPrintable(why));
    int rows = 0;
    QVERIFY(!file->read([&](const SheetRow &) { return ++rows > 0; }, &why));
    QCOMPARE(rows, SheetFile::kMaxRows);
    QVERIFY2(why.contains(QLatin1String("Row 200001 ")), qPrintable(why));
}

QTEST_GUILESS_MAIN(TestSheetFile)
#include "tst_sheetfile.moc"
