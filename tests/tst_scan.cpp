// Member cards: the card code's text, QR symbols made and read back, the decoder on
// synthetic camera frames (angles, small codes, blur, faded print, noise, two cards, no
// card, someone else's code), and the card sheet PDF rasterised by pdftoppm (poppler,
// independent of this code) and read back card by card.
#include "cardsheet.h"
#include "decoder.h"
#include "domain/cardcode.h"
#include "domain/member.h"
#include "domain/orgunit.h"
#include "frames.h"
#include "qrcode.h"
#include "store/database.h"
#include "write/localstore.h"
#include "xlsx.h"

#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace df;

Q_DECLARE_METATYPE(df::frames::FrameOptions)

namespace {

// A random (version 4) member id, reproducible from the generator's seed.
QString randomId(QRandomGenerator &rng)
{
    QByteArray bytes(16, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), 4);
    bytes[6] = char((bytes[6] & 0x0F) | 0x40);
    bytes[8] = char((bytes[8] & 0x3F) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

const QString kId = QStringLiteral("0185f2a8-9c4e-7d21-b5ad-77d8265e9a51");

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cardCodeRoundTrip();
    void cardCodeKnownAnswer();
    void cardCodeReadsTypedInput();
    void cardCodeCardNumbers_data();
    void cardCodeCardNumbers();
    void cardCodeKinds_data();
    void cardCodeKinds();
    void looksLikeStart_data();
    void looksLikeStart();
    void symbolIsSmallAndReadsBack_data();
    void symbolIsSmallAndReadsBack();
    void darkRunsCoverTheDarkModules();
    void framesAreReproducible();
    void decodeFrame_data();
    void decodeFrame();
    void twoCardsInOneFrame();
    void frameWithoutCode();
    void foreignCode();
    void cardSheetReadsBack();
    void cardSheetErrors();
};

void TestScan::cardCodeRoundTrip()
{
    QRandomGenerator rng(18);
    for (int i = 0; i < 2000; ++i) {
        const QString id = randomId(rng);
        const QString number = i % 2 ? QString::number(4910000000ll + i) : QString();
        const QString code = CardCode::encode(id, number);
        QCOMPARE(code.size(), number.isEmpty() ? 30 : 31 + number.size());
        QVERIFY2(code.startsWith(QStringLiteral("DF1:")), qPrintable(code));
        const auto parsed = CardCode::parse(code);
        QCOMPARE(parsed.kind, CardCode::Parsed::Valid);
        QCOMPARE(parsed.memberId, id);
        QCOMPARE(parsed.cardNumber, number);
    }
}

// The example in docs/PROTOCOL.md ("Member card codes"), which third parties print from;
// it was computed there with Python's base64 module, independently of this code.
void TestScan::cardCodeKnownAnswer()
{
    const QString id = QStringLiteral("01a23e59-c400-7b9b-9adf-23bada791743");
    const QString code = QStringLiteral("DF1:AGRD4WOEAB5ZXGW7EO5NU6IXIM:4910000000");
    QCOMPARE(CardCode::encode(id, QStringLiteral("4910000000")), code);
    const CardCode::Parsed p = CardCode::parse(code);
    QCOMPARE(p.kind, CardCode::Parsed::Valid);
    QCOMPARE(p.memberId, id);
    QCOMPARE(p.cardNumber, QStringLiteral("4910000000"));
}

void TestScan::cardCodeReadsTypedInput()
{
    const QString code = CardCode::encode(kId, QStringLiteral("49-1000/12.A"));
    // A keyboard-wedge scanner with Caps Lock on, a code pasted with spaces and a newline.
    for (const QString &typed : {code.toLower(), QStringLiteral("  ") + code + QStringLiteral("\n"),
                                 QStringLiteral("\t") + code.toLower() + QStringLiteral(" ")}) {
        const auto parsed = CardCode::parse(typed);
        QCOMPARE(parsed.kind, CardCode::Parsed::Valid);
        QCOMPARE(parsed.memberId, kId);
        QCOMPARE(parsed.cardNumber, QStringLiteral("49-1000/12.A"));
    }
    // The id's upper-case form in the code: QUuid accepts either case.
    QCOMPARE(CardCode::encode(kId.toUpper()), CardCode::encode(kId));
    // Not an id: no code at all, rather than the all-zero id's.
    QVERIFY(CardCode::encode(QStringLiteral("not-a-uuid")).isEmpty());
    QVERIFY(CardCode::encode(QString()).isEmpty());
}

void TestScan::cardCodeCardNumbers_data()
{
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("kept");
    QTest::newRow("digits") << "4910000123"
                            << "4910000123";
    QTest::newRow("lower case, trimmed") << " 49.ab-12/3 "
                                         << "49.AB-12/3";
    QTest::newRow("20 characters") << "12345678901234567890"
                                   << "12345678901234567890";
    QTest::newRow("21 characters") << "123456789012345678901"
                                   << "";
    QTest::newRow("space inside") << "49 1000"
                                  << "";
    QTest::newRow("Vietnamese letters") << "Số 12"
                                        << "";
    QTest::newRow("underscore") << "49_12"
                                << "";
    QTest::newRow("colon") << "49:12"
                           << "";
}

void TestScan::cardCodeCardNumbers()
{
    QFETCH(QString, number);
    QFETCH(QString, kept);
    const QString code = CardCode::encode(kId, number);
    QCOMPARE(code, kept.isEmpty() ? CardCode::encode(kId) : CardCode::encode(kId) + ':' + kept);
    const auto parsed = CardCode::parse(code);
    QCOMPARE(parsed.kind, CardCode::Parsed::Valid);
    QCOMPARE(parsed.cardNumber, kept);
}

void TestScan::cardCodeKinds_data()
{
    const QString good = CardCode::encode(kId); // "DF1:" + 26 characters
    const QString id = good.mid(4);
    // The last character carries 3 bits of the id and 2 that must be zero.
    QString padded = good;
    padded[29] = QChar(padded[29].unicode() + 1);
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("kind");
    using P = CardCode::Parsed;
    QTest::newRow("valid") << good << int(P::Valid);
    QTest::newRow("hello") << "hello" << int(P::Foreign);
    QTest::newRow("URL") << "https://doanthanhnien.vn/tin-tuc" << int(P::Foreign);
    QTest::newRow("name") << "Nguyễn Thị Thu Hà" << int(P::Foreign);
    QTest::newRow("empty") << "" << int(P::Foreign);
    QTest::newRow("DF only") << "DF" << int(P::Foreign);
    QTest::newRow("DF word") << "DFX:" + id << int(P::Foreign);
    QTest::newRow("too short") << good.left(29) << int(P::Damaged);
    QTest::newRow("too long") << good + 'A' << int(P::Damaged);
    QTest::newRow("no id") << "DF1:" << int(P::Damaged);
    QTest::newRow("bad character") << "DF1:1" + id.mid(1) << int(P::Damaged);
    QTest::newRow("padding bits set") << padded << int(P::Damaged);
    QTest::newRow("card number with space") << good + ":49 12" << int(P::Damaged);
    QTest::newRow("empty card number") << good + ":" << int(P::Damaged);
    QTest::newRow("card number too long") << good + ":" + QString(21, '1') << int(P::Damaged);
    QTest::newRow("version 0") << "DF0:" + id << int(P::Damaged);
    QTest::newRow("version 2") << "DF2:" + id << int(P::Newer);
    QTest::newRow("version 2, other layout") << "df2:anything:at-all" << int(P::Newer);
    QTest::newRow("version 10") << "DF10:" + id << int(P::Newer);
}

void TestScan::cardCodeKinds()
{
    QFETCH(QString, text);
    QFETCH(int, kind);
    const auto parsed = CardCode::parse(text);
    QCOMPARE(int(parsed.kind), kind);
    QCOMPARE(parsed.memberId.isEmpty(), kind != CardCode::Parsed::Valid);
}

void TestScan::looksLikeStart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("start");
    QTest::newRow("D") << "D" << true;
    QTest::newRow("df") << "df" << true;
    QTest::newRow("DF1") << "DF1" << true;
    QTest::newRow("DF1:A") << "DF1:A" << true;
    QTest::newRow("whole code") << CardCode::encode(kId, QStringLiteral("12")) << true;
    QTest::newRow("spaces first") << "  d" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("spaces") << "   " << false;
    QTest::newRow("DX") << "DX" << false;
    QTest::newRow("DF2") << "DF2" << false;
    QTest::newRow("name") << "Đặng" << false;
    QTest::newRow("Dung") << "Dung" << false;
}

