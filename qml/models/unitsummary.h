#pragma once

#include "controller.h"

// One unit as the home and member pages name it: whether it is on this device, its name
// and how many active members its subtree has. Kept current as units and members change;
// the count (the costly part in a large subtree) is made only when it is read.
class UnitSummary : public Controller
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString unitId READ unitId WRITE setUnitId NOTIFY unitIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(int activeMembers READ activeMembers NOTIFY changed)

public:
    explicit UnitSummary(QObject *parent = nullptr);

    QString unitId() const { return m_unitId; }
    void setUnitId(const QString &unitId);

Q_SIGNALS:
    void unitIdChanged();
    void changed();

protected:
    void refresh() override;

private:
    bool exists() const { return m_exists; }
    QString name() const { return m_name; }
    int activeMembers() const;

    QString m_unitId;
    bool m_exists = false;
    bool m_read = false;
    QString m_name;
    mutable int m_activeMembers = -1; // -1: to be counted when read
};
