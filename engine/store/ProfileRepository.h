#pragma once

#include "accounts/UserProfile.h"
#include "calls/AssistantSettings.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace calldeck {

/// The users row of the person at this desktop; created by the first migration.
inline constexpr qint64 kLocalUserId = 1;

/// The local user's profile (users row) and assistant settings. Synchronous; use inside a Store job.
/// A fresh database holds one local user (created by the first migration) so these never fail
/// with NotFound on a healthy database.
class ProfileRepository
{
    Q_DECLARE_TR_FUNCTIONS(calldeck::ProfileRepository)
public:
    explicit ProfileRepository(QSqlDatabase db);

    Result<UserProfile> profile();
    Result<UserProfile> saveProfile(const UserProfile& profile); ///< validates email / phone / time zone
    Result<AssistantSettings> assistantSettings();
    Result<AssistantSettings> saveAssistantSettings(const AssistantSettings& settings); ///< validates ranges

    /// The normalised profile or InvalidArgument naming the first problem (for dialogs).
    static Result<UserProfile> validated(const UserProfile& profile);
    /// The normalised settings or InvalidArgument naming the first problem (for dialogs).
    static Result<AssistantSettings> validated(const AssistantSettings& settings);

private:
    QSqlDatabase m_db;
};

} // namespace calldeck
