#include "dialogs/StringSettingBinder.h"

#include "widgets/FieldWithError.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace calldeck {

StringSettingBinder::StringSettingBinder(Settings& settings) : m_settings(settings) {}

FieldWithError* StringSettingBinder::bind(QLineEdit* edit, const SettingKey<QString>& key, QWidget* parent,
                                          Transform toDisplay, Transform toStored)
{
    auto* field = new FieldWithError(edit, parent);
    m_bindings.append(Binding{edit, field, &key, std::move(toDisplay), std::move(toStored)});
    return field;
}

void StringSettingBinder::load()
{
    for (const Binding& binding : std::as_const(m_bindings)) {
        const bool overridden = m_settings.isOverridden(*binding.key);
        const QString value = overridden ? m_settings.value(*binding.key) : m_settings.storedValue(*binding.key);
        binding.edit->setText(binding.toDisplay ? binding.toDisplay(value) : value);
        binding.edit->setReadOnly(overridden);
        binding.field->setError({});
        binding.field->setNote(overridden ? QCoreApplication::translate("calldeck::SettingsDialog",
                                                                        "Set by environment variable %1")
                                                .arg(QString::fromLatin1(binding.key->environmentVariable))
                                          : QString());
    }
}

void StringSettingBinder::save()
{
    for (const Binding& binding : std::as_const(m_bindings)) {
        if (m_settings.isOverridden(*binding.key)) {
            continue;
        }
        const QString text = binding.edit->text().trimmed();
        m_settings.setValue(*binding.key, binding.toStored ? binding.toStored(text) : text);
    }
}

bool StringSettingBinder::isOverridden(const QLineEdit* edit) const
{
    for (const Binding& binding : m_bindings) {
        if (binding.edit == edit) {
            return m_settings.isOverridden(*binding.key);
        }
    }
    return false;
}

} // namespace calldeck
