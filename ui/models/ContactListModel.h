#pragma once

#include "contacts/Contact.h"

#include <QAbstractTableModel>
#include <QList>

namespace calldeck {

/// Contacts as a table: name, phone (international format), company, tags.
class ContactListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        PhoneColumn,
        CompanyColumn,
        TagsColumn,
        ColumnCount,
    };
    static constexpr int ContactIdRole = Qt::UserRole + 1;

    explicit ContactListModel(QObject* parent = nullptr);

    void setContacts(QList<Contact> contacts);
    [[nodiscard]] const QList<Contact>& contacts() const { return m_contacts; }
    [[nodiscard]] const Contact& contactAt(int row) const { return m_contacts.at(row); }
    /// Row of the contact with `id`, or -1.
    [[nodiscard]] int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Contact> m_contacts;
};

} // namespace calldeck
