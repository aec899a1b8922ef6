#pragma once

#include <QByteArray>
#include <optional>

namespace df {

// gzip (RFC 1952) for sync bodies: push requests from the client and pull pages from the
// server are compressed when they are large enough to gain from it.
QByteArray gzipCompress(const QByteArray &data, int level = 1);

// The decompressed data, or nothing when `data` is not a whole gzip stream or would
// grow beyond `maxSize` bytes (a small body must not expand into gigabytes).
std::optional<QByteArray> gzipDecompress(const QByteArray &data, qsizetype maxSize);

} // namespace df
