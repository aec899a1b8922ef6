pragma Singleton
import QtQuick
import DoanField

// Colours, type scale and spacing for every screen. Light or dark as set on the settings
// page; "system" follows the device where Qt can tell (6.5 on), and is light before that.
QtObject {
    // Qt.styleHints.colorScheme exists from Qt 6.5 on; 2 is Qt::ColorScheme::Dark.
    readonly property bool systemDark: Qt.styleHints.colorScheme === 2
    readonly property bool dark: Preferences.colorScheme === 2
                                 || (Preferences.colorScheme === 0 && systemDark)
    readonly property color primary: "#1565C0"      // Union blue
    readonly property color accent: "#C62828"       // flag red, used sparingly
    readonly property color background: dark ? "#121212" : "#F5F7FA"
    readonly property color surface: dark ? "#1E1E1E" : "#FFFFFF"
    readonly property color text: dark ? "#ECEFF1" : "#1B1F24"
    readonly property color textMuted: dark ? "#A7B0B8" : "#5F6B76"
    readonly property color divider: dark ? "#33FFFFFF" : "#1F000000"
    readonly property color selected: dark ? "#263A52" : "#E3EEFB"
    readonly property color warning: "#EF6C00"
    readonly property color success: dark ? "#66BB6A" : "#2E7D32"
    readonly property color successSoft: dark ? "#1B3A1E" : "#E8F5E9"
    readonly property color warningSoft: dark ? "#3E2A10" : "#FFF3E0"
    readonly property color errorSoft: dark ? "#3E1616" : "#FFEBEE"
    readonly property color textOnPrimary: "#FFFFFF"
    readonly property color toastBackground: "#DD263238"
    readonly property color scrim: "#80000000"          // behind a dialog of long work
    readonly property color toastAction: "#FFD54F"
    // Over a camera picture, and a card code shown on white in either scheme.
    readonly property color camera: "#202428"
    readonly property color cameraGuide: "#CCFFFFFF"
    readonly property color textOnCamera: "#FFFFFF"
    readonly property color paper: "#FFFFFF"
    readonly property color textOnPaper: "#000000"
    readonly property color textOnPaperMuted: "#5F6B76"

    readonly property int fontCaption: 12  // tab labels, tile captions
    readonly property int fontSmall: 13
    readonly property int fontBody: 16
    readonly property int fontTitle: 20
    readonly property int fontHeadline: 24
    readonly property int fontLarge: 28    // the "+" of a floating button
    readonly property int fontDisplay: 32  // the app's name on the sign-in page

    readonly property int spacing: 8
    readonly property int padding: 16
    readonly property int touchTarget: 48
    readonly property int radius: 8
    readonly property int phoneMaxWidth: 600
    // Widths that content grows to and no further.
    readonly property int dialogWidth: 420    // a dialog's text
    readonly property int signInWidth: 440    // the sign-in form, the sign-out dialog
    readonly property int messageWidth: 520   // a toast's sentence, the unit picker, a list pane
    readonly property int formWidth: 640      // forms and settings
    readonly property int wideFormWidth: 720  // the member form, two columns from twoColumns on
    readonly property int twoColumns: 600     // a form this wide sets its fields side by side
    readonly property int stackedButtons: 480 // narrower than this, paired buttons stack
    readonly property int fabSize: 64

    // Colour of an activity kind's badge (core/domain/activity.h order).
    function kindColor(kind) {
        return ["#1565C0", "#00838F", "#6A1B9A", "#C62828", "#EF6C00",
                "#2E7D32", "#558B2F", "#4E342E", "#546E7A"][kind] || "#546E7A"
    }
    // Two letters on an activity kind's badge.
    function kindBadge(kind) {
        return ["SH", "CĐ", "HN", "ĐH", "TH", "TN", "CT", "PV", "HĐ"][kind] || "HĐ"
    }
    // Colour of an attendance status; -1 is "not yet marked".
    function statusColor(status) {
        return [success, warning, primary, accent][status] || textMuted
    }
}
