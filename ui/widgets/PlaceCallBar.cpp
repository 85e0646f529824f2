#include "widgets/PlaceCallBar.h"

#include "widgets/AgentChooser.h"
#include "widgets/PhoneNumberEdit.h"


#include <QComboBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>

namespace calldeck {

namespace {
const QString kSandbox = QStringLiteral("sandbox");
const QString kTwilio = QStringLiteral("twilio");
} // namespace

PlaceCallBar::PlaceCallBar(QWidget* parent)
    : QWidget(parent),
      m_number(new PhoneNumberEdit(this)),
      m_provider(new QComboBox(this)),
      m_persona(new QComboBox(this)),
      m_call(new QPushButton(tr("&Call"), this)),
      m_agent(new AgentChooser(this)),
      m_goal(new QLineEdit(this))
{
    m_agent->setObjectName(QStringLiteral("agentBox"));
    m_goal->setObjectName(QStringLiteral("goalEdit"));
    m_goal->setPlaceholderText(tr("Goal for the AI agent, e.g. get the earliest cleaning appointment this week"));
    m_goal->setClearButtonEnabled(true);
    m_goal->setMaxLength(500);
    m_goal->setVisible(false);
    setObjectName(QStringLiteral("placeCallBar"));
    m_number->setObjectName(QStringLiteral("dialNumber"));
    m_number->setPlaceholderText(tr("Number to call"));
    m_number->setClearButtonEnabled(true);
    m_provider->setObjectName(QStringLiteral("providerBox"));
    m_provider->setToolTip(tr("Which line carries the call"));
    m_provider->addItem(tr("Sandbox"), kSandbox);
    m_provider->addItem(tr("Twilio"), kTwilio);
    m_persona->setObjectName(QStringLiteral("personaBox"));
    m_persona->setToolTip(tr("Who answers on the sandbox line; choosing one fills in their number"));
    m_persona->addItem(tr("Persona of the number"), QString());
    m_call->setObjectName(QStringLiteral("callButton"));
    m_call->setToolTip(tr("Place the call"));
    m_call->setDefault(true);

    // The number gets the width; the persona's long display name goes on its own line.
    m_number->setMinimumWidth(160);
    m_persona->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_persona->setMinimumContentsLength(16);
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_number, 0, 0);
    layout->addWidget(m_provider, 0, 1);
    layout->addWidget(m_call, 0, 2);
    layout->addWidget(m_persona, 1, 0, 1, 3);
    layout->addWidget(m_agent, 2, 0, 1, 3);
    layout->addWidget(m_goal, 3, 0, 1, 3);
    layout->setColumnStretch(0, 1);
    connect(m_agent, &QComboBox::currentIndexChanged, this,
            [this] { m_goal->setVisible(m_agent->currentData().toString() != u"human"); });
    connect(m_goal, &QLineEdit::returnPressed, m_call, &QPushButton::click);

    connect(m_number, &QLineEdit::textChanged, this, &PlaceCallBar::updateEnabled);
    connect(m_number, &QLineEdit::returnPressed, m_call, &QPushButton::click);
    connect(m_persona, &QComboBox::activated, this, &PlaceCallBar::personaChosen);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        m_persona->setVisible(provider() == kSandbox);
        updateEnabled();
        Q_EMIT providerChanged(provider());
    });
    connect(m_call, &QPushButton::clicked, this, [this] {
        if (m_call->isEnabled()) {
            Q_EMIT callRequested(request());
        }
    });
    updateEnabled();
}

void PlaceCallBar::setPersonas(const QList<PersonaSummary>& personas)
{
    while (m_persona->count() > 1) {
        m_persona->removeItem(1);
    }
    for (const PersonaSummary& persona : personas) {
        const QString label =
            persona.displayName.isEmpty() ? persona.name : QStringLiteral("%1 — %2").arg(persona.name, persona.displayName);
        m_persona->addItem(label, persona.name);
        m_persona->setItemData(m_persona->count() - 1, persona.number, Qt::UserRole + 1);
        //: Tooltip of a sandbox persona; %1 its number, %2 how it answers (answer, busy, no-answer …).
        m_persona->setItemData(m_persona->count() - 1, tr("%1 — %2").arg(persona.number, persona.outcome),
                               Qt::ToolTipRole);
    }
}

void PlaceCallBar::setProviders(const QString& defaultProvider, bool twilioConfigured)
{
    if (auto* model = qobject_cast<QStandardItemModel*>(m_provider->model()); model != nullptr) {
        QStandardItem* twilio = model->item(m_provider->findData(kTwilio));
        twilio->setEnabled(twilioConfigured);
        twilio->setToolTip(twilioConfigured ? QString()
                                            : tr("Set the Twilio account, number and auth token in Settings first"));
    }
    const QString wanted = twilioConfigured ? defaultProvider : kSandbox;
    m_provider->setCurrentIndex(std::max(0, m_provider->findData(wanted)));
    m_persona->setVisible(provider() == kSandbox);
}

void PlaceCallBar::setDefaultRegion(const QString& region)
{
    m_region = region.isEmpty() ? QStringLiteral("US") : region;
    m_number->setDefaultRegion(m_region);
}

void PlaceCallBar::setAgents(const QString& defaultAgent, bool aiConfigured)
{
    m_agent->setAgents(defaultAgent, aiConfigured);
}

void PlaceCallBar::setBusy(bool busy)
{
    m_busy = busy;
    m_call->setText(busy ? tr("Calling…") : tr("&Call"));
    updateEnabled();
}

CallRequest PlaceCallBar::request() const
{
    CallRequest request;
    request.to = m_number->text().trimmed();
    request.provider = provider();
    request.persona = provider() == kSandbox ? m_persona->currentData().toString() : QString();
    request.agent = m_agent->currentData().toString();
    request.brief.goal = m_goal->text().trimmed();
    request.fallbackToHuman = true; // someone is at the desk: if the AI fails, they take over
    request.defaultRegion = m_region;
    return request;
}

QString PlaceCallBar::provider() const
{
    return m_provider->currentData().toString();
}

void PlaceCallBar::updateEnabled()
{
    m_call->setEnabled(!m_busy && !m_number->isBlank());
}

void PlaceCallBar::personaChosen(int index)
{
    const QString number = m_persona->itemData(index, Qt::UserRole + 1).toString();
    if (!number.isEmpty()) {
        m_number->setE164(number);
    }
}

} // namespace calldeck
