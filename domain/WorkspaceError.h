#pragma once

#include <QString>

// What went wrong with the analyst's workspace (the local database of decisions, notes and the
// audit trail), as a value; message() is one sentence an analyst can act on.
struct WorkspaceError
{
    enum class Kind {
        Unavailable, // the file or its folder cannot be opened or made private
        Corrupt, // not a database, or one that fails its integrity check; a backup copy was made
        NewerSchema, // written by a newer KYC Desk: left untouched
        Storage, // a statement failed (disk full, locked past the busy timeout, ...)
        InvalidInput, // an empty reason, an unknown decision, ...
        NotFound,
    };

    Kind kind = Kind::Storage;
    QString message;
    QString backupPath; // Corrupt: where the copy of the damaged file is

    static WorkspaceError make(Kind kind, QString message, QString backupPath = {})
    {
        return WorkspaceError { kind, std::move(message), std::move(backupPath) };
    }
};
