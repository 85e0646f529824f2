#include "docks/ContactsDock.h"

#include "core/FutureWatch.h"
#include "dialogs/ContactEditDialog.h"
#include "dialogs/ImportReportDialog.h"
#include "docks/ContactCsvTransfer.h"
#include "models/ContactListModel.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QAction>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace calldeck {

ContactsDock::ContactsDock(Store& store, QWidget* parent)
    : QDockWidget(tr("Contacts"), parent),
      m_store(store),
      m_model(new ContactListModel(this)),
      m_transfer(new ContactCsvTransfer(store, this))
{
    setObjectName(QStringLiteral("ContactsDock"));
    auto* body = new QWidget(this);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);

    m_search = new QLineEdit(body);
    m_search->setObjectName(QStringLiteral("contactSearch"));
    m_search->setPlaceholderText(tr("Search name, company, phone, email, notes or tag…"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    m_table = new QTableView(body);
    m_table->setObjectName(QStringLiteral("contactTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setColumnWidth(ContactListModel::NameColumn, 150);
    m_table->setColumnWidth(ContactListModel::PhoneColumn, 140);
    m_table->setColumnWidth(ContactListModel::CompanyColumn, 130);

    m_empty = new QLabel(body);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setMargin(12);
    m_stack = new QStackedWidget(body);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    buildActions();
    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_add, m_edit, m_delete, m_import, m_export}) {
        auto* button = new QToolButton(body);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        if (action == m_delete) {
            buttons->addStretch(1);
        }
    }
    layout->addLayout(buttons);
    setWidget(body);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kSearchDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ContactsDock::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openEditDialog(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const bool selected = selectedRow() >= 0;
        m_edit->setEnabled(selected);
        m_delete->setEnabled(selected);
    });
    connect(m_transfer, &ContactCsvTransfer::importFinished, this,
            [this](const QString& filePath, int imported, const QList<CsvRowError>& problems) {
                refresh();
                auto* report = new ImportReportDialog(filePath, imported, problems, this);
                report->setAttribute(Qt::WA_DeleteOnClose);
                report->open();
                Q_EMIT importReported(filePath, imported);
            });
    connect(m_transfer, &ContactCsvTransfer::exportFinished, this, [this](const QString& filePath, int count) {
        //: %1 is a file path.
        Q_EMIT statusMessage(tr("Exported %n contact(s) to %1", nullptr, count).arg(filePath));
    });
    connect(m_transfer, &ContactCsvTransfer::failed, this,
            [this](const QString& message) { showError(tr("Contacts Import/Export"), message); });
    refresh();
}

