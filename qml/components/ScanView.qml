import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import DoanField

// The camera at the door: frames go to a FrameScanner, which reads QR codes on its own
// thread and reports each card once while it stays in view. The last answer shows over
// the picture in large letters for 1.5 s, then the view is ready for the next card.
// `frameSource` (an ImageFrameSource) replaces the camera: tests and the screen tour
// "show" it a card through the same sink, scanner and decoder as camera frames.
// No camera, or one that fails to open: a sentence, and the search above still works.
Rectangle {
    id: root
    objectName: "scanView"
    property var frameSource: null
    property bool active: true
    property var answers: []            // the last scan's answers, shown for showMs
    property int showMs: 1500
    signal codesFound(var codes)

    readonly property bool injected: root.frameSource !== null
    readonly property bool hasCamera: injected || devices.videoInputs.length > 0
    property string cameraError: ""
    property int cameraIndex: 0
    readonly property bool showing: answerTimer.running && root.answers.length > 0
    readonly property alias scanner: scanner

    function show(answers) {
        root.answers = answers
        answerTimer.restart()
    }

    color: Theme.camera
    clip: true

    MediaDevices { id: devices }

    VideoOutput {
        id: output
        objectName: "scanVideo"
        anchors.fill: parent
        fillMode: VideoOutput.PreserveAspectCrop
        visible: root.hasCamera && root.cameraError.length === 0
    }

    // The camera exists only while the view does and no frames are injected.
    Loader {
        id: cameraLoader
        active: !root.injected && devices.videoInputs.length > 0 && root.visible
        sourceComponent: Item {
            property alias camera: camera
            Camera {
                id: camera
                active: true
                cameraDevice: devices.videoInputs[Math.min(root.cameraIndex, devices.videoInputs.length - 1)]
                focusMode: Camera.FocusModeAutoNear
                onErrorOccurred: (error, errorString) => {
                    console.warn("camera:", errorString)
                    root.cameraError = error === Camera.CameraError
                        ? qsTr("The camera could not be opened. Allow the app to use the camera in the device's settings, or find people by name above.")
                        : qsTr("The camera stopped. Close the scanner and open it again, or find people by name above.")
                }
            }
            CaptureSession {
                camera: camera
                videoOutput: output
            }
        }
        onLoaded: root.cameraError = ""
    }

    FrameScanner {
        id: scanner
        videoSink: output.videoSink
        active: root.active && root.visible && !root.showing
        onDecoded: codes => root.codesFound(codes)
    }

    onFrameSourceChanged: if (frameSource) frameSource.videoSink = output.videoSink
    Component.onCompleted: if (frameSource) frameSource.videoSink = output.videoSink
    Component.onDestruction: if (frameSource) frameSource.videoSink = null

    Timer { id: answerTimer; interval: root.showMs }

    // Where to hold the card.
    Rectangle {
        id: frame
        visible: output.visible && !root.showing
        anchors.centerIn: parent
        width: Math.min(parent.width, parent.height) * 0.6
        height: width
        color: "transparent"
        border.color: Theme.cameraGuide
        border.width: 3
        radius: Theme.radius
    }
    Label {
        visible: frame.visible
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: Theme.spacing
        width: parent.width - 2 * Theme.padding
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        text: qsTr("Hold the card's QR code inside the frame")
        color: Theme.textOnCamera
        style: Text.Outline
        styleColor: Theme.scrim
        font.pixelSize: Theme.fontBody
    }

    // No camera, or it failed: say so; the search field above still works.
    Label {
        objectName: "scanProblem"
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.padding
        visible: (!root.hasCamera || root.cameraError.length > 0) && !root.showing
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.WordWrap
        color: Theme.textOnCamera
        font.pixelSize: Theme.fontBody
        text: root.cameraError.length > 0 ? root.cameraError
              : qsTr("This device has no camera. Find people by name or card number above, or use a USB scanner.")
    }

    // The answer, large, for showMs: a band over the lower part of the picture.
    Rectangle {
        objectName: "scanAnswer"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: Math.min(parent.height, Math.max(parent.height * 0.55, answerColumn.implicitHeight + 2 * Theme.padding))
        visible: root.showing
        color: {
            const r = root.answers.length > 0 ? root.answers[0].result : ""
            return r === "checkedIn" ? Theme.success : r === "already" ? Theme.warning
                 : r === "guest" ? Theme.primary : Theme.accent
        }
        opacity: 0.94
        ColumnLayout {
            id: answerColumn
            anchors.centerIn: parent
            width: parent.width - 2 * Theme.padding
            spacing: Theme.spacing
            Repeater {
                model: root.answers
                delegate: ColumnLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        objectName: "scanAnswerName"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        maximumLineCount: 2
                        elide: Text.ElideRight
                        color: Theme.textOnCamera
                        font.bold: true
                        font.pixelSize: root.answers.length > 1 ? Theme.fontHeadline
                                        : Math.max(Theme.fontDisplay, Math.min(root.width / 14, 48))
                        text: modelData.name || ""
                    }
                    Label {
                        objectName: "scanAnswerText"
                        Layout.fillWidth: true
                        horizontalAlignment: Text.AlignHCenter
                        wrapMode: Text.WordWrap
                        color: Theme.textOnCamera
                        font.pixelSize: Theme.fontTitle
                        text: modelData.message || ""
                    }
                }
            }
        }
    }

    // Front and back camera; the torch where there is one.
    RowLayout {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: Theme.spacing
        spacing: Theme.spacing
        visible: cameraLoader.status === Loader.Ready && root.cameraError.length === 0
        RoundButton {
            objectName: "switchCamera"
            visible: devices.videoInputs.length > 1
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: "⟲"
            font.pixelSize: Theme.fontTitle
            Accessible.name: qsTr("Switch camera")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onClicked: root.cameraIndex = (root.cameraIndex + 1) % devices.videoInputs.length
        }
        RoundButton {
            objectName: "torchButton"
            readonly property var camera: cameraLoader.item ? cameraLoader.item.camera : null
            visible: camera !== null && camera.isTorchModeSupported(Camera.TorchOn)
            checkable: true
            implicitWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: "☀"
            font.pixelSize: Theme.fontTitle
            Accessible.name: checked ? qsTr("Turn the torch off") : qsTr("Turn the torch on")
            ToolTip.visible: hovered
            ToolTip.text: Accessible.name
            onToggled: if (camera) camera.torchMode = checked ? Camera.TorchOn : Camera.TorchOff
        }
    }
}