void TestScan::looksLikeStart()
{
    QFETCH(QString, text);
    QFETCH(bool, start);
    QCOMPARE(CardCode::looksLikeStart(text), start);
}

void TestScan::symbolIsSmallAndReadsBack_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxSize");
    QTest::newRow("code") << CardCode::encode(kId) << 25;
    QTest::newRow("code, 10-character card number")
        << CardCode::encode(kId, QStringLiteral("4910000123")) << 29;
    QTest::newRow("code, 20-character card number")
        << CardCode::encode(kId, QStringLiteral("49.10-000/123ABCD.EF")) << 29;
    QTest::newRow("URL") << "https://doanthanhnien.vn/" << 29;
    QTest::newRow("Vietnamese") << "Đoàn TNCS Hồ Chí Minh" << 29;
}

void TestScan::symbolIsSmallAndReadsBack()
{
    QFETCH(QString, text);
    QFETCH(int, maxSize);
    const qr::Symbol symbol = qr::encode(text);
    QVERIFY2(symbol.size >= 21 && symbol.size <= maxSize, qPrintable(QString::number(symbol.size)));
    QCOMPARE(symbol.modules.size(), size_t(symbol.size * symbol.size));
    const QImage img = qr::image(text, 4);
    QCOMPARE(img.format(), QImage::Format_Grayscale8);
    QCOMPARE(img.width(), (symbol.size + 8) * 4);
    // The quiet zone is white, the top-left finder's corner dark.
    QCOMPARE(qGray(img.pixel(0, 0)), 255);
    QCOMPARE(qGray(img.pixel(16, 16)), 0);
    QCOMPARE(scan::decode(img), QStringList{text});
    QVERIFY(qr::image(QString()).isNull());
}

