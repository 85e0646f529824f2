#include "widgets/ClarificationForm.h"

#include "widgets/FieldWithError.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace calldeck {

ClarificationForm::ClarificationForm(QWidget* parent)
    : QWidget(parent),
      m_intro(new QLabel(tr("The plan needs a few answers before the call can be made."), this)),
      m_fields(new QFormLayout),
      m_error(new QLabel(this)),
      m_answer(new QPushButton(tr("Answer"), this))
{
    setObjectName(QStringLiteral("clarificationForm"));
    m_intro->setWordWrap(true);
    m_intro->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_error->setObjectName(QStringLiteral("clarificationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_answer->setObjectName(QStringLiteral("answerButton"));
    m_fields->setRowWrapPolicy(QFormLayout::WrapAllRows);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_intro);
    layout->addLayout(m_fields);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_answer);
    layout->addLayout(buttons);

    connect(m_answer, &QPushButton::clicked, this, &ClarificationForm::submit);
}

void ClarificationForm::setTask(const CallTask& task)
{
    while (m_fields->rowCount() > 0) {
        m_fields->removeRow(0);
    }
    m_byKey.clear();
    m_taskId = task.id;
    setError({});
    if (task.plan) {
        for (const MissingInfo& info : task.plan->missingInfo) {
            auto* edit = new QLineEdit(this);
            edit->setObjectName(QStringLiteral("clarification_%1").arg(info.key));
            edit->setText(task.clarificationAnswers.value(info.key));
            connect(edit, &QLineEdit::returnPressed, this, &ClarificationForm::submit);
            auto* field = new FieldWithError(edit, this);
            m_fields->addRow(info.question, field);
            m_byKey.insert(info.key, field);
        }
    }
    m_answer->setEnabled(!m_byKey.isEmpty());
}

QLineEdit* ClarificationForm::field(const QString& key) const
{
    const FieldWithError* field = m_byKey.value(key);
    return field == nullptr ? nullptr : qobject_cast<QLineEdit*>(field->editor());
}

QString ClarificationForm::fieldError(const QString& key) const
{
    const FieldWithError* field = m_byKey.value(key);
    return field == nullptr ? QString() : field->error();
}

QString ClarificationForm::errorText() const
{
    if (m_byKey.size() == 1) {
        return m_byKey.first()->error();
    }
    return m_error->text();
}

void ClarificationForm::setError(const QString& message)
{
    // With a single question the refusal can only be about that answer, so it goes next to it.
    if (m_byKey.size() == 1) {
        m_byKey.first()->setError(message);
        m_error->clear();
        m_error->setVisible(false);
    } else {
        m_error->setText(message);
        m_error->setVisible(!message.isEmpty());
    }
    setBusy(false);
}

void ClarificationForm::setBusy(bool busy)
{
    m_answer->setEnabled(!busy && !m_byKey.isEmpty());
    for (FieldWithError* field : std::as_const(m_byKey)) {
        field->editor()->setEnabled(!busy);
    }
}

void ClarificationForm::submit()
{
    if (m_byKey.isEmpty() || !m_answer->isEnabled()) {
        return;
    }
    QMap<QString, QString> answers;
    bool complete = true;
    for (auto it = m_byKey.cbegin(); it != m_byKey.cend(); ++it) {
        const QString answer = qobject_cast<QLineEdit*>(it.value()->editor())->text().trimmed();
        it.value()->setError(answer.isEmpty() ? tr("This answer is needed before the call.") : QString());
        complete = complete && !answer.isEmpty();
        answers.insert(it.key(), answer);
    }
    if (!complete) {
        return;
    }
    m_error->setVisible(false);
    setBusy(true);
    Q_EMIT answered(m_taskId, answers);
}

} // namespace calldeck
