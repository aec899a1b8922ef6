#pragma once

#include "memberlist.h" // ExportProgress

#include <QList>
#include <QString>

namespace df {

class Database;

// Printable member cards: A4 PDF pages of 10 cards (2 columns × 5 rows, 85 × 54 mm, the
// size of a bank card) with cut marks at every corner. Each card has the member's name,
// unit, card number and the QR code of CardCode::encode (libqrencode), drawn as vector
// squares so it prints sharp at any resolution.
namespace CardSheet {

constexpr int kPerPage = 10;

struct Card
{
    QString memberId;
    QString fullName;
    QString unitName;
    QString cardNumber;
};

// The active members of a unit subtree, by unit then name (as the member list).
QList<Card> cardsForUnit(Database &db, const QString &unitId);

// Writes the cards; `progress(done)` is called after each page and returning false
// stops and removes the file. Returns the cards written; throws ExportError with a
// sentence for the user (an empty list, a folder that cannot be written).
qint64 write(const QList<Card> &cards, const QString &path, const QString &title,
             const ExportProgress &progress = {});

} // namespace CardSheet
} // namespace df
