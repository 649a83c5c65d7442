<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Sitrep::ApiClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: %2</source>
        <translation>Keine sichere Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The server at %1 answered something that is not Sitrep&apos;s API.</source>
        <translation>Die Antwort des Servers unter %1 stammt nicht von der Sitrep-API.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again.</source>
        <translation>Der Server verlangt eine erneute Anmeldung.</translation>
    </message>
    <message>
        <source>The server cannot take it right now (%1). It will be retried.</source>
        <translation>Der Server kann die Anfrage gerade nicht bearbeiten (%1). Sie wird später erneut gesendet.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Sitrep::CommandLine</name>
    <message>
        <source>Incident command console</source>
        <translation>Konsole für die Einsatzleitung bei Störungen</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;: its settings and offline cache. Default: %1.</source>
        <translation>Das Profil in &lt;Ordner&gt; verwenden: seine Einstellungen und seinen Offline-Zwischenspeicher. Vorgabe: %1.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Hauptfensters in &lt;Datei&gt; speichern, sobald es angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Sync the profile with the team server at &lt;url&gt; (e.g. ops.example.com:8443).</source>
        <translation>Das Profil mit dem Teamserver unter &lt;URL&gt; synchronisieren (z. B. ops.example.com:8443).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt;, with the password in SITREP_PASSWORD or typed in the sign-in dialog.</source>
        <translation>Als &lt;Name&gt; anmelden, mit dem Passwort aus SITREP_PASSWORD oder dem im Anmeldedialog eingegebenen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 &lt;fingerprint&gt; (as the server prints it at start).</source>
        <translation>Dem Zertifikat des Servers mit diesem SHA-256-&lt;Fingerabdruck&gt; vertrauen (so, wie der Server ihn beim Start ausgibt).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
</context>
<context>
    <name>Sitrep::ConflictsDialog</name>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Konflikte und abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>Nothing here was thrown away: where two people changed the same field, the later change was kept and the other value is shown beside it. Changes the server refused stay on this console, marked.</source>
        <translation>Hier wurde nichts verworfen: Wo zwei Personen dasselbe Feld geändert haben, wurde die spätere Änderung übernommen, und der andere Wert steht daneben. Vom Server abgelehnte Änderungen bleiben gekennzeichnet auf dieser Konsole.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Übernommener Wert</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Unterlegener Wert</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Ablehnungsgrund des Servers</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Abgelehnte Änderungen</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikte</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Abgelehnt</translation>
    </message>
    <message>
        <source>(an incident not on this console)</source>
        <translation>(eine Störung, die nicht auf dieser Konsole ist)</translation>
    </message>
    <message>
        <source>Conflicts and refused changes: %1</source>
        <translation>Konflikte und abgelehnte Änderungen: %1</translation>
    </message>
</context>
<context>
    <name>Sitrep::ConsoleSession</name>
    <message>
        <source>The server could not be told of the sign-out (%1); the sign-in is forgotten here all the same.</source>
        <translation>Die Abmeldung konnte dem Server nicht mitgeteilt werden (%1); auf dieser Konsole ist die Anmeldung trotzdem gelöscht.</translation>
    </message>
    <message>
        <source>A server needs a user name to sign in with.</source>
        <translation>Für die Anmeldung am Server ist ein Benutzername nötig.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>„%1“ ist kein SHA-256-Fingerabdruck (64 Hexadezimalziffern, Doppelpunkte erlaubt).</translation>
    </message>
    <message>
        <source>Cannot write the settings %1.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>This profile holds the data of %1. To work with %2, start Sitrep with another profile (sitrep --profile FOLDER).</source>
        <translation>Dieses Profil enthält die Daten von %1. Um mit %2 zu arbeiten, starten Sie Sitrep mit einem anderen Profil (sitrep --profile ORDNER).</translation>
    </message>
    <message>
        <source>Cannot write the settings %1: this sign-in will not be remembered.</source>
        <translation>Die Einstellungsdatei %1 kann nicht geschrieben werden: Diese Anmeldung wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>A sign-in is already under way.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Geben Sie Ihren Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The server at %1 did not give a sign-in token.</source>
        <translation>Der Server unter %1 hat kein Anmelde-Token geliefert.</translation>
    </message>
    <message>
        <source>You stay signed in until Sitrep closes.</source>
        <translation>Sie bleiben angemeldet, bis Sitrep beendet wird.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Von %1 abgemeldet.</translation>
    </message>
    <message>
        <source>Already in step with the server.</source>
        <translation>Bereits mit dem Server abgeglichen.</translation>
    </message>
