#pragma once

#include <QString>

// The text inside a member card's QR code (docs/PROTOCOL.md, "Member card codes"):
//   DF1:<member id as 26 base32 characters>[:<card number>]
// e.g. "DF1:AGCQKIY4JVEQTNFNO7MCMXGU2E:4910000123". Only characters of the QR
// alphanumeric set, so the symbol stays small (version 3 at level M). No personal data:
// the id is a random UUID and the card number is printed on the card beside it.
namespace df::CardCode {

// "DF1:…" for the member; the card number is kept only when it is made of digits, A-Z,
// '.', '-' and '/' (at most 20 of them, upper-cased), otherwise left out. Empty for an id
// that is not a UUID.
QString encode(const QString &memberId, const QString &cardNumber = {});

struct Parsed
{
    enum Kind {
        Valid,   // memberId (lower-case UUID) and cardNumber (possibly empty) are set
        Foreign, // not a Đoàn Field card at all (another QR code, a name typed)
        Damaged, // starts like a card but does not read as one
        Newer,   // a card of a later version ("DF2:…"): update the app
    };
    Kind kind = Foreign;
    QString memberId;
    QString cardNumber;
};

// Reads a scanned or typed text. Case and surrounding white space do not matter
// (a keyboard-wedge scanner with Caps Lock on types the code in lower case).
Parsed parse(QStringView text);

// Whether the text could be the start of a card code ("D", "DF", "DF1:A…"); a scanner
// typing into a search field is told apart by this and by its speed.
bool looksLikeStart(QStringView text);

} // namespace df::CardCode
