#include "models/ContactListModel.h"

#include "core/PhoneNumbers.h"

namespace calldeck {

ContactListModel::ContactListModel(QObject* parent) : QAbstractTableModel(parent) {}

void ContactListModel::setContacts(QList<Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_contacts.size(); ++row) {
        if (m_contacts.at(row).id == id) {
            return row;
        }
    }
    return -1;
}

int ContactListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_contacts.size());
}

int ContactListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_contacts.size()) {
        return {};
    }
    const Contact& contact = m_contacts.at(index.row());
    if (role == ContactIdRole) {
        return contact.id;
    }
    if (role == Qt::ToolTipRole && !contact.notes.isEmpty()) {
        return contact.notes;
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return contact.name;
    case PhoneColumn:
        return PhoneNumbers::formatInternational(contact.phoneE164);
    case CompanyColumn:
        return contact.company;
    case TagsColumn:
        return contact.tags.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant ContactListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case PhoneColumn:
        return tr("Phone");
    case CompanyColumn:
        return tr("Company");
    case TagsColumn:
        //: Column header: labels attached to a contact.
        return tr("Tags");
    default:
        return {};
    }
}

} // namespace calldeck
