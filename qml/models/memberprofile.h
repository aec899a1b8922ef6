#pragma once

#include "controller.h"

#include <QVariantList>
#include <QVariantMap>

// A member's profile as the profile page shows it, kept current as data changes, and the
// two changes made from there: the hardship mark and a transfer to another unit.
class MemberProfile : public Controller
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString memberId READ memberId WRITE setMemberId NOTIFY memberIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString fullName READ fullName NOTIFY changed)
    Q_PROPERTY(QString unitId READ unitId NOTIFY changed)
    Q_PROPERTY(bool hardship READ hardship NOTIFY changed)
    // [{title, rows: [{label, value}]}]: the filled fields, grouped as on paper.
    Q_PROPERTY(QVariantList sections READ sections NOTIFY changed)
    // The text of the member's card QR code (CardCode), to show full-screen for scanning.
    Q_PROPERTY(QString cardCode READ cardCode NOTIFY changed)
    Q_PROPERTY(QString cardNumber READ cardNumber NOTIFY changed)

public:
    explicit MemberProfile(QObject *parent = nullptr);

    QString memberId() const { return m_memberId; }
    void setMemberId(const QString &memberId);

    // {ok, message}: marks (with a note) or clears hardship.
    Q_INVOKABLE QVariantMap setHardship(bool hardship, const QString &note);
    // {ok, message}: moves the member to another unit (chuyển sinh hoạt within the scope).
    Q_INVOKABLE QVariantMap transferTo(const QString &unitId);

Q_SIGNALS:
    void memberIdChanged();
    void changed();

protected:
    void refresh() override;

private:
    bool exists() const { return !m_fullName.isEmpty(); }
    QString fullName() const { return m_fullName; }
    QString unitId() const { return m_unitId; }
    bool hardship() const { return m_hardship; }
    QVariantList sections() const { return m_sections; }
    QString cardCode() const { return m_cardCode; }
    QString cardNumber() const { return m_cardNumber; }

    QString m_memberId;
    QString m_fullName;
    QString m_unitId;
    bool m_hardship = false;
    QString m_cardCode;
    QString m_cardNumber;
    QVariantList m_sections;
};
