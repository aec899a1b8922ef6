#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <cstring>
#include <string>
#include <vector>

namespace df::io {

// A pull parser for the two parts that grow with the sheet (its XML and the shared
// strings). QXmlStreamReader turns every byte into UTF-16 first and reads a 100,000-row
// sheet in about 1.5 s on a small machine; this reads the UTF-8 in place and leaves the
// converting to the few texts a cell keeps, about five times faster. It still refuses what
// shows a damaged part: a tag that does not close or match, a bad entity, text outside the
// root, a part that ends early; and it refuses DTDs (entity expansion).
class XmlScanner
{
public:
    enum Token { StartElement, EndElement, Text, EndDocument, NeedData, Error };

    void addData(const QByteArray &data)
    {
        if (m_pos > 0) {
            m_buf.remove(0, m_pos);
            m_pos = 0;
        }
        m_buf.append(data);
        if (!m_started) { // a byte order mark, which some writers put before the XML
            m_started = true;
            if (m_buf.startsWith("\xEF\xBB\xBF"))
                m_pos = 3;
        }
    }
    void endOfData() { m_end = true; }

    Token next()
    {
        if (m_pendingEnd) { // the end of <empty/>
            m_pendingEnd = false;
            popName();
            return EndElement;
        }
        for (;;) {
            const char *const begin = m_buf.constData();
            const char *const end = begin + m_buf.size();
            const char *p = begin + m_pos;
            if (p == end) {
                if (!m_end)
                    return NeedData;
                return m_rootDone && m_names.empty() ? EndDocument : Error;
            }
            if (*p != '<') {
                const char *lt = static_cast<const char *>(memchr(p, '<', size_t(end - p)));
                if (!lt) {
                    if (!m_end)
                        return need(p);
                    lt = end;
                }
                m_text = QByteArrayView(p, lt - p);
                m_cdata = false;
                m_pos = lt - begin;
                if (m_starts.empty()) { // outside the root: only white space
                    for (const char c : m_text)
                        if (!isSpace(c))
                            return Error;
                    continue;
                }
                return Text;
            }
            if (end - p < 9 && !m_end)
                return need(p);
            if (end - p < 2)
                return Error;
            if (p[1] == '/')
                return endTag(p, end);
            if (p[1] == '?') {
                const char *close = find(p + 2, end, "?>");
                if (!close)
                    return need(p);
                m_pos = close + 2 - begin;
                continue;
            }
            if (p[1] == '!') {
                if (QByteArrayView(p, end - p).startsWith("<!--")) {
                    const char *close = find(p + 4, end, "-->");
                    if (!close)
                        return need(p);
                    m_pos = close + 3 - begin;
                    continue;
                }
                if (QByteArrayView(p, end - p).startsWith("<![CDATA[") && !m_starts.empty()) {
                    const char *close = find(p + 9, end, "]]>");
                    if (!close)
                        return need(p);
                    m_text = QByteArrayView(p + 9, close - p - 9);
                    m_cdata = true;
                    m_pos = close + 3 - begin;
                    return Text;
                }
                return Error; // a DTD, or CDATA outside the root
            }
            return startTag(p, end);
        }
    }

    // The element's name without its namespace prefix.
    QByteArrayView name() const { return m_name; }
    // An attribute's raw value by its name without prefix; empty when absent.
    QByteArrayView attribute(QByteArrayView localName) const
    {
        for (const auto &a : m_attributes)
            if (a.name == localName)
                return a.value;
        return {};
    }
    // Appends the text token, its entities resolved, to `out`; false for a bad entity.
    bool appendText(QByteArray *out) const
    {
        if (m_cdata) {
            out->append(m_text);
            return true;
        }
        QByteArrayView rest = m_text;
        for (;;) {
            const qsizetype amp = rest.indexOf('&');
            if (amp < 0) {
                out->append(rest);
                return true;
            }
            out->append(rest.first(amp));
            const qsizetype semi = rest.indexOf(';', amp);
            if (semi < 0 || semi - amp > 12)
                return false;
            const QByteArrayView entity = rest.sliced(amp + 1, semi - amp - 1);
            if (entity == "amp")
                out->append('&');
            else if (entity == "lt")
                out->append('<');
            else if (entity == "gt")
                out->append('>');
            else if (entity == "quot")
                out->append('"');
            else if (entity == "apos")
                out->append('\'');
            else if (!appendCharacterReference(entity, out))
                return false;
            rest = rest.sliced(semi + 1);
        }
    }

private:
    struct Attribute
    {
        QByteArrayView name, value;
    };

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    static const char *find(const char *from, const char *end, QByteArrayView what)
    {
        const qsizetype at = QByteArrayView(from, end - from).indexOf(what);
        return at < 0 ? nullptr : from + at;
    }

