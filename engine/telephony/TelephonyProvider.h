#pragma once

#include "core/Result.h"
#include "telephony/TwilioRestClient.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>

namespace calldeck {

/// A way to place phone calls whose audio comes back as a Twilio media stream: Twilio itself, or
/// the built-in sandbox line that speaks the same protocol. Sessions depend on this, not on a
/// concrete carrier.
class TelephonyProvider : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~TelephonyProvider() override = default;

    /// "twilio" | "sandbox"
    [[nodiscard]] virtual QString name() const = 0;
    /// True when the carrier sits on the internet and must reach the media server through a
    /// public https URL (tunnel or reverse proxy).
    [[nodiscard]] virtual bool needsPublicUrl() const = 0;
    /// Key the carrier signs webhooks and media handshakes with.
    [[nodiscard]] virtual QByteArray signingKey() const = 0;
    /// Caller ID calls are placed from.
    [[nodiscard]] virtual QString fromNumber() const = 0;

    virtual QFuture<Result<TwilioCall>> place(const TwilioCallRequest& request) = 0;
    virtual QFuture<Result<TwilioCall>> fetch(const QString& callSid) = 0;
    virtual QFuture<Status> hangUp(const QString& callSid) = 0;
};

/// Twilio's Voice REST API through TwilioRestClient. The sandbox line uses the same class with its
/// own base URL and credentials, so both run exactly the same client code.
class TwilioProvider : public TelephonyProvider
{
    Q_OBJECT
public:
    struct Config
    {
        QString name;              ///< "twilio" | "sandbox"
        QUrl apiBase;
        TwilioCredentials credentials;
        QByteArray signingKey;     ///< the account's auth token
        QString fromNumber;
        bool needsPublicUrl = true;
    };

    TwilioProvider(QNetworkAccessManager& network, Config config, QObject* parent = nullptr);

    [[nodiscard]] QString name() const override { return m_config.name; }
    [[nodiscard]] bool needsPublicUrl() const override { return m_config.needsPublicUrl; }
    [[nodiscard]] QByteArray signingKey() const override { return m_config.signingKey; }
    [[nodiscard]] QString fromNumber() const override { return m_config.fromNumber; }

    QFuture<Result<TwilioCall>> place(const TwilioCallRequest& request) override;
    QFuture<Result<TwilioCall>> fetch(const QString& callSid) override;
    QFuture<Status> hangUp(const QString& callSid) override;

private:
    Config m_config;
    TwilioRestClient m_client;
};

} // namespace calldeck
