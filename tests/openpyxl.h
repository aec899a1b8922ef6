#pragma once

// Reads a workbook back with python3-openpyxl, a reader independent of the code that wrote
// it: {sheet title: {freeze: "A7", rows: [[cell values]]}} (dates as ISO text); empty when
// it cannot.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtDebug>

// openpyxl's reading of a workbook: {sheet: [[cell values]]}.
inline QJsonObject readWithOpenpyxl(const QString &path)
{
    QProcess py;
    // Debian's python3, which has python3-openpyxl (not a python3 of another install).
    const QString python = QFile::exists(QStringLiteral("/usr/bin/python3"))
                               ? QStringLiteral("/usr/bin/python3")
                               : QStringLiteral("python3");
    py.start(
        python,
        {QStringLiteral("-c"),
         QStringLiteral("import json, sys, openpyxl\n"
                        "wb = openpyxl.load_workbook(sys.argv[1], read_only=False)\n"
                        "out = {}\n"
                        "for ws in wb.worksheets:\n"
                        "    out[ws.title] = {'freeze': ws.freeze_panes, 'rows': [[c for c in row] "
                        "for row in ws.iter_rows(values_only=True)]}\n"
                        "print(json.dumps(out, default=lambda v: v.isoformat()))\n"),
         path});
    if (!py.waitForFinished(60000) || py.exitCode() != 0)
        qWarning() << py.readAllStandardError();
    return QJsonDocument::fromJson(py.readAllStandardOutput()).object();
}
