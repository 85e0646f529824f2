#pragma once

#include "core/Result.h"
#include "postcall/PostCallTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace calldeck {

/// The strict JSON contract between CallDeck and a chat model for post-call extraction: the
/// instructions that ask for it, and the validation that turns an answer into a PostCallResult.
class ExtractionJson
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ExtractionJson)
public:
    /// The system prompt: the schema, the keys and value types, the outcome names.
    static QString instructions();
    /// The user message: call facts, goal, plan, the agent's fields and the transcript.
    static QString callDescription(const PostCallInput& input);
    /// Validates `content` (one JSON object; a surrounding ``` fence is tolerated) and builds the
    /// result (extractor "ai"). Rows with unknown keys, wrong types or unreadable values are
    /// dropped, each with a warning; a missing summary, an unknown outcome or anything that is not
    /// a JSON object is an InvalidArgument error. Datetimes without an offset are read in the
    /// input's zone and stored with one.
    static Result<PostCallResult> parse(const QString& content, const PostCallInput& input);
};

} // namespace calldeck
