#include "script/ProspectRepository.h"

#include "store/ContactRepository.h"
#include "store/ProfileRepository.h"
#include "store/SqlSupport.h"
#include "store/SqlTransaction.h"

#include <QSqlError>
#include <QSqlQuery>

namespace calldeck {

namespace {

constexpr qsizetype kMaxTextLength = 500;

Result<ProspectProfile> profileOf(const QSqlDatabase& db, qint64 contactId)
{
    const QString failure = ProspectRepository::tr("Could not read the prospect");
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("SELECT client_count, business_type, revenue_range, main_pain, tool_stack"
                                      " FROM contacts WHERE id = :id AND user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), contactId);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, ProspectRepository::tr("There is no contact with id %1.").arg(contactId)};
    }
    ProspectProfile profile;
    if (!query.value(0).isNull()) {
        profile.clientCount = query.value(0).toInt();
    }
    profile.businessType = query.value(1).toString();
    profile.revenueRange = query.value(2).toString();
    profile.mainPain = query.value(3).toString();
    profile.toolStack = query.value(4).toString();
    return profile;
}

Result<ProspectProfile> validated(const ProspectProfile& input)
{
    ProspectProfile profile = input;
    profile.businessType = input.businessType.trimmed();
    profile.revenueRange = input.revenueRange.trimmed();
    profile.mainPain = input.mainPain.trimmed();
    profile.toolStack = input.toolStack.trimmed();
    if (profile.clientCount && *profile.clientCount < 0) {
        return Error{ErrorCode::InvalidArgument, ProspectRepository::tr("The client count cannot be negative.")};
    }
    const QList<std::pair<QString, QString>> texts = {
        {ProspectRepository::tr("business type"), profile.businessType},
        {ProspectRepository::tr("revenue range"), profile.revenueRange},
        {ProspectRepository::tr("main pain"), profile.mainPain},
        {ProspectRepository::tr("tool stack"), profile.toolStack},
    };
    for (const auto& [label, text] : texts) {
        if (text.size() > kMaxTextLength) {
            return Error{
                ErrorCode::InvalidArgument,
                ProspectRepository::tr("The %1 is too long (at most %2 characters).").arg(label).arg(kMaxTextLength)};
        }
    }
    return profile;
}

} // namespace

ProspectRepository::ProspectRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<Prospect> ProspectRepository::get(qint64 contactId)
{
    Result<Contact> contact = ContactRepository(m_db).get(contactId);
    if (!contact) {
        return contact.error();
    }
    Result<ProspectProfile> profile = profileOf(m_db, contactId);
    if (!profile) {
        return profile.error();
    }
    return Prospect{std::move(contact).value(), std::move(profile).value()};
}

Result<QList<Prospect>> ProspectRepository::list()
{
    const QString failure = tr("Could not list the prospects");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT id FROM contacts WHERE user_id = :user AND (client_count IS NOT NULL"
                                      " OR business_type IS NOT NULL OR revenue_range IS NOT NULL"
                                      " OR main_pain IS NOT NULL OR tool_stack IS NOT NULL)"
                                      " ORDER BY LOWER(name), id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    QList<qint64> ids;
    while (query.next()) {
        ids.append(query.value(0).toLongLong());
    }
    QList<Prospect> prospects;
    for (qint64 id : std::as_const(ids)) {
        Result<Prospect> prospect = get(id);
        if (!prospect) {
            return prospect.error();
        }
        prospects.append(std::move(prospect).value());
    }
    return prospects;
}

Result<Prospect> ProspectRepository::saveProfile(qint64 contactId, const ProspectProfile& input)
{
    Result<ProspectProfile> checked = validated(input);
    if (!checked) {
        return checked.error();
    }
    const ProspectProfile& profile = checked.value();
    const QString failure = tr("Could not save the prospect");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE contacts SET client_count = :clients, business_type = :business,"
                                      " revenue_range = :revenue, main_pain = :pain, tool_stack = :tools,"
                                      " updated_at = :updated WHERE id = :id AND user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":clients"), profile.clientCount ? QVariant(*profile.clientCount) : QVariant());
    query.bindValue(QStringLiteral(":business"), sql::nullIfEmpty(profile.businessType));
    query.bindValue(QStringLiteral(":revenue"), sql::nullIfEmpty(profile.revenueRange));
    query.bindValue(QStringLiteral(":pain"), sql::nullIfEmpty(profile.mainPain));
    query.bindValue(QStringLiteral(":tools"), sql::nullIfEmpty(profile.toolStack));
    query.bindValue(QStringLiteral(":updated"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), contactId);
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() < 1) {
        return Error{ErrorCode::NotFound, tr("There is no contact with id %1.").arg(contactId)};
    }
    return get(contactId);
}

Result<Prospect> ProspectRepository::add(const Prospect& prospect)
{
    Result<ProspectProfile> checked = validated(prospect.profile);
    if (!checked) {
        return checked.error();
    }
    SqlTransaction transaction(m_db);
    Result<Contact> contact = ContactRepository(m_db).add(prospect.contact);
    if (!contact) {
        return contact.error();
    }
    Result<Prospect> saved = saveProfile(contact.value().id, checked.value());
    if (!saved) {
        return saved;
    }
    if (!transaction.commit()) {
        return sql::databaseError(tr("Could not save the prospect"), m_db.lastError());
    }
    return saved;
}

} // namespace calldeck
