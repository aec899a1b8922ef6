#include "reportfile.h"

#include "domain/vntext.h"
#include "xlsx.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <cmath>

namespace df::ReportFile {

namespace {

const QLocale &vietnamese()
{
    static const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    return vi;
}

QString levelName(int level)
{
    // The level, not a unit's kind: a city union (Thành đoàn) is at district level.
    static const char *const names[] = {"cấp Trung ương", "cấp tỉnh", "cấp huyện", "cấp cơ sở",
                                        "chi đoàn"};
    return level >= 0 && level < 5 ? QString::fromUtf8(names[level]) : QString();
}

QString percentText(const Figure &f)
{
    const auto p = f.progress();
    return p ? vietnamese().toString(*p * 100, 'f', 1) : QString();
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString tableHtml(const Report &report, const UnitReport &unit)
{
    QString h = QStringLiteral(
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        "<thead><tr style='background-color:#dde7f0'><th>STT</th><th>Chỉ tiêu</th>"
        "<th>Đơn vị tính</th><th>Chỉ tiêu giao</th><th>Kết quả</th><th>Tỷ lệ (%)</th>"
        "</tr></thead>");
    const auto &all = Indicator::all();
    for (int i = 0; i < all.size(); ++i) {
        const Figure &f = unit.figures[i];
        const bool behind = report.behind(i, f);
        h += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td><td align='center'>%3</td>"
                            "<td align='right'>%4</td><td align='right'>%5</td>"
                            "<td align='right'>%6</td></tr>")
                 .arg(i + 1)
                 .arg(esc(QString::fromUtf8(all[i].vi)), esc(QString::fromUtf8(all[i].unitVi)),
                      f.target ? figureText(all[i].measure, *f.target) : QString(),
                      f.known ? figureText(all[i].measure, f.value) : QStringLiteral("–"),
                      behind
                          ? QStringLiteral("<font color='#b3261e'>%1 ▼</font>").arg(percentText(f))
                          : percentText(f));
    }
    h += QStringLiteral("</table>");
    return h;
}

} // namespace

QString figureText(Measure measure, double value)
{
    const bool whole = std::fabs(value - std::round(value)) < 1e-9;
    if (measure == Measure::Percent)
        return vietnamese().toString(value, 'f', 1);
    return vietnamese().toString(value, 'f', whole ? 0 : 1);
}

QString html(const Report &report)
{
    QString h = QStringLiteral("<html><body style='font-family:\"Noto Sans\"'>");
    h += QStringLiteral("<p align='center'><b>BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CÔNG TÁC ĐOÀN VÀ "
                        "PHONG TRÀO THANH NIÊN</b></p>");
    h += QStringLiteral("<p>Đơn vị: <b>%1</b> (%2)<br/>Kỳ báo cáo: %3<br/>Số liệu tính đến ngày "
                        "%4</p>")
             .arg(esc(report.total.name), levelName(report.total.level), esc(report.period.title()),
                  report.asOf.toString(QStringLiteral("dd/MM/yyyy")));
    h += QStringLiteral("<p><b>I. Kết quả chung</b></p>") + tableHtml(report, report.total);
    if (!report.children.isEmpty()) {
        h += QStringLiteral("<p><b>II. Xếp hạng đơn vị trực thuộc</b></p>"
                            "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
                            "<thead><tr style='background-color:#dde7f0'><th>Hạng</th>"
                            "<th>Đơn vị</th><th>Mức hoàn thành chỉ tiêu (%)</th></tr></thead>");
        for (int c = 0; c < report.children.size(); ++c) {
            const auto score = report.children[c].score();
            h += QStringLiteral("<tr><td align='center'>%1</td><td>%2</td>"
                                "<td align='right'>%3</td></tr>")
                     .arg(c + 1)
                     .arg(esc(report.children[c].name),
                          score ? vietnamese().toString(*score * 100, 'f', 1)
                                : QStringLiteral("chưa giao chỉ tiêu"));
        }
        h += QStringLiteral("</table><p><b>III. Kết quả của từng đơn vị trực thuộc</b></p>");
        for (int c = 0; c < report.children.size(); ++c) {
            h +=
                QStringLiteral("<p><b>%1. %2</b></p>").arg(c + 1).arg(esc(report.children[c].name));
            h += tableHtml(report, report.children[c]);
        }
    }
    h += QStringLiteral("<p><font size='2'>▼: chậm tiến độ (kết quả thấp hơn phần thời gian "
                        "đã qua của kỳ đối với chỉ tiêu tính theo kỳ; thấp hơn chỉ tiêu giao "
                        "đối với tỷ lệ).</font></p>");
    h += QStringLiteral("</body></html>");
    return h;
}

namespace {

void writeTable(xlsx::Book::Sheet &sheet, const Report &report, const UnitReport &unit,
                const QString &heading)
{
    using B = xlsx::Book;
    sheet.text(0, 0, QStringLiteral("BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU"), B::Title);
    sheet.text(1, 0, QStringLiteral("Đơn vị: %1 (%2)").arg(unit.name, levelName(unit.level)));
    sheet.text(2, 0, QStringLiteral("Kỳ báo cáo: %1").arg(report.period.title()));
    sheet.text(3, 0,
               QStringLiteral("Số liệu tính đến ngày %1")
                   .arg(report.asOf.toString(QStringLiteral("dd/MM/yyyy"))));
    if (!heading.isEmpty())
        sheet.text(4, 0, heading);
    constexpr int kHeader = 5;
    const QStringList headers = {
        QStringLiteral("STT"),         QStringLiteral("Chỉ tiêu"),
        QStringLiteral("Đơn vị tính"), QStringLiteral("Chỉ tiêu giao"),
        QStringLiteral("Kết quả"),     QStringLiteral("Tỷ lệ hoàn thành (%)"),
        QStringLiteral("Chậm tiến độ")};
    for (int c = 0; c < headers.size(); ++c)
        sheet.text(kHeader, c, headers[c], B::Header);
    sheet.freezeAbove(kHeader + 1);
    sheet.width(0, 6);
    sheet.width(1, 48);
    sheet.width(2, 11);
    sheet.width(3, 15);
    sheet.width(4, 15);
    sheet.width(5, 14);
    sheet.width(6, 12);
    const auto &all = Indicator::all();
    for (int i = 0; i < all.size(); ++i) {
        const int row = kHeader + 1 + i;
        const Figure &f = unit.figures[i];
        sheet.number(row, 0, i + 1, B::Whole);
        sheet.text(row, 1, QString::fromUtf8(all[i].vi));
        sheet.text(row, 2, QString::fromUtf8(all[i].unitVi));
        const B::Style style =
            all[i].measure == Measure::Percent || all[i].measure == Measure::Hours ? B::Decimal
                                                                                   : B::Whole;
        if (f.target)
            sheet.number(row, 3, *f.target, style);
        if (f.known)
            sheet.number(row, 4, f.value, style);
        if (const auto p = f.progress())
            sheet.number(row, 5, *p * 100, B::Decimal);
        if (report.behind(i, f))
            sheet.text(row, 6, QStringLiteral("Chậm"));
    }
}

} // namespace

void writeXlsx(const Report &report, const QString &path)
{
    using B = xlsx::Book;
    B book(path);
    auto summary = book.sheet(QStringLiteral("Tổng hợp"));
    writeTable(summary, report, report.total, QString());
    if (!report.children.isEmpty()) {
        auto ranking = book.sheet(QStringLiteral("Xếp hạng"));
        ranking.text(0, 0, QStringLiteral("XẾP HẠNG ĐƠN VỊ TRỰC THUỘC"), B::Title);
        ranking.text(1, 0, QStringLiteral("Đơn vị: %1").arg(report.total.name));
        ranking.text(2, 0, QStringLiteral("Kỳ báo cáo: %1").arg(report.period.title()));
        constexpr int kHeader = 4;
        ranking.text(kHeader, 0, QStringLiteral("Hạng"), B::Header);
        ranking.text(kHeader, 1, QStringLiteral("Đơn vị"), B::Header);
        ranking.text(kHeader, 2, QStringLiteral("Mức hoàn thành chỉ tiêu (%)"), B::Header);
        ranking.freezeAbove(kHeader + 1);
        ranking.width(1, 40);
        ranking.width(2, 16);
        for (int c = 0; c < report.children.size(); ++c) {
            ranking.number(kHeader + 1 + c, 0, c + 1, B::Whole);
            ranking.text(kHeader + 1 + c, 1, report.children[c].name);
            if (const auto s = report.children[c].score())
                ranking.number(kHeader + 1 + c, 2, *s * 100, B::Decimal);
        }
        for (int c = 0; c < report.children.size(); ++c) {
            auto sheet =
                book.sheet(QStringLiteral("%1. %2").arg(c + 1).arg(report.children[c].name));
            writeTable(sheet, report, report.children[c],
                       QStringLiteral("Đơn vị trực thuộc %1, xếp hạng %2")
                           .arg(report.total.name)
                           .arg(c + 1));
        }
    }
    book.close();
}

void writePdf(const Report &report, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            throw ExportError(QCoreApplication::translate(
                                  "Export", "Could not write “%1”: %2. Choose another folder.")
                                  .arg(QDir::toNativeSeparators(path), probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(
        QStringLiteral("Báo cáo %1 – %2").arg(report.total.name, report.period.title()));
    writer.setCreator(QStringLiteral("Đoàn Field"));
    QTextDocument doc;
    QFont font(QStringLiteral("Noto Sans"));
    font.setPointSizeF(9.5);
    doc.setDefaultFont(font);
    doc.setHtml(html(report));
    doc.print(&writer); // paginates and numbers the pages
}

QString baseName(const Report &report, QDate today)
{
    QString unit = vn::fold(report.total.name);
    unit.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    unit = unit.mid(0, 60);
    while (unit.endsWith(QLatin1Char('-')))
        unit.chop(1);
    while (unit.startsWith(QLatin1Char('-')))
        unit.remove(0, 1);
    return QStringLiteral("bao-cao-%1-%2-lap-ngay-%3")
        .arg(unit, report.period.code().replace(QStringLiteral(".."), QStringLiteral("_")),
             today.toString(QStringLiteral("dd-MM-yyyy")));
}

} // namespace df::ReportFile
