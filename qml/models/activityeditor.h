#pragma once

#include "controller.h"

#include <QVariantMap>

// The activity form: one property per field as the form shows it (date dd/MM/yyyy, time
// HH:mm, outputs as typed). load() fills it from the store or with a new activity's
// defaults (today, 07:30... in `unitId`); save() writes it through the local write path.
class ActivityEditor : public Controller
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString activityId READ activityId NOTIFY loaded)
    Q_PROPERTY(QString unitId MEMBER m_unitId NOTIFY formChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY formChanged)
    Q_PROPERTY(int kind MEMBER m_kind NOTIFY formChanged)
    Q_PROPERTY(QString title MEMBER m_title NOTIFY formChanged)
    Q_PROPERTY(QString date MEMBER m_date NOTIFY formChanged)
    Q_PROPERTY(QString time MEMBER m_time NOTIFY formChanged)
    Q_PROPERTY(QString place MEMBER m_place NOTIFY formChanged)
    Q_PROPERTY(QString campaign MEMBER m_campaign NOTIFY formChanged)
    Q_PROPERTY(QString description MEMBER m_description NOTIFY formChanged)
    // Outputs: trees planted, children supported, money raised (VND), works built.
    Q_PROPERTY(QString trees MEMBER m_trees NOTIFY formChanged)
    Q_PROPERTY(QString children MEMBER m_children NOTIFY formChanged)
    Q_PROPERTY(QString money MEMBER m_money NOTIFY formChanged)
    Q_PROPERTY(QString works MEMBER m_works NOTIFY formChanged)
    // After save(): the sentence for each field in error, keyed as the properties are.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY saved)

public:
    explicit ActivityEditor(QObject *parent = nullptr);

    QString activityId() const { return m_activityId; }
    QVariantMap errors() const { return m_errors; }

    // Returns false when the activity is not on this device (the form is then new).
    Q_INVOKABLE bool load(const QString &activityId, const QString &unitId = {});
    // {ok, id, message, errors}. A new activity keeps its id, so a second save updates it.
    Q_INVOKABLE QVariantMap save();

Q_SIGNALS:
    void loaded();
    void formChanged();
    void saved();

protected:
    void refresh() override {}

private:
    QString unitName() const;
    QVariantMap finish(const QVariantMap &answer);

    QString m_activityId;
    QString m_unitId, m_title, m_date, m_time, m_place, m_campaign, m_description;
    QString m_trees, m_children, m_money, m_works;
    int m_kind = 0;
    QVariantMap m_errors;
};
