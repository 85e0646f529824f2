#include "store/SchemaV2.h"

namespace calldeck {

// Same portability rules as SchemaV1. Everything here is additive (ADD COLUMN, new table, new
// indexes), so existing rows survive the upgrade untouched. The way down uses DROP COLUMN
// (SQLite 3.35+, PostgreSQL); a column can only be dropped once the index naming it is gone.
MigrationStep SchemaV2::step()
{
    MigrationStep step;
    step.version = 2;
    step.description = QStringLiteral("call records: call key, agent kind, cost lines, per-turn latency, segment keys");
    step.up = {
        // CallDeck's own "c-…" key, known before the provider answers; NULLs never collide.
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN call_key TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX idx_call_sessions_call_key ON call_sessions (call_key)"),
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN agent_kind TEXT"
                       " CHECK (agent_kind IS NULL OR agent_kind IN ('realtime', 'cascade', 'offline', 'human'))"),
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN estimated_cost_micros INTEGER"
                       " CHECK (estimated_cost_micros IS NULL OR estimated_cost_micros >= 0)"),
        // JSON array of CostLine objects (jsonb on PostgreSQL).
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN cost_lines TEXT"),
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN latency_turns INTEGER"
                       " CHECK (latency_turns IS NULL OR latency_turns >= 0)"),
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN latency_p50_ms INTEGER"),
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN latency_p95_ms INTEGER"),
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN internal_p50_ms INTEGER"),
        QStringLiteral("ALTER TABLE call_sessions ADD COLUMN internal_p95_ms INTEGER"),
        // Tasks created on the fly for a call placed without one; only their status follows the call.
        QStringLiteral("ALTER TABLE call_tasks ADD COLUMN ad_hoc INTEGER NOT NULL DEFAULT 0"
                       " CHECK (ad_hoc IN (0, 1))"),
        QStringLiteral("CREATE TABLE turn_latencies ("
                       " id INTEGER PRIMARY KEY,"
                       " session_id INTEGER NOT NULL REFERENCES call_sessions (id) ON DELETE CASCADE,"
                       " turn INTEGER NOT NULL CHECK (turn >= 1),"
                       " total_us INTEGER NOT NULL CHECK (total_us >= 0),"
                       " internal_us INTEGER NOT NULL CHECK (internal_us >= 0),"
                       " UNIQUE (session_id, turn))"),
        // The segment id (Realtime item id or "<speaker>-<n>") so a re-sent final updates its row.
        QStringLiteral("ALTER TABLE transcript_segments ADD COLUMN segment_key TEXT"),
        QStringLiteral("CREATE UNIQUE INDEX idx_transcript_segments_key ON transcript_segments"
                       " (transcript_id, segment_key)"),
    };
    step.down = {
        QStringLiteral("DROP INDEX idx_transcript_segments_key"),
        QStringLiteral("ALTER TABLE transcript_segments DROP COLUMN segment_key"),
        QStringLiteral("DROP TABLE turn_latencies"),
        QStringLiteral("ALTER TABLE call_tasks DROP COLUMN ad_hoc"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN internal_p95_ms"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN internal_p50_ms"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN latency_p95_ms"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN latency_p50_ms"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN latency_turns"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN cost_lines"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN estimated_cost_micros"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN agent_kind"),
        QStringLiteral("DROP INDEX idx_call_sessions_call_key"),
        QStringLiteral("ALTER TABLE call_sessions DROP COLUMN call_key"),
    };
    return step;
}

} // namespace calldeck
