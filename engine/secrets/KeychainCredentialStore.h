#pragma once

#include "secrets/CredentialStore.h"

#include <QFuture>
#include <QString>

namespace calldeck {

/// CredentialStore over the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
/// Windows Credential Manager). One entry per secretKey() under the service name "CallDeck".
/// QtKeychain's plaintext fallback is always switched off. Use it from one thread (the one whose
/// event loop completes the jobs), normally the UI thread.
class KeychainCredentialStore : public CredentialStore
{
    Q_OBJECT
public:
    /// `serviceName` separates entries of test runs from the product's ("CallDeck").
    explicit KeychainCredentialStore(QObject* parent = nullptr, QString serviceName = QStringLiteral("CallDeck"));

    /// Reads a secret; a missing entry is an empty string.
    QFuture<Result<QString>> read(Secret secret) override;
    /// Stores (or replaces) a secret.
    QFuture<Status> write(Secret secret, const QString& value) override;
    /// Deletes a secret; deleting a missing entry succeeds.
    QFuture<Status> remove(Secret secret) override;

    /// Checks at startup that a keychain answers and accepts writes, by writing and deleting a
    /// throw-away entry. Fails with KeychainUnavailable and a message saying how to fix it.
    QFuture<Status> probe();

    [[nodiscard]] QString serviceName() const;

    /// The user-readable message for "no keychain answered"; `detail` is the backend's own words.
    static QString unavailableMessage(const QString& detail);

private:
    QString m_serviceName;
};

} // namespace calldeck
