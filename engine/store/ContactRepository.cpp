#include "store/ContactRepository.h"

#include "store/FieldRules.h"
#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace calldeck {

namespace {

constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxCompanyLength = 200;
constexpr qsizetype kMaxNotesLength = 10000;
constexpr qsizetype kMaxTagLength = 50;
constexpr int kMaxLeadScore = 100;

const QString kColumns =
    QStringLiteral("c.id, c.name, c.company, c.phone_e164, c.email, c.notes, c.lead_score, c.created_at, c.updated_at");

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

Contact contactFrom(const QSqlQuery& query)
{
    Contact contact;
    contact.id = query.value(0).toLongLong();
    contact.name = query.value(1).toString();
    contact.company = query.value(2).toString();
    contact.phoneE164 = query.value(3).toString();
    contact.email = query.value(4).toString();
    contact.notes = query.value(5).toString();
    contact.leadScore = query.value(6).toInt();
    contact.createdAt = sql::fromText(query.value(7));
    contact.updatedAt = sql::fromText(query.value(8));
    return contact;
}

QStringList normalisedTags(const QStringList& tags)
{
    QStringList result;
    for (const QString& tag : tags) {
        const QString clean = tag.simplified().toLower();
        if (!clean.isEmpty()) {
            result.append(clean);
        }
    }
    std::sort(result.begin(), result.end());
    result.erase(std::unique(result.begin(), result.end()), result.end());
    return result;
}

Result<QStringList> tagsOf(const QSqlDatabase& db, qint64 contactId)
{
    const QString failure = ContactRepository::tr("Could not read the contact's tags");
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT tag FROM contact_tags WHERE contact_id = :id ORDER BY tag"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QStringList tags;
    while (query.next()) {
        tags.append(query.value(0).toString());
    }
    return tags;
}

Status replaceTags(const QSqlDatabase& db, qint64 contactId, const QStringList& tags)
{
    const QString failure = ContactRepository::tr("Could not save the contact's tags");
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("DELETE FROM contact_tags WHERE contact_id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), contactId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.prepare(QStringLiteral("INSERT INTO contact_tags (contact_id, tag) VALUES (:id, :tag)"))) {
        return sql::databaseError(failure, query.lastError());
    }
    for (const QString& tag : tags) {
        query.bindValue(QStringLiteral(":id"), contactId);
        query.bindValue(QStringLiteral(":tag"), tag);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
    }
    return {};
}

} // namespace

ContactRepository::ContactRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Contact> ContactRepository::validated(const Contact& input)
{
    Contact contact = input;
    contact.name = input.name.trimmed();
    contact.company = input.company.trimmed();
    contact.phoneE164 = input.phoneE164.trimmed();
    contact.email = input.email.trimmed();
    contact.notes = input.notes.trimmed();
    contact.tags = normalisedTags(input.tags);

    if (contact.name.isEmpty()) {
        return invalid(tr("A contact needs a name."));
    }
    if (contact.name.size() > kMaxNameLength) {
        return invalid(tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
    }
    if (contact.company.size() > kMaxCompanyLength) {
        return invalid(tr("The company name is too long (at most %1 characters).").arg(kMaxCompanyLength));
    }
    if (contact.phoneE164.isEmpty()) {
        return invalid(tr("A contact needs a phone number."));
    }
    if (!FieldRules::isE164(contact.phoneE164)) {
        return invalid(
            tr("\"%1\" is not a phone number in international form (like +14155550123).").arg(contact.phoneE164));
    }
    if (!contact.email.isEmpty() && !FieldRules::isEmail(contact.email)) {
        return invalid(tr("\"%1\" is not an e-mail address.").arg(contact.email));
    }
    if (contact.leadScore < 0 || contact.leadScore > kMaxLeadScore) {
        return invalid(tr("The lead score must be between 0 and %1.").arg(kMaxLeadScore));
    }
    if (contact.notes.size() > kMaxNotesLength) {
        return invalid(tr("The notes are too long (at most %1 characters).").arg(kMaxNotesLength));
    }
    for (const QString& tag : std::as_const(contact.tags)) {
        if (tag.size() > kMaxTagLength) {
            return invalid(tr("The tag \"%1\" is too long (at most %2 characters).").arg(tag).arg(kMaxTagLength));
        }
    }
    return contact;
}

Result<Contact> ContactRepository::add(const Contact& input)
{
    Result<Contact> checked = validated(input);
    if (!checked) {
        return checked;
    }
    Contact contact = std::move(checked).value();
    Result<std::optional<Contact>> existing = findByPhone(contact.phoneE164);
    if (!existing) {
        return existing.error();
    }
    if (existing.value()) {
        return Error{ErrorCode::Conflict, tr("The phone number %1 already belongs to the contact \"%2\".")
                                              .arg(contact.phoneE164, existing.value()->name)};
    }

    const QString failure = tr("Could not save the contact");
    const QString now = sql::nowText();
    SqlTransaction transaction(m_db);
    qint64 id = 0;
    {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral(
                "INSERT INTO contacts (user_id, name, company, phone_e164, email, notes, lead_score, created_at, "
                "updated_at)"
                " VALUES (:user, :name, :company, :phone, :email, :notes, :score, :created, :updated) RETURNING id"))) {
            return sql::databaseError(failure, query.lastError());
        }
        query.bindValue(QStringLiteral(":user"), kLocalUserId);
        query.bindValue(QStringLiteral(":name"), contact.name);
        query.bindValue(QStringLiteral(":company"), sql::nullIfEmpty(contact.company));
        query.bindValue(QStringLiteral(":phone"), contact.phoneE164);
        query.bindValue(QStringLiteral(":email"), sql::nullIfEmpty(contact.email));
        query.bindValue(QStringLiteral(":notes"), sql::nullIfEmpty(contact.notes));
        query.bindValue(QStringLiteral(":score"), contact.leadScore);
        query.bindValue(QStringLiteral(":created"), now);
        query.bindValue(QStringLiteral(":updated"), now);
        if (!query.exec() || !query.next()) {
            return sql::databaseError(failure, query.lastError());
        }
        id = query.value(0).toLongLong();
    }
    if (Status tags = replaceTags(m_db, id, contact.tags); !tags) {
        return tags.error();
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return get(id);
}

