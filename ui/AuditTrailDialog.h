#pragma once

#include "ReviewTypes.h"

#include <QDialog>

class AuditTableModel;
class AuditTrail;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeView;

// The audit view: every analyst action and vendor request the workspace recorded, filtered by
// customer, analyst, action and date; "Verify chain" checks the hashes of the whole trail and names
// the first broken row; "Export…" writes what is shown (CSV or JSON Lines, with the hashes), and the
// export is itself audited.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    AuditTrailDialog(AuditTrail *audit, QWidget *parent = nullptr);

    void setCustomerFilter(const QString &customerId);
    AuditFilter filter() const;
    // Writes the rows shown to `path` (format from its suffix) and audits the export; false with
    // the reason shown in the dialog when it cannot.
    bool exportTo(const QString &path);
    // Checks the chain and shows the verdict; true when it holds.
    bool verifyChain();
    AuditTableModel *model() const { return m_model; }

private:
    void reload();
    void chooseExportFile();

    AuditTrail *m_audit;
    AuditTableModel *m_model;
    QLineEdit *m_customerLineEdit;
    QLineEdit *m_analystLineEdit;
    QComboBox *m_actionComboBox;
    QCheckBox *m_sinceCheckBox;
    QDateEdit *m_sinceDateEdit;
    QTreeView *m_treeView;
    QLabel *m_statusLabel;
};
