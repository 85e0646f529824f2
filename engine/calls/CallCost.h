#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace calldeck {

/// One priced item of a call (PRODUCT T10), e.g. "telephony · outbound minutes · 3.2 min · $0.045".
struct CostLine
{
    QString category;      ///< "telephony" | "voice_ai" | "reasoning_ai"
    QString provider;      ///< "twilio" | "sandbox" | "openai" | "espeak"
    QString item;          ///< price-table key, e.g. "twilio.outbound_minute", "gpt-realtime.audio_in"
    double quantity = 0;   ///< in `unit`s
    QString unit;          ///< "minute" | "token" | "second" | "character"
    qint64 micros = 0;     ///< cost in micro-dollars (integer, never a binary float for money)

    friend bool operator==(const CostLine&, const CostLine&) = default;
};

/// A call's cost so far (live) or final (stored on the session), by category, in micro-dollars.
struct CallCost
{
    qint64 telephonyMicros = 0;
    qint64 voiceAiMicros = 0;
    qint64 reasoningAiMicros = 0;
    QList<CostLine> lines;

    [[nodiscard]] qint64 totalMicros() const { return telephonyMicros + voiceAiMicros + reasoningAiMicros; }
    friend bool operator==(const CallCost&, const CallCost&) = default;
};

} // namespace calldeck

Q_DECLARE_METATYPE(calldeck::CallCost)
