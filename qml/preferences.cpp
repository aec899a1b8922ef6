#include "preferences.h"

#include "report/period.h"

#include "session.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>

namespace {

// The translators in use, replaced when the language changes.
std::unique_ptr<QTranslator> g_qt, g_own;

QString savedLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    return saved == QLatin1String("en") ? saved : QStringLiteral("vi");
}

} // namespace

Preferences::Preferences(QObject *parent)
    : QObject(parent)
    , m_colorScheme(std::clamp(QSettings().value(QStringLiteral("ui/colorScheme")).toInt(), 0, 2))
    , m_language(QLocale().name().startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                                  : QStringLiteral("vi"))
{}

Preferences::~Preferences() = default;

void Preferences::setColorScheme(int scheme)
{
    scheme = std::clamp(scheme, 0, 2);
    if (scheme == m_colorScheme)
        return;
    m_colorScheme = scheme;
    QSettings().setValue(QStringLiteral("ui/colorScheme"), scheme);
    Q_EMIT colorSchemeChanged();
}

void Preferences::setLanguage(const QString &language)
{
    const QString lang = language == QLatin1String("en") ? language : QStringLiteral("vi");
    if (lang == m_language)
        return;
    m_language = lang;
    QSettings().setValue(QStringLiteral("ui/language"), lang);
    installLanguage(lang);
    if (QQmlEngine *engine = qmlEngine(this))
        engine->retranslate();
    // Sentences made in C++ (sync state, dates, labels in the lists) are made again too.
    if (Workspace *ws = Workspace::instance())
        ws->relabel();
    if (Session *session = Session::instance())
        Q_EMIT session->syncChanged();
    Q_EMIT languageChanged();
}

QString Preferences::version() const
{
    return QCoreApplication::applicationVersion();
}

void Preferences::installLanguage(const QString &language)
{
    // Vietnamese first; English is the source language of the code.
    const QString lang = language.isEmpty() ? savedLanguage() : language;
    QLocale::setDefault(QLocale(lang)); // dates, weekdays and numbers in the UI language
    for (auto *t : {g_qt.get(), g_own.get()}) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
    g_qt = std::make_unique<QTranslator>();
    if (g_qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    g_own = std::make_unique<QTranslator>();
    if (g_own->load(QStringLiteral(":/i18n/doanfield_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(g_own.get());
}

QString Preferences::yearEnd() const
{
    const auto saved =
        df::WorkYear::parse(QSettings().value(QStringLiteral("report/yearEnd")).toString());
    return saved.value_or(df::WorkYear()).text();
}

QString Preferences::yearEndText() const
{
    const auto wy = df::WorkYear::parse(yearEnd()).value_or(df::WorkYear());
    return QStringLiteral("%1/%2")
        .arg(wy.endDay, 2, 10, QLatin1Char('0'))
        .arg(wy.endMonth, 2, 10, QLatin1Char('0'));
}

QString Preferences::setYearEnd(const QString &dayMonth)
{
    const QStringList parts = dayMonth.trimmed().split(QLatin1Char('/'));
    bool dayOk = false, monthOk = false;
    const int day = parts.value(0).toInt(&dayOk), month = parts.value(1).toInt(&monthOk);
    const auto wy = parts.size() == 2 && dayOk && monthOk
                        ? df::WorkYear::parse(QStringLiteral("%1-%2").arg(month).arg(day))
                        : std::nullopt;
    if (!wy)
        return tr("“%1” is not a day of the year: write day/month, such as 15/12 (29/02 cannot be "
                  "used).")
            .arg(dayMonth.trimmed());
    if (wy->text() != yearEnd()) {
        QSettings().setValue(QStringLiteral("report/yearEnd"), wy->text());
        Q_EMIT yearEndChanged();
    }
    return {};
}
