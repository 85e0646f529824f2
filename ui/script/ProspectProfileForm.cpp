#include "ProspectProfileForm.h"

#include "PrivacyMask.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace calldeck {

namespace {

constexpr int kUnknownCount = -1;

QLineEdit* profileLine(QWidget* parent, const char* name, const QString& hint)
{
    auto* line = new QLineEdit(parent);
    line->setObjectName(QLatin1String(name));
    line->setPlaceholderText(hint);
    line->setMaxLength(500);
    return line;
}

QWidget* withMask(QWidget* parent, QWidget* editor, QLabel* mask)
{
    auto* cell = new QWidget(parent);
    auto* row = new QHBoxLayout(cell);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(editor, 1);
    row->addWidget(mask, 1);
    mask->setToolTip(ProspectProfileForm::tr("Privacy mode hides this value"));
    mask->hide();
    return cell;
}

} // namespace

ProspectProfileForm::ProspectProfileForm(QWidget* parent)
    : QWidget(parent),
      m_phone(new QLabel(this)),
      m_clientCount(new QSpinBox(this)),
      m_clientCountMask(new QLabel(PrivacyMask::hidden(), this)),
      m_businessType(profileLine(this, "businessType", tr("e.g. coaching practice"))),
      m_revenueRange(profileLine(this, "revenueRange", tr("e.g. $250k–$500k"))),
      m_revenueMask(new QLabel(PrivacyMask::hidden(), this)),
      m_mainPain(profileLine(this, "mainPain", tr("what hurts most today"))),
      m_toolStack(profileLine(this, "toolStack", tr("optional")))
{
    setObjectName(QStringLiteral("prospectProfile"));
    m_phone->setObjectName(QStringLiteral("prospectPhone"));
    m_clientCount->setObjectName(QStringLiteral("clientCount"));
    m_clientCount->setRange(kUnknownCount, 10'000'000);
    m_clientCount->setSpecialValueText(tr("unknown"));
    m_clientCount->setValue(kUnknownCount);
    m_clientCount->setGroupSeparatorShown(true);
    m_clientCountMask->setObjectName(QStringLiteral("clientCountMask"));
    m_revenueMask->setObjectName(QStringLiteral("revenueMask"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("&Clients:"), withMask(this, m_clientCount, m_clientCountMask));
    form->addRow(tr("&Business type:"), m_businessType);
    form->addRow(tr("&Revenue range:"), withMask(this, m_revenueRange, m_revenueMask));
    form->addRow(tr("Main &pain:"), m_mainPain);
    form->addRow(tr("&Tool stack:"), m_toolStack);
    connect(m_clientCount, &QSpinBox::valueChanged, this, &ProspectProfileForm::changed);
    for (QLineEdit* line : {m_businessType, m_revenueRange, m_mainPain, m_toolStack}) {
        connect(line, &QLineEdit::textChanged, this, &ProspectProfileForm::changed);
    }
}

void ProspectProfileForm::showProspect(const Prospect* prospect)
{
    m_phoneE164 = prospect != nullptr ? prospect->contact.phoneE164 : QString();
    m_phone->setText(PrivacyMask::apply(m_phoneE164, m_masked));
    setProfile(prospect != nullptr ? prospect->profile : ProspectProfile{});
}

ProspectProfile ProspectProfileForm::profile() const
{
    ProspectProfile profile;
    if (m_clientCount->value() != kUnknownCount) {
        profile.clientCount = m_clientCount->value();
    }
    profile.businessType = m_businessType->text().trimmed();
    profile.revenueRange = m_revenueRange->text().trimmed();
    profile.mainPain = m_mainPain->text().trimmed();
    profile.toolStack = m_toolStack->text().trimmed();
    return profile;
}

void ProspectProfileForm::setProfile(const ProspectProfile& profile)
{
    m_clientCount->setValue(profile.clientCount.value_or(kUnknownCount));
    m_businessType->setText(profile.businessType);
    m_revenueRange->setText(profile.revenueRange);
    m_mainPain->setText(profile.mainPain);
    m_toolStack->setText(profile.toolStack);
}

void ProspectProfileForm::setMasked(bool masked)
{
    m_masked = masked;
    m_phone->setText(PrivacyMask::apply(m_phoneE164, masked));
    m_clientCount->setVisible(!masked);
    m_clientCountMask->setVisible(masked);
    m_revenueRange->setVisible(!masked);
    m_revenueMask->setVisible(masked);
}

} // namespace calldeck