</context>
<context>
    <name>Sitrep::CredentialJob</name>
    <message>
        <source>No saved sign-in for %1 on %2. Sign in to continue.</source>
        <translation>Keine gespeicherte Anmeldung für %1 auf %2. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so Sitrep cannot remember your sign-in and you will need to sign in each session. To stay signed in, install and unlock a keychain such as GNOME Keyring or KWallet.</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar. Sitrep kann sich Ihre Anmeldung daher nicht merken, und Sie müssen sich in jeder Sitzung neu anmelden. Um angemeldet zu bleiben, installieren und entsperren Sie einen Schlüsselbund wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>Sitrep was not allowed to use the keychain. Unlock the keychain, or allow Sitrep access when asked, and try again; until then you will need to sign in each session.</source>
        <translation>Sitrep wurde der Zugriff auf den Schlüsselbund verweigert. Entsperren Sie den Schlüsselbund oder erlauben Sie Sitrep den Zugriff, wenn Sie gefragt werden, und versuchen Sie es erneut; bis dahin müssen Sie sich in jeder Sitzung neu anmelden.</translation>
    </message>
    <message>
        <source>Your saved sign-in for %1 on %2 could not be read from the keychain. Check that the keychain is unlocked and working, then sign in.</source>
        <translation>Ihre gespeicherte Anmeldung für %1 auf %2 konnte nicht aus dem Schlüsselbund gelesen werden. Prüfen Sie, ob der Schlüsselbund entsperrt ist und funktioniert, und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Your sign-in for %1 on %2 could not be saved in the keychain, so you will need to sign in again next time. Check that the keychain is unlocked and working.</source>
        <translation>Ihre Anmeldung für %1 auf %2 konnte nicht im Schlüsselbund gespeichert werden; Sie müssen sich beim nächsten Mal erneut anmelden. Prüfen Sie, ob der Schlüsselbund entsperrt ist und funktioniert.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be removed from the keychain. Remove the entry “%1” for “%2” with your keychain manager.</source>
        <translation>Ihre gespeicherte Anmeldung konnte nicht aus dem Schlüsselbund entfernt werden. Entfernen Sie den Eintrag „%1“ für „%2“ mit Ihrer Schlüsselbundverwaltung.</translation>
    </message>
    <message>
        <source>(The keychain reported: %1)</source>
        <translation>(Meldung des Schlüsselbunds: %1)</translation>
    </message>
</context>
<context>
    <name>Sitrep::CredentialStore</name>
    <message>
        <source>Cannot look up a sign-in without a server address and a user name. Enter both and sign in.</source>
        <translation>Ohne Serveradresse und Benutzername lässt sich keine Anmeldung nachschlagen. Geben Sie beides ein und melden Sie sich an.</translation>
    </message>
    <message>
        <source>Cannot save a sign-in without a server address, a user name and a token. Sign in again.</source>
        <translation>Ohne Serveradresse, Benutzername und Token lässt sich keine Anmeldung speichern. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Cannot remove a sign-in without a server address and a user name.</source>
        <translation>Ohne Serveradresse und Benutzername lässt sich keine Anmeldung entfernen.</translation>
    </message>
