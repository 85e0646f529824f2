#pragma once

// A finished call with Bright Smile Dental's receptionist (the sandbox's dental persona, in a
// conversation as a person would lead it), on Friday 20 November 2026 at 09:15 in New York, for
// the extraction and processor tests.
#include "postcall/PostCallTypes.h"

#include <QTimeZone>

namespace calldeck::testdata {

inline TranscriptSegment line(const QString& speaker, const QString& text, int n)
{
    TranscriptSegment segment;
    segment.id = QStringLiteral("%1-%2").arg(speaker).arg(n);
    segment.speaker = speaker;
    segment.startMs = n * 4000;
    segment.endMs = n * 4000 + 3000;
    segment.text = text;
    return segment;
}

inline QList<TranscriptSegment> dentalTranscript(const QString& agentChoice = QStringLiteral("Tuesday at 10:30 works best."))
{
    const QString callee = QStringLiteral("callee");
    const QString agent = QStringLiteral("agent");
    return {
        line(callee, QStringLiteral("Good morning, Bright Smile Dental, this is Karen speaking. How can I help you?"), 0),
        line(agent, QStringLiteral("Hi Karen, I'm calling on behalf of Alex Morgan to book a dental cleaning."), 1),
        line(callee, QStringLiteral("Sure, I can help with an appointment. Are you an existing patient with us?"), 2),
        line(agent, QStringLiteral("Yes, Alex is an existing patient."), 3),
        line(callee, QStringLiteral("Okay. Could I have the patient's full name and date of birth, please?"), 4),
        line(agent, QStringLiteral("Alex Morgan, born March 3rd, 1985."), 5),
        line(callee, QStringLiteral("Thank you. We have an opening next Tuesday at 10:30, or Thursday at 2:15. "
                                    "A cleaning is $120. Which works better?"), 6),
        line(agent, agentChoice, 7),
        line(callee, QStringLiteral("Perfect. You're booked for Tuesday at 10:30. Your confirmation number is BS-4821. "
                                    "Please arrive ten minutes early, and bring your insurance card."), 8),
        line(callee, QStringLiteral("Is there anything else I can help you with today?"), 9),
        line(agent, QStringLiteral("No, that's all. Thank you!"), 10),
        line(callee, QStringLiteral("All right, so that's Tuesday at 10:30, confirmation number BS-4821. Thank you for "
                                    "calling Bright Smile Dental. Have a lovely day, goodbye."), 11),
    };
}

inline QTimeZone newYork()
{
    return QTimeZone(QByteArrayLiteral("America/New_York"));
}

/// 09:15 local time on Friday 20 November 2026.
inline QDateTime callTime()
{
    return QDateTime(QDate(2026, 11, 20), QTime(9, 15), newYork()).toUTC();
}

inline PostCallInput dentalInput()
{
    PostCallInput input;
    input.sessionId = 7;
    input.taskId = 3;
    input.sessionStatus = QStringLiteral("completed");
    input.callStartedAt = callTime();
    input.timeZone = newYork();
    input.durationS = 95;
    input.contactName = QStringLiteral("Bright Smile Dental");
    input.phoneE164 = QStringLiteral("+15555550100");
    input.goal = QStringLiteral("Get the earliest cleaning appointment this week, under $150");
    input.segments = dentalTranscript();
    return input;
}

/// The values of every row with `key`, in order.
inline QStringList valuesOf(const QList<ExtractedField>& fields, const QString& key)
{
    QStringList values;
    for (const ExtractedField& field : fields) {
        if (field.key == key) {
            values.append(field.value);
        }
    }
    return values;
}

} // namespace calldeck::testdata
