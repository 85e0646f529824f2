#include "ScreenshotRunner.h"

#include "MainWindow.h"
#include "dialogs/ContactEditDialog.h"
#include "dialogs/SettingsDialog.h"
#include "docks/ContactsDock.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTimer>

namespace calldeck {

namespace {
// Long enough for the store and keychain answers to arrive and the layout to settle.
constexpr int kSettleMs = 1500;
} // namespace

ScreenshotRunner::ScreenshotRunner(MainWindow& window, QString directory, QObject* parent)
    : QObject(parent), m_window(window), m_directory(std::move(directory))
{
}

void ScreenshotRunner::start()
{
    QDir().mkpath(m_directory);
    QTimer::singleShot(kSettleMs, this, &ScreenshotRunner::grabMainWindow);
}

void ScreenshotRunner::grabMainWindow()
{
    save(&m_window, QStringLiteral("main-window.png"));
    SettingsDialog* dialog = m_window.openSettings();
    QTimer::singleShot(kSettleMs, this, [this, dialog] {
        save(dialog, QStringLiteral("settings-dialog.png"));
        dialog->close();
        grabContactDialog();
    });
}

void ScreenshotRunner::grabContactDialog()
{
    ContactEditDialog* dialog = m_window.contactsDock()->openAddDialog();
    if (auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")); name != nullptr) {
        name->setText(tr("Bright Smile Dental"));
    }
    QTimer::singleShot(kSettleMs / 3, this, [this, dialog] {
        save(dialog, QStringLiteral("contact-dialog.png"));
        dialog->reject();
        QApplication::exit(m_failed ? 1 : 0);
    });
}

bool ScreenshotRunner::save(QWidget* widget, const QString& fileName)
{
    const QString path = QDir(m_directory).filePath(fileName);
    if (!widget->grab().save(path)) {
        qWarning().noquote() << "Could not write screenshot" << path;
        m_failed = true;
        return false;
    }
    qInfo().noquote() << "Saved screenshot" << path;
    return true;
}

} // namespace calldeck
