#pragma once

#include "contacts/Contact.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace calldeck::cli {

/// How the CLI shows contacts: a JSON object per contact for scripts, a text table for people.
class ContactFormat
{
public:
    /// {id, name, company, phone (E.164), email, notes, tags, lead_score, created_at, updated_at (ISO 8601 UTC)}.
    static QJsonObject toJson(const Contact& contact);
    /// Columns ID, NAME, PHONE (international form), COMPANY, TAGS, then a count line.
    static QString table(const QList<Contact>& contacts);
};

} // namespace calldeck::cli
