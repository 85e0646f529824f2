#pragma once

#include "script/Script.h"

#include <QGroupBox>
#include <QList>
#include <QSet>

class QCheckBox;
class QLabel;

namespace calldeck {

/// The eight pre-call checklist items (PRODUCT S2) as checkboxes: required ones marked "*", the
/// qualification gate item marked "gate", optional ones "(optional)".
class PreCallChecklistView : public QGroupBox
{
    Q_OBJECT
public:
    explicit PreCallChecklistView(QWidget* parent = nullptr);

    void setItems(const QList<ChecklistItem>& items);
    [[nodiscard]] QSet<int> checkedIds() const;
    void setChecked(int itemId, bool checked);
    void checkAll();

Q_SIGNALS:
    void changed();

private:
    QList<QCheckBox*> m_boxes;
    QLabel* m_legend = nullptr;
};

} // namespace calldeck
