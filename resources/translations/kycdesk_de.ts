<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About KYC Desk</source>
        <translation>Über KYC Desk</translation>
    </message>
    <message>
        <source>KYC Desk icon</source>
        <translation>KYC-Desk-Symbol</translation>
    </message>
    <message>
        <source>KYC Desk</source>
        <translation>KYC Desk</translation>
    </message>
    <message>
        <source>Back office for KYC/KYB compliance analysts</source>
        <translation>Backoffice für KYC/KYB-Compliance-Analysten</translation>
    </message>
    <message>
        <source>Version %1
Built with Qt %2, running on Qt %3</source>
        <translation>Version %1
Erstellt mit Qt %2, läuft mit Qt %3</translation>
    </message>
    <message>
        <source>KYC Desk uses these libraries, under their licences:</source>
        <translation>KYC Desk verwendet diese Bibliotheken unter ihren Lizenzen:</translation>
    </message>
    <message>
        <source>Libraries and licences</source>
        <translation>Bibliotheken und Lizenzen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
</context>
<context>
    <name>AddressEditor</name>
    <message>
        <source>Street, PO box or company name</source>
        <translation>Straße, Postfach oder Firmenname</translation>
    </message>
    <message>
        <source>Apartment, suite, unit (optional)</source>
        <translation>Wohnung, Suite, Einheit (optional)</translation>
    </message>
    <message>
        <source>ISO 3166-2 code, e.g. CA</source>
        <translation>ISO 3166-2, z. B. CA</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3, e.g. USA</source>
        <translation>ISO 3166-1 Alpha-3, z. B. USA</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Adresszeile &amp;1:</translation>
    </message>
    <message>
        <source>Street and number, PO box or company name</source>
        <translation>Straße und Hausnummer, Postfach oder Firmenname</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adresszeile &amp;2:</translation>
    </message>
    <message>
        <source>Apartment, suite or floor, if any</source>
        <translation>Wohnung, Suite oder Stockwerk, falls vorhanden</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>City or town</source>
        <translation>Stadt oder Ort</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Postal or ZIP code</source>
        <translation>Postleitzahl oder ZIP-Code</translation>
    </message>
    <message>
        <source>Stat&amp;e:</source>
        <translation>&amp;Bundesland:</translation>
    </message>
    <message>
        <source>State, province or region, e.g. CA</source>
        <translation>Bundesstaat, Provinz oder Region, z. B. CA</translation>
    </message>
    <message>
        <source>Cou&amp;ntry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Country as a three-letter ISO code, e.g. USA</source>
        <translation>Land als dreistelliger ISO-Code, z. B. USA</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine vollständige Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no complete answer within %1 s</source>
        <translation>keine vollständige Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>TLS error</source>
        <translation>TLS-Fehler</translation>
    </message>
    <message>
        <source>insecure transport refused</source>
        <translation>unsichere Übertragung abgelehnt</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP-Fehler</translation>
    </message>
    <message>
        <source>unexpected response</source>
        <translation>unerwartete Antwort</translation>
    </message>
    <message>
        <source>configuration error</source>
        <translation>Konfigurationsfehler</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>limit exceeded</source>
        <translation>Grenzwert überschritten</translation>
    </message>
    <message>
        <source>Sphere API token</source>
        <translation>Sphere-API-Token</translation>
    </message>
    <message>
        <source>Sardine client ID and client secret</source>
        <translation>Sardine-Client-ID und Client-Secret</translation>
    </message>
    <message>
        <source>Yativo account ID and app secret</source>
        <translation>Yativo-Konto-ID und App-Secret</translation>
    </message>
    <message>
        <source>credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>%1 [request id %2]</source>
        <translation>%1 [Anfrage-ID %2]</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>Der Anbieter</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Refused to talk to %1 without encryption: %2</source>
        <translation>Unverschlüsselte Verbindung zu %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 rejected the credentials (HTTP 401) — check the %2: %3</source>
        <translation>%1 hat die Zugangsdaten abgelehnt (HTTP 401) – bitte „%2“ prüfen: %3</translation>
    </message>
    <message>
        <source>%1 refused access with these credentials (HTTP 403) — the %2 lacks a permission: %3</source>
        <translation>%1 verweigert mit diesen Zugangsdaten den Zugriff (HTTP 403) – „%2“ fehlt eine Berechtigung: %3</translation>
    </message>
    <message>
        <source>%1 does not know this record (HTTP 404): %2</source>
        <translation>%1 kennt diesen Datensatz nicht (HTTP 404): %2</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (HTTP 429): %2</source>
        <translation>%1 drosselt Anfragen (HTTP 429): %2</translation>
    </message>
    <message>
        <source>%1 had an internal error (HTTP %2): %3</source>
        <translation>%1 hatte einen internen Fehler (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 refused the request (HTTP %2): %3</source>
        <translation>%1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>%1 sent a response KYC Desk cannot read at %2: %3</source>
        <translation>%1 hat eine Antwort gesendet, die KYC Desk an der Stelle %2 nicht lesen kann: %3</translation>
    </message>
    <message>
        <source>%1 is not configured: %2</source>
        <translation>%1 ist nicht konfiguriert: %2</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 redirected the request, and KYC Desk did not follow: %2</source>
        <translation>%1 hat die Anfrage weitergeleitet, und KYC Desk ist nicht gefolgt: %2</translation>
    </message>
    <message>
        <source>%1&apos;s answer went past a limit KYC Desk enforces: %2</source>
        <translation>Die Antwort von %1 hat einen Grenzwert überschritten, den KYC Desk durchsetzt: %2</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no data moved for %1 (stall timeout)</source>
        <translation>%1 lang wurden keine Daten übertragen (Stillstands-Timeout)</translation>
    </message>
    <message>
        <source>no complete answer within the %1 deadline for %2</source>
        <translation>keine vollständige Antwort innerhalb der Frist von %1 für %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation>„%1“ ist keine gültige URL</translation>
    </message>
    <message>
        <source>only https:// URLs are allowed, not %1://</source>
        <translation>nur https://-URLs sind erlaubt, nicht %1://</translation>
    </message>
    <message>
        <source>http:// is only allowed to this computer (loopback); %1 needs https://</source>
        <translation>http:// ist nur zu diesem Computer (Loopback) erlaubt; %1 braucht https://</translation>
    </message>
    <message>
        <source>a single record</source>
        <translation>einen einzelnen Datensatz</translation>
    </message>
    <message>
        <source>a list page</source>
        <translation>eine Listenseite</translation>
    </message>
    <message>
        <source>a request</source>
        <translation>eine Anfrage</translation>
    </message>
    <message>
        <source>a request with documents</source>
        <translation>eine Anfrage mit Dokumenten</translation>
    </message>
    <message>
        <source>a risk check</source>
        <translation>eine Risikoprüfung</translation>
    </message>
    <message>
        <source>no base URL is set</source>
        <translation>keine Basis-URL festgelegt</translation>
    </message>
    <message>
        <source>the answer announces %1, over the %2 cap for %3; not read</source>
        <translation>die Antwort kündigt %1 an, mehr als die Obergrenze von %2 für %3; nicht gelesen</translation>
    </message>
    <message>
        <source>the answer is larger than the %1 cap for %2; reading stopped</source>
        <translation>die Antwort ist größer als die Obergrenze von %1 für %2; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>the connection ended before the whole answer arrived (HTTP %1, %2 received): %3</source>
        <translation>die Verbindung endete, bevor die ganze Antwort ankam (HTTP %1, %2 empfangen): %3</translation>
    </message>
    <message>
        <source>HTTP %1 without a usable Location (&quot;%2&quot;)</source>
        <translation>HTTP %1 ohne brauchbare Location („%2“)</translation>
    </message>
    <message>
        <source>redirect loop: more than %1 redirects (the last from %2 to %3)</source>
        <translation>Weiterleitungsschleife: mehr als %1 Weiterleitungen (die letzte von %2 nach %3)</translation>
    </message>
    <message>
        <source>redirected from %1 to %2: %3</source>
        <translation>weitergeleitet von %1 nach %2: %3</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 to another origin, %3; credentials and request bodies are only sent to the configured origin</source>
        <translation>HTTP %1 von %2 zu einem anderen Ursprung, %3; Zugangsdaten und Anfrageinhalte werden nur an den konfigurierten Ursprung gesendet</translation>
    </message>
    <message>
        <source>it asks to wait %1 s before trying again (Retry-After), longer than the %2 s KYC Desk waits; try again later</source>
        <translation>der Dienst bittet, %1 s bis zum nächsten Versuch zu warten (Retry-After), länger als die %2 s, die KYC Desk wartet; versuchen Sie es später erneut</translation>
    </message>
    <message>
        <source>rate limited (HTTP 429): the wait it asks for (%1) would pass the %2 deadline for %3, which has %4 left; try again later</source>
        <translation>gedrosselt (HTTP 429): die verlangte Wartezeit (%1) würde die Frist von %2 für %3 überschreiten, von der noch %4 bleiben; versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>%1
after %2</source>
        <translation>%1
folgt auf %2</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>An audit row needs an action.</source>
        <translation>Eine Zeile im Prüfpfad braucht eine Aktion.</translation>
    </message>
    <message>
        <source>reading the audit trail</source>
        <translation>Lesen des Prüfpfads</translation>
    </message>
    <message>
        <source>appending to the audit trail</source>
        <translation>Anfügen an den Prüfpfad</translation>
    </message>
    <message>
        <source>row %1 comes where row %2 should: a row was removed or inserted</source>
        <translation>Zeile %1 steht dort, wo Zeile %2 stehen sollte: eine Zeile wurde entfernt oder eingefügt</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it: a row was removed, inserted or replaced</source>
        <translation>Zeile %1 folgt nicht auf die Zeile davor: eine Zeile wurde entfernt, eingefügt oder ersetzt</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>Zeile %1 wurde nach dem Schreiben geändert</translation>
    </message>
</context>
<context>
    <name>AuditTrailDialog</name>
    <message>
        <source>&amp;Since</source>
        <translation>&amp;Seit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <source>Any customer</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Any analyst</source>
        <translation>Alle Analysten</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Alle Aktionen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Undone decisions</source>
        <translation>Zurückgenommene Entscheidungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Reveals of personal data</source>
        <translation>Offenlegungen personenbezogener Daten</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exporte</translation>
    </message>
    <message>
        <source>Vendor requests</source>
        <translation>Anfragen an Anbieter</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analyst:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n Zeile angezeigt.</numerusform>
            <numerusform>%n Zeilen angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is broken at row %1: %2.</source>
        <translation>Der Prüfpfad ist bei Zeile %1 unterbrochen: %2.</translation>
    </message>
    <message>
        <source>The audit trail is intact: every row follows the one before it.</source>
        <translation>Der Prüfpfad ist intakt: Jede Zeile folgt auf die vorherige.</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Prüfpfad exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON Lines (*.jsonl)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BankAccountTableModel</name>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Routing-Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Masked: tick &quot;Reveal account numbers&quot; to show what the vendor sent.</source>
        <translation>Maskiert: Aktivieren Sie „Kontonummern anzeigen“, um zu sehen, was der Anbieter gesendet hat.</translation>
    </message>
</context>
<context>
    <name>CaseDecisionModel</name>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <source>Information requested</source>
        <translation>Informationen angefordert</translation>
    </message>
    <message>
        <source>Kept on this computer</source>
        <translation>Auf diesem Computer vorgehalten</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Endgültig</translation>
    </message>
    <message>
        <source>Awaiting a second analyst</source>
        <translation>Wartet auf einen zweiten Analysten</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Returned by %1: %2</source>
        <translation>Zurückgegeben von %1: %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Analyst</source>
        <translation>Analyst</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Zurückgenommen</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>CaseReviewPanel</name>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <source>&amp;Escalate…</source>
        <translation>&amp;Eskalieren…</translation>
    </message>
    <message>
        <source>Request &amp;information…</source>
        <translation>&amp;Informationen anfordern…</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notiz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Undo last decision</source>
        <translation>Letzte Entscheidung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Prüfpfad…</translation>
    </message>
    <message>
        <source>&amp;Confirm decision (second analyst)…</source>
        <translation>Entscheidung &amp;bestätigen (zweiter Analyst)…</translation>
    </message>
    <message>
        <source>Re&amp;turn decision (second analyst)…</source>
        <translation>Entscheidung zur&amp;ückgeben (zweiter Analyst)…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Undo the decision you just made (%1; for %n second(s))</source>
        <translation>
            <numerusform>Die gerade getroffene Entscheidung zurücknehmen (%1; %n Sekunde lang)</numerusform>
            <numerusform>Die gerade getroffene Entscheidung zurücknehmen (%1; %n Sekunden lang)</numerusform>
        </translation>
    </message>
    <message>
        <source>Four eyes: confirm the decision another analyst made (%1)</source>
        <translation>Vier-Augen-Prinzip: die Entscheidung eines anderen Analysten bestätigen (%1)</translation>
    </message>
    <message>
        <source>Four eyes: return the decision to be made again (%1)</source>
        <translation>Vier-Augen-Prinzip: die Entscheidung zur erneuten Entscheidung zurückgeben (%1)</translation>
    </message>
    <message>
        <source>A note for the next analyst (kept in the workspace)</source>
        <translation>Eine Notiz für den nächsten Analysten (im Arbeitsbereich gespeichert)</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>%1 is working on this customer (claimed until %2): you can read the case and add notes; deciding waits until they let go.</source>
        <translation>%1 bearbeitet diesen Kunden (reserviert bis %2): Sie können den Fall lesen und Notizen hinzufügen; entscheiden können Sie, sobald die Reservierung freigegeben ist.</translation>
    </message>
    <message>
        <source>Confirm the decision</source>
        <translation>Entscheidung bestätigen</translation>
    </message>
    <message>
        <source>Return the decision</source>
        <translation>Entscheidung zurückgeben</translation>
    </message>
    <message>
        <source>%1 decided &quot;%2&quot; on %3 (%4). Your reason:</source>
        <translation>%1 hat zu %3 „%2“ entschieden (%4). Ihre Begründung:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Your role reads the workspace: an auditor decides nothing and writes no notes.</source>
        <translation>Ihre Rolle liest den Arbeitsbereich nur: Prüfer treffen keine Entscheidungen und schreiben keine Notizen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %3. Undo with %4 within %n second(s).</source>
        <translation>
            <numerusform>%1 – %2: %3. Zurücknehmen mit %4 innerhalb von %n Sekunde.</numerusform>
            <numerusform>%1 – %2: %3. Zurücknehmen mit %4 innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2: %3. The team server is not answering: the decision is kept on this computer and written there when it is back.</source>
        <translation>%1 – %2: %3. Der Team-Server antwortet nicht: Die Entscheidung wird auf diesem Computer vorgehalten und dort gespeichert, sobald er wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The team&apos;s four-eyes rule covers it: it waits for a second analyst.</source>
        <translation>Die Vier-Augen-Regel des Teams greift: Die Entscheidung wartet auf einen zweiten Analysten.</translation>
    </message>
    <message>
        <source>%1 — decision undone (%2). It stays in the audit trail as undone.</source>
        <translation>%1 – Entscheidung zurückgenommen (%2). Sie bleibt als zurückgenommen im Prüfpfad.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Neue Notiz</translation>
    </message>
    <message>
        <source>A note for the next analyst, kept in the workspace; Tab leaves the box</source>
        <translation>Eine Notiz für den nächsten Analysten, im Arbeitsbereich gespeichert; Tab verlässt das Feld</translation>
    </message>
    <message>
        <source>The decisions made on this customer, by whom and why</source>
        <translation>Die zu diesem Kunden getroffenen Entscheidungen, von wem und warum</translation>
    </message>
    <message>
        <source>The notes analysts left on this customer</source>
        <translation>Die Notizen, die Analysten zu diesem Kunden hinterlassen haben</translation>
    </message>
</context>
<context>
    <name>CheckpointTreeModel</name>
    <message>
        <source>Checkpoint / rule</source>
        <translation>Checkpoint / Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>missing (not returned)</source>
        <translation>fehlt (nicht geliefert)</translation>
    </message>
    <message>
        <source>The risk engine did not return this checkpoint.</source>
        <translation>Die Risiko-Engine hat diesen Checkpoint nicht geliefert.</translation>
    </message>
    <message>
        <source>rule %1 — %2</source>
        <translation>Regel %1 – %2</translation>
    </message>
</context>
<context>
    <name>CollapsibleSection</name>
    <message>
        <source>Expanded</source>
        <translation>Ausgeklappt</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Eingeklappt</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The secure connection to %1 failed: %2. Check the URL, or ask IT whether a proxy intercepts TLS.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. Prüfen Sie die URL, oder fragen Sie die IT, ob ein Proxy TLS aufbricht.</translation>
    </message>
    <message>
        <source>%1 did not answer in time: %2. Check the URL and your network.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet: %2. Prüfen Sie die URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>%1 could not be reached: %2. Check the URL and your network.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die URL und Ihr Netzwerk.</translation>
    </message>
    <message>
        <source>%1 answered, but refused these credentials (HTTP 401). Check the %2 for this environment.</source>
        <translation>%1 hat geantwortet, aber diese Zugangsdaten abgelehnt (HTTP 401). Prüfen Sie „%2“ für diese Umgebung.</translation>
    </message>
    <message>
        <source>%1 answered, but these credentials lack permission (HTTP 403).</source>
        <translation>%1 hat geantwortet, aber diesen Zugangsdaten fehlt eine Berechtigung (HTTP 403).</translation>
    </message>
    <message>
        <source>Connected to %1: the credentials work.</source>
        <translation>Verbunden mit %1: Die Zugangsdaten funktionieren.</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2; the credentials could not be confirmed.</source>
        <translation>%1 hat mit HTTP %2 geantwortet; die Zugangsdaten konnten nicht bestätigt werden.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the %1 is empty</source>
        <translation>„%1“ ist leer</translation>
    </message>
    <message>
        <source>the %1 starts or ends with spaces</source>
        <translation>„%1“ beginnt oder endet mit Leerzeichen</translation>
    </message>
    <message>
        <source>credentials cannot contain line breaks</source>
        <translation>Zugangsdaten dürfen keine Zeilenumbrüche enthalten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid secret name</source>
        <translation>„%1“ ist kein gültiger Name für ein Secret</translation>
    </message>
    <message>
        <source>the secret &quot;%1&quot; is empty</source>
        <translation>das Secret „%1“ ist leer</translation>
    </message>
</context>
<context>
    <name>CrossVendorModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>%1 ≠</source>
        <translation>%1 ≠</translation>
    </message>
    <message>
        <source>no identity entity</source>
        <translation>keine Identitätsentität</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>nicht verknüpft</translation>
    </message>
    <message>
        <source>The vendors disagree on the %1 (spelling, case and spaces aside).</source>
        <translation>Die Anbieter sind sich beim Feld „%1“ uneinig (abgesehen von Schreibweise, Groß-/Kleinschreibung und Leerzeichen).</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Sardine (identity)</source>
        <translation>Sardine (Identität)</translation>
    </message>
</context>
<context>
    <name>CrossVendorPanel</name>
    <message>
        <source>Find Yativo record…</source>
        <translation>Yativo-Datensatz suchen…</translation>
    </message>
    <message>
        <source>Unlink Yativo record</source>
        <translation>Yativo-Verknüpfung aufheben</translation>
    </message>
    <message>
        <source>Yativo records with this customer&apos;s email or phone; you confirm which one it is</source>
        <translation>Yativo-Datensätze mit der E-Mail-Adresse oder Telefonnummer dieses Kunden; Sie bestätigen, welcher es ist</translation>
    </message>
    <message>
        <source>Link Yativo record</source>
        <translation>Yativo-Datensatz verknüpfen</translation>
    </message>
    <message>
        <source>Which Yativo record is this customer?</source>
        <translation>Welcher Yativo-Datensatz gehört zu diesem Kunden?</translation>
    </message>
    <message>
        <source>No customer selected.</source>
        <translation>Kein Kunde ausgewählt.</translation>
    </message>
    <message numerus="yes">
        <source>The vendors disagree on %n field(s), marked ≠.</source>
        <translation>
            <numerusform>Die Anbieter sind sich bei %n Feld uneinig (mit ≠ markiert).</numerusform>
            <numerusform>Die Anbieter sind sich bei %n Feldern uneinig (mit ≠ markiert).</numerusform>
        </translation>
    </message>
    <message>
        <source>The vendors agree on every field they both have.</source>
        <translation>Die Anbieter stimmen bei jedem Feld überein, das beide haben.</translation>
    </message>
    <message>
        <source>Only Sphere&apos;s record so far: run a risk check with document data, or link the customer&apos;s Yativo record.</source>
        <translation>Bisher nur der Datensatz von Sphere: Führen Sie eine Risikoprüfung mit Dokumentdaten durch, oder verknüpfen Sie den Yativo-Datensatz des Kunden.</translation>
    </message>
    <message>
        <source>Yativo&apos;s customers could not be listed: %1</source>
        <translation>Die Kunden von Yativo konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No Yativo record has this customer&apos;s email or phone.</source>
        <translation>Kein Yativo-Datensatz hat die E-Mail-Adresse oder Telefonnummer dieses Kunden.</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt; — Yativo %3</source>
        <translation>%1 &lt;%2&gt; – Yativo %3</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>Yativo record %1 linked to this customer.</source>
        <translation>Yativo-Datensatz %1 mit diesem Kunden verknüpft.</translation>
    </message>
    <message>
        <source>Yativo record unlinked.</source>
        <translation>Yativo-Verknüpfung aufgehoben.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid UTF-8 text (save it as &quot;CSV UTF-8&quot;)</source>
        <translation>die Datei ist kein gültiger UTF-8-Text (speichern Sie sie als „CSV UTF-8“)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted field (field %1): put the whole field in quotes and double the quote (&quot;&quot;)</source>
        <translation>ein Anführungszeichen in einem Feld ohne Anführungszeichen (Feld %1): setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie das Anführungszeichen (&quot;&quot;)</translation>
    </message>
    <message>
        <source>text after the closing quote of field %1: a quoted field must end at a comma or the end of the line</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1: ein Feld in Anführungszeichen muss an einem Komma oder am Zeilenende enden</translation>
    </message>
    <message>
        <source>a quoted field is never closed (it opens on line %1)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (es beginnt in Zeile %1)</translation>
    </message>
</context>
<context>
    <name>CustomerBookStatus</name>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <source>Copy kept %1 ago — refreshing…</source>
        <translation>Kopie vor %1 gespeichert – wird aktualisiert…</translation>
    </message>
    <message>
        <source>Copy kept %1 ago — Sphere could not be reached; reload to try again</source>
        <translation>Kopie vor %1 gespeichert – Sphere ist nicht erreichbar; zum erneuten Versuch neu laden</translation>
    </message>
</context>
<context>
    <name>CustomerCache</name>
    <message>
        <source>keeping the customer for offline use</source>
        <translation>Speichern des Kunden für die Offline-Nutzung</translation>
    </message>
    <message>
        <source>dropping old customer copies</source>
        <translation>Löschen alter Kundenkopien</translation>
    </message>
    <message>
        <source>reading the kept customer</source>
        <translation>Lesen des gespeicherten Kunden</translation>
    </message>
    <message>
        <source>keeping the customer list for offline use</source>
        <translation>Speichern der Kundenliste für die Offline-Nutzung</translation>
    </message>
    <message>
        <source>reading the kept customer list</source>
        <translation>Lesen der gespeicherten Kundenliste</translation>
    </message>
    <message>
        <source>the customer list was kept by another desk meanwhile</source>
        <translation>die Kundenliste wurde inzwischen von einem anderen Arbeitsplatz gespeichert</translation>
    </message>
    <message>
        <source>dropping an unfinished copy of the customer list</source>
        <translation>Verwerfen einer unvollständigen Kopie der Kundenliste</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) do not fill %1 chunk(s) of the kept list</source>
        <translation>
            <numerusform>%n Kunde füllt nicht %1 Teil(e) der gespeicherten Liste</numerusform>
            <numerusform>%n Kunden füllen nicht %1 Teil(e) der gespeicherten Liste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCompanyPage</name>
    <message>
        <source>Legal &amp;name:</source>
        <translation>Eingetragener &amp;Name:</translation>
    </message>
    <message>
        <source>&amp;EIN:</source>
        <translation>&amp;EIN:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Business t&amp;ype:</source>
        <translation>Unternehmens&amp;art:</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Natürliche Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>The business&apos;s registered legal name</source>
        <translation>Der eingetragene Name des Unternehmens</translation>
    </message>
    <message>
        <source>US Employer Identification Number as 12-3456789</source>
        <translation>US-Arbeitgeber-Identifikationsnummer (EIN) im Format 12-3456789</translation>
    </message>
    <message>
        <source>What the business does, in a few sentences</source>
        <translation>Was das Unternehmen tut, in wenigen Sätzen</translation>
    </message>
    <message>
        <source>The business&apos;s legal form</source>
        <translation>Die Rechtsform des Unternehmens</translation>
    </message>
