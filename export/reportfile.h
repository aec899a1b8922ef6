#pragma once

#include "report/report.h"

#include <QString>

namespace df::ReportFile {

// The 6- and 12-month report of a unit subtree in the layout the level above expects:
// the unit, the period, the indicator table (target, achieved, %), then the same table
// for each child unit in ranked order. Always in Vietnamese, as reports are filed.

// As HTML (the app's preview, and the PDF's source).
QString html(const Report &report);
// XLSX: a summary sheet, a ranking sheet and one sheet per child unit; Vietnamese
// headers, the header row frozen, figures stored as numbers. Throws ExportError.
void writeXlsx(const Report &report, const QString &path);
// PDF on A4 with its fonts embedded and page numbers. Throws ExportError.
void writePdf(const Report &report, const QString &path);

// "bao-cao-huyen-doan-dong-anh-2026H1-lap-ngay-04-12-2026" (without a suffix): unit,
// period, the day it was made.
QString baseName(const Report &report, QDate today);
// A figure as a report prints it: 1.234 / 12,5 (Vietnamese separators).
QString figureText(Measure measure, double value);

} // namespace df::ReportFile
