#pragma once

#include "demo/demogenerator.h"
#include "store/database.h"
#include "write/localstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace df::bench {

// One result as one JSON line on stdout.
inline void emitLine(const QJsonObject &o)
{
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

inline double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[size_t(p * double(v.size() - 1) + 0.5)];
}

// The store a bench reads: DF_BENCH_DB when set (made there by an earlier run when
// missing), else `fallback`; generated demo data with `members` members when new.
inline std::unique_ptr<Database> demoStore(const QString &fallback, int members, quint64 seed)
{
    const QString path =
        qEnvironmentVariableIsSet("DF_BENCH_DB") ? qEnvironmentVariable("DF_BENCH_DB") : fallback;
    const bool fresh = !QFileInfo::exists(path);
    auto db = std::make_unique<Database>(path);
    if (fresh) {
        LocalStore store(*db);
        store.setTracking(false);
        DemoOptions o;
        o.members = members;
        o.seed = seed;
        DemoGenerator(o).writeTo(store);
    }
    return db;
}

} // namespace df::bench
