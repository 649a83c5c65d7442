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
    <name>Sitrep::BridgeCommands</name>
    <message>
        <source>Sign in and open an incident to join its bridge.</source>
        <translation>Melden Sie sich an und öffnen Sie eine Störung, um ihrer Konferenz beizutreten.</translation>
    </message>
    <message>
        <source>You are already on this bridge.</source>
        <translation>Sie sind bereits in dieser Konferenz.</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Diese Konsole</translation>
    </message>
    <message>
        <source>You are not on this bridge.</source>
        <translation>Sie sind nicht in dieser Konferenz.</translation>
    </message>
    <message>
        <source>%1 has already left the bridge.</source>
        <translation>%1 hat die Konferenz bereits verlassen.</translation>
    </message>
    <message>
        <source>%1 is not waiting in the lobby.</source>
        <translation>%1 wartet nicht im Wartebereich.</translation>
    </message>
    <message>
        <source>%1 has left the bridge.</source>
        <translation>%1 hat die Konferenz verlassen.</translation>
    </message>
</context>
<context>
    <name>Sitrep::BridgeDetails</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Critical phase</source>
        <translation>Kritische Phase</translation>
    </message>
    <message>
        <source>Limit the bridge to essential participants; the others are moved to the lobby</source>
        <translation>Die Konferenz auf unverzichtbare Teilnehmer beschränken; die anderen werden in den Wartebereich verschoben</translation>
    </message>
    <message>
        <source>Critical phase notice</source>
        <translation>Hinweis auf die kritische Phase</translation>
    </message>
    <message>
        <source>Set by the commander or facilitator</source>
        <translation>Vom Incident Commander oder von der Moderation eingeschaltet</translation>
    </message>
    <message>
        <source>⛔ Critical phase: essential participants only</source>
        <extracomment>Shown on every console while the critical phase is on; ⛔ keeps it legible without colour</extracomment>
        <translation>⛔ Kritische Phase: nur unverzichtbare Teilnehmer</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Meeting-Link</translation>
    </message>
    <message>
        <source>The bridge&apos;s meeting address (https://…, tel:, sip:)</source>
        <translation>Meeting-Adresse der Konferenz (https://…, tel:, sip:)</translation>
    </message>
    <message>
        <source>https://meet.example.com/…</source>
        <translation>https://meet.example.com/…</translation>
    </message>
    <message>
        <source>Open meeting link</source>
        <translation>Meeting-Link öffnen</translation>
    </message>
    <message>
        <source>Open the meeting in the browser or phone app</source>
        <translation>Das Meeting im Browser oder in der Telefon-App öffnen</translation>
    </message>
    <message>
        <source>Copy meeting link</source>
        <translation>Meeting-Link kopieren</translation>
    </message>
    <message>
        <source>Copy the meeting link to the clipboard</source>
        <translation>Den Meeting-Link in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation>Einwahl</translation>
    </message>
    <message>
        <source>Phone number and PIN of the bridge</source>
        <translation>Telefonnummer und PIN der Konferenz</translation>
    </message>
    <message>
        <source>+44 20 7946 0000, PIN 4711#</source>
        <translation>+44 20 7946 0000, PIN 4711#</translation>
    </message>
    <message>
        <source>Fallback channels</source>
        <translation>Ausweichkanäle</translation>
    </message>
    <message>
        <source>What to use when the meeting tool is down: SMS, phone tree, …</source>
        <translation>Was bei Ausfall des Meeting-Tools genutzt wird: SMS, Telefonkette, …</translation>
    </message>
    <message>
        <source>If the meeting tool is down: …</source>
        <translation>Wenn das Meeting-Tool ausfällt: …</translation>
    </message>
    <message>
        <source>Save bridge details</source>
        <translation>Angaben zur Konferenz speichern</translation>
    </message>
    <message>
        <source>Save the bridge details (Ctrl+S); Escape undoes edits</source>
        <translation>Die Angaben zur Konferenz speichern (Strg+S); Esc verwirft die Änderungen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ausweichkanäle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Meeting link copied.</source>
        <translation>Meeting-Link kopiert.</translation>
    </message>
</context>
<context>
    <name>Sitrep::BridgePane</name>
    <message>
        <source>Add phone</source>
        <translation>Telefon hinzufügen</translation>
    </message>
    <message>
        <source>Join bridge</source>
        <translation>Konferenz beitreten</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Beitreten</translation>
    </message>
    <message>
        <source>Join this incident&apos;s bridge from this console</source>
        <translation>Von dieser Konsole aus der Konferenz dieser Störung beitreten</translation>
    </message>
    <message>
        <source>Leave bridge</source>
        <translation>Konferenz verlassen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlassen</translation>
    </message>
    <message>
        <source>Leave this incident&apos;s bridge</source>
        <translation>Die Konferenz dieser Störung verlassen</translation>
    </message>
    <message>
        <source>Admit from lobby</source>
        <translation>Aus dem Wartebereich zulassen</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Zulassen</translation>
    </message>
    <message>
        <source>Let the selected participant in from the lobby</source>
        <translation>Den ausgewählten Teilnehmer aus dem Wartebereich in die Konferenz lassen</translation>
    </message>
    <message>
        <source>Mute requested</source>
        <translation>Stummschaltung angefordert</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Stumm</translation>
    </message>
    <message>
        <source>Ask the selected participant to mute, or withdraw the request</source>
        <translation>Den ausgewählten Teilnehmer bitten, sich stummzuschalten, oder die Bitte zurückziehen</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Unverzichtbar</translation>
    </message>
    <message>
        <source>Mark the selected participant essential to the bridge, or not</source>
        <translation>Den ausgewählten Teilnehmer als unverzichtbar für die Konferenz markieren oder die Markierung aufheben</translation>
    </message>
    <message>
        <source>Hand raised</source>
        <translation>Hand gehoben</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Raise or lower the selected participant&apos;s hand</source>
        <translation>Die Hand des ausgewählten Teilnehmers heben oder senken</translation>
    </message>
    <message>
        <source>Remove from bridge</source>
        <translation>Aus der Konferenz entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Take the selected participant off the bridge (the row stays, with the time)</source>
        <translation>Den ausgewählten Teilnehmer aus der Konferenz nehmen (die Zeile bleibt mit der Uhrzeit erhalten)</translation>
    </message>
    <message>
        <source>Bridge summary</source>
        <translation>Konferenzübersicht</translation>
    </message>
    <message>
        <source>People on the bridge, in the lobby, and watching</source>
        <translation>Personen in der Konferenz, im Wartebereich und als Zuschauer</translation>
    </message>
    <message>
        <source>Bridge roster</source>
        <translation>Konferenzteilnehmer</translation>
    </message>
    <message>
        <source>Who is on the bridge. A admit, M mute, E essential, H hand, Delete remove</source>
        <translation>Wer in der Konferenz ist. A zulassen, M stumm, E unverzichtbar, H Hand, Entf entfernen</translation>
    </message>
    <message>
        <source>Phone participant name</source>
        <translation>Name des Telefonteilnehmers</translation>
    </message>
    <message>
        <source>Name of someone on the bridge by phone only (Insert) — Enter adds</source>
        <translation>Name einer Person, die nur per Telefon in der Konferenz ist (Einfg) — Eingabetaste fügt hinzu</translation>
    </message>
    <message>
        <source>Phone participant</source>
        <translation>Telefonteilnehmer</translation>
    </message>
    <message>
        <source>Phone participant channel</source>
        <translation>Kontaktweg des Telefonteilnehmers</translation>
    </message>
    <message>
        <source>How to reach them: a phone number or other channel — Enter adds</source>
        <translation>Wie die Person erreichbar ist: Telefonnummer oder anderer Kontaktweg — Eingabetaste fügt hinzu</translation>
    </message>
    <message>
        <source>tel:+44 20 7946 0000</source>
        <translation>tel:+44 20 7946 0000</translation>
    </message>
    <message>
        <source>Add phone participant</source>
        <translation>Telefonteilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Add the phone participant to the roster (Enter)</source>
        <translation>Den Telefonteilnehmer zur Teilnehmerliste hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An action&apos;s tooltip: what it does, then its key on the roster</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Keine Störung</translation>
    </message>
    <message>
        <source>%1 on · %2 in lobby · %3 watching</source>
        <extracomment>Bridge summary: people on the bridge · waiting in the lobby · consoles watching without a row</extracomment>
        <translation>%1 dabei · %2 im Wartebereich · %3 zuschauend</translation>
    </message>
    <message>
        <source>Admit from the lobby</source>
        <translation>Aus dem Wartebereich zulassen</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Request mute (again: withdraw)</source>
        <translation>Stummschaltung anfordern (erneut: zurückziehen)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark essential</source>
        <translation>Als unverzichtbar markieren</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Hand raised or lowered</source>
        <translation>Hand gehoben oder gesenkt</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Remove from the bridge</source>
        <translation>Aus der Konferenz entfernen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Join or leave the bridge yourself</source>
        <translation>Selbst der Konferenz beitreten oder sie verlassen</translation>
    </message>
    <message>
        <source>J, L</source>
        <translation>J, L</translation>
    </message>
    <message>
        <source>Add a phone participant</source>
        <translation>Telefonteilnehmer hinzufügen</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <source>Save the bridge details</source>
        <translation>Angaben zur Konferenz speichern</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Strg+S</translation>
    </message>
</context>
<context>
    <name>Sitrep::BridgeRosterModel</name>
    <message>
        <source>%1 (secondary)</source>
        <extracomment>A secondary role holder in the bridge roster, e.g. &quot;Incident commander (secondary)&quot;</extracomment>
        <translation>%1 (Stellvertretung)</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>Hand gehoben</translation>
    </message>
    <message>
        <source>☝ hand</source>
        <translation>☝ Hand</translation>
    </message>
    <message>
        <source>in the lobby</source>
        <translation>im Wartebereich</translation>
    </message>
    <message>
        <source>◌ lobby</source>
        <translation>◌ Wartebereich</translation>
    </message>
    <message>
        <source>mute requested</source>
        <translation>Stummschaltung angefordert</translation>
    </message>
    <message>
        <source>⊘ mute</source>
        <translation>⊘ stumm</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>unverzichtbar</translation>
    </message>
    <message>
        <source>★ essential</source>
        <translation>★ unverzichtbar</translation>
    </message>
    <message>
        <source>console on the bridge now</source>
        <translation>Konsole jetzt in der Konferenz</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● live</translation>
    </message>
    <message>
        <source>console viewing the incident, not on the bridge</source>
        <translation>Konsole sieht die Störung an, nicht in der Konferenz</translation>
    </message>
    <message>
        <source>○ watching</source>
        <translation>○ sieht zu</translation>
    </message>
    <message>
        <source>☎ %1</source>
        <extracomment>Roster: how a participant is on the bridge; a phone (the sign) shows its channel</extracomment>
        <translation>☎ %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A roster row read out: name, console or phone channel, roles, flags</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>Telefon %1</translation>
    </message>
    <message>
        <source>console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>, joined %1</source>
        <translation>, beigetreten um %1</translation>
    </message>
    <message>
        <source>, left at %1</source>
        <translation>, verlassen um %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>On by</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Joined</source>
        <extracomment>Roster column header over the time a participant joined: keep it as short as a time (German &quot;Von&quot;)</extracomment>
        <translation>Von</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Roster column header over the time a participant left: keep it as short as a time (German &quot;Bis&quot;)</extracomment>
        <translation>Bis</translation>
    </message>
    <message>
        <source>When they joined the bridge, local time; hover a time for UTC</source>
        <translation>Wann sie der Konferenz beigetreten sind, Ortszeit; für UTC mit der Maus auf eine Uhrzeit zeigen</translation>
    </message>
    <message>
        <source>When they left the bridge, local time; hover a time for UTC</source>
        <translation>Wann sie die Konferenz verlassen haben, Ortszeit; für UTC mit der Maus auf eine Uhrzeit zeigen</translation>
    </message>
    <message>
        <source>⌨ Console</source>
        <extracomment>Roster: on the bridge from a console; keep the sign first, then a space</extracomment>
        <translation>⌨ Konsole</translation>
    </message>
    <message>
        <source>How they are on the bridge: ⌨ on a console, ☎ by phone (hover for the number)</source>
        <translation>Wie sie an der Konferenz teilnehmen: ⌨ an einer Konsole, ☎ per Telefon (für die Nummer mit der Maus darauf zeigen)</translation>
    </message>
</context>
<context>
    <name>Sitrep::CheckpointBar</name>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>Checkpoint decision</source>
        <translation>Entscheidung am Prüfpunkt</translation>
    </message>
    <message>
        <source>Checkpoint note</source>
        <translation>Notiz zum Prüfpunkt</translation>
    </message>
    <message>
        <source>Continue, pivot or escalate? Optional note</source>
        <translation>Weitermachen, umsteuern oder eskalieren? Optionale Notiz</translation>
    </message>
    <message>
        <source>Recorded on the timeline with the decision</source>
        <translation>Wird mit der Entscheidung in der Zeitleiste festgehalten</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>Keep the current course for another time-box</source>
        <translation>Den aktuellen Kurs für ein weiteres Zeitfenster beibehalten</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Umsteuern</translation>
    </message>
    <message>
        <source>Change the approach: record why in the note</source>
        <translation>Den Ansatz ändern: Begründung in der Notiz festhalten</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <source>Bring in more help or a higher level</source>
        <translation>Mehr Unterstützung oder eine höhere Ebene hinzuziehen</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Später entscheiden</translation>
    </message>
    <message>
        <source>Hide this question; the checkpoint stays overdue (Escape)</source>
        <translation>Diese Frage ausblenden; der Prüfpunkt bleibt überfällig (Esc)</translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation>Prüfpunkt: %1</translation>
    </message>
    <message>
        <source>Checkpoint: continue</source>
        <extracomment>Timeline text of a checkpoint decision</extracomment>
        <translation>Prüfpunkt: weitermachen</translation>
    </message>
    <message>
        <source>Checkpoint: pivot</source>
        <translation>Prüfpunkt: umsteuern</translation>
    </message>
    <message>
        <source>Checkpoint: escalate</source>
        <translation>Prüfpunkt: eskalieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A checkpoint decision and the commander&apos;s note</extracomment>
        <translation>%1 — %2</translation>
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
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>With --screenshot: picture &lt;view&gt; instead of the main window: search (Ctrl+K, with a query typed), shortcuts (F1), metrics or metrics-density, -trend, -teams (Ctrl+Shift+M), dialogs (the main window with the dialogs open over it, e.g. sign-in), panels (the main window with the RACI matrix and the tracks in front).</source>
        <translation>Mit --screenshot: &lt;Ansicht&gt; statt des Hauptfensters abbilden: search (Strg+K, mit eingegebener Suche), shortcuts (F1), metrics oder metrics-density, -trend, -teams (Strg+Umschalt+M), dialogs (das Hauptfenster mit den darüber geöffneten Dialogen, z. B. der Anmeldung), panels (das Hauptfenster mit RACI-Matrix und Analysesträngen im Vordergrund).</translation>
    </message>
</context>
<context>
    <name>Sitrep::CompactTable</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
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
    <name>Sitrep::ConsolePermissions</name>
    <message>
        <source>Your account can view incidents but not change them.</source>
        <translation>Ihr Konto kann Vorfälle ansehen, aber nicht ändern.</translation>
    </message>
    <message>
        <source>Only the incident commander or a manager closes an incident.</source>
        <translation>Nur der Incident Commander oder eine Führungskraft schließt einen Vorfall.</translation>
    </message>
    <message>
        <source>Only the incident commander or a manager changes the severity.</source>
        <translation>Nur der Incident Commander oder eine Führungskraft ändert den Schweregrad.</translation>
    </message>
    <message>
        <source>Only the incident commander or a manager restricts an incident.</source>
        <translation>Nur der Incident Commander oder eine Führungskraft beschränkt einen Vorfall.</translation>
    </message>
    <message>
        <source>Only the incident commander, the facilitator or a manager switches the critical phase.</source>
        <translation>Nur der Incident Commander, die Moderation oder eine Führungskraft schaltet die kritische Phase.</translation>
    </message>
    <message>
        <source>Only the incident commander, the facilitator or a manager admits, removes, mutes or marks essential someone on the bridge.</source>
        <translation>Nur der Incident Commander, die Moderation oder eine Führungskraft lässt auf der Bridge jemanden ein, entfernt, schaltet stumm oder markiert als unverzichtbar.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Ihr Konto darf das nicht.</translation>
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
    <name>Sitrep::EntryBox</name>
    <message>
        <source>Cancel the edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Editing an entry</source>
        <translation>Eintrag wird bearbeitet</translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation>Neuer Eintrag in der Zeitleiste</translation>
    </message>
    <message>
        <source>Note… /d decision, /a @owner action, /c comms, #track — Enter to add (Ctrl+L)</source>
        <translation>Notiz… /d Beschluss, /a @Person Maßnahme, /c Meldung, #Analysestrang — Eingabetaste fügt hinzu (Strg+L)</translation>
    </message>
    <message>
        <source>Editing the entry of %1 — Enter saves a new revision, Escape cancels</source>
        <extracomment>Above the entry box while it holds an entry being edited: the entry&apos;s local time</extracomment>
        <translation>Eintrag von %1 wird bearbeitet — Eingabetaste speichert eine neue Version, Esc bricht ab</translation>
    </message>
    <message>
        <source>No one has the handle @%1: type @ and pick the owner from the list.</source>
        <translation>Niemand hat das Kürzel @%1: Geben Sie @ ein und wählen Sie die zuständige Person aus der Liste.</translation>
    </message>
    <message>
        <source>This incident has no track #%1 (write ##%1 for the text &quot;#%1&quot;).</source>
        <translation>Diese Störung hat keinen Analysestrang #%1 (schreiben Sie ##%1 für den Text „#%1“).</translation>
    </message>
    <message>
        <source>An edit keeps the entry&apos;s track; remove #%1, or add a new entry on that track.</source>
        <translation>Beim Bearbeiten bleibt der Analysestrang des Eintrags erhalten; entfernen Sie #%1 oder fügen Sie diesem Analysestrang einen neuen Eintrag hinzu.</translation>
    </message>
    <message>
        <source>Kind of the new entry</source>
        <translation>Art des neuen Eintrags</translation>
    </message>
    <message>
        <source>What the text will be recorded as: /d decision, /a action, /c comms, otherwise a note</source>
        <translation>Als was der Text eingetragen wird: /d Beschluss, /a Maßnahme, /c Meldung, sonst eine Notiz</translation>
    </message>
</context>
<context>
    <name>Sitrep::EntryHistoryDialog</name>
    <message>
        <source>Entry history</source>
        <translation>Verlauf des Eintrags</translation>
    </message>
    <message>
        <source>Revisions, oldest first</source>
        <translation>Versionen, älteste zuerst</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Verlauf schließen</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (aktuell)</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
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
    <message>
        <source>Type some text after #%1.</source>
        <translation>Geben Sie nach #%1 einen Text ein.</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentHeader</name>
    <message>
        <source>Severity criteria</source>
        <translation>Kriterien des Schweregrads</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>Nächster Prüfpunkt</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Keine Störung ausgewählt</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Störung: %1</translation>
    </message>
    <message>
        <source>%1 since declared</source>
        <extracomment>Clock: time since the incident was declared ([h:]mm:ss). Keep %1 first: where the header is narrow, the words after it are cut, not the time</extracomment>
        <translation>%1 seit Ausrufung</translation>
    </message>
    <message>
        <source>Declared at %1 (%2 UTC)</source>
        <translation>Ausgerufen um %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1 since status change</source>
        <extracomment>Clock: time since the last status change ([h:]mm:ss). Keep %1 first: where the header is narrow, the words after it are cut, not the time</extracomment>
        <translation>%1 seit Statusänderung</translation>
    </message>
    <message>
        <source>Status changed at %1 (%2 UTC)</source>
        <translation>Status geändert um %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>No checkpoints: %1</source>
        <translation>Keine Prüfpunkte: %1</translation>
    </message>
    <message>
        <source>⚠ Checkpoint due — overdue by %1</source>
        <extracomment>The time-box expired: how long ago ([h:]mm:ss)</extracomment>
        <translation>⚠ Prüfpunkt fällig — seit %1 überfällig</translation>
    </message>
    <message>
        <source>Next checkpoint in %1</source>
        <translation>Nächster Prüfpunkt in %1</translation>
    </message>
    <message>
        <source>Checkpoint at %1 (%2 UTC): every %3 min after the declaration, a status change or a recorded checkpoint. Space decides now.</source>
        <translation>Prüfpunkt um %1 (%2 UTC): alle %3 Min. nach der Ausrufung, einer Statusänderung oder einem festgehaltenen Prüfpunkt. Leertaste entscheidet sofort.</translation>
    </message>
    <message>
        <source>Checkpoint due:</source>
        <translation>Prüfpunkt fällig:</translation>
    </message>
    <message>
        <source>Checkpoint now:</source>
        <translation>Prüfpunkt jetzt:</translation>
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
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1T %2h</translation>
    </message>
    <message>
        <source>● new</source>
        <translation>● neu</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>last %1</source>
        <extracomment>The incident list&apos;s second line, right side: time since the newest entry</extracomment>
        <translation>zuletzt vor %1</translation>
    </message>
    <message>
        <source>%1 open</source>
        <extracomment>Time since the incident was declared, in the incident list</extracomment>
        <translation>%1 offen</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>Sie: %1</translation>
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
    <message>
        <source>, your role: %1</source>
        <translation>, Ihre Rolle: %1</translation>
    </message>
    <message>
        <source>, new</source>
        <translation>, neu</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n ungelesen</numerusform>
            <numerusform>, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentListPane</name>
    <message>
        <source>Incident filter</source>
        <translation>Störungsfilter</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Störungen</translation>
    </message>
    <message>
        <source>Filter incidents (Ctrl+F) — Ctrl+K searches timelines too</source>
        <translation>Störungen filtern (Strg+F) — Strg+K durchsucht auch die Zeitleisten</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentPanels</name>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Konferenz</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Analysestränge</translation>
    </message>
    <message>
        <source>&amp;Role board</source>
        <translation>&amp;Rollenübersicht</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Bridge roster</source>
        <translation>&amp;Konferenzteilnehmer</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Tracks</source>
        <translation>&amp;Analysestränge</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Someone not in the directory</source>
        <translation>Jemand, der nicht im Verzeichnis steht</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>R&amp;ACI matrix</source>
        <translation>RACI-&amp;Matrix</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
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
    <message>
        <source>Critical phase</source>
        <translation>Kritische Phase</translation>
    </message>
    <message>
        <source>Bridge details</source>
        <translation>Angaben zur Konferenz</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Aktivitäten: %1</translation>
    </message>
    <message>
        <source>IC</source>
        <extracomment>Short for &quot;Incident commander&quot; (a RACI column header; the full name is its tooltip)</extracomment>
        <translation>IC</translation>
    </message>
    <message>
        <source>Scr.</source>
        <extracomment>Short for &quot;Scribe&quot; (a RACI column header)</extracomment>
        <translation>Prot.</translation>
    </message>
    <message>
        <source>Tech</source>
        <extracomment>Short for &quot;Technical lead&quot; (a RACI column header)</extracomment>
        <translation>Tech.</translation>
    </message>
    <message>
        <source>Com.</source>
        <extracomment>Short for &quot;Comms lead&quot; (a RACI column header)</extracomment>
        <translation>Kom.</translation>
    </message>
    <message>
        <source>Fac.</source>
        <extracomment>Short for &quot;Facilitator&quot; (a RACI column header)</extracomment>
        <translation>Mod.</translation>
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
    <message>
        <source>Change &amp;severity…</source>
        <translation>&amp;Schweregrad ändern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>S&amp;tatus ändern…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Record &amp;checkpoint…</source>
        <translation>&amp;Prüfpunkt festhalten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Search incidents and timelines…</source>
        <translation>Störungen und Zeitleisten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Metrics dashboard</source>
        <translation>&amp;Kennzahlen-Dashboard</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
</context>
<context>
    <name>Sitrep::MentionCompleter</name>
    <message>
        <source>People to mention</source>
        <translation>Personen zum Erwähnen</translation>
    </message>
    <message>
        <source>@%1 — %2</source>
        <extracomment>A completion in the entry box: @handle, then the person&apos;s name</extracomment>
        <translation>@%1 — %2</translation>
    </message>
</context>
<context>
    <name>Sitrep::MetricsChart</name>
    <message>
        <source>No team</source>
        <translation>Kein Team</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Kein Dienst</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>Highlighted figure</source>
        <translation>Hervorgehobene Kennzahl</translation>
    </message>
    <message>
        <source>Left and Right walk the chart, Enter lists its incidents.</source>
        <translation>Links und Rechts gehen durch das Diagramm, Enter listet die Vorfälle.</translation>
    </message>
    <message>
        <source>Time to acknowledge or time to resolve</source>
        <translation>Zeit bis zur Bestätigung oder bis zur Lösung</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>Sitrep::MetricsFilterBar</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The days the figures cover, up to today</source>
        <translation>Die Tage, die die Kennzahlen abdecken, bis heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Only the incidents this team owns</source>
        <translation>Nur die Vorfälle dieses Teams</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Only incidents of this severity</source>
        <translation>Nur Vorfälle dieses Schweregrads</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Only incidents that affected this service</source>
        <translation>Nur Vorfälle, die diesen Dienst betrafen</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Alle Dienste</translation>
    </message>
</context>
<context>
    <name>Sitrep::MetricsWindow</name>
    <message>
        <source>Sitrep metrics</source>
        <translation>Sitrep-Kennzahlen</translation>
    </message>
    <message>
        <source>Metrics dashboard</source>
        <translation>Kennzahlen-Dashboard</translation>
    </message>
    <message>
        <source>Metrics status</source>
        <translation>Kennzahlen-Status</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Incidents behind the figure</source>
        <translation>Vorfälle hinter der Kennzahl</translation>
    </message>
    <message>
        <source>Enter opens the incident in the console</source>
        <translation>Enter öffnet den Vorfall in der Konsole</translation>
    </message>
    <message>
        <source>Choose a bar (click, or Left, Right and Enter) to list its incidents.</source>
        <translation>Einen Balken wählen (Klick, oder Links, Rechts und Enter), um seine Vorfälle aufzulisten.</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Save the chart on screen as an image</source>
        <translation>Das angezeigte Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>Save the figures of the chart on screen</source>
        <translation>Die Zahlen des angezeigten Diagramms speichern</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Die Kennzahlen konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 incidents from %2 to %3 (%4 in the period before); %5 not yet resolved. Times are from declaration; open incidents count only once they get there.</source>
        <translation>%1 Vorfälle vom %2 bis %3 (%4 im Zeitraum davor); %5 noch nicht gelöst. Zeiten ab der Ausrufung; offene Vorfälle zählen erst, wenn sie so weit sind.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 incidents behind the figure; the newest %2 listed</source>
        <translation>%1 Vorfälle hinter der Kennzahl; die neuesten %2 aufgelistet</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) behind the figure</source>
        <translation>
            <numerusform>%n Vorfall hinter der Kennzahl</numerusform>
            <numerusform>%n Vorfälle hinter der Kennzahl</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: check the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Sitrep::NewEntriesMarker</name>
    <message>
        <source>New entries below</source>
        <translation>Neue Einträge weiter unten</translation>
    </message>
    <message>
        <source>Entries arrived below what you are reading. Click, or press End in the timeline, to go to the newest.</source>
        <translation>Unterhalb der Stelle, die Sie gerade lesen, sind Einträge eingetroffen. Klicken Sie oder drücken Sie in der Zeitleiste Ende, um zum neuesten zu springen.</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new</source>
        <extracomment>Under the timeline when new entries arrived below; the arrow points down</extracomment>
        <translation>
            <numerusform>↓ %n neu</numerusform>
            <numerusform>↓ %n neu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sitrep::NewTrackForm</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>New track name</source>
        <translation>Name des neuen Analysestrangs</translation>
    </message>
    <message>
        <source>Track name, e.g. network</source>
        <translation>Name des Analysestrangs, z. B. Netzwerk</translation>
    </message>
    <message>
        <source>Name of the new track — Enter adds, Escape cancels</source>
        <translation>Name des neuen Analysestrangs — Eingabetaste fügt hinzu, Esc bricht ab</translation>
    </message>
    <message>
        <source>New track owner</source>
        <translation>Zuständige Person für den neuen Analysestrang</translation>
    </message>
    <message>
        <source>Who owns the new track (optional)</source>
        <translation>Wer für den neuen Analysestrang zuständig ist (optional)</translation>
    </message>
    <message>
        <source>New track hypothesis</source>
        <translation>Hypothese des neuen Analysestrangs</translation>
    </message>
    <message>
        <source>First hypothesis (optional)</source>
        <translation>Erste Hypothese (optional)</translation>
    </message>
    <message>
        <source>What the track sets out to test — Enter adds, Escape cancels</source>
        <translation>Was der Analysestrang prüfen soll — Eingabetaste fügt hinzu, Esc bricht ab</translation>
    </message>
    <message>
        <source>Add the new track</source>
        <translation>Neuen Analysestrang hinzufügen</translation>
    </message>
    <message>
        <source>Add the track (Enter)</source>
        <translation>Analysestrang hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Name, owner</source>
        <translation>Name, zuständig</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Niemand zuständig</translation>
    </message>
</context>
<context>
    <name>Sitrep::PinnedStrip</name>
    <message>
        <source>Pinned entries</source>
        <translation>Angeheftete Einträge</translation>
    </message>
    <message>
        <source>Show the pinned entries; pin the selected entry with Ctrl+P</source>
        <translation>Angeheftete Einträge anzeigen; den ausgewählten Eintrag mit Strg+P anheften</translation>
    </message>
    <message>
        <source>Pinned entries list</source>
        <translation>Liste der angehefteten Einträge</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <extracomment>A pinned entry: local time, kind, text</extracomment>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>★ Pinned (%1)</source>
        <extracomment>The toggle above the timeline; the star marks pinned entries in the timeline too</extracomment>
        <translation>★ Angeheftet (%1)</translation>
    </message>
    <message>
        <source>The newest %1 of %2 pinned entries</source>
        <translation>Die neuesten %1 von %2 angehefteten Einträgen</translation>
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
    <name>Sitrep::RaciMatrix</name>
    <message>
        <source>Nobody is accountable for “%1”: mark exactly one role A.</source>
        <translation>Niemand ist für „%1“ verantwortlich: genau eine Rolle mit A markieren.</translation>
    </message>
    <message>
        <source>“%1” has %2 accountable roles: exactly one role may be A.</source>
        <translation>„%1“ hat %2 verantwortliche Rollen: genau eine Rolle darf A sein.</translation>
    </message>
    <message>
        <source>Declare and set severity</source>
        <translation>Ausrufen und Schweregrad festlegen</translation>
    </message>
    <message>
        <source>Coordinate the response</source>
        <translation>Einsatz koordinieren</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Eindämmen</translation>
    </message>
    <message>
        <source>Customer communication</source>
        <translation>Kundenkommunikation</translation>
    </message>
    <message>
        <source>Internal updates</source>
        <translation>Interne Lagemeldungen</translation>
    </message>
    <message>
        <source>Record the timeline</source>
        <translation>Zeitleiste führen</translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation>Nachbetrachtung</translation>
    </message>
</context>
<context>
    <name>Sitrep::RaciModel</name>
    <message>
        <source>Responsible</source>
        <translation>durchführend (R)</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>verantwortlich (A)</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>konsultiert (C)</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>informiert (I)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>No incident.</source>
        <translation>Keine Störung.</translation>
    </message>
    <message>
        <source>“%1” already has an accountable role (%2): only one role may be A. Change that cell first.</source>
        <translation>„%1“ hat bereits eine verantwortliche Rolle (%2): Nur eine Rolle darf A sein. Ändern Sie zuerst diese Zelle.</translation>
    </message>
    <message>
        <source>An activity&apos;s name must be 1 to %1 characters long.</source>
        <translation>Der Name einer Aktivität muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>“%1” is already an activity.</source>
        <translation>„%1“ ist bereits eine Aktivität.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>RACI cell: activity, role, what the role is for it</extracomment>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Nobody is accountable: mark exactly one role A (not saved until then).</source>
        <translation>Niemand ist verantwortlich: Markieren Sie genau eine Rolle mit A (bis dahin nicht gespeichert).</translation>
    </message>
    <message>
        <source>One accountable role.</source>
        <translation>Eine verantwortliche Rolle (A).</translation>
    </message>
</context>
<context>
    <name>Sitrep::RaciView</name>
    <message>
        <source>Add activity</source>
        <translation>Aktivität hinzufügen</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Aktivität entfernen</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>RACI-Matrix</translation>
    </message>
    <message>
        <source>Activities × roles. R, A, C, I set a cell, Space or a click steps through, Delete empties it</source>
        <translation>Aktivitäten × Rollen. R, A, C, I setzen eine Zelle, Leertaste oder ein Klick schaltet weiter, Entf leert sie</translation>
    </message>
    <message>
        <source>RACI matrix state</source>
        <translation>Zustand der RACI-Matrix</translation>
    </message>
    <message>
        <source>Whether the matrix is saved, and what keeps it from it</source>
        <translation>Ob die Matrix gespeichert ist und was das Speichern verhindert</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Neue Aktivität</translation>
    </message>
    <message>
        <source>Name of an activity to add (Enter adds)</source>
        <translation>Name einer neuen Aktivität (Eingabetaste fügt hinzu)</translation>
    </message>
    <message>
        <source>Add the activity as a new row (Enter)</source>
        <translation>Die Aktivität als neue Zeile hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Remove the selected activity (Ctrl+Delete)</source>
        <translation>Ausgewählte Aktivität entfernen (Strg+Entf)</translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation>Auf die Vorgabe zurücksetzen</translation>
    </message>
    <message>
        <source>Replace the matrix with the default for the incident&apos;s severity</source>
        <translation>Die Matrix durch die Vorgabe für den Schweregrad der Störung ersetzen</translation>
    </message>
    <message>
        <source>Reset to the default for %1</source>
        <extracomment>The button that replaces the RACI matrix; %1 is the incident&apos;s severity key (SEV2)</extracomment>
        <translation>Auf die Vorgabe für %1 zurücksetzen</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Keine Störung</translation>
    </message>
    <message>
        <source>No RACI matrix yet: reset to the default or add an activity.</source>
        <translation>Noch keine RACI-Matrix: Übernehmen Sie die Vorgabe oder fügen Sie eine Aktivität hinzu.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <extracomment>The RACI matrix is kept on this console until the rule holds; %1 says what is missing</extracomment>
        <translation>⚠ Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>⚠ Not saved.</source>
        <translation>⚠ Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved: one accountable role per activity.</source>
        <translation>Gespeichert: eine verantwortliche Rolle (A) je Aktivität.</translation>
    </message>
    <message>
        <source>Set the cell to Responsible, Accountable, Consulted or Informed</source>
        <translation>Zelle setzen: durchführend (R), verantwortlich (A), konsultiert (C) oder informiert (I)</translation>
    </message>
    <message>
        <source>R, A, C, I</source>
        <translation>R, A, C, I</translation>
    </message>
    <message>
        <source>Step the cell through R, A, C, I and empty</source>
        <translation>Zelle nacheinander auf R, A, C, I und leer schalten</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>Empty the cell</source>
        <translation>Zelle leeren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>Aktivität entfernen</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Strg+Entf</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Select the whole matrix</source>
        <translation>Ganze Matrix auswählen</translation>
    </message>
</context>
<context>
    <name>Sitrep::ResponseTimesChart</name>
    <message>
        <source>Group response times by</source>
        <translation>Reaktionszeiten gruppieren nach</translation>
    </message>
    <message>
        <source>Team, severity, service or tag</source>
        <translation>Team, Schweregrad, Dienst oder Schlagwort</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Nach Team</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Nach Dienst</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Zeit bis zur Bestätigung</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Zeit bis zur Lösung</translation>
    </message>
    <message>
        <source>Response times chart</source>
        <translation>Diagramm der Reaktionszeiten</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Reaktionszeiten</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90. Perzentil</translation>
    </message>
    <message>
        <source>Median, previous period</source>
        <translation>Median, Zeitraum davor</translation>
    </message>
    <message>
        <source>median %1 in the previous period</source>
        <translation>Median %1 im Zeitraum davor</translation>
    </message>
    <message>
        <source>none in the previous period</source>
        <translation>keine im Zeitraum davor</translation>
    </message>
    <message>
        <source>%1: %2 incidents; median %3, 90th percentile %4, mean %5 (%6 measured); %7</source>
        <translation>%1: %2 Vorfälle; Median %3, 90. Perzentil %4, Mittelwert %5 (%6 gemessen); %7</translation>
    </message>
</context>
<context>
    <name>Sitrep::RoleBoard</name>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Relieve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>Rolle hinzufügen…</translation>
    </message>
    <message>
        <source>Unfilled mandatory roles</source>
        <translation>Unbesetzte Pflichtrollen</translation>
    </message>
    <message>
        <source>Assign the selected role</source>
        <translation>Ausgewählte Rolle zuweisen</translation>
    </message>
    <message>
        <source>Choose who takes the selected role from the roster (Enter or F2)</source>
        <translation>Aus der Personenliste wählen, wer die ausgewählte Rolle übernimmt (Eingabetaste oder F2)</translation>
    </message>
    <message>
        <source>Relieve the selected role</source>
        <translation>Ausgewählte Rolle freigeben</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Add a role this incident needs beyond the mandatory ones</source>
        <translation>Eine Rolle hinzufügen, die diese Störung über die Pflichtrollen hinaus braucht</translation>
    </message>
    <message>
        <source>New role name</source>
        <translation>Name der neuen Rolle</translation>
    </message>
    <message>
        <source>e.g. customer_liaison — Enter adds, Esc cancels</source>
        <translation>z. B. kundenkontakt — Eingabetaste fügt hinzu, Esc bricht ab</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; spaces become _</source>
        <translation>Kleinbuchstaben, Ziffern und _; Leerzeichen werden zu _</translation>
    </message>
    <message>
        <source>Roles and roster</source>
        <translation>Rollen und Personenliste</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role columns</source>
        <translation>Spalten der Rollenübersicht</translation>
    </message>
    <message>
        <source>Choose a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid role name: use lower-case letters, digits and _, starting with a letter (e.g. customer_liaison).</source>
        <translation>„%1“ ist kein gültiger Rollenname: Verwenden Sie Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben (z. B. kundenkontakt).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n mandatory role(s) unfilled</source>
        <extracomment>Above the role board; the sign is a warning triangle</extracomment>
        <translation>
            <numerusform>⚠ %n Pflichtrolle unbesetzt</numerusform>
            <numerusform>⚠ %n Pflichtrollen unbesetzt</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Keine Störung ausgewählt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who takes “%1”? Enter, or drag a person onto a role</source>
        <extracomment>Above the roster: the role a person chosen now takes</extracomment>
        <translation>Wer übernimmt „%1“? Eingabetaste, oder eine Person auf eine Rolle ziehen</translation>
    </message>
    <message>
        <source>Select a role, then choose a person.</source>
        <translation>Wählen Sie eine Rolle und dann eine Person.</translation>
    </message>
    <message>
        <source>Role board</source>
        <translation>Rollenübersicht</translation>
    </message>
    <message>
        <source>Assign the selected role: to the roster filter</source>
        <translation>Ausgewählte Rolle zuweisen: zum Filter der Personenliste</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Eingabe, F2</translation>
    </message>
    <message>
        <source>Give the role to the highlighted person</source>
        <translation>Die Rolle der markierten Person geben</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Back to the roles</source>
        <translation>Zurück zu den Rollen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Enter or F2 assigns the selected role from the roster; Delete relieves it (or takes a vacant added role off)</source>
        <translation>Eingabe oder F2 besetzt die ausgewählte Rolle aus der Liste; Entf gibt sie frei (oder nimmt eine unbesetzte hinzugefügte Rolle weg)</translation>
    </message>
    <message>
        <source>Relieve the selected role (a vacant added role: take it off the board)</source>
        <translation>Ausgewählte Rolle freigeben (eine unbesetzte hinzugefügte Rolle: von der Tafel nehmen)</translation>
    </message>
    <message>
        <source>The holder of the selected role steps down and the role stays on the board; a vacant role the incident added goes off it (Delete)</source>
        <translation>Die Person gibt die ausgewählte Rolle ab, die Rolle bleibt in der Übersicht; eine unbesetzte, vom Vorfall hinzugefügte Rolle wird entfernt (Entf)</translation>
    </message>
</context>
<context>
    <name>Sitrep::RoleBoardModel</name>
    <message>
        <source>Choose a role first.</source>
        <translation>Wählen Sie zuerst eine Rolle.</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>Niemand hat die Rolle %1 inne.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Besetzt durch</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>A role holder the directory does not know (yet): the start of their id</extracomment>
        <translation>Unbekannt (%1)</translation>
    </message>
    <message>
        <source>Unfilled</source>
        <extracomment>An empty mandatory role (shown with a warning icon, in bold) / an empty added role</extracomment>
        <translation>Unbesetzt</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>Not in the directory: %1</source>
        <translation>Nicht im Verzeichnis: %1</translation>
    </message>
    <message>
        <source>Since %1 (%2 UTC)</source>
        <translation>Seit %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Nobody holds this mandatory role. Select it and press Enter, or drop a person on it.</source>
        <translation>Niemand hat diese Pflichtrolle inne. Wählen Sie sie aus und drücken Sie die Eingabetaste, oder ziehen Sie eine Person darauf.</translation>
    </message>
    <message>
        <source>Nobody holds this role. Select it and press Enter, or drop a person on it.</source>
        <translation>Niemand hat diese Rolle inne. Wählen Sie sie aus und drücken Sie die Eingabetaste, oder ziehen Sie eine Person darauf.</translation>
    </message>
    <message>
        <source>2nd</source>
        <extracomment>Rank of a role, short for &quot;secondary&quot; (the second in command)</extracomment>
        <translation>2.</translation>
    </message>
    <message>
        <source>1st</source>
        <extracomment>Rank of a role, short for &quot;primary&quot;</extracomment>
        <translation>1.</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>Stellvertretung</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Hauptverantwortung</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <extracomment>Screen reader text of a role row: role, holder, since when</extracomment>
        <translation>%1: %2 seit %3</translation>
    </message>
    <message>
        <source>%1: unfilled mandatory role</source>
        <translation>%1: unbesetzte Pflichtrolle</translation>
    </message>
    <message>
        <source>%1: vacant</source>
        <translation>%1: frei</translation>
    </message>
    <message>
        <source>No incident is shown.</source>
        <translation>Kein Vorfall angezeigt.</translation>
    </message>
</context>
<context>
    <name>Sitrep::RosterModel</name>
    <message>
        <source>%1  @%2</source>
        <extracomment>A person in the roster: name and handle</extracomment>
        <translation>%1  @%2</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>%1 (@%2) · %3</source>
        <translation>%1 (@%2) · %3</translation>
    </message>
</context>
<context>
    <name>Sitrep::RosterPicker</name>
    <message>
        <source>Roster hint</source>
        <translation>Hinweis zur Personenliste</translation>
    </message>
    <message>
        <source>Roster filter</source>
        <translation>Filter der Personenliste</translation>
    </message>
    <message>
        <source>Filter people by name or @handle</source>
        <translation>Personen nach Name oder @Kürzel filtern</translation>
    </message>
    <message>
        <source>Type to narrow the roster; Enter chooses the highlighted person, Esc goes back</source>
        <translation>Tippen, um die Personenliste einzugrenzen; Eingabetaste wählt die markierte Person, Esc geht zurück</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Personenliste</translation>
    </message>
    <message>
        <source>Drag a person onto a role, or press Enter to choose them</source>
        <translation>Ziehen Sie eine Person auf eine Rolle oder drücken Sie die Eingabetaste, um sie zu wählen</translation>
    </message>
    <message>
        <source>Choose a person from the roster.</source>
        <translation>Wählen Sie eine Person aus der Personenliste.</translation>
    </message>
    <message>
        <source>Nobody in the roster matches &quot;%1&quot;.</source>
        <translation>Niemand in der Personenliste passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>Sitrep::RuledOutModel</name>
    <message>
        <source>✗ %1</source>
        <extracomment>A ruled-out finding; the sign is a cross</extracomment>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Ruled out: %1 (track %2)</source>
        <extracomment>A ruled-out finding read out: finding, track that ruled it out</extracomment>
        <translation>Ausgeschlossen: %1 (Analysestrang %2)</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Ausgeschlossen</translation>
    </message>
    <message>
        <source>By track</source>
        <translation>Analysestrang</translation>
    </message>
</context>
<context>
    <name>Sitrep::SearchDialog</name>
    <message>
        <source>Search incidents and timelines</source>
        <translation>Störungen und Zeitleisten durchsuchen</translation>
    </message>
    <message>
        <source>Search titles and timeline entries…</source>
        <translation>Titel und Einträge der Zeitleisten durchsuchen…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Next or previous result</source>
        <translation>Nächstes oder vorheriges Ergebnis</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Pfeil ab, Pfeil auf</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Ausgewähltes Ergebnis öffnen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Suche schließen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Matches: %1 — Enter opens the selected one.</source>
        <translation>Treffer: %1 — Eingabetaste öffnet den ausgewählten.</translation>
    </message>
</context>
<context>
    <name>Sitrep::SearchResultsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>%1 · Incident</source>
        <translation>%1 · Störung</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
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
    <name>Sitrep::ServiceDensityChart</name>
    <message>
        <source>Incidents per service per week chart</source>
        <translation>Diagramm der Vorfälle je Dienst und Woche</translation>
    </message>
    <message>
        <source>Density by service</source>
        <translation>Dichte nach Dienst</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Andere Dienste</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a week&apos;s Monday on the density chart</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <source>Incidents declared per week, by service</source>
        <translation>Ausgerufene Vorfälle pro Woche, nach Dienst</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 incidents</source>
        <translation>%1, Woche vom %2: %3 Vorfälle</translation>
    </message>
    <message>
        <source>Week of %1: %2 incidents (%3)</source>
        <translation>Woche vom %1: %2 Vorfälle (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>MMM yy</source>
        <comment>a month on the density chart</comment>
        <translation>MMM yy</translation>
    </message>
</context>
<context>
    <name>Sitrep::SeverityBox</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A severity level in the list: key — name, e.g. &quot;SEV1 — Critical&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity %1: %2
Space or Alt+Down lists the levels with their criteria.</source>
        <translation>Schweregrad %1: %2
Leertaste oder Alt+Pfeil ab listet die Stufen mit ihren Kriterien auf.</translation>
    </message>
    <message>
        <source>Severity %1: %2</source>
        <translation>Schweregrad %1: %2</translation>
    </message>
</context>
<context>
    <name>Sitrep::SeverityTaxonomy</name>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Customer-facing outage or data loss for many customers; security breach in progress; revenue or safety at immediate risk.</source>
        <translation>Für Kunden sichtbarer Ausfall oder Datenverlust bei vielen Kunden; laufender Sicherheitsvorfall; Umsatz oder Sicherheit unmittelbar gefährdet.</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Significant degradation of a core service or an outage for a subset of customers; no workaround.</source>
        <translation>Erhebliche Beeinträchtigung eines Kerndienstes oder Ausfall für einen Teil der Kunden; keine Umgehung möglich.</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Partial degradation with a workaround, or an internal service impaired.</source>
        <translation>Teilweise Beeinträchtigung mit Umgehung, oder ein interner Dienst gestört.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Cosmetic or low-impact issue; no customer impact expected.</source>
        <translation>Kosmetisches Problem oder geringe Auswirkung; keine Auswirkung auf Kunden erwartet.</translation>
    </message>
</context>
<context>
    <name>Sitrep::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Find a shortcut…</source>
        <translation>Tastenkürzel suchen…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Tastenkürzel suchen</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenster</translation>
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
    <name>Sitrep::StatusStepper</name>
    <message>
        <source>then</source>
        <translation>dann</translation>
    </message>
    <message>
        <source>● %1 %2</source>
        <extracomment>Status stepper, the current step: sign, status, local time reached</extracomment>
        <translation>● %1 %2</translation>
    </message>
    <message>
        <source>current status</source>
        <translation>aktueller Status</translation>
    </message>
    <message>
        <source>– %1</source>
        <extracomment>Status stepper, a step in the past: check mark, status, local time reached (empty when skipped)</extracomment>
        <translation>– %1</translation>
    </message>
    <message>
        <source>✓ %1 %2</source>
        <translation>✓ %1 %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>Accessible name of a status step: status, its state (current status, done, not reached), time</extracomment>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 since %2 (current status)</source>
        <translation>%1 seit %2 (aktueller Status)</translation>
    </message>
    <message>
        <source>%1 at %2. The status only moves forward.</source>
        <translation>%1 am %2. Der Status geht nur vorwärts.</translation>
    </message>
    <message>
        <source>%1 was skipped. The status only moves forward.</source>
        <translation>%1 wurde übersprungen. Der Status geht nur vorwärts.</translation>
    </message>
    <message>
        <source>Move the incident to %1</source>
        <translation>Störung auf „%1“ setzen</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <extracomment>Status stepper, a step in the past where the row is short of room: check mark and local time</extracomment>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>● %1</source>
        <extracomment>Status stepper, the current step where the row is short of room: sign and status</extracomment>
        <translation>● %1</translation>
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
    <message>
        <source>A participant of another incident cannot change with this one.</source>
        <translation>Ein Teilnehmer einer anderen Störung kann nicht zusammen mit dieser geändert werden.</translation>
    </message>
    <message>
        <source>%1 steps down as %2</source>
        <translation>%1 gibt die Rolle %2 ab</translation>
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
    <name>Sitrep::TeamComparisonChart</name>
    <message>
        <source>Compare teams by</source>
        <translation>Teams vergleichen nach</translation>
    </message>
    <message>
        <source>Teams compared chart</source>
        <translation>Diagramm des Teamvergleichs</translation>
    </message>
    <message>
        <source>Teams compared</source>
        <translation>Teams im Vergleich</translation>
    </message>
    <message>
        <source>Time to resolve by team: lowest, quartiles, median, highest</source>
        <translation>Zeit bis zur Lösung nach Team: Minimum, Quartile, Median, Maximum</translation>
    </message>
    <message>
        <source>Time to acknowledge by team: lowest, quartiles, median, highest</source>
        <translation>Zeit bis zur Bestätigung nach Team: Minimum, Quartile, Median, Maximum</translation>
    </message>
    <message>
        <source>%1: %2 measured; lowest %3, first quartile %4, median %5, third quartile %6, highest %7</source>
        <translation>%1: %2 gemessen; Minimum %3, erstes Quartil %4, Median %5, drittes Quartil %6, Maximum %7</translation>
    </message>
</context>
<context>
    <name>Sitrep::TimelineFilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Nach Art filtern</translation>
    </message>
    <message>
        <source>Show only entries of the checked kinds</source>
        <translation>Nur Einträge der angehakten Arten anzeigen</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Nach Autor filtern</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Nach Analysestrang filtern</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show every entry again (Ctrl+Shift+X)</source>
        <translation>Wieder alle Einträge anzeigen (Strg+Umschalt+X)</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Alle Autoren</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Alle Analysestränge</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>Art %1</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n Art</numerusform>
            <numerusform>%n Arten</numerusform>
        </translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>Autor %1</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>Analysestrang %1</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <extracomment>Above the timeline while filters hide entries; the parts are joined by &quot; · &quot;</extracomment>
        <translation>Gefiltert: %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
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
    <message>
        <source>Entry box</source>
        <translation>Eingabefeld</translation>
    </message>
    <message>
        <source>Add the typed entry</source>
        <translation>Eingegebenen Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beschluss</translation>
    </message>
    <message>
        <source>/d text</source>
        <translation>/d Text</translation>
    </message>
    <message>
        <source>Comms update</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>/c text</source>
        <translation>/c Text</translation>
    </message>
    <message>
        <source>Note (the default)</source>
        <translation>Notiz (Standard)</translation>
    </message>
    <message>
        <source>/n text</source>
        <translation>/n Text</translation>
    </message>
    <message>
        <source>A note starting with a slash</source>
        <translation>Notiz, die mit einem Schrägstrich beginnt</translation>
    </message>
    <message>
        <source>//text</source>
        <translation>//Text</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Eintrag bearbeiten…</translation>
    </message>
    <message>
        <source>Pin entry</source>
        <translation>Eintrag anheften</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Action with an owner</source>
        <translation>Maßnahme mit zuständiger Person</translation>
    </message>
    <message>
        <source>/a @handle text</source>
        <translation>/a @Kürzel Text</translation>
    </message>
    <message>
        <source>On a track</source>
        <translation>Zu einem Analysestrang</translation>
    </message>
    <message>
        <source>#track text</source>
        <translation>#Analysestrang Text</translation>
    </message>
    <message>
        <source>Mention someone (completes names and handles)</source>
        <translation>Jemanden erwähnen (ergänzt Namen und Kürzel)</translation>
    </message>
    <message>
        <source>@</source>
        <translation>@</translation>
    </message>
    <message>
        <source>Cancel an edit</source>
        <translation>Bearbeitung abbrechen</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Ausgewählten Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 oder Eingabe</translation>
    </message>
    <message>
        <source>Pin or unpin the selected entry</source>
        <translation>Ausgewählten Eintrag anheften oder lösen</translation>
    </message>
    <message>
        <source>History of the selected entry</source>
        <translation>Verlauf des ausgewählten Eintrags</translation>
    </message>
    <message>
        <source>Go to the newest entry (clears &quot;N new&quot;)</source>
        <translation>Zum neuesten Eintrag springen (entfernt „N neu“)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Clear the timeline filters</source>
        <translation>Filter der Zeitleiste zurücksetzen</translation>
    </message>
    <message>
        <source>Unpin entry</source>
        <translation>Eintrag lösen</translation>
    </message>
</context>
<context>
    <name>Sitrep::TracksModel</name>
    <message>
        <source>▸ Active</source>
        <extracomment>Track status; the sign is a small arrow</extracomment>
        <translation>▸ Aktiv</translation>
    </message>
    <message>
        <source>✓ Confirmed</source>
        <translation>✓ Bestätigt</translation>
    </message>
    <message>
        <source>✗ Ruled out</source>
        <translation>✗ Ausgeschlossen</translation>
    </message>
    <message>
        <source>∥ Parked</source>
        <translation>∥ Zurückgestellt</translation>
    </message>
    <message>
        <source>—</source>
        <extracomment>Owner column of a track nobody owns</extracomment>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, owner %3
Hypothesis: %4
%n ruled out</source>
        <extracomment>A track read out or hovered: name, status, owner, hypothesis, number of ruled-out findings</extracomment>
        <translation>
            <numerusform>%1 — %2, zuständig: %3
Hypothese: %4
%n Ursache ausgeschlossen</numerusform>
            <numerusform>%1 — %2, zuständig: %3
Hypothese: %4
%n Ursachen ausgeschlossen</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Analysestrang</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
</context>
<context>
    <name>Sitrep::TracksPane</name>
    <message>
        <source>+ Add track</source>
        <translation>+ Neuer Analysestrang</translation>
    </message>
    <message>
        <source>Add a track</source>
        <translation>Analysestrang hinzufügen</translation>
    </message>
    <message>
        <source>Start a new troubleshooting track (Insert)</source>
        <translation>Einen neuen Analysestrang für die Fehlersuche beginnen (Einfg)</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Analysestränge</translation>
    </message>
    <message>
        <source>Ruled out by every track</source>
        <translation>Ausgeschlossen in allen Analysesträngen</translation>
    </message>
    <message>
        <source>What any track ruled out: check here before testing a hypothesis</source>
        <translation>Was ein Analysestrang ausgeschlossen hat: Vor dem Prüfen einer Hypothese hier nachsehen</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothese</translation>
    </message>
    <message>
        <source>Owner, status</source>
        <translation>Zuständig, Status</translation>
    </message>
    <message>
        <source>Rule out</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Ruled out by every track (%1)</source>
        <extracomment>Title of the list of every track&apos;s ruled-out findings</extracomment>
        <translation>Ausgeschlossen in allen Analysesträngen (%1)</translation>
    </message>
    <message>
        <source>Hypothesis of the selected track</source>
        <translation>Hypothese des ausgewählten Analysestrangs</translation>
    </message>
    <message>
        <source>The selected track&apos;s current hypothesis — Enter saves (F2 from the list)</source>
        <translation>Aktuelle Hypothese des ausgewählten Analysestrangs — Eingabetaste speichert (F2 aus der Liste)</translation>
    </message>
    <message>
        <source>Current hypothesis</source>
        <translation>Aktuelle Hypothese</translation>
    </message>
    <message>
        <source>Owner of the selected track</source>
        <translation>Zuständig für den ausgewählten Analysestrang</translation>
    </message>
    <message>
        <source>Who owns the selected track; saved when changed</source>
        <translation>Wer für den ausgewählten Analysestrang zuständig ist; wird bei Änderung gespeichert</translation>
    </message>
    <message>
        <source>Status of the selected track</source>
        <translation>Status des ausgewählten Analysestrangs</translation>
    </message>
    <message>
        <source>Status of the selected track; saved when changed</source>
        <translation>Status des ausgewählten Analysestrangs; wird bei Änderung gespeichert</translation>
    </message>
    <message>
        <source>Rule out for the selected track</source>
        <translation>Für den ausgewählten Analysestrang ausschließen</translation>
    </message>
    <message>
        <source>Something the selected track ruled out — Enter adds it to the list every track sees</source>
        <translation>Etwas, das der ausgewählte Analysestrang ausgeschlossen hat — Eingabetaste fügt es der Liste hinzu, die alle Analysestränge sehen</translation>
    </message>
    <message>
        <source>Ruled out, e.g. DNS</source>
        <translation>Ausgeschlossen, z. B. DNS</translation>
    </message>
    <message>
        <source>Select a track to edit it</source>
        <translation>Analysestrang zum Bearbeiten auswählen</translation>
    </message>
    <message>
        <source>Track %1</source>
        <extracomment>Above the controls of the selected track</extracomment>
        <translation>Analysestrang %1</translation>
    </message>
    <message>
        <source>“%1” is already ruled out by track %2.</source>
        <translation>„%1“ ist bereits durch Analysestrang %2 ausgeschlossen.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Einfg</translation>
    </message>
    <message>
        <source>Edit the hypothesis of the selected track</source>
        <translation>Hypothese des ausgewählten Analysestrangs bearbeiten</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Save the line being edited</source>
        <translation>Die gerade bearbeitete Zeile speichern</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>Sitrep::TrendChart</name>
    <message>
        <source>Trend of</source>
        <translation>Verlauf von</translation>
    </message>
    <message>
        <source>Weekly trend chart</source>
        <translation>Diagramm des Wochenverlaufs</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Median, this period</source>
        <translation>Median, dieser Zeitraum</translation>
    </message>
    <message>
        <source>Median, period before</source>
        <translation>Median, Zeitraum davor</translation>
    </message>
    <message>
        <source>week of the period</source>
        <translation>Woche des Zeitraums</translation>
    </message>
    <message>
        <source>Median time to resolve, week by week</source>
        <translation>Median der Zeit bis zur Lösung, Woche für Woche</translation>
    </message>
    <message>
        <source>Median time to acknowledge, week by week</source>
        <translation>Median der Zeit bis zur Bestätigung, Woche für Woche</translation>
    </message>
    <message>
        <source>Week of %1: %2 incidents, median %3</source>
        <translation>Woche vom %1: %2 Vorfälle, Median %3</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>; the same week of the period before (%1): %2 incidents, median %3</source>
        <translation>; dieselbe Woche im Zeitraum davor (%1): %2 Vorfälle, Median %3</translation>
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
    <message>
        <source>The meeting link is too long (at most %1 characters).</source>
        <translation>Der Meeting-Link ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The dial-in is too long (at most %1 characters).</source>
        <translation>Die Einwahl ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The fallback channels are too long (at most %1 characters).</source>
        <translation>Die Ausweichkanäle sind zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <source>The meeting link must be a web address (https://…) or a tel:, sip: address.</source>
        <translation>Der Meeting-Link muss eine Webadresse (https://…) oder eine tel:- bzw. sip:-Adresse sein.</translation>
    </message>
    <message>
        <source>A RACI matrix holds at most %1 activities.</source>
        <translation>Eine RACI-Matrix enthält höchstens %1 Aktivitäten.</translation>
    </message>
    <message>
        <source>A RACI matrix holds at most %1 roles.</source>
        <translation>Eine RACI-Matrix enthält höchstens %1 Rollen.</translation>
    </message>
    <message>
        <source>An activity&apos;s name must be 1 to %1 characters long.</source>
        <translation>Der Name einer Aktivität muss 1 bis %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>An incident adds at most %1 roles.</source>
        <translation>Ein Vorfall fügt höchstens %1 Rollen hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name: lower-case letters, digits and _, starting with a letter.</source>
        <translation>„%1“ ist kein Rollenname: Kleinbuchstaben, Ziffern und _, beginnend mit einem Buchstaben.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is added twice.</source>
        <translation>Die Rolle „%1“ ist doppelt hinzugefügt.</translation>
    </message>
</context>
</TS>
