<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
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
        <source>All saved locally</source>
        <translation>Alles lokal gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this console, not yet sent to the server.</source>
        <translation>
            <numerusform>%n Änderung auf dieser Konsole gespeichert, noch nicht an den Server gesendet.</numerusform>
            <numerusform>%n Änderungen auf dieser Konsole gespeichert, noch nicht an den Server gesendet.</numerusform>
        </translation>
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
