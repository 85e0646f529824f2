#include "widgets/InstructionForm.h"

#include "core/FutureWatch.h"
#include "core/PhoneNumbers.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"
#include "widgets/ContactPicker.h"
#include "widgets/FieldWithError.h"
#include "widgets/MoneySpinBox.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/ScheduleEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QString toneLabel(TaskTone tone)
{
    switch (tone) {
    case TaskTone::Friendly:
        return InstructionForm::tr("Friendly");
    case TaskTone::Neutral:
        return InstructionForm::tr("Neutral");
    case TaskTone::Firm:
        return InstructionForm::tr("Firm");
    case TaskTone::Assertive:
        return InstructionForm::tr("Assertive");
    }
    return {};
}

} // namespace

InstructionForm::InstructionForm(Store& store, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_instruction(new QPlainTextEdit(this)),
      m_counter(new QLabel(this)),
      m_contact(new ContactPicker(store, this)),
      m_phone(new PhoneNumberEdit(this)),
      m_tone(new QComboBox(this)),
      m_maxPrice(new MoneySpinBox(this)),
      m_priority(new QComboBox(this)),
      m_schedule(new ScheduleEdit(this)),
      m_error(new QLabel(this)),
      m_plan(new QPushButton(tr("Plan call"), this))
{
    setObjectName(QStringLiteral("instructionForm"));
    m_instruction->setObjectName(QStringLiteral("instructionEdit"));
    m_instruction->setPlaceholderText(
        tr("Say what the call should achieve, e.g. \"Call Bright Smile Dental at +1 555 555 0100 and get the "
           "earliest cleaning appointment this week, under $150\""));
    m_instruction->setTabChangesFocus(true);
    m_instruction->setFixedHeight(m_instruction->fontMetrics().lineSpacing() * 5);
    m_counter->setObjectName(QStringLiteral("instructionCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_phone->setObjectName(QStringLiteral("instructionPhone"));
    m_phone->setPlaceholderText(tr("Optional; found in the sentence or asked for"));
    m_phone->setDefaultRegion(m_region);
    m_tone->setObjectName(QStringLiteral("toneCombo"));
    m_tone->addItem(tr("Assistant default"), QString());
    for (const QString& name : TaskEnums::toneNames()) {
        m_tone->addItem(toneLabel(*TaskEnums::toneFromName(name)), name);
    }
    m_maxPrice->setObjectName(QStringLiteral("maxPriceEdit"));
    // Zero reads as "no limit": a call that may spend nothing needs no price at all.
    m_maxPrice->setSpecialValueText(tr("No limit"));
    m_priority->setObjectName(QStringLiteral("priorityCombo"));
    m_priority->addItem(tr("Low"), QVariant::fromValue(static_cast<int>(TaskPriority::Low)));
    m_priority->addItem(tr("Normal"), QVariant::fromValue(static_cast<int>(TaskPriority::Normal)));
    m_priority->addItem(tr("High"), QVariant::fromValue(static_cast<int>(TaskPriority::High)));
    m_priority->setCurrentIndex(1);
    m_error->setObjectName(QStringLiteral("instructionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_plan->setObjectName(QStringLiteral("planButton"));
    m_plan->setDefault(true);

    auto* instruction = new QWidget(this);
    auto* instructionLayout = new QVBoxLayout(instruction);
    instructionLayout->setContentsMargins(0, 0, 0, 0);
    instructionLayout->setSpacing(2);
    instructionLayout->addWidget(m_instruction);
    instructionLayout->addWidget(m_counter);
    m_instructionField = new FieldWithError(instruction, this);
    m_phoneField = new FieldWithError(m_phone, this);
    m_scheduleField = new FieldWithError(m_schedule, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Instruction"), m_instructionField);
    form->addRow(tr("Contact"), m_contact);
    form->addRow(tr("Number"), m_phoneField);
    auto* options = new QHBoxLayout;
    options->addWidget(new QLabel(tr("Tone"), this));
    options->addWidget(m_tone, 1);
    options->addWidget(new QLabel(tr("Max price"), this));
    options->addWidget(m_maxPrice, 1);
    options->addWidget(new QLabel(tr("Priority"), this));
    options->addWidget(m_priority, 1);
    form->addRow(options);
    form->addRow(tr("When"), m_scheduleField);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_plan);
    layout->addLayout(buttons);

    connect(m_instruction, &QPlainTextEdit::textChanged, this, &InstructionForm::updateCounter);
    connect(m_plan, &QPushButton::clicked, this, &InstructionForm::submit);
    updateCounter();
}

void InstructionForm::setDefaultRegion(const QString& region)
{
    m_region = region;
    m_phone->setDefaultRegion(region);
}

void InstructionForm::setBusy(bool busy)
{
    for (QWidget* widget : std::initializer_list<QWidget*>{m_instruction, m_contact, m_phone, m_tone, m_maxPrice,
                                                           m_priority, m_schedule, m_plan}) {
        widget->setEnabled(!busy);
    }
}

QStringList InstructionForm::shownErrors() const
{
    QStringList errors;
    for (const FieldWithError* field : {m_instructionField, m_phoneField, m_scheduleField}) {
        if (!field->error().isEmpty()) {
            errors << field->error();
        }
    }
    if (m_error->isVisible()) {
        errors << m_error->text();
    }
    return errors;
}

bool InstructionForm::validate()
{
    bool valid = true;
    const auto check = [&valid](FieldWithError* field, const QString& message) {
        field->setError(message);
        valid = valid && message.isEmpty();
    };
    const qsizetype length = m_instruction->toPlainText().trimmed().size();
    if (length == 0) {
        check(m_instructionField, tr("Write what the call should achieve."));
    } else if (length > TaskRepository::kMaxInstructionLength) {
        check(m_instructionField, tr("The instruction is too long (%1 characters; at most %2).")
                                      .arg(length)
                                      .arg(TaskRepository::kMaxInstructionLength));
    } else {
        check(m_instructionField, {});
    }
    if (m_phone->isBlank()) {
        check(m_phoneField, {});
    } else if (const Result<QString> e164 = PhoneNumbers::toPossibleE164(m_phone->text(), m_region); !e164) {
        check(m_phoneField, e164.error().message);
    } else {
        check(m_phoneField, {});
    }
    check(m_scheduleField, m_schedule->problemAt(QDateTime::currentDateTimeUtc()));
    return valid;
}

void InstructionForm::submit()
{
    m_error->setVisible(false);
    if (!validate()) {
        return;
    }
    InstructionRequest request;
    request.instruction = m_instruction->toPlainText();
    request.phone = m_phone->isBlank() ? QString() : PhoneNumbers::toPossibleE164(m_phone->text(), m_region).valueOr(m_phone->text());
    request.region = m_region;
    request.contactId = m_contact->contactId();
    request.tone = TaskEnums::toneFromName(m_tone->currentData().toString());
    request.priority = static_cast<TaskPriority>(m_priority->currentData().toInt());
    request.maxPriceCents = m_maxPrice->cents() > 0 ? m_maxPrice->cents() : -1;
    request.scheduledForUtc = m_schedule->scheduledForUtc();
    request.timeZone = m_schedule->isImmediate() ? QString() : m_schedule->timeZone();
    setBusy(true);
    const QFuture<Result<CallTask>> future =
        m_store.run([request](QSqlDatabase& db) { return TaskRepository(db).createFromInstruction(request); });
    whenFinished(this, future, [this](const Result<CallTask>& task) {
        if (!task.ok()) {
            setBusy(false);
            m_error->setText(task.error().message);
            m_error->setVisible(true);
            return;
        }
        Q_EMIT taskCreated(task.value());
    });
}

void InstructionForm::updateCounter()
{
    const qsizetype length = m_instruction->toPlainText().trimmed().size();
    m_counter->setText(tr("%1 / %2").arg(length).arg(TaskRepository::kMaxInstructionLength));
    const bool outside = length > TaskRepository::kMaxInstructionLength;
    m_counter->setStyleSheet(outside ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace calldeck
