#pragma once

#include "CliContext.h"
#include "calls/CallSnapshot.h"

#include <QEventLoop>
#include <QStringList>

namespace calldeck {
class Engine;
}

namespace calldeck::cli {

/// `calldeck-cli call --to NUMBER …`: starts the engine headless, places one call (you or an AI agent talks),
/// prints its events and transcript as they happen (text, or one JSON object per line), and exits
/// with a code that tells how the call ended. Ctrl+C hangs up.
class CallCommand
{
public:
    explicit CallCommand(CliContext& context);

    ExitCode run(const QStringList& arguments);

    /// The exit code for a terminal outcome ("completed" → 0, "busy" → 6, …).
    [[nodiscard]] static ExitCode exitCodeForOutcome(const QString& outcome);

private:
    void printEvent(const QString& callKey, const QString& kind, const QString& detail);
    void printTranscript(const TranscriptSegment& line);
    void printOutcome(const CallSnapshot& call, ExitCode code);
    void onCallUpdated(Engine& engine, const CallSnapshot& call);
    void hangUp(Engine& engine);

    CliContext& m_context;
    Console& m_console;
    QEventLoop m_loop;     ///< runs until the call ended; also the context of every connection
    bool m_json = false;
    bool m_approve = false;   ///< --approvals approve
    bool m_storeOpen = false; ///< the call is saved, so post-call processing follows it
    int m_hangupAfterMs = 0;
    bool m_hangupScheduled = false;
    bool m_hangupRequested = false;
    QString m_callKey;
    CallSnapshot m_final;
    bool m_ended = false;
};

} // namespace calldeck::cli
