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
    <message>
        <source>Conflicts of this incident</source>
        <translation>Conflits de cet incident</translation>
    </message>
    <message>
        <source>⚠ Conflicts: %1</source>
        <extracomment>Beside the incident&apos;s header when sync recorded conflicts on it; the sign is a warning triangle</extracomment>
        <translation>⚠ Conflits : %1</translation>
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
</context>
</TS>
