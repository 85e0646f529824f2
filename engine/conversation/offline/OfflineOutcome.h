#pragma once

#include "conversation/CallBrief.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace calldeck {

/// What the offline agent learned on a call: the answers per field key and the prices the user
/// decided on; gives end_call its summary and whether the objective was met.
class OfflineOutcome
{
public:
    /// The callee's answer for `key` (the raw words; the offline agent does not interpret them).
    void recordAnswer(const QString& key, const QString& value);
    /// A price the user approved or declined.
    void recordPrice(const QString& price, bool approved);
    /// The answers in the order they were given.
    [[nodiscard]] QList<QPair<QString, QString>> answers() const { return m_answers; }
    /// True when every item of `infoToObtain` got an answer.
    [[nodiscard]] bool objectiveMet(const QStringList& infoToObtain) const;
    /// Two or three sentences for the call log: who was called, what was recorded, what is missing.
    [[nodiscard]] QString summary(const CallBrief& brief) const;

private:
    [[nodiscard]] bool answered(const QString& key) const;

    QList<QPair<QString, QString>> m_answers;
    QStringList m_prices;
};

} // namespace calldeck
