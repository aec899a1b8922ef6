#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTranslator>
#include <algorithm>
#include <memory>

// What the user sets on the settings page, kept in QSettings: the colour scheme, the
// interface language (applied at once: translators swapped and QML retranslated) and the
// day the Union's work year closes, which every report period follows.
class Preferences : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    // 0 follows the system (light on Qt 6.4, which cannot tell), 1 light, 2 dark.
    Q_PROPERTY(int colorScheme READ colorScheme WRITE setColorScheme NOTIFY colorSchemeChanged)
    // "vi" (the default) or "en".
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    // The work year's last day as "MM-dd" (core/report/period.h; 12-15 unless set), and as
    // the settings page shows it ("15/12").
    Q_PROPERTY(QString yearEnd READ yearEnd NOTIFY yearEndChanged)
    Q_PROPERTY(QString yearEndText READ yearEndText NOTIFY yearEndChanged)

public:
    explicit Preferences(QObject *parent = nullptr);
    ~Preferences() override;

    int colorScheme() const { return m_colorScheme; }
    void setColorScheme(int scheme);
    QString language() const { return m_language; }
    void setLanguage(const QString &language);
    QString version() const;
    QString yearEnd() const;
    QString yearEndText() const;
    // Sets the cut-off from "d/M" as typed: "" when set, else a sentence.
    Q_INVOKABLE QString setYearEnd(const QString &dayMonth);
    // Shows a scheme without keeping it (screenshots).
    Q_INVOKABLE void preview(int scheme)
    {
        m_colorScheme = std::clamp(scheme, 0, 2);
        Q_EMIT colorSchemeChanged();
    }

    // Installs the translators of `language` (empty: the saved choice, else Vietnamese)
    // for the whole application; main() calls it before QML loads.
    static void installLanguage(const QString &language);

Q_SIGNALS:
    void colorSchemeChanged();
    void languageChanged();
    void yearEndChanged();

private:
    int m_colorScheme = 0;
    QString m_language;
};
