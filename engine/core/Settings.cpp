#include "core/Settings.h"

#include "core/Paths.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QSettings>
#include <optional>

namespace calldeck {

namespace {

Q_LOGGING_CATEGORY(lcSettings, "calldeck.settings")

QString blobKey(const QString& name)
{
    return QStringLiteral("blobs/") + name;
}

/// `value` as `type`, or nothing when it does not convert. INI files hold text, so booleans are
/// parsed strictly: "banana" is not true.
std::optional<QVariant> converted(const QVariant& value, QMetaType type)
{
    if (value.metaType() == type) {
        return value;
    }
    if (type.id() == QMetaType::Bool && value.metaType().id() == QMetaType::QString) {
        const QString text = value.toString().trimmed().toLower();
        if (text == u"true" || text == u"1" || text == u"yes" || text == u"on") {
            return QVariant(true);
        }
        if (text == u"false" || text == u"0" || text == u"no" || text == u"off") {
            return QVariant(false);
        }
        return std::nullopt;
    }
    QVariant copy = value;
    if (!copy.convert(type)) {
        return std::nullopt;
    }
    return copy;
}

QString statusText(QSettings::Status status)
{
    switch (status) {
    case QSettings::NoError:
        break;
    case QSettings::AccessError:
        return QCoreApplication::translate("calldeck::Settings", "the file or its folder is not writable");
    case QSettings::FormatError:
        return QCoreApplication::translate("calldeck::Settings", "the file is not a valid settings file");
    }
    return {};
}

} // namespace

Settings::Settings(const QString& filePath, QObject* parent)
    : QObject(parent)
{
    const QString path = filePath.isEmpty() ? Paths::settingsFile() : filePath;
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    // Qt 6 saves INI files through QSaveFile (temporary file in the same folder, then rename) while
    // atomic sync is required, which is the default; QSettings::sync() then never leaves a
    // half-written file. Set explicitly so nobody turns on the in-place fallback by accident.
    m_settings->setAtomicSyncRequired(true);
    if (m_settings->status() != QSettings::NoError) {
        setAsideUnreadableFile();
    }
}

Settings::~Settings() = default;

void Settings::setAsideUnreadableFile()
{
    const QString path = m_settings->fileName();
    const QString reason = statusText(m_settings->status());
    m_settings.reset();
    const QString aside = path + QStringLiteral(".corrupt");
    QFile::remove(aside);
    if (QFile::rename(path, aside)) {
        qCWarning(lcSettings).noquote()
            << QStringLiteral("settings file %1 could not be read (%2); using defaults, the old file is kept as %3")
                   .arg(path, reason, aside);
    } else {
        qCWarning(lcSettings).noquote()
            << QStringLiteral("settings file %1 could not be read (%2) nor moved aside; using defaults")
                   .arg(path, reason);
    }
    m_settings = std::make_unique<QSettings>(path, QSettings::IniFormat);
    m_settings->setAtomicSyncRequired(true);
    if (m_settings->status() != QSettings::NoError) {
        // Still unreadable (e.g. a folder in its place): forget whatever was parsed.
        m_settings->clear();
    }
}

QVariant Settings::rawValue(const char* name, const QVariant& fallback, const char* environmentVariable) const
{
    const QString key = QString::fromLatin1(name);
    if (environmentVariable != nullptr) {
        const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
        if (!fromEnvironment.isEmpty()) {
            if (const auto value = converted(fromEnvironment, fallback.metaType())) {
                return *value;
            }
            qCWarning(lcSettings).noquote() << "environment variable" << QString::fromLatin1(environmentVariable)
                                            << "has an unusable value; ignoring it";
        }
    }
    if (!m_settings->contains(key)) {
        return fallback;
    }
    if (const auto value = converted(m_settings->value(key), fallback.metaType())) {
        return *value;
    }
    qCWarning(lcSettings).noquote() << "setting" << key << "has an unusable value; using the default";
    return fallback;
}

void Settings::setRawValue(const char* name, const QVariant& value)
{
    const QString key = QString::fromLatin1(name);
    const bool existed = m_settings->contains(key);
    const std::optional<QVariant> before = existed ? converted(m_settings->value(key), value.metaType()) : std::nullopt;
    m_settings->setValue(key, value);
    if (!before || *before != value) {
        Q_EMIT changed(key);
    }
}

QByteArray Settings::blob(const QString& name) const
{
    return m_settings->value(blobKey(name)).toByteArray();
}

void Settings::setBlob(const QString& name, const QByteArray& data)
{
    m_settings->setValue(blobKey(name), data);
}

void Settings::removeBlob(const QString& name)
{
    m_settings->remove(blobKey(name));
}

Status Settings::sync()
{
    m_settings->sync();
    const QSettings::Status status = m_settings->status();
    if (status == QSettings::NoError) {
        return {};
    }
    qCWarning(lcSettings).noquote() << "could not save settings to" << m_settings->fileName();
    return Status::failure(ErrorCode::Io,
                           QCoreApplication::translate("calldeck::Settings", "Could not save settings to %1: %2.")
                               .arg(m_settings->fileName(), statusText(status)));
}

QString Settings::filePath() const
{
    return m_settings->fileName();
}

} // namespace calldeck
