#include "SettingsDialog.h"

#include "ConnectionTester.h"
#include "PaletteStyle.h"
#include "ReviewReasonsPage.h"
#include "ScreenFit.h"
#include "WorkspaceSettings.h"
#include "WorkspaceSettingsPage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

SettingsDialog::SettingsDialog(QSettings *settings, CredentialStore *keychain, CredentialStore *sessionStore,
                               ConnectionTester *tester, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_sessionStore(sessionStore)
    , m_tester(tester)
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Vendors and credentials"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"vendorTabWidget"_s);
    // Each page scrolls rather than making the dialog taller than a laptop's screen.
    const auto scrollable = [this](QWidget *page) {
        auto *scroll = new QScrollArea(this);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(page);
        return scroll;
    };
    for (Vendor v : VendorEnvironment::kVendors)
        tabs->addTab(scrollable(buildPage(v)), VendorEnvironment::vendorName(v));
    m_reasonsPage = new ReviewReasonsPage(*m_settings, this);
    m_reasonsPage->setObjectName(u"reviewReasonsPage"_s);
    tabs->addTab(scrollable(m_reasonsPage), tr("Review reasons"));
    m_workspacePage = new WorkspaceSettingsPage(
        *m_settings,
        m_settings->value(u"workspace/passwordKept"_s).toString()
            == WorkspaceSettings::passwordSecretName(WorkspaceSettings::load(*m_settings)),
        this);
    m_workspacePage->setObjectName(u"workspaceSettingsPage"_s);
    tabs->addTab(scrollable(m_workspacePage), tr("Workspace"));

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(u"settingsStatusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setText(
        tr("Secrets are kept in %1, never in a settings file. Leave a secret empty to keep the "
           "stored one.")
            .arg(m_keychain->description()));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"settingsButtonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_buttons);
    resize(620, 380);
    ScreenFit::fitToScreen(this);
}

QWidget *SettingsDialog::buildPage(Vendor vendor)
{
    const QString key = VendorEnvironment::vendorKey(vendor);
    auto *page = new QWidget(this);
    VendorPage p;
    p.environmentComboBox = new QComboBox(page);
    p.environmentComboBox->setObjectName(key + u"EnvironmentComboBox"_s);
    for (EnvironmentKind kind : VendorEnvironment::kEnvironments)
        p.environmentComboBox->addItem(VendorEnvironment::environmentName(kind), int(kind));
    p.baseUrlLineEdit = new QLineEdit(page);
    p.baseUrlLineEdit->setObjectName(key + u"BaseUrlLineEdit"_s);
    p.baseUrlLineEdit->setPlaceholderText(u"https://"_s);
    p.idLineEdit = new QLineEdit(page);
    p.idLineEdit->setObjectName(key + u"IdLineEdit"_s);
    p.secretLineEdit = new QLineEdit(page);
    p.secretLineEdit->setObjectName(key + u"SecretLineEdit"_s);
    p.secretLineEdit->setEchoMode(QLineEdit::Password);
    p.testConnectionButton = new QPushButton(tr("Test connection"), page);
    p.testConnectionButton->setObjectName(key + u"TestConnectionButton"_s);
    p.resultLabel = new QLabel(page);
    p.resultLabel->setObjectName(key + u"ResultLabel"_s);
    p.resultLabel->setWordWrap(true);

    p.environmentComboBox->setAccessibleDescription(
        tr("Which of the vendor's environments this desk works with"));
    p.baseUrlLineEdit->setAccessibleDescription(tr("The address of the vendor's API for that environment"));
    p.idLineEdit->setAccessibleDescription(tr("The first part of the credential, as the vendor issued it"));
    p.secretLineEdit->setAccessibleDescription(
        tr("Kept in the system keychain, never in the settings file; leave empty to keep the stored one"));
    p.testConnectionButton->setAccessibleDescription(tr("Sends one harmless request with these settings"));

    auto *form = new QFormLayout(page);
    form->addRow(tr("Environment:"), p.environmentComboBox);
    form->addRow(tr("Base URL:"), p.baseUrlLineEdit);
    if (VendorEnvironment::hasTwoPartCredential(vendor))
        form->addRow(VendorEnvironment::credentialIdLabel(vendor) + u':', p.idLineEdit);
    else
        p.idLineEdit->hide();
    form->addRow(VendorEnvironment::credentialSecretLabel(vendor) + u':', p.secretLineEdit);
    form->addRow(QString(), p.testConnectionButton);
    form->addRow(QString(), p.resultLabel);
    m_pages.insert(vendor, p);

    const VendorConnectionSettings stored = VendorConnectionSettings::load(*m_settings, vendor);
    p.environmentComboBox->setCurrentIndex(p.environmentComboBox->findData(int(stored.environment)));
    if (stored.environment == EnvironmentKind::Custom)
        p.baseUrlLineEdit->setText(stored.customUrl.toString());
    else if (stored.environment == EnvironmentKind::VendorSandbox && !stored.vendorSandboxUrl.isEmpty())
        p.baseUrlLineEdit->setText(stored.vendorSandboxUrl.toString());
    updateUrlField(vendor);
    connect(p.environmentComboBox, &QComboBox::currentIndexChanged, this,
            [this, vendor] { updateUrlField(vendor); });
    connect(p.testConnectionButton, &QPushButton::clicked, this, [this, vendor] { testConnection(vendor); });
    return page;
}

