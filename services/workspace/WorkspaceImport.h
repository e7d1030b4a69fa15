#pragma once

#include "Result.h"
#include "WorkspaceError.h"

#include <QCoreApplication>
#include <QString>

class AuditTrail;
class WorkspaceDatabase;

struct WorkspaceImportReport
{
    bool alreadyImported = false;
    int decisions = 0; // newly written (one the server already had is not counted)
    int decisionsLeft = 0; // undone or returned on the file: only in the moved trail
    int notes = 0;
    int auditRows = 0;
    int riskChecks = 0;
    qint64 sourceHeadSequence = 0;
    QString sourceHeadHash; // the last hash of the chain moved over
};

// Moves an analyst's workspace file over to the team server: its decisions, notes and risk checks,
// written in the importing analyst's database role (role/old-name), and its audit rows appended to the team's
// chain after one "import" row that names the old chain's last row and hash, each carrying its old
// sequence, hash, analyst and time. The old chain must verify first. Running it again moves only
// what the file gained since (the server knows the file's chain by its first row, and how far it
// was moved); decisions are kept by id and notes by change id, so nothing is written twice.
namespace WorkspaceImport {
Result<WorkspaceImportReport, WorkspaceError> run(WorkspaceDatabase &source, WorkspaceDatabase &team,
                                                  AuditTrail &teamTrail);
}
