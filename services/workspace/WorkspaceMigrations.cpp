#include "WorkspaceMigrations.h"

using namespace Qt::Literals::StringLiterals;

// Migration N brings the schema from version N - 1 to N. Never edit one that has shipped: add
// the next. The guards make an accidental UPDATE or DELETE of the audit trail fail; they do not
// stop someone who drops them, which is what the hash chain is for.
const QList<QStringList> &WorkspaceMigrations::localFile()
{
    static const QList<QStringList> all {
        {
            u"CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, recorded_at TEXT NOT NULL, "
            "analyst TEXT NOT NULL, action TEXT NOT NULL, customer_id TEXT NOT NULL, detail TEXT NOT NULL, "
            "previous_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
            u"CREATE INDEX audit_log_customer ON audit_log(customer_id, seq)"_s,
            u"CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
            u"CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
            "BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"_s,
            u"CREATE TABLE case_decisions (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, "
            "decision TEXT NOT NULL, reason TEXT NOT NULL, comment TEXT NOT NULL, analyst TEXT NOT NULL, "
            "decided_at TEXT NOT NULL, undone_at TEXT)"_s,
            u"CREATE INDEX case_decisions_customer ON case_decisions(customer_id, decided_at)"_s,
            u"CREATE TABLE customer_notes (id INTEGER PRIMARY KEY AUTOINCREMENT, customer_id TEXT NOT NULL, "
            "author TEXT NOT NULL, written_at TEXT NOT NULL, text TEXT NOT NULL)"_s,
            u"CREATE INDEX customer_notes_customer ON customer_notes(customer_id, id)"_s,
        },
        {
            // Decisions and notes are kept like the trail: a note never changes, a decision only
            // gets its undo time, once; nothing is deleted.
            u"CREATE TRIGGER customer_notes_no_update BEFORE UPDATE ON customer_notes "
            "BEGIN SELECT RAISE(ABORT, 'notes are kept as written'); END"_s,
            u"CREATE TRIGGER customer_notes_no_delete BEFORE DELETE ON customer_notes "
            "BEGIN SELECT RAISE(ABORT, 'notes are kept as written'); END"_s,
            u"CREATE TRIGGER case_decisions_only_undo BEFORE UPDATE ON case_decisions "
            "WHEN OLD.undone_at IS NOT NULL OR NEW.undone_at IS NULL OR NEW.id IS NOT OLD.id "
            "OR NEW.customer_id IS NOT OLD.customer_id OR NEW.decision IS NOT OLD.decision "
            "OR NEW.reason IS NOT OLD.reason OR NEW.comment IS NOT OLD.comment "
            "OR NEW.analyst IS NOT OLD.analyst OR NEW.decided_at IS NOT OLD.decided_at "
            "BEGIN SELECT RAISE(ABORT, 'a decision is only ever marked undone'); END"_s,
            u"CREATE TRIGGER case_decisions_no_delete BEFORE DELETE ON case_decisions "
            "BEGIN SELECT RAISE(ABORT, 'a decision is only ever marked undone'); END"_s,
        },
        {
            // Sardine feedback waiting to be sent: written with the decision, so a crash between
            // the two loses neither. Once sent, cancelled or refused a row is kept as it was.
            u"CREATE TABLE sardine_feedback (id TEXT PRIMARY KEY, decision_id TEXT NOT NULL, "
            "customer_id TEXT NOT NULL, session_key TEXT NOT NULL, environment TEXT NOT NULL, "
            "status TEXT NOT NULL, reason TEXT NOT NULL, decided_at TEXT NOT NULL, queued_at TEXT NOT NULL, "
            "not_before TEXT NOT NULL, sent_at TEXT, cancelled_at TEXT, refused_at TEXT, "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '')"_s,
            u"CREATE INDEX sardine_feedback_customer ON sardine_feedback(customer_id, queued_at)"_s,
            u"CREATE INDEX sardine_feedback_decision ON sardine_feedback(decision_id)"_s,
            u"CREATE TRIGGER sardine_feedback_settled BEFORE UPDATE ON sardine_feedback "
            "WHEN OLD.sent_at IS NOT NULL OR OLD.cancelled_at IS NOT NULL OR OLD.refused_at IS NOT NULL "
            "OR NEW.id IS NOT OLD.id OR NEW.decision_id IS NOT OLD.decision_id "
            "OR NEW.customer_id IS NOT OLD.customer_id OR NEW.session_key IS NOT OLD.session_key "
            "OR NEW.environment IS NOT OLD.environment OR NEW.status IS NOT OLD.status "
            "OR NEW.reason IS NOT OLD.reason OR NEW.decided_at IS NOT OLD.decided_at "
            "OR NEW.queued_at IS NOT OLD.queued_at "
            "BEGIN SELECT RAISE(ABORT, 'feedback that has gone is kept as it went'); END"_s,
            u"CREATE TRIGGER sardine_feedback_no_delete BEFORE DELETE ON sardine_feedback "
            "BEGIN SELECT RAISE(ABORT, 'feedback is kept'); END"_s,
        },
        {
            // The last listing and the customers last opened, per Sphere environment, shown at the
            // next start and while Sphere cannot be reached. A copy, replaced at each fetch.
            u"CREATE TABLE kept_customers (environment TEXT NOT NULL, id TEXT NOT NULL, kept_at TEXT NOT "
            u"NULL, "
            "body TEXT NOT NULL, PRIMARY KEY (environment, id))"_s,
            u"CREATE TABLE kept_books (environment TEXT PRIMARY KEY, kept_at TEXT NOT NULL, "
            "row_count INTEGER NOT NULL, snapshot BLOB NOT NULL)"_s,
        },
        {
            // Who is working which customer (kycdesk-cli queue next / release): one claim a customer.
            u"CREATE TABLE queue_claims (customer_id TEXT PRIMARY KEY, analyst TEXT NOT NULL, "
            "claimed_at TEXT NOT NULL)"_s,
        },
        {
            // The Yativo record an analyst confirmed is this customer, as Yativo sent it then.
            u"CREATE TABLE yativo_links (customer_id TEXT PRIMARY KEY, yativo_id TEXT NOT NULL, "
            "linked_by TEXT NOT NULL, linked_at TEXT NOT NULL, record TEXT NOT NULL)"_s,
        },
        {
            // Team work: claims expire unless renewed (the ones made before do not); a decision may
            // wait for a second analyst, who confirms or returns it, once; a note carries the id of
            // the change that wrote it, so a replayed change is not written twice; the team's
            // settings; the workspaces imported, by the head of their chain.
            u"ALTER TABLE queue_claims ADD COLUMN expires_at TEXT NOT NULL DEFAULT '9999-12-31T23:59:59.999Z'"_s,
            u"ALTER TABLE case_decisions ADD COLUMN state TEXT NOT NULL DEFAULT 'final'"_s,
            u"ALTER TABLE case_decisions ADD COLUMN second_analyst TEXT"_s,
            u"ALTER TABLE case_decisions ADD COLUMN second_at TEXT"_s,
            u"ALTER TABLE case_decisions ADD COLUMN second_reason TEXT"_s,
            u"ALTER TABLE customer_notes ADD COLUMN change_id TEXT"_s,
            u"ALTER TABLE sardine_feedback ADD COLUMN queued_by TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE UNIQUE INDEX customer_notes_change ON customer_notes(change_id)"_s,
            u"DROP TRIGGER case_decisions_only_undo"_s,
            u"CREATE TRIGGER case_decisions_guarded BEFORE UPDATE ON case_decisions WHEN NOT ("
            "NEW.id IS OLD.id AND NEW.customer_id IS OLD.customer_id AND NEW.decision IS OLD.decision "
            "AND NEW.reason IS OLD.reason AND NEW.comment IS OLD.comment AND NEW.analyst IS OLD.analyst "
            "AND NEW.decided_at IS OLD.decided_at AND ("
            "(OLD.undone_at IS NULL AND NEW.undone_at IS NOT NULL AND NEW.state IS OLD.state "
            "AND NEW.second_analyst IS OLD.second_analyst AND NEW.second_at IS OLD.second_at "
            "AND NEW.second_reason IS OLD.second_reason) "
            "OR (OLD.state = 'awaiting-second' AND NEW.state IN ('confirmed', 'returned') "
            "AND OLD.undone_at IS NULL AND NEW.undone_at IS NULL AND OLD.second_analyst IS NULL "
            "AND NEW.second_analyst IS NOT NULL AND NEW.second_analyst <> OLD.analyst "
            "AND NEW.second_at IS NOT NULL AND NEW.second_reason IS NOT NULL))) "
            "BEGIN SELECT RAISE(ABORT, 'a decision is only ever marked undone, or confirmed or "
            "returned once by another analyst'); END"_s,
            u"CREATE TRIGGER case_decisions_first_hand BEFORE INSERT ON case_decisions "
            "WHEN NEW.second_analyst IS NOT NULL OR NEW.state NOT IN ('final', 'awaiting-second') "
            "BEGIN SELECT RAISE(ABORT, 'a decision starts final or awaiting a second analyst'); END"_s,
            u"CREATE TABLE team_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            // One analyst on this computer has no second pair of eyes: no rule until one is set.
            u"INSERT INTO team_settings (key, value) VALUES ('four-eyes', '')"_s,
            u"CREATE TABLE workspace_imports (id INTEGER PRIMARY KEY, source_head TEXT NOT NULL, source TEXT "
            u"NOT NULL, "
            "imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, rows INTEGER NOT NULL, "
            "source_chain TEXT NOT NULL, source_last_seq INTEGER NOT NULL, source_last_check INTEGER NOT NULL)"_s,
        },
        {
            // The kept listing by chunks of rows, each compressed on its own (CustomerRowSnapshot
            // version 3) and written as it comes; kept_books.snapshot then holds their header and
            // `generation` names the listing's chunks, so that the one kept stays whole until its
            // successor is. A million rows in one value were 66 MB that the database copied whole,
            // on top of the app's own copy, in one write of half a second.
            u"CREATE TABLE kept_book_chunks (environment TEXT NOT NULL, generation TEXT NOT NULL, "
            "chunk INTEGER NOT NULL, row_count INTEGER NOT NULL, bytes BLOB NOT NULL, "
            "PRIMARY KEY (environment, generation, chunk))"_s,
            u"ALTER TABLE kept_books ADD COLUMN generation TEXT NOT NULL DEFAULT ''"_s,
        },
    };
    return all;
}