void TestScan::darkRunsCoverTheDarkModules()
{
    const qr::Symbol symbol = qr::encode(CardCode::encode(kId, QStringLiteral("4910000123")));
    std::vector<bool> covered(symbol.modules.size(), false);
    const QList<QRect> runs = qr::darkRuns(symbol);
    for (const QRect &r : runs) {
        QCOMPARE(r.height(), 1);
        // Maximal: a run never has a dark neighbour left or right of it.
        QVERIFY(r.left() == 0 || !symbol.dark(r.left() - 1, r.top()));
        QVERIFY(r.right() == symbol.size - 1 || !symbol.dark(r.right() + 1, r.top()));
        for (int x = r.left(); x <= r.right(); ++x) {
            QVERIFY(symbol.dark(x, r.top()));
            covered[size_t(r.top() * symbol.size + x)] = true;
        }
    }
    QVERIFY(covered == symbol.modules);
    QVERIFY(runs.size() < std::count(covered.begin(), covered.end(), true));
}

void TestScan::framesAreReproducible()
{
    frames::FrameOptions o;
    o.angle = 20;
    o.blur = 1;
    o.noise = 8;
    o.seed = 7;
    const QString text = CardCode::encode(kId);
    const QImage a = frames::cardFrame(text, o);
    QCOMPARE(a.size(), QSize(1280, 720));
    QCOMPARE(a.format(), QImage::Format_Grayscale8);
    QVERIFY(a == frames::cardFrame(text, o));
    o.seed = 8;
    QVERIFY(a != frames::cardFrame(text, o));
}

