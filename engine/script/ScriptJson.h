#pragma once

#include "core/Result.h"
#include "script/Script.h"

#include <QByteArray>
#include <QCoreApplication>

namespace calldeck {

/// Reads and writes the script exchange format (`calldeck-cli script export|import`, the shipped
/// resources/scripts/default.json). Reading validates everything: milestone numbers unique and
/// 1-based, orders unique, titles and objectives non-empty, estimated minutes > 0, field keys
/// snake_case and unique, choice fields with options, exactly one decision milestone with a
/// "decision" choice field, objection outcomes within Resolved/Deferred/Disqualified, checklist ids
/// unique with at most one gate item. Every error names the place: "milestones[2].title: required".
class ScriptJson
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ScriptJson)
public:
    /// Format marker written and required on import.
    static constexpr int kFormatVersion = 1;

    /// The script in `json`, or InvalidArgument with the first problem (and its JSON path).
    static Result<Script> parse(const QByteArray& json);
    /// Indented JSON of `script` (without id), which parse() reads back to an equal script.
    static QByteArray write(const Script& script);
};

} // namespace calldeck