</context>
<context>
    <name>CustomerCompliancePage</name>
    <message>
        <source>USD per month, e.g. 25000</source>
        <translation>USD pro Monat, z. B. 25000</translation>
    </message>
    <message>
        <source>Questionnaire (Sphere accepts these only on update)</source>
        <translation>Fragebogen (Sphere akzeptiert ihn nur bei einer Aktualisierung)</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Acts for a third &amp;party:</source>
        <translation>Handelt für &amp;Dritte:</translation>
    </message>
    <message>
        <source>Whether the customer acts on behalf of someone else</source>
        <translation>Ob der Kunde im Auftrag eines anderen handelt</translation>
    </message>
    <message>
        <source>&amp;Message to the third party:</source>
        <translation>&amp;Nachricht an den Dritten:</translation>
    </message>
    <message>
        <source>Who the customer acts for, and why</source>
        <translation>Für wen der Kunde handelt und warum</translation>
    </message>
    <message>
        <source>The business has &amp;accepted Sphere&apos;s Terms of Service</source>
        <translation>Das Unternehmen hat die Nutzungsbedingungen von Sphere &amp;akzeptiert</translation>
    </message>
    <message>
        <source>Estimated annual re&amp;venue:</source>
        <translation>Geschätzter &amp;Jahresumsatz:</translation>
    </message>
    <message>
        <source>The business&apos;s estimated annual revenue range</source>
        <translation>Die geschätzte Jahresumsatzspanne des Unternehmens</translation>
    </message>
    <message>
        <source>E&amp;xpected monthly payments (USD):</source>
        <translation>&amp;Erwartete monatliche Zahlungen (USD):</translation>
    </message>
    <message>
        <source>Expected payments per month in US dollars, e.g. 25000</source>
        <translation>Erwartete Zahlungen pro Monat in US-Dollar, z. B. 25000</translation>
    </message>
    <message>
        <source>Operates in prohibite&amp;d countries:</source>
        <translation>Tätig in &amp;verbotenen Ländern:</translation>
    </message>
    <message>
        <source>Whether the business operates in countries Sphere prohibits</source>
        <translation>Ob das Unternehmen in Ländern tätig ist, die Sphere verbietet</translation>
    </message>
    <message>
        <source>Hi&amp;gh-risk activities:</source>
        <translation>&amp;Hochrisiko-Tätigkeiten:</translation>
    </message>
    <message>
        <source>Tick every high-risk activity the business takes part in</source>
        <translation>Kreuzen Sie jede Hochrisiko-Tätigkeit an, an der das Unternehmen beteiligt ist</translation>
    </message>
    <message>
        <source>Source of &amp;funds:</source>
        <translation>&amp;Mittelherkunft:</translation>
    </message>
    <message>
        <source>Where the customer&apos;s money comes from</source>
        <translation>Woher das Geld des Kunden stammt</translation>
    </message>
    <message>
        <source>Tra&amp;nsmits customer funds:</source>
        <translation>Leitet Kundengelder &amp;weiter:</translation>
    </message>
    <message>
        <source>Whether the business transmits its customers&apos; funds</source>
        <translation>Ob das Unternehmen Gelder seiner Kunden weiterleitet</translation>
    </message>
    <message>
        <source>Ho&amp;w customer funds are transmitted:</source>
        <translation>Wie Kundengelder weiter&amp;geleitet werden:</translation>
    </message>
    <message>
        <source>How the business transmits its customers&apos; funds, when it does</source>
        <translation>Wie das Unternehmen Gelder seiner Kunden weiterleitet, falls es das tut</translation>
    </message>
</context>
<context>
    <name>CustomerContactPage</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+12345678900 (E.164)</source>
        <translation>+12345678900 (E.164)</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Loo&amp;kup key:</source>
        <translation>&amp;Referenzschlüssel:</translation>
    </message>
    <message>
        <source>Your own reference; also used to avoid duplicates</source>
        <translation>Ihre eigene Referenz; dient auch dazu, Dubletten zu vermeiden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>The customer&apos;s email address</source>
        <translation>Die E-Mail-Adresse des Kunden</translation>
    </message>
    <message>
        <source>Phone number in international format, e.g. +14155550123</source>
        <translation>Telefonnummer im internationalen Format, z. B. +14155550123</translation>
    </message>
    <message>
        <source>The customer&apos;s website, starting with https://</source>
        <translation>Die Website des Kunden, beginnend mit https://</translation>
    </message>
    <message>
        <source>Your own reference for this customer, unique in Sphere</source>
        <translation>Ihre eigene Referenz für diesen Kunden, eindeutig in Sphere</translation>
    </message>
    <message>
        <source>&amp;High-volume customer:</source>
        <translation>&amp;Hohes Zahlungsvolumen:</translation>
    </message>
    <message>
        <source>Whether the customer expects high payment volumes</source>
        <translation>Ob der Kunde hohe Zahlungsvolumen erwartet</translation>
    </message>
</context>
<context>
    <name>CustomerCsvImport</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>write the date as YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>schreiben Sie das Datum als JJJJ-MM-TT, nicht „%1“</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the file is empty: the first line must name the columns (type, email, …)</source>
        <translation>die Datei ist leer: die erste Zeile muss die Spalten benennen (type, email, …)</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>header: %1 has no name</source>
        <translation>Kopfzeile: %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>header: column &quot;%1&quot; appears twice</source>
        <translation>Kopfzeile: Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>header: column &quot;%1&quot; (%2): owners are numbered ubos.1 to ubos.%3</source>
        <translation>Kopfzeile: Spalte „%1“ (%2): Eigentümer sind von ubos.1 bis ubos.%3 nummeriert</translation>
    </message>
    <message>
        <source>header: unknown owner column &quot;%1&quot; (%2); an owner&apos;s columns are ubos.N. followed by one of: %3</source>
        <translation>Kopfzeile: unbekannte Eigentümerspalte „%1“ (%2); die Spalten eines Eigentümers sind ubos.N. gefolgt von einem der folgenden: %3</translation>
    </message>
    <message>
        <source>header: unknown column &quot;%1&quot; (%2); known columns: %3</source>
        <translation>Kopfzeile: unbekannte Spalte „%1“ (%2); bekannte Spalten: %3</translation>
    </message>
    <message>
        <source>header: a &quot;type&quot; column is required (individual or business)</source>
        <translation>Kopfzeile: eine Spalte „type“ ist erforderlich (individual oder business)</translation>
    </message>
    <message>
        <source>the row has %1 cells but the header has %2</source>
        <translation>die Zeile hat %1 Zellen, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>write true or false, not &quot;%1&quot;</source>
        <translation>schreiben Sie true oder false, nicht „%1“</translation>
    </message>
    <message>
        <source>write a number like 25000.50, not &quot;%1&quot;</source>
        <translation>schreiben Sie eine Zahl wie 25000.50, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>CustomerDetailWidget</name>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>TOS</source>
        <translation>AGB</translation>
    </message>
    <message>
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <source>EU TOS</source>
        <translation>EU-AGB</translation>
    </message>
    <message>
        <source>Residency</source>
        <translation>Wohnsitz</translation>
    </message>
    <message>
        <source>Reveal account numbers</source>
        <translation>Kontonummern anzeigen</translation>
    </message>
    <message>
        <source>Run risk check…</source>
        <translation>Risikoprüfung durchführen…</translation>
    </message>
    <message>
        <source>Account and routing numbers are masked unless you reveal them.</source>
        <translation>Konto- und Routing-Nummern sind maskiert, solange Sie sie nicht anzeigen.</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Review reason:</source>
        <translation>Prüfgrund:</translation>
    </message>
    <message>
        <source>Open requirements</source>
        <translation>Offene Anforderungen</translation>
    </message>
    <message>
        <source>Verification levels</source>
        <translation>Verifizierungsstufen</translation>
    </message>
    <message>
        <source>Beneficial owners</source>
        <translation>Wirtschaftlich Berechtigte</translation>
    </message>
    <message>
        <source>Wallets</source>
        <translation>Wallets</translation>
    </message>
    <message>
        <source>Bank accounts</source>
        <translation>Bankkonten</translation>
    </message>
    <message>
        <source>Sardine is not configured.</source>
        <translation>Sardine ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not load this customer</source>
        <translation>Dieser Kunde konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Sphere could not be reached (%1). This is the copy kept on this computer %2; it may be out of date.</source>
        <translation>Sphere ist nicht erreichbar (%1). Dies ist die auf diesem Computer gespeicherte Kopie vom %2; sie ist möglicherweise veraltet.</translation>
    </message>
    <message numerus="yes">
        <source>Loading %n wallet(s) and bank account(s)…</source>
        <translation>
            <numerusform>%n Wallet bzw. Bankkonto wird geladen…</numerusform>
            <numerusform>%n Wallets und Bankkonten werden geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Some accounts could not be loaded.</source>
        <translation>Einige Konten konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>The risk check failed. %1</source>
        <translation>Die Risikoprüfung ist fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>The risk check worked but could not be kept in the workspace: %1</source>
        <translation>Die Risikoprüfung hat funktioniert, konnte aber nicht im Arbeitsbereich gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No customer selected</source>
        <translation>Kein Kunde ausgewählt</translation>
    </message>
    <message>
        <source>From Sphere — %1</source>
        <translation>Von Sphere – %1</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>No address on file</source>
        <translation>Keine Adresse hinterlegt</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht gemeldet</translation>
    </message>
    <message>
        <source>Beneficial owners (%1)</source>
        <translation>Wirtschaftlich Berechtigte (%1)</translation>
    </message>
    <message>
        <source>Wallets (%1)</source>
        <translation>Wallets (%1)</translation>
    </message>
    <message>
        <source>Bank accounts (%1)</source>
        <translation>Bankkonten (%1)</translation>
    </message>
    <message>
        <source>Risk checks on Sardine — %1.</source>
        <translation>Risikoprüfungen bei Sardine – %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier check(s) from other or unrecorded environments are not shown.</source>
        <translation>
            <numerusform>%n frühere Prüfung aus anderen oder nicht erfassten Umgebungen wird nicht angezeigt.</numerusform>
            <numerusform>%n frühere Prüfungen aus anderen oder nicht erfassten Umgebungen werden nicht angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sends to Sardine — %1, for a customer from Sphere — %2.</source>
        <translation>Sendet an Sardine – %1, für einen Kunden von Sphere – %2.</translation>
    </message>
    <message>
        <source>run a risk check</source>
        <translation>eine Risikoprüfung durchzuführen</translation>
    </message>
    <message>
        <source>account and routing numbers</source>
        <translation>Konto- und Routing-Nummern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy full &amp;address</source>
        <translation>Vollständige &amp;Adresse kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;email address</source>
        <translation>&amp;E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <source>Cleared from the clipboard after 30 seconds</source>
        <translation>Wird nach 30 Sekunden aus der Zwischenablage gelöscht</translation>
    </message>
    <message>
        <source>Copy &amp;id</source>
        <translation>&amp;ID kopieren</translation>
    </message>
    <message>
        <source>What Sphere still needs before it can verify the customer</source>
        <translation>Was Sphere noch benötigt, bevor der Kunde verifiziert werden kann</translation>
    </message>
    <message>
        <source>Each verification level and its status</source>
        <translation>Jede Verifizierungsstufe und ihr Status</translation>
    </message>
    <message>
        <source>The business&apos;s owners as Sphere has them</source>
        <translation>Die Eigentümer des Unternehmens, wie Sphere sie führt</translation>
    </message>
    <message>
        <source>The customer&apos;s wallets; Ctrl+C copies a wallet&apos;s whole address</source>
        <translation>Die Wallets des Kunden; Ctrl+C kopiert die vollständige Adresse einer Wallet</translation>
    </message>
    <message>
        <source>The customer&apos;s bank accounts; numbers masked unless revealed</source>
        <translation>Die Bankkonten des Kunden; Nummern bleiben maskiert, bis sie angezeigt werden</translation>
    </message>
    <message>
        <source>Double-click an owner to see all of their details.</source>
        <translation>Doppelklicken Sie auf einen Eigentümer, um alle seine Angaben zu sehen.</translation>
    </message>
    <message>
        <source>Sphere&apos;s additionalReviewRequiredReason: %1</source>
        <translation>additionalReviewRequiredReason von Sphere: %1</translation>
    </message>
