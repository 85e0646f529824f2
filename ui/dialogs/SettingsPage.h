#pragma once

#include <QFuture>
#include <QWidget>

namespace calldeck {

/// One page of the settings dialog. The dialog calls load() when it opens, validate() before
/// saving (pages show their errors inline, next to the field), then save().
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Name in the dialog's page list.
    [[nodiscard]] virtual QString title() const = 0;
    virtual void load() = 0;
    /// True when every field is acceptable; otherwise marks the bad fields.
    virtual bool validate() = 0;
    /// Writes the page; the future says whether everything was saved (errors are shown on the page).
    virtual QFuture<bool> save() = 0;

Q_SIGNALS:
    /// The keychain could not be used; `message` says how to fix it.
    void keychainProblem(const QString& message);
};

} // namespace calldeck