    static QByteArrayView localName(QByteArrayView qualified)
    {
        return qualified.sliced(qualified.lastIndexOf(':') + 1);
    }

    // "#233" or "#xE9" as UTF-8.
    static bool appendCharacterReference(QByteArrayView entity, QByteArray *out)
    {
        if (entity.size() < 2 || entity[0] != '#')
            return false;
        const bool hex = entity[1] == 'x';
        bool ok = false;
        const uint cp = entity.sliced(hex ? 2 : 1).toUInt(&ok, hex ? 16 : 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        const char32_t c = cp;
        out->append(QString::fromUcs4(&c, 1).toUtf8());
        return true;
    }

    // More data is needed for the token at `p`, unless no token may be that long.
    Token need(const char *p)
    {
        if (m_end || m_buf.constData() + m_buf.size() - p > kMaxToken)
            return Error;
        return NeedData;
    }

    Token startTag(const char *p, const char *end)
    {
        if (m_rootDone && m_starts.empty())
            return Error; // a second root
        const char *q = p + 1;
        while (q < end && !isSpace(*q) && *q != '/' && *q != '>')
            ++q;
        if (q == end)
            return need(p);
        const QByteArrayView qualified(p + 1, q - p - 1);
        if (qualified.isEmpty() || qualified.contains('<') || qualified.contains('='))
            return Error;
        m_attributes.clear();
        bool empty = false;
        for (;;) {
            while (q < end && isSpace(*q))
                ++q;
            if (q == end)
                return need(p);
            if (*q == '>') {
                ++q;
                break;
            }
            if (*q == '/') {
                if (q + 1 == end)
                    return need(p);
                if (q[1] != '>')
                    return Error;
                q += 2;
                empty = true;
                break;
            }
            const char *nameStart = q;
            while (q < end && !isSpace(*q) && *q != '=' && *q != '>' && *q != '/' && *q != '<')
                ++q;
            const QByteArrayView attrName(nameStart, q - nameStart);
            while (q < end && isSpace(*q))
                ++q;
            if (q == end)
                return need(p);
            if (attrName.isEmpty() || *q != '=')
                return Error;
            ++q;
            while (q < end && isSpace(*q))
                ++q;
            if (q == end)
                return need(p);
            const char quote = *q;
            if (quote != '"' && quote != '\'')
                return Error;
            const char *valueStart = ++q;
            q = static_cast<const char *>(memchr(q, quote, size_t(end - q)));
            if (!q)
                return need(p);
            const QByteArrayView value(valueStart, q - valueStart);
            if (value.contains('<'))
                return Error;
            m_attributes.push_back({localName(attrName), value});
            ++q;
        }
        m_starts.push_back(m_names.size());
        m_names.append(qualified.data(), size_t(qualified.size()));
        m_name = localName(qualified);
        m_pendingEnd = empty;
        m_pos = q - m_buf.constData();
        return StartElement;
    }

    Token endTag(const char *p, const char *end)
    {
        const char *close = static_cast<const char *>(memchr(p, '>', size_t(end - p)));
        if (!close)
            return need(p);
        QByteArrayView qualified(p + 2, close - p - 2);
        while (!qualified.isEmpty() && isSpace(qualified.back()))
            qualified.chop(1);
        if (m_starts.empty() ||
            QByteArrayView(m_names).sliced(qsizetype(m_starts.back())) != qualified)
            return Error;
        m_name = localName(qualified);
        m_pos = close + 1 - m_buf.constData();
        popName();
        return EndElement;
    }

    void popName()
    {
        m_names.resize(m_starts.back());
        m_starts.pop_back();
        m_rootDone = m_rootDone || m_starts.empty();
    }

    // Longer than Excel's 32,767 characters of a cell many times over: a damaged part.
    static constexpr qsizetype kMaxToken = 16 * 1024 * 1024;

    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_end = false;
    bool m_pendingEnd = false;
    bool m_rootDone = false;
    bool m_cdata = false;
    std::string m_names;          // the open elements' qualified names, one after another
    std::vector<size_t> m_starts; // where each begins in m_names
    QByteArrayView m_name, m_text;
    std::vector<Attribute> m_attributes;
};

} // namespace df::io
