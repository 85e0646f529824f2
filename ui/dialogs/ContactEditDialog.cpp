#include "dialogs/ContactEditDialog.h"

#include "core/FutureWatch.h"
#include "store/ContactRepository.h"
#include "store/Store.h"
#include "widgets/FieldWithError.h"
#include "widgets/PhoneNumberEdit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace calldeck {

ContactEditDialog::ContactEditDialog(Store& store, const Contact& existing, const QString& defaultRegion,
                                     QWidget* parent)
    : QDialog(parent),
      m_store(store),
      m_original(existing),
      m_name(new QLineEdit(this)),
      m_phone(new PhoneNumberEdit(this)),
      m_email(new QLineEdit(this)),
      m_company(new QLineEdit(this)),
      m_tags(new QLineEdit(this)),
      m_notes(new QPlainTextEdit(this)),
      m_leadScore(new QSpinBox(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(existing.id == 0 ? tr("Add Contact") : tr("Edit Contact"));
    setObjectName(QStringLiteral("contactEditDialog"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_company->setObjectName(QStringLiteral("companyEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_leadScore->setObjectName(QStringLiteral("leadScoreSpin"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    m_phone->setDefaultRegion(defaultRegion);
    //: Placeholder: tags are typed separated by commas.
    m_tags->setPlaceholderText(tr("e.g. customer, dentist"));
    m_leadScore->setRange(0, 100);
    m_leadScore->setMaximumWidth(90);
    m_leadScore->setToolTip(tr("How promising this contact is, from 0 to 100"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setVisible(false);

    m_nameField = new FieldWithError(m_name, this);
    m_phoneField = new FieldWithError(m_phone, this);
    m_emailField = new FieldWithError(m_email, this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameField);
    form->addRow(tr("&Phone:"), m_phoneField);
    form->addRow(tr("&Email:"), m_emailField);
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("N&otes:"), m_notes);
    form->addRow(tr("&Lead score:"), m_leadScore);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(440);

    m_name->setText(existing.name);
    m_phone->setE164(existing.phoneE164);
    m_email->setText(existing.email);
    m_company->setText(existing.company);
    m_tags->setText(existing.tags.join(QStringLiteral(", ")));
    m_notes->setPlainText(existing.notes);
    m_leadScore->setValue(existing.leadScore);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactEditDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

Contact ContactEditDialog::contactFromFields() const
{
    Contact contact = m_original;
    contact.name = m_name->text().trimmed();
    const Result<QString> phone = m_phone->e164();
    contact.phoneE164 = phone.ok() ? phone.value() : QString();
    contact.email = m_email->text().trimmed();
    contact.company = m_company->text().trimmed();
    contact.notes = m_notes->toPlainText().trimmed();
    contact.leadScore = m_leadScore->value();
    QStringList tags;
    const QStringList parts = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString& part : parts) {
        const QString tag = part.trimmed().toLower();
        if (!tag.isEmpty() && !tags.contains(tag)) {
            tags.append(tag);
        }
    }
    tags.sort();
    contact.tags = tags;
    return contact;
}

QString ContactEditDialog::errorText() const
{
    QStringList messages;
    for (const FieldWithError* field : {m_nameField, m_phoneField, m_emailField}) {
        if (!field->error().isEmpty()) {
            messages.append(field->error());
        }
    }
    if (!m_error->text().isEmpty()) {
        messages.append(m_error->text());
    }
    return messages.join(u'\n');
}

void ContactEditDialog::submit()
{
    if (m_saving) {
        return;
    }
    clearErrors();
    bool valid = true;
    if (m_name->text().trimmed().isEmpty()) {
        m_nameField->setError(tr("Enter a name."));
        valid = false;
    }
    const Result<QString> phone = m_phone->e164();
    if (!phone.ok()) {
        m_phoneField->setError(phone.error().message);
        valid = false;
    }
    const QString email = m_email->text().trimmed();
    if (!email.isEmpty() && (!email.contains(u'@') || email.startsWith(u'@') || email.endsWith(u'@'))) {
        m_emailField->setError(tr("This does not look like an email address."));
        valid = false;
    }
    if (!valid) {
        return;
    }

    const Contact contact = contactFromFields();
    m_saving = true;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto job = [contact](QSqlDatabase& db) {
        ContactRepository repository(db);
        return contact.id == 0 ? repository.add(contact) : repository.update(contact);
    };
    whenFinished(this, m_store.run(job), [this](const Result<Contact>& result) {
        m_saving = false;
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        if (!result.ok()) {
            showSaveError(result.error());
            return;
        }
        Q_EMIT contactSaved(result.value());
        accept();
    });
}

void ContactEditDialog::clearErrors()
{
    m_nameField->setError({});
    m_phoneField->setError({});
    m_emailField->setError({});
    m_error->clear();
    m_error->setVisible(false);
}

void ContactEditDialog::showSaveError(const Error& error)
{
    if (error.code == ErrorCode::Conflict) {
        m_phoneField->setError(error.message);
        m_phone->setFocus();
        return;
    }
    m_error->setText(tr("Could not save the contact: %1").arg(error.message));
    m_error->setVisible(true);
}

} // namespace calldeck
