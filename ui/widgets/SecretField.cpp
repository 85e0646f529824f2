#include "widgets/SecretField.h"

#include "core/FutureWatch.h"
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace calldeck {

SecretField::SecretField(CredentialStore& store, Secret secret, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_resolver(store),
      m_secret(secret),
      m_label(new QLabel(this)),
      m_setButton(new QPushButton(tr("Set…"), this)),
      m_clearButton(new QPushButton(tr("Clear"), this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label->setObjectName(QStringLiteral("stateLabel"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_setButton->setObjectName(QStringLiteral("setButton"));
    m_clearButton->setObjectName(QStringLiteral("clearButton"));
    layout->addWidget(m_label, 1);
    layout->addWidget(m_setButton);
    layout->addWidget(m_clearButton);
    connect(m_setButton, &QPushButton::clicked, this, &SecretField::askForValue);
    connect(m_clearButton, &QPushButton::clicked, this, &SecretField::setPendingClear);
    reload();
}

QString SecretField::stateText() const
{
    if (!m_commitError.isEmpty()) {
        return tr("Could not save: %1").arg(m_commitError);
    }
    if (m_pending == Pending::Set) {
        return tr("New value will be stored when you apply");
    }
    if (m_pending == Pending::Clear) {
        return tr("Will be removed from the keychain when you apply");
    }
    switch (m_state) {
    case State::Loading:
        return tr("Checking…");
    case State::Missing:
        //: A secret (API key or token) that is not configured.
        return tr("Missing");
    case State::Stored:
        return tr("Stored in the keychain");
    case State::Environment:
        return tr("From environment variable %1").arg(secretEnvironmentVariable(m_secret));
    case State::KeychainUnavailable:
        return tr("Keychain unavailable: %1").arg(m_detail);
    case State::KeychainError:
        return tr("Keychain error: %1").arg(m_detail);
    }
    return {};
}

void SecretField::reload()
{
    const int generation = ++m_generation;
    setState(State::Loading);
    whenFinished(this, m_resolver.resolve(m_secret), [this, generation](const Result<ResolvedSecret>& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            const bool unavailable = result.error().code == ErrorCode::KeychainUnavailable;
            setState(unavailable ? State::KeychainUnavailable : State::KeychainError, result.error().message);
            Q_EMIT keychainProblem(result.error().message);
            return;
        }
        switch (result.value().source) {
        case ResolvedSecret::Source::Missing:
            setState(State::Missing);
            break;
        case ResolvedSecret::Source::Environment:
            setState(State::Environment);
            break;
        case ResolvedSecret::Source::Keychain:
            setState(State::Stored);
            break;
        }
    });
}

void SecretField::setPendingValue(const QString& value)
{
    if (value.isEmpty()) {
        return;
    }
    m_pending = Pending::Set;
    m_pendingValue = value;
    m_commitError.clear();
    updateView();
    Q_EMIT stateChanged();
}

void SecretField::setPendingClear()
{
    m_pending = Pending::Clear;
    m_pendingValue.clear();
    m_commitError.clear();
    updateView();
    Q_EMIT stateChanged();
}

QFuture<Status> SecretField::commit()
{
    if (m_pending == Pending::None) {
        return QtFuture::makeReadyFuture(Status());
    }
    QFuture<Status> operation =
        m_pending == Pending::Set ? m_store.write(m_secret, m_pendingValue) : m_store.remove(m_secret);
    return thenOn(this, operation, [this](const Status& status) {
        if (status.ok()) {
            m_commitError.clear();
            m_pending = Pending::None;
            m_pendingValue.clear();
            reload();
        } else {
            m_commitError = status.error().message;
            if (status.error().code == ErrorCode::KeychainUnavailable) {
                Q_EMIT keychainProblem(status.error().message);
            }
            updateView();
        }
        return status;
    });
}

void SecretField::askForValue()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set secret"));
    //: %1 is an environment variable name such as OPENAI_API_KEY, shown to identify the secret.
    dialog->setLabelText(tr("Paste the new value (%1). It is stored in the system keychain and never shown again.")
                             .arg(secretEnvironmentVariable(m_secret)));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this](const QString& value) { setPendingValue(value.trimmed()); });
    dialog->open();
}

void SecretField::setState(State state, const QString& detail)
{
    m_state = state;
    m_detail = detail;
    updateView();
    Q_EMIT stateChanged();
}

void SecretField::updateView()
{
    m_label->setText(stateText());
    const bool keychainBroken = !m_commitError.isEmpty() || m_state == State::KeychainUnavailable || m_state == State::KeychainError;
    m_label->setStyleSheet(keychainBroken ? QStringLiteral("color: #c62828;") : QString());
    const bool usable = m_state != State::Loading && m_state != State::KeychainUnavailable;
    m_setButton->setEnabled(usable);
    m_clearButton->setEnabled(usable && (m_state == State::Stored || m_pending == Pending::Set));
    if (m_state == State::Environment) {
        m_setButton->setToolTip(tr("The environment variable %1 overrides whatever is stored here.")
                                    .arg(secretEnvironmentVariable(m_secret)));
    } else {
        m_setButton->setToolTip({});
    }
}

} // namespace calldeck
