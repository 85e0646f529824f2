#pragma once

#include "script/Prospect.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace calldeck {

/// The sales profile of a prospect (PRODUCT T13): client count, business type, revenue range,
/// main pain and tool stack, plus the number that will be called. Client count, revenue range
/// and number show "•••" in privacy mode.
class ProspectProfileForm : public QWidget
{
    Q_OBJECT
public:
    explicit ProspectProfileForm(QWidget* parent = nullptr);

    void showProspect(const Prospect* prospect);
    /// The profile as edited (not necessarily saved).
    [[nodiscard]] ProspectProfile profile() const;
    void setProfile(const ProspectProfile& profile);
    void setMasked(bool masked);

Q_SIGNALS:
    /// Any profile value was edited.
    void changed();

private:
    QString m_phoneE164;
    bool m_masked = false;
    QLabel* m_phone = nullptr;
    QSpinBox* m_clientCount = nullptr;
    QLabel* m_clientCountMask = nullptr;
    QLineEdit* m_businessType = nullptr;
    QLineEdit* m_revenueRange = nullptr;
    QLabel* m_revenueMask = nullptr;
    QLineEdit* m_mainPain = nullptr;
    QLineEdit* m_toolStack = nullptr;
};

} // namespace calldeck
