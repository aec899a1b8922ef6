#pragma once

#include "domain/indicators.h"

#include <QString>

namespace df {

// A unit's target for a year (half = 0) or for its first or second half (1, 2).
struct Target
{
    QString id;
    QString unitId;
    int year = 0;
    int half = 0;
    QString indicator;
    double value = 0;
};

} // namespace df
