#include "networkmonitor.h"

#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>

namespace df {

NetworkMonitor::NetworkMonitor(const QUrl &healthUrl, int probeMs, QObject *parent)
    : QObject(parent)
    , m_health(healthUrl)
    , m_nam(new QNetworkAccessManager(this))
{
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance() &&
        QNetworkInformation::instance()->supports(QNetworkInformation::Feature::Reachability)) {
        m_backend = true;
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (r == QNetworkInformation::Reachability::Disconnected)
                        setOnline(false);
                    else
                        probe(); // the OS says a network is there; is the server?
                });
    }
    connect(&m_timer, &QTimer::timeout, this, &NetworkMonitor::probe);
    m_timer.start(probeMs);
    QMetaObject::invokeMethod(this, &NetworkMonitor::probe, Qt::QueuedConnection);
}

NetworkMonitor::~NetworkMonitor() = default;

void NetworkMonitor::probe()
{
    if (m_probing || !m_health.isValid())
        return;
    if (m_backend && QNetworkInformation::instance()->reachability() ==
                         QNetworkInformation::Reachability::Disconnected) {
        setOnline(false);
        return;
    }
    m_probing = true;
    ++m_probes;
    QNetworkRequest request(m_health);
    request.setTransferTimeout(5000);
    request.setRawHeader("DoanField-Protocol", "1");
    QNetworkReply *reply = m_nam->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        m_probing = false;
        // Any HTTP answer means the server is there, even an error status.
        setOnline(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() > 0);
        reply->deleteLater();
    });
}

void NetworkMonitor::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
}

} // namespace df
