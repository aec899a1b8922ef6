#include "sync/gzip.h"

#include <zlib.h>

namespace df {

namespace {
constexpr int kGzipWindow = 15 + 16; // 32 KB window, gzip header and trailer
}

QByteArray gzipCompress(const QByteArray &data, int level)
{
    z_stream zs{};
    if (deflateInit2(&zs, level, Z_DEFLATED, kGzipWindow, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out;
    out.resize(qsizetype(deflateBound(&zs, uLong(data.size()))) + 32);
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    out.resize(qsizetype(zs.total_out));
    deflateEnd(&zs);
    return rc == Z_STREAM_END ? out : QByteArray();
}

std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize)
{
    z_stream zs{};
    if (inflateInit2(&zs, kGzipWindow) != Z_OK)
        return std::nullopt;
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    int rc = Z_OK;
    while (rc == Z_OK) {
        const qsizetype have = qsizetype(zs.total_out);
        if (have >= maxSize + 1)
            break;
        const qsizetype room =
            std::min<qsizetype>(maxSize + 1 - have, std::max<qsizetype>(64 * 1024, have));
        out.resize(have + room);
        zs.next_out = reinterpret_cast<Bytef *>(out.data() + have);
        zs.avail_out = uInt(room);
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc == Z_BUF_ERROR && zs.avail_in == 0)
            break; // the stream ended early: truncated
    }
    const bool whole = rc == Z_STREAM_END && zs.avail_in == 0 && qsizetype(zs.total_out) <= maxSize;
    out.resize(qsizetype(zs.total_out));
    inflateEnd(&zs);
    if (!whole)
        return std::nullopt;
    return out;
}

} // namespace df