void TestScan::decodeFrame_data()
{
    QTest::addColumn<frames::FrameOptions>("options");
    const auto row = [](const char *name, int size, double angle, QPointF offset,
                        const std::function<void(frames::FrameOptions &)> &more = {}) {
        frames::FrameOptions o;
        o.size = size;
        o.angle = angle;
        o.offset = offset;
        o.noise = 4;
        o.seed = qHash(QByteArray(name));
        if (more)
            more(o);
        QTest::newRow(name) << o;
    };
    row("0°", 200, 0, {});
    row("10°", 200, 10, {150, -40});
    row("20°", 200, 20, {-200, 60});
    row("30°", 200, 30, {80, 90});
    row("45°", 200, 45, {-60, -50});
    row("80 px", 80, 0, {});
    row("80 px at 30° near a corner", 80, 30, {420, -230});
    row("out of focus", 200, 5, {}, [](auto &o) { o.blur = 2; });
    row("faded print", 200, 0, {}, [](auto &o) { o.contrast = 0.25; });
    row("faded print at 30°", 160, 30, {100, 0}, [](auto &o) { o.contrast = 0.3; });
    row("noisy", 200, 0, {}, [](auto &o) { o.noise = 20; });
    row("dim", 200, 0, {}, [](auto &o) { o.light = 0.8; });
    row("photographed card", 150, 15, {-120, 60}, [](auto &o) {
        o.blur = 1.2;
        o.contrast = 0.55;
        o.noise = 10;
        o.light = 0.5;
    });
    row("large, upside down", 400, 180, {});
}

void TestScan::decodeFrame()
{
    QFETCH(frames::FrameOptions, options);
    const QString text = CardCode::encode(kId, QStringLiteral("4910000123"));
    const QImage frame = frames::cardFrame(text, options);
    QCOMPARE(scan::decode(frame), QStringList{text});
    // The same through the app's path: a luminance buffer with padding at each row's end.
    QImage padded(frame.width() + 16, frame.height(), QImage::Format_Grayscale8);
    padded.fill(255);
    for (int y = 0; y < frame.height(); ++y)
        std::copy_n(frame.constScanLine(y), frame.width(), padded.scanLine(y));
    QCOMPARE(
        scan::decodeLuma(padded.constBits(), frame.width(), frame.height(), padded.bytesPerLine()),
        QStringList{text});
}

void TestScan::twoCardsInOneFrame()
{
    const QString a = CardCode::encode(kId, QStringLiteral("4910000001"));
    const QString b = CardCode::encode(QStringLiteral("7a6d0f43-1b2c-4e5f-8a9b-0c1d2e3f4a5b"));
    frames::FrameOptions o;
    o.noise = 6;
    const QImage frame = frames::cardsFrame({{a, 180, 5, {-330, 0}}, {b, 170, -20, {330, 40}}}, o);
    QCOMPARE(sorted(scan::decode(frame)), sorted({a, b}));
}

void TestScan::frameWithoutCode()
{
    frames::FrameOptions o;
    o.noise = 8;
    QCOMPARE(scan::decode(frames::cardsFrame({}, o)), QStringList());
    o.noise = 0;
    o.light = 0;
    QCOMPARE(scan::decode(frames::cardsFrame({}, o)), QStringList());
    QCOMPARE(scan::decode(QImage()), QStringList());
    QCOMPARE(scan::decodeLuma(nullptr, 0, 0, 0), QStringList());
}

void TestScan::foreignCode()
{
    const QString url = QStringLiteral("https://doanthanhnien.vn/tin-tuc?id=42");
    frames::FrameOptions o;
    o.size = 180;
    o.angle = 12;
    o.noise = 5;
    const QStringList found = scan::decode(frames::cardFrame(url, o));
    QCOMPARE(found, QStringList{url});
    QCOMPARE(CardCode::parse(found.first()).kind, CardCode::Parsed::Foreign);
}