</context>
<context>
    <name>Sitrep::DeclareIncidentDialog</name>
    <message>
        <source>Declare incident</source>
        <translation>Störung ausrufen</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titel der Störung</translation>
    </message>
    <message>
        <source>What is happening, in a few words</source>
        <translation>Was passiert, in wenigen Worten</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Severity criteria</source>
        <translation>Kriterien des Schweregrads</translation>
    </message>
    <message>
        <source>No specific service</source>
        <translation>Kein bestimmter Dienst</translation>
    </message>
    <message>
        <source>Affected service</source>
        <translation>Betroffener Dienst</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>&amp;Dienst</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Ausrufen</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Ausrufen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Sitrep::EntryParser</name>
    <message>
        <source>Type some text first.</source>
        <translation>Geben Sie zuerst einen Text ein.</translation>
    </message>
    <message>
        <source>Type the text after /%1.</source>
        <translation>Geben Sie den Text nach /%1 ein.</translation>
    </message>
    <message>
        <source>Unknown command /%1. Use /d (decision), /a (action), /n (note), /c (comms), or // to start with a slash.</source>
        <translation>Unbekannter Befehl /%1. Verwenden Sie /d (Beschluss), /a (Maßnahme), /n (Notiz), /c (Meldung) oder //, um mit einem Schrägstrich zu beginnen.</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentItemDelegate</name>
    <message>
        <source>%1m</source>
        <translation>%1m</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1h</translation>
    </message>
    <message>
        <source>%1d</source>
        <translation>%1T</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <translation>%1 (eingeschränkt)</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentListModel</name>
    <message numerus="yes">
        <source>%1, %2, %3, %n entries</source>
        <extracomment>Screen reader text of an incident row: severity, title, status, entry count</extracomment>
        <translation>
            <numerusform>%1, %2, %3, %n Eintrag</numerusform>
            <numerusform>%1, %2, %3, %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>, restricted</source>
        <translation>, eingeschränkt</translation>
    </message>
    <message>
        <source>%1 · %2
Declared %3</source>
        <translation>%1 · %2
Ausgerufen: %3</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentListPane</name>
    <message>
        <source>Filter incidents (Ctrl+K)</source>
        <translation>Störungen filtern (Strg+K)</translation>
    </message>
    <message>
        <source>Incident filter</source>
        <translation>Störungsfilter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
</context>
<context>
    <name>Sitrep::Labels</name>
    <message>
        <source>Declared</source>
        <translation>Ausgerufen</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>In Untersuchung</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Ursache erkannt</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Eingedämmt</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Comms</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Prüfpunkt</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Incident Commander</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Protokollführung</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>Technische Leitung</translation>
    </message>
    <message>
        <source>Comms lead</source>
        <translation>Kommunikationsleitung</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Betroffene Dienste</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Zuständiges Team</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Geschäftsbereich</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Declaring the incident</source>
        <translation>Ausrufen der Störung</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Angaben zur Störung</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>Severity change</source>
        <translation>Änderung des Schweregrads</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Eintrag in der Zeitleiste</translation>
    </message>
    <message>
        <source>Edit of a timeline entry</source>
        <translation>Bearbeitung eines Eintrags in der Zeitleiste</translation>
    </message>
    <message>
        <source>Pinning an entry</source>
        <translation>Anheften eines Eintrags</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>Rollenzuweisung</translation>
    </message>
    <message>
        <source>Relieving a role</source>
        <translation>Freigabe einer Rolle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Analysestrang</translation>
    </message>
    <message>
        <source>Bridge participant</source>
        <translation>Konferenzteilnehmer</translation>
    </message>
</context>
<context>
    <name>Sitrep::LiveChannel</name>
    <message>
        <source>The server&apos;s live stream is a newer version.</source>
        <translation>Der Server verwendet eine neuere Version des Live-Datenstroms.</translation>
    </message>
</context>
<context>
    <name>Sitrep::Main</name>
    <message>
        <source>Sitrep cannot start</source>
        <translation>Sitrep kann nicht starten</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>Das Bildschirmfoto konnte nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Sitrep::MainWindow</name>
    <message>
        <source>Sitrep</source>
        <translation>Sitrep</translation>
    </message>
    <message>
        <source>Incidents and timeline</source>
        <translation>Störungen und Zeitleiste</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Störung</translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation>Störung &amp;ausrufen…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Entry box</source>
        <translation>&amp;Eingabefeld</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Filter incidents</source>
        <translation>Störungen &amp;filtern</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>Incident declared.</source>
        <translation>Störung ausgerufen.</translation>
    </message>
