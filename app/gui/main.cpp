// The `calldeck` desktop executable: the composition root that builds the engine services and
// hands them to the main window.

#include "core/FutureWatch.h"
#include "MainWindow.h"
#include "ScreenshotRunner.h"
#include "calls/Engine.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "core/Settings.h"
#include "core/SingleInstance.h"
#include "core/Translations.h"
#include "models/ConfigurationStatus.h"
#include "secrets/KeychainCredentialStore.h"
#include "store/Store.h"
#include "widgets/CallStatusBar.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

using namespace calldeck;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("CallDeck"));
    QApplication::setApplicationName(QStringLiteral("CallDeck"));
    QApplication::setApplicationVersion(QStringLiteral(CALLDECK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("calldeck"));

    LogHub logHub;
    Settings settings;
    Translations::install(app, settings.value(SettingKeys::Language));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop operator console for phone calls"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main", "Save screenshots of the main window and dialogs into <dir>, then quit. "
                                            "Also read from CALLDECK_SCREENSHOT_DIR."),
        QCoreApplication::translate("main", "dir"));
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(
        QStringLiteral("number"),
        QCoreApplication::translate("main", "A tel: link or phone number to put into the manual call form."),
        QStringLiteral("[tel:number]"));
    parser.process(app);
    QString screenshotDir = parser.value(screenshotOption);
    if (screenshotDir.isEmpty()) {
        screenshotDir = qEnvironmentVariable("CALLDECK_SCREENSHOT_DIR");
    }

    // One desk per data directory: a second window would fight the first over the database and
    // the media server's port. A later start hands its link to the running window and ends.
    SingleInstance instance(Paths::dataDir());
    if (screenshotDir.isEmpty()) {
        switch (instance.start(parser.positionalArguments())) {
        case SingleInstance::Role::HandedOver:
            return 0;
        case SingleInstance::Role::Unanswered:
            qCritical().noquote() << instance.errorString();
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CallDeck cannot start"),
                                  QCoreApplication::translate("main",
                                                              "CallDeck is already running for this data folder "
                                                              "but does not respond:\n%1\n\nClose it, or point "
                                                              "CALLDECK_DATA_DIR at another folder.")
                                      .arg(Paths::dataDir()));
            return 1;
        case SingleInstance::Role::Primary:
            break;
        }
    }

    Store store(Paths::databaseFile());
    if (const Status opened = store.open(); !opened.ok()) {
        qCritical().noquote() << "Cannot open the database" << store.path() << ":" << opened.error().message;
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "CallDeck cannot start"),
                              QCoreApplication::translate("main",
                                                          "CallDeck could not open its database:\n%1\n\n%2\n\n"
                                                          "Check that the folder exists and is writable, or point "
                                                          "CALLDECK_DATA_DIR at another folder.")
                                  .arg(store.path(), opened.error().message));
        return 1;
    }

    KeychainCredentialStore credentials;
    Engine engine(settings, credentials);
    engine.setStore(&store);
    MainWindow window(UiServices{settings, store, credentials, &logHub, &engine});
    window.show();
    QObject::connect(&instance, &SingleInstance::activated, &window, &MainWindow::handOver);
    // Reading cannot always tell "no keychain" from "nothing stored"; one write-and-delete can.
    whenFinished(&window, credentials.probe(),
                 [&window](const Status& probe) { window.configuration().reportKeychainProbe(probe); });
    const QStringList given = parser.positionalArguments();
    whenFinished(&window, engine.start(), [&window, given](const Status& started) {
        if (started.ok()) {
            window.startCallQueue();
        }
        // A link given to this first start goes where a later start's would.
        if (!given.isEmpty()) {
            window.handOver(given);
        }
        if (!started.ok()) {
            // The window stays useful (contacts, settings); calls need the media server.
            qCritical().noquote() << "The call engine did not start:" << started.error().message;
            window.callStatusBar()->showMessage(
                QCoreApplication::translate("main", "Calls are unavailable: %1").arg(started.error().message));
        }
    });

    ScreenshotRunner screenshots(window, screenshotDir);
    if (!screenshotDir.isEmpty()) {
        screenshots.start();
    }

    const int exitCode = QApplication::exec();
    engine.shutdown();
    store.close();
    return exitCode;
}
