#pragma once

// Where a secret could be left behind on disk: every file under some folders, read as
// bytes, searched for the secret in each form it could have been written in. Used on the
// files the app itself writes (the settings, the account's database with its -wal and
// -shm, anything else in its folders) after a real sign-in.
#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace secretscan {

// `secret` as it could appear in a file: as given (UTF-8), in UTF-16 (QString's and
// SQLite's other text encoding), percent-encoded, in hex (either case) and in base64 of
// either alphabet, padded or not; and when it is base64 of random bytes, as a session
// token is, those bytes raw, in hex and in base64.
inline QList<QByteArray> formsOf(const QByteArray &secret)
{
    QList<QByteArray> forms{secret};
    const QString text = QString::fromUtf8(secret);
    forms << QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    forms << text.toUtf8().toPercentEncoding();
    forms << secret.toHex() << secret.toHex().toUpper();
    for (const auto enc : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding})
        forms << secret.toBase64(enc) << secret.toBase64(enc | QByteArray::OmitTrailingEquals);
    for (const auto alphabet : {QByteArray::Base64UrlEncoding, QByteArray::Base64Encoding}) {
        const auto decoded = QByteArray::fromBase64Encoding(
            secret, alphabet | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() < 16)
            continue;
        const QByteArray raw = decoded.decoded;
        forms << raw << raw.toHex() << raw.toHex().toUpper();
        for (const auto enc : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding})
            forms << raw.toBase64(enc) << raw.toBase64(enc | QByteArray::OmitTrailingEquals);
    }
    QList<QByteArray> unique;
    for (const QByteArray &f : std::as_const(forms))
        if (!f.isEmpty() && !unique.contains(f))
            unique << f;
    return unique;
}

// Every file under `roots` (recursively, hidden ones too), each once.
inline QStringList filesUnder(const QStringList &roots)
{
    QSet<QString> seen;
    QStringList files;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            if (!path.isEmpty() && !seen.contains(path)) {
                seen.insert(path);
                files << path;
            }
        }
    }
    files.sort();
    return files;
}

// The secrets to look for, each in all its forms, with what to call a find.
class Needles
{
public:
    void add(const QString &what, const QByteArray &secret)
    {
        const QList<QByteArray> forms = formsOf(secret);
        for (qsizetype i = 0; i < forms.size(); ++i) {
            m_bytes << forms.at(i);
            m_names << QStringLiteral("%1 (form %2 of %3)").arg(what).arg(i + 1).arg(forms.size());
        }
    }

    // "file: what" for each file that holds a needle. A file that went away meanwhile is
    // skipped; one that is there and cannot be read is a finding.
    QStringList in(const QStringList &files) const
    {
        QStringList out;
        for (const QString &path : files) {
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly)) {
                if (f.exists())
                    out << path + QStringLiteral(": cannot be read");
                continue;
            }
            const QByteArray bytes = f.readAll();
            for (qsizetype i = 0; i < m_bytes.size(); ++i)
                if (bytes.contains(m_bytes.at(i)))
                    out << path + QStringLiteral(": ") + m_names.at(i);
            // QSettings escapes what it writes (bytes as \xhh, quotes): its files are read
            // back through it too, every key and value.
            if (path.endsWith(QLatin1String(".conf")) || path.endsWith(QLatin1String(".ini"))) {
                QSettings settings(path, QSettings::IniFormat);
                const QStringList keys = settings.allKeys();
                for (const QString &key : keys) {
                    const QString found =
                        firstIn(key.toUtf8() + '=' + bytesOf(settings.value(key)));
                    if (!found.isEmpty())
                        out << path + QStringLiteral(" [") + key + QStringLiteral("]: ") + found;
                }
            }
        }
        return out;
    }
    // A message's text (a log line), searched the same way.
    bool inText(const QString &text) const { return !firstIn(text.toUtf8()).isEmpty(); }

private:
    // What the first needle found in `bytes` is called; empty for none.
    QString firstIn(const QByteArray &bytes) const
    {
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            if (bytes.contains(m_bytes.at(i)))
                return m_names.at(i);
        return {};
    }
    // A settings value as bytes: a byte array as it is, text in UTF-8, lists and maps
    // item by item.
    static QByteArray bytesOf(const QVariant &value)
    {
        switch (value.typeId()) {
        case QMetaType::QByteArray:
            return value.toByteArray();
        case QMetaType::QVariantList:
        case QMetaType::QStringList: {
            QByteArray all;
            for (const QVariant &v : value.toList())
                all += bytesOf(v) + '\n';
            return all;
        }
        case QMetaType::QVariantMap: {
            QByteArray all;
            const QVariantMap map = value.toMap();
            for (auto it = map.begin(); it != map.end(); ++it)
                all += it.key().toUtf8() + '=' + bytesOf(it.value()) + '\n';
            return all;
        }
        default:
            return value.toString().toUtf8();
        }
    }

    QList<QByteArray> m_bytes;
    QStringList m_names;
};

} // namespace secretscan
