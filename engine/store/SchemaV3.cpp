#include "store/SchemaV3.h"

namespace calldeck {

// Additive like SchemaV2: new nullable columns only, so existing tasks keep their meaning (no time
// zone = UTC, no answers, no approval limit, not resolved). Down drops them again.
MigrationStep SchemaV3::step()
{
    MigrationStep step;
    step.version = 3;
    step.description = QStringLiteral("call tasks: time zone, clarification answers, approval limit, resolved");
    step.up = {
        // IANA id ("Europe/Stockholm") that scheduled_for was entered in and plan dates refer to.
        QStringLiteral("ALTER TABLE call_tasks ADD COLUMN time_zone TEXT"),
        // JSON object of the user's answers by missing-info key (jsonb on PostgreSQL).
        QStringLiteral("ALTER TABLE call_tasks ADD COLUMN clarification_answers TEXT"),
        QStringLiteral("ALTER TABLE call_tasks ADD COLUMN approval_limit_cents INTEGER"
                       " CHECK (approval_limit_cents IS NULL OR approval_limit_cents >= 0)"),
        QStringLiteral("ALTER TABLE call_tasks ADD COLUMN resolved_at TEXT"),
    };
    step.down = {
        QStringLiteral("ALTER TABLE call_tasks DROP COLUMN resolved_at"),
        QStringLiteral("ALTER TABLE call_tasks DROP COLUMN approval_limit_cents"),
        QStringLiteral("ALTER TABLE call_tasks DROP COLUMN clarification_answers"),
        QStringLiteral("ALTER TABLE call_tasks DROP COLUMN time_zone"),
    };
    return step;
}

} // namespace calldeck
