#pragma once

#include "compliance/AttestationRecord.h"
#include "tasks/CallTask.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace calldeck {

class FieldWithError;
class Store;

/// The attestation before dialling (PRODUCT T3, seed 000 B4/B5): the five statements, the typed
/// full name and an optional organization. "Sign and enable calling" stays disabled until the form
/// is valid; the signed record is shown read-only afterwards. "Call now" is enabled only when the
/// task is ready to call and AttestationGate lets it through.
class AttestationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttestationPanel(Store& store, QWidget* parent = nullptr);

    /// Shows the panel for `task`: its newest signed record when there is one, the form otherwise.
    void setTask(const CallTask& task);
    [[nodiscard]] qint64 taskId() const { return m_task.id; }

    /// The statement checkboxes in AttestationStatements order.
    [[nodiscard]] QList<QCheckBox*> statementBoxes() const { return m_statements; }
    [[nodiscard]] QLineEdit* fullNameEdit() const { return m_fullName; }
    [[nodiscard]] QLineEdit* organizationEdit() const { return m_organization; }
    [[nodiscard]] QPushButton* signButton() const { return m_sign; }
    [[nodiscard]] QPushButton* callButton() const { return m_call; }
    /// The signed record shown; nothing before signing.
    [[nodiscard]] std::optional<AttestationRecord> record() const { return m_record; }
    /// The record as shown, as plain text ("" before signing).
    [[nodiscard]] QString recordText() const;
    /// Why calling is not possible yet, or the gate's message ("" when calling is allowed).
    [[nodiscard]] QString gateText() const;

Q_SIGNALS:
    /// The user asked to call the attested, ready task now (the queue places the call).
    void callRequested(qint64 taskId);
    /// A new attestation was stored.
    void signedRecord(const calldeck::AttestationRecord& record);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateSignEnabled();
    void sign();
    void showRecord(const std::optional<AttestationRecord>& record);
    void checkGate();
    void updateCallEnabled();

    Store& m_store;
    CallTask m_task;
    std::optional<AttestationRecord> m_record;
    bool m_gateOpen = false;
    quint64 m_generation = 0; ///< answers for a task shown earlier are dropped
    QGroupBox* m_formBox = nullptr;
    QList<QCheckBox*> m_statements;
    QLineEdit* m_fullName = nullptr;
    FieldWithError* m_fullNameField = nullptr;
    QLineEdit* m_organization = nullptr;
    QPushButton* m_sign = nullptr;
    QLabel* m_error = nullptr;
    QGroupBox* m_recordBox = nullptr;
    QLabel* m_recordLabel = nullptr;
    QLabel* m_gate = nullptr;
    QPushButton* m_call = nullptr;
};

} // namespace calldeck
