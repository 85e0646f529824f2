#include "postcall/AppointmentFinder.h"

#include "postcall/DateMention.h"
#include "postcall/ExtractionKeys.h"

namespace calldeck {

namespace {

ExtractedField row(const QString& key, const QString& value, const QString& fragment)
{
    return ExtractedField{key, value, ExtractionKeys::valueType(key), fragment};
}

QString isoText(const QDateTime& at)
{
    return at.toString(Qt::ISODate);
}

} // namespace

const QRegularExpression& AppointmentFinder::bookedPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(I(?:'ve| have) (?:got )?you (?:down|booked|scheduled|in)|you(?:'re| are) (?:all )?"
                       "(?:set|booked|confirmed|scheduled)|(?:is|are|has been|have been) (?:booked|confirmed|scheduled)|"
                       "booked (?:you|that|it)|see you (?:on|then|next|at|tomorrow)|we(?:'ll| will) see you)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

AppointmentFinder::Found AppointmentFinder::find(const QList<CallSentence>& sentences, const QDateTime& reference, bool booked)
{
    struct Offer
    {
        DateMention mention;
        QString sentence;
    };
    QList<Offer> offers;
    Found result;
    std::optional<Offer> chosen;
    std::optional<Offer> confirmed;
    for (const CallSentence& sentence : sentences) {
        const QList<DateMention> mentions = DateMention::find(sentence.text, reference);
        if (sentence.callee) {
            for (const DateMention& mention : mentions) {
                offers.append(Offer{mention, sentence.text});
            }
            // "I have you down for Tuesday at 10:30": the booking names its slot.
            if (mentions.size() == 1 && bookedPattern().match(sentence.text).hasMatch()) {
                confirmed = Offer{mentions.first(), sentence.text};
            }
            continue;
        }
        // An agent sentence naming exactly one day is a choice; several days are a read-back.
        if (offers.isEmpty() || mentions.size() != 1) {
            continue;
        }
        const DateMention& said = mentions.first();
        Offer pick{said, sentence.text};
        for (const Offer& offer : offers) {
            if (offer.mention.at.date() == said.at.date() && (!said.hasTime || offer.mention.at.time() == said.at.time())) {
                pick.mention.at = offer.mention.at;
                pick.mention.hasTime = offer.mention.hasTime;
                break;
            }
        }
        chosen = pick;
    }
    if (chosen) {
        result.chosen = row(ExtractionKeys::ChosenOption, chosen->mention.fragment, chosen->sentence);
    }
    if (!booked) {
        return result;
    }
    if (confirmed) {
        result.booked = row(ExtractionKeys::AppointmentTime, isoText(confirmed->mention.at), confirmed->sentence);
    } else if (chosen) {
        result.booked = row(ExtractionKeys::AppointmentTime, isoText(chosen->mention.at), chosen->sentence);
    } else if (!offers.isEmpty()) {
        // Booked without naming a slot: tasks ask for the earliest one, and the callee offered it.
        // Slots have times; a bare day ("anything else today?") is rarely an offer.
        const Offer* earliest = nullptr;
        for (const Offer& offer : offers) {
            const bool better = earliest == nullptr || (offer.mention.hasTime && !earliest->mention.hasTime)
                                || (offer.mention.hasTime == earliest->mention.hasTime && offer.mention.at < earliest->mention.at);
            if (better) {
                earliest = &offer;
            }
        }
        result.booked = row(ExtractionKeys::AppointmentTime, isoText(earliest->mention.at), earliest->sentence);
    }
    return result;
}

} // namespace calldeck
