#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

// Vietnamese text for search and sorting. Folding and sort keys are computed here, not by
// the platform's collator, so every device and the server agree byte for byte.
namespace df::vn {

// Lower case, diacritics removed, đ/Đ -> d: "Nguyễn Văn Đức" -> "nguyen van duc".
QString fold(QStringView text);

// The text indexed for a member: folded name, then the card number.
QString searchKey(QStringView fullName, QStringView cardNumber = {});

// A memcmp-ordered key: given name (the last word) first, then family and middle names;
// letters in Vietnamese alphabet order (a ă â b c d đ e ê …), tones as a second level
// (ngang, huyền, hỏi, ngã, sắc, nặng).
QByteArray sortKey(QStringView fullName);

// The given name, i.e. the last word.
QStringView givenName(QStringView fullName);

// An FTS5 query for as-you-type search: every folded token becomes a quoted prefix term.
// Empty when the text has no searchable token.
QString ftsPrefixQuery(QStringView userText);

// True when every space-separated token of `foldedQuery` is a prefix of some word of
// `foldedText`. Both arguments are already folded (UTF-8).
bool tokensPrefixMatch(const char *foldedText, const char *foldedQuery);

} // namespace df::vn
