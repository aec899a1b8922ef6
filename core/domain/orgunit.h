#pragma once

#include <QString>

namespace df {

// The five levels of the Union's organisation (cấp bộ Đoàn), top to bottom.
enum class UnitLevel { Central = 0, Province = 1, District = 2, Grassroots = 3, Branch = 4 };

struct OrgUnit
{
    QString id;
    QString parentId; // null for the root of a scope
    UnitLevel level = UnitLevel::Branch;
    QString name;
    QString code;
};

} // namespace df
