#include "docks/TranscriptDock.h"

#include "calls/Engine.h"
#include "models/TranscriptModel.h"
#include "widgets/TranscriptDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace calldeck {

namespace {

/// How close to the bottom (px) still counts as "at the live end".
constexpr int kLiveSlackPx = 4;
constexpr int kJumpMarginPx = 12;

} // namespace

TranscriptDock::TranscriptDock(Engine& engine, QWidget* parent)
    : QDockWidget(tr("Transcript"), parent)
    , m_engine(engine)
    , m_emptyModel(new TranscriptModel(this))
{
    setObjectName(QStringLiteral("transcriptDock"));
    buildUi();

    connect(&m_engine, &Engine::callUpdated, this, &TranscriptDock::onCallUpdated);
    connect(&m_engine, &Engine::transcript, this, &TranscriptDock::addSegment);
    // Newest last, so the newest live call is the one followed.
    QList<CallSnapshot> calls = m_engine.calls();
    std::sort(calls.begin(), calls.end(),
              [](const CallSnapshot& a, const CallSnapshot& b) { return a.placedAt < b.placedAt; });
    for (const CallSnapshot& call : std::as_const(calls)) {
        onCallUpdated(call);
    }
    updateEmptyState();
}

void TranscriptDock::buildUi()
{
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);

    auto* top = new QHBoxLayout;
    m_selector = new QComboBox(body);
    m_selector->setObjectName(QStringLiteral("transcriptCallSelector"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_selector->setToolTip(tr("The call whose transcript is shown"));
    auto* callLabel = new QLabel(tr("&Call:"), body);
    callLabel->setBuddy(m_selector);
    top->addWidget(callLabel);
    top->addWidget(m_selector, 1);

    m_copyAction = new QAction(tr("&Copy"), this);
    m_copyAction->setObjectName(QStringLiteral("transcriptCopyAction"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copyAction->setToolTip(tr("Copy the selected lines, or the whole transcript when none is selected (%1)")
                                 .arg(QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText)));
    m_exportAction = new QAction(tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("transcriptExportAction"));
    m_exportAction->setToolTip(tr("Save the transcript as plain text or JSON"));
    for (QAction* action : {m_copyAction, m_exportAction}) {
        auto* button = new QToolButton(body);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        top->addWidget(button);
    }
    layout->addLayout(top);

    auto* searchRow = new QHBoxLayout;
    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search this call (%1)")
                                     .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_matchLabel = new QLabel(body);
    m_matchLabel->setObjectName(QStringLiteral("transcriptMatchCount"));
    m_previous = new QToolButton(body);
    m_previous->setObjectName(QStringLiteral("transcriptFindPrevious"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_next = new QToolButton(body);
    m_next->setObjectName(QStringLiteral("transcriptFindNext"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Next match (F3)"));
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_matchLabel);
    searchRow->addWidget(m_previous);
    searchRow->addWidget(m_next);
    layout->addLayout(searchRow);

    m_list = new QListView(body);
    m_list->setObjectName(QStringLiteral("transcriptList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Row heights depend on the wrap width; a scroll bar that comes and goes would change the width
    // without a relayout and leave rows measured for the other width.
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_list->setResizeMode(QListView::Adjust); // re-wraps the text when the panel is resized
    m_list->setUniformItemSizes(false);
    m_delegate = new TranscriptDelegate(m_list);
    m_list->setItemDelegate(m_delegate);
    m_list->setModel(m_emptyModel);
    m_list->installEventFilter(this);
    layout->addWidget(m_list, 1);

    m_empty = new QLabel(tr("The transcript appears here as soon as a call connects."), body);
    m_empty->setObjectName(QStringLiteral("transcriptEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty, 1);

    m_jump = new QPushButton(m_list);
    m_jump->setObjectName(QStringLiteral("transcriptJumpToLive"));
    m_jump->setCursor(Qt::PointingHandCursor);
    // A floating pill over the text, so it reads as an overlay rather than part of a row.
    m_jump->setStyleSheet(QStringLiteral("QPushButton { background: #1e6fd9; color: white; border: none;"
                                         " border-radius: 11px; padding: 4px 14px; font-weight: bold; }"
                                         " QPushButton:hover { background: #1a5fba; }"));
    m_jump->hide();
    setWidget(body);

    m_showAction = new QAction(tr("&Transcript"), this);
    m_showAction->setObjectName(QStringLiteral("showTranscriptAction"));
    m_showAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_showAction->setShortcutContext(Qt::ApplicationShortcut);
    m_findAction = new QAction(tr("Find in Transcript"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findNextAction = new QAction(tr("Find Next"), this);
    m_findNextAction->setShortcut(QKeySequence(Qt::Key_F3));
    m_findNextAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findPreviousAction = new QAction(tr("Find Previous"), this);
    m_findPreviousAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_findPreviousAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_copyAction, m_exportAction, m_findAction, m_findNextAction, m_findPreviousAction});

    connect(m_showAction, &QAction::triggered, this, &TranscriptDock::showAndFocus);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_findNextAction, &QAction::triggered, this, &TranscriptDock::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &TranscriptDock::findPrevious);
    connect(m_next, &QToolButton::clicked, this, &TranscriptDock::findNext);
    connect(m_previous, &QToolButton::clicked, this, &TranscriptDock::findPrevious);
    connect(m_search, &QLineEdit::textChanged, this, &TranscriptDock::setSearchText);
    connect(m_search, &QLineEdit::returnPressed, this, &TranscriptDock::findNext);
    connect(m_copyAction, &QAction::triggered, this, &TranscriptDock::copy);
    connect(m_exportAction, &QAction::triggered, this, &TranscriptDock::chooseExportFile);
    connect(m_jump, &QPushButton::clicked, this, &TranscriptDock::jumpToLive);
    connect(m_selector, &QComboBox::activated, this, [this](int index) {
        setCallKey(m_selector->itemData(index).toString());
    });
    QScrollBar* bar = m_list->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, &TranscriptDock::onScrolled);
    // New rows grow the range; while following, the view moves with it.
    connect(bar, &QScrollBar::rangeChanged, this, [this](int, int maximum) {
        if (m_followLive) {
            m_list->verticalScrollBar()->setValue(maximum);
        }
        updateJumpButton();
    });
    refreshMatches();
}

TranscriptModel* TranscriptDock::model() const
{
    return m_models.value(m_callKey, m_emptyModel);
}

TranscriptModel* TranscriptDock::modelFor(const QString& callKey)
{
    if (TranscriptModel* existing = m_models.value(callKey); existing != nullptr) {
        return existing;
    }
    auto* model = new TranscriptModel(this);
    m_models.insert(callKey, model);
    const auto changed = [this, model] { onModelChanged(model); };
    connect(model, &QAbstractItemModel::rowsInserted, this, changed);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changed);
    connect(model, &QAbstractItemModel::dataChanged, this, changed);
    connect(model, &QAbstractItemModel::modelReset, this, changed);
    ensureSelectorEntry(callKey);
    return model;
}

QString TranscriptDock::selectorText(const QString& callKey) const
{
    const auto found = m_calls.constFind(callKey);
    if (found == m_calls.cend()) {
        return callKey;
    }
    const QString who = found->to.isEmpty() ? callKey : found->to;
    //: Call selector entry: phone number and whether the call is still going.
    return found->isLive() ? tr("%1 — live").arg(who) : tr("%1 — ended").arg(who);
}

void TranscriptDock::ensureSelectorEntry(const QString& callKey)
{
    const int index = m_selector->findData(callKey);
    if (index >= 0) {
        m_selector->setItemText(index, selectorText(callKey));
        return;
    }
    m_selector->insertItem(0, selectorText(callKey), callKey); // newest first
}

void TranscriptDock::onCallUpdated(const CallSnapshot& call)
{
    const bool isNew = !m_calls.contains(call.callKey);
    m_calls.insert(call.callKey, call);
    modelFor(call.callKey);
    ensureSelectorEntry(call.callKey);
    if (isNew && call.isLive() && !m_userPicked) {
        showCall(call.callKey);
    } else if (m_callKey.isEmpty() && !m_userPicked) {
        showCall(call.callKey);
    }
    if (isNew && call.isLive() && !isHidden()) {
        // A new call brings the panel to the front of its tab group; a panel the user closed stays closed.
        raise();
    }
    if (call.callKey == m_callKey) {
        updateJumpButton();
    }
    if (!call.isLive()) {
        if (call.state == CallState::Ended) {
            modelFor(call.callKey)->closeOpenSegments();
        }
        pruneEndedCalls();
    }
}

void TranscriptDock::pruneEndedCalls()
{
    QList<CallSnapshot> ended;
    for (const CallSnapshot& call : std::as_const(m_calls)) {
        if (!call.isLive() && call.callKey != m_callKey) {
            ended.append(call);
        }
    }
    if (ended.size() <= kMaxEndedCalls) {
        return;
    }
    std::sort(ended.begin(), ended.end(),
              [](const CallSnapshot& a, const CallSnapshot& b) { return a.placedAt < b.placedAt; });
    for (qsizetype i = 0; i < ended.size() - kMaxEndedCalls; ++i) {
        const QString key = ended.at(i).callKey;
        m_calls.remove(key);
        m_selector->removeItem(m_selector->findData(key));
        delete m_models.take(key);
    }
}

void TranscriptDock::addSegment(const TranscriptSegment& segment)
{
    if (segment.callKey.isEmpty()) {
        return;
    }
    TranscriptModel* model = modelFor(segment.callKey);
    if (m_callKey.isEmpty() && !m_userPicked) {
        showCall(segment.callKey);
    }
    const auto call = m_calls.constFind(segment.callKey);
    if (!segment.isFinal && call != m_calls.cend() && call->state == CallState::Ended) {
        // A late partial of a call that is over is all there will be of that turn.
        TranscriptSegment closed = segment;
        closed.isFinal = true;
        model->upsert(closed);
        return;
    }
    model->upsert(segment);
}

void TranscriptDock::setCallKey(const QString& callKey)
{
    m_userPicked = true;
    modelFor(callKey);
    showCall(callKey);
}

void TranscriptDock::showCall(const QString& callKey)
{
    const bool changed = callKey != m_callKey;
    m_callKey = callKey;
    m_selector->setCurrentIndex(m_selector->findData(callKey));
    if (changed) {
        // setModel() leaves the old selection model to its caller (Qt docs), so drop it here.
        QItemSelectionModel* oldSelection = m_list->selectionModel();
        m_list->setModel(model());
        delete oldSelection;
        m_followLive = true;
        m_list->scrollToBottom();
    }
    refreshMatches();
    updateEmptyState();
    updateJumpButton();
}

void TranscriptDock::onModelChanged(TranscriptModel* changedModel)
{
    if (changedModel != model()) {
        return;
    }
    refreshMatches();
    updateEmptyState();
    if (m_followLive) {
        m_list->scrollToBottom();
    }
    updateJumpButton();
}

void TranscriptDock::showAndFocus()
{
    show();
    raise();
    m_list->setFocus(Qt::ShortcutFocusReason);
}

void TranscriptDock::setSearchText(const QString& text)
{
    if (m_search->text() != text) {
        m_search->setText(text); // comes back here through textChanged
        return;
    }
    m_delegate->setSearchText(text);
    m_currentMatch = -1;
    refreshMatches();
    if (!m_matches.isEmpty()) {
        m_currentMatch = 0;
        showMatch();
    }
}

void TranscriptDock::refreshMatches()
{
    // Keep the current match on the same segment while rows arrive.
    const QString currentId = m_currentMatch >= 0 && m_currentMatch < m_matches.size()
                                  ? model()->segmentAt(m_matches.at(m_currentMatch)).id
                                  : QString();
    m_matches = model()->search(m_search->text());
    if (m_matches.isEmpty()) {
        m_currentMatch = -1;
    } else if (!currentId.isEmpty()) {
        const int row = model()->rowOf(currentId);
        const qsizetype at = m_matches.indexOf(row);
        m_currentMatch = at >= 0 ? static_cast<int>(at) : std::min<int>(m_currentMatch, m_matches.size() - 1);
    }
    m_delegate->setCurrentMatchRow(m_currentMatch >= 0 ? m_matches.at(m_currentMatch) : -1);
    const bool searching = !m_search->text().trimmed().isEmpty();
    if (!searching) {
        m_matchLabel->clear();
    } else if (m_matches.isEmpty()) {
        m_matchLabel->setText(tr("No matches"));
    } else {
        //: Search position in the transcript, e.g. "2 of 5".
        m_matchLabel->setText(tr("%1 of %2").arg(m_currentMatch + 1).arg(m_matches.size()));
    }
    m_next->setEnabled(!m_matches.isEmpty());
    m_previous->setEnabled(!m_matches.isEmpty());
    m_list->viewport()->update();
}

void TranscriptDock::showMatch()
{
    if (m_currentMatch < 0 || m_currentMatch >= m_matches.size()) {
        return;
    }
    const QModelIndex index = model()->index(m_matches.at(m_currentMatch));
    m_delegate->setCurrentMatchRow(index.row());
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
    refreshMatches();
}

void TranscriptDock::findNext()
{
    if (m_matches.isEmpty()) {
        return;
    }
    m_currentMatch = (m_currentMatch + 1) % static_cast<int>(m_matches.size());
    showMatch();
}

void TranscriptDock::findPrevious()
{
    if (m_matches.isEmpty()) {
        return;
    }
    const auto count = static_cast<int>(m_matches.size());
    m_currentMatch = (m_currentMatch - 1 + count) % count;
    showMatch();
}

void TranscriptDock::onScrolled(int value)
{
    m_followLive = value >= m_list->verticalScrollBar()->maximum() - kLiveSlackPx;
    updateJumpButton();
}

void TranscriptDock::jumpToLive()
{
    m_followLive = true;
    m_list->scrollToBottom();
    m_list->verticalScrollBar()->setValue(m_list->verticalScrollBar()->maximum());
    updateJumpButton();
}

void TranscriptDock::updateJumpButton()
{
    const bool live = m_calls.value(m_callKey).isLive() || !m_calls.contains(m_callKey);
    m_jump->setText(live ? tr("Jump to live ↓") : tr("Jump to end ↓"));
    m_jump->adjustSize();
    const bool show = !m_followLive && model()->rowCount() > 0;
    if (show != m_jump->isVisible()) {
        m_jump->setVisible(show);
    }
    if (show) {
        placeJumpButton();
        m_jump->raise();
    }
}

void TranscriptDock::placeJumpButton()
{
    const QSize size = m_jump->sizeHint();
    m_jump->resize(size);
    m_jump->move((m_list->width() - size.width()) / 2, m_list->height() - size.height() - kJumpMarginPx);
}

bool TranscriptDock::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_list && event->type() == QEvent::Resize && m_jump->isVisible()) {
        placeJumpButton();
    }
    return QDockWidget::eventFilter(watched, event);
}

void TranscriptDock::updateEmptyState()
{
    const bool empty = model()->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    m_copyAction->setEnabled(!empty);
    m_exportAction->setEnabled(!empty);
}

QString TranscriptDock::copyText() const
{
    QModelIndexList selected = m_list->selectionModel() != nullptr ? m_list->selectionModel()->selectedRows()
                                                                     : QModelIndexList();
    if (selected.isEmpty()) {
        return TranscriptExport::toPlainText(model()->segments());
    }
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<TranscriptSegment> segments;
    for (const QModelIndex& index : std::as_const(selected)) {
        segments.append(model()->segmentAt(index.row()));
    }
    return TranscriptExport::toPlainText(segments);
}

void TranscriptDock::copy()
{
    const QString text = copyText();
    if (text.isEmpty()) {
        return;
    }
    QApplication::clipboard()->setText(text);
    const auto lines = static_cast<int>(text.count(QLatin1Char('\n')));
    Q_EMIT statusMessage(tr("Copied %n transcript line(s).", nullptr, lines));
}

Status TranscriptDock::exportTo(const QString& path, TranscriptExport::Format format) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error{ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    }
    file.write(TranscriptExport::render(format, m_callKey, model()->segments()));
    if (!file.commit()) {
        return Error{ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    }
    return {};
}

void TranscriptDock::chooseExportFile()
{
    const QString textFilter = tr("Plain text (*.txt)");
    const QString jsonFilter = tr("JSON (*.json)");
    QString selectedFilter = textFilter;
    //: Default file name of an exported transcript; %1 is the call's key.
    const QString suggested = tr("transcript-%1.txt").arg(m_callKey);
    QString path = QFileDialog::getSaveFileName(this, tr("Export Transcript"), suggested,
                                                textFilter + QStringLiteral(";;") + jsonFilter, &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    const bool json = selectedFilter == jsonFilter || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (json && !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        path.replace(QRegularExpression(QStringLiteral("\\.txt$")), QString());
        path += QStringLiteral(".json");
    }
    const Status written = exportTo(path, json ? TranscriptExport::Format::Json : TranscriptExport::Format::PlainText);
    if (!written) {
        QMessageBox::warning(this, tr("Export Transcript"), written.error().message);
        return;
    }
    Q_EMIT statusMessage(tr("Transcript saved to %1.").arg(path));
}

} // namespace calldeck