void TestScan::cardSheetReadsBack()
{
    QTemporaryDir dir;
    Database db(dir.filePath(QStringLiteral("cards.sqlite")));
    LocalStore store(db);
    const auto unit = [&](const QString &parent, UnitLevel level, const QString &name) {
        OrgUnit u;
        u.parentId = parent;
        u.level = level;
        u.name = name;
        const auto r = store.saveUnit(u);
        if (!r.written)
            qFatal("unit not written");
        return r.id;
    };
    const QString commune = unit({}, UnitLevel::Grassroots, QStringLiteral("Đoàn xã Tân Phú Đông"));
    const QString hamlet1 = unit(commune, UnitLevel::Branch, QStringLiteral("Chi đoàn ấp Phú Hòa"));
    const QString hamlet2 = unit(commune, UnitLevel::Branch, QStringLiteral("Chi đoàn ấp Bình An"));
    const QString school = unit(commune, UnitLevel::Branch,
                                QStringLiteral("Chi đoàn Trường THCS và THPT Nguyễn Thị Minh Khai "
                                               "(khối 11, 12)"));
    const QString elsewhere = unit({}, UnitLevel::Grassroots, QStringLiteral("Đoàn phường 7"));
    const QStringList names = {
        QStringLiteral("Nguyễn Thị Thu Hà"),
        QStringLiteral("Trần Văn Bình"),
        QStringLiteral("Lê Hoàng Khánh Linh"),
        QStringLiteral("Công Tằng Tôn Nữ Thị Phương Thảo Nguyên"),
        QStringLiteral("Phạm Quốc Huy"),
        QStringLiteral("Huỳnh Thị Ngọc Bích"),
        QStringLiteral("Đặng Trần Minh Khôi"),
        QStringLiteral("Võ Thị Kim Ngân"),
        QStringLiteral("Bùi Đức Anh"),
        QStringLiteral("Hồ Nguyễn Hoàng Bảo Trân"),
        QStringLiteral("Dương Văn Lực"),
        QStringLiteral("Lý Thị Mỹ Duyên"),
        QStringLiteral("Ngô Quang Trường"),
        QStringLiteral("Trương Thị Diễm My"),
        QStringLiteral("Đỗ Hữu Phước"),
        QStringLiteral("Tô Lâm Thanh Tâm"),
        QStringLiteral("Lâm Ngọc Ánh Dương"),
        QStringLiteral("Châu Văn Đạt"),
        QStringLiteral("Tôn Nữ Hoàng Yến Nhi"),
        QStringLiteral("Mai Xuân Thưởng"),
        QStringLiteral("Kiều Thị Thanh Thúy"),
        QStringLiteral("Thạch Sô Phol"),
        QStringLiteral("Nguyễn Huỳnh Phương Uyên Thục Đoan"),
    };
    QSet<QString> expected;
    const QStringList units = {hamlet1, hamlet2, school, commune};
    const auto member = [&](const QString &unitId, const QString &name, const QString &number,
                            MemberStatus status) {
        Member m;
        m.unitId = unitId;
        m.fullName = name;
        m.birthDate = QDate(2002, 5, 19);
        m.joinedDate = QDate(2017, 3, 26);
        m.cardNumber = number;
        m.status = status;
        const auto r = store.saveMember(m);
        if (!r.written)
            qFatal("member not written: %s", qPrintable(r.issues.value(0).message));
        return r.id;
    };
    for (int i = 0; i < names.size(); ++i) {
        const QString number = i % 4 == 3 ? QString() : QString::number(4910000100ll + i);
        expected.insert(member(units[i % units.size()], names[i], number, MemberStatus::Active));
    }
    // Neither of these has a card: one transferred out, one in another commune.
    member(hamlet1, QStringLiteral("Phan Văn Chuyển"), {}, MemberStatus::TransferredOut);
    member(elsewhere, QStringLiteral("Lưu Thị Khác"), {}, MemberStatus::Active);

    const QList<CardSheet::Card> cards = CardSheet::cardsForUnit(db, commune);
    QCOMPARE(cards.size(), 23);
    QSet<QString> ids;
    for (qsizetype i = 0; i < cards.size(); ++i) {
        ids.insert(cards[i].memberId);
        if (i > 0)
            QVERIFY2(cards[i - 1].unitName <= cards[i].unitName, qPrintable(cards[i].unitName));
    }
    QCOMPARE(ids, expected);

    const QString pdf = dir.filePath(QStringLiteral("the cards.pdf"));
    QList<qint64> pages;
    const qint64 written = CardSheet::write(
        cards, pdf, QStringLiteral("Thẻ đoàn viên – Đoàn xã Tân Phú Đông"), [&](qint64 done) {
            pages.append(done);
            return true;
        });
    QCOMPARE(written, 23);
    QCOMPARE(pages, (QList<qint64>{10, 20, 23}));

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {pdf});
    QVERIFY2(info.waitForFinished(60000), "pdfinfo (poppler-utils) is needed");
    QCOMPARE(info.exitCode(), 0);
    const QString meta = QString::fromUtf8(info.readAllStandardOutput());
    QVERIFY2(meta.contains(QStringLiteral("(A4)")), qPrintable(meta));
    QCOMPARE(QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(meta).captured(1),
             QStringLiteral("3"));

    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"), pdf,
                  dir.filePath(QStringLiteral("page"))});
    QVERIFY2(raster.waitForFinished(120000), "pdftoppm (poppler-utils) is needed");
    QCOMPARE(raster.exitCode(), 0);
    const QStringList images =
        QDir(dir.path()).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    QCOMPARE(images.size(), 3);
    for (int page = 0; page < 3; ++page) {
        const QImage image(dir.filePath(images[page]));
        QVERIFY(!image.isNull());
        QMap<QString, QString> read; // member id → card number, as decoded
        const QStringList codes = scan::decode(image);
        for (const QString &code : codes) {
            const auto parsed = CardCode::parse(code);
            QCOMPARE(parsed.kind, CardCode::Parsed::Valid);
            read.insert(parsed.memberId, parsed.cardNumber);
        }
        QMap<QString, QString> want;
        for (const CardSheet::Card &c : cards.mid(page * CardSheet::kPerPage, CardSheet::kPerPage))
            want.insert(c.memberId, c.cardNumber);
        QCOMPARE(want.size(), page < 2 ? 10 : 3);
        QCOMPARE(read, want);
    }
}