EnvironmentKind SettingsDialog::selectedEnvironment(Vendor vendor) const
{
    return EnvironmentKind(m_pages.value(vendor).environmentComboBox->currentData().toInt());
}

void SettingsDialog::updateUrlField(Vendor vendor)
{
    const VendorPage &p = m_pages[vendor];
    const EnvironmentKind kind = selectedEnvironment(vendor);
    const QUrl known = VendorEnvironment::knownBaseUrl(vendor, kind);
    const bool editable
        = kind == EnvironmentKind::Custom || (kind != EnvironmentKind::EmbeddedSandbox && known.isEmpty());
    p.baseUrlLineEdit->setReadOnly(!editable);
    if (kind == EnvironmentKind::EmbeddedSandbox)
        p.baseUrlLineEdit->setText(tr("(started by KYC Desk on this computer)"));
    else if (!known.isEmpty())
        p.baseUrlLineEdit->setText(known.toString());
    else if (!editable || p.baseUrlLineEdit->text().startsWith(u'('))
        p.baseUrlLineEdit->clear();
    const bool embedded = kind == EnvironmentKind::EmbeddedSandbox;
    p.idLineEdit->setEnabled(!embedded);
    p.secretLineEdit->setEnabled(!embedded);
    p.resultLabel->clear();
    updateSecretPlaceholder(vendor);
}

void SettingsDialog::updateSecretPlaceholder(Vendor vendor)
{
    QLineEdit *secret = m_pages[vendor].secretLineEdit;
    const EnvironmentKind kind = selectedEnvironment(vendor);
    if (kind == EnvironmentKind::EmbeddedSandbox) {
        secret->setPlaceholderText(tr("not needed for the embedded sandbox"));
        return;
    }
    secret->setPlaceholderText(QString()); // neither word until the stores have answered
    CredentialStore::readPreferringSession(
        m_sessionStore, m_keychain, vendor, kind, secret,
        [this, vendor, kind, secret](const Result<std::optional<VendorCredential>> &stored) {
            if (selectedEnvironment(vendor) != kind)
                return; // the analyst chose another environment meanwhile; its own answer follows
            if (!stored.ok())
                secret->setPlaceholderText(tr("unknown: the keychain could not be read"));
            else if (stored.value() && !stored.value()->secret.isEmpty())
                secret->setPlaceholderText(tr("unchanged"));
            else
                secret->setPlaceholderText(tr("not set"));
        });
}

