#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace calldeck {

/// How the client authenticates: HTTP Basic with the Account SID + auth token, or an API key SID +
/// secret. The Account SID always names the account in the path.
struct TwilioCredentials
{
    QString accountSid;   ///< "AC" + 32 hex
    QString username;     ///< the Account SID, or an API key SID ("SK…")
    QString password;     ///< the auth token, or the API key secret
};

/// What Twilio reports about a call (subset of the Call resource JSON).
struct TwilioCall
{
    QString sid;
    QString status;       ///< queued, ringing, in-progress, completed, busy, failed, no-answer, canceled
    QString to;
    QString from;
    QString direction;
    int durationSeconds = -1; ///< -1 while unknown
    QString answeredBy;
};

/// Parameters of an outbound call with inline TwiML.
struct TwilioCallRequest
{
    QString to;                 ///< E.164
    QString from;               ///< E.164 Twilio number or verified caller ID
    QString twiml;              ///< inline TwiML (≤ 4000 characters)
    QUrl statusCallback;        ///< receives initiated, ringing, answered and completed
    int ringTimeoutSeconds = 30;
    int timeLimitSeconds = 0;   ///< 0 = Twilio's default
};

/// Twilio Voice REST API (2010-04-01): create, fetch and hang up calls. Errors become Error values
/// with ErrorCode::Remote (or Network), Twilio's code in remoteCode and a message a user understands.
/// 429/20429 and 5xx answers are retried with exponential backoff, honouring Retry-After.
class TwilioRestClient : public QObject
{
    Q_OBJECT
public:
    /// `apiBase` such as "https://api.twilio.com" (CALLDECK_TWILIO_API_BASE for the sandbox and tests).
    TwilioRestClient(QNetworkAccessManager& network, QUrl apiBase, TwilioCredentials credentials,
                     QObject* parent = nullptr);

    /// POST …/Calls.json with Twiml, StatusCallback and all four StatusCallbackEvent values.
    QFuture<Result<TwilioCall>> createCall(const TwilioCallRequest& request);
    /// GET …/Calls/{sid}.json
    QFuture<Result<TwilioCall>> fetchCall(const QString& callSid);
    /// POST …/Calls/{sid}.json Status=completed. A call Twilio no longer knows (20404) counts as ended.
    QFuture<Status> hangUp(const QString& callSid);

    /// Retry policy: attempts in all (≥ 1) and the first backoff delay (doubles each time).
    void setRetryPolicy(int maxAttempts, std::chrono::milliseconds firstBackoff);

    /// The message shown to a user for a Twilio error code, or empty when the code has none.
    static QString userMessageForCode(int twilioCode);

private:
    struct Call;
    void send(const std::shared_ptr<Call>& call);
    void finish(const std::shared_ptr<Call>& call, QNetworkReply* reply);

    QNetworkAccessManager& m_network;
    QUrl m_apiBase;
    TwilioCredentials m_credentials;
    int m_maxAttempts = 4;
    std::chrono::milliseconds m_firstBackoff{500};
};

} // namespace calldeck
