import QtQuick
import QtTest
import DoanField

// The settings page: a tap on Dark turns the theme dark (Qt 6.4 cannot report the system's
// scheme, so a setting is the way there), Light and "as the system" turn it back; the
// language choice is kept.
TestCase {
    id: test
    name: "Settings"
    when: windowShown
    visible: true
    width: 412
    height: 915

    Component { id: pageComponent; SettingsPage { width: 412; height: 900 } }

    function test_darkModeAndLanguage() {
        const page = createTemporaryObject(pageComponent, test)
        waitForRendering(page)
        const wasLanguage = Preferences.language
        mouseClick(findChild(page, "schemeDark"))
        compare(Preferences.colorScheme, 2)
        verify(Theme.dark)
        compare(String(Theme.background), "#121212")
        mouseClick(findChild(page, "schemeLight"))
        verify(!Theme.dark)
        mouseClick(findChild(page, "schemeSystem"))
        compare(Preferences.colorScheme, 0)
        verify(!Theme.dark, "the system scheme is light on Qt 6.4")

        mouseClick(findChild(page, "languageEn"))
        compare(Preferences.language, "en")
        verify(findChild(page, "languageEn").checked)
        mouseClick(findChild(page, "languageVi"))
        compare(Preferences.language, "vi")
        Preferences.language = wasLanguage
        verify(findChild(page, "accountText").text.length > 0)
    }
}
