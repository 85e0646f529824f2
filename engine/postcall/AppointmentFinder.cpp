#include "postcall/AppointmentFinder.h"

#include "postcall/DateMention.h"
#include "postcall/ExtractionKeys.h"

namespace calldeck {

namespace {

struct Offer
{
    DateMention mention;
    QString sentence;
};

ExtractedField row(const QString& key, const QString& value, const QString& fragment)
{
    return ExtractedField{key, value, ExtractionKeys::valueType(key), fragment};
}

QString isoText(const QDateTime& at)
{
    return at.toString(Qt::ISODate);
}

/// The offer a later mention of the same slot refers to. "Tuesday at 10:30" said back after
/// "next Tuesday at 10:30" was offered resolves to a different week on its own; the weekday and
/// the time identify the slot better than the calendar arithmetic of each wording.
const Offer* offerFor(const QList<Offer>& offers, const DateMention& said)
{
    const Offer* sameWeekday = nullptr;
    for (const Offer& offer : offers) {
        const bool timeMatches = !said.hasTime || (offer.mention.hasTime && offer.mention.at.time() == said.at.time());
        if (!timeMatches) {
            continue;
        }
        if (offer.mention.at.date() == said.at.date()) {
            return &offer;
        }
        if (sameWeekday == nullptr && offer.mention.at.date().dayOfWeek() == said.at.date().dayOfWeek()) {
            sameWeekday = &offer;
        }
    }
    return sameWeekday;
}

/// `said` with the offer's date and time when it names an offered slot.
Offer resolved(const QList<Offer>& offers, const DateMention& said, const QString& sentence)
{
    Offer pick{said, sentence};
    if (const Offer* offer = offerFor(offers, said)) {
        pick.mention.at = offer->mention.at;
        pick.mention.hasTime = offer->mention.hasTime;
    }
    return pick;
}

/// True when an offer is a slot: it has a time, or its sentence speaks of openings. A bare day
/// elsewhere ("anything else today?") is no offer of an appointment.
bool isSlot(const Offer& offer)
{
    static const QRegularExpression offering(
        QStringLiteral("\\b(opening|openings|available|availability|slot|slots|free|appointment)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return offer.mention.hasTime || offering.match(offer.sentence).hasMatch();
}

/// The earliest slot among the offers `accept` lets through, slots with a time first; nullptr
/// when there is none.
template<typename Accept>
const Offer* earliestOffer(const QList<Offer>& offers, Accept accept)
{
    const Offer* earliest = nullptr;
    for (const Offer& offer : offers) {
        if (!isSlot(offer) || !accept(offer)) {
            continue;
        }
        const bool better = earliest == nullptr || (offer.mention.hasTime && !earliest->mention.hasTime)
                            || (offer.mention.hasTime == earliest->mention.hasTime && offer.mention.at < earliest->mention.at);
        if (better) {
            earliest = &offer;
        }
    }
    return earliest;
}

/// The slot a confirmation names: the mention with a time, else the first one.
const DateMention& confirmedMention(const QList<DateMention>& mentions)
{
    for (const DateMention& mention : mentions) {
        if (mention.hasTime) {
            return mention;
        }
    }
    return mentions.first();
}

} // namespace

const QRegularExpression& AppointmentFinder::bookedPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\b(I(?:'ve| have) (?:got )?you (?:down|booked|scheduled|in)|you(?:'re| are) (?:all )?"
                       "(?:set|booked|confirmed|scheduled)|(?:is|are|has been|have been) (?:booked|confirmed|scheduled)|"
                       "booked (?:you|that|it)|(?:scheduled|put|pencil(?:l)?ed|penned) you (?:in|down|for)|"
                       "your (?:appointment|booking|visit|cleaning|reservation) (?:is|will be) (?:on|for|at|set)|"
                       "see you (?:on|then|next|at|tomorrow)|we(?:'ll| will) see you)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

AppointmentFinder::Found AppointmentFinder::find(const QList<CallSentence>& sentences, const QDateTime& reference,
                                                 const DateWindow& window)
{
    QList<Offer> offers;
    Found result;
    std::optional<Offer> picked;
    std::optional<Offer> confirmed;
    for (const CallSentence& sentence : sentences) {
        const QList<DateMention> mentions = DateMention::find(sentence.text, reference);
        if (sentence.callee) {
            // "You're booked for Tuesday at 10:30": the booking names its slot. A later
            // confirmation replaces an earlier one, as the receptionist's last word stands.
            if (!mentions.isEmpty() && bookedPattern().match(sentence.text).hasMatch()) {
                confirmed = resolved(offers, confirmedMention(mentions), sentence.text);
            }
            for (const DateMention& mention : mentions) {
                offers.append(Offer{mention, sentence.text});
            }
            continue;
        }
        // An agent sentence naming exactly one day is a choice; several days are a read-back.
        if (offers.isEmpty() || mentions.size() != 1) {
            continue;
        }
        picked = resolved(offers, mentions.first(), sentence.text);
    }

    // The chosen option is what the callee confirmed, else what the agent picked.
    if (confirmed) {
        result.chosen = row(ExtractionKeys::ChosenOption, confirmed->mention.fragment, confirmed->sentence);
    } else if (picked) {
        result.chosen = row(ExtractionKeys::ChosenOption, picked->mention.fragment, picked->sentence);
    }
    if (confirmed) {
        result.appointment = row(ExtractionKeys::AppointmentTime, isoText(confirmed->mention.at), confirmed->sentence);
        return result;
    }
    if (picked) {
        result.appointment = row(ExtractionKeys::AppointmentTime, isoText(picked->mention.at), picked->sentence);
        return result;
    }
    // No slot named in a confirmation or a pick: tasks ask for the earliest one the goal allows.
    const Offer* earliest = earliestOffer(offers, [&window](const Offer& o) { return window.contains(o.mention.at.date()); });
    if (earliest == nullptr) {
        earliest = earliestOffer(offers, [](const Offer&) { return true; });
    }
    if (earliest != nullptr) {
        result.appointment = row(ExtractionKeys::AppointmentTime, isoText(earliest->mention.at), earliest->sentence);
    }
    return result;
}

} // namespace calldeck
