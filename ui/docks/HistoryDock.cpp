#include "HistoryDock.h"

#include "compliance/AttestationRepository.h"
#include "core/FutureWatch.h"
#include "docks/DashboardDock.h"
#include "models/MicrosText.h"
#include "models/TaskListModel.h"
#include "models/TaskOverviewHtml.h"
#include "postcall/ExtractionKeys.h"
#include "postcall/PostCallProcessor.h"
#include "store/CallRepository.h"
#include "store/Store.h"
#include "tasks/TaskRepository.h"
#include "widgets/SessionDetailView.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace calldeck {

namespace {

struct SessionDetail
{
    CallRecordView record;
    std::optional<AttestationRecord> attestation;
};

TaskFilter filterFor(const QVariant& status, HistoryDock::Period period)
{
    TaskFilter filter;
    if (status.isValid()) {
        filter.statuses = {static_cast<TaskStatus>(status.toInt())};
    }
    const QDate today = QDate::currentDate();
    const auto since = [&filter](const QDate& day) { filter.createdFromUtc = day.startOfDay().toUTC(); };
    switch (period) {
    case HistoryDock::Period::AnyTime:
        break;
    case HistoryDock::Period::Today:
        since(today);
        break;
    case HistoryDock::Period::Last7Days:
        since(today.addDays(-6));
        break;
    case HistoryDock::Period::Last30Days:
        since(today.addDays(-29));
        break;
    }
    return filter;
}

/// An attempt as the task list and the session list show it.
RecentCall recentCallOf(const CallTask& task, const TaskAttempt& attempt)
{
    RecentCall call;
    call.sessionId = attempt.sessionId;
    call.taskId = task.id;
    for (const QString& name : {task.title, task.contactName, task.company, task.phoneE164}) {
        if (!name.trimmed().isEmpty()) {
            call.title = name.trimmed();
            break;
        }
    }
    call.phoneE164 = task.phoneE164;
    call.status = attempt.status;
    call.outcome = attempt.outcome;
    call.costMicros = attempt.costMicros;
    call.durationS = attempt.durationS;
    // The time a user remembers is when the call started; an attempt that never started has its record time.
    call.createdAt = attempt.startedAt.isValid() ? attempt.startedAt : attempt.createdAt;
    return call;
}

} // namespace

HistoryDock::HistoryDock(Store& store, QWidget* parent)
    : QDockWidget(tr("Call history"), parent),
      m_store(store),
      m_postCall(new PostCallProcessor(store, this)),
      m_model(new TaskListModel(this))
{
    setObjectName(QStringLiteral("HistoryDock"));
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);

    auto* filters = new QHBoxLayout;
    m_status = new QComboBox(content);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"));
    for (const TaskStatus status : TaskStatusNames::all()) {
        m_status->addItem(TaskStatusNames::label(status), static_cast<int>(status));
    }
    m_period = new QComboBox(content);
    m_period->setObjectName(QStringLiteral("periodFilter"));
    m_period->addItem(tr("Any time"), static_cast<int>(Period::AnyTime));
    m_period->addItem(tr("Today"), static_cast<int>(Period::Today));
    m_period->addItem(tr("Last 7 days"), static_cast<int>(Period::Last7Days));
    m_period->addItem(tr("Last 30 days"), static_cast<int>(Period::Last30Days));
    auto* reload = new QPushButton(tr("Refresh"), content);
    filters->addWidget(new QLabel(tr("Status:"), content));
    filters->addWidget(m_status);
    filters->addWidget(new QLabel(tr("Created:"), content));
    filters->addWidget(m_period);
    filters->addStretch(1);
    filters->addWidget(reload);
    layout->addLayout(filters);

    auto* vertical = new QSplitter(Qt::Vertical, content);
    m_table = new QTableView(vertical);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TaskListModel::GoalColumn, QHeaderView::Stretch);
    m_table->setWordWrap(false);

    auto* horizontal = new QSplitter(Qt::Horizontal, vertical);
    auto* taskPane = new QWidget(horizontal);
    auto* taskLayout = new QVBoxLayout(taskPane);
    taskLayout->setContentsMargins(0, 0, 0, 0);
    m_taskOverview = new QTextBrowser(taskPane);
    m_taskOverview->setObjectName(QStringLiteral("taskOverview"));
    taskLayout->addWidget(m_taskOverview, 3);
    taskLayout->addWidget(new QLabel(tr("Call attempts:"), taskPane));
    m_sessions = new QListWidget(taskPane);
    m_sessions->setObjectName(QStringLiteral("sessionList"));
    taskLayout->addWidget(m_sessions, 1);
    auto* actions = new QHBoxLayout;
    m_followUp = new QPushButton(tr("Create follow-up task\u2026"), taskPane);
    m_resolve = new QPushButton(tr("Mark resolved"), taskPane);
    m_reprocess = new QPushButton(tr("Re-run post-call processing"), taskPane);
    actions->addWidget(m_followUp);
    actions->addWidget(m_resolve);
    actions->addWidget(m_reprocess);
    taskLayout->addLayout(actions);
    m_detail = new SessionDetailView(horizontal);
    horizontal->addWidget(taskPane);
    horizontal->addWidget(m_detail);
    horizontal->setStretchFactor(0, 2);
    horizontal->setStretchFactor(1, 3);
    vertical->addWidget(m_table);
    vertical->addWidget(horizontal);
    vertical->setStretchFactor(0, 2);
    vertical->setStretchFactor(1, 3);
    layout->addWidget(vertical, 1);
    setWidget(content);

    connect(m_status, &QComboBox::currentIndexChanged, this, &HistoryDock::refresh);
    connect(m_period, &QComboBox::currentIndexChanged, this, &HistoryDock::refresh);
    connect(reload, &QPushButton::clicked, this, &HistoryDock::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { showTask(current.row()); });
    connect(m_sessions, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item != nullptr) {
            loadSession(item->data(Qt::UserRole).toLongLong());
        }
    });
    connect(m_followUp, &QPushButton::clicked, this, &HistoryDock::chooseFollowUp);
    connect(m_resolve, &QPushButton::clicked, this, &HistoryDock::markResolved);
    connect(m_reprocess, &QPushButton::clicked, this, &HistoryDock::reprocessSession);
    showTask(-1);
    refresh();
}

