#include "cardsheet.h"

#include "domain/cardcode.h"
#include "qrcode.h"
#include "store/membersearch.h"
#include "store/queries.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <algorithm>
#include <tuple>

namespace df::CardSheet {

namespace {

// Millimetres on the sheet. The cards keep gaps between them so that each corner's cut
// marks stand on paper that is thrown away, not on the next card.
constexpr double kPageWidth = 210, kPageHeight = 297;
constexpr double kCardWidth = 85, kCardHeight = 54;
constexpr int kColumns = 2, kRows = 5;
constexpr double kColumnGap = 10, kRowGap = 3;
constexpr double kMarkGap = 0.5, kMarkLength = 2; // both within the narrower gap
constexpr double kSymbolWidth = 26;               // the code without its quiet zone
constexpr int kResolution = 1200;                 // device units per inch

constexpr double kMarginLeft =
    (kPageWidth - kColumns * kCardWidth - (kColumns - 1) * kColumnGap) / 2;
constexpr double kMarginTop = (kPageHeight - kRows * kCardHeight - (kRows - 1) * kRowGap) / 2;
static_assert(kMarkGap + kMarkLength < kRowGap && kMarkGap + kMarkLength < kMarginTop);

double units(double mm)
{
    return mm * kResolution / 25.4;
}

QRectF area(double x, double y, double w, double h)
{
    return {units(x), units(y), units(w), units(h)};
}

const QColor kBlue(0x0d, 0x4c, 0x92);
const QColor kGrey(0x55, 0x55, 0x55);

// `text` wrapped in `box` at the largest size from `largest` down to `smallest` points that
// fits; a long Vietnamese name shrinks rather than losing its last words. At the smallest
// size whatever still overflows is cut at the box.
void drawFitted(QPainter &p, const QRectF &box, const QString &text, QFont font, double largest,
                double smallest)
{
    constexpr int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    for (double size = largest;; size -= 0.5) {
        font.setPointSizeF(size);
        p.setFont(font);
        const QRectF need = p.boundingRect(box, flags, text);
        if ((need.height() <= box.height() && need.width() <= box.width()) || size - 0.5 < smallest)
            break;
    }
    p.save();
    p.setClipRect(box);
    p.drawText(box, flags, text);
    p.restore();
}

void drawLabel(QPainter &p, const QRectF &box, const QString &text, const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(5.5);
    p.setFont(font);
    p.setPen(kGrey);
    p.drawText(box, Qt::AlignLeft | Qt::AlignBottom, text);
    p.setPen(Qt::black);
}

// The card's code as one filled rectangle per run of dark modules, in vector form so it
// prints sharp; the card's white paper around it is the quiet zone.
void drawCode(QPainter &p, const QString &text, const QRectF &symbolBox)
{
    const qr::Symbol symbol = qr::encode(text);
    if (symbol.size == 0)
        return;
    const QList<QRect> runs = qr::darkRuns(symbol);
    QList<QRectF> rects;
    rects.reserve(runs.size());
    for (const QRect &r : runs)
        rects.append(QRectF(r));
    p.save();
    p.translate(symbolBox.topLeft());
    p.scale(symbolBox.width() / symbol.size, symbolBox.height() / symbol.size);
    p.setPen(Qt::NoPen);
    p.setBrush(Qt::black);
    p.drawRects(rects.constData(), int(rects.size()));
    p.restore();
}

// The card's words are Vietnamese whatever the app's language: it is a Union document, and
// the server's `cards` command, which has no translations, prints the same card.
void drawCard(QPainter &p, const Card &card, double left, double top, const QFont &font)
{
    const auto at = [&](double x, double y, double w, double h) {
        return area(left + x, top + y, w, h);
    };
    QFont heading = font;
    heading.setBold(true);
    heading.setPointSizeF(8);
    p.setFont(heading);
    p.setPen(kBlue);
    p.drawText(at(4, 2.5, 77, 4.5), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("ĐOÀN TNCS HỒ CHÍ MINH"));
    QFont kind = font;
    kind.setPointSizeF(6.5);
    p.setFont(kind);
    p.drawText(at(4, 6.8, 77, 3.5), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("Thẻ đoàn viên"));
    p.setPen(QPen(kBlue, units(0.3)));
    p.drawLine(QPointF(units(left + 4), units(top + 11)),
               QPointF(units(left + 81), units(top + 11)));
    p.setPen(Qt::black);

    // Text on the left; the code on the right, its quiet zone (4 modules, under 4 mm)
    // kept clear of the text and the rule above it.
    constexpr double textWidth = 46;
    drawLabel(p, at(4, 12.2, textWidth, 3), QStringLiteral("Họ và tên"), font);
    QFont name = font;
    name.setBold(true);
    drawFitted(p, at(4, 15.5, textWidth, 10.5), card.fullName, name, 11, 7);
    drawLabel(p, at(4, 26.8, textWidth, 3), QStringLiteral("Đơn vị"), font);
    drawFitted(p, at(4, 30, textWidth, 8), card.unitName, font, 8, 6);
    drawLabel(p, at(4, 39.8, textWidth, 3), QStringLiteral("Số thẻ đoàn viên"), font);
    QFont number = font;
    number.setPointSizeF(9);
    p.setFont(number);
    p.drawText(at(4, 43, textWidth, 5), Qt::AlignLeft | Qt::AlignTop,
               card.cardNumber.isEmpty() ? QStringLiteral("–") : card.cardNumber);
    drawCode(p, CardCode::encode(card.memberId, card.cardNumber),
             at(kCardWidth - 4.5 - kSymbolWidth, 19, kSymbolWidth, kSymbolWidth));
}

// Short lines continuing each edge outwards from each corner, clear of the card itself.
void drawCutMarks(QPainter &p, double left, double top)
{
    const double right = left + kCardWidth, bottom = top + kCardHeight;
    const auto line = [&](double x1, double y1, double x2, double y2) {
        p.drawLine(QPointF(units(x1), units(y1)), QPointF(units(x2), units(y2)));
    };
    const double near = kMarkGap, far = kMarkGap + kMarkLength;
    for (const double x : {left, right}) {
        const double out = x == left ? -1 : 1;
        for (const double y : {top, bottom}) {
            const double up = y == top ? -1 : 1;
            line(x + out * near, y, x + out * far, y);
            line(x, y + up * near, x, y + up * far);
        }
    }
}

} // namespace

QList<Card> cardsForUnit(Database &db, const QString &unitId)
{
    MemberFilter filter; // active members of the subtree, as the member list takes them
    filter.rootUnitId = unitId;
    const int count = Queries(db).memberCount(unitId);
    QList<MemberRow> rows = MemberSearch(db).find(filter, count);
    // Units by name as in the member list; within a unit the search's name order is kept.
    std::stable_sort(rows.begin(), rows.end(), [](const MemberRow &a, const MemberRow &b) {
        return std::tie(a.unitName, a.unitId) < std::tie(b.unitName, b.unitId);
    });
    // Branches share names across communes ("Chi đoàn thôn 1"): each card names the
    // parent unit too.
    const Queries queries(db);
    QHash<QString, QString> unitNames;
    QList<Card> cards;
    cards.reserve(rows.size());
    for (const MemberRow &r : std::as_const(rows)) {
        auto it = unitNames.find(r.unitId);
        if (it == unitNames.end())
            it = unitNames.insert(r.unitId, queries.unitWithParent(r.unitId));
        cards.append({r.id, r.fullName, it->isEmpty() ? r.unitName : *it, r.cardNumber});
    }
    return cards;
}

qint64 write(const QList<Card> &cards, const QString &path, const QString &title,
             const ExportProgress &progress)
{
    if (cards.isEmpty())
        throw ExportError(QCoreApplication::translate(
            "Export", "There are no active members to make cards for in this unit."));
    const auto cannotWrite = [&path](const QString &reason) {
        return ExportError(QCoreApplication::translate(
                               "Export", "Could not write “%1”: %2. Choose another folder.")
                               .arg(QDir::toNativeSeparators(path), reason));
    };
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw cannotWrite(probe.errorString());
    }
    QPdfWriter writer(path);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(),
                                     QPageLayout::Millimeter));
    writer.setResolution(kResolution);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Đoàn Field"));
    QPainter p;
    if (!p.begin(&writer))
        throw cannotWrite(QFile(path).errorString());
    p.setRenderHint(QPainter::Antialiasing);
    const QFont font(QStringLiteral("Noto Sans"));
    const QPen markPen(Qt::black, units(0.15));
    for (qsizetype i = 0; i < cards.size(); ++i) {
        const int slot = int(i % kPerPage);
        if (slot == 0 && i > 0)
            writer.newPage();
        const double left = kMarginLeft + (slot % kColumns) * (kCardWidth + kColumnGap);
        const double top = kMarginTop + (slot / kColumns) * (kCardHeight + kRowGap);
        drawCard(p, cards[i], left, top, font);
        p.setPen(markPen);
        drawCutMarks(p, left, top);
        p.setPen(Qt::black);
        const bool pageDone = slot == kPerPage - 1 || i == cards.size() - 1;
        if (pageDone && progress && !progress(i + 1)) {
            p.end();
            QFile::remove(path);
            throw ExportError(QCoreApplication::translate("Export", "The export was cancelled."));
        }
    }
    if (!p.end())
        throw cannotWrite(QFile(path).errorString());
    return cards.size();
}

} // namespace df::CardSheet
