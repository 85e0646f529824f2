#pragma once

#include "contacts/Contact.h"

#include <QDockWidget>
#include <QTimer>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace calldeck {

class ContactCsvTransfer;
class ContactEditDialog;
class ContactListModel;
class Store;

/// The contacts panel: live (debounced) search, a table, add/edit/delete and CSV import/export.
class ContactsDock : public QDockWidget
{
    Q_OBJECT
public:
    static constexpr int kSearchDebounceMs = 250;

    ContactsDock(Store& store, QWidget* parent = nullptr);

    /// Region for numbers typed or imported without a country code (the profile's).
    void setDefaultRegion(const QString& region);
    [[nodiscard]] QString defaultRegion() const { return m_region; }

    [[nodiscard]] ContactListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    [[nodiscard]] QLineEdit* searchEdit() const { return m_search; }
    [[nodiscard]] QAction* addContactAction() const { return m_add; }
    [[nodiscard]] QAction* importAction() const { return m_import; }
    [[nodiscard]] QAction* exportAction() const { return m_export; }

public Q_SLOTS:
    /// Reloads the table with the current search.
    void refresh();
    /// Opens the add dialog (window-modal, non-blocking) and returns it.
    ContactEditDialog* openAddDialog();
    /// Opens the edit dialog for the selected contact; null when nothing is selected.
    ContactEditDialog* openEditDialog();
    /// Asks for confirmation, then deletes the selected contact.
    void deleteSelected();
    /// Deletes without asking.
    void removeContact(qint64 id);
    /// Asks for a CSV file and imports it.
    void chooseImportFile();
    void importFile(const QString& filePath);
    /// Asks for a file name and exports every contact to it.
    void chooseExportFile();
    void exportFile(const QString& filePath);

Q_SIGNALS:
    /// The table was reloaded (after a search, add, edit, delete or import).
    void refreshed();
    /// An import finished and its report dialog is open.
    void importReported(const QString& filePath, int importedCount);
    /// A short confirmation for the status bar.
    void statusMessage(const QString& message);
    /// Something failed; `message` is for the user (also shown in a dialog).
    void errorOccurred(const QString& message);

private:
    void buildActions();
    void updateEmptyState();
    void showError(const QString& title, const QString& message);
    [[nodiscard]] int selectedRow() const;

    Store& m_store;
    QString m_region = QStringLiteral("US");
    ContactListModel* m_model = nullptr;
    ContactCsvTransfer* m_transfer = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_empty = nullptr;
    QStackedWidget* m_stack = nullptr;
    QTimer m_debounce;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_import = nullptr;
    QAction* m_export = nullptr;
    int m_generation = 0;
    qint64 m_selectAfterRefresh = 0;
};

} // namespace calldeck
