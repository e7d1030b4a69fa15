#pragma once

#include "ConnectionSettings.h"
#include "CredentialStore.h"

#include <QDialog>
#include <QHash>

class ConnectionTester;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class ReviewReasonsPage;
class WorkspaceSettingsPage;
class QLineEdit;
class QPushButton;
class QSettings;

// Vendor environments and credentials, review reasons, and the workspace (this computer or a team
// server). Non-secret choices go to QSettings; secrets go to the
// keychain store only (or, if the analyst accepts it when no keychain answers, to the
// session-only store). A failed save keeps the dialog open and the previous credentials intact.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(QSettings *settings, CredentialStore *keychain, CredentialStore *sessionStore,
                   ConnectionTester *tester, QWidget *parent = nullptr);

    // Where the embedded sandbox listens, so "Test connection" works for it too.
    void setEmbeddedBaseUrl(const QUrl &url) { m_embeddedUrl = url; }

    // Testing seams: the same entry points the buttons use.
    void save();
    void testConnection(Vendor vendor);
    QString resultText(Vendor vendor) const;

Q_SIGNALS:
    void saved();
    void connectionTested(Vendor vendor, bool success);

private:
    struct VendorPage
    {
        QComboBox *environmentComboBox = nullptr;
        QLineEdit *baseUrlLineEdit = nullptr;
        QLineEdit *idLineEdit = nullptr;
        QLineEdit *secretLineEdit = nullptr;
        QPushButton *testConnectionButton = nullptr;
        QLabel *resultLabel = nullptr;
    };

    QWidget *buildPage(Vendor vendor);
    void updateUrlField(Vendor vendor);
    // The secret field says "unchanged" only when a secret is stored for the environment chosen
    // (this session's or the keychain's), "not set" when none is: asked of the stores each time
    // the environment changes.
    void updateSecretPlaceholder(Vendor vendor);
    EnvironmentKind selectedEnvironment(Vendor vendor) const;
    QUrl selectedBaseUrl(Vendor vendor) const;
    VendorCredential typedCredential(Vendor vendor) const;
    void writeCredentials(QList<Vendor> pending, CredentialStore *store);
    void finishSave();
    void showResult(Vendor vendor, const QString &text, bool good);

    QSettings *m_settings;
    CredentialStore *m_keychain;
    CredentialStore *m_sessionStore;
    ConnectionTester *m_tester;
    QUrl m_embeddedUrl;
    QHash<Vendor, VendorPage> m_pages;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    ReviewReasonsPage *m_reasonsPage = nullptr;
    WorkspaceSettingsPage *m_workspacePage = nullptr;
};
