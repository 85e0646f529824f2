#pragma once

#include "calls/CallCost.h"
#include "calls/cost/PriceTable.h"
#include "conversation/AgentTypes.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace calldeck {

/// What the pre-call estimate is for: the agent, its models and the telephony provider.
struct CostEstimateInput
{
    QString agentKind = QStringLiteral("realtime");   ///< realtime | cascade | offline | human
    QString realtimeModel = QStringLiteral("gpt-realtime");
    QString chatModel = QStringLiteral("gpt-4o-mini");
    QString transcriptionModel = QStringLiteral("gpt-4o-mini-transcribe");
    QString ttsModel = QStringLiteral("gpt-4o-mini-tts");
    QString telephonyProvider = QStringLiteral("twilio");   ///< twilio | sandbox
    double expectedMinutes = 3.0;
};

/// One call's running cost (PRODUCT T10): telephony minutes plus every AiUsage the agent
/// reported, priced with a PriceTable into integer micro-dollars. Cached input is priced at its
/// own rate: Σ over text and audio of (in − cached)·P_in + cached·P_cached + out·P_out.
/// A usage without a price counts as zero and is named in warnings(); it never fails.
class CostMeter
{
public:
    explicit CostMeter(PriceTable prices = PriceTable::defaults());

    /// The call's telephony so far; replaces the previous value. Twilio and the sandbox bill per
    /// started minute, so 61 s cost two minutes.
    void setTelephony(const QString& provider, qint64 connectedSeconds);
    /// One AI request's or response's usage; realtime, transcription, stt and tts count as
    /// voice AI, chat as reasoning AI.
    void add(const AiUsage& usage);
    /// The cost so far, one line per price item.
    [[nodiscard]] CallCost cost() const;
    /// Readable notes about usage that had no price.
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

    /// The pre-call estimate. Assumptions (per connected minute): the callee speaks 45 % and the
    /// agent 45 % of the time (the rest is silence, which server VAD does not bill); Realtime
    /// audio is 600 tokens per minute of callee speech in and 1200 per minute of agent speech
    /// out; 4 turns a minute; a 1200-token prompt; every response re-reads the prompt and the
    /// conversation so far, at the cached rate (the context grows, so cost grows faster than
    /// linearly with the call's length); the cascade's chat sees 150 text tokens per minute of
    /// speech and its TTS reads 900 characters per minute of agent speech.
    [[nodiscard]] static CallCost estimate(const PriceTable& prices, const CostEstimateInput& input);

private:
    struct Tally
    {
        QString category;
        QString provider;
        QString item;
        QString unit;
        qint64 amount = 0;     ///< in units, or in milliseconds for per-minute items fed in seconds
        qint64 divisor = 1;    ///< amount / divisor = quantity in `unit`s
    };

    void tally(QList<Tally>& into, const QString& category, const QString& provider, const QString& item, qint64 amount,
               qint64 divisor = 1);
    void addTokens(const QString& category, const QString& provider, const QString& prefix, const AiUsage& usage);
    [[nodiscard]] CostLine price(const Tally& tally) const;

    PriceTable m_prices;
    QList<Tally> m_telephony;
    QList<Tally> m_ai;
    QStringList m_warnings;
    QSet<QString> m_warnedKeys;
};

} // namespace calldeck
