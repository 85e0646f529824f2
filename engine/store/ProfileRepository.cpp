#include "store/ProfileRepository.h"

#include "store/FieldRules.h"
#include "store/SqlSupport.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace calldeck {

namespace {

constexpr qsizetype kMaxNameLength = 200;
constexpr qsizetype kMaxAddressLength = 500;
constexpr qsizetype kMaxPhraseLength = 200;
constexpr int kMaxRetryAttempts = 10;

Error invalid(const QString& message)
{
    return Error{ErrorCode::InvalidArgument, message};
}

/// Trimmed, without empty entries and without case-insensitive repeats; first spelling wins.
QStringList uniqueTrimmed(const QStringList& values)
{
    QStringList result;
    for (const QString& value : values) {
        const QString clean = value.trimmed();
        if (!clean.isEmpty() && !result.contains(clean, Qt::CaseInsensitive)) {
            result.append(clean);
        }
    }
    return result;
}

} // namespace

ProfileRepository::ProfileRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<UserProfile> ProfileRepository::validated(const UserProfile& input)
{
    UserProfile profile = input;
    profile.id = kLocalUserId;
    profile.fullName = input.fullName.trimmed();
    profile.phoneE164 = input.phoneE164.trimmed();
    profile.email = input.email.trimmed();
    profile.address = input.address.trimmed();
    profile.timeZone = input.timeZone.trimmed();
    profile.defaultRegion = input.defaultRegion.trimmed();

    if (profile.fullName.size() > kMaxNameLength) {
        return invalid(tr("The name is too long (at most %1 characters).").arg(kMaxNameLength));
    }
    if (!profile.phoneE164.isEmpty() && !FieldRules::isE164(profile.phoneE164)) {
        return invalid(
            tr("\"%1\" is not a phone number in international form (like +14155550123).").arg(profile.phoneE164));
    }
    if (!profile.email.isEmpty() && !FieldRules::isEmail(profile.email)) {
        return invalid(tr("\"%1\" is not an e-mail address.").arg(profile.email));
    }
    if (profile.address.size() > kMaxAddressLength) {
        return invalid(tr("The address is too long (at most %1 characters).").arg(kMaxAddressLength));
    }
    if (profile.timeZone.isEmpty() || !QTimeZone(profile.timeZone.toUtf8()).isValid()) {
        return invalid(tr("\"%1\" is not a known time zone (use a name like Europe/Stockholm).").arg(profile.timeZone));
    }
    if (!FieldRules::isRegionCode(profile.defaultRegion)) {
        return invalid(
            tr("\"%1\" is not a region code (two capital letters, like US or SE).").arg(profile.defaultRegion));
    }
    return profile;
}

Result<AssistantSettings> ProfileRepository::validated(const AssistantSettings& input)
{
    AssistantSettings settings = input;
    settings.forbiddenPhrases = uniqueTrimmed(input.forbiddenPhrases);
    settings.allowedAuthFields = uniqueTrimmed(input.allowedAuthFields);

    if (settings.maxAutoApproveCents < 0 || settings.requireApprovalOverCents < 0) {
        return invalid(tr("Amounts cannot be negative."));
    }
    if (settings.requireApprovalOverCents < settings.maxAutoApproveCents) {
        return invalid(tr("The amount that needs approval cannot be lower than the amount approved automatically."));
    }
    if (settings.maxRetryAttempts < 0 || settings.maxRetryAttempts > kMaxRetryAttempts) {
        return invalid(tr("Retries must be between 0 and %1.").arg(kMaxRetryAttempts));
    }
    const QStringList known = knownAuthFields();
    for (const QString& field : std::as_const(settings.allowedAuthFields)) {
        if (!known.contains(field)) {
            return invalid(tr("\"%1\" is not a personal field the assistant knows (known: %2).")
                               .arg(field, known.join(QStringLiteral(", "))));
        }
    }
    for (const QString& phrase : std::as_const(settings.forbiddenPhrases)) {
        if (phrase.size() > kMaxPhraseLength) {
            return invalid(tr("A forbidden phrase is too long (at most %1 characters).").arg(kMaxPhraseLength));
        }
    }
    return settings;
}

Result<UserProfile> ProfileRepository::profile()
{
    const QString failure = tr("Could not read your profile");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT id, full_name, phone_e164, email, address, time_zone, default_region,"
                                      " default_tone FROM users WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":id"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("The database has no local user; it may be damaged.")};
    }
    UserProfile profile;
    profile.id = query.value(0).toLongLong();
    profile.fullName = query.value(1).toString();
    profile.phoneE164 = query.value(2).toString();
    profile.email = query.value(3).toString();
    profile.address = query.value(4).toString();
    profile.timeZone = query.value(5).toString();
    profile.defaultRegion = query.value(6).toString();
    profile.defaultTone = toneFromName(query.value(7).toString());
    return profile;
}