void TestScan::cardSheetErrors()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cards.pdf"));
    try {
        CardSheet::write({}, path, QStringLiteral("Thẻ"));
        QFAIL("no error for an empty list");
    } catch (const ExportError &e) {
        QVERIFY(!e.message().isEmpty());
    }
    QVERIFY(!QFile::exists(path));

    const QList<CardSheet::Card> cards = {
        {kId, QStringLiteral("Nguyễn Văn An"), QStringLiteral("Chi đoàn 1"), QStringLiteral("1")}};
    const QString nowhere = QStringLiteral("/nonexistent-folder/cards.pdf");
    try {
        CardSheet::write(cards, nowhere, QStringLiteral("Thẻ"));
        QFAIL("no error for a folder that does not exist");
    } catch (const ExportError &e) {
        QVERIFY2(e.message().contains(nowhere), qPrintable(e.message()));
    }
    QVERIFY(!QFile::exists(nowhere));

    // Cancelled after the first page: an error, and no half-written file left behind.
    QList<CardSheet::Card> many;
    for (int i = 0; i < 12; ++i)
        many.append(cards.first());
    try {
        CardSheet::write(many, path, QStringLiteral("Thẻ"), [](qint64) { return false; });
        QFAIL("no error when cancelled");
    } catch (const ExportError &e) {
        QVERIFY(!e.message().isEmpty());
    }
    QVERIFY(!QFile::exists(path));
}

int main(int argc, char **argv)
{
    // The card sheet needs fonts, which need a GUI application (offscreen here).
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestScan t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_scan.moc"
