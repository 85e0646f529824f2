#pragma once

#include "core/Settings.h"

#include <QList>

#include <functional>

class QLineEdit;
class QWidget;

namespace calldeck {

class FieldWithError;

/// Ties line edits to string settings for a settings page: loads the stored value, shows an
/// environment-overridden value read-only with a note naming the variable, and saves only the
/// keys the environment does not override.
class StringSettingBinder
{
public:
    using Transform = std::function<QString(const QString&)>;

    explicit StringSettingBinder(Settings& settings);

    /// Wraps `edit` in a FieldWithError (for inline errors and the environment note) and binds it.
    /// `toDisplay` formats the stored value for the editor, `toStored` the typed text for storage.
    FieldWithError* bind(QLineEdit* edit, const SettingKey<QString>& key, QWidget* parent, Transform toDisplay = {},
                         Transform toStored = {});
    void load();
    void save();
    /// True when the environment overrides the key bound to `edit` (then it is not validated).
    [[nodiscard]] bool isOverridden(const QLineEdit* edit) const;

private:
    struct Binding
    {
        QLineEdit* edit = nullptr;
        FieldWithError* field = nullptr;
        const SettingKey<QString>* key = nullptr;
        Transform toDisplay;
        Transform toStored;
    };

    Settings& m_settings;
    QList<Binding> m_bindings;
};

} // namespace calldeck
