#pragma once

#include "controller.h"

#include <QVariantMap>

// The member form (hồ sơ đoàn viên): one property per field, as the form shows it (dates
// as dd/MM/yyyy text, choices as their index), which the page binds its fields to.
// load() fills it from the store, or with a new member's defaults; save() turns it into
// a member, writes it through the local write path and says what is wrong, field by field.
class MemberEditor : public Controller
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString memberId READ memberId NOTIFY loaded)
    Q_PROPERTY(QString unitId MEMBER m_unitId NOTIFY formChanged)
    Q_PROPERTY(QString unitName READ unitName NOTIFY formChanged)
    Q_PROPERTY(QString fullName MEMBER m_fullName NOTIFY formChanged)
    Q_PROPERTY(QString birthDate MEMBER m_birthDate NOTIFY formChanged)
    Q_PROPERTY(int gender MEMBER m_gender NOTIFY formChanged)
    Q_PROPERTY(QString ethnicity MEMBER m_ethnicity NOTIFY formChanged)
    Q_PROPERTY(QString religion MEMBER m_religion NOTIFY formChanged)
    Q_PROPERTY(QString citizenId MEMBER m_citizenId NOTIFY formChanged)
    Q_PROPERTY(QString phone MEMBER m_phone NOTIFY formChanged)
    Q_PROPERTY(QString email MEMBER m_email NOTIFY formChanged)
    Q_PROPERTY(QString address MEMBER m_address NOTIFY formChanged)
    Q_PROPERTY(QString cardNumber MEMBER m_cardNumber NOTIFY formChanged)
    Q_PROPERTY(QString joinedDate MEMBER m_joinedDate NOTIFY formChanged)
    Q_PROPERTY(int position MEMBER m_position NOTIFY formChanged)
    Q_PROPERTY(int status MEMBER m_status NOTIFY formChanged)
    Q_PROPERTY(int rating MEMBER m_rating NOTIFY formChanged)
    Q_PROPERTY(QString ratingYear MEMBER m_ratingYear NOTIFY formChanged)
    Q_PROPERTY(QString education MEMBER m_education NOTIFY formChanged)
    Q_PROPERTY(QString professional MEMBER m_professional NOTIFY formChanged)
    Q_PROPERTY(int theoryLevel MEMBER m_theoryLevel NOTIFY formChanged)
    // Separated by ";".
    Q_PROPERTY(QString courses MEMBER m_courses NOTIFY formChanged)
    Q_PROPERTY(bool partyMember MEMBER m_partyMember NOTIFY formChanged)
    Q_PROPERTY(QString partyDate MEMBER m_partyDate NOTIFY formChanged)
    Q_PROPERTY(bool outstanding MEMBER m_outstanding NOTIFY formChanged)
    Q_PROPERTY(QString outstandingDate MEMBER m_outstandingDate NOTIFY formChanged)
    Q_PROPERTY(bool hardship MEMBER m_hardship NOTIFY formChanged)
    Q_PROPERTY(QString hardshipNote MEMBER m_hardshipNote NOTIFY formChanged)
    // After save(): the sentence for each field in error (keyed as the properties are),
    // the warnings that did not stop the save, and the first error.
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY saved)
    Q_PROPERTY(QVariantMap warnings READ warnings NOTIFY saved)

public:
    explicit MemberEditor(QObject *parent = nullptr);

    QString memberId() const { return m_memberId; }
    QVariantMap errors() const { return m_answer.value(QStringLiteral("errors")).toMap(); }
    QVariantMap warnings() const { return m_answer.value(QStringLiteral("warnings")).toMap(); }

    // Fills the form with the stored member, or (empty id) a new member of `unitId`.
    // Returns false when the member is not on this device.
    Q_INVOKABLE bool load(const QString &memberId, const QString &unitId = {});
    // Creates or updates the member: {ok, id, message, errors, warnings}. A new member
    // keeps its id, so a second save updates it.
    Q_INVOKABLE QVariantMap save();

Q_SIGNALS:
    void loaded();
    void formChanged();
    void saved();

protected:
    void refresh() override;

private:
    QString unitName() const;
    QVariantMap finish(QVariantMap answer);

    QString m_memberId;
    QString m_unitId, m_fullName, m_birthDate, m_ethnicity, m_religion, m_citizenId, m_phone,
        m_email, m_address, m_cardNumber, m_joinedDate, m_ratingYear, m_education, m_professional,
        m_courses, m_partyDate, m_outstandingDate, m_hardshipNote;
    int m_gender = 0, m_position = 0, m_status = 0, m_rating = 0, m_theoryLevel = 0;
    bool m_partyMember = false, m_outstanding = false, m_hardship = false;
    QVariantMap m_answer;
    bool m_loadedOnce = false;
};