Result<UserProfile> ProfileRepository::saveProfile(const UserProfile& input)
{
    Result<UserProfile> checked = validated(input);
    if (!checked) {
        return checked;
    }
    const UserProfile& profile = checked.value();
    const QString failure = tr("Could not save your profile");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("UPDATE users SET full_name = :name, phone_e164 = :phone, email = :email,"
                                      " address = :address, time_zone = :zone, default_region = :region,"
                                      " default_tone = :tone, updated_at = :updated WHERE id = :id"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":name"), profile.fullName);
    query.bindValue(QStringLiteral(":phone"), sql::nullIfEmpty(profile.phoneE164));
    query.bindValue(QStringLiteral(":email"), sql::nullIfEmpty(profile.email));
    query.bindValue(QStringLiteral(":address"), sql::nullIfEmpty(profile.address));
    query.bindValue(QStringLiteral(":zone"), profile.timeZone);
    query.bindValue(QStringLiteral(":region"), profile.defaultRegion);
    query.bindValue(QStringLiteral(":tone"), toneName(profile.defaultTone));
    query.bindValue(QStringLiteral(":updated"), sql::nowText());
    query.bindValue(QStringLiteral(":id"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() < 1) {
        return Error{ErrorCode::NotFound, tr("The database has no local user; it may be damaged.")};
    }
    return this->profile();
}

Result<AssistantSettings> ProfileRepository::assistantSettings()
{
    const QString failure = tr("Could not read the assistant settings");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral("SELECT max_auto_approve_cents, require_approval_over_cents, allowed_auth_fields,"
                                      " forbidden_phrases, auto_retry_failed_calls, max_retry_attempts"
                                      " FROM assistant_settings WHERE user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (!query.next()) {
        return Error{ErrorCode::NotFound, tr("The database has no assistant settings; it may be damaged.")};
    }
    AssistantSettings settings;
    settings.maxAutoApproveCents = query.value(0).toLongLong();
    settings.requireApprovalOverCents = query.value(1).toLongLong();
    settings.allowedAuthFields = sql::fromJsonArray(query.value(2));
    settings.forbiddenPhrases = sql::fromJsonArray(query.value(3));
    settings.autoRetryFailedCalls = query.value(4).toInt() != 0;
    settings.maxRetryAttempts = query.value(5).toInt();
    return settings;
}

Result<AssistantSettings> ProfileRepository::saveAssistantSettings(const AssistantSettings& input)
{
    Result<AssistantSettings> checked = validated(input);
    if (!checked) {
        return checked;
    }
    const AssistantSettings& settings = checked.value();
    const QString failure = tr("Could not save the assistant settings");
    QSqlQuery query(m_db);
    if (!query.prepare(QStringLiteral(
            "UPDATE assistant_settings SET max_auto_approve_cents = :auto_cents, "
            "require_approval_over_cents = :approval_cents,"
            " allowed_auth_fields = :fields, forbidden_phrases = :phrases, auto_retry_failed_calls = :retry,"
            " max_retry_attempts = :retries, updated_at = :updated WHERE user_id = :user"))) {
        return sql::databaseError(failure, query.lastError());
    }
    query.bindValue(QStringLiteral(":auto_cents"), settings.maxAutoApproveCents);
    query.bindValue(QStringLiteral(":approval_cents"), settings.requireApprovalOverCents);
    query.bindValue(QStringLiteral(":fields"), sql::toJsonArray(settings.allowedAuthFields));
    query.bindValue(QStringLiteral(":phrases"), sql::toJsonArray(settings.forbiddenPhrases));
    query.bindValue(QStringLiteral(":retry"), settings.autoRetryFailedCalls ? 1 : 0);
    query.bindValue(QStringLiteral(":retries"), settings.maxRetryAttempts);
    query.bindValue(QStringLiteral(":updated"), sql::nowText());
    query.bindValue(QStringLiteral(":user"), kLocalUserId);
    if (!query.exec()) {
        return sql::databaseError(failure, query.lastError());
    }
    if (query.numRowsAffected() < 1) {
        return Error{ErrorCode::NotFound, tr("The database has no assistant settings; it may be damaged.")};
    }
    return assistantSettings();
}

} // namespace calldeck
