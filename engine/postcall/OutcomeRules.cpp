#include "postcall/OutcomeRules.h"

#include <QRegularExpression>

namespace calldeck {

const QStringList& OutcomeRules::names()
{
    static const QStringList values = {QStringLiteral("goal_achieved"), QStringLiteral("no_answer"),
                                       QStringLiteral("voicemail"), QStringLiteral("declined"),
                                       QStringLiteral("error")};
    return values;
}

QString OutcomeRules::name(CallOutcome outcome)
{
    return names().at(static_cast<int>(outcome));
}

std::optional<CallOutcome> OutcomeRules::fromName(const QString& name)
{
    const qsizetype index = names().indexOf(name);
    if (index < 0) {
        return std::nullopt;
    }
    return static_cast<CallOutcome>(index);
}

std::optional<CallOutcome> OutcomeRules::fromStatus(const QString& sessionStatus)
{
    if (sessionStatus == u"no-answer" || sessionStatus == u"busy") {
        return CallOutcome::NoAnswer;
    }
    if (sessionStatus == u"failed" || sessionStatus == u"cancelled" || sessionStatus == u"interrupted") {
        return CallOutcome::Error;
    }
    return std::nullopt;
}

QStringList OutcomeRules::calleeLines(const QList<TranscriptSegment>& segments)
{
    QStringList lines;
    for (const TranscriptSegment& segment : segments) {
        if (segment.speaker == u"callee" && !segment.text.trimmed().isEmpty()) {
            lines.append(segment.text.trimmed());
        }
    }
    return lines;
}

bool OutcomeRules::isVoicemail(const QList<TranscriptSegment>& segments)
{
    // Greetings say these within their first sentences; a live person almost never does.
    static const QRegularExpression greeting(
        QStringLiteral("\\b(leave (?:a|your) (?:message|name and number)|after the (?:tone|beep)|"
                       "(?:reached|this is) the voicemail|voice ?mail(?:box)? (?:of|for)|"
                       "(?:can't|cannot|can not) (?:take|come to) (?:your|the) (?:call|phone)|"
                       "(?:is|am) (?:not available|unavailable) (?:right now|at the moment))"),
        QRegularExpression::CaseInsensitiveOption);
    const QStringList lines = calleeLines(segments);
    // Only the opening counts: a person who later says "leave a message with reception" is no machine.
    constexpr qsizetype kGreetingLines = 2;
    for (qsizetype i = 0; i < std::min(kGreetingLines, lines.size()); ++i) {
        if (greeting.match(lines.at(i)).hasMatch()) {
            return true;
        }
    }
    return false;
}

std::optional<CallOutcome> OutcomeRules::withoutConversation(const PostCallInput& input)
{
    if (const std::optional<CallOutcome> byStatus = fromStatus(input.sessionStatus)) {
        return byStatus;
    }
    if (isVoicemail(input.segments)) {
        return CallOutcome::Voicemail;
    }
    if (calleeLines(input.segments).isEmpty()) {
        return CallOutcome::NoAnswer;
    }
    return std::nullopt;
}

} // namespace calldeck