</context>
<context>
    <name>CustomerDocumentsPage</name>
    <message>
        <source>Proof of address</source>
        <translation>Adressnachweis</translation>
    </message>
    <message>
        <source>Identity document (front)</source>
        <translation>Ausweisdokument (Vorderseite)</translation>
    </message>
    <message>
        <source>Identity document (back)</source>
        <translation>Ausweisdokument (Rückseite)</translation>
    </message>
    <message>
        <source>Incorporation document</source>
        <translation>Gründungsdokument</translation>
    </message>
    <message>
        <source>Shareholder document</source>
        <translation>Gesellschafterdokument</translation>
    </message>
    <message>
        <source>Statement of funds</source>
        <translation>Mittelherkunftsnachweis</translation>
    </message>
</context>
<context>
    <name>CustomerFormBinding</name>
    <message>
        <source>Under $100,000</source>
        <translation>Unter 100.000 $</translation>
    </message>
    <message>
        <source>$100,000 – $999,999</source>
        <translation>100.000 $ – 999.999 $</translation>
    </message>
    <message>
        <source>$1M – $9.99M</source>
        <translation>1 Mio. $ – 9,99 Mio. $</translation>
    </message>
    <message>
        <source>$10M – $49.99M</source>
        <translation>10 Mio. $ – 49,99 Mio. $</translation>
    </message>
    <message>
        <source>$50M – $249.99M</source>
        <translation>50 Mio. $ – 249,99 Mio. $</translation>
    </message>
    <message>
        <source>$250M or more</source>
        <translation>250 Mio. $ oder mehr</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1990-03-23.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT ein, z. B. 1990-03-23.</translation>
    </message>
    <message>
        <source>Enter an amount in US dollars, e.g. 25000.</source>
        <translation>Geben Sie einen Betrag in US-Dollar ein, z. B. 25000.</translation>
    </message>
    <message>
        <source>given</source>
        <translation>angegeben</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <source>Customer &amp;type:</source>
        <translation>&amp;Kundentyp:</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Natürliche Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Contact &amp;&amp; address</source>
        <translation>Kontakt &amp;&amp; Adresse</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Meta</source>
        <translation>Metadaten</translation>
    </message>
    <message>
        <source>Uploading %p%</source>
        <translation>Wird hochgeladen: %p %</translation>
    </message>
    <message>
        <source>New Sphere customer</source>
        <translation>Neuer Sphere-Kunde</translation>
    </message>
    <message>
        <source>Update Sphere customer</source>
        <translation>Sphere-Kunden aktualisieren</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Create customer</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Sphere cannot clear a value; enter the new value instead.</source>
        <translation>Sphere kann keinen Wert löschen; geben Sie stattdessen den neuen Wert ein.</translation>
    </message>
    <message>
        <source>This customer&apos;s KYC is approved; Sphere does not allow changes.</source>
        <translation>Das KYC dieses Kunden ist freigegeben; Sphere erlaubt keine Änderungen.</translation>
    </message>
    <message>
        <source>To fix before sending: %1</source>
        <translation>Vor dem Senden zu korrigieren: %1</translation>
    </message>
    <message>
        <source>No changes yet.</source>
        <translation>Noch keine Änderungen.</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) to fix</source>
        <translation>
            <numerusform>%n Feld zu korrigieren</numerusform>
            <numerusform>%n Felder zu korrigieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Update %1</source>
        <translation>%1 aktualisieren</translation>
    </message>
    <message>
        <source>%1&apos;s KYC is approved. Sphere does not allow an approved customer to be updated, so nothing can be sent from this form.</source>
        <translation>Das KYC von %1 ist freigegeben. Sphere erlaubt keine Aktualisierung eines freigegebenen Kunden, daher kann aus diesem Formular nichts gesendet werden.</translation>
    </message>
    <message>
        <source>create this customer in Sphere</source>
        <translation>diesen Kunden in Sphere anzulegen</translation>
    </message>
    <message>
        <source>update this customer in Sphere</source>
        <translation>diesen Kunden in Sphere zu aktualisieren</translation>
    </message>
    <message>
        <source>Your entries are kept as a draft. Retry when the connection is back; KYC Desk first checks whether Sphere already created the customer, so no duplicate is made.</source>
        <translation>Ihre Eingaben sind als Entwurf gespeichert. Versuchen Sie es erneut, sobald die Verbindung wieder steht; KYC Desk prüft zuerst, ob Sphere den Kunden bereits angelegt hat, damit keine Dublette entsteht.</translation>
    </message>
    <message>
        <source>Sphere had already created this customer before the connection failed; nothing was sent twice.</source>
        <translation>Sphere hatte diesen Kunden bereits angelegt, bevor die Verbindung abbrach; nichts wurde doppelt gesendet.</translation>
    </message>
    <message>
        <source>Update of %1</source>
        <translation>Aktualisierung von %1</translation>
    </message>
    <message>
        <source>New business customer</source>
        <translation>Neuer Unternehmenskunde</translation>
    </message>
    <message>
        <source>New individual customer</source>
        <translation>Neuer Privatkunde</translation>
    </message>
    <message>
        <source>Drafts are not available in this session.</source>
        <translation>Entwürfe sind in dieser Sitzung nicht verfügbar.</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Der Entwurf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The draft was saved by a different version of KYC Desk and cannot be restored.</source>
        <translation>Der Entwurf wurde von einer anderen Version von KYC Desk gespeichert und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restored from the draft saved earlier.</source>
        <translation>Aus dem zuvor gespeicherten Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Individual or business: decides which fields the form asks for</source>
        <translation>Natürliche Person oder Unternehmen: bestimmt, welche Felder das Formular abfragt</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Prüfe…</translation>
    </message>
</context>
<context>
    <name>CustomerImportRunner</name>
    <message>
        <source>empty row</source>
        <translation>leere Zeile</translation>
    </message>
    <message>
        <source>not sent: the import stopped (%1)</source>
        <translation>nicht gesendet: der Import wurde beendet (%1)</translation>
    </message>
</context>
<context>
    <name>CustomerListJob</name>
    <message>
        <source>asked for page %1, got page %2</source>
        <translation>Seite %1 angefordert, Seite %2 erhalten</translation>
    </message>
</context>
<context>
    <name>CustomerMetaPage</name>
    <message>
        <source>Key-value pairs stored with the customer for your own use.</source>
        <translation>Schlüssel-Wert-Paare, die für Ihre eigene Verwendung beim Kunden gespeichert werden.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add &amp;entry</source>
        <translation>&amp;Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Meta entries</source>
        <translation>Metadaten-Einträge</translation>
    </message>
    <message>
        <source>Your own key-value pairs for this customer; double-click a cell to edit it</source>
        <translation>Ihre eigenen Schlüssel-Wert-Paare für diesen Kunden; doppelklicken Sie auf eine Zelle, um sie zu bearbeiten</translation>
    </message>
</context>
<context>
    <name>CustomerNoteModel</name>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
</context>
<context>
    <name>CustomerOwnersPage</name>
    <message>
        <source>Ultimate beneficial owners of the business. Each needs a name, and Sphere asks for date of birth, SSN and identity documents to verify them.</source>
        <translation>Wirtschaftlich Berechtigte (UBO) des Unternehmens. Jede Person braucht einen Namen, und Sphere verlangt Geburtsdatum, SSN und Ausweisdokumente, um sie zu verifizieren.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>SSN</source>
        <translation>SSN</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>&amp;Add owner…</source>
        <translation>Eigentümer &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit owner…</source>
        <translation>Eigentümer &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove owner</source>
        <translation>Eigentümer &amp;entfernen</translation>
    </message>
    <message>
        <source>Beneficial owners</source>
        <translation>Wirtschaftlich Berechtigte</translation>
    </message>
    <message>
        <source>The business&apos;s owners: select one, then Edit owner (Alt+E) or Remove owner (Alt+R)</source>
        <translation>Die Eigentümer des Unternehmens: Wählen Sie einen aus, dann „Eigentümer bearbeiten“ (Alt+B) oder „Eigentümer entfernen“ (Alt+E)</translation>
    </message>
</context>
<context>
    <name>CustomerPersonPage</name>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;SSN:</source>
        <translation>&amp;SSN:</translation>
    </message>
    <message>
        <source>Given name as on the identity document</source>
        <translation>Vorname wie im Ausweisdokument</translation>
    </message>
    <message>
        <source>Family name as on the identity document</source>
        <translation>Nachname wie im Ausweisdokument</translation>
    </message>
    <message>
        <source>Date of birth as YYYY-MM-DD</source>
        <translation>Geburtsdatum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>US Social Security number as 123-45-6789; personal data</source>
        <translation>US-Sozialversicherungsnummer (SSN) im Format 123-45-6789; personenbezogene Daten</translation>
    </message>
</context>
<context>
    <name>CustomerRequestValidator</name>
    <message>
        <source>Enter the website as a full address starting with https:// or http://, e.g. https://example.com.</source>
        <translation>Geben Sie die Website als vollständige Adresse ein, die mit https:// oder http:// beginnt, z. B. https://example.com.</translation>
    </message>
    <message>
        <source>A social security number has 9 digits, written 123456789 or 123-45-6789.</source>
        <translation>Eine Sozialversicherungsnummer (SSN) hat 9 Ziffern, geschrieben 123456789 oder 123-45-6789.</translation>
    </message>
    <message>
        <source>An employer identification number has 9 digits, written 123456789 or 12-3456789.</source>
        <translation>Eine Employer Identification Number (EIN) hat 9 Ziffern, geschrieben 123456789 oder 12-3456789.</translation>
    </message>
    <message>
        <source>Write the phone number without spaces, dashes or brackets, in E.164 form: + and the country code, e.g. +12345678900.</source>
        <translation>Schreiben Sie die Telefonnummer ohne Leerzeichen, Bindestriche oder Klammern im E.164-Format: + und die Ländervorwahl, z. B. +12345678900.</translation>
    </message>
    <message>
        <source>Enter the phone number in E.164 form: + and the country code, then the number, 7 to 15 digits in all, e.g. +12345678900.</source>
        <translation>Geben Sie die Telefonnummer im E.164-Format ein: + und die Ländervorwahl, dann die Nummer, insgesamt 7 bis 15 Ziffern, z. B. +12345678900.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a subdivision code; enter the ISO 3166-2 code without the country part, e.g. CA for California or NSW for New South Wales.</source>
        <translation>„%1“ ist kein Code für eine Verwaltungseinheit; geben Sie den ISO-3166-2-Code ohne den Länderteil ein, z. B. CA für Kalifornien oder NSW für New South Wales.</translation>
    </message>
    <message>
        <source>Write the country code in capitals: %1.</source>
        <translation>Schreiben Sie den Ländercode in Großbuchstaben: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a two-letter code; Sphere needs the three-letter ISO 3166-1 alpha-3 code, e.g. USA, GBR, DEU.</source>
        <translation>„%1“ sieht wie ein zweistelliger Code aus; Sphere braucht den dreistelligen Code nach ISO 3166-1 Alpha-3, z. B. USA, GBR, DEU.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 3166-1 alpha-3 country code; use the three-letter code, e.g. USA, GBR, DEU.</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166-1 Alpha-3; verwenden Sie den dreistelligen Code, z. B. USA, GBR, DEU.</translation>
    </message>
    <message>
        <source>%1-%2-%3 (year-month-day) is not a real date.</source>
        <translation>%1-%2-%3 (Jahr-Monat-Tag) ist kein gültiges Datum.</translation>
    </message>
    <message>
        <source>The date of birth %1 is in the future.</source>
        <translation>Das Geburtsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The date of birth must be in 1900 or later.</source>
        <translation>Das Geburtsdatum muss im Jahr 1900 oder später liegen.</translation>
    </message>
    <message>
        <source>%1 can only be set when updating an existing customer, not when creating one.</source>
        <translation>%1 kann nur beim Aktualisieren eines bestehenden Kunden gesetzt werden, nicht beim Anlegen.</translation>
    </message>
    <message>
        <source>Enter the beneficial owner&apos;s first name.</source>
        <translation>Geben Sie den Vornamen des wirtschaftlich Berechtigten ein.</translation>
    </message>
    <message>
        <source>Enter the beneficial owner&apos;s last name.</source>
        <translation>Geben Sie den Nachnamen des wirtschaftlich Berechtigten ein.</translation>
    </message>
    <message>
        <source>Expected monthly payments must be zero or a positive amount.</source>
        <translation>Die erwarteten monatlichen Zahlungen müssen null oder ein positiver Betrag sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address; enter one like name@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse; geben Sie eine wie name@example.com ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Sphere customer id (customer_ followed by 32 lower-case hexadecimal characters); leave it empty and Sphere links the owner to this business.</source>
        <translation>„%1“ ist keine Sphere-Kunden-ID (customer_ gefolgt von 32 hexadezimalen Kleinbuchstaben bzw. Ziffern); lassen Sie das Feld leer, dann verknüpft Sphere den Eigentümer mit diesem Unternehmen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Sphere&apos;s annual revenue ranges (%2).</source>
        <translation>„%1“ ist keine der Jahresumsatzspannen von Sphere (%2).</translation>
    </message>
    <message>
        <source>The disclaimer must be exactly Sphere&apos;s text, word for word: &quot;%1&quot;</source>
        <translation>Der Haftungsausschluss muss exakt dem Text von Sphere entsprechen, Wort für Wort: „%1“</translation>
    </message>
    <message>
        <source>Accepting the terms of service needs Sphere&apos;s disclaimer with it: &quot;%1&quot;</source>
        <translation>Die Annahme der Nutzungsbedingungen erfordert den Haftungsausschluss von Sphere: „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of Sphere&apos;s high-risk activities.</source>
        <translation>„%1“ ist keine der Hochrisiko-Tätigkeiten von Sphere.</translation>
    </message>
    <message>
        <source>Choose whether the customer is an individual or a business.</source>
        <translation>Wählen Sie, ob der Kunde eine natürliche Person oder ein Unternehmen ist.</translation>
    </message>
    <message>
        <source>The customer type must be &quot;individual&quot; or &quot;business&quot;, not &quot;%1&quot;.</source>
        <translation>Der Kundentyp muss „individual“ oder „business“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s first name.</source>
        <translation>Geben Sie den Vornamen des Kunden ein.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s last name.</source>
        <translation>Geben Sie den Nachnamen des Kunden ein.</translation>
    </message>
    <message>
        <source>Enter the business&apos;s legal name.</source>
        <translation>Geben Sie den eingetragenen Namen des Unternehmens ein.</translation>
    </message>
    <message>
        <source>Enter an email address.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>%1 applies to individual customers only; this customer is a business.</source>
        <translation>%1 gilt nur für Privatkunden; dieser Kunde ist ein Unternehmen.</translation>
    </message>
    <message>
        <source>%1 applies to business customers only; this customer is an individual.</source>
        <translation>%1 gilt nur für Unternehmenskunden; dieser Kunde ist eine natürliche Person.</translation>
    </message>
    <message>
        <source>This address field is blank; fill it in or leave it out.</source>
        <translation>Dieses Adressfeld ist leer; füllen Sie es aus oder lassen Sie es weg.</translation>
    </message>
    <message>
        <source>The lookup key is blank; fill it in or leave it out.</source>
        <translation>Der Referenzschlüssel ist leer; füllen Sie ihn aus oder lassen Sie ihn weg.</translation>
    </message>
    <message>
        <source>The first name is blank.</source>
        <translation>Der Vorname ist leer.</translation>
    </message>
    <message>
        <source>The last name is blank.</source>
        <translation>Der Nachname ist leer.</translation>
    </message>
    <message>
        <source>The business type must be &quot;individual&quot; or &quot;business&quot;, not &quot;%1&quot;.</source>
        <translation>Der Unternehmenstyp muss „individual“ oder „business“ sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The legal name is blank.</source>
        <translation>Der eingetragene Name ist leer.</translation>
    </message>
    <message>
        <source>The source of funds is blank; describe it or leave it out.</source>
        <translation>Die Mittelherkunft ist leer; beschreiben Sie sie oder lassen Sie sie weg.</translation>
    </message>
    <message>
        <source>&quot;None of the above&quot; cannot be chosen together with a high-risk activity; untick one or the other.</source>
        <translation>„None of the above“ kann nicht zusammen mit einer Hochrisiko-Tätigkeit gewählt werden; entfernen Sie eines der beiden Häkchen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a US state; enter its two-letter code, e.g. CA for California or NY for New York (DC, PR and the other territories are accepted).</source>
        <translation>„%1“ ist kein US-Bundesstaat; geben Sie den zweistelligen Code des Bundesstaats ein, z. B. CA für Kalifornien oder NY für New York (DC, PR und die übrigen Territorien werden akzeptiert).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Canadian province or territory; enter its two-letter code, e.g. ON for Ontario or QC for Quebec.</source>
        <translation>„%1“ ist keine kanadische Provinz und kein kanadisches Territorium; geben Sie den zweistelligen Code ein, z. B. ON für Ontario oder QC für Quebec.</translation>
    </message>
    <message numerus="yes">
        <source>By this date of birth %1 is %n year(s) old, under 18. Check the date; a minor is flagged by the risk check (Sardine).</source>
        <translation>
            <numerusform>Laut diesem Geburtsdatum ist %1 %n Jahr alt, also unter 18. Prüfen Sie das Datum; Minderjährige werden von der Risikoprüfung (Sardine) markiert.</numerusform>
            <numerusform>Laut diesem Geburtsdatum ist %1 %n Jahre alt, also unter 18. Prüfen Sie das Datum; Minderjährige werden von der Risikoprüfung (Sardine) markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>der Kunde</translation>
    </message>
    <message>
        <source>the beneficial owner</source>
        <translation>der wirtschaftlich Berechtigte</translation>
    </message>