QUrl SettingsDialog::selectedBaseUrl(Vendor vendor) const
{
    const EnvironmentKind kind = selectedEnvironment(vendor);
    if (kind == EnvironmentKind::EmbeddedSandbox)
        return m_embeddedUrl;
    return QUrl(m_pages.value(vendor).baseUrlLineEdit->text().trimmed(), QUrl::StrictMode);
}

VendorCredential SettingsDialog::typedCredential(Vendor vendor) const
{
    const VendorPage &p = m_pages[vendor];
    return { p.idLineEdit->text(), p.secretLineEdit->text() };
}

QString SettingsDialog::resultText(Vendor vendor) const
{
    return m_pages.value(vendor).resultLabel->text();
}

void SettingsDialog::showResult(Vendor vendor, const QString &text, bool good)
{
    QLabel *label = m_pages[vendor].resultLabel;
    label->setText(text);
    PaletteStyle::followTone(label, good ? StatusText::Tone::Good : StatusText::Tone::Bad);
}

void SettingsDialog::testConnection(Vendor vendor)
{
    const EnvironmentKind kind = selectedEnvironment(vendor);
    const QString urlText = kind == EnvironmentKind::EmbeddedSandbox
        ? m_embeddedUrl.toString()
        : m_pages[vendor].baseUrlLineEdit->text();
    if (const QString problem = VendorEnvironment::baseUrlProblem(urlText); !problem.isEmpty()) {
        showResult(vendor, problem, false);
        Q_EMIT connectionTested(vendor, false);
        return;
    }
    const QUrl url = selectedBaseUrl(vendor);
    const auto run = [this, vendor, url](const VendorCredential &credential) {
        showResult(vendor, tr("Testing…"), true);
        m_tester->test(vendor, url, credential, this, [this, vendor](const ConnectionTester::Report &report) {
            const bool ok = report.outcome == ConnectionTester::Outcome::Success;
            showResult(vendor, report.message, ok);
            Q_EMIT connectionTested(vendor, ok);
        });
    };
    if (kind == EnvironmentKind::EmbeddedSandbox) {
        run({ u"sandbox"_s, QString::fromUtf16(kEmbeddedSandboxToken) });
        return;
    }
    const VendorCredential typed = typedCredential(vendor);
    if (!typed.secret.isEmpty()) {
        if (const auto invalid = CredentialStore::validate(vendor, typed)) {
            showResult(vendor, invalid->message, false);
            Q_EMIT connectionTested(vendor, false);
            return;
        }
        run(typed);
        return;
    }
    // Nothing typed: test what is stored (session first, then keychain).
    CredentialStore::readPreferringSession(
        m_sessionStore, m_keychain, vendor, kind, this,
        [this, vendor, run](const Result<std::optional<VendorCredential>> &stored) {
            if (!stored.ok() || !stored.value()) {
                showResult(vendor,
                           stored.ok() ? tr("No credentials are stored for this environment yet.")
                                       : tr("The keychain could not be read: %1").arg(stored.error().message),
                           false);
                Q_EMIT connectionTested(vendor, false);
                return;
            }
            run(*stored.value());
        });
}

void SettingsDialog::save()
{
    // Check everything before writing anything, so a bad field never leaves half a save.
    if (const auto problem = m_workspacePage->problem()) {
        m_statusLabel->setText(tr("Workspace: %1").arg(*problem));
        return;
    }
    QList<Vendor> withCredentials;
    for (Vendor v : VendorEnvironment::kVendors) {
        const EnvironmentKind kind = selectedEnvironment(v);
        if (kind == EnvironmentKind::Custom
            || (kind == EnvironmentKind::VendorSandbox
                && VendorEnvironment::knownBaseUrl(v, kind).isEmpty())) {
            const QString problem = VendorEnvironment::baseUrlProblem(m_pages[v].baseUrlLineEdit->text());
            if (!problem.isEmpty()) {
                showResult(v, problem, false);
                m_statusLabel->setText(tr("%1: %2").arg(VendorEnvironment::vendorName(v), problem));
                return;
            }
        }
        const VendorCredential typed = typedCredential(v);
        if (kind != EnvironmentKind::EmbeddedSandbox && (!typed.secret.isEmpty() || !typed.id.isEmpty())) {
            if (const auto invalid = CredentialStore::validate(v, typed)) {
                showResult(v, invalid->message, false);
                m_statusLabel->setText(tr("%1: %2").arg(VendorEnvironment::vendorName(v), invalid->message));
                return;
            }
            withCredentials.append(v);
        }
    }
    writeCredentials(withCredentials, m_keychain);
}

