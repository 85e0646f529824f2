#include "dialogs/ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace calldeck {

ImportReportDialog::ImportReportDialog(const QString& fileName, int importedCount,
                                       const QList<CsvRowError>& problems, QWidget* parent)
    : QDialog(parent), m_summary(new QLabel(this)), m_problems(new QListWidget(this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Contacts Import"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_problems->setObjectName(QStringLiteral("problemList"));
    m_summary->setWordWrap(true);

    //: %1 is a file name; %n the number of contacts imported.
    QString summary = tr("Imported %n contact(s) from %1.", nullptr, importedCount).arg(QFileInfo(fileName).fileName());
    if (!problems.isEmpty()) {
        summary += QLatin1Char(' ') + tr("%n row(s) were not imported:", nullptr, static_cast<int>(problems.size()));
    }
    m_summary->setText(summary);
    for (const CsvRowError& problem : problems) {
        //: One rejected row of an imported CSV file: %1 line number, %2 the reason.
        m_problems->addItem(tr("line %1: %2").arg(problem.line).arg(problem.reason));
    }
    m_problems->setVisible(!problems.isEmpty());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(520, problems.isEmpty() ? 120 : 360);
}

QString ImportReportDialog::summaryText() const
{
    return m_summary->text();
}

QStringList ImportReportDialog::problemLines() const
{
    QStringList lines;
    for (int row = 0; row < m_problems->count(); ++row) {
        lines.append(m_problems->item(row)->text());
    }
    return lines;
}

} // namespace calldeck