</context>
<context>
    <name>CustomerSubmitter</name>
    <message>
        <source>Sphere refused this value: %1</source>
        <translation>Sphere hat diesen Wert abgelehnt: %1</translation>
    </message>
    <message>
        <source>Preparing the documents for upload…</source>
        <translation>Dokumente werden für das Hochladen vorbereitet…</translation>
    </message>
    <message>
        <source>Sending to Sphere…</source>
        <translation>Wird an Sphere gesendet…</translation>
    </message>
    <message>
        <source>Checking whether Sphere already created this customer…</source>
        <translation>Es wird geprüft, ob Sphere diesen Kunden bereits angelegt hat…</translation>
    </message>
    <message>
        <source>Customer updated.</source>
        <translation>Kunde aktualisiert.</translation>
    </message>
    <message>
        <source>Customer created.</source>
        <translation>Kunde angelegt.</translation>
    </message>
    <message>
        <source>Sphere had already created customer %1 before the connection failed, and it has passed KYC since, so the changes made after that attempt cannot be applied (Sphere does not allow approved customers to be updated)</source>
        <translation>Sphere hatte den Kunden %1 bereits angelegt, bevor die Verbindung abbrach, und er hat das KYC inzwischen bestanden; die nach diesem Versuch vorgenommenen Änderungen können daher nicht übernommen werden (Sphere erlaubt keine Aktualisierung freigegebener Kunden)</translation>
    </message>
    <message>
        <source>customer %1 has passed KYC (approved), and Sphere does not allow approved customers to be updated; nothing was sent</source>
        <translation>Kunde %1 hat das KYC bestanden (freigegeben), und Sphere erlaubt keine Aktualisierung freigegebener Kunden; es wurde nichts gesendet</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Open requirements</source>
        <translation>Offene Anforderungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>TOS</source>
        <translation>AGB</translation>
    </message>
    <message>
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <source>Open req.</source>
        <translation>Offene Anf.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Not set by the vendor</source>
        <translation>Vom Anbieter nicht gesetzt</translation>
    </message>
    <message>
        <source>Vendor value: %1 (unknown to KYC Desk)</source>
        <translation>Wert des Anbieters: %1 (KYC Desk unbekannt)</translation>
    </message>
    <message>
        <source>Vendor value: %1</source>
        <translation>Wert des Anbieters: %1</translation>
    </message>
    <message>
        <source>Customer type</source>
        <translation>Kundentyp</translation>
    </message>
    <message>
        <source>KYC status</source>
        <translation>KYC-Status</translation>
    </message>
    <message>
        <source>Terms of service status</source>
        <translation>Status der Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Master services agreement status</source>
        <translation>Status des Rahmendienstleistungsvertrags</translation>
    </message>
    <message>
        <source>Updated (the customer&apos;s last change)</source>
        <translation>Aktualisiert (letzte Änderung des Kunden)</translation>
    </message>
</context>
<context>
    <name>CustomerViewExport</name>
    <message>
        <source>Customer id</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>TOS</source>
        <translation>AGB</translation>
    </message>
    <message>
        <source>MSA</source>
        <translation>MSA</translation>
    </message>
    <message>
        <source>Open requirements</source>
        <translation>Offene Anforderungen</translation>
    </message>
    <message>
        <source>Requirements</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Angelegt (UTC)</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>Aktualisiert (UTC)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Choose a reason…</source>
        <translation>Begründung auswählen…</translation>
    </message>
    <message>
        <source>Optional: what you saw, who you spoke to</source>
        <translation>Optional: was Sie gesehen haben, mit wem Sie gesprochen haben</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <source>This records your case decision in the workspace and the audit trail. Sphere decides KYC itself; this does not change it.</source>
        <translation>Damit wird Ihre Fallentscheidung im Arbeitsbereich und im Prüfpfad festgehalten. Über das KYC entscheidet Sphere selbst; daran ändert dies nichts.</translation>
    </message>
    <message>
        <source>Message to the customer:</source>
        <translation>Nachricht an den Kunden:</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Nachricht kopieren</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
    <message>
        <source>Choose a reason first.</source>
        <translation>Wählen Sie zuerst eine Begründung.</translation>
    </message>
    <message>
        <source>Dear %1,

to complete your verification we need a few more details from you. [Describe what is needed.]
</source>
        <translation>Guten Tag %1,

um Ihre Verifizierung abzuschließen, benötigen wir noch einige Angaben von Ihnen. [Beschreiben Sie, was benötigt wird.]
</translation>
    </message>
    <message>
        <source>Dear %1,

to complete your verification please send us:
%2
</source>
        <translation>Guten Tag %1,

um Ihre Verifizierung abzuschließen, senden Sie uns bitte:
%2
</translation>
    </message>
