#include "MilestoneChecklistForm.h"

#include "PrivacyMask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace calldeck {

namespace {

// A number field nobody filled in yet shows "—" rather than a 0 that looks like an answer.
constexpr int kUnsetNumber = -1;

bool isYes(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1");
}

bool isNo(const QString& value)
{
    const QString v = value.trimmed().toLower();
    return v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0");
}

void clearLayout(QLayout* layout)
{
    while (layout->count() > 0) {
        QLayoutItem* item = layout->takeAt(0);
        delete item->widget();
        delete item;
    }
}

} // namespace

MilestoneChecklistForm::MilestoneChecklistForm(QWidget* parent)
    : QWidget(parent),
      m_questionGroup(new QGroupBox(tr("Questions to ask"), this)),
      m_fieldGroup(new QGroupBox(tr("Capture"), this)),
      m_confirmationGroup(new QGroupBox(tr("Confirm before moving on"), this))
{
    setObjectName(QStringLiteral("milestoneForm"));
    m_questionGroup->setObjectName(QStringLiteral("questionGroup"));
    m_fieldGroup->setObjectName(QStringLiteral("fieldGroup"));
    m_confirmationGroup->setObjectName(QStringLiteral("confirmationGroup"));
    new QVBoxLayout(m_questionGroup);
    new QFormLayout(m_fieldGroup);
    new QVBoxLayout(m_confirmationGroup);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_questionGroup);
    layout->addWidget(m_fieldGroup);
    layout->addWidget(m_confirmationGroup);
}

void MilestoneChecklistForm::showMilestone(const ScriptMilestone& milestone, const MilestoneResponse& response)
{
    if (milestone != m_milestone) {
        rebuild(milestone);
    }
    setValues(response);
}

void MilestoneChecklistForm::rebuild(const ScriptMilestone& milestone)
{
    m_milestone = milestone;
    clearLayout(m_questionGroup->layout());
    clearLayout(m_fieldGroup->layout());
    clearLayout(m_confirmationGroup->layout());
    m_questions.clear();
    m_confirmations.clear();
    m_fields.clear();

    for (qsizetype i = 0; i < milestone.requiredQuestions.size(); ++i) {
        auto* box = new QCheckBox(milestone.requiredQuestions.at(i), m_questionGroup);
        box->setObjectName(QStringLiteral("question%1").arg(i));
        m_questionGroup->layout()->addWidget(box);
        m_questions.append(box);
        connect(box, &QCheckBox::toggled, this, [this, i](bool checked) {
            Q_EMIT questionToggled(m_milestone.number, static_cast<int>(i), checked);
        });
    }
    auto* form = static_cast<QFormLayout*>(m_fieldGroup->layout());
    for (const ScriptField& field : milestone.requiredFields) {
        FieldRow row;
        row.field = field;
        row.editor = makeEditor(field);
        row.mask = new QLabel(PrivacyMask::hidden(), m_fieldGroup);
        row.mask->setObjectName(QStringLiteral("mask_%1").arg(field.key));
        row.mask->setToolTip(tr("Privacy mode hides this value"));
        auto* cell = new QWidget(m_fieldGroup);
        auto* cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addWidget(row.editor, 1);
        cellLayout->addWidget(row.mask, 1);
        //: Label of a client-sensitive field (hidden in privacy mode)
        auto* label = new QLabel(field.sensitive ? tr("%1 (private)").arg(field.label) : field.label, m_fieldGroup);
        if (field.sensitive) {
            label->setToolTip(tr("Client-sensitive: hidden in privacy mode"));
        }
        form->addRow(label, cell);
        m_fields.append(row);
    }
    for (qsizetype i = 0; i < milestone.confirmations.size(); ++i) {
        auto* box = new QCheckBox(milestone.confirmations.at(i), m_confirmationGroup);
        box->setObjectName(QStringLiteral("confirmation%1").arg(i));
        m_confirmationGroup->layout()->addWidget(box);
        m_confirmations.append(box);
        connect(box, &QCheckBox::toggled, this, [this, i](bool checked) {
            Q_EMIT confirmationToggled(m_milestone.number, static_cast<int>(i), checked);
        });
    }
    m_questionGroup->setVisible(!m_questions.isEmpty());
    m_fieldGroup->setVisible(!m_fields.isEmpty());
    m_confirmationGroup->setVisible(!m_confirmations.isEmpty());
    setEditable(m_editable);
    setMasked(m_masked);
}