void ContactsDock::buildActions()
{
    m_add = new QAction(tr("&Add Contact…"), this);
    //: The contacts panel's button; the File menu shows the full "Add Contact…".
    m_add->setIconText(tr("Add…"));
    m_add->setObjectName(QStringLiteral("addContactAction"));
    // Ctrl+N composes a call, the desk's main "new" thing; contacts take the shifted variant.
    m_add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_add->setShortcutContext(Qt::WindowShortcut);
    m_add->setToolTip(tr("Add a contact (%1)").arg(m_add->shortcut().toString(QKeySequence::NativeText)));
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editContactAction"));
    m_edit->setShortcut(Qt::Key_Return);
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_edit->setEnabled(false);
    m_delete = new QAction(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteContactAction"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_delete->setEnabled(false);
    //: Button in the contacts panel: import a CSV file.
    m_import = new QAction(tr("&Import CSV…"), this);
    m_import->setObjectName(QStringLiteral("importContactsAction"));
    m_export = new QAction(tr("E&xport CSV…"), this);
    m_export->setObjectName(QStringLiteral("exportContactsAction"));
    addAction(m_add);
    m_table->addAction(m_edit);
    m_table->addAction(m_delete);
    connect(m_add, &QAction::triggered, this, [this] { openAddDialog(); });
    connect(m_edit, &QAction::triggered, this, [this] { openEditDialog(); });
    connect(m_delete, &QAction::triggered, this, &ContactsDock::deleteSelected);
    connect(m_import, &QAction::triggered, this, &ContactsDock::chooseImportFile);
    connect(m_export, &QAction::triggered, this, &ContactsDock::chooseExportFile);
}

void ContactsDock::setDefaultRegion(const QString& region)
{
    if (!region.isEmpty()) {
        m_region = region;
    }
}

void ContactsDock::refresh()
{
    m_debounce.stop();
    const int generation = ++m_generation;
    const QString search = m_search->text().trimmed();
    const auto pending = m_store.run([search](QSqlDatabase& db) { return ContactRepository(db).list(search); });
    whenFinished(this, pending, [this, generation](const Result<QList<Contact>>& result) {
        if (generation != m_generation) {
            return;
        }
        if (!result.ok()) {
            showError(tr("Contacts"), tr("Could not load contacts: %1").arg(result.error().message));
            return;
        }
        const qint64 previous = m_selectAfterRefresh != 0 ? m_selectAfterRefresh
            : selectedRow() >= 0 ? m_model->contactAt(selectedRow()).id
                                 : 0;
        m_model->setContacts(result.value());
        m_selectAfterRefresh = 0;
        if (const int row = m_model->rowOf(previous); row >= 0) {
            m_table->selectRow(row);
        }
        updateEmptyState();
        Q_EMIT refreshed();
    });
}

ContactEditDialog* ContactsDock::openAddDialog()
{
    auto* dialog = new ContactEditDialog(m_store, Contact{}, m_region, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactEditDialog::contactSaved, this, [this](const Contact& contact) {
        m_selectAfterRefresh = contact.id;
        refresh();
    });
    dialog->open();
    return dialog;
}

ContactEditDialog* ContactsDock::openEditDialog()
{
    const int row = selectedRow();
    if (row < 0) {
        return nullptr;
    }
    auto* dialog = new ContactEditDialog(m_store, m_model->contactAt(row), m_region, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactEditDialog::contactSaved, this, [this](const Contact& contact) {
        m_selectAfterRefresh = contact.id;
        refresh();
    });
    dialog->open();
    return dialog;
}

void ContactsDock::deleteSelected()
{
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    const Contact contact = m_model->contactAt(row);
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete Contact"),
                                tr("Delete %1 (%2)? This cannot be undone.")
                                    .arg(contact.name, m_model->data(m_model->index(row, ContactListModel::PhoneColumn))
                                                           .toString()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id = contact.id](int result) {
        if (result == QMessageBox::Yes) {
            removeContact(id);
        }
    });
    box->open();
}

void ContactsDock::removeContact(qint64 id)
{
    const auto pending = m_store.run([id](QSqlDatabase& db) { return ContactRepository(db).remove(id); });
    whenFinished(this, pending, [this](const Status& status) {
        if (!status.ok()) {
            showError(tr("Delete Contact"), tr("Could not delete the contact: %1").arg(status.error().message));
        }
        refresh();
    });
}

void ContactsDock::chooseImportFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Contacts"), {},
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty()) {
        importFile(path);
    }
}

void ContactsDock::importFile(const QString& filePath)
{
    m_transfer->importFile(filePath, m_region);
}

void ContactsDock::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Contacts"), tr("contacts.csv"),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportFile(path);
    }
}

void ContactsDock::exportFile(const QString& filePath)
{
    m_transfer->exportFile(filePath);
}

void ContactsDock::updateEmptyState()
{
    const bool empty = m_model->rowCount() == 0;
    if (empty) {
        const QString search = m_search->text().trimmed();
        m_empty->setText(search.isEmpty()
                             ? tr("No contacts yet.\nAdd one with %1 or import a CSV file.")
                                   .arg(m_add->shortcut().toString(QKeySequence::NativeText))
                             : tr("No contacts match “%1”.").arg(search));
    }
    m_stack->setCurrentWidget(empty ? static_cast<QWidget*>(m_empty) : m_table);
}

void ContactsDock::showError(const QString& title, const QString& message)
{
    qWarning().noquote() << title << ":" << message;
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT errorOccurred(message);
}

int ContactsDock::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

} // namespace calldeck
