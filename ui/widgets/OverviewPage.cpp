#include "widgets/OverviewPage.h"

#include "models/ConfigurationStatus.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QLabel* valueLabel(QWidget* parent, const QString& objectName)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

OverviewPage::OverviewPage(QWidget* parent) : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);

    auto* title = new QLabel(tr("CallDeck"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);
    auto* subtitle = new QLabel(tr("An operator console for phone calls placed by you or your AI assistant."), this);
    subtitle->setWordWrap(true);
    layout->addWidget(subtitle);

    auto* box = new QGroupBox(tr("Configuration"), this);
    auto* form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(18);
    form->setVerticalSpacing(8);
    m_telephony = valueLabel(box, QStringLiteral("telephonyValue"));
    m_publicUrl = valueLabel(box, QStringLiteral("publicUrlValue"));
    m_ai = valueLabel(box, QStringLiteral("aiValue"));
    m_dataDir = valueLabel(box, QStringLiteral("dataDirValue"));
    m_keychain = valueLabel(box, QStringLiteral("keychainValue"));
    form->addRow(tr("Telephony provider:"), m_telephony);
    form->addRow(tr("Public URL:"), m_publicUrl);
    form->addRow(tr("AI provider:"), m_ai);
    form->addRow(tr("Data directory:"), m_dataDir);
    //: The operating system's password store (Secret Service, Keychain, Credential Manager).
    form->addRow(tr("Keychain:"), m_keychain);
    layout->addWidget(box);

    m_keychainDetail = new QLabel(this);
    m_keychainDetail->setObjectName(QStringLiteral("keychainDetail"));
    m_keychainDetail->setWordWrap(true);
    m_keychainDetail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_keychainDetail->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_keychainDetail->setVisible(false);
    layout->addWidget(m_keychainDetail);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("hintLabel"));
    layout->addWidget(m_hint);

    auto* buttons = new QHBoxLayout;
    auto* settings = new QPushButton(tr("Open settings…"), this);
    auto* addContact = new QPushButton(tr("Add contact…"), this);
    auto* importContacts = new QPushButton(tr("Import contacts…"), this);
    buttons->addWidget(settings);
    buttons->addWidget(addContact);
    buttons->addWidget(importContacts);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(settings, &QPushButton::clicked, this, &OverviewPage::settingsRequested);
    connect(addContact, &QPushButton::clicked, this, &OverviewPage::addContactRequested);
    connect(importContacts, &QPushButton::clicked, this, &OverviewPage::importContactsRequested);
}

void OverviewPage::showConfiguration(const ConfigurationStatus& status)
{
    m_telephony->setText(status.telephonyProvider());
    m_publicUrl->setText(status.publicUrl().isEmpty() ? tr("None — calls through Twilio need a public HTTPS URL")
                                                      : status.publicUrl());
    m_ai->setText(status.aiProvider());
    m_dataDir->setText(status.dataDir());
    const bool unavailable = status.keychainState() == ConfigurationStatus::KeychainState::Unavailable;
    m_keychain->setText(status.keychainText());
    m_keychain->setStyleSheet(unavailable ? QStringLiteral("color: #c62828;") : QString());
    m_keychainDetail->setText(unavailable ? status.keychainMessage() : QString());
    m_keychainDetail->setVisible(unavailable);
    m_hint->setText(status.twilioConfigured()
                        ? tr("Calls go out through your Twilio account.")
                        : tr("Calls use the built-in sandbox line until you enter a Twilio account SID and "
                             "auth token in Settings › Telephony."));
}

QString OverviewPage::telephonyText() const
{
    return m_telephony->text();
}

} // namespace calldeck