</context>
<context>
    <name>Sitrep::Profile</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>Der Profilordner %1 konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Sitrep::ServerSettings</name>
    <message>
        <source>&quot;%1&quot; is not a server address (e.g. https://ops.example.com:8443).</source>
        <translation>„%1“ ist keine Serveradresse (z. B. https://ops.example.com:8443).</translation>
    </message>
    <message>
        <source>Sitrep talks to its server over HTTPS only: use https://%1.</source>
        <translation>Sitrep kommuniziert mit seinem Server nur über HTTPS: Verwenden Sie https://%1.</translation>
    </message>
</context>
<context>
    <name>Sitrep::ServerTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Die CA-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Die CA-Datei %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The server presented a different certificate (SHA-256 %1) from the one you confirmed (%2). Sync is stopped: this can be an attack. Ask the server&apos;s administrator whether the certificate was replaced, and confirm the new fingerprint only if it matches.</source>
        <translation>Der Server hat ein anderes Zertifikat (SHA-256 %1) vorgelegt als das von Ihnen bestätigte (%2). Die Synchronisation ist angehalten: Dies kann ein Angriff sein. Fragen Sie die Serveradministration, ob das Zertifikat ersetzt wurde, und bestätigen Sie den neuen Fingerabdruck nur, wenn er übereinstimmt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by a trusted authority (%1). Its SHA-256 fingerprint is %2. Compare it with the one the server logged at start, and confirm it only if they match.</source>
        <translation>Das Zertifikat des Servers ist von keiner vertrauenswürdigen Zertifizierungsstelle beglaubigt (%1). Sein SHA-256-Fingerabdruck lautet %2. Vergleichen Sie ihn mit dem, den der Server beim Start protokolliert hat, und bestätigen Sie ihn nur, wenn beide übereinstimmen.</translation>
    </message>
</context>
<context>
    <name>Sitrep::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>ops.example.com:8443</source>
        <translation>ops.example.com:8443</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s Sitrep server to share this console&apos;s incidents. Until then everything you write stays on this console.</source>
        <translation>Melden Sie sich am Sitrep-Server Ihres Teams an, um die Störungen dieser Konsole zu teilen. Bis dahin bleibt alles, was Sie schreiben, auf dieser Konsole.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung läuft</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the certificate of %1…</source>
        <translation>Warten auf Ihre Bestätigung des Zertifikats von %1…</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not confirmed.</source>
        <translation>Nicht angemeldet: Das Zertifikat des Servers wurde nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>Sitrep::Store</name>
    <message>
        <source>Cannot open the cache %1: %2. Check that the folder exists and is writable.</source>
        <translation>Der Zwischenspeicher %1 kann nicht geöffnet werden: %2. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged or is not a Sitrep cache (%2). It was left untouched: move it aside to start with a fresh cache, or open another profile with --profile.</source>
        <translation>Der Zwischenspeicher %1 ist beschädigt oder kein Sitrep-Zwischenspeicher (%2). Er wurde nicht verändert: Verschieben Sie ihn an einen anderen Ort, um mit einem neuen Zwischenspeicher zu beginnen, oder öffnen Sie mit --profile ein anderes Profil.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Sitrep (schema %2; this version understands up to %3). It was left untouched: update Sitrep, or open another profile.</source>
        <translation>Der Zwischenspeicher %1 stammt von einer neueren Sitrep-Version (Schema %2; diese Version kennt bis Schema %3). Er wurde nicht verändert: Aktualisieren Sie Sitrep oder öffnen Sie ein anderes Profil.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Sitrep cache. It was left untouched: open another profile with --profile.</source>
        <translation>Die Datei %1 ist eine SQLite-Datenbank, aber kein Sitrep-Zwischenspeicher. Sie wurde nicht verändert: Öffnen Sie mit --profile ein anderes Profil.</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1: %2</source>
        <translation>Der Zwischenspeicher %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1: %2. It was left as it was before the upgrade.</source>
        <translation>Der Zwischenspeicher %1 kann nicht aktualisiert werden: %2. Er bleibt im Zustand vor der Aktualisierung.</translation>
    </message>
    <message>
        <source>The cache %1 does not exist.</source>
        <translation>Der Zwischenspeicher %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Der Zwischenspeicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read here (schema %2, expected %3). %4</source>
        <translation>Der Zwischenspeicher %1 kann hier nicht gelesen werden (Schema %2, erwartet %3). %4</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was lost</source>
        <translation>der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut; es ging nichts verloren</translation>
    </message>
    <message>
        <source>the cache is read-only. Check the permissions of %1</source>
        <translation>der Zwischenspeicher ist schreibgeschützt. Prüfen Sie die Berechtigungen von %1</translation>
    </message>
    <message>
        <source>another Sitrep process is holding the cache. Try again in a moment</source>
        <translation>ein anderer Sitrep-Prozess belegt den Zwischenspeicher. Versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation>der Datenträger meldet einen Fehler (%1)</translation>
    </message>
    <message>
        <source>the cache is damaged (%1). Quit Sitrep and move %2 aside</source>
        <translation>der Zwischenspeicher ist beschädigt (%1). Beenden Sie Sitrep und verschieben Sie %2 an einen anderen Ort</translation>
    </message>
    <message>
        <source>An incident with this id already exists.</source>
        <translation>Eine Störung mit dieser ID gibt es bereits.</translation>
    </message>
    <message>
        <source>Could not save the incident: %1</source>
        <translation>Die Störung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No such incident.</source>
        <translation>Störung nicht gefunden.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>Could not change the status: %1</source>
        <translation>Der Status konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The incident is already %1.</source>
        <translation>Die Störung ist bereits %1.</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>Schweregrad: %1 → %2</translation>
    </message>
    <message>
        <source>Could not change the severity: %1</source>
        <translation>Der Schweregrad konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <source>The incident of this entry is not in the cache.</source>
        <translation>Die Störung dieses Eintrags ist nicht im Zwischenspeicher.</translation>
    </message>
    <message>
        <source>This entry is already on the timeline.</source>
        <translation>Dieser Eintrag steht bereits in der Zeitleiste.</translation>
    </message>
    <message>
        <source>Could not save the entry: %1</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>No such timeline entry.</source>
        <translation>Eintrag in der Zeitleiste nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not save the edit: %1</source>
        <translation>Die Bearbeitung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not pin the entry: %1</source>
        <translation>Der Eintrag konnte nicht angeheftet werden: %1</translation>
    </message>
    <message>
        <source>This person already holds the role.</source>
        <translation>Diese Person hat die Rolle bereits inne.</translation>
    </message>
    <message>
        <source> (secondary)</source>
        <translation> (Stellvertretung)</translation>
    </message>
    <message>
        <source>%1 takes the role %2</source>
        <translation>%1 übernimmt die Rolle %2</translation>
    </message>
    <message>
        <source>Handover of %1: %2 → %3</source>
        <translation>Übergabe von %1: %2 → %3</translation>
    </message>
    <message>
        <source>Could not assign the role: %1</source>
        <translation>Die Rolle konnte nicht zugewiesen werden: %1</translation>
    </message>
    <message>
        <source>No such current role assignment.</source>
        <translation>Aktuelle Rollenzuweisung nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not relieve the role: %1</source>
        <translation>Die Rolle konnte nicht freigegeben werden: %1</translation>
    </message>
    <message>
        <source>Could not save the track: %1</source>
        <translation>Der Analysestrang konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not save the participant: %1</source>
        <translation>Der Teilnehmer konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Could not store changes from the server: %1</source>
        <translation>Die Änderungen vom Server konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Sitrep::SyncBanner</name>
    <message>
        <source>Sync problem</source>
        <translation>Synchronisationsproblem</translation>
    </message>
    <message>
        <source>Sync is stopped: the certificate of %1 has changed since you confirmed it. Nothing is sent or received until you review it; your changes stay on this console.</source>
        <translation>Die Synchronisation ist angehalten: Das Zertifikat von %1 hat sich geändert, seit Sie es bestätigt haben. Bis Sie es geprüft haben, wird nichts gesendet oder empfangen; Ihre Änderungen bleiben auf dieser Konsole.</translation>
    </message>
    <message>
        <source>Sync is waiting: confirm that the certificate of %1 is your team server&apos;s.</source>
        <translation>Die Synchronisation wartet: Bestätigen Sie, dass das Zertifikat von %1 zum Server Ihres Teams gehört.</translation>
    </message>
    <message>
        <source>Not signed in to %1 as %2: your changes stay on this console until you sign in.</source>
        <translation>Nicht als %2 bei %1 angemeldet: Ihre Änderungen bleiben auf dieser Konsole, bis Sie sich anmelden.</translation>
    </message>
    <message>
        <source>&amp;Review certificate…</source>
        <translation>Zertifikat &amp;prüfen…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Review certificate</source>
        <translation>Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
</context>
<context>
    <name>Sitrep::SyncControls</name>
    <message>
        <source>&amp;Sync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>&amp;Anmelden…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Review server certificate…</source>
        <translation>Serverzertifikat &amp;prüfen…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes…</source>
        <translation>&amp;Konflikte und abgelehnte Änderungen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
</context>
<context>
    <name>Sitrep::SyncEngine</name>
    <message>
        <source>Reconnecting the live stream: %1</source>
        <translation>Live-Datenstrom wird neu verbunden: %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 ops.</source>
        <translation>Der Server hat %1 Ergebnisse für %2 Operationen geliefert.</translation>
    </message>
    <message>
        <source>Could not record the server&apos;s answer in the local cache.</source>
        <translation>Die Antwort des Servers konnte nicht im lokalen Zwischenspeicher festgehalten werden.</translation>
    </message>
    <message>
        <source>The server sent a change this console cannot read (%1).</source>
        <translation>Der Server hat eine Änderung gesendet, die diese Konsole nicht lesen kann (%1).</translation>
    </message>
</context>
<context>
    <name>Sitrep::SyncIndicator</name>
    <message>
        <source>Not in step with the server yet.</source>
        <translation>Noch nicht mit dem Server abgeglichen.</translation>
    </message>
    <message>
        <source>Last in step with the server: %1</source>
        <translation>Zuletzt mit dem Server abgeglichen: %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisationszustand</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Nur lokal</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Wird verbunden…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Certificate not confirmed</source>
        <translation>Zertifikat nicht bestätigt</translation>
    </message>
    <message>
        <source>Sync stopped: certificate changed</source>
        <translation>Synchronisation angehalten: Zertifikat geändert</translation>
    </message>
    <message>
        <source>Server: %1 as %2</source>
        <translation>Server: %1 als %2</translation>
    </message>
    <message>
        <source>This profile has no server: your changes stay on this console.</source>
        <translation>Dieses Profil hat keinen Server: Ihre Änderungen bleiben auf dieser Konsole.</translation>
    </message>
    <message>
        <source>Click to sign in to your team&apos;s server (Ctrl+Shift+I).</source>
        <translation>Klicken Sie, um sich am Server Ihres Teams anzumelden (Strg+Umschalt+I).</translation>
    </message>
    <message>
        <source>Changes go out as you make them and others&apos; arrive live.</source>
        <translation>Ihre Änderungen werden sofort gesendet; die der anderen treffen live ein.</translation>
    </message>
    <message>
        <source>Your changes are kept on this console and sent when the server is back. Retrying automatically; click to retry now (F5).</source>
        <translation>Ihre Änderungen bleiben auf dieser Konsole und werden gesendet, sobald der Server wieder erreichbar ist. Neue Versuche laufen automatisch; klicken Sie, um es sofort erneut zu versuchen (F5).</translation>
    </message>
    <message>
        <source>Your changes are kept on this console until you sign in. Click to sign in (Ctrl+Shift+I).</source>
        <translation>Ihre Änderungen bleiben auf dieser Konsole, bis Sie sich anmelden. Klicken Sie, um sich anzumelden (Strg+Umschalt+I).</translation>
    </message>
    <message>
        <source>Click to review the server&apos;s certificate.</source>
        <translation>Klicken Sie, um das Zertifikat des Servers zu prüfen.</translation>
    </message>
    <message>
        <source>All saved locally</source>
        <translation>Alles lokal gespeichert</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Alles gesendet</translation>
    </message>
    <message>
        <source>Nothing pending</source>
        <translation>Nichts ausstehend</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this console, not yet acknowledged by the server.</source>
        <translation>
            <numerusform>%n Änderung auf dieser Konsole gespeichert, vom Server noch nicht bestätigt.</numerusform>
            <numerusform>%n Änderungen auf dieser Konsole gespeichert, vom Server noch nicht bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this console; this profile has no server to send them to.</source>
        <translation>
            <numerusform>%n Änderung auf dieser Konsole gespeichert; dieses Profil hat keinen Server, an den sie gesendet werden kann.</numerusform>
            <numerusform>%n Änderungen auf dieser Konsole gespeichert; dieses Profil hat keinen Server, an den sie gesendet werden können.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Konflikt: %n</numerusform>
            <numerusform>Konflikte: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n</source>
        <translation>
            <numerusform>Abgelehnt: %n</numerusform>
            <numerusform>Abgelehnt: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: someone else changed the same field at the same time; the value that lost is kept on the incident. Refused: changes the server did not accept.</source>
        <translation>Konflikte: Jemand anderes hat gleichzeitig dasselbe Feld geändert; der unterlegene Wert bleibt bei der Störung erhalten. Abgelehnt: Änderungen, die der Server nicht angenommen hat.</translation>
    </message>
</context>
<context>
    <name>Sitrep::TimelineModel</name>
    <message>
        <source>◷ pending</source>
        <translation>◷ ausstehend</translation>
    </message>
    <message>
        <source>★ pinned</source>
        <translation>★ angeheftet</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (bearbeitet)</translation>
    </message>
    <message>
        <source>%1, %2 by %3: %4</source>
        <extracomment>Screen reader text of a timeline row: time, kind, author, text</extracomment>
        <translation>%1, %2 von %3: %4</translation>
    </message>
    <message>
        <source>, not yet sent</source>
        <translation>, noch nicht gesendet</translation>
    </message>
    <message>
        <source>, pinned</source>
        <translation>, angeheftet</translation>
    </message>
    <message>
        <source>%1 local
%2 UTC</source>
        <translation>%1 Ortszeit
%2 UTC</translation>
    </message>
    <message>
        <source>Saved on this console; not yet acknowledged by the server.</source>
        <translation>Auf dieser Konsole gespeichert; vom Server noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>Sitrep::TimelinePane</name>
    <message>
        <source>Current incident</source>
        <translation>Aktuelle Störung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>Spalten der Zeitleiste</translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation>Neuer Eintrag in der Zeitleiste</translation>
    </message>
    <message>
        <source>Note… /d decision, /a action, /c comms — Enter to add (Ctrl+L)</source>
        <translation>Notiz… /d Beschluss, /a Maßnahme, /c Meldung — Eingabetaste fügt hinzu (Strg+L)</translation>
    </message>
    <message>
        <source>No incident selected — Ctrl+N declares one</source>
        <translation>Keine Störung ausgewählt — Strg+N ruft eine aus</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <extracomment>Timeline header: severity, title, status</extracomment>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Conflicts of this incident</source>
        <translation>Konflikte dieser Störung</translation>
    </message>
    <message>
        <source>⚠ Conflicts: %1</source>
        <extracomment>Beside the incident&apos;s header when sync recorded conflicts on it; the sign is a warning triangle</extracomment>
        <translation>⚠ Konflikte: %1</translation>
    </message>
</context>
<context>
    <name>Sitrep::TrustDialog</name>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate</source>
        <translation>SHA-256-Fingerabdruck des Serverzertifikats</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Das Zertifikat des Servers hat sich geändert</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>Zertifikat des Servers bestätigen</translation>
    </message>
    <message>
        <source>Sync with %1 is stopped: the server presented a different certificate from the one you confirmed.</source>
        <translation>Die Synchronisation mit %1 ist angehalten: Der Server hat ein anderes Zertifikat vorgelegt als das von Ihnen bestätigte.</translation>
    </message>
    <message>
        <source>This happens when the server&apos;s certificate was replaced, and also when someone is intercepting the connection. Nothing is sent to the server until you decide; your changes stay on this console. Ask the server&apos;s administrator for the new fingerprint and compare it before you trust it.</source>
        <translation>Das geschieht, wenn das Zertifikat des Servers ersetzt wurde, aber auch, wenn jemand die Verbindung abfängt. Bis Sie entscheiden, wird nichts an den Server gesendet; Ihre Änderungen bleiben auf dieser Konsole. Lassen Sie sich den neuen Fingerabdruck von der Serveradministration geben und vergleichen Sie ihn, bevor Sie dem Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>Is this your team&apos;s server? No trusted authority vouches for the certificate of %1.</source>
        <translation>Ist das der Server Ihres Teams? Keine vertrauenswürdige Zertifizierungsstelle beglaubigt das Zertifikat von %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server printed when it started (its log line &quot;certificate SHA-256 fingerprint&quot;), or ask its administrator. Trust it only if they match: Sitrep will then accept this certificate, and only this one, from this server.</source>
        <translation>Vergleichen Sie diesen Fingerabdruck mit dem, den der Server beim Start ausgegeben hat (seine Protokollzeile „certificate SHA-256 fingerprint“), oder fragen Sie die Serveradministration. Vertrauen Sie dem Zertifikat nur, wenn beide übereinstimmen: Sitrep akzeptiert dann von diesem Server dieses Zertifikat, und nur dieses.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Confirmed before:</source>
        <translation>Zuvor bestätigt:</translation>
    </message>
    <message>
        <source>Fingerprint confirmed before</source>
        <translation>Zuvor bestätigter Fingerabdruck</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Jetzt vorgelegt:</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>Dem neuen Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>&amp;Keep sync stopped</source>
        <translation>Synchronisation &amp;angehalten lassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>I have &amp;checked the new fingerprint with the server&apos;s administrator</source>
        <translation>Ich habe den neuen &amp;Fingerabdruck bei der Serveradministration überprüft</translation>
    </message>
    <message>
        <source>I have checked the new fingerprint</source>
        <translation>Ich habe den neuen Fingerabdruck überprüft</translation>
    </message>
</context>
<context>
    <name>Sitrep::Validation</name>
    <message>
        <source>An incident needs a title.</source>
        <translation>Eine Störung braucht einen Titel.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Der Titel ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;; choose one of %2.</source>
        <translation>Unbekannter Schweregrad „%1“; wählen Sie einen von: %2.</translation>
    </message>
    <message>
        <source>Tags must be 1 to 64 characters long.</source>
        <translation>Schlagwörter müssen 1 bis 64 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The incident is already %1.</source>
        <translation>Die Störung ist bereits %1.</translation>
    </message>
    <message>
        <source>The incident is closed; declare a new incident instead.</source>
        <translation>Die Störung ist abgeschlossen; rufen Sie stattdessen eine neue Störung aus.</translation>
    </message>
    <message>
        <source>The status only moves forward (%1 → %2 is not allowed).</source>
        <translation>Der Status geht nur vorwärts (%1 → %2 ist nicht erlaubt).</translation>
    </message>
    <message>
        <source>A timeline entry belongs to an incident.</source>
        <translation>Ein Eintrag in der Zeitleiste muss zu einer Störung gehören.</translation>
    </message>
    <message>
        <source>A timeline entry needs some text.</source>
        <translation>Ein Eintrag in der Zeitleiste braucht einen Text.</translation>
    </message>
    <message>
        <source>The entry is too long (at most %1 characters).</source>
        <translation>Der Eintrag ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid role name (lower-case letters, digits and _).</source>
        <translation>„%1“ ist kein gültiger Rollenname (Kleinbuchstaben, Ziffern und _).</translation>
    </message>
    <message>
        <source>Choose the person who takes the role.</source>
        <translation>Wählen Sie die Person, die die Rolle übernimmt.</translation>
    </message>
    <message>
        <source>A track needs a name.</source>
        <translation>Ein Analysestrang braucht einen Namen.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Ein Teilnehmer braucht einen Namen.</translation>
    </message>
    <message>
        <source>A phone participant needs a contact channel (e.g. a phone number).</source>
        <translation>Ein Telefonteilnehmer braucht einen Kontaktweg (z. B. eine Telefonnummer).</translation>
    </message>
    <message>
        <source>A console participant must be a known person.</source>
        <translation>Ein Konsolenteilnehmer muss eine bekannte Person sein.</translation>
    </message>
</context>
</TS>
