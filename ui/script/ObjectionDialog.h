#pragma once

#include "script/ScriptRun.h"

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace calldeck {

class ScriptHub;

/// The objection flow (PRODUCT S5): pick one of the script's objection types and note what the
/// prospect said, walk its diagnostic questions (each answer is stored as it is given), then record
/// an allowed outcome — or keep it open. Non-modal, so the call goes on around it; everything goes
/// through the ScriptHub, so the panel and an AI agent see the objection at once.
class ObjectionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Step
    {
        ChooseType,
        Diagnose,
        Outcome,
    };

    /// A new objection in run `run` (raised at its current milestone).
    ObjectionDialog(ScriptHub& hub, const ScriptRunView& run, QString actor, QWidget* parent = nullptr);
    /// Continues an objection already raised (its answers so far are shown).
    ObjectionDialog(ScriptHub& hub, const ScriptRunView& run, const ObjectionRecord& existing, QString actor,
                    QWidget* parent = nullptr);

    [[nodiscard]] Step step() const;
    [[nodiscard]] const ObjectionRecord& objection() const { return m_record; }
    [[nodiscard]] int questionIndex() const { return m_question; }
    [[nodiscard]] QString errorText() const;

    // Driving the flow (the buttons call these; so can keyboard shortcuts and tests).
    /// Chooses the type on the first page.
    void chooseType(const QString& type);
    void setNote(const QString& note);
    void setAnswer(const QString& answer);
    void chooseOutcome(const QString& outcome);
    /// The primary button of the current step: raise / store the answer and go on / record.
    void next();
    /// Back to the previous diagnostic question.
    void back();

Q_SIGNALS:
    /// The objection was raised, answered or closed (the stored record).
    void objectionUpdated(const calldeck::ObjectionRecord& objection);

private:
    void build();
    void showStep(Step step);
    void showQuestion(int index);
    void setBusy(bool busy);
    void fail(const QString& message);
    [[nodiscard]] const ObjectionType* type() const;

    ScriptHub& m_hub;
    ScriptRunView m_run;
    QString m_actor;
    ObjectionRecord m_record;
    int m_question = 0;
    QLabel* m_heading = nullptr;
    QStackedWidget* m_pages = nullptr;
    QListWidget* m_types = nullptr;
    QLineEdit* m_note = nullptr;
    QLabel* m_questionTitle = nullptr;
    QLabel* m_questionText = nullptr;
    QPlainTextEdit* m_answer = nullptr;
    QLabel* m_outcomeIntro = nullptr;
    QVBoxLayout* m_outcomeBox = nullptr;
    QButtonGroup* m_outcomes = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_keepOpen = nullptr;
};

} // namespace calldeck