</context>
<context>
    <name>DesktopSession</name>
    <message>
        <source>The embedded sandbox could not start: %1</source>
        <translation>Die eingebettete Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The local workspace could not be opened (%1); risk checks will not be kept.</source>
        <translation>Der lokale Arbeitsbereich konnte nicht geöffnet werden (%1); Risikoprüfungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The team server&apos;s password could not be read from the keychain (%1).</source>
        <translation>Das Passwort des Team-Servers konnte nicht aus dem Schlüsselbund gelesen werden (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The team server is back: %n change(s) kept on this computer were written there.</source>
        <translation>
            <numerusform>Der Team-Server ist wieder erreichbar: %n auf diesem Computer vorgehaltene Änderung wurde dort gespeichert.</numerusform>
            <numerusform>Der Team-Server ist wieder erreichbar: %n auf diesem Computer vorgehaltene Änderungen wurden dort gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sphere: %1</source>
        <translation>Sphere: %1</translation>
    </message>
    <message>
        <source>Synthetic demo data served on this computer from %1 (%2)</source>
        <translation>Synthetische Demodaten, auf diesem Computer bereitgestellt von %1 (%2)</translation>
    </message>
    <message>
        <source>No base URL is set for %1 (%2). Open &quot;Vendors &amp; credentials&quot; to enter one.</source>
        <translation>Für %1 (%2) ist keine Basis-URL festgelegt. Öffnen Sie „Anbieter und Zugangsdaten“, um eine einzugeben.</translation>
    </message>
    <message>
        <source>The base URL of %1 is not usable: %2</source>
        <translation>Die Basis-URL von %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>No Sphere token is stored for %1. Open &quot;Vendors &amp; credentials&quot; to add one.</source>
        <translation>Für %1 ist kein Sphere-Token gespeichert. Öffnen Sie „Anbieter und Zugangsdaten“, um eines hinzuzufügen.</translation>
    </message>
    <message>
        <source>The OS keychain could not be read for %1 (%2). Open &quot;Vendors &amp; credentials&quot; to enter it for this session only.</source>
        <translation>Der Schlüsselbund des Betriebssystems konnte für %1 nicht gelesen werden (%2). Öffnen Sie „Anbieter und Zugangsdaten“, um die Zugangsdaten nur für diese Sitzung einzugeben.</translation>
    </message>
    <message>
        <source>Form drafts are off: %1</source>
        <translation>Formularentwürfe sind ausgeschaltet: %1</translation>
    </message>
    <message>
        <source>The OS keychain is unavailable (%1), so form drafts are kept in memory for this session only: nothing is written to disk, and they are gone when KYC Desk closes.</source>
        <translation>Der Schlüsselbund des Betriebssystems ist nicht verfügbar (%1), daher werden Formularentwürfe nur für diese Sitzung im Arbeitsspeicher aufbewahrt: Es wird nichts auf die Festplatte geschrieben, und sie sind verschwunden, sobald KYC Desk geschlossen wird.</translation>
    </message>
</context>
<context>
    <name>DocumentField</name>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Show preview</source>
        <translation>Vorschau anzeigen</translation>
    </message>
    <message>
        <source>Documents are personal data: the preview stays hidden until you ask.</source>
        <translation>Dokumente sind personenbezogene Daten: Die Vorschau bleibt verborgen, bis Sie sie anfordern.</translation>
    </message>
    <message>
        <source>No file — choose one or drop a PDF, JPEG or PNG here (up to %1)</source>
        <translation>Keine Datei – wählen Sie eine aus oder ziehen Sie ein PDF, JPEG oder PNG hierher (bis %1)</translation>
    </message>
    <message>
        <source>Choose %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Dokumente (*.pdf *.jpg *.jpeg *.png);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>(from draft)</source>
        <translation>(aus Entwurf)</translation>
    </message>
    <message>
        <source>Hide preview</source>
        <translation>Vorschau ausblenden</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird dargestellt…</translation>
    </message>
    <message>
        <source>No preview</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <source>The file starts like a %1 image but its picture cannot be read (%2): it is damaged or not really a %1. Scan or export the document again.</source>
        <translation>Die Datei beginnt wie ein %1-Bild, ihr Bildinhalt kann aber nicht gelesen werden (%2): Sie ist beschädigt oder gar keine %1-Datei. Scannen oder exportieren Sie das Dokument erneut.</translation>
    </message>
    <message>
        <source>View…</source>
        <translation>Ansehen…</translation>
    </message>
    <message>
        <source>Open the document at full size: zoom, rotate and turn pages.</source>
        <translation>Das Dokument in voller Größe öffnen: zoomen, drehen und blättern.</translation>
    </message>
    <message>
        <source>Choose the file for %1</source>
        <translation>Datei für %1 auswählen</translation>
    </message>
    <message>
        <source>Remove the file chosen for %1</source>
        <translation>Die für %1 gewählte Datei entfernen</translation>
    </message>
    <message>
        <source>Show or hide the preview of %1</source>
        <translation>Vorschau von %1 ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Open %1 at full size</source>
        <translation>%1 in voller Größe öffnen</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>The file is still being checked.</source>
        <translation>Die Datei wird noch geprüft.</translation>
    </message>
</context>
<context>
    <name>DocumentInspector</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>a ZIP archive (or a Word, Excel or OpenDocument file)</source>
        <translation>ein ZIP-Archiv (oder eine Word-, Excel- oder OpenDocument-Datei)</translation>
    </message>
    <message>
        <source>an old-style Word or Excel file</source>
        <translation>eine Word- oder Excel-Datei im alten Format</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <translation>ein RTF-Dokument</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>ein WebP-Bild</translation>
    </message>
    <message>
        <source>a HEIC photo</source>
        <translation>ein HEIC-Foto</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>ein BMP-Bild</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a RAR or 7-Zip archive</source>
        <translation>ein RAR- oder 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>a text file</source>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file&apos;s type is unknown; only PDF, JPEG and PNG documents can be uploaded.</source>
        <translation>Der Dateityp ist unbekannt; nur PDF-, JPEG- und PNG-Dokumente können hochgeladen werden.</translation>
    </message>
    <message>
        <source>The file is %1, not a PDF, JPEG or PNG document; export or scan it to one of those formats.</source>
        <translation>Die Datei ist %1, kein PDF-, JPEG- oder PNG-Dokument; exportieren oder scannen Sie sie in eines dieser Formate.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The file is %1; the limit is %2.</source>
        <translation>Die Datei ist %1 groß; die Grenze liegt bei %2.</translation>
    </message>
    <message>
        <source>The file is %1 bytes; the limit is %2 bytes (%3).</source>
        <translation>Die Datei ist %1 Byte groß; die Grenze liegt bei %2 Byte (%3).</translation>
    </message>
    <message>
        <source>The file is larger than the limit of %1.</source>
        <translation>Die Datei ist größer als die Grenze von %1.</translation>
    </message>
</context>
<context>
    <name>DocumentLimitSettings</name>
    <message>
        <source>Setting %1 is &quot;%2&quot;, not a number of MiB from 1 to %3: the default (%4 MiB) is used.</source>
        <translation>Die Einstellung %1 ist „%2“, keine Anzahl MiB von 1 bis %3: Der Standardwert (%4 MiB) wird verwendet.</translation>
    </message>
</context>
<context>
    <name>DocumentViewerDialog</name>
    <message>
        <source>&amp;Reveal…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>%1 ansehen</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Show the document larger (Ctrl++)</source>
        <translation>Das Dokument größer anzeigen (Ctrl++)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Show the document smaller (Ctrl+-)</source>
        <translation>Das Dokument kleiner anzeigen (Ctrl+-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the whole page in the window (Ctrl+0)</source>
        <translation>Die ganze Seite in das Fenster einpassen (Ctrl+0)</translation>
    </message>
    <message>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <source>Turn the document a quarter anticlockwise (Ctrl+L)</source>
        <translation>Das Dokument um eine Vierteldrehung gegen den Uhrzeigersinn drehen (Ctrl+L)</translation>
    </message>
    <message>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <source>Turn the document a quarter clockwise (Ctrl+R)</source>
        <translation>Das Dokument um eine Vierteldrehung im Uhrzeigersinn drehen (Ctrl+R)</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Asks why you need to see it; the reveal goes to the audit trail.</source>
        <translation>Fragt, warum Sie es sehen müssen; die Offenlegung wird im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>Shows the file you chose.</source>
        <translation>Zeigt die von Ihnen gewählte Datei.</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>The page shown (Page Up / Page Down)</source>
        <translation>Die angezeigte Seite (Page Up / Page Down)</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>The document; scroll with the arrow keys</source>
        <translation>Das Dokument; mit den Pfeiltasten blättern</translation>
    </message>
    <message>
        <source>%1 — masked.
Press “Reveal…” to see it.</source>
        <translation>%1 – maskiert.
Klicken Sie auf „Anzeigen…“, um es zu sehen.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: it is neither an image nor a PDF this program can read.</source>
        <translation>%1 kann nicht angezeigt werden: Es ist weder ein Bild noch ein PDF, das dieses Programm lesen kann.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>DraftAutosaver</name>
    <message>
        <source>drafts are not available in this session</source>
        <translation>Entwürfe sind in dieser Sitzung nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>the workspace database cannot be used: %1</source>
        <translation>die Datenbank des Arbeitsbereichs ist nicht nutzbar: %1</translation>
    </message>
    <message>
        <source>the encryption library could not be initialised</source>
        <translation>die Verschlüsselungsbibliothek konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>the drafts key in %1 is damaged (%2 bytes instead of %3)</source>
        <translation>der Schlüssel für Entwürfe (%1) ist beschädigt (%2 Byte statt %3)</translation>
    </message>
    <message>
        <source>drafts are locked until their key is available</source>
        <translation>Entwürfe sind gesperrt, bis ihr Schlüssel verfügbar ist</translation>
    </message>
    <message>
        <source>a draft needs an id</source>
        <translation>ein Entwurf braucht eine ID</translation>
    </message>
    <message>
        <source>the draft could not be written: %1</source>
        <translation>der Entwurf konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the draft could not be read: %1</source>
        <translation>der Entwurf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>there is no draft &quot;%1&quot;</source>
        <translation>es gibt keinen Entwurf „%1“</translation>
    </message>
    <message>
        <source>the draft cannot be decrypted: it was saved with a different key or has been altered</source>
        <translation>der Entwurf kann nicht entschlüsselt werden: Er wurde mit einem anderen Schlüssel gespeichert oder verändert</translation>
    </message>
    <message>
        <source>the stored draft belongs to another form and was not opened</source>
        <translation>der gespeicherte Entwurf gehört zu einem anderen Formular und wurde nicht geöffnet</translation>
    </message>
</context>
<context>
    <name>EnvironmentConfirmation</name>
    <message>
        <source>This draft was saved for %1 — %2; %1 now uses %3. Send it there?</source>
        <translation>Dieser Entwurf wurde für %1 – %2 gespeichert; %1 verwendet jetzt %3. Trotzdem dorthin senden?</translation>
    </message>
    <message>
        <source>You are about to %1 while the vendors use different environments.</source>
        <translation>Sie sind im Begriff, %1, während die Anbieter unterschiedliche Umgebungen verwenden.</translation>
    </message>
    <message>
        <source>Draft from another environment</source>
        <translation>Entwurf aus einer anderen Umgebung</translation>
    </message>
    <message>
        <source>Mixed environments</source>
        <translation>Gemischte Umgebungen</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Don&apos;t send</source>
        <translation>Nicht senden</translation>
    </message>
</context>
<context>
    <name>EnvironmentSelection</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <source>Mixed environments: %1 on production; %2 on a sandbox.</source>
        <translation>Gemischte Umgebungen: %1 in Produktion; %2 in einer Sandbox.</translation>
    </message>
    <message>
        <source>Mixed environments: %1 on a custom URL that may be live or test data.</source>
        <translation>Gemischte Umgebungen: %1 mit einer eigenen URL, die Live- oder Testdaten liefern kann.</translation>
    </message>
</context>
<context>
    <name>FeedbackOutbox</name>
    <message>
        <source>Feedback to Sardine needs a session key and a customer.</source>
        <translation>Feedback an Sardine braucht einen Sitzungsschlüssel und einen Kunden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a feedback status; use one of: %2</source>
        <translation>„%1“ ist kein Feedback-Status; verwenden Sie einen der folgenden: %2</translation>
    </message>
    <message>
        <source>queueing feedback for Sardine</source>
        <translation>Feedback für Sardine wird eingereiht</translation>
    </message>
    <message>
        <source>withdrawing feedback for Sardine</source>
        <translation>Feedback für Sardine wird zurückgezogen</translation>
    </message>
    <message>
        <source>There is no feedback %1.</source>
        <translation>Es gibt kein Feedback %1.</translation>
    </message>
    <message>
        <source>marking feedback sent</source>
        <translation>Feedback wird als gesendet markiert</translation>
    </message>
    <message>
        <source>recording a failed feedback attempt</source>
        <translation>ein fehlgeschlagener Feedback-Versuch wird festgehalten</translation>
    </message>
    <message>
        <source>reading feedback for Sardine</source>
        <translation>Feedback für Sardine wird gelesen</translation>
    </message>
</context>
<context>
    <name>FieldTable</name>
    <message>
        <source>expected one of %1, got &quot;%2&quot;</source>
        <translation>erwartet wurde einer der Werte %1, erhalten „%2“</translation>
    </message>
</context>
<context>
    <name>HostedLinkBar</name>
    <message>
        <source>KYC link</source>
        <translation>KYC-Link</translation>
    </message>
    <message>
        <source>TOS link</source>
        <translation>AGB-Link</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Ask Sphere for a hosted page where the customer verifies their identity.</source>
        <translation>Bei Sphere eine gehostete Seite anfordern, auf der der Kunde seine Identität verifiziert.</translation>
    </message>
    <message>
        <source>Ask Sphere for a hosted page where the customer accepts the terms of service.</source>
        <translation>Bei Sphere eine gehostete Seite anfordern, auf der der Kunde die Nutzungsbedingungen akzeptiert.</translation>
    </message>
    <message>
        <source>No link requested</source>
        <translation>Kein Link angefordert</translation>
    </message>
    <message>
        <source>Asking Sphere…</source>
        <translation>Anfrage an Sphere…</translation>
    </message>
    <message>
        <source>Sphere sent a %1 link that is not an https address; it is not offered.</source>
        <translation>Sphere hat einen %1-Link gesendet, der keine https-Adresse ist; er wird nicht angeboten.</translation>
    </message>
    <message>
        <source>KYC</source>
        <translation>KYC</translation>
    </message>
    <message>
        <source>TOS</source>
        <translation>AGB</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Gültig bis %1</translation>
    </message>
    <message>
        <source>Hosted link</source>
        <translation>Gehosteter Link</translation>
    </message>
    <message>
        <source>The link to send the customer; read only</source>
        <translation>Der Link, den Sie dem Kunden senden; schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>KeychainCredentialStore</name>
    <message>
        <source>no OS keychain is reachable (%1)</source>
        <translation>kein Schlüsselbund des Betriebssystems erreichbar (%1)</translation>
    </message>
    <message>
        <source>the keychain refused access (%1)</source>
        <translation>der Schlüsselbund hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
</context>
<context>
    <name>KycFilterComboBox</name>
    <message>
        <source>Choose a status to see it alone; tick several (click their boxes, or press Space) to see any of them.</source>
        <translation>Wählen Sie einen Status, um nur ihn zu sehen; kreuzen Sie mehrere an (Kästchen anklicken oder Leertaste drücken), um Kunden mit einem davon zu sehen.</translation>
    </message>
</context>
<context>
    <name>ListWalkGuard</name>
    <message>
        <source>the listing has more than %1 rows, the most KYC Desk holds; stopped after page %2, what was loaded is incomplete</source>
        <translation>die Liste hat mehr als %1 Zeilen, das Maximum, das KYC Desk vorhält; nach Seite %2 angehalten, das Geladene ist unvollständig</translation>
    </message>
    <message>
        <source>%1 said more pages follow page %2, which it also called the last of %3; stopped there</source>
        <translation>%1 meldete weitere Seiten nach Seite %2, die es zugleich als letzte von %3 bezeichnete; dort angehalten</translation>
    </message>
    <message>
        <source>%1&apos;s page %2 listed nobody new (the listing repeats itself); stopped there</source>
        <translation>Seite %2 von %1 enthielt niemanden Neues (die Liste wiederholt sich); dort angehalten</translation>
    </message>
    <message>
        <source>the listing did not end after %1 pages, the most KYC Desk reads; what was loaded is incomplete</source>
        <translation>die Liste endete nicht nach %1 Seiten, dem Maximum, das KYC Desk liest; das Geladene ist unvollständig</translation>
    </message>
    <message>
        <source>%1 listed %2 id(s) more than once across pages (for example %3); each was kept once</source>
        <translation>%1 hat %2 ID(s) auf mehreren Seiten aufgeführt (zum Beispiel %3); jede wurde einmal übernommen</translation>
    </message>
    <message>
        <source>the listing&apos;s ids take more than %1, the most KYC Desk holds; stopped after page %2, what was loaded is incomplete</source>
        <translation>die IDs der Liste belegen mehr als %1, das Maximum, das KYC Desk vorhält; nach Seite %2 angehalten, das Geladene ist unvollständig</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search name, email or id…</source>
        <translation>Name, E-Mail oder ID suchen…</translation>
    </message>
    <message>
        <source>All KYC statuses</source>
        <translation>Alle KYC-Status</translation>
    </message>
    <message>
        <source>Individuals and businesses</source>
        <translation>Alle Kundentypen</translation>
    </message>
    <message>
        <source>Individuals</source>
        <translation>Natürliche Personen</translation>
    </message>
    <message>
        <source>Businesses</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Vendors &amp;&amp; credentials…</source>
        <translation>Anbieter &amp;&amp; Zugangsdaten…</translation>
    </message>
    <message>
        <source>New customer…</source>
        <translation>Neuer Kunde…</translation>
    </message>
    <message>
        <source>Update customer…</source>
        <translation>Kunden aktualisieren…</translation>
    </message>
    <message>
        <source>Onboard with Yativo…</source>
        <translation>Onboarding mit Yativo…</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About KYC Desk…</source>
        <translation>Ü&amp;ber KYC Desk…</translation>
    </message>
    <message>
        <source>The customer list is incomplete (%1 loaded). %2</source>
        <translation>Die Kundenliste ist unvollständig (%1 geladen). %2</translation>
    </message>
    <message>
        <source>MIXED — %1
%2</source>
        <translation>GEMISCHT – %1
%2</translation>
    </message>
    <message>
        <source>PRODUCTION — %1</source>
        <translation>PRODUKTION – %1</translation>
    </message>
    <message>
        <source>Across vendors</source>
        <translation>Anbieterübergreifend</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Search &amp;notes…</source>
        <translation>Notizen &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Customer %1 is not in the book.</source>
        <translation>Kunde %1 ist nicht im Kundenbestand.</translation>
    </message>
    <message>
        <source>E&amp;xport view…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The customers shown, as CSV; names and email addresses masked</source>
        <translation>Die angezeigten Kunden als CSV; Namen und E-Mail-Adressen maskiert</translation>
    </message>
    <message>
        <source>Export view with names and emails…</source>
        <translation>Ansicht mit Namen und E-Mail-Adressen exportieren…</translation>
    </message>
    <message>
        <source>Asks why, and records it in the audit trail</source>
        <translation>Fragt nach dem Grund und hält ihn im Prüfpfad fest</translation>
    </message>
    <message>
        <source>Go to &amp;queues</source>
        <translation>Zu den &amp;Warteschlangen</translation>
    </message>
    <message>
        <source>Not recorded in the audit trail: %1</source>
        <translation>Nicht im Prüfpfad festgehalten: %1</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>CSV for Excel, UTF-8 with byte-order mark (*.csv)</source>
        <translation>CSV für Excel, UTF-8 mit Byte-Order-Mark (*.csv)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Exports are recorded in the workspace, which could not be opened.</source>
        <translation>Exporte werden im Arbeitsbereich festgehalten, der nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>names and email addresses in an export</source>
        <translation>Namen und E-Mail-Adressen in einem Export</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1, names and emails in clear.</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert, Namen und E-Mail-Adressen im Klartext.</numerusform>
            <numerusform>%n Kunden nach %1 exportiert, Namen und E-Mail-Adressen im Klartext.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to %1, names and emails masked.</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert, Namen und E-Mail-Adressen maskiert.</numerusform>
            <numerusform>%n Kunden nach %1 exportiert, Namen und E-Mail-Adressen maskiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copy customer id</source>
        <translation>Kunden-ID kopieren</translation>
    </message>
    <message>
        <source>Copy email address</source>
        <translation>E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <source>Cleared from the clipboard after 30 seconds</source>
        <translation>Wird nach 30 Sekunden aus der Zwischenablage gelöscht</translation>
    </message>
    <message>
        <source>Copy KYC link</source>
        <translation>KYC-Link kopieren</translation>
    </message>
    <message>
        <source>No KYC link: %1</source>
        <translation>Kein KYC-Link: %1</translation>
    </message>
    <message>
        <source>KYC link copied; send it to the customer.</source>
        <translation>KYC-Link kopiert; senden Sie ihn an den Kunden.</translation>
    </message>
    <message>
        <source>Save search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <source>Name of the queue (the search text, KYC status and type filters as they are now):</source>
        <translation>Name der Warteschlange (Suchtext, KYC-Status- und Typfilter in ihrem jetzigen Zustand):</translation>
    </message>
    <message>
        <source>A saved search needs a name.</source>
        <translation>Eine gespeicherte Suche braucht einen Namen.</translation>
    </message>
    <message>
        <source>%1&apos;s KYC is approved. Sphere does not allow an approved customer to be updated.</source>
        <translation>Das KYC von %1 ist freigegeben. Sphere erlaubt keine Aktualisierung eines freigegebenen Kunden.</translation>
    </message>
    <message>
        <source>Yativo created %1; the KYC and TOS links are in the dialog.</source>
        <translation>Yativo hat %1 angelegt; die KYC- und AGB-Links stehen im Dialog.</translation>
    </message>
    <message>
        <source>The draft cannot be opened: %1</source>
        <translation>Der Entwurf kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The customer of this draft could not be fetched: %1</source>
        <translation>Der Kunde dieses Entwurfs konnte nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>This draft was saved for %1 — %2; %1 now uses %3. Check it before sending.</source>
        <translation>Dieser Entwurf wurde für %1 – %2 gespeichert; %1 verwendet jetzt %3. Prüfen Sie ihn vor dem Senden.</translation>
    </message>
    <message>
        <source>Drafts are unavailable (no workspace or keychain)</source>
        <translation>Entwürfe sind nicht verfügbar (kein Arbeitsbereich oder Schlüsselbund)</translation>
    </message>
    <message>
        <source>No drafts</source>
        <translation>Keine Entwürfe</translation>
    </message>
    <message>
        <source>%1 — %2 — saved %3</source>
        <translation>%1 – %2 – gespeichert %3</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Created %1 (%2).</source>
        <translation>%1 (%2) angelegt.</translation>
    </message>
    <message>
        <source>Saved the changes to %1.</source>
        <translation>Änderungen an %1 gespeichert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>&amp;Kunde</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Search the book</source>
        <translation>Kundenbestand &amp;durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Next customer</source>
        <translation>&amp;Nächster Kunde</translation>
    </message>
    <message>
        <source>&amp;Previous customer</source>
        <translation>&amp;Vorheriger Kunde</translation>
    </message>
    <message>
        <source>Run &amp;risk check…</source>
        <translation>&amp;Risikoprüfung durchführen…</translation>
    </message>
    <message>
        <source>Copy customer &amp;id</source>
        <translation>Kunden-&amp;ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;KYC link</source>
        <translation>&amp;KYC-Link kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n onboarding draft(s) were not sent. Open them with &quot;Open drafts&quot; here or from File → Drafts.</source>
        <translation>
            <numerusform>%n Onboarding-Entwurf wurde nicht gesendet. Öffnen Sie ihn hier mit „Entwürfe öffnen“ oder über Datei → Entwürfe.</numerusform>
            <numerusform>%n Onboarding-Entwürfe wurden nicht gesendet. Öffnen Sie sie hier mit „Entwürfe öffnen“ oder über Datei → Entwürfe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>Entwürfe öffnen</translation>
    </message>
    <message>
        <source>The customer book; the selected customer is shown beside it, Alt+Down and Alt+Up step to the next and previous</source>
        <translation>Der Kundenbestand; der ausgewählte Kunde wird daneben angezeigt, Alt+Down und Alt+Up wechseln zum nächsten und vorherigen</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>Shows the customers whose name, email or id contain the text; Down or Enter goes to the results</source>
        <translation>Zeigt die Kunden, deren Name, E-Mail oder ID den Text enthält; Down oder Enter springt zu den Ergebnissen</translation>
    </message>
    <message>
        <source>KYC status filter</source>
        <translation>KYC-Statusfilter</translation>
    </message>
    <message>
        <source>Shows only the customers with this KYC status</source>
        <translation>Zeigt nur die Kunden mit diesem KYC-Status</translation>
    </message>
    <message>
        <source>Customer type filter</source>
        <translation>Kundentypfilter</translation>
    </message>
    <message>
        <source>Shows only individuals, or only businesses</source>
        <translation>Zeigt nur natürliche Personen oder nur Unternehmen</translation>
    </message>
    <message>
        <source>Finds customers by name, email, id, phone number (its digits, typed any way) and, for a business, its beneficial owners&apos; names. Every word must match.
Wallet addresses and bank account numbers are not in the customer list and cannot be searched: open the customer to see them.</source>
        <translation>Findet Kunden nach Name, E-Mail, ID, Telefonnummer (deren Ziffern, beliebig eingegeben) und bei einem Unternehmen nach den Namen seiner wirtschaftlich Berechtigten. Jedes Wort muss passen.
Wallet-Adressen und Bankkontonummern sind nicht in der Kundenliste enthalten und können nicht gesucht werden: Öffnen Sie den Kunden, um sie zu sehen.</translation>
    </message>
    <message>
        <source>KYC %1</source>
        <translation>KYC %1</translation>
    </message>
    <message>
        <source>queue &quot;%1&quot;</source>
        <translation>Warteschlange „%1“</translation>
    </message>
    <message>
        <source>No customer matches the filters.</source>
        <translation>Kein Kunde entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No customer matches &quot;%1&quot;.</source>
        <translation>Kein Kunde entspricht „%1“.</translation>
    </message>
    <message>
        <source>Filters: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 — KYC Desk</source>
        <translation>%1 – KYC Desk</translation>
    </message>
    <message>
        <source>A saved search keeps one KYC status; choose one before saving.</source>
        <translation>Eine gespeicherte Suche enthält einen einzigen KYC-Status; wählen Sie einen, bevor Sie speichern.</translation>
    </message>
</context>
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>this session only (not saved)</source>
        <translation>nur in dieser Sitzung (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>Diese Meldung ausblenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
</context>
<context>
    <name>NoteSearchDialog</name>
    <message>
        <source>Search notes</source>
        <translation>Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Words in any customer&apos;s notes</source>
        <translation>Wörter in den Notizen eines beliebigen Kunden</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s); Enter or a double click opens the customer.</source>
        <translation>
            <numerusform>%n Notiz; Eingabetaste oder Doppelklick öffnet den Kunden.</numerusform>
            <numerusform>%n Notizen; Eingabetaste oder Doppelklick öffnet den Kunden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PendingChanges</name>
    <message>
        <source>The change could not be kept on this computer: %1</source>
        <translation>Die Änderung konnte nicht auf diesem Computer vorgehalten werden: %1</translation>
    </message>
    <message>
        <source>keeping the change on this computer</source>
        <translation>Vorhalten der Änderung auf diesem Computer</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>keeping a change the team server refused</source>
        <translation>Vorhalten einer vom Team-Server abgelehnten Änderung</translation>
    </message>
    <message>
        <source>reading the changes kept on this computer</source>
        <translation>Lesen der auf diesem Computer vorgehaltenen Änderungen</translation>
    </message>
    <message>
        <source>clearing a change sent to the team server</source>
        <translation>Entfernen einer an den Team-Server gesendeten Änderung</translation>
    </message>
</context>
<context>
    <name>PiiRevealGate</name>
    <message>
        <source>The customer called and we verify their details</source>
        <translation>Der Kunde hat angerufen, und wir überprüfen seine Angaben</translation>
    </message>
    <message>
        <source>Investigating a payment or a return</source>
        <translation>Untersuchung einer Zahlung oder Rücklastschrift</translation>
    </message>
    <message>
        <source>An auditor&apos;s or regulator&apos;s request</source>
        <translation>Anfrage eines Prüfers oder einer Aufsichtsbehörde</translation>
    </message>
    <message>
        <source>Correcting the customer&apos;s record</source>
        <translation>Korrektur des Kundendatensatzes</translation>
    </message>
    <message>
        <source>Reveal %1</source>
        <translation>%1 anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>Why do you need to see the %1? Your reason goes to the audit trail; the value is masked again after %n second(s).</source>
        <translation>
            <numerusform>Wozu benötigen Sie diese Daten (%1)? Ihre Begründung wird im Prüfpfad festgehalten; der Wert wird nach %n Sekunde wieder maskiert.</numerusform>
            <numerusform>Wozu benötigen Sie diese Daten (%1)? Ihre Begründung wird im Prüfpfad festgehalten; die Werte werden nach %n Sekunden wieder maskiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 stay masked: revealing them needs the workspace&apos;s audit trail, which could not be opened.</source>
        <translation>Die Daten bleiben maskiert (%1): Zum Anzeigen wird der Prüfpfad des Arbeitsbereichs benötigt, der nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>The value stays masked: the reveal could not be recorded (%1).</source>
        <translation>Der Wert bleibt maskiert: Die Anzeige konnte nicht festgehalten werden (%1).</translation>
    </message>
</context>
<context>
    <name>PrivateFileGuard</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot make the folder %1 private</source>
        <translation>der Ordner %1 kann nicht privat gemacht werden</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot make %1 private</source>
        <translation>%1 kann nicht privat gemacht werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Files with personal data could be read by other users of this computer; they are now private to you: %1</source>
        <translation>Dateien mit personenbezogenen Daten konnten von anderen Benutzern dieses Computers gelesen werden; sie sind jetzt nur noch für Sie zugänglich: %1</translation>
    </message>
</context>
<context>
    <name>QuestionnaireEditor</name>
    <message>
        <source>(not answered)</source>
        <translation>(nicht beantwortet)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Acting as &amp;intermediary:</source>
        <translation>Als &amp;Intermediär tätig:</translation>
    </message>
    <message>
        <source>Whether the customer acts as an intermediary for others</source>
        <translation>Ob der Kunde als Intermediär für andere tätig ist</translation>
    </message>
    <message>
        <source>Emp&amp;loyment status:</source>
        <translation>Beschä&amp;ftigungsstatus:</translation>
    </message>
    <message>
        <source>The customer&apos;s employment status, e.g. employed</source>
        <translation>Der Beschäftigungsstatus des Kunden, z. B. angestellt</translation>
    </message>
    <message>
        <source>Expected mont&amp;hly payments:</source>
        <translation>Erwartete monatliche &amp;Zahlungen:</translation>
    </message>
    <message>
        <source>Expected payments per month</source>
        <translation>Erwartete Zahlungen pro Monat</translation>
    </message>
    <message>
        <source>Most &amp;recent occupation:</source>
        <translation>Zuletzt ausgeübter Be&amp;ruf:</translation>
    </message>
    <message>
        <source>The customer&apos;s most recent occupation</source>
        <translation>Der zuletzt ausgeübte Beruf des Kunden</translation>
    </message>
</context>
<context>
    <name>QueueClaims</name>
    <message>
        <source>reading claims</source>
        <translation>Lesen der Reservierungen</translation>
    </message>
    <message>
        <source>reading the queue</source>
        <translation>Lesen der Warteschlange</translation>
    </message>
    <message>
        <source>claiming the customer</source>
        <translation>Reservieren des Kunden</translation>
    </message>
    <message>
        <source>A claim needs a customer.</source>
        <translation>Eine Reservierung braucht einen Kunden.</translation>
    </message>
    <message>
        <source>The claim on %1 ran out as it was taken; try again.</source>
        <translation>Die Reservierung von %1 ist beim Übernehmen abgelaufen; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Nobody holds customer %1.</source>
        <translation>Niemand hat den Kunden %1 reserviert.</translation>
    </message>
    <message>
        <source>Customer %1 is held by %2, not by you.</source>
        <translation>Kunde %1 ist von %2 reserviert, nicht von Ihnen.</translation>
    </message>
    <message>
        <source>releasing the customer</source>
        <translation>Freigeben des Kunden</translation>
    </message>
</context>
<context>
    <name>RequestLimitsSettings</name>
    <message>
        <source>Setting %1 is &quot;%2&quot;, not a number of seconds from 1 to %3: the default (%4 s) is used.</source>
        <translation>Die Einstellung %1 ist „%2“, keine Anzahl Sekunden von 1 bis %3: Der Standardwert (%4 s) wird verwendet.</translation>
    </message>
    <message>
        <source>Setting %1 is &quot;%2&quot;, not a number of pages from 1 to %3: the default (%4) is used.</source>
        <translation>Die Einstellung %1 ist „%2“, keine Anzahl Seiten von 1 bis %3: Der Standardwert (%4) wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Prüfung erforderlich</translation>
    </message>
    <message>
        <source>Other requirements</source>
        <translation>Sonstige Anforderungen</translation>
    </message>
    <message>
        <source>Requirements outstanding</source>
        <translation>Ausstehende Anforderungen</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>Hohes Risiko</translation>
    </message>
    <message>
        <source>TOS / MSA pending</source>
        <translation>AGB / MSA ausstehend</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Decided by me today</source>
        <translation>Heute von mir entschieden</translation>
    </message>
    <message>
        <source>Awaiting second approval</source>
        <translation>Wartet auf Zweitfreigabe</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s); the one waiting longest has waited %1 (since its last change)</source>
        <translation>
            <numerusform>%n Kunde; wartet seit %1 (seit der letzten Änderung)</numerusform>
            <numerusform>%n Kunden; der am längsten wartende wartet seit %1 (seit seiner letzten Änderung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
</context>
<context>
    <name>ReviewQueuePanel</name>
    <message>
        <source>Save search…</source>
        <translation>Suche speichern…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Review queues</source>
        <translation>Prüf-Warteschlangen</translation>
    </message>
    <message>
        <source>Keep the book&apos;s search text and filters as a queue of your own</source>
        <translation>Suchtext und Filter des Kundenbestands als eigene Warteschlange speichern</translation>
    </message>
    <message>
        <source>Remove saved search “%1”</source>
        <translation>Gespeicherte Suche „%1“ entfernen</translation>
    </message>
    <message>
        <source>Choose a queue to show its customers in the book</source>
        <translation>Wählen Sie eine Warteschlange, um ihre Kunden im Kundenbestand anzuzeigen</translation>
    </message>
</context>
<context>
    <name>ReviewReasons</name>
    <message>
        <source>Documents verified</source>
        <translation>Dokumente verifiziert</translation>
    </message>
    <message>
        <source>Risk acceptable</source>
        <translation>Risiko vertretbar</translation>
    </message>
    <message>
        <source>Requirements met after follow-up</source>
        <translation>Anforderungen nach Rückfrage erfüllt</translation>
    </message>
    <message>
        <source>Document forged or altered</source>
        <translation>Dokument gefälscht oder verändert</translation>
    </message>
    <message>
        <source>Sanctions or PEP match confirmed</source>
        <translation>Sanktions- oder PEP-Treffer bestätigt</translation>
    </message>
    <message>
        <source>Identity could not be verified</source>
        <translation>Identität konnte nicht verifiziert werden</translation>
    </message>
    <message>
        <source>Prohibited business activity</source>
        <translation>Verbotene Geschäftstätigkeit</translation>
    </message>
    <message>
        <source>High risk score</source>
        <translation>Hoher Risikoscore</translation>
    </message>
    <message>
        <source>Possible sanctions or PEP match</source>
        <translation>Möglicher Sanktions- oder PEP-Treffer</translation>
    </message>
    <message>
        <source>Inconsistent information</source>
        <translation>Widersprüchliche Angaben</translation>
    </message>
    <message>
        <source>Needs a second opinion</source>
        <translation>Zweite Meinung erforderlich</translation>
    </message>
    <message>
        <source>Requirements outstanding</source>
        <translation>Ausstehende Anforderungen</translation>
    </message>
    <message>
        <source>Document unreadable or expired</source>
        <translation>Dokument unleserlich oder abgelaufen</translation>
    </message>
    <message>
        <source>Proof of address needed</source>
        <translation>Adressnachweis erforderlich</translation>
    </message>
    <message>
        <source>Source of funds unclear</source>
        <translation>Mittelherkunft unklar</translation>
    </message>
</context>
<context>
    <name>ReviewReasonsPage</name>
    <message>
        <source>The reasons offered with each decision, one a line. Reasons on these lists go to the audit trail as written; anything else is recorded there as &quot;other&quot;.</source>
        <translation>Die Begründungen, die bei jeder Entscheidung angeboten werden, eine pro Zeile. Begründungen aus diesen Listen werden wörtlich in den Prüfpfad übernommen; alles andere wird dort als „other“ festgehalten.</translation>
    </message>
    <message>
        <source>The reasons offered for this decision, one a line</source>
        <translation>Die für diese Entscheidung angebotenen Gründe, einer pro Zeile</translation>
    </message>
</context>
<context>
    <name>ReviewStore</name>
    <message>
        <source>the decision on %1</source>
        <translation>die Entscheidung zu %1</translation>
    </message>
    <message>
        <source>unknown decision</source>
        <translation>unbekannte Entscheidung</translation>
    </message>
    <message>
        <source>the note on %1</source>
        <translation>die Notiz zu %1</translation>
    </message>
    <message>
        <source>%1 was not taken by the team server: %2</source>
        <translation>Vom Team-Server nicht angenommen – %1: %2</translation>
    </message>
    <message>
        <source>%1 is working on this customer (claimed until %2): only they can decide it now.</source>
        <translation>%1 bearbeitet diesen Kunden (reserviert bis %2): Nur diese Person kann jetzt entscheiden.</translation>
    </message>
    <message>
        <source>A decision needs a customer.</source>
        <translation>Eine Entscheidung braucht einen Kunden.</translation>
    </message>
    <message>
        <source>A decision needs a reason.</source>
        <translation>Eine Entscheidung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>recording the decision</source>
        <translation>Festhalten der Entscheidung</translation>
    </message>
    <message>
        <source>Confirming or returning a decision needs a reason.</source>
        <translation>Das Bestätigen oder Zurückgeben einer Entscheidung braucht eine Begründung.</translation>
    </message>
    <message>
        <source>That decision is not waiting for a second analyst.</source>
        <translation>Diese Entscheidung wartet nicht auf einen zweiten Analysten.</translation>
    </message>
    <message>
        <source>%1 made this decision; a second analyst must confirm or return it.</source>
        <translation>%1 hat diese Entscheidung getroffen; ein zweiter Analyst muss sie bestätigen oder zurückgeben.</translation>
    </message>
    <message>
        <source>confirming the decision</source>
        <translation>Bestätigen der Entscheidung</translation>
    </message>
    <message>
        <source>returning the decision</source>
        <translation>Zurückgeben der Entscheidung</translation>
    </message>
    <message>
        <source>That decision was confirmed, returned or undone meanwhile.</source>
        <translation>Diese Entscheidung wurde inzwischen bestätigt, zurückgegeben oder zurückgenommen.</translation>
    </message>
    <message>
        <source>reading decisions</source>
        <translation>Lesen der Entscheidungen</translation>
    </message>
    <message>
        <source>That decision was already undone.</source>
        <translation>Diese Entscheidung wurde bereits zurückgenommen.</translation>
    </message>
    <message>
        <source>Only %1, who made the decision, can undo it.</source>
        <translation>Nur %1, der oder die die Entscheidung getroffen hat, kann sie zurücknehmen.</translation>
    </message>
    <message numerus="yes">
        <source>A decision can be undone for %n second(s) after it is made.</source>
        <translation>
            <numerusform>Eine Entscheidung kann bis %n Sekunde nach dem Treffen zurückgenommen werden.</numerusform>
            <numerusform>Eine Entscheidung kann bis %n Sekunden nach dem Treffen zurückgenommen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>undoing the decision</source>
        <translation>Zurücknehmen der Entscheidung</translation>
    </message>
    <message>
        <source>There is no decision %1.</source>
        <translation>Es gibt keine Entscheidung %1.</translation>
    </message>
    <message>
        <source>A note needs a customer.</source>
        <translation>Eine Notiz braucht einen Kunden.</translation>
    </message>
    <message>
        <source>The note is empty.</source>
        <translation>Die Notiz ist leer.</translation>
    </message>
    <message>
        <source>saving the note</source>
        <translation>Speichern der Notiz</translation>
    </message>
    <message>
        <source>reading notes</source>
        <translation>Lesen der Notizen</translation>
    </message>
</context>
<context>
    <name>RiskCheckDialog</name>
    <message>
        <source>Email verified</source>
        <translation>E-Mail verifiziert</translation>
    </message>
    <message>
        <source>Phone verified</source>
        <translation>Telefon verifiziert</translation>
    </message>
    <message>
        <source>Include a transaction</source>
        <translation>Eine Transaktion einbeziehen</translation>
    </message>
    <message>
        <source>Run risk check — %1</source>
        <translation>Risikoprüfung durchführen – %1</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
    <message>
        <source>Session key</source>
        <translation>Sitzungsschlüssel</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Tax id (SSN)</source>
        <translation>Steuer-ID (SSN)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straße</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Regionscode</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Country (alpha-2)</source>
        <translation>Land (Alpha-2)</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>Currency (ISO 4217)</source>
        <translation>Währung (ISO 4217)</translation>
    </message>
    <message>
        <source>Item category</source>
        <translation>Artikelkategorie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Zahlungsmethode</translation>
    </message>
    <message>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>Routing number</source>
        <translation>Routing-Nummer</translation>
    </message>
    <message>
        <source>Account type</source>
        <translation>Kontoart</translation>
    </message>
    <message>
        <source>Balance (minor units)</source>
        <translation>Saldo (kleinste Währungseinheit)</translation>
    </message>
    <message>
        <source>Balance currency</source>
        <translation>Saldowährung</translation>
    </message>
    <message>
        <source>Run check</source>
        <translation>Prüfung durchführen</translation>
    </message>
    <message>
        <source>A session key is required.</source>
        <translation>Ein Sitzungsschlüssel ist erforderlich.</translation>
    </message>
    <message>
        <source>Date of birth must be a real date written YYYY-MM-DD.</source>
        <translation>Das Geburtsdatum muss ein gültiges Datum im Format JJJJ-MM-TT sein.</translation>
    </message>
    <message>
        <source>Date of birth is in the future.</source>
        <translation>Das Geburtsdatum liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Country must be a 2-letter ISO 3166-1 code (for example US).</source>
        <translation>Das Land muss ein zweistelliger Code nach ISO 3166-1 sein (zum Beispiel US).</translation>
    </message>
    <message>
        <source>Phone must be in E.164 format (for example +14155550123).</source>
        <translation>Die Telefonnummer muss im E.164-Format sein (zum Beispiel +14155550123).</translation>
    </message>
    <message>
        <source>The currency must be a 3-letter ISO 4217 code.</source>
        <translation>Die Währung muss ein dreistelliger Code nach ISO 4217 sein.</translation>
    </message>
    <message>
        <source>The balance must be a whole number of minor units (cents).</source>
        <translation>Der Saldo muss eine ganze Zahl in der kleinsten Währungseinheit (Cent) sein.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Amount (major units, e.g. 12.50)</source>
        <translation>Betrag (Haupteinheit, z. B. 12.50)</translation>
    </message>
    <message>
        <source>In the currency&apos;s major unit: 12.50 means twelve dollars fifty, not 12.50 cents.</source>
        <translation>In der Haupteinheit der Währung: 12.50 bedeutet zwölf Dollar fünfzig, nicht 12.50 Cent. Dezimaltrennzeichen ist der Punkt.</translation>
    </message>
    <message>
        <source>The transaction amount must be a non-negative number in major units (e.g. 12.50).</source>
        <translation>Der Transaktionsbetrag muss eine nicht negative Zahl in der Haupteinheit sein, mit Punkt als Dezimaltrennzeichen (z. B. 12.50).</translation>
    </message>
    <message>
        <source>What the customer is doing: Sardine&apos;s action type</source>
        <translation>Was der Kunde tut: der Aktionstyp von Sardine</translation>
    </message>
    <message>
        <source>The kind of bank account the payment uses</source>
        <translation>Die Art des Bankkontos, über das die Zahlung läuft</translation>
    </message>
    <message>
        <source>Sent to Sardine as &quot;%1&quot;</source>
        <translation>An Sardine gesendet als „%1“</translation>
    </message>
</context>
<context>
    <name>RiskPanel</name>
    <message>
        <source>not returned</source>
        <translation>nicht geliefert</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Sehr hoch</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: keine</translation>
    </message>
    <message>
        <source>%1: not valid base64</source>
        <translation>%1: kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1: not an image Qt can read</source>
        <translation>%1: kein Bild, das Qt lesen kann</translation>
    </message>
    <message>
        <source>The identity provider sent data that cannot be shown.</source>
        <translation>Der Identitätsanbieter hat Daten gesendet, die nicht angezeigt werden können.</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>AML</source>
        <translation>AML</translation>
    </message>
    <message>
        <source>Reveal identity document</source>
        <translation>Ausweisdokument anzeigen</translation>
    </message>
    <message>
        <source>Feedback to Sardine</source>
        <translation>Feedback an Sardine</translation>
    </message>
    <message>
        <source>Document images, number and date of birth are masked unless you reveal them (asks why; audited).</source>
        <translation>Dokumentbilder, Nummer und Geburtsdatum sind maskiert, solange Sie sie nicht anzeigen (fragt nach dem Grund; wird protokolliert).</translation>
    </message>
    <message>
        <source>Identity (document KYC)</source>
        <translation>Identität (Dokumenten-KYC)</translation>
    </message>
    <message>
        <source>No identity entity: this customer has not been through document KYC.</source>
        <translation>Keine Identitätsentität: Dieser Kunde hat kein Dokumenten-KYC durchlaufen.</translation>
    </message>
    <message>
        <source>no check yet</source>
        <translation>noch keine Prüfung</translation>
    </message>
    <message>
        <source>Run a risk check to see Sardine&apos;s verdict.</source>
        <translation>Führen Sie eine Risikoprüfung durch, um die Bewertung von Sardine zu sehen.</translation>
    </message>
    <message>
        <source>No identity entity loaded.</source>
        <translation>Keine Identitätsentität geladen.</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <source>available now %1</source>
        <translation>sofort verfügbar %1</translation>
    </message>
    <message>
        <source>on hold %1</source>
        <translation>zurückgehalten %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>Code %1</translation>
    </message>
    <message>
        <source>No transaction was assessed, so there is no indemnification decision.</source>
        <translation>Es wurde keine Transaktion bewertet, daher gibt es keine Entscheidung zur Haftungsfreistellung.</translation>
    </message>
    <message>
        <source>identity document images, number and date of birth</source>
        <translation>Bilder, Nummer und Geburtsdatum des Ausweisdokuments</translation>
    </message>
    <message>
        <source>Document: %1 from %2, expires %3</source>
        <translation>Dokument: %1 aus %2, gültig bis %3</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>unbekannter Typ</translation>
    </message>
    <message>
        <source>Name on document: %1 %2</source>
        <translation>Name auf dem Dokument: %1 %2</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>Dokumentnummer: %1</translation>
    </message>
    <message>
        <source>Document number: •••• %1</source>
        <translation>Dokumentnummer: •••• %1</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Geburtsdatum: %1</translation>
    </message>
    <message>
        <source>No document data (document KYC scope not consented).</source>
        <translation>Keine Dokumentdaten (keine Einwilligung für den Umfang Dokumenten-KYC).</translation>
    </message>
    <message>
        <source>Consent REVOKED on %1</source>
        <translation>Einwilligung WIDERRUFEN am %1</translation>
    </message>
    <message>
        <source>Consent given on %1</source>
        <translation>Einwilligung erteilt am %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>No profile (profile scope not consented).</source>
        <translation>Kein Profil (keine Einwilligung für den Umfang Profil).</translation>
    </message>
    <message>
        <source>Identity risk level: %1</source>
        <translation>Identitätsrisikostufe: %1</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Selfie</source>
        <translation>Selfie</translation>
    </message>
    <message>
        <source>%1: masked</source>
        <translation>%1: maskiert</translation>
    </message>
    <message>
        <source>No risk checks yet</source>
        <translation>Noch keine Risikoprüfungen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Customer level: %1
%2</source>
        <translation>Kundenstufe: %1
%2</translation>
    </message>
    <message>
        <source>amounts in the transaction&apos;s currency (Sardine&apos;s answer does not name it)</source>
        <translation>Beträge in der Währung der Transaktion (die Antwort von Sardine nennt sie nicht)</translation>
    </message>
    <message numerus="yes">
        <source>Score (0–100) over %n check(s) made on this computer</source>
        <translation>
            <numerusform>Score (0–100) aus %n Prüfung auf diesem Computer</numerusform>
            <numerusform>Score (0–100) aus %n Prüfungen auf diesem Computer</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or press Enter to open it in the document viewer (masked until revealed).</source>
        <translation>Doppelklicken oder Enter drücken, um es im Dokumentbetrachter zu öffnen (maskiert, bis es angezeigt wird).</translation>
    </message>
    <message>
        <source>Risk signals</source>
        <translation>Risikosignale</translation>
    </message>
    <message>
        <source>What the risk engine found, with its value and reason codes</source>
        <translation>Was die Risiko-Engine gefunden hat, mit Wert und Reason-Codes</translation>
    </message>
    <message>
        <source>Checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>The risk engine&apos;s checkpoints and the level each gave</source>
        <translation>Die Checkpoints der Risiko-Engine und die jeweils vergebene Stufe</translation>
    </message>
    <message>
        <source>Tick &quot;Reveal identity document&quot; to see it, or double-click to open it in the viewer.</source>
        <translation>Aktivieren Sie „Ausweisdokument anzeigen“, um es zu sehen, oder doppelklicken Sie, um es im Betrachter zu öffnen.</translation>
    </message>
    <message>
        <source>Identity document, front</source>
        <translation>Ausweisdokument, Vorderseite</translation>
    </message>
    <message>
        <source>Identity document, back</source>
        <translation>Ausweisdokument, Rückseite</translation>
    </message>
    <message>
        <source>Identity selfie</source>
        <translation>Identitäts-Selfie</translation>
    </message>
</context>
<context>
    <name>RiskSignalModel</name>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reason codes</source>
        <translation>Begründungscodes</translation>
    </message>
</context>
<context>
    <name>RiskVocabulary</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Email address at a disposable-mail domain</source>
        <translation>E-Mail-Adresse bei einer Wegwerf-Mail-Domain</translation>
    </message>
    <message>
        <source>Email address not verified</source>
        <translation>E-Mail-Adresse nicht verifiziert</translation>
    </message>
    <message>
        <source>Phone country differs from address country</source>
        <translation>Land der Telefonnummer weicht vom Land der Adresse ab</translation>
    </message>
    <message>
        <source>Customer under 18 by date of birth</source>
        <translation>Kunde laut Geburtsdatum unter 18</translation>
    </message>
    <message>
        <source>Name differs from a verified source</source>
        <translation>Name weicht von einer verifizierten Quelle ab</translation>
    </message>
    <message>
        <source>Phone number shared with other customers</source>
        <translation>Telefonnummer auch bei anderen Kunden verwendet</translation>
    </message>
    <message>
        <source>Tax id shared with other customers</source>
        <translation>Steuer-ID auch bei anderen Kunden verwendet</translation>
    </message>
    <message>
        <source>Large transaction amount</source>
        <translation>Hoher Transaktionsbetrag</translation>
    </message>
    <message>
        <source>Overall customer risk</source>
        <translation>Gesamtrisiko des Kunden</translation>
    </message>
    <message>
        <source>Purchase (transaction) risk</source>
        <translation>Kaufrisiko (Transaktion)</translation>
    </message>
    <message>
        <source>Email risk</source>
        <translation>E-Mail-Risiko</translation>
    </message>
    <message>
        <source>History and identity consistency</source>
        <translation>Historie und Identitätskonsistenz</translation>
    </message>
    <message>
        <source>Phone risk</source>
        <translation>Telefonrisiko</translation>
    </message>
    <message>
        <source>Tax id risk</source>
        <translation>Steuer-ID-Risiko</translation>
    </message>
    <message>
        <source>Disposable email domain</source>
        <translation>Wegwerf-E-Mail-Domain</translation>
    </message>
    <message>
        <source>Unverified email</source>
        <translation>Nicht verifizierte E-Mail</translation>
    </message>
    <message>
        <source>Customer is under 18</source>
        <translation>Kunde ist unter 18</translation>
    </message>
    <message>
        <source>Name differs from personal info of a verification</source>
        <translation>Name weicht von den persönlichen Daten einer Verifizierung ab</translation>
    </message>
    <message>
        <source>Phone already checked for another customer</source>
        <translation>Telefonnummer bereits für einen anderen Kunden geprüft</translation>
    </message>
    <message>
        <source>Tax id already checked for another customer</source>
        <translation>Steuer-ID bereits für einen anderen Kunden geprüft</translation>
    </message>
    <message>
        <source>Transaction amount of 3,000 or more</source>
        <translation>Transaktionsbetrag ab 3.000</translation>
    </message>
    <message>
        <source>Transaction amount of 10,000 or more</source>
        <translation>Transaktionsbetrag ab 10.000</translation>
    </message>
    <message>
        <source>%1 / 100</source>
        <translation>%1 / 100</translation>
    </message>
    <message>
        <source>Sardine&apos;s machine-learning risk score, from 0 (least risky) to 100 (most risky). Sardine documents no score bands: decide on the risk level (low, medium, high, very high), which Sardine&apos;s rules set and calls the only field to decide on.</source>
        <translation>Der Machine-Learning-Risikoscore von Sardine, von 0 (geringstes Risiko) bis 100 (höchstes Risiko). Sardine dokumentiert keine Score-Bereiche: Entscheiden Sie anhand der Risikostufe (niedrig, mittel, hoch, sehr hoch), die die Regeln von Sardine festlegen und die Sardine als einziges Feld für Entscheidungen bezeichnet.</translation>
    </message>
</context>
<context>
    <name>SardineCodec</name>
    <message>
        <source>missing from the answer</source>
        <translation>fehlt in der Antwort</translation>
    </message>
    <message>
        <source>expected an array of past results, got %1</source>
        <translation>erwartet wurde ein Array früherer Ergebnisse, erhalten %1</translation>
    </message>
    <message>
        <source>not an identity entity: none of documentKyc, documentData, profile, level, customer is present</source>
        <translation>keine Identitätsentität: keines von documentKyc, documentData, profile, level, customer ist vorhanden</translation>
    </message>
    <message>
        <source>expected &quot;Success&quot;, got &quot;%1&quot;</source>
        <translation>erwartet „Success“, erhalten „%1“</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Nachricht</translation>
    </message>
    <message>
        <source>the body is not JSON (%1)</source>
        <translation>der Inhalt ist kein JSON (%1)</translation>
    </message>
</context>
<context>
    <name>SardineFeedbackModel</name>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Manual review</source>
        <translation>Manuelle Prüfung</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gesendet am %1</translation>
    </message>
    <message>
        <source>Withdrawn (decision undone)</source>
        <translation>Zurückgezogen (Entscheidung zurückgenommen)</translation>
    </message>
    <message>
        <source>Refused by Sardine</source>
        <translation>Von Sardine abgelehnt</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
    <message>
        <source>Waiting: Sardine could not be reached</source>
        <translation>Wartet: Sardine ist nicht erreichbar</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Not before %1, to Sardine&apos;s %2 environment</source>
        <translation>Nicht vor %1, an die Sardine-Umgebung %2</translation>
    </message>
</context>
<context>
    <name>SardineHistoryView</name>
    <message>
        <source>Load from Sardine</source>
        <translation>Von Sardine laden</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Signals</source>
        <translation>Signale</translation>
    </message>
    <message>
        <source>&lt;b&gt;Past checks — from Sardine&lt;/b&gt;</source>
        <translation>&lt;b&gt;Frühere Prüfungen – von Sardine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Could not load.</source>
        <translation>Konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Sardine is not configured.</source>
        <translation>Sardine ist nicht konfiguriert.</translation>
    </message>
    <message>
        <source>Asking Sardine…</source>
        <translation>Anfrage an Sardine…</translation>
    </message>
    <message>
        <source>not returned</source>
        <translation>nicht geliefert</translation>
    </message>
    <message numerus="yes">
        <source>%n past check(s) at Sardine</source>
        <translation>
            <numerusform>%n frühere Prüfung bei Sardine</numerusform>
            <numerusform>%n frühere Prüfungen bei Sardine</numerusform>
        </translation>
    </message>
    <message>
        <source>Sardine history</source>
        <translation>Sardine-Verlauf</translation>
    </message>
    <message>
        <source>The risk checks Sardine recorded for this customer</source>
        <translation>Die Risikoprüfungen, die Sardine für diesen Kunden erfasst hat</translation>
    </message>
</context>
<context>
    <name>SardineRequestCodec</name>
    <message>
        <source>give the creation time once: createdAtMillis or createdAtMills (the document&apos;s spelling)</source>
        <translation>geben Sie den Erstellungszeitpunkt nur einmal an: createdAtMillis oder createdAtMills (die Schreibweise des Dokuments)</translation>
    </message>
</context>
<context>
    <name>SecretLineEdit</name>
    <message>
        <source>Reveal</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or mask the value</source>
        <translation>Wert anzeigen oder maskieren</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Vendors and credentials</source>
        <translation>Anbieter und Zugangsdaten</translation>
    </message>
    <message>
        <source>Review reasons</source>
        <translation>Prüfungsbegründungen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Secrets are kept in %1, never in a settings file. Leave a secret empty to keep the stored one.</source>
        <translation>Aufbewahrungsort der Secrets: %1 – nie eine Einstellungsdatei. Lassen Sie ein Secret leer, um das gespeicherte zu behalten.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>(started by KYC Desk on this computer)</source>
        <translation>(von KYC Desk auf diesem Computer gestartet)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>No credentials are stored for this environment yet.</source>
        <translation>Für diese Umgebung sind noch keine Zugangsdaten gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>KYC Desk opens the chosen workspace at its next start.</source>
        <translation>KYC Desk öffnet den gewählten Arbeitsbereich beim nächsten Start.</translation>
    </message>
    <message>
        <source>Workspace: the password could not be kept in the keychain (%1); nothing was changed.</source>
        <translation>Arbeitsbereich: Das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>The credentials could not be saved in the OS keychain:
%1

Keep them for this session only? They will not be written anywhere and are gone when KYC Desk closes.</source>
        <translation>Die Zugangsdaten konnten nicht im Schlüsselbund des Betriebssystems gespeichert werden:
%1

Nur für diese Sitzung behalten? Sie werden nirgends gespeichert und sind verschwunden, sobald KYC Desk geschlossen wird.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Nothing was changed for %1; the previous credentials are kept.</source>
        <translation>Für %1 wurde nichts geändert; die bisherigen Zugangsdaten bleiben erhalten.</translation>
    </message>
    <message>
        <source>Which of the vendor&apos;s environments this desk works with</source>
        <translation>Mit welcher Umgebung des Anbieters dieser Desk arbeitet</translation>
    </message>
    <message>
        <source>The address of the vendor&apos;s API for that environment</source>
        <translation>Die Adresse der API des Anbieters für diese Umgebung</translation>
    </message>
    <message>
        <source>The first part of the credential, as the vendor issued it</source>
        <translation>Der erste Teil der Zugangsdaten, wie vom Anbieter ausgegeben</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings file; leave empty to keep the stored one</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in der Einstellungsdatei; leer lassen, um den gespeicherten Wert beizubehalten</translation>
    </message>
    <message>
        <source>Sends one harmless request with these settings</source>
        <translation>Sendet eine harmlose Anfrage mit diesen Einstellungen</translation>
    </message>
    <message>
        <source>not needed for the embedded sandbox</source>
        <translation>für die eingebettete Sandbox nicht nötig</translation>
    </message>
    <message>
        <source>unknown: the keychain could not be read</source>
        <translation>unbekannt: Der Schlüsselbund konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>SphereClient</name>
    <message>
        <source>there is nothing to update: no field of customer %1 was changed</source>
        <translation>es gibt nichts zu aktualisieren: kein Feld von Kunde %1 wurde geändert</translation>
    </message>
    <message>
        <source>a customer lookup needs an email or a lookup key</source>
        <translation>eine Kundensuche braucht eine E-Mail-Adresse oder einen Referenzschlüssel</translation>
    </message>
</context>
<context>
    <name>SphereCodec</name>
    <message>
        <source>expected boolean</source>
        <translation>Boolescher Wert erwartet</translation>
    </message>
    <message>
        <source>missing from the answer</source>
        <translation>fehlt in der Antwort</translation>
    </message>
    <message>
        <source>expected an object, got %1</source>
        <translation>Objekt erwartet, erhalten %1</translation>
    </message>
    <message>
        <source>the body is not JSON (%1 at offset %2)</source>
        <translation>der Inhalt ist kein JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Nachricht</translation>
    </message>
    <message>
        <source>missing from the response envelope</source>
        <translation>fehlt im Antwort-Umschlag</translation>
    </message>
    <message>
        <source>expected boolean, got %1</source>
        <translation>Boolescher Wert erwartet, erhalten %1</translation>
    </message>
</context>
<context>
    <name>SphereRequestCodec</name>
    <message>
        <source>expected a base64-encoded document</source>
        <translation>ein base64-codiertes Dokument erwartet</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Additional review</source>
        <translation>Zusätzliche Prüfung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Other (unknown to KYC Desk)</source>
        <translation>Sonstiges (KYC Desk unbekannt)</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Annulliert</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Natürliche Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholung erforderlich</translation>
    </message>
    <message>
        <source>Document needed</source>
        <translation>Dokument erforderlich</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Converted to user</source>
        <translation>In Benutzer umgewandelt</translation>
    </message>
    <message>
        <source>ACH pull</source>
        <translation>ACH-Lastschrift</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>Händler</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Bridge</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Checking</source>
        <translation>Girokonto</translation>
    </message>
    <message>
        <source>Savings</source>
        <translation>Sparkonto</translation>
    </message>
    <message>
        <source>Address — line 1</source>
        <translation>Adresse – Zeile 1</translation>
    </message>
    <message>
        <source>Address — line 2</source>
        <translation>Adresse – Zeile 2</translation>
    </message>
    <message>
        <source>Address — city</source>
        <translation>Adresse – Ort</translation>
    </message>
    <message>
        <source>Address — state</source>
        <translation>Adresse – Bundesstaat/Region</translation>
    </message>
    <message>
        <source>Address — postal code</source>
        <translation>Adresse – Postleitzahl</translation>
    </message>
    <message>
        <source>Address — country</source>
        <translation>Adresse – Land</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <source>Identity document (front)</source>
        <translation>Ausweisdokument (Vorderseite)</translation>
    </message>
    <message>
        <source>Identity document (back)</source>
        <translation>Ausweisdokument (Rückseite)</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>Adressnachweis</translation>
    </message>
    <message>
        <source>Social Security Number</source>
        <translation>Sozialversicherungsnummer (SSN)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Employer Identification Number</source>
        <translation>Employer Identification Number (EIN)</translation>
    </message>
    <message>
        <source>Incorporation document</source>
        <translation>Gründungsdokument</translation>
    </message>
    <message>
        <source>Shareholder document</source>
        <translation>Gesellschafterdokument</translation>
    </message>
    <message>
        <source>Statement of funds</source>
        <translation>Mittelherkunftsnachweis</translation>
    </message>
    <message>
        <source>Beneficial owners</source>
        <translation>Wirtschaftlich Berechtigte</translation>
    </message>
    <message>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message>
        <source>Create user intent</source>
        <translation>Absicht zur Benutzeranlage</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Possible match on a sanctions list</source>
        <translation>Möglicher Treffer auf einer Sanktionsliste</translation>
    </message>
    <message>
        <source>Adverse media found</source>
        <translation>Negative Medienberichte gefunden</translation>
    </message>
    <message>
        <source>Politically exposed person</source>
        <translation>Politisch exponierte Person</translation>
    </message>
    <message>
        <source>Documents do not match the details given</source>
        <translation>Dokumente stimmen nicht mit den gemachten Angaben überein</translation>
    </message>
    <message>
        <source>High-risk jurisdiction</source>
        <translation>Hochrisiko-Jurisdiktion</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>TeamRiskHistory</name>
    <message>
        <source>keeping the risk check</source>
        <translation>Speichern der Risikoprüfung</translation>
    </message>
    <message>
        <source>reading risk checks</source>
        <translation>Lesen der Risikoprüfungen</translation>
    </message>
</context>
<context>
    <name>ThirdPartyComponents</name>
    <message>
        <source>Application framework: windows, networking, SQL, charts, PDF previews</source>
        <translation>Anwendungsframework: Fenster, Netzwerk, SQL, Diagramme, PDF-Vorschauen</translation>
    </message>
    <message>
        <source>Vendor credentials in the system keychain</source>
        <translation>Zugangsdaten der Anbieter im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Encryption of form drafts at rest</source>
        <translation>Verschlüsselung gespeicherter Formularentwürfe</translation>
    </message>
    <message>
        <source>Fast decoding of the customer book&apos;s pages</source>
        <translation>Schnelles Dekodieren der Seiten des Kundenbestands</translation>
    </message>
</context>
<context>
    <name>UboDetailsDialog</name>
    <message>
        <source>Beneficial owner — %1</source>
        <translation>Wirtschaftlich Berechtigte(r) – %1</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Open requirements:</source>
        <translation>Offene Anforderungen:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Read only. Owners are changed in the customer&apos;s update form (Ctrl+E).</source>
        <translation>Schreibgeschützt. Eigentümer werden im Aktualisierungsformular des Kunden geändert (Ctrl+E).</translation>
    </message>
</context>
<context>
    <name>UboEditorDialog</name>
    <message>
        <source>Beneficial owner</source>
        <translation>Wirtschaftlich Berechtigter</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Filled in by Sphere for the business being created</source>
        <translation>Wird von Sphere für das anzulegende Unternehmen ausgefüllt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Ausweisdokumente</translation>
    </message>
    <message>
        <source>Identity document (front)</source>
        <translation>Ausweisdokument (Vorderseite)</translation>
    </message>
    <message>
        <source>Identity document (back)</source>
        <translation>Ausweisdokument (Rückseite)</translation>
    </message>
    <message>
        <source>Questionnaire (update only)</source>
        <translation>Fragebogen (nur bei Aktualisierung)</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1990-03-23.</source>
        <translation>Geben Sie das Datum als JJJJ-MM-TT ein, z. B. 1990-03-23.</translation>
    </message>
    <message>
        <source>To fix: %1</source>
        <translation>Zu korrigieren: %1</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>The owner&apos;s given name as on the identity document</source>
        <translation>Vorname des Eigentümers wie im Ausweisdokument</translation>
    </message>
    <message>
        <source>L&amp;ast name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>The owner&apos;s family name as on the identity document</source>
        <translation>Nachname des Eigentümers wie im Ausweisdokument</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Geburtsdatum:</translation>
    </message>
    <message>
        <source>The owner&apos;s date of birth as YYYY-MM-DD</source>
        <translation>Geburtsdatum des Eigentümers als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>&amp;SSN:</source>
        <translation>&amp;SSN:</translation>
    </message>
    <message>
        <source>The owner&apos;s US Social Security number as 123-45-6789; personal data</source>
        <translation>US-Sozialversicherungsnummer (SSN) des Eigentümers im Format 123-45-6789; personenbezogene Daten</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>The owner&apos;s email address</source>
        <translation>E-Mail-Adresse des Eigentümers</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>The owner&apos;s phone number in international format</source>
        <translation>Telefonnummer des Eigentümers im internationalen Format</translation>
    </message>
    <message>
        <source>B&amp;usiness customer id:</source>
        <translation>Kunden-ID des &amp;Unternehmens:</translation>
    </message>
    <message>
        <source>The Sphere id of the business this person owns; filled in by Sphere for a business being created</source>
        <translation>Die Sphere-ID des Unternehmens, das dieser Person gehört; wird von Sphere für ein anzulegendes Unternehmen ausgefüllt</translation>
    </message>
</context>
<context>
    <name>UboTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Open req.</source>
        <translation>Offene Anf.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Open requirements</source>
        <translation>Offene Anforderungen</translation>
    </message>
</context>
<context>
    <name>UiTheme</name>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
</context>
<context>
    <name>VendorEnvironment</name>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>App secret</source>
        <translation>App-Secret</translation>
    </message>
    <message>
        <source>Embedded sandbox</source>
        <translation>Eingebettete Sandbox</translation>
    </message>
    <message>
        <source>Vendor sandbox</source>
        <translation>Sandbox des Anbieters</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Custom URL</source>
        <translation>Eigene URL</translation>
    </message>
    <message>
        <source>Enter a base URL.</source>
        <translation>Geben Sie eine Basis-URL ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a URL (expected something like https://api.example.com).</source>
        <translation>„%1“ ist keine URL (erwartet wird etwa https://api.example.com).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unknown environment (recorded before environments were kept)</source>
        <translation>Unbekannte Umgebung (erfasst, bevor Umgebungen gespeichert wurden)</translation>
    </message>
    <message>
        <source>Unknown environment</source>
        <translation>Unbekannte Umgebung</translation>
    </message>
</context>
<context>
    <name>VerificationLevelModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open requirements</source>
        <translation>Offene Anforderungen</translation>
    </message>
</context>
<context>
    <name>WalletTableModel</name>
    <message>
        <source>Nickname</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signiert</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>WorkspaceDatabase</name>
    <message>
        <source>counting %1</source>
        <translation>Zählen von %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be reached.</source>
        <translation>Der Arbeitsbereich %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>waiting for the audit trail</source>
        <translation>Warten auf den Prüfpfad</translation>
    </message>
    <message>
        <source>reading the team&apos;s settings</source>
        <translation>Lesen der Team-Einstellungen</translation>
    </message>
    <message>
        <source>saving the team&apos;s settings</source>
        <translation>Speichern der Team-Einstellungen</translation>
    </message>
    <message>
        <source>This KYC Desk cannot reach a team server: Qt&apos;s PostgreSQL driver (libqt6sql6-psql) is not installed.</source>
        <translation>Dieses KYC Desk kann keinen Team-Server erreichen: Der PostgreSQL-Treiber von Qt (libqt6sql6-psql) ist nicht installiert.</translation>
    </message>
    <message>
        <source>The team server %1 refused or could not be reached: %2</source>
        <translation>Der Team-Server %1 hat abgelehnt oder ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>asking the team server who we are</source>
        <translation>Abfrage der eigenen Rolle beim Team-Server</translation>
    </message>
    <message>
        <source>asking the team server who owns the workspace</source>
        <translation>Abfrage beim Team-Server, wem der Arbeitsbereich gehört</translation>
    </message>
    <message>
        <source>The team server %1 holds schema %2 of the workspace and this KYC Desk needs %3: its owner runs `kycdesk-cli workspace migrate` first. Nothing was written.</source>
        <translation>Der Team-Server %1 enthält Schema %2 des Arbeitsbereichs, und dieses KYC Desk braucht %3: Der Eigentümer führt zuerst `kycdesk-cli workspace migrate` aus. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>asking the team server what this role may do</source>
        <translation>Abfrage beim Team-Server, was diese Rolle darf</translation>
    </message>
    <message>
        <source>The team server %1 holds a workspace of a newer KYC Desk (schema %2; this version knows up to %3). Nothing was written; update KYC Desk.</source>
        <translation>Der Team-Server %1 enthält einen Arbeitsbereich eines neueren KYC Desk (Schema %2; diese Version kennt Schemata bis %3). Es wurde nichts geschrieben; aktualisieren Sie KYC Desk.</translation>
    </message>
    <message>
        <source>reading the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer KYC Desk (schema %2; this version knows up to %3). It was left untouched; update KYC Desk or choose another workspace.</source>
        <translation>Der Arbeitsbereich %1 wurde von einem neueren KYC Desk geschrieben (Schema %2; diese Version kennt Schemata bis %3). Er wurde nicht verändert; aktualisieren Sie KYC Desk oder wählen Sie einen anderen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2). It was not changed; a copy was saved as %3. Choose another workspace or restore a backup.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (%2). Er wurde nicht verändert; eine Kopie wurde als %3 gespeichert. Wählen Sie einen anderen Arbeitsbereich, oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged (%2) and could not be copied aside. It was not changed.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt (%2) und konnte nicht beiseitekopiert werden. Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>migration %1 (does this role own the team&apos;s database?)</source>
        <translation>Migration %1 (gehört die Datenbank des Teams dieser Rolle?)</translation>
    </message>
    <message>
        <source>starting a write</source>
        <translation>Beginnen eines Schreibvorgangs</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>WorkspaceImport</name>
    <message>
        <source>reading the workspace being moved</source>
        <translation>Lesen des zu übertragenden Arbeitsbereichs</translation>
    </message>
    <message>
        <source>A workspace file is moved over to a team server, not the other way.</source>
        <translation>Eine Arbeitsbereichsdatei wird auf einen Team-Server übertragen, nicht umgekehrt.</translation>
    </message>
    <message>
        <source>The audit trail of %1 is broken at row %2 (%3); it is not moved over.</source>
        <translation>Der Prüfpfad von %1 ist bei Zeile %2 unterbrochen (%3); er wird nicht übertragen.</translation>
    </message>
    <message>
        <source>reading earlier imports</source>
        <translation>Lesen früherer Importe</translation>
    </message>
    <message>
        <source>moving a decision</source>
        <translation>Übertragen einer Entscheidung</translation>
    </message>
    <message>
        <source>moving a note</source>
        <translation>Übertragen einer Notiz</translation>
    </message>
    <message>
        <source>moving a risk check</source>
        <translation>Übertragen einer Risikoprüfung</translation>
    </message>
    <message>
        <source>recording the import</source>
        <translation>Festhalten des Imports</translation>
    </message>
</context>
<context>
    <name>WorkspaceLocation</name>
    <message>
        <source>The workspace needs a file or a postgresql:// address.</source>
        <translation>Der Arbeitsbereich braucht eine Datei oder eine postgresql://-Adresse.</translation>
    </message>
    <message>
        <source>The team server address is not a valid URL: %1</source>
        <translation>Die Adresse des Team-Servers ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>The team server address must not hold a password: keep it in the keychain (app) or in PGPASSWORD / ~/.pgpass (kycdesk-cli).</source>
        <translation>Die Adresse des Team-Servers darf kein Passwort enthalten: Bewahren Sie es im Schlüsselbund (App) oder in PGPASSWORD / ~/.pgpass (kycdesk-cli) auf.</translation>
    </message>
    <message>
        <source>The team server address has an option KYC Desk does not use: %1</source>
        <translation>Die Adresse des Team-Servers enthält eine Option, die KYC Desk nicht verwendet: %1</translation>
    </message>
    <message>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>The team server&apos;s %1 must not hold spaces, commas, semicolons, quotes or backslashes: %2</source>
        <translation>Die Angabe „%1“ des Team-Servers darf keine Leerzeichen, Kommas, Semikolons, Anführungszeichen oder Backslashes enthalten: %2</translation>
    </message>
    <message>
        <source>The team server address needs a user, a host and a database: postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>Die Adresse des Team-Servers braucht einen Benutzer, einen Host und eine Datenbank: postgresql://USER@HOST:PORT/DATABASE</translation>
    </message>
    <message>
        <source>The team server&apos;s port must be between 1 and 65535.</source>
        <translation>Der Port des Team-Servers muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot;.</source>
        <translation>Unbekannter sslmode „%1“.</translation>
    </message>
    <message>
        <source>A team server on another computer is only reached with sslmode=verify-full (TLS that checks the server&apos;s certificate and name); &quot;%1&quot; was asked for.</source>
        <translation>Ein Team-Server auf einem anderen Computer wird nur mit sslmode=verify-full erreicht (TLS, das Zertifikat und Namen des Servers prüft); angefordert wurde „%1“.</translation>
    </message>
</context>
<context>
    <name>WorkspaceSettingsPage</name>
    <message>
        <source>&amp;This computer</source>
        <translation>Dieser &amp;Computer</translation>
    </message>
    <message>
        <source>Team &amp;server (PostgreSQL)</source>
        <translation>Team-&amp;Server (PostgreSQL)</translation>
    </message>
    <message>
        <source>Decisions, notes and the audit trail in a file only you can read</source>
        <translation>Entscheidungen, Notizen und Prüfpfad in einer Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <source>One queue, claims, four eyes and one audit trail shared by the team&apos;s analysts</source>
        <translation>Eine Warteschlange, Reservierungen, Vier-Augen-Prinzip und ein Prüfpfad, gemeinsam für alle Analysten des Teams</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>keines gespeichert</translation>
    </message>
    <message>
        <source>db.example.com, or a socket folder such as /run/postgresql</source>
        <translation>db.example.com oder ein Socket-Ordner wie /run/postgresql</translation>
    </message>
    <message>
        <source>~/.postgresql/root.crt</source>
        <translation>~/.postgresql/root.crt</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA-&amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Where decisions, notes and the audit trail are kept. KYC Desk opens the chosen workspace at its next start.</source>
        <translation>Wo Entscheidungen, Notizen und der Prüfpfad gespeichert werden. KYC Desk öffnet den gewählten Arbeitsbereich beim nächsten Start.</translation>
    </message>
    <message>
        <source>A server on this computer may be reached without TLS.</source>
        <translation>Ein Server auf diesem Computer darf ohne TLS erreicht werden.</translation>
    </message>
    <message>
        <source>A server on another computer is reached only over TLS that checks its certificate and name (verify-full).</source>
        <translation>Ein Server auf einem anderen Computer wird nur über TLS erreicht, das sein Zertifikat und seinen Namen prüft (verify-full).</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s name or address, or a socket folder</source>
        <translation>Name oder Adresse des PostgreSQL-Servers oder ein Socket-Ordner</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s port, 5432 unless told otherwise</source>
        <translation>Port des PostgreSQL-Servers, 5432, sofern nicht anders angegeben</translation>
    </message>
    <message>
        <source>The team&apos;s database on that server</source>
        <translation>Die Datenbank des Teams auf diesem Server</translation>
    </message>
    <message>
        <source>Your PostgreSQL user name</source>
        <translation>Ihr PostgreSQL-Benutzername</translation>
    </message>
    <message>
        <source>Kept in the system keychain; leave empty to keep the stored one</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert; leer lassen, um das gespeicherte beizubehalten</translation>
    </message>
    <message>
        <source>The certificate authority file that signed the server&apos;s certificate</source>
        <translation>Die Datei der Zertifizierungsstelle, die das Zertifikat des Servers signiert hat</translation>
    </message>
</context>
<context>
    <name>YativoCodec</name>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>expected string, got %1</source>
        <translation>Zeichenkette erwartet, erhalten %1</translation>
    </message>
    <message>
        <source>missing from the answer</source>
        <translation>fehlt in der Antwort</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Nachricht</translation>
    </message>
    <message>
        <source>missing from the response envelope</source>
        <translation>fehlt im Antwort-Umschlag</translation>
    </message>
</context>
<context>
    <name>YativoCustomerDialog</name>
    <message>
        <source>Onboard a customer with Yativo</source>
        <translation>Onboarding eines Kunden mit Yativo</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Vollständiger &amp;Name:</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>+12345678900 (E.164)</source>
        <translation>+12345678900 (E.164)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-3, e.g. USA</source>
        <translation>ISO 3166-1 Alpha-3, z. B. USA</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Email the KYC link to the customer</source>
        <translation>KYC-Link per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <source>Onboarding links</source>
        <translation>Onboarding-Links</translation>
    </message>
    <message>
        <source>KYC link:</source>
        <translation>KYC-Link:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>TOS link:</source>
        <translation>AGB-Link:</translation>
    </message>
    <message>
        <source>KYC status:</source>
        <translation>KYC-Status:</translation>
    </message>
    <message>
        <source>TOS status:</source>
        <translation>AGB-Status:</translation>
    </message>
    <message>
        <source>Rejection reasons:</source>
        <translation>Ablehnungsgründe:</translation>
    </message>
    <message>
        <source>Still needed:</source>
        <translation>Noch erforderlich:</translation>
    </message>
    <message>
        <source>Ask Yativo where this customer&apos;s KYC stands now.</source>
        <translation>Bei Yativo den aktuellen KYC-Stand dieses Kunden abfragen.</translation>
    </message>
    <message>
        <source>Refresh KYC status</source>
        <translation>KYC-Status aktualisieren</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Natürliche Person</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Create and get links</source>
        <translation>Anlegen und Links abrufen</translation>
    </message>
    <message>
        <source>New Yativo customer</source>
        <translation>Neuer Yativo-Kunde</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Der Entwurf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Yativo is not configured. Open &quot;Vendors &amp; credentials&quot; to choose an environment and enter the account id and app secret.</source>
        <translation>Yativo ist nicht konfiguriert. Öffnen Sie „Anbieter und Zugangsdaten“, um eine Umgebung zu wählen und Konto-ID und App-Secret einzugeben.</translation>
    </message>
    <message>
        <source>Created. Send the links to the customer.</source>
        <translation>Angelegt. Senden Sie die Links an den Kunden.</translation>
    </message>
    <message>
        <source>To fix before sending: %1</source>
        <translation>Vor dem Senden zu korrigieren: %1</translation>
    </message>
    <message>
        <source>create this customer in Yativo</source>
        <translation>diesen Kunden in Yativo anzulegen</translation>
    </message>
    <message>
        <source>Sending to Yativo…</source>
        <translation>Wird an Yativo gesendet…</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>(refresh to ask Yativo)</source>
        <translation>(aktualisieren, um Yativo zu fragen)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Asking Yativo…</source>
        <translation>Anfrage an Yativo…</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>KYC status refreshed at %1.</source>
        <translation>KYC-Status um %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Not shown: not an https address</source>
        <translation>Nicht angezeigt: keine https-Adresse</translation>
    </message>
    <message>
        <source>Yativo sent a link that is not an https address; it is not offered.</source>
        <translation>Yativo hat einen Link gesendet, der keine https-Adresse ist; er wird nicht angeboten.</translation>
    </message>
    <message>
        <source>Your entries are kept as a draft; correct them or retry.</source>
        <translation>Ihre Eingaben sind als Entwurf gespeichert; korrigieren Sie sie oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The draft could not be opened: %1</source>
        <translation>Der Entwurf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The draft was saved by a different version of KYC Desk and cannot be restored.</source>
        <translation>Der Entwurf wurde von einer anderen Version von KYC Desk gespeichert und kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restored from the draft saved earlier.</source>
        <translation>Aus dem zuvor gespeicherten Entwurf wiederhergestellt.</translation>
    </message>
    <message>
        <source>The customer&apos;s full name</source>
        <translation>Der vollständige Name des Kunden</translation>
    </message>
    <message>
        <source>The customer&apos;s email address; Yativo sends the KYC link there</source>
        <translation>Die E-Mail-Adresse des Kunden; Yativo sendet den KYC-Link dorthin</translation>
    </message>
    <message>
        <source>Phone number in international format</source>
        <translation>Telefonnummer im internationalen Format</translation>
    </message>
    <message>
        <source>Country of residence</source>
        <translation>Wohnsitzland</translation>
    </message>
    <message>
        <source>Individual or business</source>
        <translation>Natürliche Person oder Unternehmen</translation>
    </message>
    <message>
        <source>The identity verification link Yativo created for the customer</source>
        <translation>Der Link zur Identitätsprüfung, den Yativo für den Kunden erstellt hat</translation>
    </message>
    <message>
        <source>Copy the KYC link</source>
        <translation>KYC-Link kopieren</translation>
    </message>
    <message>
        <source>Open the KYC link in the web browser</source>
        <translation>KYC-Link im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>The terms of service link Yativo created for the customer</source>
        <translation>Der Link zu den Nutzungsbedingungen, den Yativo für den Kunden erstellt hat</translation>
    </message>
    <message>
        <source>Copy the terms of service link</source>
        <translation>Link zu den Nutzungsbedingungen kopieren</translation>
    </message>
    <message>
        <source>Open the terms of service link in the web browser</source>
        <translation>Link zu den Nutzungsbedingungen im Webbrowser öffnen</translation>
    </message>
</context>
<context>
    <name>YativoLinks</name>
    <message>
        <source>A link needs a customer and a Yativo record.</source>
        <translation>Eine Verknüpfung braucht einen Kunden und einen Yativo-Datensatz.</translation>
    </message>
    <message>
        <source>linking the Yativo record</source>
        <translation>Verknüpfen des Yativo-Datensatzes</translation>
    </message>
    <message>
        <source>Customer %1 has no Yativo record linked.</source>
        <translation>Mit Kunde %1 ist kein Yativo-Datensatz verknüpft.</translation>
    </message>
    <message>
        <source>unlinking the Yativo record</source>
        <translation>Aufheben der Yativo-Verknüpfung</translation>
    </message>
    <message>
        <source>reading the Yativo link</source>
        <translation>Lesen der Yativo-Verknüpfung</translation>
    </message>
    <message>
        <source>The linked Yativo record cannot be read: %1</source>
        <translation>Der verknüpfte Yativo-Datensatz kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>YativoRequestValidator</name>
    <message>
        <source>Enter the customer&apos;s full name.</source>
        <translation>Geben Sie den vollständigen Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>Enter the customer&apos;s email; Yativo sends the KYC link there.</source>
        <translation>Geben Sie die E-Mail-Adresse des Kunden ein; Yativo sendet den KYC-Link dorthin.</translation>
    </message>
    <message>
        <source>Enter a phone number in E.164 format, e.g. +12345678900.</source>
        <translation>Geben Sie eine Telefonnummer im E.164-Format ein, z. B. +12345678900.</translation>
    </message>
    <message>
        <source>Enter the country as an ISO 3166-1 alpha-3 code, e.g. USA.</source>
        <translation>Geben Sie das Land als Code nach ISO 3166-1 Alpha-3 ein, z. B. USA.</translation>
    </message>
    <message>
        <source>Choose individual or business.</source>
        <translation>Wählen Sie natürliche Person oder Unternehmen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back office for KYC/KYB compliance analysts.</source>
        <translation>Backoffice für KYC/KYB-Compliance-Analysten.</translation>
    </message>
    <message>
        <source>Seed the embedded sandbox with N synthetic customers (first run only).</source>
        <translation>Die eingebettete Sandbox mit N synthetischen Kunden befüllen (nur beim ersten Start).</translation>
    </message>
    <message>
        <source>SQLite file of the embedded sandbox.</source>
        <translation>SQLite-Datei der eingebetteten Sandbox.</translation>
    </message>
    <message>
        <source>Save a picture of the window once the customers are loaded, then quit.</source>
        <translation>Ein Bild des Fensters speichern, sobald die Kunden geladen sind, dann beenden.</translation>
    </message>
    <message>
        <source>KYC Desk</source>
        <translation>KYC Desk</translation>
    </message>
    <message>
        <source>--sandbox-customers needs a whole number.</source>
        <translation>--sandbox-customers braucht eine ganze Zahl.</translation>
    </message>
</context>
</TS>
