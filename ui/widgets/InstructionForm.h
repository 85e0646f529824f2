#pragma once

#include "tasks/CallTask.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace calldeck {

class ContactPicker;
class FieldWithError;
class MoneySpinBox;
class PhoneNumberEdit;
class ScheduleEdit;
class Store;

/// A call task from a sentence (PRODUCT T1, seed 002 §3.1): the instruction (at most 2000
/// characters, with a counter) and the optional contact, number, tone, maximum price, priority and
/// schedule. "Plan call" validates next to each field and stores the task only when all is valid.
class InstructionForm : public QWidget
{
    Q_OBJECT
public:
    explicit InstructionForm(Store& store, QWidget* parent = nullptr);

    /// Region for numbers typed without a country code.
    void setDefaultRegion(const QString& region);
    /// Disables the form while a task is being stored or planned.
    void setBusy(bool busy);

    [[nodiscard]] QPlainTextEdit* instructionEdit() const { return m_instruction; }
    [[nodiscard]] QLabel* instructionCounter() const { return m_counter; }
    [[nodiscard]] ContactPicker* contactPicker() const { return m_contact; }
    [[nodiscard]] PhoneNumberEdit* phoneEdit() const { return m_phone; }
    [[nodiscard]] QComboBox* toneCombo() const { return m_tone; }
    [[nodiscard]] MoneySpinBox* maxPriceEdit() const { return m_maxPrice; }
    [[nodiscard]] QComboBox* priorityCombo() const { return m_priority; }
    [[nodiscard]] ScheduleEdit* scheduleEdit() const { return m_schedule; }
    [[nodiscard]] QPushButton* planButton() const { return m_plan; }
    /// The errors shown, in form order (for tests and accessibility).
    [[nodiscard]] QStringList shownErrors() const;

public Q_SLOTS:
    /// Validates and, when everything is valid, stores the pending task.
    void submit();

Q_SIGNALS:
    /// The pending task was stored; the composer plans it next.
    void taskCreated(const calldeck::CallTask& task);

private:
    bool validate();
    void updateCounter();

    Store& m_store;
    QString m_region = QStringLiteral("US");
    QPlainTextEdit* m_instruction = nullptr;
    QLabel* m_counter = nullptr;
    FieldWithError* m_instructionField = nullptr;
    ContactPicker* m_contact = nullptr;
    PhoneNumberEdit* m_phone = nullptr;
    FieldWithError* m_phoneField = nullptr;
    QComboBox* m_tone = nullptr;
    MoneySpinBox* m_maxPrice = nullptr;
    QComboBox* m_priority = nullptr;
    ScheduleEdit* m_schedule = nullptr;
    FieldWithError* m_scheduleField = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_plan = nullptr;
};

} // namespace calldeck
