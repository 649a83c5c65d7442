<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Sitrep::CommandLine</name>
    <message>
        <source>Incident command console</source>
        <translation>Console de commandement d’incidents</translation>
    </message>
    <message>
        <source>Use the profile in &lt;directory&gt;: its settings and offline cache. Default: %1.</source>
        <translation>Utiliser le profil situé dans &lt;dossier&gt; : ses réglages et son cache hors ligne. Par défaut : %1.</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans &lt;fichier&gt; dès qu’elle est affichée, puis quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>Sitrep::DeclareIncidentDialog</name>
    <message>
        <source>Declare incident</source>
        <translation>Déclarer un incident</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titre de l’incident</translation>
    </message>
    <message>
        <source>What is happening, in a few words</source>
        <translation>Ce qui se passe, en quelques mots</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Severity criteria</source>
        <translation>Critères de gravité</translation>
    </message>
    <message>
        <source>No specific service</source>
        <translation>Aucun service en particulier</translation>
    </message>
    <message>
        <source>Affected service</source>
        <translation>Service touché</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>&amp;Gravité</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vice</translation>
    </message>
    <message>
        <source>&amp;Declare</source>
        <translation>&amp;Déclarer</translation>
    </message>
    <message>
        <source>Declare</source>
        <translation>Déclarer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Sitrep::EntryParser</name>
    <message>
        <source>Type some text first.</source>
        <translation>Saisissez d’abord un texte.</translation>
    </message>
    <message>
        <source>Type the text after /%1.</source>
        <translation>Saisissez le texte après /%1.</translation>
    </message>
    <message>
        <source>Unknown command /%1. Use /d (decision), /a (action), /n (note), /c (comms), or // to start with a slash.</source>
        <translation>Commande inconnue /%1. Utilisez /d (décision), /a (action), /n (note), /c (diffusion) ou // pour commencer par une barre oblique.</translation>
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
        <translation>%1j</translation>
    </message>
    <message>
        <source>%1 (restricted)</source>
        <translation>%1 (restreint)</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentListModel</name>
    <message numerus="yes">
        <source>%1, %2, %3, %n entries</source>
        <extracomment>Screen reader text of an incident row: severity, title, status, entry count</extracomment>
        <translation>
            <numerusform>%1, %2, %3, %n entrée</numerusform>
            <numerusform>%1, %2, %3, %n entrées</numerusform>
        </translation>
    </message>
    <message>
        <source>, restricted</source>
        <translation>, restreint</translation>
    </message>
    <message>
        <source>%1 · %2
Declared %3</source>
        <translation>%1 · %2
Déclaré : %3</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentListPane</name>
    <message>
        <source>Filter incidents (Ctrl+K)</source>
        <translation>Filtrer les incidents (Ctrl+K)</translation>
    </message>
    <message>
        <source>Incident filter</source>
        <translation>Filtre des incidents</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
</context>
<context>
    <name>Sitrep::Labels</name>
    <message>
        <source>Declared</source>
        <translation>Déclaré</translation>
    </message>
    <message>
        <source>Investigating</source>
        <translation>En investigation</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>Cause identifiée</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Comms</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Escalade</translation>
    </message>
    <message>
        <source>Checkpoint</source>
        <translation>Bilan</translation>
    </message>
</context>
<context>
    <name>Sitrep::Main</name>
    <message>
        <source>Sitrep cannot start</source>
        <translation>Sitrep ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Could not save the screenshot to %1</source>
        <translation>Impossible d’enregistrer la capture d’écran dans %1</translation>
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
        <translation>Incidents et chronologie</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;Declare incident…</source>
        <translation>&amp;Déclarer un incident…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;Entry box</source>
        <translation>Zone de &amp;saisie</translation>
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
        <translation>&amp;Filtrer les incidents</translation>
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
        <translation>Incident déclaré.</translation>
    </message>
    <message>
        <source>All saved locally</source>
        <translation>Tout est enregistré localement</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this console, not yet sent to the server.</source>
        <translation>
            <numerusform>%n modification enregistrée sur cette console, pas encore envoyée au serveur.</numerusform>
            <numerusform>%n modifications enregistrées sur cette console, pas encore envoyées au serveur.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sitrep::Profile</name>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>The profile folder %1 could not be created.</source>
        <translation>Le dossier de profil %1 n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Sitrep::TimelineModel</name>
    <message>
        <source>◷ pending</source>
        <translation>◷ en attente</translation>
    </message>
    <message>
        <source>★ pinned</source>
        <translation>★ épinglé</translation>
    </message>
    <message>
        <source> (edited)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>%1, %2 by %3: %4</source>
        <extracomment>Screen reader text of a timeline row: time, kind, author, text</extracomment>
        <translation>%1, %2 par %3 : %4</translation>
    </message>
    <message>
        <source>, not yet sent</source>
        <translation>, pas encore envoyé</translation>
    </message>
    <message>
        <source>, pinned</source>
        <translation>, épinglé</translation>
    </message>
    <message>
        <source>%1 local
%2 UTC</source>
        <translation>%1 heure locale
%2 UTC</translation>
    </message>
    <message>
        <source>Saved on this console; not yet acknowledged by the server.</source>
        <translation>Enregistré sur cette console ; pas encore confirmé par le serveur.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>Sitrep::TimelinePane</name>
    <message>
        <source>Current incident</source>
        <translation>Incident en cours</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Timeline columns</source>
        <translation>Colonnes de la chronologie</translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation>Nouvelle entrée de chronologie</translation>
    </message>
    <message>
        <source>Note… /d decision, /a action, /c comms — Enter to add (Ctrl+L)</source>
        <translation>Note… /d décision, /a action, /c diffusion — Entrée pour ajouter (Ctrl+L)</translation>
    </message>
    <message>
        <source>No incident selected — Ctrl+N declares one</source>
        <translation>Aucun incident sélectionné — Ctrl+N en déclare un</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <extracomment>Timeline header: severity, title, status</extracomment>
        <translation>%1  %2 — %3</translation>
    </message>
</context>
</TS>
