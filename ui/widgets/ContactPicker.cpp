#include "widgets/ContactPicker.h"

#include "core/FutureWatch.h"
#include "store/ContactRepository.h"
#include "store/Store.h"

#include <QCompleter>

namespace calldeck {

ContactPicker::ContactPicker(Store& store, QWidget* parent) : QComboBox(parent), m_store(store)
{
    setObjectName(QStringLiteral("contactPicker"));
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    // Long "name (company) · number" entries must not widen the composer.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    // Matching anywhere in the entry lets "smile" find "Bright Smile Dental".
    completer()->setCompletionMode(QCompleter::PopupCompletion);
    completer()->setFilterMode(Qt::MatchContains);
    completer()->setCaseSensitivity(Qt::CaseInsensitive);
    addItem(tr("No contact"), qint64{0});
    reload();
}

qint64 ContactPicker::contactId() const
{
    // Text typed but not matching an entry is no choice at all.
    const int index = findText(currentText());
    return index < 0 ? 0 : itemData(index).toLongLong();
}

bool ContactPicker::setContactId(qint64 id)
{
    const int index = findData(id);
    if (index < 0) {
        return false;
    }
    setCurrentIndex(index);
    return true;
}

void ContactPicker::reload()
{
    const QFuture<Result<QList<Contact>>> future =
        m_store.run([](QSqlDatabase& db) { return ContactRepository(db).list(); });
    whenFinished(this, future, [this](const Result<QList<Contact>>& contacts) {
        const qint64 chosen = contactId();
        clear();
        addItem(tr("No contact"), qint64{0});
        if (contacts.ok()) {
            for (const Contact& contact : contacts.value()) {
                QString label = contact.name;
                if (!contact.company.isEmpty()) {
                    label += QStringLiteral(" (%1)").arg(contact.company);
                }
                label += QStringLiteral(" · %1").arg(contact.phoneE164);
                addItem(label, contact.id);
            }
        }
        setContactId(chosen);
        Q_EMIT loaded();
    });
}

} // namespace calldeck
