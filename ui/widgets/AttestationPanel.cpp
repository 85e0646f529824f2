#include "widgets/AttestationPanel.h"

#include "compliance/AttestationForm.h"
#include "compliance/AttestationGate.h"
#include "compliance/AttestationRepository.h"
#include "compliance/AttestationStatements.h"
#include "core/FutureWatch.h"
#include "store/Store.h"
#include "widgets/FieldWithError.h"

#include <QCheckBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace calldeck {

namespace {

/// How many hex digits of the record hash are shown; enough to compare by eye.
constexpr int kHashPrefixChars = 12;

} // namespace

AttestationPanel::AttestationPanel(Store& store, QWidget* parent)
    : QWidget(parent),
      m_store(store),
      m_formBox(new QGroupBox(tr("Attestation before dialling"), this)),
      m_fullName(new QLineEdit(this)),
      m_organization(new QLineEdit(this)),
      m_sign(new QPushButton(tr("Sign and enable calling"), this)),
      m_error(new QLabel(this)),
      m_recordBox(new QGroupBox(tr("Signed attestation"), this)),
      m_recordLabel(new QLabel(this)),
      m_gate(new QLabel(this)),
      m_call(new QPushButton(tr("Call now"), this))
{
    setObjectName(QStringLiteral("attestationPanel"));
    auto* formLayout = new QVBoxLayout(m_formBox);
    auto* intro = new QLabel(tr("Confirm each statement and type your full name. Calling stays disabled until "
                                "everything is given."),
                             m_formBox);
    intro->setWordWrap(true);
    formLayout->addWidget(intro);
    for (const AttestationStatement& statement : AttestationStatements::all()) {
        auto* box = new QCheckBox(m_formBox);
        box->setObjectName(QStringLiteral("statement_%1").arg(statement.key));
        // QCheckBox cannot wrap, so the sentence sits in a label that toggles the box when clicked.
        auto* text = new QLabel(statement.text, m_formBox);
        text->setWordWrap(true);
        text->setBuddy(box);
        text->setTextInteractionFlags(Qt::NoTextInteraction);
        auto* row = new QHBoxLayout;
        row->addWidget(box, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        formLayout->addLayout(row);
        box->setAccessibleName(statement.text);
        m_statements << box;
        connect(box, &QCheckBox::toggled, this, &AttestationPanel::updateSignEnabled);
        text->installEventFilter(this);
        text->setProperty("statementIndex", static_cast<int>(m_statements.size() - 1));
    }
    m_fullName->setObjectName(QStringLiteral("attestationFullName"));
    m_fullName->setPlaceholderText(tr("As on your ID, at least %n characters", nullptr,
                                      static_cast<int>(AttestationForm::kMinFullNameChars)));
    m_fullName->setMaxLength(static_cast<int>(AttestationForm::kMaxFullNameChars));
    m_organization->setObjectName(QStringLiteral("attestationOrganization"));
    m_organization->setPlaceholderText(tr("Optional"));
    m_organization->setMaxLength(static_cast<int>(AttestationForm::kMaxOrganizationChars));
    m_fullNameField = new FieldWithError(m_fullName, m_formBox);
    auto* fields = new QFormLayout;
    fields->addRow(tr("Full name"), m_fullNameField);
    fields->addRow(tr("Organization"), m_organization);
    formLayout->addLayout(fields);
    m_error->setObjectName(QStringLiteral("attestationError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);
    formLayout->addWidget(m_error);
    m_sign->setObjectName(QStringLiteral("signAttestationButton"));
    auto* signRow = new QHBoxLayout;
    signRow->addStretch(1);
    signRow->addWidget(m_sign);
    formLayout->addLayout(signRow);

    auto* recordLayout = new QVBoxLayout(m_recordBox);
    m_recordLabel->setObjectName(QStringLiteral("attestationRecord"));
    m_recordLabel->setTextFormat(Qt::RichText);
    m_recordLabel->setWordWrap(true);
    m_recordLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_recordLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    recordLayout->addWidget(m_recordLabel);
    m_recordBox->setVisible(false);

    m_gate->setObjectName(QStringLiteral("attestationGate"));
    m_gate->setWordWrap(true);
    m_call->setObjectName(QStringLiteral("callNowButton"));
    m_call->setEnabled(false);
    auto* callRow = new QHBoxLayout;
    callRow->addWidget(m_gate, 1);
    callRow->addWidget(m_call);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_formBox);
    layout->addWidget(m_recordBox);
    layout->addLayout(callRow);
    layout->addStretch(1); // keeps the record at the top when the panel is taller than its content

    connect(m_fullName, &QLineEdit::textChanged, this, &AttestationPanel::updateSignEnabled);
    connect(m_sign, &QPushButton::clicked, this, &AttestationPanel::sign);
    connect(m_call, &QPushButton::clicked, this, [this] {
        if (m_call->isEnabled()) {
            Q_EMIT callRequested(m_task.id);
        }
    });
    updateSignEnabled();
    updateCallEnabled();
}

void AttestationPanel::setTask(const CallTask& task)
{
    const bool sameTask = task.id == m_task.id;
    m_task = task;
    ++m_generation;
    if (!sameTask) {
        for (QCheckBox* box : std::as_const(m_statements)) {
            box->setChecked(false);
        }
        m_fullName->clear();
        m_organization->clear();
        m_error->setVisible(false);
        m_record.reset();
        m_gateOpen = false;
        showRecord(std::nullopt);
    }
    const qint64 taskId = task.id;
    const quint64 generation = m_generation;
    const QFuture<Result<std::optional<AttestationRecord>>> future = m_store.run(
        [taskId](QSqlDatabase& db) { return AttestationRepository(db).latestForTask(taskId); });
    whenFinished(this, future, [this, generation](const Result<std::optional<AttestationRecord>>& latest) {
        if (generation != m_generation) {
            return;
        }
        showRecord(latest.ok() ? latest.value() : std::nullopt);
        checkGate();
    });
    updateCallEnabled();
}

QString AttestationPanel::recordText() const
{
    if (!m_record) {
        return {};
    }
    QTextDocument document;
    document.setHtml(m_recordLabel->text());
    return document.toPlainText();
}

QString AttestationPanel::gateText() const
{
    return m_gate->text();
}

bool AttestationPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        const QVariant index = watched->property("statementIndex");
        if (index.isValid() && index.toInt() < m_statements.size()) {
            m_statements.at(index.toInt())->toggle();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttestationPanel::updateSignEnabled()
{
    AttestationForm form;
    const QList<AttestationStatement> statements = AttestationStatements::all();
    for (int i = 0; i < statements.size() && i < m_statements.size(); ++i) {
        form.setAccepted(statements.at(i).id, m_statements.at(i)->isChecked());
    }
    form.fullName = m_fullName->text();
    form.organization = m_organization->text();
    QString nameError;
    for (const AttestationFieldError& error : form.validate()) {
        if (error.field == AttestationField::FullName) {
            nameError = error.message;
        }
    }
    // Only complain about the name once something was typed; an untouched field is not an error yet.
    m_fullNameField->setError(m_fullName->text().isEmpty() ? QString() : nameError);
    m_sign->setEnabled(m_task.id != 0 && form.isValid());
}

void AttestationPanel::sign()
{
    AttestationForm form;
    const QList<AttestationStatement> statements = AttestationStatements::all();
    for (int i = 0; i < statements.size() && i < m_statements.size(); ++i) {
        form.setAccepted(statements.at(i).id, m_statements.at(i)->isChecked());
    }
    form.fullName = m_fullName->text();
    form.organization = m_organization->text();
    if (m_task.id == 0 || !form.isValid()) {
        return;
    }
    m_sign->setEnabled(false);
    const qint64 taskId = m_task.id;
    const quint64 generation = m_generation;
    const QFuture<Result<AttestationRecord>> future =
        m_store.run([taskId, form](QSqlDatabase& db) { return AttestationRepository(db).sign(taskId, form); });
    whenFinished(this, future, [this, generation](const Result<AttestationRecord>& stored) {
        if (generation != m_generation) {
            return;
        }
        if (!stored.ok()) {
            m_error->setText(stored.error().message);
            m_error->setVisible(true);
            updateSignEnabled();
            return;
        }
        m_error->setVisible(false);
        showRecord(stored.value());
        Q_EMIT signedRecord(stored.value());
        checkGate();
    });
}

void AttestationPanel::showRecord(const std::optional<AttestationRecord>& record)
{
    m_record = record;
    m_formBox->setVisible(!record.has_value());
    m_recordBox->setVisible(record.has_value());
    if (!record) {
        m_recordLabel->clear();
        updateSignEnabled();
        return;
    }
    const auto row = [](const QString& label, const QString& value) {
        return QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<table>");
    html += row(tr("Signed by"), record->fullName);
    if (!record->organization.isEmpty()) {
        html += row(tr("Organization"), record->organization);
    }
    html += row(tr("Signed at (UTC)"), record->signedAtUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    html += row(tr("OS user"), record->osUser);
    html += row(tr("Host"), record->host);
    html += row(tr("CallDeck version"), record->appVersion);
    html += row(tr("Statements version"), record->statementsVersion);
    html += row(tr("Record hash"), record->recordHash.left(kHashPrefixChars));
    html += QStringLiteral("</table><ol>");
    for (const QString& statement : record->statements) {
        html += QStringLiteral("<li>%1</li>").arg(statement.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    m_recordLabel->setText(html);
}

void AttestationPanel::checkGate()
{
    m_gateOpen = false;
    updateCallEnabled();
    if (m_task.id == 0) {
        return;
    }
    const qint64 taskId = m_task.id;
    const quint64 generation = m_generation;
    const QFuture<Status> future = m_store.run([taskId](QSqlDatabase& db) { return AttestationGate(db).check(taskId); });
    whenFinished(this, future, [this, generation](const Status& gate) {
        if (generation != m_generation) {
            return;
        }
        m_gateOpen = gate.ok();
        if (!gate.ok() && m_record) {
            // A record that no longer opens the gate (new wording, tampering) must be signed again.
            m_formBox->setVisible(true);
        }
        m_gate->setText(gate.ok() ? QString() : gate.error().message);
        updateCallEnabled();
    });
}

void AttestationPanel::updateCallEnabled()
{
    const bool ready = m_task.id != 0 && m_task.status == TaskStatus::ReadyToCall;
    m_call->setEnabled(ready && m_gateOpen);
    if (m_gateOpen && !ready && m_task.id != 0) {
        m_gate->setText(tr("The task is %1; it can be called once it is ready to call.")
                            .arg(TaskStatusNames::label(m_task.status)));
    } else if (m_gateOpen) {
        m_gate->clear();
    }
}

} // namespace calldeck
