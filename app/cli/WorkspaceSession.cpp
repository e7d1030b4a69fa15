#include "WorkspaceSession.h"

#include "AnalystName.h"
#include "AuditTrail.h"
#include "CliSupport.h"
#include "ReviewReasons.h"
#include "ReviewStore.h"
#include "WorkspaceDatabase.h"

#include <QCommandLineParser>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

WorkspaceSession::WorkspaceSession(const QCommandLineParser &parser)
{
    const QString location = parser.isSet(u"workspace"_s) ? parser.value(u"workspace"_s).trimmed()
                                                          : WorkspaceDatabase::defaultPath();
    if (location.isEmpty()) {
        m_problem = cli::tr("--workspace needs a file");
        return;
    }
    if (location.startsWith(u"postgresql://"_s) || location.startsWith(u"postgres://"_s)) {
        m_problem = cli::tr("a PostgreSQL workspace is not supported by this version; use a workspace file");
        return;
    }
    m_database = std::make_unique<WorkspaceDatabase>(location);
    if (!m_database->isOpen()) {
        m_problem = m_database->error()->message;
        return;
    }
    m_audit = std::make_unique<AuditTrail>(m_database.get(), currentAnalystName());
    m_review = std::make_unique<ReviewStore>(m_database.get(), m_audit.get());
    // The app's settings file (the CLI shares its name): the team's list of reasons.
    m_review->setKnownReasons([](CaseDecisionKind kind) { return ReviewReasons::load(QSettings(), kind); });
}

WorkspaceSession::~WorkspaceSession() = default;