Result<Contact> ContactRepository::update(const Contact& input)
{
    Result<Contact> checked = validated(input);
    if (!checked) {
        return checked;
    }
    Contact contact = std::move(checked).value();
    Result<Contact> current = get(contact.id);
    if (!current) {
        return current;
    }
    Result<std::optional<Contact>> existing = findByPhone(contact.phoneE164);
    if (!existing) {
        return existing.error();
    }
    if (existing.value() && existing.value()->id != contact.id) {
        return Error{ErrorCode::Conflict, tr("The phone number %1 already belongs to the contact \"%2\".")
                                              .arg(contact.phoneE164, existing.value()->name)};
    }

    const QString failure = tr("Could not save the contact");
    SqlTransaction transaction(m_db);
    {
        QSqlQuery query(m_db);
        if (!query.prepare(QStringLiteral("UPDATE contacts SET name = :name, company = :company, phone_e164 = :phone,"
                                          " email = :email, notes = :notes, lead_score = :score, updated_at = :updated"
                                          " WHERE id = :id AND user_id = :user"))) {
            return sql::databaseError(failure, query.lastError());
        }
        query.bindValue(QStringLiteral(":name"), contact.name);
        query.bindValue(QStringLiteral(":company"), sql::nullIfEmpty(contact.company));
        query.bindValue(QStringLiteral(":phone"), contact.phoneE164);
        query.bindValue(QStringLiteral(":email"), sql::nullIfEmpty(contact.email));
        query.bindValue(QStringLiteral(":notes"), sql::nullIfEmpty(contact.notes));
        query.bindValue(QStringLiteral(":score"), contact.leadScore);
        query.bindValue(QStringLiteral(":updated"), sql::nowText());
        query.bindValue(QStringLiteral(":id"), contact.id);
        query.bindValue(QStringLiteral(":user"), kLocalUserId);
        if (!query.exec()) {
            return sql::databaseError(failure, query.lastError());
        }
    }
    if (Status tags = replaceTags(m_db, contact.id, contact.tags); !tags) {
        return tags.error();
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return get(contact.id);
}

Status ContactRepository::remove(qint64 id)
{
    const QString failure = tr("Could not delete the contact");
    SqlTransaction transaction(m_db);
    QSqlQuery query(m_db);
    // Tags go explicitly too, so the result does not depend on the connection's foreign_keys setting.
    if (!query.prepare(QStringLiteral("DELETE FROM contact_tags WHERE contact_id IN"
                                      " (SELECT id FROM contacts WHERE id = :id AND user_id = :user)"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.prepare(QStringLiteral("DELETE FROM contacts WHERE id = :id AND user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() < 1) {
        return Error{ErrorCode::NotFound, tr("There is no contact with id %1.").arg(id)};
    }
    if (!transaction.commit()) {
        return sql::databaseError(failure, m_db.lastError());
    }
    return {};
}

Result<Contact> ContactRepository::get(qint64 id)
{
    const QString failure = tr("Could not read the contact");
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("SELECT %1 FROM contacts c WHERE c.id = :id AND c.user_id = :user").arg(kColumns))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("There is no contact with id %1.").arg(id)};
    }
    Contact contact = contactFrom(query);
    Result<QStringList> tags = tagsOf(m_db, id);
    if (!tags) {
        return tags.error();
    }
    contact.tags = tags.value();
    return contact;
}

Result<QList<Contact>> ContactRepository::list(const QString& search)
{
    const QString needle = search.trimmed().toLower();
    QString statement = QStringLiteral("SELECT %1 FROM contacts c WHERE c.user_id = :user").arg(kColumns);
    if (!needle.isEmpty()) {
        // LOWER() + LIKE with an explicit ESCAPE behaves the same on SQLite and PostgreSQL (where
        // plain LIKE is case-sensitive). Each column gets its own bind parameter because repeating a
        // named bind parameter is not portable across Qt drivers.
        statement += QStringLiteral(
            " AND (LOWER(c.name) LIKE :p1 ESCAPE '\\' OR LOWER(c.company) LIKE :p2 ESCAPE '\\'"
            " OR c.phone_e164 LIKE :p3 ESCAPE '\\' OR LOWER(c.email) LIKE :p4 ESCAPE '\\'"
            " OR LOWER(c.notes) LIKE :p5 ESCAPE '\\'"
            " OR EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag LIKE :p6 ESCAPE '\\'))");
    }
    statement += QStringLiteral(" ORDER BY LOWER(c.name), c.id");

    const QString failure = tr("Could not list the contacts");
    QSqlQuery query(m_db);
    if (!query.prepare(statement)) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!needle.isEmpty()) {
        const QString pattern = QLatin1Char('%') + sql::escapeLike(needle) + QLatin1Char('%');
        for (int i = 1; i <= 6; ++i) {
            query.bindValue(QStringLiteral(":p%1").arg(i), pattern);
        }
    }
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<Contact> contacts;
    while (query.next()) {
        contacts.append(contactFrom(query));
    }
    if (contacts.isEmpty()) {
        return contacts;
    }

    // One query for all tags instead of one per contact.
    QSqlQuery tagQuery(m_db);
    if (!tagQuery.prepare(
            QStringLiteral("SELECT t.contact_id, t.tag FROM contact_tags t"
                           " JOIN contacts c ON c.id = t.contact_id WHERE c.user_id = :user ORDER BY t.tag"))) {
        return sql::databaseError(failure, tagQuery.lastError());
    }
    tagQuery.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!tagQuery.exec()) {
        return sql::databaseError(failure, tagQuery.lastError());
    }
    QHash<qint64, QStringList> tagsById;
    while (tagQuery.next()) {
        tagsById[tagQuery.value(0).toLongLong()].append(tagQuery.value(1).toString());
    }
    for (Contact& contact : contacts) {
        contact.tags = tagsById.value(contact.id);
    }
    return contacts;
}

Result<std::optional<Contact>> ContactRepository::findByPhone(const QString& phoneE164)
{
    const QString failure = tr("Could not look up the phone number");
    QSqlQuery query(m_db);
    if (!query.prepare(
            QStringLiteral("SELECT c.id FROM contacts c WHERE c.user_id = :user AND c.phone_e164 = :phone"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    query.bindValue(QStringLiteral(":phone"), phoneE164.trimmed());
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return std::optional<Contact>();
    }
    const qint64 id = query.value(0).toLongLong();
    query.finish();
    Result<Contact> contact = get(id);
    if (!contact) {
        return contact.error();
    }
    return std::optional<Contact>(std::move(contact).value());
}

Result<qint64> ContactRepository::count()
{
    const QString failure = tr("Could not count the contacts");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM contacts WHERE user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec() || !query.next()) {
        return sql::databaseError(failure, query.lastError());
    }
    return query.value(0).toLongLong();
}

} // namespace calldeck
