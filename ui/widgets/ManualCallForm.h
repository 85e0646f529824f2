#pragma once

#include "tasks/CallTask.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace calldeck {

class FieldWithError;
class PhoneNumberEdit;
class ScheduleEdit;
class Store;

/// The manual call form of seed 000 (B4, C2; PRODUCT T2): E.164 number, contact name, company,
/// purpose, objective of 10–500 characters, immediate or scheduled. Each problem is shown next to
/// its field and nothing is saved until the whole form is valid.
class ManualCallForm : public QWidget
{
    Q_OBJECT
public:
    explicit ManualCallForm(Store& store, QWidget* parent = nullptr);

    /// Region for numbers typed without a country code.
    void setDefaultRegion(const QString& region);

    [[nodiscard]] PhoneNumberEdit* phoneEdit() const { return m_phone; }
    [[nodiscard]] QLineEdit* contactNameEdit() const { return m_contactName; }
    [[nodiscard]] QLineEdit* companyEdit() const { return m_company; }
    [[nodiscard]] QComboBox* purposeCombo() const { return m_purpose; }
    [[nodiscard]] QPlainTextEdit* objectiveEdit() const { return m_objective; }
    [[nodiscard]] QLabel* objectiveCounter() const { return m_counter; }
    [[nodiscard]] ScheduleEdit* scheduleEdit() const { return m_schedule; }
    [[nodiscard]] QPushButton* createButton() const { return m_create; }
    /// The errors shown next to the fields, in form order (for tests and accessibility).
    [[nodiscard]] QStringList shownErrors() const;

public Q_SLOTS:
    /// Validates and, when everything is valid, stores the task.
    void submit();

Q_SIGNALS:
    /// The task was stored (ready to call).
    void taskCreated(const calldeck::CallTask& task);

private:
    bool validate();
    void updateCounter();

    Store& m_store;
    QString m_region = QStringLiteral("US");
    PhoneNumberEdit* m_phone = nullptr;
    FieldWithError* m_phoneField = nullptr;
    QLineEdit* m_contactName = nullptr;
    QLineEdit* m_company = nullptr;
    QComboBox* m_purpose = nullptr;
    FieldWithError* m_purposeField = nullptr;
    QPlainTextEdit* m_objective = nullptr;
    FieldWithError* m_objectiveField = nullptr;
    QLabel* m_counter = nullptr;
    ScheduleEdit* m_schedule = nullptr;
    FieldWithError* m_scheduleField = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
};

} // namespace calldeck
