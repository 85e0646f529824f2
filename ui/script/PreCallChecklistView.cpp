#include "PreCallChecklistView.h"

#include <QCheckBox>
#include <QLabel>
#include <QVBoxLayout>

namespace calldeck {

PreCallChecklistView::PreCallChecklistView(QWidget* parent)
    : QGroupBox(tr("Pre-call checklist"), parent), m_legend(new QLabel(tr("* required"), this))
{
    setObjectName(QStringLiteral("checklistBox"));
    m_legend->setObjectName(QStringLiteral("checklistLegend"));
    m_legend->setStyleSheet(QStringLiteral("color:#59636e;"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_legend);
}

void PreCallChecklistView::setItems(const QList<ChecklistItem>& items)
{
    qDeleteAll(m_boxes);
    m_boxes.clear();
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    for (const ChecklistItem& item : items) {
        QString text = item.text;
        if (item.gate) {
            text += tr("  — gate");
        }
        auto* box = new QCheckBox(item.required ? tr("%1 *").arg(text) : tr("%1 (optional)").arg(text), this);
        box->setObjectName(QStringLiteral("checklist%1").arg(item.id));
        box->setProperty("itemId", item.id);
        box->setToolTip(item.required ? tr("Required before the call") : tr("Optional"));
        layout->insertWidget(layout->count() - 1, box); // above the legend
        m_boxes.append(box);
        connect(box, &QCheckBox::toggled, this, &PreCallChecklistView::changed);
    }
    Q_EMIT changed();
}

QSet<int> PreCallChecklistView::checkedIds() const
{
    QSet<int> ids;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked()) {
            ids.insert(box->property("itemId").toInt());
        }
    }
    return ids;
}

void PreCallChecklistView::setChecked(int itemId, bool checked)
{
    for (QCheckBox* box : m_boxes) {
        if (box->property("itemId").toInt() == itemId) {
            box->setChecked(checked);
        }
    }
}

void PreCallChecklistView::checkAll()
{
    for (QCheckBox* box : m_boxes) {
        box->setChecked(true);
    }
}

} // namespace calldeck
