#pragma once

#include "compliance/AttestationRecord.h"
#include "store/CallRecordView.h"

#include <QTimeZone>
#include <QWidget>

#include <optional>

class QLabel;
class QListView;
class QTabWidget;
class QTableWidget;
class QTextBrowser;
class QTreeWidget;

namespace calldeck {

class TranscriptModel;

/// One call attempt in detail (PRODUCT T6, T8, T10, T3): metadata and summary, the extracted
/// data, the transcript, the cost lines with turn latency, and the attestation it was placed under.
class SessionDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionDetailView(QWidget* parent = nullptr);

    /// Shows `record`; `attestation` is the task's latest signed attestation, if any.
    void setRecord(const CallRecordView& record, const std::optional<AttestationRecord>& attestation);
    /// Shows nothing (no session selected).
    void clear();
    /// Dates the call mentions are shown in `zone`.
    void setTimeZone(const QTimeZone& zone) { m_zone = zone; }

    [[nodiscard]] qint64 sessionId() const { return m_record.sessionId; }
    [[nodiscard]] CallRecordView record() const { return m_record; }
    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] QTextBrowser* overview() const { return m_overview; }
    [[nodiscard]] QTableWidget* extractedTable() const { return m_fields; }
    [[nodiscard]] TranscriptModel* transcriptModel() const { return m_transcript; }
    [[nodiscard]] QTreeWidget* costLines() const { return m_cost; }
    [[nodiscard]] QLabel* latencyLabel() const { return m_latency; }
    [[nodiscard]] QTextBrowser* attestation() const { return m_attestation; }

    /// The translated name of a cost category ("Telephony", "Voice AI", "Reasoning AI").
    static QString categoryLabel(const QString& category);

private:
    void showOverview();
    void showFields();
    void showCost();
    void showAttestation(const std::optional<AttestationRecord>& attestation);

    CallRecordView m_record;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_overview = nullptr;
    QTableWidget* m_fields = nullptr;
    TranscriptModel* m_transcript = nullptr;
    QListView* m_transcriptView = nullptr;
    QTreeWidget* m_cost = nullptr;
    QLabel* m_latency = nullptr;
    QTextBrowser* m_attestation = nullptr;
};

} // namespace calldeck
