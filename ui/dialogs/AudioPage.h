#pragma once

#include "dialogs/SettingsPage.h"

class QCheckBox;
class QComboBox;
class QMediaDevices;

namespace calldeck {

class Settings;

/// Microphone and speaker used for monitoring and barge-in. "System default" comes first; the
/// lists follow devices being plugged in or removed.
class AudioPage : public SettingsPage
{
    Q_OBJECT
public:
    explicit AudioPage(Settings& settings, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    void load() override;
    bool validate() override;
    QFuture<bool> save() override;

    [[nodiscard]] QComboBox* inputCombo() const { return m_input; }
    [[nodiscard]] QComboBox* outputCombo() const { return m_output; }

private:
    void fillInputs(const QString& selectedId);
    void fillOutputs(const QString& selectedId);

    Settings& m_settings;
    QMediaDevices* m_devices = nullptr;
    QComboBox* m_input = nullptr;
    QComboBox* m_output = nullptr;
    QCheckBox* m_echoCancellation = nullptr;
};

} // namespace calldeck