QString HistoryDock::followUpSuggestion() const
{
    for (const ExtractedField& field : m_detail->record().fields) {
        if (field.key == ExtractionKeys::FollowUp && !field.value.trimmed().isEmpty()) {
            return field.value.trimmed();
        }
    }
    const CallTask task = m_model->rowAt(m_model->rowOfTask(m_taskId)).task;
    return task.rawInstruction.isEmpty() ? task.objective : task.rawInstruction;
}

void HistoryDock::refresh()
{
    const TaskFilter filter = filterFor(m_status->currentData(), static_cast<Period>(m_period->currentData().toInt()));
    const auto pending = m_store.run([filter](QSqlDatabase& db) -> Result<QList<TaskHistoryRow>> {
        const Result<QList<CallTask>> tasks = TaskRepository(db).list(filter);
        if (!tasks) {
            return tasks.error();
        }
        QList<TaskHistoryRow> rows;
        CallRepository calls(db);
        for (const CallTask& task : tasks.value()) {
            const Result<QList<TaskAttempt>> attempts = calls.sessionsForTask(task.id);
            if (!attempts) {
                return attempts.error();
            }
            TaskHistoryRow row{task, {}};
            for (const TaskAttempt& attempt : attempts.value()) {
                row.sessions.append(recentCallOf(task, attempt));
            }
            rows.append(row);
        }
        return rows;
    });
    whenFinished(this, pending, [this](const Result<QList<TaskHistoryRow>>& result) {
        if (!result.ok()) {
            Q_EMIT statusMessage(result.error().message);
            return;
        }
        const qint64 keepTask = m_pendingTaskId != 0 ? m_pendingTaskId : m_taskId;
        m_model->setRows(result.value());
        if (m_pendingSessionId != 0 && m_model->rowOfSession(m_pendingSessionId) >= 0) {
            selectRow(m_model->rowOfSession(m_pendingSessionId));
        } else {
            selectRow(m_model->rowOfTask(keepTask));
        }
        m_pendingTaskId = 0;
        m_pendingSessionId = 0;
        Q_EMIT refreshed();
    });
}

void HistoryDock::setStatusFilter(std::optional<TaskStatus> status)
{
    m_status->setCurrentIndex(status.has_value() ? m_status->findData(static_cast<int>(*status)) : 0);
}

void HistoryDock::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

void HistoryDock::openTask(qint64 taskId)
{
    if (const int row = m_model->rowOfTask(taskId); row >= 0) {
        selectRow(row);
        return;
    }
    // Not in the filtered list: show everything, then select it.
    m_pendingTaskId = taskId;
    m_status->blockSignals(true);
    m_period->blockSignals(true);
    m_status->setCurrentIndex(0);
    m_period->setCurrentIndex(0);
    m_status->blockSignals(false);
    m_period->blockSignals(false);
    refresh();
}

void HistoryDock::openSession(qint64 sessionId)
{
    const int row = m_model->rowOfSession(sessionId);
    if (row < 0) {
        m_pendingSessionId = sessionId;
        openTask(-1);
        return;
    }
    m_pendingSessionId = sessionId;
    if (row == m_table->currentIndex().row()) {
        showTask(row);
    } else {
        selectRow(row);
    }
}

void HistoryDock::selectRow(int row)
{
    if (row < 0) {
        m_table->clearSelection();
        showTask(-1);
        return;
    }
    const QModelIndex index = m_model->index(row, 0);
    if (m_table->currentIndex().row() == row) {
        showTask(row); // the list was read again: show the fresh values
    }
    m_table->setCurrentIndex(index);
    m_table->selectRow(row);
}

