#include "ObjectionDialog.h"

#include "core/FutureWatch.h"
#include "script/ScriptHub.h"
#include "store/Store.h" // ScriptHub keeps a QPointer<Store>

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace calldeck {

namespace {

QString outcomeHelp(const QString& outcome)
{
    if (outcome == QLatin1String("Resolved")) {
        return ObjectionDialog::tr("Resolved — the prospect is satisfied; the call goes on");
    }
    if (outcome == QLatin1String("Deferred")) {
        return ObjectionDialog::tr("Deferred — stays open on the prospect for the follow-up call");
    }
    if (outcome == QLatin1String("Disqualified")) {
        return ObjectionDialog::tr("Disqualified — the prospect is not a fit");
    }
    return outcome;
}

} // namespace

ObjectionDialog::ObjectionDialog(ScriptHub& hub, const ScriptRunView& run, QString actor, QWidget* parent)
    : QDialog(parent), m_hub(hub), m_run(run), m_actor(std::move(actor))
{
    build();
    showStep(Step::ChooseType);
}

ObjectionDialog::ObjectionDialog(ScriptHub& hub, const ScriptRunView& run, const ObjectionRecord& existing,
                                 QString actor, QWidget* parent)
    : QDialog(parent), m_hub(hub), m_run(run), m_actor(std::move(actor)), m_record(existing)
{
    build();
    chooseType(existing.type);
    m_note->setText(existing.note);
    const ObjectionType* t = type();
    const int questions = t != nullptr ? static_cast<int>(t->diagnosticQuestions.size()) : 0;
    const int firstOpen = static_cast<int>(existing.answers.size());
    if (firstOpen < questions) {
        showStep(Step::Diagnose);
        showQuestion(firstOpen);
    } else {
        showStep(Step::Outcome);
    }
}

void ObjectionDialog::build()
{
    setObjectName(QStringLiteral("objectionDialog"));
    setWindowTitle(tr("Objection"));
    setModal(false);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("objectionHeading"));
    m_heading->setWordWrap(true);
    m_heading->setStyleSheet(QStringLiteral("QLabel{background:#fdecea;color:#8a1c1c;padding:6px;font-weight:bold;}"));
    m_heading->hide();
    m_pages = new QStackedWidget(this);
    // Step 1: the type.
    auto* typePage = new QWidget(m_pages);
    auto* typeLayout = new QVBoxLayout(typePage);
    auto* typeIntro = new QLabel(tr("What is the prospect objecting to?"), typePage);
    typeIntro->setStyleSheet(QStringLiteral("font-weight:bold;"));
    m_types = new QListWidget(typePage);
    m_types->setObjectName(QStringLiteral("objectionTypes"));
    for (const ObjectionType& o : m_run.script.objections) {
        auto* item = new QListWidgetItem(o.label, m_types);
        item->setData(Qt::UserRole, o.type);
        item->setToolTip(o.diagnosticQuestions.join(QLatin1Char('\n')));
    }
    m_note = new QLineEdit(typePage);
    m_note->setObjectName(QStringLiteral("objectionNote"));
    m_note->setPlaceholderText(tr("What they said, in a few words"));
    m_note->setMaxLength(1000);
    auto* noteForm = new QFormLayout;
    noteForm->addRow(tr("&They said:"), m_note);
    typeLayout->addWidget(typeIntro);
    typeLayout->addWidget(m_types, 1);
    typeLayout->addLayout(noteForm);
    m_pages->addWidget(typePage);

    // Step 2: the diagnostic questions.
    auto* questionPage = new QWidget(m_pages);
    auto* questionLayout = new QVBoxLayout(questionPage);
    m_questionTitle = new QLabel(questionPage);
    m_questionTitle->setObjectName(QStringLiteral("objectionQuestionTitle"));
    m_questionTitle->setStyleSheet(QStringLiteral("color:#59636e;"));
    m_questionText = new QLabel(questionPage);
    m_questionText->setObjectName(QStringLiteral("objectionQuestion"));
    m_questionText->setWordWrap(true);
    m_questionText->setStyleSheet(QStringLiteral("font-size:15px;font-weight:bold;"));
    m_answer = new QPlainTextEdit(questionPage);
    m_answer->setObjectName(QStringLiteral("objectionAnswer"));
    m_answer->setPlaceholderText(tr("Their answer"));
    m_answer->setTabChangesFocus(true);
    m_answer->setMaximumHeight(120);
    questionLayout->addWidget(m_questionTitle);
    questionLayout->addWidget(m_questionText);
    questionLayout->addWidget(m_answer);
    questionLayout->addStretch(1);
    m_pages->addWidget(questionPage);

    // Step 3: the outcome.
    auto* outcomePage = new QWidget(m_pages);
    m_outcomeBox = new QVBoxLayout(outcomePage);
    m_outcomeIntro = new QLabel(tr("How did it end?"), outcomePage);
    m_outcomeIntro->setStyleSheet(QStringLiteral("font-weight:bold;"));
    m_outcomeBox->addWidget(m_outcomeIntro);
    m_outcomes = new QButtonGroup(this);
    m_outcomeBox->addStretch(1);
    m_pages->addWidget(outcomePage);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("objectionError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#b3261e;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    m_back->setObjectName(QStringLiteral("objectionBack"));
    m_keepOpen = buttons->addButton(tr("&Keep open"), QDialogButtonBox::RejectRole);
    m_keepOpen->setObjectName(QStringLiteral("objectionKeepOpen"));
    m_keepOpen->setToolTip(tr("Close this window; the objection stays open on the panel"));
    m_next = buttons->addButton(tr("&Next"), QDialogButtonBox::AcceptRole);
    m_next->setObjectName(QStringLiteral("objectionNext"));
    m_next->setDefault(true);
    auto* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("objectionCancel"));
    connect(m_back, &QPushButton::clicked, this, &ObjectionDialog::back);
    connect(m_next, &QPushButton::clicked, this, &ObjectionDialog::next);
    connect(m_keepOpen, &QPushButton::clicked, this, &QDialog::reject);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_types, &QListWidget::currentRowChanged, this, [this] { m_next->setEnabled(m_types->currentItem() != nullptr); });
    connect(m_types, &QListWidget::itemDoubleClicked, this, [this] { next(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(540, 340);
}

ObjectionDialog::Step ObjectionDialog::step() const
{
    return static_cast<Step>(m_pages->currentIndex());
}

QString ObjectionDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

const ObjectionType* ObjectionDialog::type() const
{
    const QString name = m_record.id != 0 ? m_record.type
                                          : (m_types->currentItem() != nullptr ? m_types->currentItem()->data(Qt::UserRole).toString()
                                                                               : QString());
    return m_run.script.objection(name);
}

void ObjectionDialog::chooseType(const QString& type)
{
    for (int i = 0; i < m_types->count(); ++i) {
        if (m_types->item(i)->data(Qt::UserRole).toString() == type) {
            m_types->setCurrentRow(i);
        }
    }
}

void ObjectionDialog::setNote(const QString& note)
{
    m_note->setText(note);
}

void ObjectionDialog::setAnswer(const QString& answer)
{
    m_answer->setPlainText(answer);
}

void ObjectionDialog::chooseOutcome(const QString& outcome)
{
    for (QAbstractButton* button : m_outcomes->buttons()) {
        if (button->property("outcome").toString() == outcome) {
            button->setChecked(true);
        }
    }
}

void ObjectionDialog::showStep(Step step)
{
    m_pages->setCurrentIndex(static_cast<int>(step));
    m_error->hide();
    const ObjectionType* t = type();
    const QString label = t != nullptr ? t->label : QString();
    // Once raised, the objection stays in view above its questions: what it is and what was said.
    //: Heading of the objection flow: "Price at M3 — “Worried about the upfront cost”"
    m_heading->setText(m_record.note.isEmpty() ? tr("%1 at M%2").arg(label).arg(m_record.milestone)
                                               : tr("%1 at M%2 — “%3”").arg(label).arg(m_record.milestone).arg(m_record.note));
    m_heading->setVisible(step != Step::ChooseType);
    switch (step) {
    case Step::ChooseType:
        setWindowTitle(tr("Objection"));
        m_next->setText(tr("&Start diagnosis"));
        m_next->setEnabled(m_types->currentItem() != nullptr);
        m_back->hide();
        m_keepOpen->hide();
        m_types->setFocus();
        break;
    case Step::Diagnose:
        setWindowTitle(tr("Objection: %1").arg(label));
        m_back->show();
        m_keepOpen->show();
        break;
    case Step::Outcome: {
        setWindowTitle(tr("Objection: %1").arg(label));
        m_next->setText(tr("&Record outcome"));
        m_back->setVisible(t != nullptr && !t->diagnosticQuestions.isEmpty());
        m_keepOpen->show();
        qDeleteAll(m_outcomes->buttons());
        const QStringList outcomes = t != nullptr ? t->allowedOutcomes : QStringList{};
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            auto* radio = new QRadioButton(outcomeHelp(outcomes.at(i)), m_pages->currentWidget());
            radio->setObjectName(QStringLiteral("outcome_%1").arg(outcomes.at(i)));
            radio->setProperty("outcome", outcomes.at(i));
            m_outcomes->addButton(radio);
            m_outcomeBox->insertWidget(static_cast<int>(i) + 1, radio);
        }
        m_next->setEnabled(true);
        break;
    }
    }
}

void ObjectionDialog::showQuestion(int index)
{
    const ObjectionType* t = type();
    if (t == nullptr) {
        return;
    }
    m_question = index;
    const auto count = static_cast<int>(t->diagnosticQuestions.size());
    //: Progress in the objection flow: "Question 2 of 3"
    m_questionTitle->setText(tr("Question %1 of %2").arg(index + 1).arg(count));
    m_questionText->setText(t->diagnosticQuestions.at(index));
    m_answer->setPlainText(index < m_record.answers.size() ? m_record.answers.at(index) : QString());
    m_next->setText(index + 1 < count ? tr("&Next question") : tr("&To the outcome"));
    m_next->setEnabled(true);
    m_back->setEnabled(index > 0);
    m_answer->setFocus();
}

void ObjectionDialog::next()
{
    m_error->hide();
    switch (step()) {
    case Step::ChooseType: {
        const ObjectionType* t = type();
        if (t == nullptr) {
            fail(tr("Choose the kind of objection first."));
            return;
        }
        const qint64 runId = m_run.id;
        const QString typeName = t->type;
        const QString note = m_note->text().trimmed();
        const QString actor = m_actor;
        setBusy(true);
        whenFinished(this, m_hub.applyObjection([=](ScriptRunService& s) { return s.raiseObjection(runId, typeName, note, actor); }),
                     [this](const Result<ObjectionRecord>& result) {
                         setBusy(false);
                         if (!result.ok()) {
                             fail(result.error().message);
                             return;
                         }
                         m_record = result.value();
                         Q_EMIT objectionUpdated(m_record);
                         const ObjectionType* raised = type();
                         if (raised != nullptr && !raised->diagnosticQuestions.isEmpty()) {
                             showStep(Step::Diagnose);
                             showQuestion(0);
                         } else {
                             showStep(Step::Outcome);
                         }
                     });
        return;
    }
    case Step::Diagnose: {
        const ObjectionType* t = type();
        const int index = m_question;
        const QString answer = m_answer->toPlainText().trimmed();
        const auto advance = [this, t, index] {
            if (t != nullptr && index + 1 < t->diagnosticQuestions.size()) {
                showQuestion(index + 1);
            } else {
                showStep(Step::Outcome);
            }
        };
        const QString stored = index < m_record.answers.size() ? m_record.answers.at(index) : QString();
        if (answer.isEmpty() || answer == stored) {
            advance();
            return;
        }
        const qint64 id = m_record.id;
        setBusy(true);
        whenFinished(this, m_hub.applyObjection([=](ScriptRunService& s) { return s.answerObjection(id, index, answer); }),
                     [this, advance](const Result<ObjectionRecord>& result) {
                         setBusy(false);
                         if (!result.ok()) {
                             fail(result.error().message);
                             return;
                         }
                         m_record = result.value();
                         Q_EMIT objectionUpdated(m_record);
                         advance();
                     });
        return;
    }
    case Step::Outcome: {
        QAbstractButton* chosen = m_outcomes->checkedButton();
        if (chosen == nullptr) {
            fail(tr("Choose how the objection ended, or keep it open."));
            return;
        }
        const qint64 id = m_record.id;
        const QString outcome = chosen->property("outcome").toString();
        const QString actor = m_actor;
        setBusy(true);
        whenFinished(this, m_hub.applyObjection([=](ScriptRunService& s) { return s.closeObjection(id, outcome, actor); }),
                     [this](const Result<ObjectionRecord>& result) {
                         setBusy(false);
                         if (!result.ok()) {
                             fail(result.error().message);
                             return;
                         }
                         m_record = result.value();
                         Q_EMIT objectionUpdated(m_record);
                         accept();
                     });
        return;
    }
    }
}

void ObjectionDialog::back()
{
    const ObjectionType* t = type();
    if (step() == Step::Outcome && t != nullptr && !t->diagnosticQuestions.isEmpty()) {
        showStep(Step::Diagnose);
        showQuestion(static_cast<int>(t->diagnosticQuestions.size()) - 1);
    } else if (step() == Step::Diagnose && m_question > 0) {
        showQuestion(m_question - 1);
    }
}

void ObjectionDialog::setBusy(bool busy)
{
    m_next->setEnabled(!busy);
    m_pages->setEnabled(!busy);
}

void ObjectionDialog::fail(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

} // namespace calldeck