// The same versions for the team's server. Guards are PL/pgSQL triggers; version 7 also creates
// the team's roles, their grants and row-level policies, writes each row in the name of the
// database role that writes it, and tells every desk what changed (NOTIFY kycdesk_workspace).
const QList<QStringList> &WorkspaceMigrations::teamServer()
{
    static const QList<QStringList> all {
        {
            u"CREATE FUNCTION kycdesk_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION '%', TG_ARGV[0]; END $$"_s,
            u"CREATE TABLE audit_log (seq BIGINT PRIMARY KEY, recorded_at TEXT NOT NULL, "
            "analyst TEXT NOT NULL, action TEXT NOT NULL, customer_id TEXT NOT NULL, detail TEXT NOT NULL, "
            "previous_hash TEXT NOT NULL, hash TEXT NOT NULL)"_s,
            u"CREATE INDEX audit_log_customer ON audit_log(customer_id, seq)"_s,
            u"CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_refuse('the audit trail is append-only')"_s,
            u"CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
            "EXECUTE FUNCTION kycdesk_refuse('the audit trail is append-only')"_s,
            u"CREATE TABLE case_decisions (id TEXT PRIMARY KEY, customer_id TEXT NOT NULL, "
            "decision TEXT NOT NULL, reason TEXT NOT NULL, comment TEXT NOT NULL, analyst TEXT NOT NULL, "
            "decided_at TEXT NOT NULL, undone_at TEXT, entry BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE)"_s,
            u"CREATE INDEX case_decisions_customer ON case_decisions(customer_id, decided_at)"_s,
            u"CREATE TABLE customer_notes (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
            "customer_id TEXT NOT NULL, author TEXT NOT NULL, written_at TEXT NOT NULL, text TEXT NOT NULL)"_s,
            u"CREATE INDEX customer_notes_customer ON customer_notes(customer_id, id)"_s,
        },
        {
            u"CREATE TRIGGER customer_notes_no_change BEFORE UPDATE OR DELETE ON customer_notes FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_refuse('notes are kept as written')"_s,
            u"CREATE FUNCTION kycdesk_decision_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'UPDATE' AND OLD.undone_at IS NULL AND NEW.undone_at IS NOT NULL "
            "AND (NEW.id, NEW.customer_id, NEW.decision, NEW.reason, NEW.comment, NEW.analyst, "
            "NEW.decided_at) "
            "IS NOT DISTINCT FROM (OLD.id, OLD.customer_id, OLD.decision, OLD.reason, OLD.comment, "
            "OLD.analyst, OLD.decided_at) THEN RETURN NEW; END IF; "
            "RAISE EXCEPTION 'a decision is only ever marked undone'; END $$"_s,
            u"CREATE TRIGGER case_decisions_guarded BEFORE UPDATE OR DELETE ON case_decisions FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_decision_guard()"_s,
        },
        {
            u"CREATE TABLE sardine_feedback (id TEXT PRIMARY KEY, decision_id TEXT NOT NULL, "
            "customer_id TEXT NOT NULL, session_key TEXT NOT NULL, environment TEXT NOT NULL, "
            "status TEXT NOT NULL, reason TEXT NOT NULL, decided_at TEXT NOT NULL, queued_at TEXT NOT NULL, "
            "not_before TEXT NOT NULL, sent_at TEXT, cancelled_at TEXT, refused_at TEXT, "
            "attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT NOT NULL DEFAULT '', "
            "entry BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE)"_s,
            u"CREATE INDEX sardine_feedback_customer ON sardine_feedback(customer_id, queued_at)"_s,
            u"CREATE INDEX sardine_feedback_decision ON sardine_feedback(decision_id)"_s,
            u"CREATE FUNCTION kycdesk_feedback_guard() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF TG_OP = 'UPDATE' AND OLD.sent_at IS NULL AND OLD.cancelled_at IS NULL AND OLD.refused_at IS "
            "NULL "
            "AND (NEW.id, NEW.decision_id, NEW.customer_id, NEW.session_key, NEW.environment, NEW.status, "
            "NEW.reason, NEW.decided_at, NEW.queued_at) IS NOT DISTINCT FROM (OLD.id, OLD.decision_id, "
            "OLD.customer_id, OLD.session_key, OLD.environment, OLD.status, OLD.reason, OLD.decided_at, "
            "OLD.queued_at) THEN RETURN NEW; END IF; "
            "RAISE EXCEPTION 'feedback that has gone is kept as it went'; END $$"_s,
            u"CREATE TRIGGER sardine_feedback_guarded BEFORE UPDATE OR DELETE ON sardine_feedback FOR EACH "
            u"ROW "
            "EXECUTE FUNCTION kycdesk_feedback_guard()"_s,
        },
        {
            u"CREATE TABLE kept_customers (environment TEXT NOT NULL, id TEXT NOT NULL, kept_at TEXT NOT "
            u"NULL, "
            "body TEXT NOT NULL, PRIMARY KEY (environment, id))"_s,
            u"CREATE TABLE kept_books (environment TEXT PRIMARY KEY, kept_at TEXT NOT NULL, "
            "row_count INTEGER NOT NULL, snapshot BYTEA NOT NULL)"_s,
        },
        {
            u"CREATE TABLE queue_claims (customer_id TEXT PRIMARY KEY, analyst TEXT NOT NULL, "
            "claimed_at TEXT NOT NULL, entry BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE)"_s,
        },
        {
            u"CREATE TABLE yativo_links (customer_id TEXT PRIMARY KEY, yativo_id TEXT NOT NULL, "
            "linked_by TEXT NOT NULL, linked_at TEXT NOT NULL, record TEXT NOT NULL)"_s,
        },
        {
            u"ALTER TABLE queue_claims ADD COLUMN expires_at TEXT NOT NULL DEFAULT '9999-12-31T23:59:59.999Z'"_s,
            u"ALTER TABLE case_decisions ADD COLUMN state TEXT NOT NULL DEFAULT 'final', "
            "ADD COLUMN second_analyst TEXT, ADD COLUMN second_at TEXT, ADD COLUMN second_reason TEXT, "
            "ADD CONSTRAINT case_decisions_two_people CHECK (second_analyst IS NULL "
            "OR split_part(second_analyst, '/', 1) <> split_part(analyst, '/', 1)), "
            "ADD CONSTRAINT case_decisions_first_hand CHECK (state IN ('final', 'awaiting-second', "
            "'confirmed', 'returned') AND (state IN ('confirmed', 'returned')) = (second_analyst IS NOT NULL))"_s,
            u"ALTER TABLE customer_notes ADD COLUMN change_id TEXT UNIQUE"_s,
            u"ALTER TABLE sardine_feedback ADD COLUMN queued_by TEXT NOT NULL DEFAULT ''"_s,
            u"CREATE OR REPLACE FUNCTION kycdesk_decision_guard() RETURNS trigger LANGUAGE plpgsql AS $$ "
            u"BEGIN "
            "IF TG_OP = 'UPDATE' AND (NEW.id, NEW.customer_id, NEW.decision, NEW.reason, NEW.comment, "
            "NEW.analyst, NEW.decided_at) IS NOT DISTINCT FROM (OLD.id, OLD.customer_id, OLD.decision, "
            "OLD.reason, OLD.comment, OLD.analyst, OLD.decided_at) THEN "
            "IF OLD.undone_at IS NULL AND NEW.undone_at IS NOT NULL AND (NEW.state, NEW.second_analyst, "
            "NEW.second_at, NEW.second_reason) IS NOT DISTINCT FROM (OLD.state, OLD.second_analyst, "
            "OLD.second_at, OLD.second_reason) THEN "
            "IF split_part(OLD.analyst, '/', 1) IS DISTINCT FROM session_user::text THEN "
            "RAISE EXCEPTION 'only the analyst who made a decision undoes it'; END IF; "
            "RETURN NEW; END IF; "
            "IF OLD.state = 'awaiting-second' AND NEW.state IN ('confirmed', 'returned') "
            "AND OLD.undone_at IS NULL AND NEW.undone_at IS NULL AND OLD.second_analyst IS NULL "
            "AND NEW.second_at IS NOT NULL AND NEW.second_reason IS NOT NULL THEN "
            "IF NOT pg_has_role(session_user, 'kycdesk_senior', 'MEMBER') THEN "
            "RAISE EXCEPTION 'only a senior analyst confirms or returns a decision awaiting a second "
            "analyst'; "
            "END IF; RETURN NEW; END IF; END IF; "
            "RAISE EXCEPTION 'a decision is only ever marked undone, or confirmed or returned once by "
            "another analyst'; END $$"_s,
            // The server's clock, in the workspace's time text (UTC, ISO 8601 with milliseconds):
            // what a lease is measured against on the server, whatever a desk's clock says.
            u"CREATE FUNCTION kycdesk_now_text() RETURNS text LANGUAGE sql STABLE AS $$ "
            "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') $$"_s,
            // A decision starts final or awaiting a second analyst, never already confirmed; and
            // not on a customer another analyst holds.
            u"CREATE FUNCTION kycdesk_decision_first_hand() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF NEW.state NOT IN ('final', 'awaiting-second') OR NEW.second_analyst IS NOT NULL "
            "OR NEW.second_at IS NOT NULL OR NEW.second_reason IS NOT NULL OR NEW.undone_at IS NOT NULL THEN "
            "RAISE EXCEPTION 'a decision starts final or awaiting a second analyst'; END IF; "
            "IF EXISTS (SELECT 1 FROM queue_claims q WHERE q.customer_id = NEW.customer_id "
            "AND split_part(q.analyst, '/', 1) <> session_user::text AND q.expires_at > kycdesk_now_text()) "
            "THEN "
            "RAISE EXCEPTION 'another analyst holds customer %', NEW.customer_id; END IF; "
            "RETURN NEW; END $$"_s,
            u"CREATE TRIGGER case_decisions_first_hand BEFORE INSERT ON case_decisions FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_decision_first_hand()"_s,
            // The part of a name before '/' is the database role: a row can only be written in the
            // name of the role that writes it.
            u"CREATE FUNCTION kycdesk_own_name() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            "IF split_part(to_jsonb(NEW) ->> TG_ARGV[0], '/', 1) IS DISTINCT FROM session_user::text THEN "
            "RAISE EXCEPTION 'a row is written in the name of the database role that writes it (%)', "
            "session_user; END IF; RETURN NEW; END $$"_s,
            u"CREATE TRIGGER audit_log_own_name BEFORE INSERT ON audit_log FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_own_name('analyst')"_s,
            u"CREATE TRIGGER case_decisions_own_name BEFORE INSERT ON case_decisions FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_own_name('analyst')"_s,
            u"CREATE TRIGGER case_decisions_own_second BEFORE UPDATE ON case_decisions FOR EACH ROW "
            "WHEN (OLD.second_analyst IS NULL AND NEW.second_analyst IS NOT NULL) "
            "EXECUTE FUNCTION kycdesk_own_name('second_analyst')"_s,
            u"CREATE TRIGGER customer_notes_own_name BEFORE INSERT ON customer_notes FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_own_name('author')"_s,
            u"CREATE TRIGGER queue_claims_own_name BEFORE INSERT OR UPDATE ON queue_claims FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_own_name('analyst')"_s,
            u"CREATE TRIGGER yativo_links_own_name BEFORE INSERT OR UPDATE ON yativo_links FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_own_name('linked_by')"_s,
            u"CREATE FUNCTION kycdesk_notify() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "DECLARE changed jsonb; BEGIN "
            "IF TG_OP = 'DELETE' THEN changed := to_jsonb(OLD); ELSE changed := to_jsonb(NEW); END IF; "
            "PERFORM pg_notify('kycdesk_workspace', json_build_object('table', TG_TABLE_NAME, "
            "'customer', changed ->> 'customer_id', 'by', session_user)::text); RETURN NULL; END $$"_s,
            u"CREATE TRIGGER case_decisions_notify AFTER INSERT OR UPDATE ON case_decisions FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_notify()"_s,
            u"CREATE TRIGGER customer_notes_notify AFTER INSERT ON customer_notes FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_notify()"_s,
            u"CREATE TRIGGER queue_claims_notify AFTER INSERT OR UPDATE OR DELETE ON queue_claims FOR EACH "
            u"ROW "
            "EXECUTE FUNCTION kycdesk_notify()"_s,
            u"CREATE TABLE team_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            u"INSERT INTO team_settings (key, value) VALUES ('four-eyes', "
            "'approve-high-risk approve-open-requirement')"_s,
            u"CREATE TABLE workspace_imports (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            "source_head TEXT NOT NULL, source TEXT NOT NULL, "
            "imported_at TEXT NOT NULL, imported_by TEXT NOT NULL, rows INTEGER NOT NULL, "
            "source_chain TEXT NOT NULL, source_last_seq INTEGER NOT NULL, source_last_check INTEGER NOT NULL)"_s,
            // The team's risk checks (a computer's own file keeps them in RiskHistoryStore's table).
            u"CREATE TABLE risk_checks (id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
            "customer_id TEXT NOT NULL, environment TEXT NOT NULL, customer_environment TEXT NOT NULL, "
            "checked_at BIGINT NOT NULL, result TEXT NOT NULL, checked_by TEXT NOT NULL)"_s,
            u"CREATE INDEX risk_checks_customer ON risk_checks(customer_id, checked_at)"_s,
            u"CREATE INDEX risk_checks_environment ON risk_checks(environment, customer_id, id)"_s,
            u"CREATE TRIGGER risk_checks_own_name BEFORE INSERT ON risk_checks FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_own_name('checked_by')"_s,
            u"CREATE TRIGGER risk_checks_kept BEFORE UPDATE OR DELETE ON risk_checks FOR EACH ROW "
            "EXECUTE FUNCTION kycdesk_refuse('risk checks are kept as Sardine answered')"_s,
            // Roles are the cluster's: created once, shared by every database on the server.
            u"DO $$ BEGIN "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kycdesk_analyst') THEN "
            "CREATE ROLE kycdesk_analyst NOLOGIN; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kycdesk_senior') THEN "
            "CREATE ROLE kycdesk_senior NOLOGIN IN ROLE kycdesk_analyst; END IF; "
            "IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kycdesk_auditor') THEN "
            "CREATE ROLE kycdesk_auditor NOLOGIN; END IF; END $$"_s,
            u"GRANT SELECT ON kycdesk_schema, team_settings, workspace_imports, audit_log, case_decisions, "
            "customer_notes, sardine_feedback, risk_checks, queue_claims TO kycdesk_auditor"_s,
            u"GRANT SELECT ON kycdesk_schema, team_settings TO kycdesk_analyst"_s,
            u"GRANT SELECT, INSERT ON audit_log, customer_notes, workspace_imports, risk_checks TO kycdesk_analyst"_s,
            u"GRANT SELECT, INSERT, UPDATE ON case_decisions, sardine_feedback TO kycdesk_analyst"_s,
            u"GRANT SELECT, INSERT, UPDATE, DELETE ON kept_customers, kept_books, queue_claims, yativo_links "
            "TO kycdesk_analyst"_s,
            u"ALTER TABLE queue_claims ENABLE ROW LEVEL SECURITY"_s,
            u"CREATE POLICY claims_seen ON queue_claims FOR SELECT USING (true)"_s,
            u"CREATE POLICY claims_taken ON queue_claims FOR INSERT "
            "WITH CHECK (split_part(analyst, '/', 1) = session_user::text)"_s,
            u"CREATE POLICY claims_renewed ON queue_claims FOR UPDATE "
            "USING (split_part(analyst, '/', 1) = session_user::text OR expires_at <= kycdesk_now_text()) "
            "WITH CHECK (split_part(analyst, '/', 1) = session_user::text)"_s,
            u"CREATE POLICY claims_released ON queue_claims FOR DELETE "
            "USING (split_part(analyst, '/', 1) = session_user::text)"_s,
        },
        {
            u"CREATE TABLE kept_book_chunks (environment TEXT NOT NULL, generation TEXT NOT NULL, "
            "chunk INTEGER NOT NULL, row_count INTEGER NOT NULL, bytes BYTEA NOT NULL, "
            "PRIMARY KEY (environment, generation, chunk))"_s,
            u"ALTER TABLE kept_books ADD COLUMN generation TEXT NOT NULL DEFAULT ''"_s,
            u"GRANT SELECT, INSERT, UPDATE, DELETE ON kept_book_chunks TO kycdesk_analyst"_s,
        },
    };
    return all;
}
