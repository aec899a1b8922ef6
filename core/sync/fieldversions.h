#pragma once

#include "sync/hlc.h"

#include <QHash>
#include <QJsonObject>

namespace df {

// The versions of one row's fields. Most rows are written once, so a row keeps one
// version for all its fields plus overrides for the fields edited since; stored as
// compact JSON text: {"*":"hlc/device","full_name":"hlc/device"}.
class FieldVersions
{
public:
    FieldVersions() = default;
    explicit FieldVersions(const Version &all)
        : m_all(all)
    {}

    Version of(const QString &field) const { return m_fields.value(field, m_all); }
    void set(const QString &field, const Version &v);
    bool isEmpty() const { return m_all.isNull() && m_fields.isEmpty(); }
    // The newest version of any field: what a device has "seen" of the row.
    Version newest() const;

    QString encode() const;
    static FieldVersions decode(const QString &text, bool *ok = nullptr);
    static FieldVersions fromJson(const QJsonObject &object, bool *ok = nullptr);

private:
    Version m_all;
    QHash<QString, Version> m_fields;
};

} // namespace df
