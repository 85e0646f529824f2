#pragma once

#include "secrets/CredentialStore.h"
#include "secrets/SecretResolver.h"

#include <QFuture>
#include <QWidget>

class QLabel;
class QPushButton;

namespace calldeck {

/// One secret in the settings: says only whether it is stored, missing or comes from the
/// environment, never the value. "Set…" and "Clear" stage a change that commit() writes.
class SecretField : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Loading,
        Missing,
        Stored,
        Environment,
        KeychainUnavailable,
        KeychainError,
    };

    SecretField(CredentialStore& store, Secret secret, QWidget* parent = nullptr);

    [[nodiscard]] Secret secret() const { return m_secret; }
    [[nodiscard]] State state() const { return m_state; }
    /// What the user sees, e.g. "Stored in the keychain".
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] bool hasPendingChange() const { return m_pending != Pending::None; }

    /// Re-reads where the secret comes from.
    void reload();
    /// Stages a new value (what "Set…" does after asking for it).
    void setPendingValue(const QString& value);
    /// Stages removal from the keychain.
    void setPendingClear();
    /// Writes the staged change; a ready success when nothing is staged.
    QFuture<Status> commit();

Q_SIGNALS:
    void stateChanged();
    /// The keychain could not be used; `message` says how to fix it.
    void keychainProblem(const QString& message);

private:
    enum class Pending
    {
        None,
        Set,
        Clear,
    };

    void askForValue();
    void setState(State state, const QString& detail = {});
    void updateView();

    CredentialStore& m_store;
    SecretResolver m_resolver;
    Secret m_secret;
    State m_state = State::Loading;
    QString m_detail;
    Pending m_pending = Pending::None;
    QString m_pendingValue;
    QString m_commitError;
    int m_generation = 0;
    QLabel* m_label = nullptr;
    QPushButton* m_setButton = nullptr;
    QPushButton* m_clearButton = nullptr;
};

} // namespace calldeck
