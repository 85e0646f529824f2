#pragma once

#include "accounts/UserProfile.h"
#include "calls/AssistantSettings.h"
#include "core/Result.h"

#include <QSqlDatabase>

namespace calldeck {

/// The local user's profile (users row) and assistant settings. Synchronous; use inside a Store job.
/// A fresh database holds one local user (created by the first migration) so these never fail
/// with NotFound on a healthy database.
class ProfileRepository
{
public:
    explicit ProfileRepository(QSqlDatabase db);

    Result<UserProfile> profile();
    Result<UserProfile> saveProfile(const UserProfile& profile);   ///< validates email / phone / time zone
    Result<AssistantSettings> assistantSettings();
    Result<AssistantSettings> saveAssistantSettings(const AssistantSettings& settings); ///< validates ranges

private:
    QSqlDatabase m_db;
};

} // namespace calldeck