QWidget* MilestoneChecklistForm::makeEditor(const ScriptField& field)
{
    const QString key = field.key;
    QWidget* editor = nullptr;
    if (field.type == QLatin1String("number")) {
        auto* spin = new QSpinBox(m_fieldGroup);
        spin->setRange(kUnsetNumber, 100'000'000);
        spin->setSpecialValueText(QStringLiteral("—"));
        spin->setValue(kUnsetNumber);
        spin->setKeyboardTracking(false);
        connect(spin, &QSpinBox::editingFinished, this, [this, key] { commitField(key); });
        connect(spin, &QSpinBox::valueChanged, this, [this, key, spin] {
            if (!spin->hasFocus()) {
                commitField(key); // arrows clicked with the mouse
            }
        });
        editor = spin;
    } else if (field.type == QLatin1String("bool") || field.type == QLatin1String("choice")) {
        auto* combo = new QComboBox(m_fieldGroup);
        combo->addItem(tr("—"), QString());
        if (field.type == QLatin1String("bool")) {
            combo->addItem(tr("Yes"), QStringLiteral("yes"));
            combo->addItem(tr("No"), QStringLiteral("no"));
        } else {
            for (const QString& option : field.options) {
                combo->addItem(option, option);
            }
        }
        connect(combo, &QComboBox::activated, this, [this, key] { commitField(key); });
        editor = combo;
    } else {
        auto* line = new QLineEdit(m_fieldGroup);
        line->setMaxLength(500);
        connect(line, &QLineEdit::editingFinished, this, [this, key] { commitField(key); });
        editor = line;
    }
    editor->setObjectName(QStringLiteral("field_%1").arg(key));
    editor->setProperty("committed", QString());
    return editor;
}

void MilestoneChecklistForm::setValues(const MilestoneResponse& response)
{
    for (qsizetype i = 0; i < m_questions.size(); ++i) {
        const QSignalBlocker blocker(m_questions.at(i));
        m_questions.at(i)->setChecked(response.questionsChecked.contains(static_cast<int>(i)));
    }
    for (qsizetype i = 0; i < m_confirmations.size(); ++i) {
        const QSignalBlocker blocker(m_confirmations.at(i));
        m_confirmations.at(i)->setChecked(response.confirmationsChecked.contains(static_cast<int>(i)));
    }
    for (const FieldRow& row : m_fields) {
        const QString value = response.fields.value(row.field.key);
        row.editor->setProperty("committed", value);
        if (!row.editor->hasFocus()) {
            setEditorValue(row, value);
        }
    }
}

void MilestoneChecklistForm::setEditorValue(const FieldRow& row, const QString& value)
{
    const QSignalBlocker blocker(row.editor);
    if (auto* spin = qobject_cast<QSpinBox*>(row.editor)) {
        bool ok = false;
        const int number = value.trimmed().toInt(&ok);
        spin->setValue(ok ? number : kUnsetNumber);
    } else if (auto* combo = qobject_cast<QComboBox*>(row.editor)) {
        int index = 0;
        if (row.field.type == QLatin1String("bool")) {
            index = isYes(value) ? 1 : isNo(value) ? 2 : 0;
        } else {
            for (int i = 1; i < combo->count(); ++i) {
                if (combo->itemData(i).toString().compare(value.trimmed(), Qt::CaseInsensitive) == 0) {
                    index = i;
                }
            }
        }
        combo->setCurrentIndex(index);
    } else if (auto* line = qobject_cast<QLineEdit*>(row.editor)) {
        line->setText(value);
    }
}

QList<QWidget*> MilestoneChecklistForm::focusChain() const
{
    QList<QWidget*> chain;
    for (QCheckBox* box : m_questions) {
        chain.append(box);
    }
    for (const FieldRow& row : m_fields) {
        chain.append(row.editor);
    }
    for (QCheckBox* box : m_confirmations) {
        chain.append(box);
    }
    return chain;
}

QWidget* MilestoneChecklistForm::fieldEditor(const QString& key) const
{
    for (const FieldRow& row : m_fields) {
        if (row.field.key == key) {
            return row.editor;
        }
    }
    return nullptr;
}

QString MilestoneChecklistForm::fieldValue(const QString& key) const
{
    QWidget* editor = fieldEditor(key);
    if (auto* spin = qobject_cast<QSpinBox*>(editor)) {
        return spin->value() == kUnsetNumber ? QString() : QString::number(spin->value());
    }
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        return combo->currentData().toString();
    }
    if (auto* line = qobject_cast<QLineEdit*>(editor)) {
        return line->text().trimmed();
    }
    return {};
}

void MilestoneChecklistForm::editField(const QString& key, const QString& value)
{
    for (const FieldRow& row : m_fields) {
        if (row.field.key == key) {
            setEditorValue(row, value);
            commitField(key);
        }
    }
}

void MilestoneChecklistForm::commitField(const QString& key)
{
    QWidget* editor = fieldEditor(key);
    const QString value = fieldValue(key);
    if (editor == nullptr || value.isEmpty() || value == editor->property("committed").toString()) {
        return;
    }
    editor->setProperty("committed", value);
    Q_EMIT fieldEdited(m_milestone.number, key, value);
}

void MilestoneChecklistForm::setEditable(bool editable)
{
    m_editable = editable;
    for (QCheckBox* box : m_questions) {
        box->setEnabled(editable);
    }
    for (QCheckBox* box : m_confirmations) {
        box->setEnabled(editable);
    }
    for (const FieldRow& row : m_fields) {
        row.editor->setEnabled(editable);
    }
}

void MilestoneChecklistForm::setMasked(bool masked)
{
    m_masked = masked;
    for (const FieldRow& row : m_fields) {
        const bool hide = masked && row.field.sensitive;
        row.editor->setVisible(!hide);
        row.mask->setVisible(hide);
    }
}

} // namespace calldeck
