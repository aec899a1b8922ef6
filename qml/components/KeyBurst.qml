import QtQuick

// Tells a keyboard-wedge scanner from a person in a text field: a scanner types a whole
// code within a few dozen milliseconds and ends with Enter; a person is slower. `note`
// is called on every change of the text; the state starts over when the field empties.
QtObject {
    property double lastKeyAt: 0
    property bool typedSlowly: false
    // The time in ms; tests give a clock they move by hand, so that a busy machine's
    // delays between synthetic keys do not make a scanner look like a person.
    property var clock: null
    function nowMs() { return clock ? clock() : Date.now() }
    function note(text) {
        const now = nowMs()
        if (text.length <= 1)
            typedSlowly = false
        else if (now - lastKeyAt > 50)
            typedSlowly = true
        lastKeyAt = now
    }
    // Codes and card numbers: letters, digits and a few marks, never a space or a
    // diacritic, so a name that arrives at once (a word suggestion) stays a name.
    function byScanner(text) {
        return text.length >= 6 && !typedSlowly && nowMs() - lastKeyAt < 300
               && /^[A-Za-z0-9:.\/-]+$/.test(text)
    }
}
