#pragma once

// The workspace a review command works on (shared/interfaces.md): --workspace FILE, else the app's
// own workspace.sqlite. The analyst is the OS user. Check isReady() first; problem() is the one
// line to fail with otherwise (a damaged or newer-schema file is reported, never overwritten).

#include <memory>
#include <QString>

class AuditTrail;
class QCommandLineParser;
class ReviewStore;
class WorkspaceDatabase;

class WorkspaceSession
{
public:
    explicit WorkspaceSession(const QCommandLineParser &parser);
    ~WorkspaceSession();
    WorkspaceSession(const WorkspaceSession &) = delete;
    WorkspaceSession &operator=(const WorkspaceSession &) = delete;

    bool isReady() const { return m_review != nullptr; }
    const QString &problem() const { return m_problem; }
    AuditTrail *audit() const { return m_audit.get(); }
    ReviewStore *review() const { return m_review.get(); }

private:
    std::unique_ptr<WorkspaceDatabase> m_database;
    std::unique_ptr<AuditTrail> m_audit;
    std::unique_ptr<ReviewStore> m_review;
    QString m_problem;
};
