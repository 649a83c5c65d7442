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
    <message>
        <source>Incident commander</source>
        <translation>Commandant d’incident</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <source>Technical lead</source>
        <translation>Responsable technique</translation>
    </message>
    <message>
        <source>Comms lead</source>
        <translation>Responsable communication</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
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
    <name>Sitrep::Store</name>
    <message>
        <source>Cannot open the cache %1: %2. Check that the folder exists and is writable.</source>
        <translation>Impossible d’ouvrir le cache %1 : %2. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The cache %1 is damaged or is not a Sitrep cache (%2). It was left untouched: move it aside to start with a fresh cache, or open another profile with --profile.</source>
        <translation>Le cache %1 est endommagé ou n’est pas un cache Sitrep (%2). Il n’a pas été modifié : déplacez-le ailleurs pour repartir d’un cache neuf, ou ouvrez un autre profil avec --profile.</translation>
    </message>
    <message>
        <source>The cache %1 was written by a newer version of Sitrep (schema %2; this version understands up to %3). It was left untouched: update Sitrep, or open another profile.</source>
        <translation>Le cache %1 a été écrit par une version plus récente de Sitrep (schéma %2 ; cette version gère jusqu’au schéma %3). Il n’a pas été modifié : mettez Sitrep à jour, ou ouvrez un autre profil.</translation>
    </message>
    <message>
        <source>The file %1 is an SQLite database but not a Sitrep cache. It was left untouched: open another profile with --profile.</source>
        <translation>Le fichier %1 est une base de données SQLite, mais pas un cache Sitrep. Il n’a pas été modifié : ouvrez un autre profil avec --profile.</translation>
    </message>
    <message>
        <source>Cannot prepare the cache %1: %2</source>
        <translation>Impossible de préparer le cache %1 : %2</translation>
    </message>
    <message>
        <source>Cannot upgrade the cache %1: %2. It was left as it was before the upgrade.</source>
        <translation>Impossible de mettre à niveau le cache %1 : %2. Il est resté dans son état d’avant la mise à niveau.</translation>
    </message>
    <message>
        <source>The cache %1 does not exist.</source>
        <translation>Le cache %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the cache %1: %2</source>
        <translation>Impossible d’ouvrir le cache %1 : %2</translation>
    </message>
    <message>
        <source>The cache %1 cannot be read here (schema %2, expected %3). %4</source>
        <translation>Le cache %1 ne peut pas être lu ici (schéma %2, %3 attendu). %4</translation>
    </message>
    <message>
        <source>the disk is full. Free some space and try again; nothing was lost</source>
        <translation>le disque est plein. Libérez de l’espace et réessayez ; rien n’a été perdu</translation>
    </message>
    <message>
        <source>the cache is read-only. Check the permissions of %1</source>
        <translation>le cache est en lecture seule. Vérifiez les droits d’accès de %1</translation>
    </message>
    <message>
        <source>another Sitrep process is holding the cache. Try again in a moment</source>
        <translation>un autre processus Sitrep bloque le cache. Réessayez dans un instant</translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation>le disque a signalé une erreur (%1)</translation>
    </message>
    <message>
        <source>the cache is damaged (%1). Quit Sitrep and move %2 aside</source>
        <translation>le cache est endommagé (%1). Quittez Sitrep et déplacez %2 ailleurs</translation>
    </message>
    <message>
        <source>An incident with this id already exists.</source>
        <translation>Un incident avec cet identifiant existe déjà.</translation>
    </message>
    <message>
        <source>Could not save the incident: %1</source>
        <translation>Impossible d’enregistrer l’incident : %1</translation>
    </message>
    <message>
        <source>No such incident.</source>
        <translation>Incident introuvable.</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Statut : %1 → %2</translation>
    </message>
    <message>
        <source>Could not change the status: %1</source>
        <translation>Impossible de changer le statut : %1</translation>
    </message>
    <message>
        <source>The incident is already %1.</source>
        <translation>L’incident est déjà %1.</translation>
    </message>
    <message>
        <source>Severity: %1 → %2</source>
        <translation>Gravité : %1 → %2</translation>
    </message>
    <message>
        <source>Could not change the severity: %1</source>
        <translation>Impossible de changer la gravité : %1</translation>
    </message>
    <message>
        <source>The incident of this entry is not in the cache.</source>
        <translation>L’incident de cette entrée n’est pas dans le cache.</translation>
    </message>
    <message>
        <source>This entry is already on the timeline.</source>
        <translation>Cette entrée figure déjà dans la chronologie.</translation>
    </message>
    <message>
        <source>Could not save the entry: %1</source>
        <translation>Impossible d’enregistrer l’entrée : %1</translation>
    </message>
    <message>
        <source>No such timeline entry.</source>
        <translation>Entrée de chronologie introuvable.</translation>
    </message>
    <message>
        <source>Could not save the edit: %1</source>
        <translation>Impossible d’enregistrer la modification : %1</translation>
    </message>
    <message>
        <source>Could not pin the entry: %1</source>
        <translation>Impossible d’épingler l’entrée : %1</translation>
    </message>
    <message>
        <source>This person already holds the role.</source>
        <translation>Cette personne occupe déjà ce rôle.</translation>
    </message>
    <message>
        <source> (secondary)</source>
        <translation> (suppléant)</translation>
    </message>
    <message>
        <source>%1 takes the role %2</source>
        <translation>%1 prend le rôle %2</translation>
    </message>
    <message>
        <source>Handover of %1: %2 → %3</source>
        <translation>Passation de %1 : %2 → %3</translation>
    </message>
    <message>
        <source>Could not assign the role: %1</source>
        <translation>Impossible d’attribuer le rôle : %1</translation>
    </message>
    <message>
        <source>No such current role assignment.</source>
        <translation>Attribution de rôle en cours introuvable.</translation>
    </message>
    <message>
        <source>Could not relieve the role: %1</source>
        <translation>Impossible de libérer le rôle : %1</translation>
    </message>
    <message>
        <source>Could not save the track: %1</source>
        <translation>Impossible d’enregistrer la piste : %1</translation>
    </message>
    <message>
        <source>Could not save the participant: %1</source>
        <translation>Impossible d’enregistrer le participant : %1</translation>
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
<context>
    <name>Sitrep::Validation</name>
    <message>
        <source>An incident needs a title.</source>
        <translation>Un incident doit avoir un titre.</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>Le titre est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>Unknown severity &quot;%1&quot;; choose one of %2.</source>
        <translation>Gravité inconnue « %1 » ; choisissez parmi %2.</translation>
    </message>
    <message>
        <source>Tags must be 1 to 64 characters long.</source>
        <translation>Les étiquettes doivent compter de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>The incident is already %1.</source>
        <translation>L’incident est déjà %1.</translation>
    </message>
    <message>
        <source>The incident is closed; declare a new incident instead.</source>
        <translation>L’incident est clos ; déclarez plutôt un nouvel incident.</translation>
    </message>
    <message>
        <source>The status only moves forward (%1 → %2 is not allowed).</source>
        <translation>Le statut ne peut qu’avancer (%1 → %2 n’est pas autorisé).</translation>
    </message>
    <message>
        <source>A timeline entry belongs to an incident.</source>
        <translation>Une entrée de chronologie doit appartenir à un incident.</translation>
    </message>
    <message>
        <source>A timeline entry needs some text.</source>
        <translation>Une entrée de chronologie doit contenir du texte.</translation>
    </message>
    <message>
        <source>The entry is too long (at most %1 characters).</source>
        <translation>L’entrée est trop longue (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid role name (lower-case letters, digits and _).</source>
        <translation>« %1 » n’est pas un nom de rôle valide (lettres minuscules, chiffres et _).</translation>
    </message>
    <message>
        <source>Choose the person who takes the role.</source>
        <translation>Choisissez la personne qui prend le rôle.</translation>
    </message>
    <message>
        <source>A track needs a name.</source>
        <translation>Une piste doit avoir un nom.</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>Un participant doit avoir un nom.</translation>
    </message>
    <message>
        <source>A phone participant needs a contact channel (e.g. a phone number).</source>
        <translation>Un participant par téléphone doit avoir un moyen de contact (par ex. un numéro de téléphone).</translation>
    </message>
    <message>
        <source>A console participant must be a known person.</source>
        <translation>Un participant sur console doit être une personne connue.</translation>
    </message>
</context>
</TS>
