#include "store/SchemaV4.h"

namespace calldeck {

// New tables only (portability rules as in SchemaV1). A run keeps a JSON snapshot of the script
// version it started with, so importing a new version never changes a call already made. The
// notes limit is also a CHECK so no writer can store more than the control panel allows.
MigrationStep SchemaV4::step()
{
    MigrationStep step;
    step.version = 4;
    step.description = QStringLiteral("sales scripts: scripts, call threads, script runs, milestone responses, "
                                      "objections, script events");
    step.up = {
        // Scripts per organization ('' = the local user's own); definition is ScriptJson.
        QStringLiteral("CREATE TABLE scripts ("
                       " id INTEGER PRIMARY KEY,"
                       " organization TEXT NOT NULL DEFAULT '',"
                       " name TEXT NOT NULL CHECK (length(name) > 0),"
                       " version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),"
                       " definition TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " UNIQUE (organization, name))"),

        // Calls to the same prospect form one thread (S6); the language is the primary call's.
        QStringLiteral("CREATE TABLE call_threads ("
                       " id INTEGER PRIMARY KEY,"
                       " prospect_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
                       " language TEXT NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX idx_call_threads_prospect ON call_threads (prospect_id)"),

        QStringLiteral("CREATE TABLE script_runs ("
                       " id INTEGER PRIMARY KEY,"
                       " script_id INTEGER REFERENCES scripts (id) ON DELETE SET NULL,"
                       " script_version INTEGER NOT NULL CHECK (script_version >= 1),"
                       " script_json TEXT NOT NULL,"
                       " prospect_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
                       " thread_id INTEGER NOT NULL REFERENCES call_threads (id) ON DELETE CASCADE,"
                       " thread_seq INTEGER NOT NULL CHECK (thread_seq >= 1),"
                       " previous_run_id INTEGER REFERENCES script_runs (id) ON DELETE SET NULL,"
                       " call_key TEXT,"
                       " session_id INTEGER NULL REFERENCES call_sessions (id) ON DELETE SET NULL,"
                       " mode TEXT NOT NULL CHECK (mode IN ('strict', 'flexible')),"
                       " language TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'scheduled'"
                       "  CHECK (status IN ('scheduled', 'in_progress', 'completed', 'cancelled')),"
                       " current_milestone INTEGER NOT NULL DEFAULT 0 CHECK (current_milestone >= 0),"
                       " resume_from INTEGER NOT NULL DEFAULT 1 CHECK (resume_from >= 1),"
                       " checklist_checked TEXT NOT NULL DEFAULT '[]',"
                       " gate_override_reason TEXT,"
                       " created_at TEXT NOT NULL,"
                       " started_at TEXT,"
                       " ended_at TEXT,"
                       " UNIQUE (thread_id, thread_seq))"),
        QStringLiteral("CREATE INDEX idx_script_runs_prospect ON script_runs (prospect_id)"),
        QStringLiteral("CREATE INDEX idx_script_runs_call_key ON script_runs (call_key)"),

        // One response per milestone per run (S4): the UNIQUE makes a duplicate impossible.
        QStringLiteral("CREATE TABLE milestone_responses ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER NOT NULL REFERENCES script_runs (id) ON DELETE CASCADE,"
                       " milestone_number INTEGER NOT NULL CHECK (milestone_number >= 1),"
                       " state TEXT NOT NULL DEFAULT 'not_started'"
                       "  CHECK (state IN ('not_started', 'in_progress', 'completed', 'skipped')),"
                       " started_at TEXT,"
                       " completed_at TEXT,"
                       " questions_checked TEXT NOT NULL DEFAULT '[]',"
                       " confirmations_checked TEXT NOT NULL DEFAULT '[]',"
                       " fields TEXT NOT NULL DEFAULT '{}',"
                       " notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),"
                       " notes_saved_at TEXT,"
                       " skip_reason TEXT,"
                       " UNIQUE (run_id, milestone_number))"),

        // Objections (S5); outcome NULL = open. prospect_id lets a follow-up find open ones fast.
        QStringLiteral("CREATE TABLE objections ("
                       " id INTEGER PRIMARY KEY,"
                       " run_id INTEGER NOT NULL REFERENCES script_runs (id) ON DELETE CASCADE,"
                       " prospect_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,"
                       " type TEXT NOT NULL CHECK (length(type) > 0),"
                       " milestone INTEGER NOT NULL DEFAULT 0 CHECK (milestone >= 0),"
                       " note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),"
                       " answers TEXT NOT NULL DEFAULT '[]',"
                       " outcome TEXT CHECK (outcome IS NULL OR outcome IN ('Resolved', 'Deferred', 'Disqualified')),"
                       " actor TEXT NOT NULL,"
                       " opened_at TEXT NOT NULL,"
                       " closed_at TEXT)"),
        QStringLiteral("CREATE INDEX idx_objections_prospect ON objections (prospect_id)"),
        QStringLiteral("CREATE INDEX idx_objections_run ON objections (run_id)"),

        // The audit log of a run: who skipped, overrode or resumed what, when and why.
        QStringLiteral(
            "CREATE TABLE script_events ("
            " id INTEGER PRIMARY KEY,"
            " run_id INTEGER NOT NULL REFERENCES script_runs (id) ON DELETE CASCADE,"
            " kind TEXT NOT NULL CHECK (kind IN ('gate_override', 'checklist_override', 'skip', 'back', 'jump',"
            "  'override', 'resume', 'start', 'complete', 'cancel', 'mode')),"
            " milestone INTEGER NOT NULL DEFAULT 0 CHECK (milestone >= 0),"
            " reason TEXT,"
            " actor TEXT NOT NULL,"
            " at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX idx_script_events_run ON script_events (run_id)"),
    };
    step.down = {
        QStringLiteral("DROP TABLE script_events"),       QStringLiteral("DROP TABLE objections"),
        QStringLiteral("DROP TABLE milestone_responses"), QStringLiteral("DROP TABLE script_runs"),
        QStringLiteral("DROP TABLE call_threads"),        QStringLiteral("DROP TABLE scripts"),
    };
    return step;
}

} // namespace calldeck
