#include "widgets/ManualCallForm.h"

#include "core/FutureWatch.h"
#include "core/PhoneNumbers.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"
#include "widgets/FieldWithError.h"
#include "widgets/PhoneNumberEdit.h"
#include "widgets/ScheduleEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QString purposeLabel(CallPurpose purpose)
{
    switch (purpose) {
    case CallPurpose::ExistingClient:
        return ManualCallForm::tr("Existing client");
    case CallPurpose::WarmLead:
        return ManualCallForm::tr("Warm lead");
    case CallPurpose::Referral:
        return ManualCallForm::tr("Referral");
    case CallPurpose::VendorInquiry:
        return ManualCallForm::tr("Vendor inquiry");
    case CallPurpose::Partnership:
        return ManualCallForm::tr("Partnership");
    case CallPurpose::OtherBusiness:
        return ManualCallForm::tr("Other business");
    }
    return {};
}

} // namespace

ManualCallForm::ManualCallForm(Store& store, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_phone(new PhoneNumberEdit(this)),
      m_contactName(new QLineEdit(this)),
      m_company(new QLineEdit(this)),
      m_purpose(new QComboBox(this)),
      m_objective(new QPlainTextEdit(this)),
      m_counter(new QLabel(this)),
      m_schedule(new ScheduleEdit(this)),
      m_error(new QLabel(this)),
      m_create(new QPushButton(tr("Create call"), this))
{
    setObjectName(QStringLiteral("manualCallForm"));
    m_phone->setObjectName(QStringLiteral("manualPhone"));
    m_phone->setPlaceholderText(tr("+1 555 555 0100"));
    m_phone->setDefaultRegion(m_region);
    m_contactName->setObjectName(QStringLiteral("manualContactName"));
    m_company->setObjectName(QStringLiteral("manualCompany"));
    m_purpose->setObjectName(QStringLiteral("manualPurpose"));
    m_purpose->addItem(tr("Choose a purpose"), QString());
    for (const QString& name : TaskEnums::purposeNames()) {
        m_purpose->addItem(purposeLabel(*TaskEnums::purposeFromName(name)), name);
    }
    m_objective->setObjectName(QStringLiteral("manualObjective"));
    m_objective->setPlaceholderText(tr("What should the call achieve? (%1–%2 characters)")
                                        .arg(TaskRepository::kMinObjectiveLength)
                                        .arg(TaskRepository::kMaxObjectiveLength));
    m_objective->setTabChangesFocus(true);
    m_objective->setFixedHeight(m_objective->fontMetrics().lineSpacing() * 5);
    m_counter->setObjectName(QStringLiteral("manualObjectiveCounter"));
    m_counter->setAlignment(Qt::AlignRight);
    m_error->setObjectName(QStringLiteral("manualError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    m_create->setObjectName(QStringLiteral("manualCreateButton"));
    m_create->setDefault(true);

    m_phoneField = new FieldWithError(m_phone, this);
    m_purposeField = new FieldWithError(m_purpose, this);
    auto* objective = new QWidget(this);
    auto* objectiveLayout = new QVBoxLayout(objective);
    objectiveLayout->setContentsMargins(0, 0, 0, 0);
    objectiveLayout->setSpacing(2);
    objectiveLayout->addWidget(m_objective);
    objectiveLayout->addWidget(m_counter);
    m_objectiveField = new FieldWithError(objective, this);
    m_scheduleField = new FieldWithError(m_schedule, this);

    auto* form = new QFormLayout;
    form->addRow(tr("Phone number"), m_phoneField);
    form->addRow(tr("Contact name"), m_contactName);
    form->addRow(tr("Company"), m_company);
    form->addRow(tr("Purpose"), m_purposeField);
    form->addRow(tr("Objective"), m_objectiveField);
    form->addRow(tr("When"), m_scheduleField);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_create);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_objective, &QPlainTextEdit::textChanged, this, &ManualCallForm::updateCounter);
    connect(m_create, &QPushButton::clicked, this, &ManualCallForm::submit);
    updateCounter();
}

void ManualCallForm::setDefaultRegion(const QString& region)
{
    m_region = region;
    m_phone->setDefaultRegion(region);
}

QStringList ManualCallForm::shownErrors() const
{
    QStringList errors;
    for (const FieldWithError* field : {m_phoneField, m_purposeField, m_objectiveField, m_scheduleField}) {
        if (!field->error().isEmpty()) {
            errors << field->error();
        }
    }
    if (m_error->isVisible()) {
        errors << m_error->text();
    }
    return errors;
}

bool ManualCallForm::validate()
{
    bool valid = true;
    const auto check = [&valid](FieldWithError* field, const QString& message) {
        field->setError(message);
        valid = valid && message.isEmpty();
    };
    if (m_phone->isBlank()) {
        check(m_phoneField, tr("Enter the phone number to call."));
    } else if (const Result<QString> e164 = PhoneNumbers::toPossibleE164(m_phone->text(), m_region); !e164) {
        check(m_phoneField, e164.error().message);
    } else {
        check(m_phoneField, {});
    }
    check(m_purposeField, m_purpose->currentData().toString().isEmpty() ? tr("Choose the purpose of the call.")
                                                                       : QString());
    const qsizetype length = m_objective->toPlainText().trimmed().size();
    if (length < TaskRepository::kMinObjectiveLength) {
        check(m_objectiveField,
              tr("Describe the objective in at least %1 characters.").arg(TaskRepository::kMinObjectiveLength));
    } else if (length > TaskRepository::kMaxObjectiveLength) {
        check(m_objectiveField, tr("The objective is too long (%1 characters; at most %2).")
                                    .arg(length)
                                    .arg(TaskRepository::kMaxObjectiveLength));
    } else {
        check(m_objectiveField, {});
    }
    check(m_scheduleField, m_schedule->problemAt(QDateTime::currentDateTimeUtc()));
    return valid;
}

void ManualCallForm::submit()
{
    m_error->setVisible(false);
    if (!validate()) {
        return;
    }
    ManualCallRequest request;
    request.phone = PhoneNumbers::toPossibleE164(m_phone->text(), m_region).valueOr(m_phone->text());
    request.region = m_region;
    request.contactName = m_contactName->text();
    request.company = m_company->text();
    request.purpose = TaskEnums::purposeFromName(m_purpose->currentData().toString());
    request.objective = m_objective->toPlainText();
    request.scheduledForUtc = m_schedule->scheduledForUtc();
    request.timeZone = m_schedule->isImmediate() ? QString() : m_schedule->timeZone();
    m_create->setEnabled(false);
    const QFuture<Result<CallTask>> future =
        m_store.run([request](QSqlDatabase& db) { return TaskRepository(db).createFromManualForm(request); });
    whenFinished(this, future, [this](const Result<CallTask>& task) {
        m_create->setEnabled(true);
        if (!task.ok()) {
            m_error->setText(task.error().message);
            m_error->setVisible(true);
            return;
        }
        Q_EMIT taskCreated(task.value());
    });
}

void ManualCallForm::updateCounter()
{
    const qsizetype length = m_objective->toPlainText().trimmed().size();
    m_counter->setText(tr("%1 / %2").arg(length).arg(TaskRepository::kMaxObjectiveLength));
    const bool outside = length > TaskRepository::kMaxObjectiveLength;
    m_counter->setStyleSheet(outside ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace calldeck
