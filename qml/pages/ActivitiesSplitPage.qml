import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import DoanField

// Activities and the chosen one side by side (tablet, desktop).
Page {
    id: root
    property string unitId: ""
    property string activityId: ""

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ActivitiesPage {
            Layout.fillWidth: true
            Layout.fillHeight: true
            unitId: root.unitId
            currentActivityId: root.activityId
        }
        Rectangle { Layout.fillHeight: true; implicitWidth: 1; color: Theme.divider }
        ActivityPage {
            Layout.preferredWidth: Math.min(560, root.width * 0.5)
            Layout.fillHeight: true
            activityId: root.activityId
        }
    }
}
