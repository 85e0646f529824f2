#include "ReasonDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace calldeck {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, QWidget* parent)
    : QDialog(parent),
      m_question(new QLabel(question, this)),
      m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_question->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("reasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (logged with your name and the time)"));
    m_reason->setMaxLength(500);
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, sizeHint().height());
}

void ReasonDialog::offerMilestones(const QList<ScriptMilestone>& milestones, int current)
{
    if (m_milestones == nullptr) {
        m_milestones = new QComboBox(this);
        m_milestones->setObjectName(QStringLiteral("milestoneChooser"));
        auto* form = findChild<QFormLayout*>();
        form->insertRow(0, tr("&Move to:"), m_milestones);
        setTabOrder(m_milestones, m_reason);
    }
    m_milestones->clear();
    for (const ScriptMilestone& m : milestones) {
        m_milestones->addItem(tr("M%1 %2").arg(m.number).arg(m.title), m.number);
        if (m.number == current) {
            m_milestones->setCurrentIndex(m_milestones->count() - 1);
        }
    }
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

int ReasonDialog::milestone() const
{
    return m_milestones != nullptr ? m_milestones->currentData().toInt() : 0;
}

} // namespace calldeck
