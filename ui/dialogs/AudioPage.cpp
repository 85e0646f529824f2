#include "dialogs/AudioPage.h"

#include "core/Settings.h"

#include <QAudioDevice>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QMediaDevices>
#include <QVBoxLayout>

namespace calldeck {

namespace {

/// Device ids are stored as UTF-8 text (what Qt Multimedia reports, e.g. a PulseAudio name).
void fill(QComboBox* combo, const QList<QAudioDevice>& devices, const QString& selectedId)
{
    combo->clear();
    //: First entry of the audio device lists: follow the operating system's choice.
    combo->addItem(AudioPage::tr("System default"), QString());
    for (const QAudioDevice& device : devices) {
        combo->addItem(device.description(), QString::fromUtf8(device.id()));
    }
    int index = combo->findData(selectedId);
    if (index < 0) {
        // Keep a saved device that is unplugged right now instead of silently forgetting it.
        //: %1 is the id of an audio device that is not connected.
        combo->addItem(AudioPage::tr("%1 (not connected)").arg(selectedId), selectedId);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

} // namespace

AudioPage::AudioPage(Settings& settings, QWidget* parent)
    : SettingsPage(parent),
      m_settings(settings),
      m_devices(new QMediaDevices(this)),
      m_input(new QComboBox(this)),
      m_output(new QComboBox(this)),
      m_echoCancellation(new QCheckBox(tr("I use &speakers, not a headset: cancel their echo in my microphone"), this))
{
    m_echoCancellation->setObjectName(QStringLiteral("echoCancellationCheck"));
    setObjectName(QStringLiteral("audioPage"));
    m_input->setObjectName(QStringLiteral("inputDeviceCombo"));
    m_output->setObjectName(QStringLiteral("outputDeviceCombo"));
    m_input->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_output->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* intro = new QLabel(tr("Devices used to listen to calls and to speak into them."), this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    //: Audio input device.
    form->addRow(tr("&Microphone:"), m_input);
    //: Audio output device.
    form->addRow(tr("&Speaker:"), m_output);
    form->addRow(QString(), m_echoCancellation);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_devices, &QMediaDevices::audioInputsChanged, this,
            [this] { fillInputs(m_input->currentData().toString()); });
    connect(m_devices, &QMediaDevices::audioOutputsChanged, this,
            [this] { fillOutputs(m_output->currentData().toString()); });
}

QString AudioPage::title() const
{
    return tr("Audio Devices");
}

void AudioPage::load()
{
    fillInputs(m_settings.value(SettingKeys::AudioInputDevice));
    fillOutputs(m_settings.value(SettingKeys::AudioOutputDevice));
    m_echoCancellation->setChecked(m_settings.value(SettingKeys::EchoCancellation));
}

bool AudioPage::validate()
{
    return true;
}

QFuture<bool> AudioPage::save()
{
    m_settings.setValue(SettingKeys::AudioInputDevice, m_input->currentData().toString());
    m_settings.setValue(SettingKeys::AudioOutputDevice, m_output->currentData().toString());
    m_settings.setValue(SettingKeys::EchoCancellation, m_echoCancellation->isChecked());
    return QtFuture::makeReadyFuture(true);
}

void AudioPage::fillInputs(const QString& selectedId)
{
    fill(m_input, QMediaDevices::audioInputs(), selectedId);
}

void AudioPage::fillOutputs(const QString& selectedId)
{
    fill(m_output, QMediaDevices::audioOutputs(), selectedId);
}

} // namespace calldeck
