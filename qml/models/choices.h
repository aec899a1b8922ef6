#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

// The names of the fixed choices (gender, position, status...) in the interface language,
// in the order of their values, and today's date as forms show it.
class Choices : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    // "gender", "position", "status", "theory", "rating", "activityKind", "attendance".
    Q_INVOKABLE QStringList of(const QString &kind) const;
    // dd/MM/yyyy.
    Q_INVOKABLE QString today() const;
};
