#include "appbench.h"
#include "preferences.h"
#include "session.h"
#include "workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>
#include <cstdio>

Q_IMPORT_QML_PLUGIN(DoanFieldPlugin)

namespace {

int g_qmlWarnings = 0;
QtMessageHandler g_previousHandler = nullptr;

// In --self-test every warning that comes from QML counts as a failure.
void countingHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const QString file = QString::fromUtf8(ctx.file ? ctx.file : "");
    const QString category = QString::fromUtf8(ctx.category ? ctx.category : "");
    if (type != QtDebugMsg && type != QtInfoMsg &&
        (file.endsWith(QLatin1String(".qml")) || category.startsWith(QLatin1String("qt.qml")) ||
         category == QLatin1String("qml") || category == QLatin1String("js") ||
         msg.contains(QLatin1String(".qml:"))))
        ++g_qmlWarnings;
    g_previousHandler(type, ctx, msg);
}

bool waitUntilSettled(int timeoutMs)
{
    Workspace *ws = Workspace::instance();
    QElapsedTimer timer;
    timer.start();
    while (ws->state() == Workspace::State::Opening || ws->state() == Workspace::State::Preparing) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return ws->state() == Workspace::State::Ready;
}

// Loads the window, then every page of the module on its own; 0 only if all load
// without a QML warning.
int selfTest(QQmlApplicationEngine &engine, QObject &app)
{
    if (!waitUntilSettled(120000)) {
        std::fprintf(stderr, "self-test: the workspace did not open\n");
        return 1;
    }
    QCoreApplication::processEvents();
    QStringList pages;
    for (const char *dir : {"pages", "components"}) {
        const QString path = QStringLiteral(":/qt/qml/DoanField/") + QLatin1String(dir);
        for (const QString &file : QDir(path).entryList({QStringLiteral("*.qml")}))
            pages.append(QLatin1String(dir) + QLatin1Char('/') + file);
    }
    int failures = 0;
    for (const QString &page : pages) {
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/DoanField/") + page));
        // Delegates need their model's required properties; compiling them is the check.
        const bool delegate = page.startsWith(QLatin1String("components/"));
        std::unique_ptr<QObject> object(delegate ? nullptr : component.create());
        if (delegate ? component.isError() : !object) {
            ++failures;
            std::fprintf(stderr, "self-test: %s failed: %s\n", qPrintable(page),
                         qPrintable(component.errorString()));
        }
        QCoreApplication::processEvents();
    }
    std::printf("self-test: %lld pages, %d failed to load, %d QML warnings\n",
                qlonglong(pages.size()), failures, g_qmlWarnings);
    return pages.isEmpty() || failures || g_qmlWarnings ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    const bool selfTestMode = [&] {
        for (int i = 1; i < argc; ++i) {
            if (qstrcmp(argv[i], "--self-test") == 0)
                return true;
        }
        return false;
    }();
    if (selfTestMode) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        g_previousHandler = qInstallMessageHandler(countingHandler);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DoanField"));
    QCoreApplication::setApplicationName(QStringLiteral("doanfield"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Đoàn Field"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Đoàn Field: field companion for Youth Union officers."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"),
         QStringLiteral("Open this local database as a demo workspace (no sign-in, no sync)."),
         QStringLiteral("path")},
        {QStringLiteral("demo"), QStringLiteral("Open the demo workspace without signing in.")},
        {QStringLiteral("server"), QStringLiteral("Server address to offer on the sign-in page."),
         QStringLiteral("url")},
        {QStringLiteral("user"), QStringLiteral("Username to offer on the sign-in page."),
         QStringLiteral("name")},
        {QStringLiteral("data-dir"),
         QStringLiteral("Where account databases and the demo workspace live."),
         QStringLiteral("dir")},
        {QStringLiteral("demo-members"),
         QStringLiteral("Members to generate when the database is new (default 3000)."),
         QStringLiteral("n"), QStringLiteral("3000")},
        {QStringLiteral("lang"), QStringLiteral("Interface language: vi (default) or en."),
         QStringLiteral("code")},
        {QStringLiteral("size"), QStringLiteral("Window size, e.g. 412x915."),
         QStringLiteral("WxH")},
        {QStringLiteral("screenshot"),
         QStringLiteral("Save the window to a PNG once the data is shown, then quit."),
         QStringLiteral("file")},
        {QStringLiteral("page"),
         QStringLiteral("Open this screen first (home, members, member, activities, activity, "
                        "edit-activity, checkin, conference, hours, member-hours, sync, "
                        "conflicts, signin)."),
         QStringLiteral("name")},
        {QStringLiteral("bench"),
         QStringLiteral("For doanfield-bench: report the first frame (first-frame)."),
         QStringLiteral("what")},
        {QStringLiteral("self-test"),
         QStringLiteral("Load every page offscreen; exit 0 only without QML warnings.")},
    });
    parser.process(app);
    // Screenshots never read or write the user's settings (a signed-in account would be
    // restored, a chosen theme applied): they keep their own under the data folder.
    if (parser.isSet(QStringLiteral("screenshot")) && parser.isSet(QStringLiteral("data-dir")))
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           parser.value(QStringLiteral("data-dir")) + QStringLiteral("/settings"));
    Preferences::installLanguage(parser.value(QStringLiteral("lang")));
    QQuickStyle::setStyle(QStringLiteral("Material"));

    QTemporaryDir selfTestDir;
    QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (selfTestMode)
        dataDir = selfTestDir.path();
    else if (dataDir.isEmpty())
        dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    QString dbPath = parser.value(QStringLiteral("db"));
    int demoMembers = parser.value(QStringLiteral("demo-members")).toInt();
    if (selfTestMode)
        demoMembers = 400;
    const bool demoNow = selfTestMode || !dbPath.isEmpty() || parser.isSet(QStringLiteral("demo"));
    if (dbPath.isEmpty())
        dbPath = dataDir + QStringLiteral("/demo.sqlite");

    Workspace workspace;
    Workspace::setInstance(&workspace);
    Session session(&workspace, dataDir);
    Session::setInstance(&session);
    session.setDemo(dbPath, demoMembers);
    if (demoNow)
        session.openDemo();
    else
        session.restore();
    if (parser.isSet(QStringLiteral("server")))
        QSettings().setValue(QStringLiteral("signin/server"),
                             parser.value(QStringLiteral("server")));
    if (parser.isSet(QStringLiteral("user")))
        QSettings().setValue(QStringLiteral("signin/username"),
                             parser.value(QStringLiteral("user")));

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // not a default import path in Qt 6.4
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/DoanField/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    const QString size = parser.value(QStringLiteral("size"));
    if (window && !size.isEmpty()) {
        const QStringList wh = size.split(QLatin1Char('x'));
        window->resize(wh.value(0).toInt(), wh.value(1).toInt());
    }
    if (selfTestMode)
        return selfTest(engine, app);
    const QString bench = parser.value(QStringLiteral("bench"));
    if (bench == QLatin1String("first-frame"))
        AppBench::reportFirstFrame(window);

    const QString page = parser.value(QStringLiteral("page"));
    const QString screenshot = parser.value(QStringLiteral("screenshot"));
    if (!page.isEmpty() || !screenshot.isEmpty()) {
        if (session.mode() != Session::Mode::SignedOut && !waitUntilSettled(300000))
            return 1;
        // After the window has taken its size (a resize swaps the layout).
        if (!page.isEmpty())
            QTimer::singleShot(300, window, [window, page] {
                QMetaObject::invokeMethod(window, "showScreen", Q_ARG(QVariant, page));
            });
    }
    if (!screenshot.isEmpty()) {
        QTimer::singleShot(1300, &app, [window, screenshot] {
            const bool ok = window->grabWindow().save(screenshot);
            std::printf("%s %s\n", ok ? "saved" : "could not save", qPrintable(screenshot));
            QCoreApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}
