// kycdesk: the desktop app. With no vendor configured it starts the embedded sandbox on a free
// loopback port, on its own thread, and talks to it over HTTP exactly as to a vendor.

#include "AppTranslator.h"
#include "BuildInfo.h"
#include "DesktopSession.h"
#include "FreedMemory.h"
#include "MainWindow.h"
#include "UiResources.h"
#include "UiTheme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    FreedMemory::keepForReuse(); // before the first allocation that it concerns
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"kycdesk"_s);
    QApplication::setApplicationDisplayName(u"KYC Desk"_s);
    QApplication::setOrganizationName(u"KYC Desk"_s);
    QApplication::setApplicationVersion(BuildInfo::versionText());
    QApplication::setDesktopFileName(u"org.kycdesk.KycDesk"_s);
    QApplication::setWindowIcon(UiResources::appIcon());
    // Before anything is worded, --help included: the system's language (LANGUAGE=de kycdesk), or
    // English where KYC Desk has no translation for it.
    AppTranslator::install(QLocale());
    // The theme chosen in View → Theme, before the first window is built; "System" leaves the
    // platform's style and palette alone.
    if (const UiTheme::Choice theme = UiTheme::load(QSettings()); theme != UiTheme::Choice::System)
        UiTheme::apply(theme);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Back office for KYC/KYB compliance analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        { u"sandbox-customers"_s,
          QApplication::translate("main",
                                  "Seed the embedded sandbox with N synthetic customers (first run only)."),
          u"N"_s, u"300"_s },
        { u"sandbox-database"_s, QApplication::translate("main", "SQLite file of the embedded sandbox."),
          u"file"_s },
        { u"screenshot"_s,
          QApplication::translate("main",
                                  "Save a picture of the window once the customers are loaded, then quit."),
          u"png"_s },
    });
    parser.process(app);

    SandboxConfig config;
    config.databasePath = parser.value(u"sandbox-database"_s);
    if (config.databasePath.isEmpty()) {
        // Created owner-only with its folder by the sandbox's store (PrivateFileGuard).
        config.databasePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + u"/embedded-sandbox.sqlite"_s;
    }
    bool ok = false;
    config.seedCustomers = parser.value(u"sandbox-customers"_s).toInt(&ok);
    if (!ok || config.seedCustomers < 0) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "KYC Desk"),
                              QApplication::translate("main", "--sandbox-customers needs a whole number."));
        return 2;
    }

    DesktopSession session(config);
    QString error;
    if (!session.start(&error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "KYC Desk"), error);
        return 1;
    }

    const QString screenshot = parser.value(u"screenshot"_s);
    if (!screenshot.isEmpty()) {
        MainWindow *window = session.window();
        QObject::connect(window, &MainWindow::customersLoaded, window, [window, screenshot] {
            window->selectFirstCustomer();
            QTimer::singleShot(1500, window, [window, screenshot] {
                window->grab().save(screenshot);
                QApplication::quit();
            });
        });
    }
    return app.exec();
}
