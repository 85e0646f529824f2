#include "SessionDetailView.h"

#include "models/MicrosText.h"
#include "models/TranscriptModel.h"
#include "postcall/ExtractionKeys.h"
#include "widgets/TranscriptDelegate.h"

#include <QHeaderView>

#include <algorithm>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace calldeck {

namespace {

constexpr int kMaxValueWidthPx = 260;

QString row(const QString& label, const QString& value)
{
    return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>")
        .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

QString when(const QDateTime& utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString outcomeText(const QString& outcome)
{
    if (outcome == QLatin1String("goal_achieved")) {
        return SessionDetailView::tr("Goal achieved");
    }
    if (outcome == QLatin1String("no_answer")) {
        return SessionDetailView::tr("No answer");
    }
    if (outcome == QLatin1String("voicemail")) {
        return SessionDetailView::tr("Voicemail");
    }
    if (outcome == QLatin1String("declined")) {
        return SessionDetailView::tr("Goal not reached");
    }
    if (outcome == QLatin1String("error")) {
        return SessionDetailView::tr("Error");
    }
    return outcome.isEmpty() ? SessionDetailView::tr("not processed yet") : outcome;
}

} // namespace

SessionDetailView::SessionDetailView(QWidget* parent)
    : QWidget(parent),
      m_tabs(new QTabWidget(this)),
      m_transcript(new TranscriptModel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    auto* summary = new QSplitter(Qt::Vertical, m_tabs);
    m_overview = new QTextBrowser(summary);
    m_overview->setObjectName(QStringLiteral("sessionOverview"));
    m_overview->setOpenLinks(false);
    m_fields = new QTableWidget(0, 4, summary);
    m_fields->setObjectName(QStringLiteral("extractedData"));
    m_fields->setHorizontalHeaderLabels({tr("Item"), tr("Value"), tr("Type"), tr("Said on the call")});
    m_fields->verticalHeader()->hide();
    m_fields->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fields->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fields->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_fields->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_fields->horizontalHeader()->setStretchLastSection(true);
    summary->addWidget(m_overview);
    summary->addWidget(m_fields);
    summary->setStretchFactor(0, 3);
    summary->setStretchFactor(1, 2);
    m_tabs->addTab(summary, tr("Summary"));

    m_transcriptView = new QListView(m_tabs);
    m_transcriptView->setObjectName(QStringLiteral("sessionTranscript"));
    m_transcriptView->setModel(m_transcript);
    m_transcriptView->setItemDelegate(new TranscriptDelegate(m_transcriptView));
    m_transcriptView->setWordWrap(true);
    m_transcriptView->setResizeMode(QListView::Adjust);
    m_transcriptView->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_tabs->addTab(m_transcriptView, tr("Transcript"));

    auto* costPage = new QWidget(m_tabs);
    auto* costLayout = new QVBoxLayout(costPage);
    m_cost = new QTreeWidget(costPage);
    m_cost->setObjectName(QStringLiteral("costLines"));
    m_cost->setRootIsDecorated(false);
    m_cost->setHeaderLabels({tr("Category"), tr("Item"), tr("Quantity"), tr("Cost")});
    m_cost->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cost->header()->setStretchLastSection(true);
    m_latency = new QLabel(costPage);
    m_latency->setObjectName(QStringLiteral("latency"));
    m_latency->setWordWrap(true);
    costLayout->addWidget(m_cost, 1);
    costLayout->addWidget(m_latency);
    m_tabs->addTab(costPage, tr("Cost"));

    m_attestation = new QTextBrowser(m_tabs);
    m_attestation->setObjectName(QStringLiteral("attestation"));
    m_tabs->addTab(m_attestation, tr("Attestation"));
    clear();
}

void SessionDetailView::setRecord(const CallRecordView& record, const std::optional<AttestationRecord>& attestation)
{
    m_record = record;
    m_tabs->setEnabled(true);
    showOverview();
    showFields();
    m_transcript->setSegments(record.segments);
    showCost();
    showAttestation(attestation);
}

void SessionDetailView::clear()
{
    m_record = {};
    m_overview->setHtml(QStringLiteral("<p><i>%1</i></p>").arg(tr("Select a call attempt to see its details.")));
    m_fields->setRowCount(0);
    m_transcript->clear();
    m_cost->clear();
    m_latency->clear();
    m_attestation->clear();
    m_tabs->setEnabled(false);
}

void SessionDetailView::showOverview()
{
    const CallRecordView& r = m_record;
    QString html = QStringLiteral("<h3>%1</h3><table>")
                       .arg(tr("Attempt %1: %2").arg(r.attempt).arg(r.taskTitle.isEmpty() ? r.toE164 : r.taskTitle)
                                .toHtmlEscaped());
    html += row(tr("Number"), r.toE164);
    html += row(tr("Status"), r.status);
    html += row(tr("Outcome"), outcomeText(r.outcome));
    html += row(tr("Started"), when(r.startedAt.isValid() ? r.startedAt : r.createdAt));
    if (r.durationS >= 0) {
        html += row(tr("Duration"), tr("%1:%2 min").arg(r.durationS / 60).arg(r.durationS % 60, 2, 10, QLatin1Char('0')));
    }
    html += row(tr("Line"), r.provider == QLatin1String("sandbox") ? tr("Sandbox line") : r.provider);
    if (!r.agentKind.isEmpty()) {
        html += row(tr("Agent"), r.agentKind);
    }
    if (!r.providerCallId.isEmpty()) {
        html += row(tr("Provider call id"), r.providerCallId);
    }
    html += row(tr("Total cost"), MicrosText::format(r.cost.totalMicros(), 4));
    if (!r.failureReason.isEmpty()) {
        html += row(tr("Failure reason"), r.failureReason);
    }
    html += QStringLiteral("</table><h4>%1</h4>").arg(tr("Summary").toHtmlEscaped());
    if (r.summary.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(tr("No summary yet.").toHtmlEscaped());
    } else {
        for (const QString& paragraph : r.summary.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
            html += QStringLiteral("<p>%1</p>").arg(paragraph.trimmed().toHtmlEscaped());
        }
    }
    m_overview->setHtml(html);
}

void SessionDetailView::showFields()
{
    m_fields->setRowCount(static_cast<int>(m_record.fields.size()));
    for (int i = 0; i < m_record.fields.size(); ++i) {
        const ExtractedField& field = m_record.fields.at(i);
        m_fields->setItem(i, 0, new QTableWidgetItem(ExtractionKeys::label(field.key)));
        m_fields->setItem(i, 1, new QTableWidgetItem(ExtractionKeys::displayValue(field, m_zone)));
        m_fields->setItem(i, 2, new QTableWidgetItem(field.valueType));
        m_fields->setItem(i, 3, new QTableWidgetItem(field.rawFragment));
        m_fields->item(i, 0)->setToolTip(field.key);
        m_fields->item(i, 1)->setToolTip(field.value);
    }
    // Long values (a follow-up instruction) must not push the fragment column out of sight.
    m_fields->resizeColumnToContents(1);
    m_fields->setColumnWidth(1, std::min(m_fields->columnWidth(1), kMaxValueWidthPx));
}

void SessionDetailView::showCost()
{
    m_cost->clear();
    for (const CostLine& line : m_record.cost.lines) {
        auto* item = new QTreeWidgetItem(m_cost);
        item->setText(0, categoryLabel(line.category));
        item->setText(1, line.item);
        item->setText(2, tr("%1 %2").arg(QLocale().toString(line.quantity, 'f', line.quantity < 10 ? 2 : 0), line.unit));
        item->setText(3, MicrosText::format(line.micros, 4));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto* total = new QTreeWidgetItem(m_cost);
    total->setText(0, tr("Total"));
    total->setText(3, MicrosText::format(m_record.cost.totalMicros(), 4));
    total->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
    QFont bold = total->font(0);
    bold.setBold(true);
    total->setFont(0, bold);
    total->setFont(3, bold);

    if (m_record.latencyTurns <= 0 || m_record.latencyP50Ms < 0) {
        m_latency->setText(tr("Response latency: not measured for this call."));
    } else {
        m_latency->setText(tr("Response latency over %1 turns: p50 %2 ms, p95 %3 ms (CallDeck's own share: p50 %4 ms, "
                              "p95 %5 ms).")
                               .arg(m_record.latencyTurns)
                               .arg(m_record.latencyP50Ms)
                               .arg(m_record.latencyP95Ms)
                               .arg(m_record.internalP50Ms)
                               .arg(m_record.internalP95Ms));
    }
}

void SessionDetailView::showAttestation(const std::optional<AttestationRecord>& attestation)
{
    if (!attestation.has_value()) {
        m_attestation->setHtml(QStringLiteral("<p><i>%1</i></p>")
                                   .arg(tr("No attestation was signed for this task.").toHtmlEscaped()));
        return;
    }
    const AttestationRecord& a = *attestation;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(tr("Signed attestation").toHtmlEscaped());
    html += row(tr("Signed by"), a.organization.isEmpty() ? a.fullName : tr("%1, %2").arg(a.fullName, a.organization));
    html += row(tr("Signed at (UTC)"), a.signedAtUtc.toUTC().toString(Qt::ISODateWithMs));
    html += row(tr("Computer"), tr("%1 on %2").arg(a.osUser, a.host));
    html += row(tr("App version"), a.appVersion);
    html += row(tr("Statements version"), a.statementsVersion);
    html += row(tr("Record hash"), a.recordHash);
    html += row(tr("Integrity"), a.hashMatches() ? tr("intact") : tr("CHANGED after signing"));
    html += QStringLiteral("</table><ol>");
    for (const QString& statement : a.statements) {
        html += QStringLiteral("<li>%1</li>").arg(statement.toHtmlEscaped());
    }
    html += QStringLiteral("</ol>");
    m_attestation->setHtml(html);
}

QString SessionDetailView::categoryLabel(const QString& category)
{
    if (category == QLatin1String("telephony")) {
        return tr("Telephony");
    }
    if (category == QLatin1String("voice_ai")) {
        return tr("Voice AI");
    }
    if (category == QLatin1String("reasoning_ai")) {
        return tr("Reasoning AI");
    }
    return category;
}

} // namespace calldeck
