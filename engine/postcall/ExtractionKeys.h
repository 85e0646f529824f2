#pragma once

#include "store/CallRecordView.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace calldeck {

/// The vocabulary of post-call extracted_data rows (PRODUCT T8): their keys, value types and how
/// a person reads them. Rows with other keys are the ones an agent recorded during the call.
class ExtractionKeys
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ExtractionKeys)
public:
    static inline const QString PersonName = QStringLiteral("person_name");           ///< string
    static inline const QString BusinessName = QStringLiteral("business_name");       ///< string
    static inline const QString PriceCents = QStringLiteral("price_cents");           ///< number (integer cents)
    /// The agent's own key for a price in words ("A cleaning is $120."); not a post-call key,
    /// and replaced by PriceCents once that is known.
    static inline const QString SpokenPrice = QStringLiteral("price");
    static inline const QString ChosenOption = QStringLiteral("chosen_option");       ///< string
    static inline const QString AppointmentTime = QStringLiteral("appointment_time"); ///< datetime (ISO 8601 with offset)
    static inline const QString ConfirmationNumber = QStringLiteral("confirmation_number"); ///< string
    static inline const QString Instructions = QStringLiteral("instructions");        ///< string
    static inline const QString Sentiment = QStringLiteral("sentiment");              ///< string: positive|neutral|negative|mixed
    static inline const QString GoalAchieved = QStringLiteral("goal_achieved");       ///< boolean ("true"/"false")
    static inline const QString FollowUp = QStringLiteral("follow_up");               ///< string: what to do next

    /// Every post-call key, in the order rows are stored.
    static const QStringList& all();
    /// True for a key of this vocabulary (rows the processor replaces on every run).
    static bool isPostCallKey(const QString& key);
    /// The value type a key's rows carry; empty for keys outside the vocabulary.
    static QString valueType(const QString& key);
    /// The sentiment values a row may carry.
    static const QStringList& sentiments();
    /// "Price", "Appointment", … for a key; the key itself with spaces for unknown ones.
    static QString label(const QString& key);
    /// A row's value as a person reads it: cents as "$120.00", datetimes in `zone`, booleans as yes/no.
    static QString displayValue(const ExtractedField& field, const QTimeZone& zone);
    /// "Appointment: Tuesday, 24 November 2026, 10:30", "Price: $120.00", "Confirmation number: AB-1234"
    /// for the rows that carry them (appointment, then prices, then confirmation numbers).
    static QStringList highlights(const QList<ExtractedField>& fields, const QTimeZone& zone);
    /// "$120.00" for 12000 (US dollars; the amounts CallDeck stores are the user's currency in cents).
    static QString formatCents(qint64 cents);
};

} // namespace calldeck
