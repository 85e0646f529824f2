#include "core/Error.h"

namespace calldeck {

QString Error::codeName() const
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid_argument");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case ErrorCode::Keychain: return QStringLiteral("keychain");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Remote: return QStringLiteral("remote");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace calldeck
