#include "WorkspaceSettingsPage.h"

#include "WorkspaceSettings.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

WorkspaceSettingsPage::WorkspaceSettingsPage(const QSettings &settings, bool passwordStored, QWidget *parent)
    : QWidget(parent)
    , m_thisComputerRadioButton(new QRadioButton(tr("&This computer"), this))
    , m_teamServerRadioButton(new QRadioButton(tr("Team &server (PostgreSQL)"), this))
    , m_hostLineEdit(new QLineEdit(this))
    , m_portSpinBox(new QSpinBox(this))
    , m_databaseLineEdit(new QLineEdit(this))
    , m_userLineEdit(new QLineEdit(this))
    , m_passwordLineEdit(new QLineEdit(this))
    , m_rootCertificateLineEdit(new QLineEdit(this))
    , m_tlsLabel(new QLabel(this))
    , m_serverFields(new QWidget(this))
{
    m_thisComputerRadioButton->setObjectName(u"thisComputerRadioButton"_s);
    m_teamServerRadioButton->setObjectName(u"teamServerRadioButton"_s);
    m_hostLineEdit->setObjectName(u"teamHostLineEdit"_s);
    m_portSpinBox->setObjectName(u"teamPortSpinBox"_s);
    m_databaseLineEdit->setObjectName(u"teamDatabaseLineEdit"_s);
    m_userLineEdit->setObjectName(u"teamUserLineEdit"_s);
    m_passwordLineEdit->setObjectName(u"teamPasswordLineEdit"_s);
    m_rootCertificateLineEdit->setObjectName(u"teamRootCertificateLineEdit"_s);
    m_tlsLabel->setObjectName(u"teamTlsLabel"_s);
    m_thisComputerRadioButton->setToolTip(
        tr("Decisions, notes and the audit trail in a file only you can read"));
    m_teamServerRadioButton->setToolTip(
        tr("One queue, claims, four eyes and one audit trail shared by the team's analysts"));
    m_hostLineEdit->setAccessibleDescription(
        tr("The PostgreSQL server's name or address, or a socket folder"));
    m_portSpinBox->setAccessibleDescription(tr("The PostgreSQL server's port, 5432 unless told otherwise"));
    m_databaseLineEdit->setAccessibleDescription(tr("The team's database on that server"));
    m_userLineEdit->setAccessibleDescription(tr("Your PostgreSQL user name"));
    m_passwordLineEdit->setAccessibleDescription(
        tr("Kept in the system keychain; leave empty to keep the stored one"));
    m_rootCertificateLineEdit->setAccessibleDescription(
        tr("The certificate authority file that signed the server's certificate"));
    m_portSpinBox->setRange(1, 65535);
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);
    m_passwordLineEdit->setPlaceholderText(passwordStored ? tr("unchanged (kept in the keychain)")
                                                          : tr("none stored"));
    m_hostLineEdit->setPlaceholderText(tr("db.example.com, or a socket folder such as /run/postgresql"));
    m_rootCertificateLineEdit->setPlaceholderText(tr("~/.postgresql/root.crt"));
    m_tlsLabel->setWordWrap(true);

    const WorkspaceLocation saved = WorkspaceSettings::load(settings);
    (saved.isTeamServer() ? m_teamServerRadioButton : m_thisComputerRadioButton)->setChecked(true);
    m_hostLineEdit->setText(settings.value(u"workspace/host"_s).toString());
    m_portSpinBox->setValue(settings.value(u"workspace/port"_s, 5432).toInt());
    m_databaseLineEdit->setText(settings.value(u"workspace/database"_s, u"kycdesk"_s).toString());
    m_userLineEdit->setText(settings.value(u"workspace/user"_s).toString());
    m_rootCertificateLineEdit->setText(settings.value(u"workspace/sslRootCertificate"_s).toString());

    auto *form = new QFormLayout(m_serverFields);
    form->addRow(tr("&Host:"), m_hostLineEdit);
    form->addRow(tr("&Port:"), m_portSpinBox);
    form->addRow(tr("&Database:"), m_databaseLineEdit);
    form->addRow(tr("&User:"), m_userLineEdit);
    form->addRow(tr("Pass&word:"), m_passwordLineEdit);
    form->addRow(tr("CA &certificate:"), m_rootCertificateLineEdit);
    form->addRow(m_tlsLabel);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Where decisions, notes and the audit trail are kept. KYC Desk opens the "
                                "chosen workspace at its next start."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_thisComputerRadioButton);
    layout->addWidget(m_teamServerRadioButton);
    layout->addWidget(m_serverFields);
    layout->addStretch(1);

    connect(m_teamServerRadioButton, &QRadioButton::toggled, this, &WorkspaceSettingsPage::updateFields);
    connect(m_hostLineEdit, &QLineEdit::textChanged, this, &WorkspaceSettingsPage::updateFields);
    updateFields();
}

bool WorkspaceSettingsPage::isTeamServer() const
{
    return m_teamServerRadioButton->isChecked();
}

void WorkspaceSettingsPage::updateFields()
{
    m_serverFields->setEnabled(isTeamServer());
    WorkspaceLocation probe;
    probe.host = m_hostLineEdit->text().trimmed();
    m_tlsLabel->setText(probe.host.isEmpty() || probe.isThisComputer()
                            ? tr("A server on this computer may be reached without TLS.")
                            : tr("A server on another computer is reached only over TLS that checks its "
                                 "certificate and name (verify-full)."));
}

Result<WorkspaceLocation, WorkspaceError> WorkspaceSettingsPage::typedServer() const
{
    return WorkspaceLocation::teamServer(m_hostLineEdit->text(), m_portSpinBox->value(),
                                         m_databaseLineEdit->text(), m_userLineEdit->text(),
                                         m_rootCertificateLineEdit->text());
}

std::optional<QString> WorkspaceSettingsPage::problem() const
{
    if (!isTeamServer())
        return std::nullopt;
    const auto checked = typedServer();
    return checked ? std::nullopt : std::optional(checked.error().message);
}

WorkspaceLocation WorkspaceSettingsPage::location() const
{
    const auto checked = isTeamServer() ? typedServer() : WorkspaceLocation::localFile(QString());
    return checked ? checked.value() : WorkspaceLocation::localFile(QString());
}

QString WorkspaceSettingsPage::typedPassword() const
{
    return m_passwordLineEdit->text();
}

void WorkspaceSettingsPage::clearPassword()
{
    m_passwordLineEdit->clear();
}
