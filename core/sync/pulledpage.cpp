#include "sync/pulledpage.h"

#include <QJsonArray>
#include <cmath>
#include <simdjson.h>

namespace df {

namespace dom = simdjson::dom;

struct PulledPage::Parser
{
    dom::parser parser;
};

namespace {

QByteArrayView view(std::string_view s)
{
    return {s.data(), qsizetype(s.size())};
}

const EntitySpec *findSpec(std::string_view wire)
{
    for (const EntitySpec &spec : Schema::entities()) {
        if (wire == spec.wire)
            return &spec;
    }
    return nullptr;
}

// A JSON integer as QJsonValue::toInteger() reads it: whole numbers only, else 0.
qint64 integerOf(dom::element e)
{
    switch (e.type()) {
    case dom::element_type::INT64:
        return int64_t(e);
    case dom::element_type::DOUBLE: {
        const double d = double(e);
        return Schema::isWholeNumber(d) ? qint64(d) : 0;
    }
    default:
        return 0;
    }
}

// A value checked and made canonical for its column by the rules of Schema::normalize;
// false when it cannot be (a null in a required column is kept: the row's writer fills
// it in).
bool readValue(const Column &c, dom::element e, PulledPage::Value &out)
{
    using Value = PulledPage::Value;
    const dom::element_type type = e.type();
    if (type == dom::element_type::NULL_VALUE) {
        out.kind = Value::Null;
        return true;
    }
    switch (c.type) {
    case ColumnType::Text: {
        if (type != dom::element_type::STRING)
            return false;
        const std::string_view s(e);
        // A UTF-8 text of n bytes has at most n UTF-16 units: most need no counting.
        if (!Schema::fitsText(qsizetype(s.size())) &&
            !Schema::fitsText(QString::fromUtf8(s.data(), qsizetype(s.size())).size()))
            return false;
        out.kind = Value::Text;
        out.text = view(s);
        return true;
    }
    case ColumnType::Int:
        out.kind = Value::Int;
        switch (type) {
        case dom::element_type::BOOL:
            out.integer = bool(e) ? 1 : 0;
            return true;
        case dom::element_type::INT64:
            out.integer = int64_t(e);
            return Schema::isWholeNumber(double(out.integer));
        case dom::element_type::DOUBLE: {
            const double d(e);
            out.integer = qint64(d);
            return Schema::isWholeNumber(d);
        }
        default:
            return false;
        }
    case ColumnType::Real:
        out.kind = Value::Real;
        switch (type) {
        case dom::element_type::INT64:
            out.real = double(int64_t(e));
            return true;
        case dom::element_type::UINT64:
            out.real = double(uint64_t(e));
            return true;
        case dom::element_type::DOUBLE:
            out.real = double(e);
            return Schema::isNumber(out.real);
        default:
            return false;
        }
    }
    return false;
}

// "hlc/device" with a positive hlc of digits and a device that needs no JSON escape: the
// form the server writes, stored as it came. Anything else goes through FieldVersions.
bool plainVersion(std::string_view v, qint64 *hlc)
{
    const size_t slash = v.find('/');
    if (slash == std::string_view::npos || slash == 0 || slash > 18 || slash + 1 >= v.size())
        return false;
    qint64 n = 0;
    for (size_t i = 0; i < slash; ++i) {
        if (v[i] < '0' || v[i] > '9')
            return false;
        n = n * 10 + (v[i] - '0');
    }
    for (size_t i = slash + 1; i < v.size(); ++i) {
        const unsigned char ch = v[i];
        if (ch < 0x20 || ch == '"' || ch == '\\')
            return false;
    }
    *hlc = n;
    return n > 0;
}

} // namespace

PulledPage::PulledPage()
    : m_parser(std::make_unique<Parser>())
{}

PulledPage::~PulledPage() = default;
PulledPage::PulledPage(PulledPage &&) noexcept = default;
PulledPage &PulledPage::operator=(PulledPage &&) noexcept = default;

QByteArrayView PulledPage::versions(const Row &row) const
{
    return QByteArrayView(m_versions).sliced(row.versionsAt, row.versionsLength);
}

PulledPage::Error PulledPage::parse(const QByteArray &body)
{
    const auto clear = [this] {
        m_rows.clear();
        m_values.clear();
        m_versions.clear();
        evictions.clear();
    };
    clear();
    const Error error = read(body);
    if (error != Error::None)
        clear();
    return error;
}

PulledPage::Error PulledPage::read(const QByteArray &body)
{
    dom::element doc;
    dom::object top;
    if (m_parser->parser.parse(body.constData(), size_t(body.size())).get(doc) ||
        doc.get_object().get(top))
        return Error::Page;
    dom::element at;
    if (top["cursor"].get(at))
        return Error::Page;
    cursor = integerOf(at);
    dom::element e;
    more = !top["has_more"].get(e) && e.is_bool() && bool(e);
    serverHlc = !top["server_hlc"].get(e) && e.is_string()
                    ? QString::fromUtf8(view(std::string_view(e)))
                    : QString();
    serverTime = !top["server_time"].get(e) ? integerOf(e) : 0;
    remaining = !top["remaining"].get(e) ? integerOf(e) : 0;

    dom::array rows;
    if (!top["rows"].get(e) && !e.get_array().get(rows)) {
        m_rows.reserve(rows.size());
        m_versions.reserve(qsizetype(rows.size()) * 40);
        for (dom::element item : rows) {
            if (!readRow(item))
                return Error::Row;
        }
    }
    dom::array evicted;
    if (!top["evictions"].get(e) && !e.get_array().get(evicted)) {
        for (dom::element item : evicted) {
            std::string_view wire, id;
            if (item["entity"].get_string().get(wire))
                continue;
            const EntitySpec *spec = findSpec(wire);
            if (!spec)
                continue;
            if (item["id"].get_string().get(id))
                id = {};
            evictions.append({spec->entity, QString::fromUtf8(view(id))});
        }
    }
    return Error::None;
}

bool PulledPage::readRow(simdjson::dom::element item)
{
    dom::element e;
    dom::object o;
    std::string_view wire, id;
    if (item.get_object().get(o) || o["entity"].get_string().get(wire) ||
        o["id"].get_string().get(id) || id.empty())
        return false;
    const EntitySpec *spec = findSpec(wire);
    if (!spec)
        return false;
    Row row;
    row.entity = spec->entity;
    row.id = view(id);
    row.seq = !o["seq"].get(e) ? integerOf(e) : 0;
    row.firstValue = qsizetype(m_values.size());
    m_values.resize(m_values.size() + size_t(spec->columns.size()));
    Value *values = m_values.data() + row.firstValue;
    dom::object fields;
    if (!o["fields"].get(e) && !e.get_object().get(fields)) {
        // Fields usually come in column order: the search starts after the last match.
        const qsizetype columns = spec->columns.size();
        qsizetype next = 0;
        for (const auto field : fields) {
            for (qsizetype k = 0; k < columns; ++k) {
                const qsizetype c = (next + k) % columns;
                if (field.key != spec->columns[c].name)
                    continue;
                if (!readValue(spec->columns[c], field.value, values[c]))
                    return false;
                next = c + 1;
                break;
            }
        }
    }
    // Versions: the usual {"*":"hlc/device"} is kept as it came; anything else
    // (none at all reads as none) is read and written back by FieldVersions, which
    // also judges it.
    dom::object versions;
    const bool hasVersions = !o["versions"].get(e) && !e.get_object().get(versions);
    row.versionsAt = m_versions.size();
    std::string_view all;
    if (hasVersions && versions.size() == 1 && !versions["*"].get_string().get(all) &&
        plainVersion(all, &row.newest)) {
        m_versions.append("{\"*\":\"").append(all.data(), qsizetype(all.size()));
        m_versions.append("\"}");
    } else {
        QJsonObject json;
        if (hasVersions) {
            for (const auto field : versions) {
                std::string_view v;
                if (field.value.get_string().get(v))
                    return false;
                json.insert(QString::fromUtf8(view(field.key)), QString::fromUtf8(view(v)));
            }
        }
        bool ok = false;
        const FieldVersions parsed = FieldVersions::fromJson(json, &ok);
        if (!ok)
            return false;
        row.newest = parsed.newest().hlc;
        m_versions.append(parsed.encode().toUtf8());
    }
    row.versionsLength = m_versions.size() - row.versionsAt;
    m_rows.push_back(row);
    return true;
}

std::optional<RowState> PulledPage::readOne(const QByteArray &rowJson)
{
    evictions.clear();
    m_rows.clear();
    m_values.clear();
    m_versions.clear();
    dom::element doc;
    if (m_parser->parser.parse(rowJson.constData(), size_t(rowJson.size())).get(doc) ||
        !readRow(doc))
        return std::nullopt;
    return rowState(0);
}

RowState PulledPage::rowState(qsizetype i) const
{
    const Row &row = m_rows[i];
    const EntitySpec &spec = Schema::spec(row.entity);
    RowState r;
    r.entity = row.entity;
    r.rowId = QString::fromUtf8(row.id);
    r.seq = row.seq;
    const Value *v = values(row);
    for (qsizetype c = 0; c < spec.columns.size(); ++c) {
        const QLatin1StringView name(spec.columns[c].name);
        switch (v[c].kind) {
        case Value::Absent:
            break;
        case Value::Null:
            r.fields.insert(name, QJsonValue::Null);
            break;
        case Value::Int:
            r.fields.insert(name, v[c].integer);
            break;
        case Value::Real:
            r.fields.insert(name, v[c].real);
            break;
        case Value::Text:
            r.fields.insert(name, QString::fromUtf8(v[c].text));
            break;
        }
    }
    r.versions = FieldVersions::decode(QString::fromUtf8(versions(row)));
    return r;
}

} // namespace df