void SettingsDialog::finishSave()
{
    const auto done = [this] {
        const QString before = WorkspaceSettings::load(*m_settings).displayText();
        WorkspaceSettings::save(*m_settings, m_workspacePage->location());
        m_settings->sync();
        if (WorkspaceSettings::load(*m_settings).displayText() != before)
            QMessageBox::information(this, tr("Workspace"),
                                     tr("KYC Desk opens the chosen workspace at its next start."));
        Q_EMIT saved();
        accept();
    };
    const QString password = m_workspacePage->typedPassword();
    if (!m_workspacePage->isTeamServer() || password.isEmpty()) {
        done();
        return;
    }
    // The team server's password is kept in the keychain or not at all: never in a file.
    m_keychain->writeSecret(
        WorkspaceSettings::passwordSecretName(m_workspacePage->location()), password.toUtf8(), this,
        [this, done](const std::optional<ApiError> &error) {
            if (error) {
                m_statusLabel->setText(tr("Workspace: the password could not be kept in the keychain (%1); "
                                          "nothing was changed.")
                                           .arg(error->message));
                return;
            }
            m_workspacePage->clearPassword();
            m_settings->setValue(u"workspace/passwordKept"_s,
                                 WorkspaceSettings::passwordSecretName(m_workspacePage->location()));
            done();
        });
}

void SettingsDialog::writeCredentials(QList<Vendor> pending, CredentialStore *store)
{
    if (pending.isEmpty()) {
        for (Vendor v : VendorEnvironment::kVendors) {
            VendorConnectionSettings s = VendorConnectionSettings::load(*m_settings, v);
            s.environment = selectedEnvironment(v);
            if (s.environment == EnvironmentKind::Custom)
                s.customUrl = selectedBaseUrl(v);
            else if (s.environment == EnvironmentKind::VendorSandbox
                     && VendorEnvironment::knownBaseUrl(v, s.environment).isEmpty())
                s.vendorSandboxUrl = selectedBaseUrl(v);
            s.save(*m_settings, v);
        }
        m_reasonsPage->save(*m_settings);
        finishSave();
        return;
    }
    const Vendor vendor = pending.takeFirst();
    store->write(
        vendor, selectedEnvironment(vendor), typedCredential(vendor), this,
        [this, vendor, pending, store](const std::optional<ApiError> &error) {
            if (!error) {
                m_pages[vendor].secretLineEdit->clear();
                m_pages[vendor].secretLineEdit->setPlaceholderText(tr("unchanged"));
                writeCredentials(pending, store);
                return;
            }
            if (store == m_keychain) {
                const auto choice = QMessageBox::question(
                    this, tr("Keychain unavailable"),
                    tr("The credentials could not be saved in the OS keychain:\n%1\n\nKeep them for this "
                       "session only? They will not be written anywhere and are gone when KYC Desk "
                       "closes.")
                        .arg(error->message),
                    QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
                if (choice == QMessageBox::Yes) {
                    QList<Vendor> retry = pending;
                    retry.prepend(vendor);
                    writeCredentials(retry, m_sessionStore);
                    return;
                }
            }
            showResult(vendor, tr("Not saved: %1").arg(error->message), false);
            m_statusLabel->setText(tr("Nothing was changed for %1; the previous credentials are kept.")
                                       .arg(VendorEnvironment::vendorName(vendor)));
        });
}
