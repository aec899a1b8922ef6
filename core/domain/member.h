#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace df {

enum class Gender { Unspecified = 0, Male = 1, Female = 2 };
// Political theory (lý luận chính trị): sơ cấp, trung cấp, cao cấp.
enum class TheoryLevel { None = 0, Elementary = 1, Intermediate = 2, Advanced = 3 };
enum class UnionPosition {
    Member = 0,
    Secretary = 1,          // Bí thư
    DeputySecretary = 2,    // Phó Bí thư
    StandingCommittee = 3,  // Ủy viên Ban Thường vụ
    ExecutiveCommittee = 4, // Ủy viên Ban Chấp hành
};
// Annual rating (xếp loại đoàn viên).
enum class Rating { Unrated = 0, Excellent = 1, Good = 2, Average = 3, Weak = 4 };
enum class MemberStatus {
    Active = 0,
    TransferredOut = 1, // chuyển sinh hoạt
    MaturedOut = 2,     // trưởng thành Đoàn at 30
    Removed = 3,
};

// A member profile (hồ sơ đoàn viên). Dates are calendar dates without a time zone.
struct Member
{
    QString id;
    QString unitId;
    QString fullName;
    QDate birthDate;
    Gender gender = Gender::Unspecified;
    QString ethnicity;
    QString religion;
    QString phone;
    QString email;
    QString address;
    QString cardNumber;
    QDate joinedDate;
    QString education;
    QString professional;
    TheoryLevel theoryLevel = TheoryLevel::None;
    UnionPosition position = UnionPosition::Member;
    bool partyMember = false;
    QDate partyDate;
    bool outstanding = false; // introduced to the Party as an outstanding member
    QDate outstandingDate;
    bool hardship = false;
    QString hardshipNote;
    Rating rating = Rating::Unrated;
    int ratingYear = 0;
    QStringList courses;
    MemberStatus status = MemberStatus::Active;
    // Personal data: stored only when the user enters it, never logged.
    QString citizenId;
};

} // namespace df
