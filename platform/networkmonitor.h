#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace df {

// Whether the sync server can be reached: QNetworkInformation's reachability where a
// backend loads (phones, desktops), otherwise a probe of the server's health endpoint
// every `probeMs` (containers, minimal Linux). The probe also runs where the backend
// says "online", since a captive portal or a dead server look online to the OS.
class NetworkMonitor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool online READ isOnline NOTIFY onlineChanged)
    Q_PROPERTY(bool usesBackend READ usesBackend CONSTANT)

public:
    explicit NetworkMonitor(const QUrl &healthUrl, int probeMs = 30000, QObject *parent = nullptr);
    ~NetworkMonitor() override;

    bool isOnline() const { return m_online; }
    bool usesBackend() const { return m_backend; }
    // Health requests sent so far (tests: whether something asked for one).
    int probesSent() const { return m_probes; }

public Q_SLOTS:
    void probe();

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);
    QUrl m_health;
    bool m_online = false;
    bool m_backend = false;
    bool m_probing = false;
    int m_probes = 0;
    QTimer m_timer;
    QNetworkAccessManager *m_nam;
};

} // namespace df
