#include "telephony/TelephonyProvider.h"

namespace calldeck {

TwilioProvider::TwilioProvider(QNetworkAccessManager& network, Config config, QObject* parent)
    : TelephonyProvider(parent), m_config(std::move(config)),
      m_client(network, m_config.apiBase, m_config.credentials)
{
}

QFuture<Result<TwilioCall>> TwilioProvider::place(const TwilioCallRequest& request)
{
    return m_client.createCall(request);
}

QFuture<Result<TwilioCall>> TwilioProvider::fetch(const QString& callSid)
{
    return m_client.fetchCall(callSid);
}

QFuture<Status> TwilioProvider::hangUp(const QString& callSid)
{
    return m_client.hangUp(callSid);
}

} // namespace calldeck
