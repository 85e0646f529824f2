#pragma once

#include "contacts/ContactCsv.h"

#include <QDialog>

class QLabel;
class QListWidget;

namespace calldeck {

/// After a contacts import: how many contacts were imported and every row that was not, as
/// "line N: reason".
class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportReportDialog(const QString& fileName, int importedCount, const QList<CsvRowError>& problems,
                       QWidget* parent = nullptr);

    [[nodiscard]] QString summaryText() const;
    /// The problem lines as shown, "line N: reason".
    [[nodiscard]] QStringList problemLines() const;

private:
    QLabel* m_summary = nullptr;
    QListWidget* m_problems = nullptr;
};

} // namespace calldeck
