<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Sitrep::ApiClient</name>
    <message>
        <source>%1 did not answer in time.</source>
        <translation>%1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Could not make a secure connection to %1: %2</source>
        <translation>Impossible d’établir une connexion sécurisée avec %1 : %2</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The server at %1 answered something that is not Sitrep&apos;s API.</source>
        <translation>Le serveur à l’adresse %1 a renvoyé une réponse qui ne provient pas de l’API Sitrep.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again.</source>
        <translation>Le serveur vous demande de vous identifier à nouveau.</translation>
    </message>
    <message>
        <source>The server cannot take it right now (%1). It will be retried.</source>
        <translation>Le serveur ne peut pas traiter la requête pour le moment (%1). Elle sera renvoyée plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Le serveur a refusé la requête (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Sitrep::BridgeCommands</name>
    <message>
        <source>Sign in and open an incident to join its bridge.</source>
        <translation>Identifiez-vous et ouvrez un incident pour rejoindre sa conférence.</translation>
    </message>
    <message>
        <source>You are already on this bridge.</source>
        <translation>Vous êtes déjà dans cette conférence.</translation>
    </message>
    <message>
        <source>This console</source>
        <translation>Cette console</translation>
    </message>
    <message>
        <source>You are not on this bridge.</source>
        <translation>Vous n’êtes pas dans cette conférence.</translation>
    </message>
    <message>
        <source>%1 has already left the bridge.</source>
        <translation>%1 a déjà quitté la conférence.</translation>
    </message>
    <message>
        <source>%1 is not waiting in the lobby.</source>
        <translation>%1 n’attend pas en salle d’attente.</translation>
    </message>
    <message>
        <source>%1 has left the bridge.</source>
        <translation>%1 a quitté la conférence.</translation>
    </message>
</context>
<context>
    <name>Sitrep::BridgeDetails</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Critical phase</source>
        <translation>Phase critique</translation>
    </message>
    <message>
        <source>Limit the bridge to essential participants; the others are moved to the lobby</source>
        <translation>Limiter la conférence aux participants essentiels ; les autres sont placés en salle d’attente</translation>
    </message>
    <message>
        <source>Critical phase notice</source>
        <translation>Avis de phase critique</translation>
    </message>
    <message>
        <source>Set by the commander or facilitator</source>
        <translation>Activée par le commandant d’incident ou l’animateur</translation>
    </message>
    <message>
        <source>⛔ Critical phase: essential participants only</source>
        <extracomment>Shown on every console while the critical phase is on; ⛔ keeps it legible without colour</extracomment>
        <translation>⛔ Phase critique : participants essentiels uniquement</translation>
    </message>
    <message>
        <source>Meeting link</source>
        <translation>Lien de réunion</translation>
    </message>
    <message>
        <source>The bridge&apos;s meeting address (https://…, tel:, sip:)</source>
        <translation>Adresse de réunion de la conférence (https://…, tel:, sip:)</translation>
    </message>
    <message>
        <source>https://meet.example.com/…</source>
        <translation>https://meet.example.com/…</translation>
    </message>
    <message>
        <source>Open meeting link</source>
        <translation>Ouvrir le lien de réunion</translation>
    </message>
    <message>
        <source>Open the meeting in the browser or phone app</source>
        <translation>Ouvrir la réunion dans le navigateur ou l’application téléphonique</translation>
    </message>
    <message>
        <source>Copy meeting link</source>
        <translation>Copier le lien de réunion</translation>
    </message>
    <message>
        <source>Copy the meeting link to the clipboard</source>
        <translation>Copier le lien de réunion dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Dial-in</source>
        <translation>Accès téléphonique</translation>
    </message>
    <message>
        <source>Phone number and PIN of the bridge</source>
        <translation>Numéro de téléphone et code PIN de la conférence</translation>
    </message>
    <message>
        <source>+44 20 7946 0000, PIN 4711#</source>
        <translation>+44 20 7946 0000, PIN 4711#</translation>
    </message>
    <message>
        <source>Fallback channels</source>
        <translation>Canaux de secours</translation>
    </message>
    <message>
        <source>What to use when the meeting tool is down: SMS, phone tree, …</source>
        <translation>Ce qu’il faut utiliser si l’outil de réunion est en panne : SMS, chaîne téléphonique, …</translation>
    </message>
    <message>
        <source>If the meeting tool is down: …</source>
        <translation>Si l’outil de réunion est en panne : …</translation>
    </message>
    <message>
        <source>Save bridge details</source>
        <translation>Enregistrer les détails de la conférence</translation>
    </message>
    <message>
        <source>Save the bridge details (Ctrl+S); Escape undoes edits</source>
        <translation>Enregistrer les détails de la conférence (Ctrl+S) ; Échap annule les modifications</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Secours</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Meeting link copied.</source>
        <translation>Lien de réunion copié.</translation>
    </message>
</context>
<context>
    <name>Sitrep::BridgePane</name>
    <message>
        <source>Add phone</source>
        <translation>Ajouter par téléphone</translation>
    </message>
    <message>
        <source>Join bridge</source>
        <translation>Rejoindre la conférence</translation>
    </message>
    <message>
        <source>Join</source>
        <translation>Rejoindre</translation>
    </message>
    <message>
        <source>Join this incident&apos;s bridge from this console</source>
        <translation>Rejoindre la conférence de cet incident depuis cette console</translation>
    </message>
    <message>
        <source>Leave bridge</source>
        <translation>Quitter la conférence</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Leave this incident&apos;s bridge</source>
        <translation>Quitter la conférence de cet incident</translation>
    </message>
    <message>
        <source>Admit from lobby</source>
        <translation>Admettre depuis la salle d’attente</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Admettre</translation>
    </message>
    <message>
        <source>Let the selected participant in from the lobby</source>
        <translation>Faire entrer dans la conférence le participant sélectionné, depuis la salle d’attente</translation>
    </message>
    <message>
        <source>Mute requested</source>
        <translation>Coupure du micro demandée</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Muet</translation>
    </message>
    <message>
        <source>Ask the selected participant to mute, or withdraw the request</source>
        <translation>Demander au participant sélectionné de couper son micro, ou retirer la demande</translation>
    </message>
    <message>
        <source>Essential</source>
        <translation>Essentiel</translation>
    </message>
    <message>
        <source>Mark the selected participant essential to the bridge, or not</source>
        <translation>Marquer le participant sélectionné comme essentiel à la conférence, ou retirer cette marque</translation>
    </message>
    <message>
        <source>Hand raised</source>
        <translation>Main levée</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Raise or lower the selected participant&apos;s hand</source>
        <translation>Lever ou baisser la main du participant sélectionné</translation>
    </message>
    <message>
        <source>Remove from bridge</source>
        <translation>Retirer de la conférence</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Take the selected participant off the bridge (the row stays, with the time)</source>
        <translation>Retirer le participant sélectionné de la conférence (la ligne reste, avec l’heure)</translation>
    </message>
    <message>
        <source>Bridge summary</source>
        <translation>Résumé de la conférence</translation>
    </message>
    <message>
        <source>People on the bridge, in the lobby, and watching</source>
        <translation>Personnes dans la conférence, en salle d’attente et en observation</translation>
    </message>
    <message>
        <source>Bridge roster</source>
        <translation>Participants à la conférence</translation>
    </message>
    <message>
        <source>Who is on the bridge. A admit, M mute, E essential, H hand, Delete remove</source>
        <translation>Qui est dans la conférence. A admettre, M muet, E essentiel, H main, Suppr retirer</translation>
    </message>
    <message>
        <source>Phone participant name</source>
        <translation>Nom du participant par téléphone</translation>
    </message>
    <message>
        <source>Name of someone on the bridge by phone only (Insert) — Enter adds</source>
        <translation>Nom d’une personne présente dans la conférence uniquement par téléphone (Inser) — Entrée pour ajouter</translation>
    </message>
    <message>
        <source>Phone participant</source>
        <translation>Participant par téléphone</translation>
    </message>
    <message>
        <source>Phone participant channel</source>
        <translation>Moyen de contact du participant par téléphone</translation>
    </message>
    <message>
        <source>How to reach them: a phone number or other channel — Enter adds</source>
        <translation>Comment joindre cette personne : un numéro de téléphone ou un autre moyen — Entrée pour ajouter</translation>
    </message>
    <message>
        <source>tel:+44 20 7946 0000</source>
        <translation>tel:+44 20 7946 0000</translation>
    </message>
    <message>
        <source>Add phone participant</source>
        <translation>Ajouter le participant par téléphone</translation>
    </message>
    <message>
        <source>Add the phone participant to the roster (Enter)</source>
        <translation>Ajouter le participant par téléphone à la liste (Entrée)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An action&apos;s tooltip: what it does, then its key on the roster</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>%1 on · %2 in lobby · %3 watching</source>
        <extracomment>Bridge summary: people on the bridge · waiting in the lobby · consoles watching without a row</extracomment>
        <translation>Présents : %1 · En attente : %2 · Observateurs : %3</translation>
    </message>
    <message>
        <source>Admit from the lobby</source>
        <translation>Admettre depuis la salle d’attente</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Request mute (again: withdraw)</source>
        <translation>Demander la coupure du micro (à nouveau : retirer la demande)</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>Mark essential</source>
        <translation>Marquer comme essentiel</translation>
    </message>
    <message>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <source>Hand raised or lowered</source>
        <translation>Main levée ou baissée</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Remove from the bridge</source>
        <translation>Retirer de la conférence</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Join or leave the bridge yourself</source>
        <translation>Rejoindre ou quitter soi-même la conférence</translation>
    </message>
    <message>
        <source>J, L</source>
        <translation>J, L</translation>
    </message>
    <message>
        <source>Add a phone participant</source>
        <translation>Ajouter un participant par téléphone</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <source>Save the bridge details</source>
        <translation>Enregistrer les détails de la conférence</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
</context>
<context>
    <name>Sitrep::BridgeRosterModel</name>
    <message>
        <source>%1 (secondary)</source>
        <extracomment>A secondary role holder in the bridge roster, e.g. &quot;Incident commander (secondary)&quot;</extracomment>
        <translation>%1 (suppléant)</translation>
    </message>
    <message>
        <source>hand raised</source>
        <translation>main levée</translation>
    </message>
    <message>
        <source>☝ hand</source>
        <translation>☝ main</translation>
    </message>
    <message>
        <source>in the lobby</source>
        <translation>en salle d’attente</translation>
    </message>
    <message>
        <source>◌ lobby</source>
        <translation>◌ salle d’attente</translation>
    </message>
    <message>
        <source>mute requested</source>
        <translation>coupure du micro demandée</translation>
    </message>
    <message>
        <source>⊘ mute</source>
        <translation>⊘ muet</translation>
    </message>
    <message>
        <source>essential</source>
        <translation>essentiel</translation>
    </message>
    <message>
        <source>★ essential</source>
        <translation>★ essentiel</translation>
    </message>
    <message>
        <source>console on the bridge now</source>
        <translation>console dans la conférence en ce moment</translation>
    </message>
    <message>
        <source>● live</source>
        <translation>● en direct</translation>
    </message>
    <message>
        <source>console viewing the incident, not on the bridge</source>
        <translation>console qui consulte l’incident, hors de la conférence</translation>
    </message>
    <message>
        <source>○ watching</source>
        <translation>○ observe</translation>
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
        <translation>téléphone %1</translation>
    </message>
    <message>
        <source>console</source>
        <translation>console</translation>
    </message>
    <message>
        <source>, joined %1</source>
        <translation>, arrivée à %1</translation>
    </message>
    <message>
        <source>, left at %1</source>
        <translation>, départ à %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>On by</source>
        <translation>Via</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicateurs</translation>
    </message>
    <message>
        <source>Joined</source>
        <extracomment>Roster column header over the time a participant joined: keep it as short as a time (German &quot;Von&quot;)</extracomment>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Left</source>
        <extracomment>Roster column header over the time a participant left: keep it as short as a time (German &quot;Bis&quot;)</extracomment>
        <translation>Départ</translation>
    </message>
    <message>
        <source>When they joined the bridge, local time; hover a time for UTC</source>
        <translation>Arrivée à la conférence, heure locale ; survolez une heure pour la voir en UTC</translation>
    </message>
    <message>
        <source>When they left the bridge, local time; hover a time for UTC</source>
        <translation>Départ de la conférence, heure locale ; survolez une heure pour la voir en UTC</translation>
    </message>
    <message>
        <source>⌨ Console</source>
        <extracomment>Roster: on the bridge from a console; keep the sign first, then a space</extracomment>
        <translation>⌨ Console</translation>
    </message>
    <message>
        <source>How they are on the bridge: ⌨ on a console, ☎ by phone (hover for the number)</source>
        <translation>Comment ils participent à la conférence : ⌨ depuis une console, ☎ par téléphone (survolez pour voir le numéro)</translation>
    </message>
</context>
<context>
    <name>Sitrep::CheckpointBar</name>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Checkpoint decision</source>
        <translation>Décision du bilan</translation>
    </message>
    <message>
        <source>Checkpoint note</source>
        <translation>Note du bilan</translation>
    </message>
    <message>
        <source>Continue, pivot or escalate? Optional note</source>
        <translation>Continuer, changer de cap ou escalader ? Note facultative</translation>
    </message>
    <message>
        <source>Recorded on the timeline with the decision</source>
        <translation>Enregistrée dans la chronologie avec la décision</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Keep the current course for another time-box</source>
        <translation>Garder le cap actuel pour un nouvel intervalle</translation>
    </message>
    <message>
        <source>Pivot</source>
        <translation>Changer de cap</translation>
    </message>
    <message>
        <source>Change the approach: record why in the note</source>
        <translation>Changer d’approche : indiquez pourquoi dans la note</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalader</translation>
    </message>
    <message>
        <source>Bring in more help or a higher level</source>
        <translation>Faire appel à plus d’aide ou à un niveau supérieur</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
    <message>
        <source>Hide this question; the checkpoint stays overdue (Escape)</source>
        <translation>Masquer cette question ; le bilan reste en retard (Échap)</translation>
    </message>
    <message>
        <source>Checkpoint: %1</source>
        <translation>Bilan : %1</translation>
    </message>
    <message>
        <source>Checkpoint: continue</source>
        <extracomment>Timeline text of a checkpoint decision</extracomment>
        <translation>Bilan : continuer</translation>
    </message>
    <message>
        <source>Checkpoint: pivot</source>
        <translation>Bilan : changer de cap</translation>
    </message>
    <message>
        <source>Checkpoint: escalate</source>
        <translation>Bilan : escalader</translation>
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
    <message>
        <source>Sync the profile with the team server at &lt;url&gt; (e.g. ops.example.com:8443).</source>
        <translation>Synchroniser le profil avec le serveur d’équipe situé à &lt;url&gt; (par ex. ops.example.com:8443).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Sign in as &lt;name&gt;, with the password in SITREP_PASSWORD or typed in the sign-in dialog.</source>
        <translation>S’identifier en tant que &lt;nom&gt;, avec le mot de passe contenu dans SITREP_PASSWORD ou saisi dans la boîte de dialogue d’identification.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 &lt;fingerprint&gt; (as the server prints it at start).</source>
        <translation>Faire confiance au certificat du serveur qui a cette &lt;empreinte&gt; SHA-256 (telle que le serveur l’affiche au démarrage).</translation>
    </message>
    <message>
        <source>fingerprint</source>
        <translation>empreinte</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>With --screenshot: picture &lt;view&gt; instead of the main window: search (Ctrl+K, with a query typed), shortcuts (F1), metrics or metrics-density, -trend, -teams (Ctrl+Shift+M), dialogs (the main window with the dialogs open over it, e.g. sign-in), panels (the main window with the RACI matrix and the tracks in front).</source>
        <translation>Avec --screenshot : représenter &lt;vue&gt; au lieu de la fenêtre principale : search (Ctrl+K, avec une recherche saisie), shortcuts (F1), metrics ou metrics-density, -trend, -teams (Ctrl+Maj+M), dialogs (la fenêtre principale avec les dialogues ouverts par-dessus, p. ex. la connexion), panels (la fenêtre principale avec la matrice RACI et les pistes au premier plan).</translation>
    </message>
</context>
<context>
    <name>Sitrep::CompactTable</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>Sitrep::ConflictsDialog</name>
    <message>
        <source>Conflicts and refused changes</source>
        <translation>Conflits et modifications refusées</translation>
    </message>
    <message>
        <source>Nothing here was thrown away: where two people changed the same field, the later change was kept and the other value is shown beside it. Changes the server refused stay on this console, marked.</source>
        <translation>Rien n’a été perdu : lorsque deux personnes ont modifié le même champ, la modification la plus récente a été conservée et l’autre valeur est affichée à côté. Les modifications refusées par le serveur restent sur cette console, signalées comme telles.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Valeur conservée</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Valeur écartée</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Why the server refused it</source>
        <translation>Motif du refus par le serveur</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Modifications refusées</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflits</translation>
    </message>
    <message>
        <source>&amp;Refused</source>
        <translation>&amp;Refus</translation>
    </message>
    <message>
        <source>(an incident not on this console)</source>
        <translation>(un incident absent de cette console)</translation>
    </message>
    <message>
        <source>Conflicts and refused changes: %1</source>
        <translation>Conflits et modifications refusées : %1</translation>
    </message>
</context>
<context>
    <name>Sitrep::ConsolePermissions</name>
    <message>
        <source>Your account can view incidents but not change them.</source>
        <translation>Votre compte peut consulter les incidents mais pas les modifier.</translation>
    </message>
    <message>
        <source>Only the incident commander or a manager closes an incident.</source>
        <translation>Seul le commandant d’incident ou un manager clôt un incident.</translation>
    </message>
    <message>
        <source>Only the incident commander or a manager changes the severity.</source>
        <translation>Seul le commandant d’incident ou un manager change la gravité.</translation>
    </message>
    <message>
        <source>Only the incident commander or a manager restricts an incident.</source>
        <translation>Seul le commandant d’incident ou un manager restreint un incident.</translation>
    </message>
    <message>
        <source>Only the incident commander, the facilitator or a manager switches the critical phase.</source>
        <translation>Seul le commandant d’incident, l&apos;animateur ou un manager active la phase critique.</translation>
    </message>
    <message>
        <source>Only the incident commander, the facilitator or a manager admits, removes, mutes or marks essential someone on the bridge.</source>
        <translation>Seul le commandant d’incident, l&apos;animateur ou un manager admet, retire, coupe le micro ou marque comme essentiel quelqu&apos;un sur le pont.</translation>
    </message>
    <message>
        <source>Your account may not do this.</source>
        <translation>Votre compte n&apos;a pas ce droit.</translation>
    </message>
</context>
<context>
    <name>Sitrep::ConsoleSession</name>
    <message>
        <source>The server could not be told of the sign-out (%1); the sign-in is forgotten here all the same.</source>
        <translation>La déconnexion n’a pas pu être signalée au serveur (%1) ; l’identification est tout de même effacée sur cette console.</translation>
    </message>
    <message>
        <source>A server needs a user name to sign in with.</source>
        <translation>Un nom d’utilisateur est nécessaire pour s’identifier sur le serveur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a SHA-256 fingerprint (64 hex digits, colons allowed).</source>
        <translation>« %1 » n’est pas une empreinte SHA-256 (64 chiffres hexadécimaux, deux-points autorisés).</translation>
    </message>
    <message>
        <source>Cannot write the settings %1.</source>
        <translation>Impossible d’écrire le fichier de réglages %1.</translation>
    </message>
    <message>
        <source>This profile holds the data of %1. To work with %2, start Sitrep with another profile (sitrep --profile FOLDER).</source>
        <translation>Ce profil contient les données de %1. Pour travailler avec %2, démarrez Sitrep avec un autre profil (sitrep --profile DOSSIER).</translation>
    </message>
    <message>
        <source>Cannot write the settings %1: this sign-in will not be remembered.</source>
        <translation>Impossible d’écrire le fichier de réglages %1 : cette identification ne sera pas mémorisée.</translation>
    </message>
    <message>
        <source>A sign-in is already under way.</source>
        <translation>Une identification est déjà en cours.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Saisissez votre nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The user name or the password is not right.</source>
        <translation>Le nom d’utilisateur ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>The server at %1 did not give a sign-in token.</source>
        <translation>Le serveur à l’adresse %1 n’a pas fourni de jeton d’identification.</translation>
    </message>
    <message>
        <source>You stay signed in until Sitrep closes.</source>
        <translation>Vous restez identifié jusqu’à la fermeture de Sitrep.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non identifié.</translation>
    </message>
    <message>
        <source>Signed out of %1.</source>
        <translation>Déconnecté de %1.</translation>
    </message>
    <message>
        <source>Already in step with the server.</source>
        <translation>Déjà synchronisé avec le serveur.</translation>
    </message>
</context>
<context>
    <name>Sitrep::CredentialJob</name>
    <message>
        <source>No saved sign-in for %1 on %2. Sign in to continue.</source>
        <translation>Aucune identification enregistrée pour %1 sur %2. Identifiez-vous pour continuer.</translation>
    </message>
    <message>
        <source>No keychain is available on this system, so Sitrep cannot remember your sign-in and you will need to sign in each session. To stay signed in, install and unlock a keychain such as GNOME Keyring or KWallet.</source>
        <translation>Aucun trousseau n’est disponible sur ce système : Sitrep ne peut donc pas mémoriser votre identification et vous devrez vous identifier à chaque session. Pour rester identifié, installez et déverrouillez un trousseau tel que GNOME Keyring ou KWallet.</translation>
    </message>
    <message>
        <source>Sitrep was not allowed to use the keychain. Unlock the keychain, or allow Sitrep access when asked, and try again; until then you will need to sign in each session.</source>
        <translation>Sitrep n’a pas été autorisé à utiliser le trousseau. Déverrouillez le trousseau, ou autorisez l’accès à Sitrep lorsque cela vous est demandé, puis réessayez ; d’ici là, vous devrez vous identifier à chaque session.</translation>
    </message>
    <message>
        <source>Your saved sign-in for %1 on %2 could not be read from the keychain. Check that the keychain is unlocked and working, then sign in.</source>
        <translation>Votre identification enregistrée pour %1 sur %2 n’a pas pu être lue dans le trousseau. Vérifiez que le trousseau est déverrouillé et fonctionne, puis identifiez-vous.</translation>
    </message>
    <message>
        <source>Your sign-in for %1 on %2 could not be saved in the keychain, so you will need to sign in again next time. Check that the keychain is unlocked and working.</source>
        <translation>Votre identification pour %1 sur %2 n’a pas pu être enregistrée dans le trousseau : vous devrez vous identifier à nouveau la prochaine fois. Vérifiez que le trousseau est déverrouillé et fonctionne.</translation>
    </message>
    <message>
        <source>Your saved sign-in could not be removed from the keychain. Remove the entry “%1” for “%2” with your keychain manager.</source>
        <translation>Votre identification enregistrée n’a pas pu être supprimée du trousseau. Supprimez l’entrée « %1 » pour « %2 » avec votre gestionnaire de trousseau.</translation>
    </message>
    <message>
        <source>(The keychain reported: %1)</source>
        <translation>(Message du trousseau : %1)</translation>
    </message>
</context>
<context>
    <name>Sitrep::CredentialStore</name>
    <message>
        <source>Cannot look up a sign-in without a server address and a user name. Enter both and sign in.</source>
        <translation>Impossible de rechercher une identification sans adresse de serveur ni nom d’utilisateur. Saisissez les deux et identifiez-vous.</translation>
    </message>
    <message>
        <source>Cannot save a sign-in without a server address, a user name and a token. Sign in again.</source>
        <translation>Impossible d’enregistrer une identification sans adresse de serveur, nom d’utilisateur et jeton. Identifiez-vous à nouveau.</translation>
    </message>
    <message>
        <source>Cannot remove a sign-in without a server address and a user name.</source>
        <translation>Impossible de supprimer une identification sans adresse de serveur ni nom d’utilisateur.</translation>
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
    <name>Sitrep::EntryBox</name>
    <message>
        <source>Cancel the edit</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Editing an entry</source>
        <translation>Modification d’une entrée</translation>
    </message>
    <message>
        <source>New timeline entry</source>
        <translation>Nouvelle entrée de chronologie</translation>
    </message>
    <message>
        <source>Note… /d decision, /a @owner action, /c comms, #track — Enter to add (Ctrl+L)</source>
        <translation>Note… /d décision, /a @responsable action, /c diffusion, #piste — Entrée pour ajouter (Ctrl+L)</translation>
    </message>
    <message>
        <source>Editing the entry of %1 — Enter saves a new revision, Escape cancels</source>
        <extracomment>Above the entry box while it holds an entry being edited: the entry&apos;s local time</extracomment>
        <translation>Modification de l’entrée de %1 — Entrée pour enregistrer une nouvelle version, Échap pour annuler</translation>
    </message>
    <message>
        <source>No one has the handle @%1: type @ and pick the owner from the list.</source>
        <translation>Personne n’a l’identifiant @%1 : tapez @ et choisissez le responsable dans la liste.</translation>
    </message>
    <message>
        <source>This incident has no track #%1 (write ##%1 for the text &quot;#%1&quot;).</source>
        <translation>Cet incident n’a pas de piste #%1 (écrivez ##%1 pour le texte « #%1 »).</translation>
    </message>
    <message>
        <source>An edit keeps the entry&apos;s track; remove #%1, or add a new entry on that track.</source>
        <translation>Une modification conserve la piste de l’entrée ; retirez #%1, ou ajoutez une nouvelle entrée sur cette piste.</translation>
    </message>
    <message>
        <source>Kind of the new entry</source>
        <translation>Type de la nouvelle entrée</translation>
    </message>
    <message>
        <source>What the text will be recorded as: /d decision, /a action, /c comms, otherwise a note</source>
        <translation>Ce que deviendra le texte : /d décision, /a action, /c communication, sinon une note</translation>
    </message>
</context>
<context>
    <name>Sitrep::EntryHistoryDialog</name>
    <message>
        <source>Entry history</source>
        <translation>Historique de l’entrée</translation>
    </message>
    <message>
        <source>Revisions, oldest first</source>
        <translation>Versions, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Close history</source>
        <translation>Fermer l’historique</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (actuelle)</translation>
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
    <message>
        <source>Type some text after #%1.</source>
        <translation>Saisissez un texte après #%1.</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentHeader</name>
    <message>
        <source>Severity criteria</source>
        <translation>Critères de gravité</translation>
    </message>
    <message>
        <source>Next checkpoint</source>
        <translation>Prochain bilan</translation>
    </message>
    <message>
        <source>No incident selected</source>
        <translation>Aucun incident sélectionné</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Incident : %1</translation>
    </message>
    <message>
        <source>%1 since declared</source>
        <extracomment>Clock: time since the incident was declared ([h:]mm:ss). Keep %1 first: where the header is narrow, the words after it are cut, not the time</extracomment>
        <translation>%1 depuis la déclaration</translation>
    </message>
    <message>
        <source>Declared at %1 (%2 UTC)</source>
        <translation>Déclaré à %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>%1 since status change</source>
        <extracomment>Clock: time since the last status change ([h:]mm:ss). Keep %1 first: where the header is narrow, the words after it are cut, not the time</extracomment>
        <translation>%1 depuis le changement de statut</translation>
    </message>
    <message>
        <source>Status changed at %1 (%2 UTC)</source>
        <translation>Statut changé à %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>No checkpoints: %1</source>
        <translation>Aucun bilan : %1</translation>
    </message>
    <message>
        <source>⚠ Checkpoint due — overdue by %1</source>
        <extracomment>The time-box expired: how long ago ([h:]mm:ss)</extracomment>
        <translation>⚠ Bilan dû — en retard de %1</translation>
    </message>
    <message>
        <source>Next checkpoint in %1</source>
        <translation>Prochain bilan dans %1</translation>
    </message>
    <message>
        <source>Checkpoint at %1 (%2 UTC): every %3 min after the declaration, a status change or a recorded checkpoint. Space decides now.</source>
        <translation>Bilan à %1 (%2 UTC) : toutes les %3 min après la déclaration, un changement de statut ou un bilan enregistré. Espace pour décider maintenant.</translation>
    </message>
    <message>
        <source>Checkpoint due:</source>
        <translation>Bilan dû :</translation>
    </message>
    <message>
        <source>Checkpoint now:</source>
        <translation>Bilan maintenant :</translation>
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
    <message>
        <source>%1h %2m</source>
        <translation>%1h %2m</translation>
    </message>
    <message>
        <source>%1d %2h</source>
        <translation>%1j %2h</translation>
    </message>
    <message>
        <source>● new</source>
        <translation>● nouveau</translation>
    </message>
    <message>
        <source>● %1</source>
        <translation>● %1</translation>
    </message>
    <message>
        <source>last %1</source>
        <extracomment>The incident list&apos;s second line, right side: time since the newest entry</extracomment>
        <translation>actif il y a %1</translation>
    </message>
    <message>
        <source>%1 open</source>
        <extracomment>Time since the incident was declared, in the incident list</extracomment>
        <translation>ouvert depuis %1</translation>
    </message>
    <message>
        <source>you: %1</source>
        <translation>vous : %1</translation>
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
    <message>
        <source>, your role: %1</source>
        <translation>, votre rôle : %1</translation>
    </message>
    <message>
        <source>, new</source>
        <translation>, nouveau</translation>
    </message>
    <message numerus="yes">
        <source>, %n unread</source>
        <translation>
            <numerusform>, %n non lue</numerusform>
            <numerusform>, %n non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentListPane</name>
    <message>
        <source>Incident filter</source>
        <translation>Filtre des incidents</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Filter incidents (Ctrl+F) — Ctrl+K searches timelines too</source>
        <translation>Filtrer les incidents (Ctrl+F) — Ctrl+K cherche aussi dans les chronologies</translation>
    </message>
</context>
<context>
    <name>Sitrep::IncidentPanels</name>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Bridge</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>&amp;Role board</source>
        <translation>&amp;Tableau des rôles</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Bridge roster</source>
        <translation>Participants à la &amp;conférence</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Tracks</source>
        <translation>&amp;Pistes</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Someone not in the directory</source>
        <translation>Quelqu’un qui n’est pas dans l’annuaire</translation>
    </message>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>R&amp;ACI matrix</source>
        <translation>Matrice R&amp;ACI</translation>
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
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Affected services</source>
        <translation>Services touchés</translation>
    </message>
    <message>
        <source>Owning team</source>
        <translation>Équipe responsable</translation>
    </message>
    <message>
        <source>Business unit</source>
        <translation>Unité opérationnelle</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Declaring the incident</source>
        <translation>Déclaration de l’incident</translation>
    </message>
    <message>
        <source>Incident details</source>
        <translation>Détails de l’incident</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Severity change</source>
        <translation>Changement de gravité</translation>
    </message>
    <message>
        <source>Timeline entry</source>
        <translation>Entrée de chronologie</translation>
    </message>
    <message>
        <source>Edit of a timeline entry</source>
        <translation>Modification d’une entrée de chronologie</translation>
    </message>
    <message>
        <source>Pinning an entry</source>
        <translation>Épinglage d’une entrée</translation>
    </message>
    <message>
        <source>Role assignment</source>
        <translation>Attribution de rôle</translation>
    </message>
    <message>
        <source>Relieving a role</source>
        <translation>Libération d’un rôle</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Bridge participant</source>
        <translation>Participant à la conférence</translation>
    </message>
    <message>
        <source>Critical phase</source>
        <translation>Phase critique</translation>
    </message>
    <message>
        <source>Bridge details</source>
        <translation>Détails de la conférence</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>Activities: %1</source>
        <translation>Activités : %1</translation>
    </message>
    <message>
        <source>IC</source>
        <extracomment>Short for &quot;Incident commander&quot; (a RACI column header; the full name is its tooltip)</extracomment>
        <translation>CI</translation>
    </message>
    <message>
        <source>Scr.</source>
        <extracomment>Short for &quot;Scribe&quot; (a RACI column header)</extracomment>
        <translation>Scr.</translation>
    </message>
    <message>
        <source>Tech</source>
        <extracomment>Short for &quot;Technical lead&quot; (a RACI column header)</extracomment>
        <translation>Tech.</translation>
    </message>
    <message>
        <source>Com.</source>
        <extracomment>Short for &quot;Comms lead&quot; (a RACI column header)</extracomment>
        <translation>Com.</translation>
    </message>
    <message>
        <source>Fac.</source>
        <extracomment>Short for &quot;Facilitator&quot; (a RACI column header)</extracomment>
        <translation>Anim.</translation>
    </message>
</context>
<context>
    <name>Sitrep::LiveChannel</name>
    <message>
        <source>The server&apos;s live stream is a newer version.</source>
        <translation>Le serveur utilise une version plus récente du flux en direct.</translation>
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
        <source>Change &amp;severity…</source>
        <translation>Changer la &amp;gravité…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Change s&amp;tatus…</source>
        <translation>Changer le &amp;statut…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <source>Record &amp;checkpoint…</source>
        <translation>Enregistrer un &amp;bilan…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Search incidents and timelines…</source>
        <translation>&amp;Rechercher dans les incidents et les chronologies…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;Metrics dashboard</source>
        <translation>&amp;Tableau de bord des indicateurs</translation>
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
        <translation>Personnes à mentionner</translation>
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
        <translation>Aucune équipe</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Aucun service</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Sans étiquette</translation>
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
        <translation>%1 j</translation>
    </message>
    <message>
        <source>Highlighted figure</source>
        <translation>Indicateur en surbrillance</translation>
    </message>
    <message>
        <source>Left and Right walk the chart, Enter lists its incidents.</source>
        <translation>Gauche et Droite parcourent le graphique, Entrée liste ses incidents.</translation>
    </message>
    <message>
        <source>Time to acknowledge or time to resolve</source>
        <translation>Délai de prise en compte ou délai de résolution</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en compte</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>Sitrep::MetricsFilterBar</name>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>The days the figures cover, up to today</source>
        <translation>Les jours couverts par les indicateurs, jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Only the incidents this team owns</source>
        <translation>Uniquement les incidents de cette équipe</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Only incidents of this severity</source>
        <translation>Uniquement les incidents de cette gravité</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Toutes les gravités</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Only incidents that affected this service</source>
        <translation>Uniquement les incidents ayant touché ce service</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
</context>
<context>
    <name>Sitrep::MetricsWindow</name>
    <message>
        <source>Sitrep metrics</source>
        <translation>Indicateurs Sitrep</translation>
    </message>
    <message>
        <source>Metrics dashboard</source>
        <translation>Tableau de bord des indicateurs</translation>
    </message>
    <message>
        <source>Metrics status</source>
        <translation>État des indicateurs</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Graphiques</translation>
    </message>
    <message>
        <source>Incidents behind the figure</source>
        <translation>Incidents derrière l&apos;indicateur</translation>
    </message>
    <message>
        <source>Enter opens the incident in the console</source>
        <translation>Entrée ouvre l&apos;incident dans la console</translation>
    </message>
    <message>
        <source>Choose a bar (click, or Left, Right and Enter) to list its incidents.</source>
        <translation>Choisissez une barre (clic, ou Gauche, Droite et Entrée) pour lister ses incidents.</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Exporter en &amp;PNG…</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Save the chart on screen as an image</source>
        <translation>Enregistrer le graphique affiché comme image</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>Save the figures of the chart on screen</source>
        <translation>Enregistrer les chiffres du graphique affiché</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les indicateurs n&apos;ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>%1 incidents from %2 to %3 (%4 in the period before); %5 not yet resolved. Times are from declaration; open incidents count only once they get there.</source>
        <translation>%1 incidents du %2 au %3 (%4 sur la période précédente) ; %5 pas encore résolus. Les durées partent de la déclaration ; un incident ouvert ne compte qu&apos;une fois l&apos;étape atteinte.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 incidents behind the figure; the newest %2 listed</source>
        <translation>%1 incidents derrière l&apos;indicateur ; les %2 plus récents listés</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) behind the figure</source>
        <translation>
            <numerusform>%n incident derrière l&apos;indicateur</numerusform>
            <numerusform>%n incidents derrière l&apos;indicateur</numerusform>
        </translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1: check the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire %1 : vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Sitrep::NewEntriesMarker</name>
    <message>
        <source>New entries below</source>
        <translation>Nouvelles entrées plus bas</translation>
    </message>
    <message>
        <source>Entries arrived below what you are reading. Click, or press End in the timeline, to go to the newest.</source>
        <translation>De nouvelles entrées sont arrivées sous ce que vous lisez. Cliquez, ou appuyez sur Fin dans la chronologie, pour aller à la plus récente.</translation>
    </message>
    <message numerus="yes">
        <source>↓ %n new</source>
        <extracomment>Under the timeline when new entries arrived below; the arrow points down</extracomment>
        <translation>
            <numerusform>↓ %n nouvelle</numerusform>
            <numerusform>↓ %n nouvelles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sitrep::NewTrackForm</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>New track name</source>
        <translation>Nom de la nouvelle piste</translation>
    </message>
    <message>
        <source>Track name, e.g. network</source>
        <translation>Nom de la piste, par ex. réseau</translation>
    </message>
    <message>
        <source>Name of the new track — Enter adds, Escape cancels</source>
        <translation>Nom de la nouvelle piste — Entrée pour ajouter, Échap pour annuler</translation>
    </message>
    <message>
        <source>New track owner</source>
        <translation>Responsable de la nouvelle piste</translation>
    </message>
    <message>
        <source>Who owns the new track (optional)</source>
        <translation>Qui est responsable de la nouvelle piste (facultatif)</translation>
    </message>
    <message>
        <source>New track hypothesis</source>
        <translation>Hypothèse de la nouvelle piste</translation>
    </message>
    <message>
        <source>First hypothesis (optional)</source>
        <translation>Première hypothèse (facultatif)</translation>
    </message>
    <message>
        <source>What the track sets out to test — Enter adds, Escape cancels</source>
        <translation>Ce que la piste doit vérifier — Entrée pour ajouter, Échap pour annuler</translation>
    </message>
    <message>
        <source>Add the new track</source>
        <translation>Ajouter la nouvelle piste</translation>
    </message>
    <message>
        <source>Add the track (Enter)</source>
        <translation>Ajouter la piste (Entrée)</translation>
    </message>
    <message>
        <source>Name, owner</source>
        <translation>Nom, responsable</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Aucun responsable</translation>
    </message>
</context>
<context>
    <name>Sitrep::PinnedStrip</name>
    <message>
        <source>Pinned entries</source>
        <translation>Entrées épinglées</translation>
    </message>
    <message>
        <source>Show the pinned entries; pin the selected entry with Ctrl+P</source>
        <translation>Afficher les entrées épinglées ; épinglez l’entrée sélectionnée avec Ctrl+P</translation>
    </message>
    <message>
        <source>Pinned entries list</source>
        <translation>Liste des entrées épinglées</translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <extracomment>A pinned entry: local time, kind, text</extracomment>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>★ Pinned (%1)</source>
        <extracomment>The toggle above the timeline; the star marks pinned entries in the timeline too</extracomment>
        <translation>★ Épinglées (%1)</translation>
    </message>
    <message>
        <source>The newest %1 of %2 pinned entries</source>
        <translation>Les %1 plus récentes des %2 entrées épinglées</translation>
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
    <name>Sitrep::RaciMatrix</name>
    <message>
        <source>Nobody is accountable for “%1”: mark exactly one role A.</source>
        <translation>Personne n’est approbateur de « %1 » : marquez exactement un rôle A.</translation>
    </message>
    <message>
        <source>“%1” has %2 accountable roles: exactly one role may be A.</source>
        <translation>« %1 » a %2 rôles approbateurs : un seul rôle peut être A.</translation>
    </message>
    <message>
        <source>Declare and set severity</source>
        <translation>Déclarer et fixer la gravité</translation>
    </message>
    <message>
        <source>Coordinate the response</source>
        <translation>Coordonner la réponse</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Diagnostiquer</translation>
    </message>
    <message>
        <source>Mitigate</source>
        <translation>Atténuer</translation>
    </message>
    <message>
        <source>Customer communication</source>
        <translation>Communication client</translation>
    </message>
    <message>
        <source>Internal updates</source>
        <translation>Points internes</translation>
    </message>
    <message>
        <source>Record the timeline</source>
        <translation>Tenir la chronologie</translation>
    </message>
    <message>
        <source>Post-incident review</source>
        <translation>Revue post-incident</translation>
    </message>
</context>
<context>
    <name>Sitrep::RaciModel</name>
    <message>
        <source>Responsible</source>
        <translation>exécutant (R)</translation>
    </message>
    <message>
        <source>Accountable</source>
        <translation>approbateur (A)</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>consulté (C)</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>informé (I)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>No incident.</source>
        <translation>Aucun incident.</translation>
    </message>
    <message>
        <source>“%1” already has an accountable role (%2): only one role may be A. Change that cell first.</source>
        <translation>« %1 » a déjà un rôle approbateur (%2) : un seul rôle peut être A. Modifiez d’abord cette cellule.</translation>
    </message>
    <message>
        <source>An activity&apos;s name must be 1 to %1 characters long.</source>
        <translation>Le nom d’une activité doit compter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>“%1” is already an activity.</source>
        <translation>« %1 » est déjà une activité.</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <extracomment>RACI cell: activity, role, what the role is for it</extracomment>
        <translation>%1 — %2 : %3</translation>
    </message>
    <message>
        <source>Nobody is accountable: mark exactly one role A (not saved until then).</source>
        <translation>Personne n’est approbateur : marquez exactement un rôle A (rien n’est enregistré d’ici là).</translation>
    </message>
    <message>
        <source>One accountable role.</source>
        <translation>Un seul rôle approbateur (A).</translation>
    </message>
</context>
<context>
    <name>Sitrep::RaciView</name>
    <message>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <source>Remove activity</source>
        <translation>Retirer l’activité</translation>
    </message>
    <message>
        <source>RACI matrix</source>
        <translation>Matrice RACI</translation>
    </message>
    <message>
        <source>Activities × roles. R, A, C, I set a cell, Space or a click steps through, Delete empties it</source>
        <translation>Activités × rôles. R, A, C, I remplissent une cellule, Espace ou un clic passe à la valeur suivante, Suppr la vide</translation>
    </message>
    <message>
        <source>RACI matrix state</source>
        <translation>État de la matrice RACI</translation>
    </message>
    <message>
        <source>Whether the matrix is saved, and what keeps it from it</source>
        <translation>Si la matrice est enregistrée, et ce qui l’en empêche</translation>
    </message>
    <message>
        <source>New activity</source>
        <translation>Nouvelle activité</translation>
    </message>
    <message>
        <source>Name of an activity to add (Enter adds)</source>
        <translation>Nom de l’activité à ajouter (Entrée pour ajouter)</translation>
    </message>
    <message>
        <source>Add the activity as a new row (Enter)</source>
        <translation>Ajouter l’activité comme nouvelle ligne (Entrée)</translation>
    </message>
    <message>
        <source>Remove the selected activity (Ctrl+Delete)</source>
        <translation>Retirer l’activité sélectionnée (Ctrl+Suppr)</translation>
    </message>
    <message>
        <source>Reset to the default</source>
        <translation>Rétablir la matrice par défaut</translation>
    </message>
    <message>
        <source>Replace the matrix with the default for the incident&apos;s severity</source>
        <translation>Remplacer la matrice par celle prévue par défaut pour la gravité de l’incident</translation>
    </message>
    <message>
        <source>Reset to the default for %1</source>
        <extracomment>The button that replaces the RACI matrix; %1 is the incident&apos;s severity key (SEV2)</extracomment>
        <translation>Rétablir la matrice par défaut pour %1</translation>
    </message>
    <message>
        <source>No incident</source>
        <translation>Aucun incident</translation>
    </message>
    <message>
        <source>No RACI matrix yet: reset to the default or add an activity.</source>
        <translation>Pas encore de matrice RACI : rétablissez la matrice par défaut ou ajoutez une activité.</translation>
    </message>
    <message>
        <source>⚠ Not saved: %1</source>
        <extracomment>The RACI matrix is kept on this console until the rule holds; %1 says what is missing</extracomment>
        <translation>⚠ Non enregistrée : %1</translation>
    </message>
    <message>
        <source>⚠ Not saved.</source>
        <translation>⚠ Non enregistrée.</translation>
    </message>
    <message>
        <source>Saved: one accountable role per activity.</source>
        <translation>Enregistrée : un rôle approbateur (A) par activité.</translation>
    </message>
    <message>
        <source>Set the cell to Responsible, Accountable, Consulted or Informed</source>
        <translation>Remplir la cellule : exécutant (R), approbateur (A), consulté (C) ou informé (I)</translation>
    </message>
    <message>
        <source>R, A, C, I</source>
        <translation>R, A, C, I</translation>
    </message>
    <message>
        <source>Step the cell through R, A, C, I and empty</source>
        <translation>Faire passer la cellule par R, A, C, I puis vide</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Empty the cell</source>
        <translation>Vider la cellule</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Remove the activity</source>
        <translation>Retirer l’activité</translation>
    </message>
    <message>
        <source>Ctrl+Delete</source>
        <translation>Ctrl+Suppr</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Select the whole matrix</source>
        <translation>Sélectionner toute la matrice</translation>
    </message>
</context>
<context>
    <name>Sitrep::ResponseTimesChart</name>
    <message>
        <source>Group response times by</source>
        <translation>Regrouper les temps de réponse par</translation>
    </message>
    <message>
        <source>Team, severity, service or tag</source>
        <translation>Équipe, gravité, service ou étiquette</translation>
    </message>
    <message>
        <source>By team</source>
        <translation>Par équipe</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Par gravité</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Par étiquette</translation>
    </message>
    <message>
        <source>Response time</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Time to acknowledge</source>
        <translation>Délai de prise en compte</translation>
    </message>
    <message>
        <source>Time to resolve</source>
        <translation>Délai de résolution</translation>
    </message>
    <message>
        <source>Response times chart</source>
        <translation>Graphique des temps de réponse</translation>
    </message>
    <message>
        <source>Response times</source>
        <translation>Temps de réponse</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <source>90th percentile</source>
        <translation>90e centile</translation>
    </message>
    <message>
        <source>Median, previous period</source>
        <translation>Médiane, période précédente</translation>
    </message>
    <message>
        <source>median %1 in the previous period</source>
        <translation>médiane %1 sur la période précédente</translation>
    </message>
    <message>
        <source>none in the previous period</source>
        <translation>aucun sur la période précédente</translation>
    </message>
    <message>
        <source>%1: %2 incidents; median %3, 90th percentile %4, mean %5 (%6 measured); %7</source>
        <translation>%1 : %2 incidents ; médiane %3, 90e centile %4, moyenne %5 (%6 mesurés) ; %7</translation>
    </message>
</context>
<context>
    <name>Sitrep::RoleBoard</name>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Relieve</source>
        <translation>Libérer</translation>
    </message>
    <message>
        <source>Add role…</source>
        <translation>Ajouter un rôle…</translation>
    </message>
    <message>
        <source>Unfilled mandatory roles</source>
        <translation>Rôles obligatoires non pourvus</translation>
    </message>
    <message>
        <source>Assign the selected role</source>
        <translation>Attribuer le rôle sélectionné</translation>
    </message>
    <message>
        <source>Choose who takes the selected role from the roster (Enter or F2)</source>
        <translation>Choisir dans la liste des personnes qui prend le rôle sélectionné (Entrée ou F2)</translation>
    </message>
    <message>
        <source>Relieve the selected role</source>
        <translation>Libérer le rôle sélectionné</translation>
    </message>
    <message>
        <source>Add a role</source>
        <translation>Ajouter un rôle</translation>
    </message>
    <message>
        <source>Add a role this incident needs beyond the mandatory ones</source>
        <translation>Ajouter un rôle dont cet incident a besoin en plus des rôles obligatoires</translation>
    </message>
    <message>
        <source>New role name</source>
        <translation>Nom du nouveau rôle</translation>
    </message>
    <message>
        <source>e.g. customer_liaison — Enter adds, Esc cancels</source>
        <translation>par ex. liaison_client — Entrée pour ajouter, Échap pour annuler</translation>
    </message>
    <message>
        <source>Lower-case letters, digits and _; spaces become _</source>
        <translation>Lettres minuscules, chiffres et _ ; les espaces deviennent _</translation>
    </message>
    <message>
        <source>Roles and roster</source>
        <translation>Rôles et liste des personnes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Role columns</source>
        <translation>Colonnes du tableau des rôles</translation>
    </message>
    <message>
        <source>Choose a role first.</source>
        <translation>Choisissez d’abord un rôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid role name: use lower-case letters, digits and _, starting with a letter (e.g. customer_liaison).</source>
        <translation>« %1 » n’est pas un nom de rôle valide : utilisez des lettres minuscules, des chiffres et _, en commençant par une lettre (par ex. liaison_client).</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n mandatory role(s) unfilled</source>
        <extracomment>Above the role board; the sign is a warning triangle</extracomment>
        <translation>
            <numerusform>⚠ %n rôle obligatoire non pourvu</numerusform>
            <numerusform>⚠ %n rôles obligatoires non pourvus</numerusform>
        </translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Who takes “%1”? Enter, or drag a person onto a role</source>
        <extracomment>Above the roster: the role a person chosen now takes</extracomment>
        <translation>Qui prend « %1 » ? Entrée, ou faites glisser une personne sur un rôle</translation>
    </message>
    <message>
        <source>Select a role, then choose a person.</source>
        <translation>Sélectionnez un rôle, puis choisissez une personne.</translation>
    </message>
    <message>
        <source>Role board</source>
        <translation>Tableau des rôles</translation>
    </message>
    <message>
        <source>Assign the selected role: to the roster filter</source>
        <translation>Attribuer le rôle sélectionné : vers le filtre de la liste des personnes</translation>
    </message>
    <message>
        <source>Enter, F2</source>
        <translation>Entrée, F2</translation>
    </message>
    <message>
        <source>Give the role to the highlighted person</source>
        <translation>Donner le rôle à la personne en surbrillance</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Back to the roles</source>
        <translation>Revenir aux rôles</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Enter or F2 assigns the selected role from the roster; Delete relieves it (or takes a vacant added role off)</source>
        <translation>Entrée ou F2 attribue le rôle sélectionné depuis la liste ; Suppr le libère (ou retire un rôle ajouté vacant)</translation>
    </message>
    <message>
        <source>Relieve the selected role (a vacant added role: take it off the board)</source>
        <translation>Libérer le rôle sélectionné (un rôle ajouté vacant : le retirer du tableau)</translation>
    </message>
    <message>
        <source>The holder of the selected role steps down and the role stays on the board; a vacant role the incident added goes off it (Delete)</source>
        <translation>Le titulaire du rôle sélectionné se retire et le rôle reste dans le tableau ; un rôle vacant ajouté par l’incident en est retiré (Suppr)</translation>
    </message>
</context>
<context>
    <name>Sitrep::RoleBoardModel</name>
    <message>
        <source>Choose a role first.</source>
        <translation>Choisissez d’abord un rôle.</translation>
    </message>
    <message>
        <source>Nobody holds the role %1.</source>
        <translation>Personne n’occupe le rôle %1.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>A role holder the directory does not know (yet): the start of their id</extracomment>
        <translation>Inconnu (%1)</translation>
    </message>
    <message>
        <source>Unfilled</source>
        <extracomment>An empty mandatory role (shown with a warning icon, in bold) / an empty added role</extracomment>
        <translation>Non pourvu</translation>
    </message>
    <message>
        <source>vacant</source>
        <translation>vacant</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>Not in the directory: %1</source>
        <translation>Absent de l’annuaire : %1</translation>
    </message>
    <message>
        <source>Since %1 (%2 UTC)</source>
        <translation>Depuis %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>Nobody holds this mandatory role. Select it and press Enter, or drop a person on it.</source>
        <translation>Personne n’occupe ce rôle obligatoire. Sélectionnez-le et appuyez sur Entrée, ou déposez-y une personne.</translation>
    </message>
    <message>
        <source>Nobody holds this role. Select it and press Enter, or drop a person on it.</source>
        <translation>Personne n’occupe ce rôle. Sélectionnez-le et appuyez sur Entrée, ou déposez-y une personne.</translation>
    </message>
    <message>
        <source>2nd</source>
        <extracomment>Rank of a role, short for &quot;secondary&quot; (the second in command)</extracomment>
        <translation>2e</translation>
    </message>
    <message>
        <source>1st</source>
        <extracomment>Rank of a role, short for &quot;primary&quot;</extracomment>
        <translation>1er</translation>
    </message>
    <message>
        <source>secondary</source>
        <translation>suppléant</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>titulaire</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2 since %3</source>
        <extracomment>Screen reader text of a role row: role, holder, since when</extracomment>
        <translation>%1 : %2 depuis %3</translation>
    </message>
    <message>
        <source>%1: unfilled mandatory role</source>
        <translation>%1 : rôle obligatoire non pourvu</translation>
    </message>
    <message>
        <source>%1: vacant</source>
        <translation>%1 : vacant</translation>
    </message>
    <message>
        <source>No incident is shown.</source>
        <translation>Aucun incident n’est affiché.</translation>
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
        <translation>Indication sur la liste des personnes</translation>
    </message>
    <message>
        <source>Roster filter</source>
        <translation>Filtre de la liste des personnes</translation>
    </message>
    <message>
        <source>Filter people by name or @handle</source>
        <translation>Filtrer les personnes par nom ou @identifiant</translation>
    </message>
    <message>
        <source>Type to narrow the roster; Enter chooses the highlighted person, Esc goes back</source>
        <translation>Tapez pour restreindre la liste ; Entrée choisit la personne en surbrillance, Échap revient en arrière</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste des personnes</translation>
    </message>
    <message>
        <source>Drag a person onto a role, or press Enter to choose them</source>
        <translation>Faites glisser une personne sur un rôle, ou appuyez sur Entrée pour la choisir</translation>
    </message>
    <message>
        <source>Choose a person from the roster.</source>
        <translation>Choisissez une personne dans la liste.</translation>
    </message>
    <message>
        <source>Nobody in the roster matches &quot;%1&quot;.</source>
        <translation>Personne dans la liste ne correspond à « %1 ».</translation>
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
        <translation>Écarté : %1 (piste %2)</translation>
    </message>
    <message>
        <source>Ruled out</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>By track</source>
        <translation>Piste</translation>
    </message>
</context>
<context>
    <name>Sitrep::SearchDialog</name>
    <message>
        <source>Search incidents and timelines</source>
        <translation>Rechercher dans les incidents et les chronologies</translation>
    </message>
    <message>
        <source>Search titles and timeline entries…</source>
        <translation>Rechercher dans les titres et les entrées de chronologie…</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texte recherché</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>État de la recherche</translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>Échec de la recherche : %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Next or previous result</source>
        <translation>Résultat suivant ou précédent</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Flèche bas, Flèche haut</translation>
    </message>
    <message>
        <source>Open the selected result</source>
        <translation>Ouvrir le résultat sélectionné</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Close the search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <source>No matches for “%1”.</source>
        <translation>Aucun résultat pour « %1 ».</translation>
    </message>
    <message>
        <source>Matches: %1 — Enter opens the selected one.</source>
        <translation>Résultats : %1 — Entrée ouvre le résultat sélectionné.</translation>
    </message>
</context>
<context>
    <name>Sitrep::SearchResultsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 (UTC %2)</source>
        <translation>%1 (UTC %2)</translation>
    </message>
    <message>
        <source>%1 · Incident</source>
        <translation>%1 · Incident</translation>
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
        <translation>« %1 » n’est pas une adresse de serveur (par ex. https://ops.example.com:8443).</translation>
    </message>
    <message>
        <source>Sitrep talks to its server over HTTPS only: use https://%1.</source>
        <translation>Sitrep ne communique avec son serveur qu’en HTTPS : utilisez https://%1.</translation>
    </message>
</context>
<context>
    <name>Sitrep::ServerTrust</name>
    <message>
        <source>Cannot read the CA file %1: %2</source>
        <translation>Impossible de lire le fichier CA %1 : %2</translation>
    </message>
    <message>
        <source>The CA file %1 holds no PEM certificate.</source>
        <translation>Le fichier CA %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The server presented a different certificate (SHA-256 %1) from the one you confirmed (%2). Sync is stopped: this can be an attack. Ask the server&apos;s administrator whether the certificate was replaced, and confirm the new fingerprint only if it matches.</source>
        <translation>Le serveur a présenté un certificat différent (SHA-256 %1) de celui que vous avez confirmé (%2). La synchronisation est arrêtée : il peut s’agir d’une attaque. Demandez à l’administrateur du serveur si le certificat a été remplacé, et ne confirmez la nouvelle empreinte que si elle correspond.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not vouched for by a trusted authority (%1). Its SHA-256 fingerprint is %2. Compare it with the one the server logged at start, and confirm it only if they match.</source>
        <translation>Le certificat du serveur n’est garanti par aucune autorité de certification de confiance (%1). Son empreinte SHA-256 est %2. Comparez-la avec celle que le serveur a journalisée au démarrage, et ne la confirmez que si elles correspondent.</translation>
    </message>
</context>
<context>
    <name>Sitrep::ServiceDensityChart</name>
    <message>
        <source>Incidents per service per week chart</source>
        <translation>Graphique des incidents par service et par semaine</translation>
    </message>
    <message>
        <source>Density by service</source>
        <translation>Densité par service</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>Autres services</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a week&apos;s Monday on the density chart</comment>
        <translation>d MMM</translation>
    </message>
    <message>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <source>Incidents declared per week, by service</source>
        <translation>Incidents déclarés par semaine, par service</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 incidents</source>
        <translation>%1, semaine du %2 : %3 incidents</translation>
    </message>
    <message>
        <source>Week of %1: %2 incidents (%3)</source>
        <translation>Semaine du %1 : %2 incidents (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>Gravité</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A severity level in the list: key — name, e.g. &quot;SEV1 — Critical&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Severity %1: %2
Space or Alt+Down lists the levels with their criteria.</source>
        <translation>Gravité %1 : %2
Espace ou Alt+Flèche bas affiche les niveaux avec leurs critères.</translation>
    </message>
    <message>
        <source>Severity %1: %2</source>
        <translation>Gravité %1 : %2</translation>
    </message>
</context>
<context>
    <name>Sitrep::SeverityTaxonomy</name>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Customer-facing outage or data loss for many customers; security breach in progress; revenue or safety at immediate risk.</source>
        <translation>Panne visible ou perte de données pour de nombreux clients ; faille de sécurité en cours ; chiffre d’affaires ou sécurité menacés dans l’immédiat.</translation>
    </message>
    <message>
        <source>Major</source>
        <translation>Majeur</translation>
    </message>
    <message>
        <source>Significant degradation of a core service or an outage for a subset of customers; no workaround.</source>
        <translation>Dégradation importante d’un service essentiel ou panne pour une partie des clients ; aucun contournement.</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Mineur</translation>
    </message>
    <message>
        <source>Partial degradation with a workaround, or an internal service impaired.</source>
        <translation>Dégradation partielle avec contournement, ou service interne perturbé.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Cosmetic or low-impact issue; no customer impact expected.</source>
        <translation>Problème cosmétique ou de faible impact ; aucun impact client attendu.</translation>
    </message>
</context>
<context>
    <name>Sitrep::ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Find a shortcut…</source>
        <translation>Rechercher un raccourci…</translation>
    </message>
    <message>
        <source>Find a shortcut</source>
        <translation>Rechercher un raccourci</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
</context>
<context>
    <name>Sitrep::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>S’identifier</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>ops.example.com:8443</source>
        <translation>ops.example.com:8443</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in to your team&apos;s Sitrep server to share this console&apos;s incidents. Until then everything you write stays on this console.</source>
        <translation>Identifiez-vous sur le serveur Sitrep de votre équipe pour partager les incidents de cette console. D’ici là, tout ce que vous écrivez reste sur cette console.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Identification en cours</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>S’&amp;identifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Identification auprès de %1…</translation>
    </message>
    <message>
        <source>Waiting for you to confirm the certificate of %1…</source>
        <translation>En attente de votre confirmation du certificat de %1…</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not confirmed.</source>
        <translation>Non identifié : le certificat du serveur n’a pas été confirmé.</translation>
    </message>
</context>
<context>
    <name>Sitrep::StatusStepper</name>
    <message>
        <source>then</source>
        <translation>puis</translation>
    </message>
    <message>
        <source>● %1 %2</source>
        <extracomment>Status stepper, the current step: sign, status, local time reached</extracomment>
        <translation>● %1 %2</translation>
    </message>
    <message>
        <source>current status</source>
        <translation>statut actuel</translation>
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
        <translation>sauté</translation>
    </message>
    <message>
        <source>done</source>
        <translation>franchi</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <extracomment>Accessible name of a status step: status, its state (current status, done, not reached), time</extracomment>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1 since %2 (current status)</source>
        <translation>%1 depuis %2 (statut actuel)</translation>
    </message>
    <message>
        <source>%1 at %2. The status only moves forward.</source>
        <translation>%1 le %2. Le statut ne peut qu’avancer.</translation>
    </message>
    <message>
        <source>%1 was skipped. The status only moves forward.</source>
        <translation>L’étape « %1 » a été sautée. Le statut ne peut qu’avancer.</translation>
    </message>
    <message>
        <source>Move the incident to %1</source>
        <translation>Faire passer l’incident à « %1 »</translation>
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
    <message>
        <source>Could not store changes from the server: %1</source>
        <translation>Impossible d’enregistrer les modifications reçues du serveur : %1</translation>
    </message>
    <message>
        <source>A participant of another incident cannot change with this one.</source>
        <translation>Un participant d’un autre incident ne peut pas être modifié avec celui-ci.</translation>
    </message>
    <message>
        <source>%1 steps down as %2</source>
        <translation>%1 quitte le rôle %2</translation>
    </message>
</context>
<context>
    <name>Sitrep::SyncBanner</name>
    <message>
        <source>Sync problem</source>
        <translation>Problème de synchronisation</translation>
    </message>
    <message>
        <source>Sync is stopped: the certificate of %1 has changed since you confirmed it. Nothing is sent or received until you review it; your changes stay on this console.</source>
        <translation>La synchronisation est arrêtée : le certificat de %1 a changé depuis que vous l’avez confirmé. Rien n’est envoyé ni reçu tant que vous ne l’avez pas vérifié ; vos modifications restent sur cette console.</translation>
    </message>
    <message>
        <source>Sync is waiting: confirm that the certificate of %1 is your team server&apos;s.</source>
        <translation>La synchronisation est en attente : confirmez que le certificat de %1 est bien celui du serveur de votre équipe.</translation>
    </message>
    <message>
        <source>Not signed in to %1 as %2: your changes stay on this console until you sign in.</source>
        <translation>Non identifié sur %1 en tant que %2 : vos modifications restent sur cette console jusqu’à ce que vous vous identifiiez.</translation>
    </message>
    <message>
        <source>&amp;Review certificate…</source>
        <translation>&amp;Vérifier le certificat…</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>S’i&amp;dentifier…</translation>
    </message>
    <message>
        <source>Review certificate</source>
        <translation>Vérifier le certificat</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>S’identifier</translation>
    </message>
</context>
<context>
    <name>Sitrep::SyncControls</name>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Synchronisation</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>S’&amp;identifier…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Review server certificate…</source>
        <translation>&amp;Vérifier le certificat du serveur…</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Synchroniser &amp;maintenant</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Identifié sur %1 en tant que %2.</translation>
    </message>
    <message>
        <source>&amp;Conflicts and refused changes…</source>
        <translation>&amp;Conflits et modifications refusées…</translation>
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
        <translation>Reconnexion du flux en direct : %1</translation>
    </message>
    <message>
        <source>The server answered %1 results for %2 ops.</source>
        <translation>Le serveur a renvoyé %1 résultats pour %2 opérations.</translation>
    </message>
    <message>
        <source>Could not record the server&apos;s answer in the local cache.</source>
        <translation>Impossible d’enregistrer la réponse du serveur dans le cache local.</translation>
    </message>
    <message>
        <source>The server sent a change this console cannot read (%1).</source>
        <translation>Le serveur a envoyé une modification que cette console ne sait pas lire (%1).</translation>
    </message>
</context>
<context>
    <name>Sitrep::SyncIndicator</name>
    <message>
        <source>Not in step with the server yet.</source>
        <translation>Pas encore synchronisé avec le serveur.</translation>
    </message>
    <message>
        <source>Last in step with the server: %1</source>
        <translation>Dernière synchronisation avec le serveur : %1</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>Local only</source>
        <translation>Local uniquement</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Non identifié</translation>
    </message>
    <message>
        <source>Certificate not confirmed</source>
        <translation>Certificat non confirmé</translation>
    </message>
    <message>
        <source>Sync stopped: certificate changed</source>
        <translation>Synchronisation arrêtée : certificat modifié</translation>
    </message>
    <message>
        <source>Server: %1 as %2</source>
        <translation>Serveur : %1 en tant que %2</translation>
    </message>
    <message>
        <source>This profile has no server: your changes stay on this console.</source>
        <translation>Ce profil n’a pas de serveur : vos modifications restent sur cette console.</translation>
    </message>
    <message>
        <source>Click to sign in to your team&apos;s server (Ctrl+Shift+I).</source>
        <translation>Cliquez pour vous identifier sur le serveur de votre équipe (Ctrl+Maj+I).</translation>
    </message>
    <message>
        <source>Changes go out as you make them and others&apos; arrive live.</source>
        <translation>Vos modifications partent dès que vous les faites, et celles des autres arrivent en direct.</translation>
    </message>
    <message>
        <source>Your changes are kept on this console and sent when the server is back. Retrying automatically; click to retry now (F5).</source>
        <translation>Vos modifications sont conservées sur cette console et seront envoyées dès que le serveur sera de nouveau joignable. Nouvelles tentatives automatiques ; cliquez pour réessayer maintenant (F5).</translation>
    </message>
    <message>
        <source>Your changes are kept on this console until you sign in. Click to sign in (Ctrl+Shift+I).</source>
        <translation>Vos modifications sont conservées sur cette console jusqu’à ce que vous vous identifiiez. Cliquez pour vous identifier (Ctrl+Maj+I).</translation>
    </message>
    <message>
        <source>Click to review the server&apos;s certificate.</source>
        <translation>Cliquez pour vérifier le certificat du serveur.</translation>
    </message>
    <message>
        <source>All saved locally</source>
        <translation>Tout est enregistré localement</translation>
    </message>
    <message>
        <source>All sent</source>
        <translation>Tout est envoyé</translation>
    </message>
    <message>
        <source>Nothing pending</source>
        <translation>Rien en attente</translation>
    </message>
    <message numerus="yes">
        <source>%n pending</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this console, not yet acknowledged by the server.</source>
        <translation>
            <numerusform>%n modification enregistrée sur cette console, pas encore confirmée par le serveur.</numerusform>
            <numerusform>%n modifications enregistrées sur cette console, pas encore confirmées par le serveur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) saved on this console; this profile has no server to send them to.</source>
        <translation>
            <numerusform>%n modification enregistrée sur cette console ; ce profil n’a pas de serveur auquel l’envoyer.</numerusform>
            <numerusform>%n modifications enregistrées sur cette console ; ce profil n’a pas de serveur auquel les envoyer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Conflicts: %n</source>
        <translation>
            <numerusform>Conflit : %n</numerusform>
            <numerusform>Conflits : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused: %n</source>
        <translation>
            <numerusform>Refus : %n</numerusform>
            <numerusform>Refus : %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts: someone else changed the same field at the same time; the value that lost is kept on the incident. Refused: changes the server did not accept.</source>
        <translation>Conflits : quelqu’un d’autre a modifié le même champ au même moment ; la valeur écartée est conservée dans l’incident. Refus : modifications que le serveur n’a pas acceptées.</translation>
    </message>
</context>
<context>
    <name>Sitrep::TeamComparisonChart</name>
    <message>
        <source>Compare teams by</source>
        <translation>Comparer les équipes par</translation>
    </message>
    <message>
        <source>Teams compared chart</source>
        <translation>Graphique de comparaison des équipes</translation>
    </message>
    <message>
        <source>Teams compared</source>
        <translation>Équipes comparées</translation>
    </message>
    <message>
        <source>Time to resolve by team: lowest, quartiles, median, highest</source>
        <translation>Délai de résolution par équipe : minimum, quartiles, médiane, maximum</translation>
    </message>
    <message>
        <source>Time to acknowledge by team: lowest, quartiles, median, highest</source>
        <translation>Délai de prise en compte par équipe : minimum, quartiles, médiane, maximum</translation>
    </message>
    <message>
        <source>%1: %2 measured; lowest %3, first quartile %4, median %5, third quartile %6, highest %7</source>
        <translation>%1 : %2 mesurés ; minimum %3, premier quartile %4, médiane %5, troisième quartile %6, maximum %7</translation>
    </message>
</context>
<context>
    <name>Sitrep::TimelineFilterBar</name>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filtrer par type</translation>
    </message>
    <message>
        <source>Show only entries of the checked kinds</source>
        <translation>N’afficher que les entrées des types cochés</translation>
    </message>
    <message>
        <source>Filter by author</source>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <source>Filter by track</source>
        <translation>Filtrer par piste</translation>
    </message>
    <message>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show every entry again (Ctrl+Shift+X)</source>
        <translation>Afficher de nouveau toutes les entrées (Ctrl+Maj+X)</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>Any track</source>
        <translation>Toutes les pistes</translation>
    </message>
    <message>
        <source>kind %1</source>
        <translation>type %1</translation>
    </message>
    <message numerus="yes">
        <source>%n kinds</source>
        <translation>
            <numerusform>%n type</numerusform>
            <numerusform>%n types</numerusform>
        </translation>
    </message>
    <message>
        <source>author %1</source>
        <translation>auteur %1</translation>
    </message>
    <message>
        <source>track %1</source>
        <translation>piste %1</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <extracomment>Above the timeline while filters hide entries; the parts are joined by &quot; · &quot;</extracomment>
        <translation>Filtré : %1</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtres (%1)</translation>
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
        <source>No incident selected — Ctrl+N declares one</source>
        <translation>Aucun incident sélectionné — Ctrl+N en déclare un</translation>
    </message>
    <message>
        <source>%1  %2 — %3</source>
        <extracomment>Timeline header: severity, title, status</extracomment>
        <translation>%1  %2 — %3</translation>
    </message>
    <message>
        <source>Conflicts of this incident</source>
        <translation>Conflits de cet incident</translation>
    </message>
    <message>
        <source>⚠ Conflicts: %1</source>
        <extracomment>Beside the incident&apos;s header when sync recorded conflicts on it; the sign is a warning triangle</extracomment>
        <translation>⚠ Conflits : %1</translation>
    </message>
    <message>
        <source>Entry box</source>
        <translation>Zone de saisie</translation>
    </message>
    <message>
        <source>Add the typed entry</source>
        <translation>Ajouter l’entrée saisie</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>/d text</source>
        <translation>/d texte</translation>
    </message>
    <message>
        <source>Comms update</source>
        <translation>Diffusion</translation>
    </message>
    <message>
        <source>/c text</source>
        <translation>/c texte</translation>
    </message>
    <message>
        <source>Note (the default)</source>
        <translation>Note (par défaut)</translation>
    </message>
    <message>
        <source>/n text</source>
        <translation>/n texte</translation>
    </message>
    <message>
        <source>A note starting with a slash</source>
        <translation>Note commençant par une barre oblique</translation>
    </message>
    <message>
        <source>//text</source>
        <translation>//texte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X</source>
        <translation>Ctrl+Shift+X</translation>
    </message>
    <message>
        <source>Edit entry…</source>
        <translation>Modifier l’entrée…</translation>
    </message>
    <message>
        <source>Pin entry</source>
        <translation>Épingler l’entrée</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Action with an owner</source>
        <translation>Action avec un responsable</translation>
    </message>
    <message>
        <source>/a @handle text</source>
        <translation>/a @identifiant texte</translation>
    </message>
    <message>
        <source>On a track</source>
        <translation>Sur une piste</translation>
    </message>
    <message>
        <source>#track text</source>
        <translation>#piste texte</translation>
    </message>
    <message>
        <source>Mention someone (completes names and handles)</source>
        <translation>Mentionner quelqu’un (complète les noms et les identifiants)</translation>
    </message>
    <message>
        <source>@</source>
        <translation>@</translation>
    </message>
    <message>
        <source>Cancel an edit</source>
        <translation>Annuler une modification</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Edit the selected entry</source>
        <translation>Modifier l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 ou Entrée</translation>
    </message>
    <message>
        <source>Pin or unpin the selected entry</source>
        <translation>Épingler ou désépingler l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>History of the selected entry</source>
        <translation>Historique de l’entrée sélectionnée</translation>
    </message>
    <message>
        <source>Go to the newest entry (clears &quot;N new&quot;)</source>
        <translation>Aller à l’entrée la plus récente (efface « N nouvelles »)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Clear the timeline filters</source>
        <translation>Effacer les filtres de la chronologie</translation>
    </message>
    <message>
        <source>Unpin entry</source>
        <translation>Désépingler l’entrée</translation>
    </message>
</context>
<context>
    <name>Sitrep::TracksModel</name>
    <message>
        <source>▸ Active</source>
        <extracomment>Track status; the sign is a small arrow</extracomment>
        <translation>▸ Active</translation>
    </message>
    <message>
        <source>✓ Confirmed</source>
        <translation>✓ Confirmée</translation>
    </message>
    <message>
        <source>✗ Ruled out</source>
        <translation>✗ Écartée</translation>
    </message>
    <message>
        <source>∥ Parked</source>
        <translation>∥ En suspens</translation>
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
            <numerusform>%1 — %2, responsable : %3
Hypothèse : %4
%n cause écartée</numerusform>
            <numerusform>%1 — %2, responsable : %3
Hypothèse : %4
%n causes écartées</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l’instant</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
</context>
<context>
    <name>Sitrep::TracksPane</name>
    <message>
        <source>+ Add track</source>
        <translation>+ Ajouter une piste</translation>
    </message>
    <message>
        <source>Add a track</source>
        <translation>Ajouter une piste</translation>
    </message>
    <message>
        <source>Start a new troubleshooting track (Insert)</source>
        <translation>Démarrer une nouvelle piste d’investigation (Inser)</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>Pistes</translation>
    </message>
    <message>
        <source>Ruled out by every track</source>
        <translation>Écarté, toutes pistes confondues</translation>
    </message>
    <message>
        <source>What any track ruled out: check here before testing a hypothesis</source>
        <translation>Ce que les pistes ont écarté : à consulter avant de tester une hypothèse</translation>
    </message>
    <message>
        <source>Hypothesis</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Owner, status</source>
        <translation>Responsable, statut</translation>
    </message>
    <message>
        <source>Rule out</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Ruled out by every track (%1)</source>
        <extracomment>Title of the list of every track&apos;s ruled-out findings</extracomment>
        <translation>Écarté, toutes pistes confondues (%1)</translation>
    </message>
    <message>
        <source>Hypothesis of the selected track</source>
        <translation>Hypothèse de la piste sélectionnée</translation>
    </message>
    <message>
        <source>The selected track&apos;s current hypothesis — Enter saves (F2 from the list)</source>
        <translation>Hypothèse actuelle de la piste sélectionnée — Entrée pour enregistrer (F2 depuis la liste)</translation>
    </message>
    <message>
        <source>Current hypothesis</source>
        <translation>Hypothèse actuelle</translation>
    </message>
    <message>
        <source>Owner of the selected track</source>
        <translation>Responsable de la piste sélectionnée</translation>
    </message>
    <message>
        <source>Who owns the selected track; saved when changed</source>
        <translation>Qui est responsable de la piste sélectionnée ; enregistré dès la modification</translation>
    </message>
    <message>
        <source>Status of the selected track</source>
        <translation>Statut de la piste sélectionnée</translation>
    </message>
    <message>
        <source>Status of the selected track; saved when changed</source>
        <translation>Statut de la piste sélectionnée ; enregistré dès la modification</translation>
    </message>
    <message>
        <source>Rule out for the selected track</source>
        <translation>Écarter pour la piste sélectionnée</translation>
    </message>
    <message>
        <source>Something the selected track ruled out — Enter adds it to the list every track sees</source>
        <translation>Un élément écarté par la piste sélectionnée — Entrée l’ajoute à la liste visible par toutes les pistes</translation>
    </message>
    <message>
        <source>Ruled out, e.g. DNS</source>
        <translation>Écarté, par ex. DNS</translation>
    </message>
    <message>
        <source>Select a track to edit it</source>
        <translation>Sélectionnez une piste pour la modifier</translation>
    </message>
    <message>
        <source>Track %1</source>
        <extracomment>Above the controls of the selected track</extracomment>
        <translation>Piste %1</translation>
    </message>
    <message>
        <source>“%1” is already ruled out by track %2.</source>
        <translation>« %1 » est déjà écarté par la piste %2.</translation>
    </message>
    <message>
        <source>Insert</source>
        <translation>Inser</translation>
    </message>
    <message>
        <source>Edit the hypothesis of the selected track</source>
        <translation>Modifier l’hypothèse de la piste sélectionnée</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Save the line being edited</source>
        <translation>Enregistrer la ligne en cours de modification</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
</context>
<context>
    <name>Sitrep::TrendChart</name>
    <message>
        <source>Trend of</source>
        <translation>Tendance de</translation>
    </message>
    <message>
        <source>Weekly trend chart</source>
        <translation>Graphique de tendance hebdomadaire</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Median, this period</source>
        <translation>Médiane, cette période</translation>
    </message>
    <message>
        <source>Median, period before</source>
        <translation>Médiane, période précédente</translation>
    </message>
    <message>
        <source>week of the period</source>
        <translation>semaine de la période</translation>
    </message>
    <message>
        <source>Median time to resolve, week by week</source>
        <translation>Délai médian de résolution, semaine par semaine</translation>
    </message>
    <message>
        <source>Median time to acknowledge, week by week</source>
        <translation>Délai médian de prise en compte, semaine par semaine</translation>
    </message>
    <message>
        <source>Week of %1: %2 incidents, median %3</source>
        <translation>Semaine du %1 : %2 incidents, médiane %3</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>non mesuré</translation>
    </message>
    <message>
        <source>; the same week of the period before (%1): %2 incidents, median %3</source>
        <translation> ; la même semaine de la période précédente (%1) : %2 incidents, médiane %3</translation>
    </message>
</context>
<context>
    <name>Sitrep::TrustDialog</name>
    <message>
        <source>SHA-256 fingerprint of the server&apos;s certificate</source>
        <translation>Empreinte SHA-256 du certificat du serveur</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed</source>
        <translation>Le certificat du serveur a changé</translation>
    </message>
    <message>
        <source>Confirm the server&apos;s certificate</source>
        <translation>Confirmer le certificat du serveur</translation>
    </message>
    <message>
        <source>Sync with %1 is stopped: the server presented a different certificate from the one you confirmed.</source>
        <translation>La synchronisation avec %1 est arrêtée : le serveur a présenté un certificat différent de celui que vous avez confirmé.</translation>
    </message>
    <message>
        <source>This happens when the server&apos;s certificate was replaced, and also when someone is intercepting the connection. Nothing is sent to the server until you decide; your changes stay on this console. Ask the server&apos;s administrator for the new fingerprint and compare it before you trust it.</source>
        <translation>Cela se produit lorsque le certificat du serveur a été remplacé, mais aussi lorsque quelqu’un intercepte la connexion. Rien n’est envoyé au serveur tant que vous n’avez pas décidé ; vos modifications restent sur cette console. Demandez la nouvelle empreinte à l’administrateur du serveur et comparez-la avant de faire confiance au certificat.</translation>
    </message>
    <message>
        <source>Is this your team&apos;s server? No trusted authority vouches for the certificate of %1.</source>
        <translation>S’agit-il du serveur de votre équipe ? Aucune autorité de certification de confiance ne garantit le certificat de %1.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the server printed when it started (its log line &quot;certificate SHA-256 fingerprint&quot;), or ask its administrator. Trust it only if they match: Sitrep will then accept this certificate, and only this one, from this server.</source>
        <translation>Comparez cette empreinte avec celle que le serveur a affichée à son démarrage (sa ligne de journal « certificate SHA-256 fingerprint »), ou demandez à son administrateur. Ne faites confiance au certificat que si elles correspondent : Sitrep acceptera alors ce certificat, et uniquement celui-ci, de la part de ce serveur.</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Confirmed before:</source>
        <translation>Confirmée auparavant :</translation>
    </message>
    <message>
        <source>Fingerprint confirmed before</source>
        <translation>Empreinte confirmée auparavant</translation>
    </message>
    <message>
        <source>Presented now:</source>
        <translation>Présentée maintenant :</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256 :</translation>
    </message>
    <message>
        <source>&amp;Trust the new certificate</source>
        <translation>&amp;Faire confiance au nouveau certificat</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <source>&amp;Keep sync stopped</source>
        <translation>&amp;Laisser la synchronisation arrêtée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>I have &amp;checked the new fingerprint with the server&apos;s administrator</source>
        <translation>J’ai &amp;vérifié la nouvelle empreinte auprès de l’administrateur du serveur</translation>
    </message>
    <message>
        <source>I have checked the new fingerprint</source>
        <translation>J’ai vérifié la nouvelle empreinte</translation>
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
    <message>
        <source>The meeting link is too long (at most %1 characters).</source>
        <translation>Le lien de réunion est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The dial-in is too long (at most %1 characters).</source>
        <translation>L’accès téléphonique est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The fallback channels are too long (at most %1 characters).</source>
        <translation>Les canaux de secours sont trop longs (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>The meeting link must be a web address (https://…) or a tel:, sip: address.</source>
        <translation>Le lien de réunion doit être une adresse web (https://…) ou une adresse tel: ou sip:.</translation>
    </message>
    <message>
        <source>A RACI matrix holds at most %1 activities.</source>
        <translation>Une matrice RACI contient au maximum %1 activités.</translation>
    </message>
    <message>
        <source>A RACI matrix holds at most %1 roles.</source>
        <translation>Une matrice RACI contient au maximum %1 rôles.</translation>
    </message>
    <message>
        <source>An activity&apos;s name must be 1 to %1 characters long.</source>
        <translation>Le nom d’une activité doit compter de 1 à %1 caractères.</translation>
    </message>
    <message>
        <source>An incident adds at most %1 roles.</source>
        <translation>Un incident ajoute au plus %1 rôles.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role name: lower-case letters, digits and _, starting with a letter.</source>
        <translation>« %1 » n’est pas un nom de rôle : lettres minuscules, chiffres et _, commençant par une lettre.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; is added twice.</source>
        <translation>Le rôle « %1 » est ajouté deux fois.</translation>
    </message>
</context>
</TS>
