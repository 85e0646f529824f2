#pragma once

#include <QComboBox>

namespace calldeck {

class Store;

/// A searchable combo over the user's contacts (ContactRepository): type part of a name, company
/// or number to narrow it. The first entry is "No contact".
class ContactPicker : public QComboBox
{
    Q_OBJECT
public:
    explicit ContactPicker(Store& store, QWidget* parent = nullptr);

    /// Id of the chosen contact; 0 for "No contact".
    [[nodiscard]] qint64 contactId() const;
    /// Chooses the contact `id` (0: none); false when it is not in the list.
    bool setContactId(qint64 id);

public Q_SLOTS:
    /// Reloads the contacts from the store, keeping the current choice when it still exists.
    void reload();

Q_SIGNALS:
    /// The list was (re)loaded.
    void loaded();

private:
    Store& m_store;
};

} // namespace calldeck
