#pragma once

#include "WorkspaceLocation.h"

#include <optional>
#include <QWidget>

class QLabel;
class QLineEdit;
class QRadioButton;
class QSettings;
class QSpinBox;

// Settings → Workspace: where decisions, notes and the audit trail are kept. "This computer" (the
// analyst's own file, nothing to set up) or "Team server" (PostgreSQL: host, port, database, user;
// the password goes to the OS keychain; a server elsewhere is reached only with verified TLS). The
// desk opens the chosen workspace at its next start.
class WorkspaceSettingsPage : public QWidget
{
    Q_OBJECT

public:
    WorkspaceSettingsPage(const QSettings &settings, bool passwordStored, QWidget *parent = nullptr);

    bool isTeamServer() const;
    // What is wrong with the fields, in a sentence; nothing when they can be saved.
    std::optional<QString> problem() const;
    // The chosen workspace; only meaningful when problem() is empty.
    WorkspaceLocation location() const;
    QString typedPassword() const;
    void clearPassword();

private:
    void updateFields();
    Result<WorkspaceLocation, WorkspaceError> typedServer() const;

    QRadioButton *m_thisComputerRadioButton;
    QRadioButton *m_teamServerRadioButton;
    QLineEdit *m_hostLineEdit;
    QSpinBox *m_portSpinBox;
    QLineEdit *m_databaseLineEdit;
    QLineEdit *m_userLineEdit;
    QLineEdit *m_passwordLineEdit;
    QLineEdit *m_rootCertificateLineEdit;
    QLabel *m_tlsLabel;
    QWidget *m_serverFields;
};