void HistoryDock::showTask(int row)
{
    const TaskHistoryRow history = m_model->rowAt(row);
    m_taskId = history.task.id;
    const bool has = m_taskId > 0;
    m_followUp->setEnabled(has);
    const bool final = history.task.status == TaskStatus::Completed || history.task.status == TaskStatus::Failed ||
                       history.task.status == TaskStatus::Cancelled;
    m_resolve->setEnabled(has && final && !history.task.isResolved());
    m_taskOverview->setHtml(has ? TaskOverviewHtml::build(history)
                                : QStringLiteral("<p><i>%1</i></p>")
                                      .arg(tr("Select a task to see its plan and its calls.").toHtmlEscaped()));
    const qint64 wanted = m_pendingSessionId != 0 ? m_pendingSessionId : m_detail->sessionId();
    m_pendingSessionId = 0;
    m_sessions->blockSignals(true);
    m_sessions->clear();
    int selected = history.sessions.isEmpty() ? -1 : 0;
    const QLocale locale;
    for (int i = 0; i < history.sessions.size(); ++i) {
        const RecentCall& call = history.sessions.at(i);
        auto* item = new QListWidgetItem(tr("Attempt %1 \u00b7 %2 \u00b7 %3 \u00b7 %4")
                                             .arg(history.sessions.size() - i)
                                             .arg(locale.toString(call.createdAt.toLocalTime(), QLocale::ShortFormat),
                                                  DashboardDock::statusText(call.status, call.outcome),
                                                  MicrosText::format(call.costMicros, 3)),
                                         m_sessions);
        item->setData(Qt::UserRole, call.sessionId);
        if (call.sessionId == wanted) {
            selected = i;
        }
    }
    m_sessions->blockSignals(false);
    m_reprocess->setEnabled(selected >= 0);
    if (selected >= 0) {
        m_sessions->setCurrentRow(selected);
        loadSession(m_sessions->item(selected)->data(Qt::UserRole).toLongLong());
    } else {
        m_detail->clear();
    }
}

void HistoryDock::loadSession(qint64 sessionId)
{
    const auto pending = m_store.run([sessionId](QSqlDatabase& db) -> Result<SessionDetail> {
        Result<CallRecordView> record = CallRepository(db).load(sessionId);
        if (!record) {
            return record.error();
        }
        const Result<std::optional<AttestationRecord>> attestation =
            AttestationRepository(db).latestForTask(record.value().taskId);
        if (!attestation) {
            return attestation.error();
        }
        return SessionDetail{std::move(record).value(), attestation.value()};
    });
    whenFinished(this, pending, [this, sessionId](const Result<SessionDetail>& result) {
        if (!result.ok()) {
            Q_EMIT statusMessage(result.error().message);
            return;
        }
        // A slower load of an earlier selection must not replace the current one.
        const QListWidgetItem* current = m_sessions->currentItem();
        if (current != nullptr && current->data(Qt::UserRole).toLongLong() != sessionId) {
            return;
        }
        m_detail->setRecord(result.value().record, result.value().attestation);
        Q_EMIT sessionShown(sessionId);
    });
}

void HistoryDock::chooseFollowUp()
{
    if (m_taskId <= 0) {
        return;
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("followUpDialog"));
    dialog->setWindowTitle(tr("Create follow-up task"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(new QLabel(tr("What should the follow-up call achieve? Contact, number, tone, priority and "
                                    "price limit are taken from this task."),
                                 dialog));
    auto* text = new QPlainTextEdit(followUpSuggestion(), dialog);
    text->setObjectName(QStringLiteral("followUpInstruction"));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create task"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this, [this, text] { createFollowUp(text->toPlainText().trimmed()); });
    dialog->resize(480, 220);
    dialog->open();
}

void HistoryDock::createFollowUp(const QString& instruction)
{
    const qint64 parent = m_taskId;
    const auto pending = m_store.run(
        [parent, instruction](QSqlDatabase& db) { return TaskRepository(db).createFollowUp(parent, instruction); });
    whenFinished(this, pending, [this](const Result<CallTask>& result) {
        if (!result.ok()) {
            Q_EMIT statusMessage(result.error().message);
            return;
        }
        Q_EMIT statusMessage(tr("Follow-up task \u201c%1\u201d created.").arg(result.value().title));
        Q_EMIT followUpCreated(result.value().id);
        m_pendingTaskId = result.value().id;
        refresh();
    });
}

void HistoryDock::markResolved()
{
    const qint64 id = m_taskId;
    const auto pending = m_store.run([id](QSqlDatabase& db) { return TaskRepository(db).markResolved(id); });
    whenFinished(this, pending, [this](const Result<CallTask>& result) {
        Q_EMIT statusMessage(result.ok() ? tr("Task marked resolved.") : result.error().message);
        refresh();
    });
}

void HistoryDock::reprocessSession()
{
    const qint64 sessionId = m_detail->sessionId();
    if (sessionId <= 0) {
        return;
    }
    m_reprocess->setEnabled(false);
    whenFinished(this, m_postCall->process(sessionId, false), [this, sessionId](const Result<PostCallReport>& result) {
        m_reprocess->setEnabled(true);
        Q_EMIT statusMessage(result.ok() ? tr("Post-call processing finished.") : result.error().message);
        m_pendingSessionId = sessionId;
        refresh();
    });
}

} // namespace calldeck
