#pragma once

#include "contacts/Contact.h"
#include "core/Error.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace calldeck {

class FieldWithError;
class PhoneNumberEdit;
class Store;

/// Adds or edits one contact. Saves through the Store itself so that a repository error
/// (duplicate phone number, invalid field) shows in the dialog and nothing typed is lost.
class ContactEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// `existing.id == 0` adds a new contact; otherwise edits it. `defaultRegion` is the profile's
    /// region for numbers typed without a country code.
    ContactEditDialog(Store& store, const Contact& existing, const QString& defaultRegion, QWidget* parent = nullptr);

    /// The contact as currently typed (phone left empty when it does not parse).
    [[nodiscard]] Contact contactFromFields() const;
    [[nodiscard]] bool isSaving() const { return m_saving; }
    /// The message shown for the last failed save, empty after success.
    [[nodiscard]] QString errorText() const;

public Q_SLOTS:
    /// Validates, then saves; the dialog closes only after the store accepted the contact.
    void submit();

Q_SIGNALS:
    void contactSaved(const calldeck::Contact& contact);

private:
    void clearErrors();
    void showSaveError(const Error& error);

    Store& m_store;
    Contact m_original;
    bool m_saving = false;
    QLineEdit* m_name = nullptr;
    PhoneNumberEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_tags = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QSpinBox* m_leadScore = nullptr;
    FieldWithError* m_nameField = nullptr;
    FieldWithError* m_phoneField = nullptr;
    FieldWithError* m_emailField = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace calldeck
