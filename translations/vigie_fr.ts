<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessibleParts</name>
    <message>
        <location filename="../ui/widgets/AccessibleParts.cpp" line="+53"/>
        <source>Clear “%1”</source>
        <extracomment>Accessible name of the small button that empties a search or filter field</extracomment>
        <translation>Effacer « %1 »</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Scroll the tabs left</source>
        <extracomment>Buttons shown when the tabs do not fit: show the tabs further left (right)</extracomment>
        <translation>Faire défiler les onglets vers la gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scroll the tabs right</source>
        <translation>Faire défiler les onglets vers la droite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Select all rows</source>
        <extracomment>Accessible name of the button at the top left corner of a table</extracomment>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
</context>
<context>
    <name>ActiveRecordingsModel</name>
    <message>
        <location filename="../ui/models/ActiveRecordingsModel.cpp" line="+160"/>
        <source>CXone&apos;s answer to this start was lost: %1 may be recording. Vigie keeps asking CXone; if CXone did start it, it ends by itself at %2.</source>
        <translation>La réponse de CXone à ce démarrage a été perdue&#xa0;: %1 est peut-être en cours d&apos;enregistrement. Vigie continue d&apos;interroger CXone&#x202f;; si CXone l&apos;a bien démarré, il se termine de lui-même à %2.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Stop or forget the unconfirmed recording of %1</source>
        <translation>Arrêter ou oublier l&apos;enregistrement non confirmé de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stop recording %1 (%2)</source>
        <extracomment>Accessible name of a Stop button whose Stop is kept for a later sign-in</extracomment>
        <translation>Arrêter l&apos;enregistrement de %1 (%2)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Contact ID: %1
Interaction ID: %2
Duration: %3</source>
        <extracomment>Tooltip of an active recording: the IDs CXone&apos;s support asks for, and the duration asked for</extracomment>
        <translation>ID de contact&#xa0;: %1
ID d&apos;interaction&#xa0;: %2
Durée&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started by</source>
        <extracomment>Column: the supervisor (access key) who started the recording</extracomment>
        <translation>Démarré par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>ID de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Interaction ID</source>
        <translation>ID d&apos;interaction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started at</source>
        <translation>Démarré à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends at</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Action</source>
        <extracomment>Column holding each recording&apos;s Stop button</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>Stop recording %1</source>
        <translation>Arrêter l&apos;enregistrement de %1</translation>
    </message>
</context>
<context>
    <name>ActiveRecordingsView</name>
    <message>
        <location filename="../ui/views/ActiveRecordingsView.cpp" line="+93"/>
        <source>&amp;Stop this recording</source>
        <extracomment>Context menu of an active recording</extracomment>
        <translation>&amp;Arrêter cet enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop this recording now (Delete)</source>
        <translation>Arrêter cet enregistrement maintenant (Suppr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Extend this recording</source>
        <extracomment>Context menu of an active recording</extracomment>
        <translation>&amp;Prolonger cet enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give this recording the duration chosen under Screen recording, from now: Vigie stops it and starts a new one</source>
        <translation>Donner à cet enregistrement la durée choisie sous Enregistrement d&apos;écran, à partir de maintenant&#xa0;: Vigie l&apos;arrête et en démarre un nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Forget this unconfirmed recording</source>
        <extracomment>Context menu of a recording CXone never confirmed</extracomment>
        <translation>&amp;Oublier cet enregistrement non confirmé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop asking CXone about it; if CXone did start it, it goes on until its end time</source>
        <translation>Ne plus interroger CXone à son sujet&#x202f;; si CXone l&apos;a bien démarré, il continue jusqu&apos;à son heure de fin</translation>
    </message>
</context>
<context>
    <name>AgentStateText</name>
    <message>
        <location filename="../ui/text/AgentStateText.cpp" line="+7"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound contact</source>
        <translation>Contact entrant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound contact</source>
        <translation>Contact sortant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inbound consult</source>
        <translation>Consult. entrante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outbound consult</source>
        <translation>Consultation sortante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialer</source>
        <translation>Numéroteur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Working</source>
        <translation>En traitement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../ui/models/AgentTableModel.cpp" line="+59"/>
        <source>Waiting for CXone…</source>
        <translation>En attente de CXone…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording, %1 left</source>
        <translation>En cours, encore %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <extracomment>A running recording whose Stop waits: &quot;Recording, 0:12:00 left — Stop kept: sent when … signs in again&quot;</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed: %1</source>
        <translation>Échec&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At the recording policy&apos;s cap</source>
        <extracomment>In the agent list: the recording policy allows this agent no more recordings for now</extracomment>
        <translation>Plafond de la politique atteint</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1, screen recording off in CXone</source>
        <extracomment>Team cell read by screen readers: team name, then the warning</extracomment>
        <translation>%1, enregistrement d&apos;écran désactivé dans CXone</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1
User name: %2
Agent ID: %3
CXone user ID: %4
Recording API user-id: %5</source>
        <translation>%1
Nom d&apos;utilisateur&#xa0;: %2
ID d&apos;agent&#xa0;: %3
ID utilisateur CXone&#xa0;: %4
user-id pour l&apos;API d&apos;enregistrement&#xa0;: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Supervisor in CXone</source>
        <translation>Superviseur dans CXone</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>State</source>
        <extracomment>Column: the agent&apos;s CXone state (Available, Unavailable...)</extracomment>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In state for</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen recording</source>
        <translation>Enregistrement d&apos;écran</translation>
    </message>
</context>
<context>
    <name>AgentsPanel</name>
    <message numerus="yes">
        <location filename="../ui/panels/AgentsPanel.cpp" line="+194"/>
        <source>%n agent(s) listed</source>
        <translation>
            <numerusform>%Ln agent dans la liste</numerusform>
            <numerusform>%Ln agents dans la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 of %n agent(s) listed</source>
        <extracomment>Status bar: agents the search and filters leave in the table, of the agents of the station</extracomment>
        <translation>
            <numerusform>Agents dans la liste&#xa0;: %1 sur %Ln</numerusform>
            <numerusform>Agents dans la liste&#xa0;: %1 sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clear the filters</source>
        <extracomment>Button in the agent table when the search or the filters leave no agent: lists them all again</extracomment>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent matches the chosen team and state.</source>
        <translation>Aucun agent ne correspond à l&apos;équipe et à l&apos;état choisis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No agent matches “%1”.</source>
        <translation>Aucun agent ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to CXone to see your agents (Session &gt; Sign in).</source>
        <translation>Connectez-vous à CXone pour voir vos agents (Session &gt; Se connecter).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading the agents…</source>
        <translation>Chargement des agents…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agent list could not be loaded. Try again with View &gt; Reload agents (F5).</source>
        <translation>La liste des agents n&apos;a pas pu être chargée. Réessayez avec Affichage &gt; Recharger les agents (F5).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No agent is listed for this station.</source>
        <translation>Aucun agent n&apos;est affiché pour ce poste.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+13"/>
        <source>Agents</source>
        <extracomment>Title of the box listing the agents</extracomment>
        <translation>Agents</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Find an agent</source>
        <translation>&amp;Chercher un agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, user name or team (Ctrl+F)</source>
        <translation>Chercher par nom, nom d&apos;utilisateur ou équipe (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search agents</source>
        <translation>Chercher des agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type part of a name, a user name or a team</source>
        <translation>Tapez une partie d&apos;un nom, d&apos;un nom d&apos;utilisateur ou d&apos;une équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by team</source>
        <translation>Filtrer par équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the agents of one team</source>
        <translation>N&apos;afficher que les agents d&apos;une équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the agents in one state</source>
        <translation>N&apos;afficher que les agents dans un état donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents you may see and record</source>
        <extracomment>Accessible description of the line saying which agents this station lists</extracomment>
        <translation>Agents que vous pouvez voir et enregistrer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Select one or more agents; Enter moves to the duration, the Menu key or Shift+F10 opens the actions of the current one</source>
        <translation>Sélectionnez un ou plusieurs agents&#x202f;; Entrée passe à la durée, la touche Menu ou Maj+F10 ouvre les actions de l&apos;agent courant</translation>
    </message>
</context>
<context>
    <name>AnnouncementLabel</name>
    <message>
        <location filename="../ui/widgets/AnnouncementLabel.cpp" line="+33"/>
        <source>Latest event</source>
        <extracomment>Accessible description of the status bar text that shows the latest event</extracomment>
        <translation>Dernier événement</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <location filename="../ui/menus/AppearanceMenu.cpp" line="+41"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the &amp;system</source>
        <extracomment>Theme that follows the desktop&apos;s light or dark setting</extracomment>
        <translation>Comme le &amp;système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Light</source>
        <extracomment>Light theme</extracomment>
        <translation>&amp;Claire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dark</source>
        <extracomment>Dark theme</extracomment>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>AuditHistoryDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/AuditHistoryDialog.cpp" line="+103"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>vigie-audit-%1-%2.csv</source>
        <translation>vigie-audit-%1-%2.csv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Filter by agent</source>
        <translation>Filtrer par agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by result</source>
        <translation>Filtrer par résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export to CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the entries shown as a CSV file that Excel opens</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV lisible par Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the entries shown as a CSV file in %1</source>
        <translation>Enregistrer les entrées affichées dans un fichier CSV dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All results</source>
        <translation>Tous les résultats</translation>
    </message>
</context>
<context>
    <name>AuditMenu</name>
    <message>
        <location filename="../ui/menus/AuditMenu.cpp" line="+37"/>
        <source>A&amp;udit</source>
        <translation>A&amp;udit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Trail…</source>
        <extracomment>Audit menu: the list of every action and outcome, with filters and CSV export</extracomment>
        <translation>&amp;Journal…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report…</source>
        <translation>&amp;Rapport…</translation>
    </message>
</context>
<context>
    <name>AuditReportDialog</name>
    <message>
        <location filename="../ui/dialogs/AuditReportDialog.cpp" line="+134"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report saved to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved: %1</source>
        <translation>Le rapport n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Audit report</source>
        <translation>Rapport d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day of the report</source>
        <translation>Premier jour du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the report</source>
        <translation>Dernier jour du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report format</source>
        <translation>Format du rapport</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF, with a chart</source>
        <translation>PDF, avec un graphique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, for Excel</source>
        <translation>CSV, pour Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;List agents recorded more than:</source>
        <translation>&amp;Lister les agents enregistrés plus de&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List agents recorded more than this many times</source>
        <translation>Lister les agents enregistrés plus que ce nombre de fois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> times</source>
        <extracomment>Suffix of a number of times, e.g. &quot;5 times&quot;</extracomment>
        <translation> fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pseudonymise agents and supervisors</source>
        <translation>&amp;Pseudonymiser les agents et les superviseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymise agents and supervisors</source>
        <translation>Pseudonymiser les agents et les superviseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show A01, S01… instead of names, for readers who must not see them</source>
        <translation>Afficher A01, S01… au lieu des noms, pour les lecteurs qui ne doivent pas les voir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Create the report…</source>
        <translation>&amp;Créer le rapport…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the report</source>
        <translation>Créer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the report</source>
        <translation>Choisir où enregistrer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report in %1</source>
        <translation>Enregistrer le rapport dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the report&apos;s first page</source>
        <translation>Aperçu de la première page du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first page of the PDF, as it will print</source>
        <translation>La première page du PDF, telle qu&apos;elle sera imprimée</translation>
    </message>
</context>
<context>
    <name>AuditReportDocument</name>
    <message>
        <location filename="../ui/report/AuditReportDocument.cpp" line="+151"/>
        <location line="+118"/>
        <source>Screen recording report</source>
        <translation>Rapport des enregistrements d’écran</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Produced by Vigie on %1, station %2, from the audit trail of the station.</source>
        <translation>Établi par Vigie le %1, poste %2, à partir du journal d’audit du poste.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Produced by Vigie on %1 for the whole site, from the site registry&apos;s copy of the audit trails of %n station(s): %2.</source>
        <translation>
            <numerusform>Produit par Vigie le %1 pour tout le site, à partir de la copie que le registre du site tient du journal d&apos;audit d&apos;un poste&#xa0;: %2.</numerusform>
            <numerusform>Produit par Vigie le %1 pour tout le site, à partir de la copie que le registre du site tient des journaux d&apos;audit de %Ln postes&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Agents and supervisors appear under pseudonyms (A01, S01…), numbered in the order they first appear in this period.</source>
        <translation>Les agents et les superviseurs figurent sous des pseudonymes (A01, S01…), numérotés dans l’ordre de leur première apparition sur la période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit trail did NOT verify: %1. The figures below come from a trail that may have been altered.</source>
        <translation>La vérification du journal d’audit a ÉCHOUÉ&#xa0;: %1. Les chiffres ci-dessous proviennent d’un journal peut-être altéré.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Audit trails verified: the site registry holds %n entries, each station&apos;s an unbroken chain.</source>
        <translation>
            <numerusform>Journaux d&apos;audit vérifiés&#xa0;: le registre du site en détient %Ln entrée, la chaîne de chaque poste est intacte.</numerusform>
            <numerusform>Journaux d&apos;audit vérifiés&#xa0;: le registre du site en détient %Ln entrées, la chaîne de chaque poste est intacte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Audit trail verified: its %n entries form an unbroken chain, and its end is the one the recording ledger kept.</source>
        <translation>
            <numerusform>Journal d’audit vérifié&#xa0;: sa %n entrée forme une chaîne intacte, et sa fin est celle que le registre des enregistrements a conservée.</numerusform>
            <numerusform>Journal d’audit vérifié&#xa0;: ses %n entrées forment une chaîne intacte, et sa fin est celle que le registre des enregistrements a conservée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Audit trail verified: its %n entries form an unbroken chain. The recording ledger kept no end to compare it with.</source>
        <translation>
            <numerusform>Journal d’audit vérifié&#xa0;: sa %n entrée forme une chaîne intacte. Le registre des enregistrements n’a conservé aucune fin à laquelle la comparer.</numerusform>
            <numerusform>Journal d’audit vérifié&#xa0;: ses %n entrées forment une chaîne intacte. Le registre des enregistrements n’a conservé aucune fin à laquelle la comparer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total recorded time</source>
        <translation>Durée totale enregistrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <location line="+9"/>
        <location line="+9"/>
        <source>Recorded time</source>
        <translation>Durée enregistrée</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+104"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>No recordings in this period.</source>
        <translation>Aucun enregistrement sur cette période.</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recordings per agent against the policy&apos;s caps</source>
        <translation>Enregistrements par agent au regard des plafonds de la politique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Purpose</source>
        <extracomment>Column of the report&apos;s purposes table: the longest single recording for that purpose</extracomment>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Longest</source>
        <translation>Le plus long</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="-117"/>
        <location line="+117"/>
        <location line="+3"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>In force from %1 to %2</source>
        <extracomment>The report&apos;s policy section: from when to when, within the period, a policy was in force</extracomment>
        <translation>En vigueur du %1 au %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No recording policy was in force during this period.</source>
        <translation>Aucune politique d&apos;enregistrement n&apos;était en vigueur pendant cette période.</translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>Agents recorded more than %n time(s)</source>
        <translation>
            <numerusform>Agents enregistrés plus de %n fois</numerusform>
            <numerusform>Agents enregistrés plus de %n fois</numerusform>
        </translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+10"/>
        <location line="+121"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>vigie-report-%1-%2.%3</source>
        <extracomment>File name of the monthly audit report; %1 and %2 are the first and last day, %3 the extension</extracomment>
        <translation>vigie-rapport-%1-%2.%3</translation>
    </message>
</context>
<context>
    <name>AuditReportText</name>
    <message>
        <location filename="../ui/report/AuditReportText.cpp" line="+13"/>
        <source>Figure</source>
        <extracomment>Column of the report&apos;s CSV: which figure the row gives</extracomment>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <extracomment>Column of the report&apos;s CSV: the team, supervisor, purpose... the figure is about</extracomment>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <extracomment>Start of the report&apos;s period</extracomment>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To</source>
        <extracomment>End of the report&apos;s period</extracomment>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of which extensions</source>
        <translation>Dont prolongations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded time (hours)</source>
        <translation>Durée enregistrée (heures)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per team</source>
        <translation>Enregistrements par équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded hours per team</source>
        <translation>Heures enregistrées par équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per supervisor</source>
        <translation>Enregistrements par superviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per station</source>
        <translation>Enregistrements par station</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings per purpose</source>
        <translation>Enregistrements par finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How recordings ended</source>
        <translation>Fin des enregistrements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped early</source>
        <translation>Arrêtés avant terme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended when their time was up</source>
        <translation>Terminés à l’échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended</source>
        <translation>Prolongés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten</source>
        <extracomment>How a recording ended: the supervisor told Vigie to forget it</extracomment>
        <translation>Oubliés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still running, or no end recorded</source>
        <translation>En cours, ou fin non consignée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unconfirmed outcomes</source>
        <translation>Issues non confirmées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts whose answer was lost</source>
        <translation>Démarrages dont la réponse a été perdue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed as recording later</source>
        <translation>Confirmés en enregistrement par la suite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed, time passed</source>
        <translation>Jamais confirmés, durée écoulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts refused or failed, by reason</source>
        <translation>Démarrages refusés ou en échec, par motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agents recorded often</source>
        <translation>Agents souvent enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed when recorded more than (times)</source>
        <translation>Listés au-delà de (nombre de fois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded hours per team and week</source>
        <translation>Heures enregistrées par équipe et par semaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown team</source>
        <translation>équipe inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no purpose given</source>
        <translation>finalité non indiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names pseudonymised</source>
        <translation>Noms pseudonymisés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station</source>
        <extracomment>A site&apos;s report: one of the stations whose audit trail it covers</extracomment>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording policy in force</source>
        <extracomment>The works council&apos;s recording policy, as the administrator set it</extracomment>
        <translation>Politique d&apos;enregistrement en vigueur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most recordings of the agent in 7 days</source>
        <translation>Enregistrements de l&apos;agent sur 7 jours (maximum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most recordings of the agent in 30 days</source>
        <translation>Enregistrements de l&apos;agent sur 30 jours (maximum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most minutes recorded of the agent in 30 days</source>
        <translation>Minutes d&apos;enregistrement de l&apos;agent sur 30 jours (maximum)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts refused by the recording policy</source>
        <translation>Démarrages refusés par la politique d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded hours per purpose</source>
        <translation>Heures enregistrées par finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest recording per purpose (hours)</source>
        <translation>Enregistrement le plus long par finalité (heures)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recording policy</source>
        <extracomment>The report&apos;s policy section: a stretch of the period when no recording policy was in force</extracomment>
        <translation>Aucune politique d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not recorded in the audit trail: the policy set when the report was made</source>
        <extracomment>The report&apos;s policy section: the trail records no policy for the period, so the one set now is shown</extracomment>
        <translation>absente de la piste d&apos;audit&#xa0;: la politique en place lors de l&apos;édition du rapport</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 h %2 min</source>
        <extracomment>Recorded time: hours and minutes, e.g. &quot;12 h 05 min&quot;</extracomment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../ui/report/WeeklyHoursChart.cpp" line="+53"/>
        <source>Week starting</source>
        <translation>Semaine du</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../ui/models/AuditTableModel.cpp" line="+63"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>ID de contact</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <location filename="../ui/text/AuditText.cpp" line="+10"/>
        <source>Start</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extend</source>
        <translation>Prolongation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forget</source>
        <extracomment>Audit action: the supervisor removed a recording Vigie could no longer account for</extracomment>
        <translation>Oubli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention purge</source>
        <translation>Purge de rétention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery</source>
        <extracomment>Audit action: Vigie settled what a crash left behind</extracomment>
        <translation>Reprise après incident</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Daily notice</source>
        <extracomment>Audit action: the recording policy&apos;s notice, confirmed once a day before recording</extracomment>
        <translation>Avis quotidien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recording policy</source>
        <extracomment>Audit action: the works council&apos;s recording policy in force on the station, recorded when it changes</extracomment>
        <translation>Politique d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asked of CXone</source>
        <extracomment>Audit result: the start was asked of CXone; its outcome is in a later entry</extracomment>
        <translation>Demandé à CXone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already recording</source>
        <translation>Déjà en cours d’enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer lost: may be recording</source>
        <translation>Réponse perdue&#xa0;: enregistrement possible</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed recording</source>
        <extracomment>Audit result: a start whose answer was lost turned out to be recording</extracomment>
        <translation>Enregistrement confirmé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused</source>
        <extracomment>Audit result: CXone refused the request</extracomment>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the recording policy</source>
        <extracomment>Audit result: the works council&apos;s recording policy did not allow the start; nothing was sent</extracomment>
        <translation>Refusé par la politique d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not sent</source>
        <extracomment>Audit result: a start asked for that was never sent to CXone</extracomment>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Had already ended</source>
        <translation>Déjà terminé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended by itself</source>
        <translation>Arrivé à échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended while Vigie was closed</source>
        <translation>Terminé pendant que Vigie était fermé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed; its time has passed</source>
        <translation>Jamais confirmé&#xa0;; sa durée est écoulée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Forgotten</source>
        <extracomment>Audit result of Forget</extracomment>
        <translation>Oubliés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old entries removed</source>
        <translation>Anciennes entrées supprimées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovered</source>
        <extracomment>Audit result of Recovery</extracomment>
        <translation>Repris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed by the supervisor</source>
        <extracomment>Audit result: the supervisor confirmed the recording policy&apos;s daily notice</extracomment>
        <translation>Confirmé par le superviseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In force</source>
        <extracomment>Audit result of Recording policy: the policy in the entry applies from then on</extracomment>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CXone user-id</source>
        <translation>user-id CXone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (s)</source>
        <translation>Durée (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor scope</source>
        <translation>Périmètre du superviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact ID</source>
        <translation>ID de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>ConnectionIndicator</name>
    <message>
        <location filename="../ui/panels/ConnectionIndicator.cpp" line="+28"/>
        <source>Loading agents: %1 of %2</source>
        <translation>Chargement des agents&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connection problem: %1 Vigie keeps trying; active recordings keep counting down.</source>
        <translation>Problème de connexion&#xa0;: %1 Vigie continue d&apos;essayer&#x202f;; les enregistrements en cours continuent leur décompte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connection problem: %1</source>
        <translation>Problème de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to the CXone simulator (demo)</source>
        <translation>Connecté au simulateur CXone (démo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Agents updated at %1</source>
        <translation>Agents mis à jour à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection problem</source>
        <extracomment>Accessible description of the banner shown while CXone cannot be reached</extracomment>
        <translation>Problème de connexion</translation>
    </message>
</context>
<context>
    <name>CopyContactIdAction</name>
    <message>
        <location filename="../ui/views/CopyContactIdAction.cpp" line="+19"/>
        <source>&amp;Copy the contact ID</source>
        <extracomment>Context menu of an agent being recorded, or of an active recording</extracomment>
        <translation>&amp;Copier l&apos;ID de contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put the CXone contact ID of this recording on the clipboard</source>
        <translation>Copier dans le presse-papiers l&apos;ID de contact CXone de cet enregistrement</translation>
    </message>
</context>
<context>
    <name>DailyNoticeQuestion</name>
    <message>
        <location filename="../ui/dialogs/DailyNoticeQuestion.cpp" line="+30"/>
        <source>Recording policy</source>
        <translation>Politique d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm it before your first recording of the day.</source>
        <translation>Confirmez-le avant votre premier enregistrement de la journée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I confirm</source>
        <extracomment>Button of the recording policy&apos;s daily notice: the supervisor confirms what it says</extracomment>
        <translation>Je confirme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm the recording policy&apos;s notice</source>
        <translation>Confirmer l&apos;avis de la politique d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start</source>
        <translation>Ne pas démarrer</translation>
    </message>
</context>
<context>
    <name>DesktopNotifications</name>
    <message numerus="yes">
        <location filename="../ui/presenters/DesktopNotifications.cpp" line="+41"/>
        <source>%n recording(s) ended</source>
        <extracomment>Title of the desktop notification when recordings reach their end</extracomment>
        <translation>
            <numerusform>%Ln enregistrement terminé</numerusform>
            <numerusform>%Ln enregistrements terminés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n recording(s) end within %1</source>
        <extracomment>Title of the desktop notification shortly before recordings end; %1 is a duration, as &quot;1 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln enregistrement se termine d&apos;ici %1</numerusform>
            <numerusform>%Ln enregistrements se terminent d&apos;ici %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n recording(s) did not start</source>
        <extracomment>Title of the desktop notification when CXone refused recordings or could not be reached</extracomment>
        <translation>
            <numerusform>Un enregistrement n&apos;a pas démarré</numerusform>
            <numerusform>%Ln enregistrements n&apos;ont pas démarré</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n recording(s) not confirmed</source>
        <extracomment>Title of the desktop notification when CXone&apos;s answer to a start was lost</extracomment>
        <translation>
            <numerusform>%Ln enregistrement non confirmé</numerusform>
            <numerusform>%Ln enregistrements non confirmés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The recording of %1 has ended.</source>
        <translation>L&apos;enregistrement de %1 est terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These recordings have ended: %1.</source>
        <translation>Ces enregistrements sont terminés&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1. To keep recording, extend them in Vigie.</source>
        <translation>
            <numerusform>%1. Pour continuer d&apos;enregistrer, prolongez-le dans Vigie.</numerusform>
            <numerusform>%1. Pour continuer d&apos;enregistrer, prolongez-les dans Vigie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not recorded: %1. The activity log says why.</source>
        <translation>Non enregistrés&#xa0;: %1. Le journal d&apos;activité en donne la raison.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone&apos;s answer was lost: %1 may be recording. Vigie keeps asking CXone; you can stop them.</source>
        <translation>La réponse de CXone s&apos;est perdue&#xa0;: %1 est peut-être en cours d&apos;enregistrement. Vigie continue d&apos;interroger CXone&#x202f;; vous pouvez arrêter ces enregistrements.</translation>
    </message>
</context>
<context>
    <name>DurationPicker</name>
    <message>
        <location filename="../ui/widgets/DurationPicker.cpp" line="+115"/>
        <source>Ends at %1</source>
        <translation>Se termine à %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xact:</source>
        <translation>E&amp;xacte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording duration</source>
        <translation>Durée de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exact recording duration</source>
        <translation>Durée exacte de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours:minutes:seconds, from 0:00:05 to 3:30:00</source>
        <translation>Heures:minutes:secondes, de 0:00:05 à 3:30:00</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hours:minutes:seconds, from 0:00:05 to %1, the longest the recording policy allows for this purpose</source>
        <translation>Heures:minutes:secondes, de 0:00:05 à %1, la durée la plus longue que la politique d&apos;enregistrement autorise pour cette finalité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording end time</source>
        <translation>Heure de fin de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 s</source>
        <extracomment>Duration presets on small buttons; the last one is the longest recording Vigie offers</extracomment>
        <translation>30&#xa0;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5 min</source>
        <translation>5&#xa0;min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>15 min</source>
        <translation>15&#xa0;min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 h</source>
        <translation>1&#xa0;h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 h 30</source>
        <translation>3&#xa0;h&#xa0;30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration preset %1</source>
        <translation>Durée prédéfinie %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record for %1</source>
        <translation>Enregistrer pendant %1</translation>
    </message>
</context>
<context>
    <name>EndingSoonBanner</name>
    <message numerus="yes">
        <location filename="../ui/panels/EndingSoonBanner.cpp" line="+78"/>
        <source>%n recording(s) end soon: %1.</source>
        <translation>
            <numerusform>%Ln enregistrement se termine bientôt&#xa0;: %1.</numerusform>
            <numerusform>%Ln enregistrements se terminent bientôt&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Extend them</source>
        <extracomment>Button of the banner shown shortly before recordings end</extracomment>
        <translation>&amp;Les prolonger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the recordings that end soon</source>
        <translation>Prolonger les enregistrements qui se terminent bientôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give them the duration chosen under Screen recording, from now: Vigie stops each one and starts a new one</source>
        <translation>Leur donner, à partir de maintenant, la durée choisie sous Enregistrement d&apos;écran&#xa0;: Vigie arrête chacun et en démarre un nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Let them end</source>
        <extracomment>Button of the banner shown shortly before recordings end: hide it and let them end</extracomment>
        <translation>Les laisser se terminer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let the recordings end and hide this warning</source>
        <translation>Laisser les enregistrements se terminer et masquer cet avertissement</translation>
    </message>
</context>
<context>
    <name>EvidenceBanner</name>
    <message>
        <location filename="../ui/panels/EvidenceBanner.cpp" line="+39"/>
        <source>Vigie cannot save its list of active recordings (%1): do not close Vigie until this is solved.</source>
        <translation>Vigie ne peut pas enregistrer sa liste des enregistrements en cours (%1)&#xa0;: ne fermez pas Vigie avant que ce soit réglé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence not saved</source>
        <extracomment>Accessible description of the banner shown while the audit trail or the ledger cannot be written</extracomment>
        <translation>Preuves non enregistrées</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message>
        <location filename="../ui/text/EvidenceText.cpp" line="+8"/>
        <source>Vigie is already running (%1). Use the open window: two Vigie windows would lose track of each other&apos;s recordings.</source>
        <translation>Vigie est déjà ouvert (%1). Utilisez la fenêtre ouverte&#xa0;: deux fenêtres Vigie perdraient la trace des enregistrements l&apos;une de l&apos;autre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot write to the audit trail (%1). No recording can start until it can; Stops still go to CXone, and their entries are written as soon as the trail takes them. Free some disk space or tell your administrator.</source>
        <translation>Vigie ne peut pas écrire dans le journal d&apos;audit (%1). Aucun enregistrement ne peut démarrer tant qu&apos;il ne le peut pas&#xa0;; les arrêts partent quand même vers CXone, et leurs entrées sont écrites dès que le journal les accepte. Libérez de l&apos;espace disque ou prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another Vigie (%1) is writing to the audit trail %2. Use its window: two writers would break the trail&apos;s chain.</source>
        <translation>Un autre Vigie (%1) écrit déjà dans le journal d’audit %2. Utilisez sa fenêtre&#xa0;: deux Vigie qui y écrivent briseraient la chaîne du journal.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot write its audit trail %1: its folder cannot be created or written. No recording may start without a trace; tell your administrator.</source>
        <translation>Vigie ne peut pas écrire son journal d&apos;audit %1&#xa0;: son dossier ne peut être ni créé ni écrit. Aucun enregistrement ne doit démarrer sans trace&#xa0;; prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot save its list of active recordings (%1). They are kept in memory and saving is retried every second; do not close Vigie until this is solved.</source>
        <translation>Vigie ne peut pas enregistrer sa liste des enregistrements en cours (%1). Ils sont gardés en mémoire et l&apos;enregistrement est retenté chaque seconde&#x202f;; ne fermez pas Vigie avant que le problème soit résolu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Old entries of the audit trail were not removed: the trail does not verify (%1). Nothing was changed; tell your administrator.</source>
        <translation>Les anciennes entrées de la piste d&apos;audit n&apos;ont pas été supprimées&#xa0;: la piste ne se vérifie pas (%1). Rien n&apos;a été modifié&#x202f;; prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old entries of the audit trail were not removed: this computer&apos;s clock is behind the trail&apos;s newest entry (%1). Check the date and time.</source>
        <translation>Les anciennes entrées de la piste d&apos;audit n&apos;ont pas été supprimées&#xa0;: l&apos;horloge de cet ordinateur est en retard sur l&apos;entrée la plus récente de la piste (%1). Vérifiez la date et l&apos;heure.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Old entries of the audit trail could not be removed (%1). The trail keeps them and stays intact.</source>
        <translation>Les anciennes entrées du journal d&apos;audit n&apos;ont pas pu être supprimées (%1). Le journal les garde et reste intact.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The list of active recordings was damaged (%1). It was kept aside as %2; recordings listed in it may still be running and will end by themselves.</source>
        <translation>La liste des enregistrements en cours était endommagée (%1). Elle a été mise de côté sous %2&#x202f;; les enregistrements qu&apos;elle contenait peuvent être encore en cours et se termineront d&apos;eux-mêmes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vigie cannot keep its events for the site registry on disk (%1). They are still sent, but if Vigie stops before the registry has them, the other stations will not learn of them until it reconnects.</source>
        <translation>Vigie ne peut pas conserver sur le disque ses événements destinés au registre du site (%1). Ils sont tout de même envoyés, mais si Vigie s&apos;arrête avant que le registre les ait reçus, les autres postes ne les apprendront qu&apos;à sa reconnexion.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <location filename="../ui/text/Formatting.cpp" line="+23"/>
        <source>%n h</source>
        <comment>hours, abbreviated</comment>
        <translation>
            <numerusform>%n&#xa0;h</numerusform>
            <numerusform>%n&#xa0;h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <comment>minutes, abbreviated</comment>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n s</source>
        <comment>seconds, abbreviated</comment>
        <translation>
            <numerusform>%n&#xa0;s</numerusform>
            <numerusform>%n&#xa0;s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeyboardShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/KeyboardShortcutsDialog.cpp" line="+53"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Move from the agents to the duration</source>
        <extracomment>Keyboard shortcuts: keys that act on the agent table and the active recordings, after the menus&apos;</extracomment>
        <translation>Passer des agents à la durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the current row</source>
        <translation>Actions de la ligne courante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menu key or Shift+F10</source>
        <translation>Touche Menu ou Maj+F10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move between the parts of the window</source>
        <translation>Passer d&apos;une partie de la fenêtre à l&apos;autre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Maj+Tab</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../ui/menus/LanguageMenu.cpp" line="+41"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>LaunchOptions</name>
    <message>
        <location filename="../app/launch/LaunchOptions.cpp" line="+253"/>
        <source>Kiosk mode needs the administrator PIN hash in Kiosk/PinHash of the configuration; this one cannot be used: %1 (create it with: vigie --hash-pin)</source>
        <extracomment>%1 says what is wrong with the PIN hash (in English, for the administrator)</extracomment>
        <translation>Le mode kiosque a besoin de l&apos;empreinte du code PIN administrateur dans Kiosk/PinHash de la configuration&#x202f;; celle-ci est inutilisable&#xa0;: %1 (créez-la avec&#xa0;: vigie --hash-pin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kiosk mode needs the folder where CSV exports go, as an absolute path in Kiosk/ExportFolder of the configuration: a kiosk station opens no file dialog.</source>
        <translation>Le mode kiosque a besoin du dossier des exports CSV, en chemin absolu, dans Kiosk/ExportFolder de la configuration&#xa0;: un poste kiosque n&apos;ouvre aucune boîte de dialogue de fichiers.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The administrator PIN hash in Kiosk/PinHash is of the old PBKDF2 kind, which is cheap to guess from a copy of the configuration. It still works, but replace it: run vigie --hash-pin and put the Argon2id hash it prints in Kiosk/PinHash.</source>
        <translation>Le hachage du code PIN administrateur dans Kiosk/PinHash est de l&apos;ancien type PBKDF2, facile à deviner à partir d&apos;une copie de la configuration. Il fonctionne encore, mais remplacez-le&#xa0;: lancez vigie --hash-pin et placez dans Kiosk/PinHash le hachage Argon2id qu&apos;il affiche.</translation>
    </message>
</context>
<context>
    <name>LeavingWithRecordings</name>
    <message>
        <location filename="../ui/window/LeavingWithRecordings.cpp" line="+229"/>
        <location line="+33"/>
        <source>Recordings are running</source>
        <translation>Des enregistrements sont en cours</translation>
    </message>
    <message numerus="yes">
        <location line="-48"/>
        <source>%n recording(s) started from Vigie are still running in CXone. If you quit, CXone goes on recording until each one&apos;s end time (the last at %1), and Vigie lists them again when it starts.</source>
        <translation>
            <numerusform>L&apos;enregistrement démarré depuis Vigie est toujours en cours dans CXone. Si vous quittez, CXone continue d&apos;enregistrer jusqu&apos;à l&apos;heure de fin prévue (%1), et Vigie l&apos;affichera de nouveau à son prochain démarrage.</numerusform>
            <numerusform>%Ln enregistrements démarrés depuis Vigie sont toujours en cours dans CXone. Si vous quittez, CXone continue d&apos;enregistrer jusqu&apos;à l&apos;heure de fin de chacun (le dernier à %1), et Vigie les affichera de nouveau à son prochain démarrage.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Stop them and quit</source>
        <extracomment>Button of the question asked when quitting while recordings run</extracomment>
        <translation>&amp;Les arrêter et quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the recordings and quit</source>
        <translation>Arrêter les enregistrements et quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit and &amp;let them run</source>
        <extracomment>Button of the question asked when quitting while recordings run</extracomment>
        <translation>Quitter et les laisser &amp;continuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit and let the recordings run</source>
        <translation>Quitter et laisser les enregistrements continuer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not quit</source>
        <translation>Ne pas quitter</translation>
    </message>
    <message numerus="yes">
        <location line="-132"/>
        <source>%n recording(s) started from Vigie are still running in CXone.</source>
        <translation>
            <numerusform>%Ln enregistrement démarré depuis Vigie est toujours en cours dans CXone.</numerusform>
            <numerusform>%Ln enregistrements démarrés depuis Vigie sont toujours en cours dans CXone.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+151"/>
        <source>If you keep them running, CXone goes on recording until each one&apos;s end time (the last at %1); Vigie keeps counting them down, and you can stop them once you have signed in again.</source>
        <translation>Si vous les laissez continuer, CXone enregistre jusqu&apos;à la fin prévue de chacun (le dernier à %1)&#x202f;; Vigie poursuit le compte à rebours, et vous pourrez les arrêter une fois reconnecté.</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>If you stop them, Vigie asks CXone to stop them all and signs you out as soon as CXone has answered.</source>
        <translation>Si vous les arrêtez, Vigie demande à CXone de tous les arrêter et vous déconnecte dès que CXone a répondu.</translation>
    </message>
    <message numerus="yes">
        <location line="-157"/>
        <location line="+7"/>
        <source>%n recording(s) running</source>
        <translation>
            <numerusform>%Ln enregistrement en cours</numerusform>
            <numerusform>%Ln enregistrements en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <source>%n recording(s) starting</source>
        <translation>
            <numerusform>%Ln enregistrement qui démarre</numerusform>
            <numerusform>%Ln enregistrements qui démarrent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 and %2</source>
        <extracomment>&quot;2 recordings running and 1 starting&quot;: %1 counts the recordings running, %2 those starting</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n starting</source>
        <comment>recordings starting</comment>
        <translation>
            <numerusform>%Ln qui démarre</numerusform>
            <numerusform>%Ln qui démarrent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In CXone, from Vigie: %1.</source>
        <extracomment>%1 as in &quot;2 recordings running and 1 starting&quot;</extracomment>
        <translation>Dans CXone, depuis Vigie&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Stopping them all sends none of the starts still waiting, and stops each start on its way as soon as CXone names its recording.</source>
        <translation>Tout arrêter n&apos;envoie aucun des démarrages encore en attente, et arrête chaque démarrage en route dès que CXone indique son enregistrement.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>If you quit and let them run, CXone goes on recording until each one&apos;s end time (the last at %1), and Vigie lists them again when it starts.</source>
        <translation>Si vous quittez en les laissant continuer, CXone enregistre jusqu&apos;à la fin prévue de chacun (le dernier à %1), et Vigie les affiche de nouveau à son prochain lancement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If you stop them, Vigie asks CXone to stop them all and quits as soon as CXone has answered.</source>
        <translation>Si vous les arrêtez, Vigie demande à CXone de tous les arrêter et se ferme dès que CXone a répondu.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Stop them all and sign out</source>
        <extracomment>Button of the question asked when signing out while recordings run</extracomment>
        <translation>&amp;Tout arrêter et se déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the recordings and sign out</source>
        <translation>Arrêter les enregistrements et se déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep them running and sign out</source>
        <extracomment>Button of the question asked when signing out while recordings run</extracomment>
        <translation>&amp;Les laisser continuer et se déconnecter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the recordings running and sign out</source>
        <translation>Laisser les enregistrements continuer et se déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not sign out</source>
        <translation>Ne pas se déconnecter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Stops not answered yet</source>
        <translation>Arrêts encore sans réponse</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>CXone has not answered %n Stop(s) yet: %1.

If you quit now, Vigie keeps them and sends them when you sign in again after starting it; until then these recordings go on.</source>
        <translation>
            <numerusform>CXone n&apos;a pas encore répondu à %Ln arrêt&#xa0;: %1.

Si vous quittez maintenant, Vigie le conserve et l&apos;envoie quand vous vous reconnecterez après l&apos;avoir relancé&#xa0;; d&apos;ici là, cet enregistrement continue.</numerusform>
            <numerusform>CXone n&apos;a pas encore répondu à %Ln arrêts&#xa0;: %1.

Si vous quittez maintenant, Vigie les conserve et les envoie quand vous vous reconnecterez après l&apos;avoir relancé&#xa0;; d&apos;ici là, ces enregistrements continuent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Wait for CXone</source>
        <translation>&amp;Attendre CXone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wait for CXone</source>
        <translation>Attendre CXone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit anyway</source>
        <translation>&amp;Quitter quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit anyway</source>
        <translation>Quitter quand même</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop everything started from Vigie in CXone now: %1?</source>
        <extracomment>%1 as in &quot;2 recordings running and 1 starting&quot;</extracomment>
        <translation>Arrêter maintenant dans CXone tout ce qui a été lancé depuis Vigie&#xa0;: %1&#x202f;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Stop all recordings</source>
        <translation>Arrêter tous les enregistrements</translation>
    </message>
    <message numerus="yes">
        <location line="-10"/>
        <source>Stop the %n recording(s) running in CXone now?</source>
        <translation>
            <numerusform>Arrêter maintenant l&apos;enregistrement en cours dans CXone&#x202f;?</numerusform>
            <numerusform>Arrêter maintenant les %Ln enregistrements en cours dans CXone&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Stop them all</source>
        <extracomment>Button of the question asked before stopping every recording</extracomment>
        <translation>&amp;Tous les arrêter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Do not stop them</source>
        <translation>Ne pas les arrêter</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/kiosk/LockScreen.cpp" line="+59"/>
        <source>Station locked</source>
        <translation>Poste verrouillé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign in to see agents and recordings.</source>
        <translation>Connectez-vous pour voir les agents et les enregistrements.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was locked after a period without activity.</source>
        <translation>Il a été verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was locked because the CXone session ended.</source>
        <translation>Il a été verrouillé parce que la session CXone a pris fin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Agents and recordings are hidden. Active recordings go on and end as planned.</source>
        <translation>Les agents et les enregistrements sont masqués. Les enregistrements en cours continuent et se terminent comme prévu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign in to unlock</source>
        <translation>&amp;Se connecter pour déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to unlock</source>
        <translation>Se connecter pour déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with your &amp;PIN</source>
        <translation>Déverrouiller avec votre code &amp;PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock with your PIN</source>
        <translation>Déverrouiller avec votre code PIN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vigie signs in with the access key this station remembers for you, after the unlock PIN you chose</source>
        <translation>Vigie se connecte avec la clé d&apos;accès que ce poste mémorise pour vous, après le code PIN de déverrouillage que vous avez choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave kiosk mode…</source>
        <translation>&amp;Quitter le mode kiosque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
</context>
<context>
    <name>MainMenuBar</name>
    <message>
        <location filename="../ui/menus/MainMenuBar.cpp" line="+87"/>
        <source>About Vigie</source>
        <translation>À propos de Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Vigie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Starts and stops screen interaction recordings of NICE CXone agents, and keeps track of every recording until it ends.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vigie %1&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Démarre et arrête les enregistrements d&apos;écran des agents NICE CXone, et suit chaque enregistrement jusqu&apos;à sa fin.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign out and forget the remembered access key</source>
        <translation>Se déconnecter et oublier la clé d&apos;accès mémorisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Leave kiosk mode…</source>
        <translation>&amp;Quitter le mode kiosque…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload agents</source>
        <translation>&amp;Recharger les agents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;cording</source>
        <translation>Enre&amp;gistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Documentation</source>
        <translation>&amp;Guide d&apos;utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Vigie&apos;s guide in your web browser</source>
        <translation>Ouvrir le guide de Vigie dans votre navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Vigie</source>
        <translation>&amp;À propos de Vigie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>More menus</source>
        <extracomment>Button of the menu bar listing the menus that do not fit in the window</extracomment>
        <translation>Autres menus</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/window/MainWindow.cpp" line="+309"/>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vigie — demo with the CXone simulator</source>
        <translation>Vigie — démo avec le simulateur CXone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop &amp;all recordings…</source>
        <translation>Arrêter t&amp;ous les enregistrements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop every recording running in CXone, after a confirmation</source>
        <translation>Arrêter chaque enregistrement en cours dans CXone, après confirmation</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <location filename="../ui/text/OutcomeText.cpp" line="+8"/>
        <source>You are not signed in to CXone. Sign in, then try again.</source>
        <translation>Vous n&apos;êtes pas connecté à CXone. Connectez-vous, puis réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your CXone session has expired. Sign in again to continue.</source>
        <translation>Votre session CXone a expiré. Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your access key is not allowed to do this. Ask your CXone administrator for the permission &quot;Interactions Hub &gt; Record Screen Interaction&quot;.</source>
        <translation>Votre clé d&apos;accès n&apos;a pas le droit de faire cela. Demandez à votre administrateur CXone l&apos;autorisation «&#xa0;Interactions Hub &gt; Record Screen Interaction&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone refused the request as invalid. Check the agent and the duration; if it persists, tell your administrator.</source>
        <translation>CXone a refusé la demande comme invalide. Vérifiez l&apos;agent et la durée&#x202f;; si cela persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone is still processing a previous request for this agent. Wait a few seconds and try again.</source>
        <translation>CXone traite encore une demande précédente pour cet agent. Attendez quelques secondes et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone is busy and asked Vigie to slow down. Try again in a minute.</source>
        <translation>CXone est surchargé et a demandé à Vigie de ralentir. Réessayez dans une minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone had an internal error. Try again; if it persists, contact NICE support.</source>
        <translation>CXone a rencontré une erreur interne. Réessayez&#x202f;; si cela persiste, contactez le support NICE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone did not finish in time. Try again: a repeated request is safe.</source>
        <translation>CXone n&apos;a pas terminé à temps. Réessayez&#xa0;: répéter la demande est sans risque.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone did not answer in time. Check the network and try again.</source>
        <translation>CXone n&apos;a pas répondu à temps. Vérifiez le réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone cannot be reached. Check the network connection and try again.</source>
        <translation>CXone est injoignable. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vigie refused CXone&apos;s secure connection: its certificate or TLS version is not one Vigie trusts. Tell your administrator.</source>
        <translation>Vigie a refusé la connexion sécurisée à CXone&#xa0;: son certificat ou sa version de TLS n&apos;est pas de ceux auxquels Vigie se fie. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The proxy between this computer and CXone refused the connection. Tell your administrator.</source>
        <translation>Le proxy entre cet ordinateur et CXone a refusé la connexion. Prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone answered with something Vigie cannot read. Try again; if it persists, tell your administrator.</source>
        <translation>CXone a répondu quelque chose que Vigie ne sait pas lire. Réessayez&#x202f;; si cela persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone&apos;s answer was far larger than a real one, so Vigie stopped reading it. Try again; if it persists, tell your administrator.</source>
        <translation>La réponse de CXone était bien plus volumineuse qu&apos;une vraie réponse, Vigie a donc cessé de la lire. Réessayez&#xa0;; si le problème persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone answered in an undocumented way. Try again; if it persists, tell your administrator.</source>
        <translation>CXone a répondu d&apos;une manière non documentée. Réessayez&#x202f;; si cela persiste, prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A request for this agent is already on its way. Wait for its result.</source>
        <translation>Une demande pour cet agent est déjà en cours. Attendez son résultat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>La demande a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected happened. Try again.</source>
        <translation>Un problème inattendu s&apos;est produit. Réessayez.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This agent has no CXone user ID, so their screen cannot be recorded.</source>
        <translation>Cet agent n&apos;a pas d&apos;ID utilisateur CXone&#xa0;: son écran ne peut pas être enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This agent is not in the teams you supervise, so Vigie does not record them. Nothing was sent to CXone.</source>
        <translation>Cet agent ne fait pas partie des équipes que vous supervisez&#xa0;: Vigie ne l&apos;enregistre pas. Rien n&apos;a été envoyé à CXone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone does not know this agent. Refresh the agent list and try again.</source>
        <translation>CXone ne connaît pas cet agent. Rechargez la liste des agents et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another station of the site is already recording this agent, so nothing was sent to CXone. The agent list shows who started it and until when.</source>
        <translation>Un autre poste du site enregistre déjà cet agent&#xa0;: rien n&apos;a été envoyé à CXone. La liste des agents indique qui l&apos;a démarré et jusqu&apos;à quand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site registry cannot be reached and this station may not start recordings without it, so nothing was sent to CXone. Try again when it is back, or tell your administrator.</source>
        <translation>Le registre du site est injoignable et ce poste ne peut pas démarrer d&apos;enregistrement sans lui&#xa0;: rien n&apos;a été envoyé à CXone. Réessayez quand il sera revenu, ou prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording policy agreed with the works council does not allow this recording, so nothing was sent to CXone.</source>
        <translation>La politique d&apos;enregistrement convenue avec le CSE n&apos;autorise pas cet enregistrement&#xa0;: rien n&apos;a été envoyé à CXone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vigie could not write the start to its list of recordings on disk, so nothing was sent to CXone. Free some disk space or tell your administrator.</source>
        <translation>Vigie n&apos;a pas pu inscrire ce démarrage dans sa liste des enregistrements sur le disque&#xa0;: rien n&apos;a été envoyé à CXone. Libérez de l&apos;espace disque ou prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vigie could not write the start to the audit trail, so nothing was sent to CXone: no recording starts without a trace. Free some disk space or tell your administrator.</source>
        <translation>Vigie n&apos;a pas pu inscrire ce démarrage dans le journal d&apos;audit&#xa0;: rien n&apos;a été envoyé à CXone, car aucun enregistrement ne démarre sans trace. Libérez de l&apos;espace disque ou prévenez votre administrateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone accepted the request but did not return the contact ID needed to stop it. The recording may be running and will end by itself at its duration.</source>
        <translation>CXone a accepté la demande mais n&apos;a pas renvoyé l&apos;ID de contact nécessaire pour l&apos;arrêter. L&apos;enregistrement est peut-être en cours et se terminera de lui-même à la fin de sa durée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording had already ended.</source>
        <translation>L&apos;enregistrement était déjà terminé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CXone refused this access key. Check the key ID and the secret, and that the key is active.</source>
        <translation>CXone a refusé cette clé d&apos;accès. Vérifiez l&apos;ID de la clé et le secret, et que la clé est active.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This CXone environment was not found. Check the sign-in address.</source>
        <translation>Cet environnement CXone est introuvable. Vérifiez l&apos;adresse de connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>an unnamed issuer</source>
        <translation>un émetteur sans nom</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vigie refused the connection to %1: its certificate was issued by &quot;%2&quot;, which this computer does not trust. If your company inspects secure traffic, your administrator must install the company&apos;s CA certificate in the system&apos;s certificate store (or give it to Vigie alone with [Network] CaFile=).</source>
        <translation>Vigie a refusé la connexion à %1&#xa0;: son certificat a été émis par «&#xa0;%2&#xa0;», auquel cet ordinateur ne se fie pas. Si votre entreprise inspecte le trafic sécurisé, votre administrateur doit installer le certificat de l&apos;autorité de certification (CA) de l&apos;entreprise dans le magasin de certificats du système (ou le donner à Vigie seul avec [Network] CaFile=).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vigie refused the connection to %1: the certificate it showed, issued by &quot;%2&quot;, belongs to another server. Check the sign-in address; if it is right, your administrator must have the certificate issued for %1, or correct the proxy that inspects secure traffic.</source>
        <translation>Vigie a refusé la connexion à %1&#xa0;: le certificat présenté, émis par «&#xa0;%2&#xa0;», appartient à un autre serveur. Vérifiez l&apos;adresse de connexion&#x202f;; si elle est juste, votre administrateur doit faire émettre le certificat pour %1, ou corriger le proxy qui inspecte le trafic sécurisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vigie refused the connection to %1: its certificate, issued by &quot;%2&quot;, has expired or is not valid yet. Check this computer&apos;s date and time; if they are right, your administrator must renew the certificate.</source>
        <translation>Vigie a refusé la connexion à %1&#xa0;: son certificat, émis par «&#xa0;%2&#xa0;», a expiré ou n&apos;est pas encore valide. Vérifiez la date et l&apos;heure de cet ordinateur&#x202f;; si elles sont justes, votre administrateur doit renouveler le certificat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vigie refused the connection to %1: it offers no TLS 1.2 or newer connection, so its certificate and issuer could not even be read. Your administrator must enable TLS 1.2 or 1.3 on that server, or on the proxy that inspects secure traffic.</source>
        <translation>Vigie a refusé la connexion à %1&#xa0;: ce serveur ne propose ni TLS 1.2 ni plus récent, si bien que son certificat et son émetteur n&apos;ont même pas pu être lus. Votre administrateur doit activer TLS 1.2 ou 1.3 sur ce serveur, ou sur le proxy qui inspecte le trafic sécurisé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The proxy %1 refused the connection to %2, or cannot be reached. Ask your administrator to check the proxy (Vigie&apos;s [Network] Proxy= setting or the system&apos;s proxy settings) and that it lets this computer reach %2.</source>
        <translation>Le proxy %1 a refusé la connexion à %2, ou ne peut pas être joint. Demandez à votre administrateur de vérifier le proxy (le réglage [Network] Proxy= de Vigie ou les réglages de proxy du système) et qu&apos;il laisse cet ordinateur joindre %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>in use</source>
        <translation>en service</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>The proxy %1 asks for a user name and password and has accepted none. Sign in again and give your proxy credentials when asked, or ask your administrator.</source>
        <translation>Le proxy %1 demande un nom d&apos;utilisateur et un mot de passe et n&apos;en a accepté aucun. Reconnectez-vous et donnez vos identifiants de proxy quand ils vous sont demandés, ou adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No system keychain is available, so your access key cannot be remembered. Vigie works normally for this session; you will sign in again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: votre clé d&apos;accès ne peut pas être mémorisée. Vigie fonctionne normalement pour cette session&#x202f;; vous vous reconnecterez la prochaine fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain refused access, so your access key was not remembered.</source>
        <translation>Le trousseau système a refusé l&apos;accès&#xa0;: votre clé d&apos;accès n&apos;a pas été mémorisée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>permission missing</source>
        <translation>autorisation manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent busy in CXone, retry</source>
        <translation>agent occupé dans CXone, réessayez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone busy, retry later</source>
        <translation>CXone surchargé, réessayez plus tard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network unreachable</source>
        <translation>réseau injoignable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>certificate refused</source>
        <translation>certificat refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>proxy refused</source>
        <translation>refusé par le proxy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sign in again</source>
        <translation>reconnectez-vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown agent</source>
        <translation>agent inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable answer</source>
        <translation>réponse illisible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid duration</source>
        <translation>durée invalide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not in your teams</source>
        <extracomment>Short reason in a table cell: the agent is not in the supervisor&apos;s teams</extracomment>
        <translation>hors de vos équipes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not saved on disk, not sent</source>
        <extracomment>Short reason in a table cell: the start could not be written to disk, nothing was sent</extracomment>
        <translation>non enregistré sur le disque, non envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit trail unwritable, not sent</source>
        <extracomment>Short reason in a table cell: the start could not be written to the audit trail, nothing was sent</extracomment>
        <translation>journal d&apos;audit inaccessible, non envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answer too large</source>
        <translation>réponse trop volumineuse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recorded from another station</source>
        <extracomment>Short reason in a table cell: another Vigie station records this agent, nothing was sent</extracomment>
        <translation>enregistré depuis un autre poste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>site registry unreachable, not sent</source>
        <extracomment>Short reason in a table cell: the shared site registry is down, nothing was sent</extracomment>
        <translation>registre du site injoignable, non envoyé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not allowed by the recording policy</source>
        <extracomment>Short reason in a table cell: the works council&apos;s recording policy refused it, nothing was sent</extracomment>
        <translation>refusé par la politique d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CXone error</source>
        <translation>erreur CXone</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>The duration must be between 5 seconds and 3 hours 40 minutes (13,200 seconds). Nothing was started.</source>
        <translation>La durée doit être comprise entre 5&#xa0;secondes et 3&#xa0;heures 40&#xa0;minutes (13&#xa0;200&#xa0;secondes). Rien n&apos;a été démarré.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../ui/kiosk/PinDialog.cpp" line="+86"/>
        <source>Unlock the station</source>
        <translation>Déverrouiller le poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the unlock PIN you chose when this station remembered your key. Vigie then signs in with your key, and what you do is recorded under your name.</source>
        <translation>Saisissez le code PIN de déverrouillage choisi quand ce poste a mémorisé votre clé. Vigie se connecte alors avec votre clé, et ce que vous faites est enregistré à votre nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your unlock PIN</source>
        <translation>Votre code PIN de déverrouillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave kiosk mode</source>
        <translation>Quitter le mode kiosque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the administrator PIN to leave kiosk mode.</source>
        <translation>Saisissez le code PIN administrateur pour quitter le mode kiosque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Administrator PIN</source>
        <translation>Code PIN administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access &amp;key ID:</source>
        <translation>&amp;ID de la clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID</source>
        <translation>ID de la clé d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PIN error</source>
        <translation>Erreur de code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm PIN</source>
        <translation>Valider le code PIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrong key ID or PIN.</source>
        <translation>ID de clé ou code PIN incorrect.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The system keychain did not answer. Sign in with your access key&apos;s secret instead.</source>
        <translation>Le trousseau du système n&apos;a pas répondu. Connectez-vous plutôt avec le secret de votre clé d&apos;accès.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Too many wrong PINs. Try again in %n second(s).</source>
        <extracomment>The station refuses PIN attempts for a while after several wrong ones.</extracomment>
        <translation>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n&#xa0;seconde.</numerusform>
            <numerusform>Trop de codes PIN incorrects. Réessayez dans %n&#xa0;secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PolicyText</name>
    <message>
        <location filename="../ui/text/PolicyText.cpp" line="+12"/>
        <source>Allowed again from %1.</source>
        <translation>De nouveau autorisé à partir du %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The recording policy asks you to confirm its daily notice before your first recording of the day. Start again to read and confirm it.</source>
        <translation>La politique d&apos;enregistrement vous demande de confirmer son avis quotidien avant votre premier enregistrement de la journée. Relancez le démarrage pour le lire et le confirmer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording policy does not list this purpose. Choose one of the purposes it allows.</source>
        <translation>La politique d&apos;enregistrement ne prévoit pas cette finalité. Choisissez l&apos;une des finalités qu&apos;elle autorise.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The recording policy allows at most %n minute(s) for this purpose. Choose a shorter duration.</source>
        <translation>
            <numerusform>La politique d&apos;enregistrement autorise au plus %Ln minute pour cette finalité. Choisissez une durée plus courte.</numerusform>
            <numerusform>La politique d&apos;enregistrement autorise au plus %Ln minutes pour cette finalité. Choisissez une durée plus courte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recording policy asks for a justification for this purpose; it is kept in the audit trail.</source>
        <translation>La politique d&apos;enregistrement demande une justification pour cette finalité&#x202f;; elle est conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording policy does not allow recording at this time for this long.</source>
        <translation>La politique d&apos;enregistrement n&apos;autorise pas un enregistrement de cette durée à cette heure.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The recording policy allows %n recording(s) of an agent per 7 days;</source>
        <translation>
            <numerusform>La politique d&apos;enregistrement autorise %Ln enregistrement d&apos;un agent par période de 7 jours&#x202f;;</numerusform>
            <numerusform>La politique d&apos;enregistrement autorise %Ln enregistrements d&apos;un agent par période de 7 jours&#x202f;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>this agent has had %n.</source>
        <translation>
            <numerusform>cet agent en a eu %Ln.</numerusform>
            <numerusform>cet agent en a eu %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-6"/>
        <source>The recording policy allows %n recording(s) of an agent per 30 days;</source>
        <translation>
            <numerusform>La politique d&apos;enregistrement autorise %Ln enregistrement d&apos;un agent par période de 30 jours&#x202f;;</numerusform>
            <numerusform>La politique d&apos;enregistrement autorise %Ln enregistrements d&apos;un agent par période de 30 jours&#x202f;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The recording policy allows %n minute(s) of recording of an agent per 30 days;</source>
        <translation>
            <numerusform>La politique d&apos;enregistrement autorise %Ln minute d&apos;enregistrement d&apos;un agent par période de 30 jours&#x202f;;</numerusform>
            <numerusform>La politique d&apos;enregistrement autorise %Ln minutes d&apos;enregistrement d&apos;un agent par période de 30 jours&#x202f;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%1 of %n recording(s) left this week</source>
        <translation>
            <numerusform>Enregistrements restants cette semaine&#xa0;: %1 sur %Ln</numerusform>
            <numerusform>Enregistrements restants cette semaine&#xa0;: %1 sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n recording(s) left in 30 days</source>
        <translation>
            <numerusform>Enregistrements restants sur 30 jours&#xa0;: %1 sur %Ln</numerusform>
            <numerusform>Enregistrements restants sur 30 jours&#xa0;: %1 sur %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1 of %n minute(s) left in 30 days</source>
        <translation>
            <numerusform>Minutes restantes sur 30 jours&#xa0;: %1 sur %Ln</numerusform>
            <numerusform>Minutes restantes sur 30 jours&#xa0;: %1 sur %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recording not allowed now, nor at any hour in the coming week</source>
        <translation>Enregistrement interdit maintenant, et à toute heure de la semaine à venir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tomorrow at %1</source>
        <extracomment>When recording is next allowed, or until when: a time today, tomorrow, or on a day of the coming week</extracomment>
        <translation>demain à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording allowed now until %1</source>
        <translation>Enregistrement autorisé maintenant jusqu&apos;à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording not allowed now; allowed from %1</source>
        <translation>Enregistrement interdit maintenant&#x202f;; autorisé à partir de %1</translation>
    </message>
</context>
<context>
    <name>ProxyCredentialsDialog</name>
    <message>
        <location filename="../ui/signin/ProxyCredentialsDialog.cpp" line="+69"/>
        <source>Proxy sign-in</source>
        <translation>Connexion au proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The proxy %1 between this computer and CXone asks for your user name and password. Vigie keeps them in the system keychain and gives them to this proxy only.</source>
        <translation>Le proxy %1, entre cet ordinateur et CXone, demande votre nom d&apos;utilisateur et votre mot de passe. Vigie les conserve dans le trousseau du système et ne les donne qu&apos;à ce proxy.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy user name</source>
        <translation>Nom d&apos;utilisateur du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy password</source>
        <translation>Mot de passe du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the proxy credentials</source>
        <translation>Donner les identifiants du proxy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>QuestionText</name>
    <message>
        <location filename="../ui/text/QuestionText.cpp" line="+11"/>
        <source>Stop another station&apos;s recording?</source>
        <extracomment>Title of the question asked before stopping recordings that another Vigie station started</extracomment>
        <translation>Arrêter l&apos;enregistrement d&apos;un autre poste&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n recording(s) were started by another supervisor at another station:</source>
        <translation>
            <numerusform>Cet enregistrement a été démarré par un autre superviseur sur un autre poste&#xa0;:</numerusform>
            <numerusform>%Ln enregistrements ont été démarrés par un autre superviseur sur un autre poste&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopping ends them for the whole site. The audit trail records the stop under your name.</source>
        <translation>L&apos;arrêt vaut pour tout le site. Le journal d&apos;audit enregistre l&apos;arrêt à votre nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Stop them</source>
        <extracomment>Button of the question asked before stopping recordings that another Vigie station started</extracomment>
        <translation>&amp;Les arrêter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Screen recording is off for their team</source>
        <extracomment>Title of the question asked before recording agents whose team has screen recording off</extracomment>
        <translation>Enregistrement d&apos;écran désactivé pour leur équipe</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Screen recording is turned off in CXone for the team of %n agent(s): %1.

CXone will likely refuse to record them, or record nothing. Start anyway?</source>
        <translation>
            <numerusform>L&apos;enregistrement d&apos;écran est désactivé dans CXone pour l&apos;équipe de %1.

CXone refusera probablement de l&apos;enregistrer, ou n&apos;enregistrera rien. Démarrer quand même&#x202f;?</numerusform>
            <numerusform>L&apos;enregistrement d&apos;écran est désactivé dans CXone pour l&apos;équipe de %n agents&#xa0;: %1.

CXone refusera probablement de les enregistrer, ou n&apos;enregistrera rien. Démarrer quand même&#x202f;?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordingHistoryModel</name>
    <message>
        <location filename="../ui/models/RecordingHistoryModel.cpp" line="+36"/>
        <source>unknown</source>
        <extracomment>Shown instead of a contact ID when CXone never confirmed the recording</extracomment>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ended by itself after %1</source>
        <translation>Arrivé à échéance après %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped by the supervisor</source>
        <translation>Arrêté par le superviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Had already ended in CXone</source>
        <translation>Déjà terminé dans CXone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended while Vigie was closed</source>
        <translation>Terminé pendant que Vigie était fermé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed by CXone; ended by time</source>
        <translation>Jamais confirmé par CXone&#x202f;; terminé à l&apos;heure prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never confirmed by CXone; forgotten by the supervisor</source>
        <translation>Jamais confirmé par CXone&#x202f;; oublié par le superviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>ID de contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <extracomment>Column: when the recording started (date and time)</extracomment>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ended</source>
        <extracomment>Column: when the recording ended (date and time)</extracomment>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <extracomment>Column: how long the recording ran</extracomment>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How it ended</source>
        <translation>Issue</translation>
    </message>
</context>
<context>
    <name>RecordingPanel</name>
    <message>
        <location filename="../ui/panels/RecordingPanel.cpp" line="+158"/>
        <source>Select one or more agents in the list.</source>
        <translation>Sélectionnez un ou plusieurs agents dans la liste.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 and %n other(s)</source>
        <extracomment>The selected agents: the first one listed, and how many more</extracomment>
        <translation>
            <numerusform>%1 et %Ln autre</numerusform>
            <numerusform>%1 et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n agent(s) selected.</source>
        <translation>
            <numerusform>%Ln agent sélectionné.</numerusform>
            <numerusform>%Ln agents sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Start anyway</source>
        <extracomment>Button of the question asked when screen recording is off for the agents&apos; team</extracomment>
        <translation>Démarrer quand même</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start recording anyway</source>
        <translation>Démarrer l&apos;enregistrement quand même</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not start</source>
        <translation>Ne pas démarrer</translation>
    </message>
    <message numerus="yes">
        <location line="-76"/>
        <source>%n of the selected agents reached a cap of the recording policy.</source>
        <extracomment>The recording policy&apos;s caps, for a selection of several agents</extracomment>
        <translation>
            <numerusform>%Ln des agents sélectionnés a atteint un plafond de la politique d&apos;enregistrement.</numerusform>
            <numerusform>%Ln des agents sélectionnés ont atteint un plafond de la politique d&apos;enregistrement.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+92"/>
        <source>%1 of %2</source>
        <extracomment>Progress of a batch of requests: done of total</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests to CXone: %1 of %2 done</source>
        <translation>Demandes à CXone&#xa0;: %1 sur %2 traitées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Screen recording</source>
        <translation>Enregistrement d&apos;écran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start recording the selected agents</source>
        <translation>&amp;Démarrer l&apos;enregistrement des agents sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top recording the selected agents</source>
        <translation>Arrê&amp;ter l&apos;enregistrement des agents sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Extend their recordings</source>
        <translation>&amp;Prolonger leurs enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start &amp;recording</source>
        <translation>Démarrer l&apos;&amp;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start recording</source>
        <translation>Démarrer l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record the screens of the selected agents for the chosen duration (Ctrl+R)</source>
        <translation>Enregistrer l&apos;écran des agents sélectionnés pendant la durée choisie (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;top recording</source>
        <translation>Arrê&amp;ter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop recording</source>
        <translation>Arrêter l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recordings of the selected agents (Ctrl+Shift+R)</source>
        <translation>Arrêter les enregistrements des agents sélectionnés (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exte&amp;nd</source>
        <extracomment>Button: give the selected agents&apos; recordings a new duration from now</extracomment>
        <translation>Pro&amp;longer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend recording</source>
        <translation>Prolonger l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected agents&apos; recordings the chosen duration from now (Ctrl+E): CXone cannot extend a recording, so Vigie stops it and starts a new one</source>
        <translation>Donner aux enregistrements des agents sélectionnés la durée choisie à partir de maintenant (Ctrl+E)&#xa0;: CXone ne peut pas prolonger un enregistrement, Vigie l&apos;arrête donc et en démarre un nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Purpose:</source>
        <extracomment>Label of the field saying why the screens are recorded</extracomment>
        <translation>&amp;Finalité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose of the recording</source>
        <translation>Finalité de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why these screens are recorded; kept with each recording in the audit trail</source>
        <translation>Pourquoi ces écrans sont enregistrés&#x202f;; conservée avec chaque enregistrement dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Justification:</source>
        <extracomment>Label of the field where the supervisor says why this recording, when the recording policy asks</extracomment>
        <translation>&amp;Justification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification of the recording</source>
        <translation>Justification de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recording policy asks why this recording is needed; kept in the audit trail</source>
        <translation>La politique d&apos;enregistrement demande pourquoi cet enregistrement est nécessaire&#x202f;; conservée dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <extracomment>Button: do not send the requests of the batch that are still waiting</extracomment>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the remaining requests</source>
        <translation>Annuler les demandes restantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests already sent finish; the others are not sent</source>
        <translation>Les demandes déjà envoyées se terminent&#x202f;; les autres ne sont pas envoyées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Coaching</source>
        <translation>Accompagnement (coaching)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quality review</source>
        <translation>Contrôle qualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back-office audit</source>
        <translation>Audit back-office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation of a complaint</source>
        <translation>Instruction d&apos;une réclamation</translation>
    </message>
</context>
<context>
    <name>RecordingText</name>
    <message>
        <location filename="../ui/text/RecordingText.cpp" line="+17"/>
        <source>May be recording — confirming with CXone…</source>
        <translation>Enregistrement possible — confirmation auprès de CXone…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>May be recording — confirming when %1 signs in again</source>
        <extracomment>%1 is the supervisor who started the recording</extracomment>
        <translation>Enregistrement possible — vérification quand %1 se reconnectera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unconfirmed: stopping at the next sign-in</source>
        <translation>Non confirmé&#xa0;: arrêt à la prochaine connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unconfirmed: stopping when %1 signs in again</source>
        <extracomment>%1 is the supervisor who started the recording</extracomment>
        <translation>Non confirmé&#xa0;: arrêt quand %1 se reconnectera</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stop not answered: trying again</source>
        <translation>Arrêt sans réponse&#xa0;: nouvel essai en cours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stop kept: sent when %1 signs in again</source>
        <extracomment>%1 is the supervisor who pressed Stop</extracomment>
        <translation>Arrêt conservé&#xa0;: envoyé quand %1 se reconnectera</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Being started by %1 (%2)</source>
        <extracomment>Another Vigie station is starting a recording of this agent: supervisor, station</extracomment>
        <translation>En cours de démarrage par %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be recorded by %1 (%2) until %3</source>
        <extracomment>Another station&apos;s start whose answer was lost: supervisor, station, latest end time</extracomment>
        <translation>Peut-être enregistré par %1 (%2) jusqu&apos;à %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded by %1 (%2) until %3</source>
        <extracomment>Another Vigie station records this agent: supervisor, station, end time</extracomment>
        <translation>Enregistré par %1 (%2) jusqu&apos;à %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Screen recording is on for this team in CXone.</source>
        <translation>L&apos;enregistrement d&apos;écran est activé pour cette équipe dans CXone.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screen recording is turned off for this team in CXone: a recording will likely be refused or record nothing.</source>
        <translation>L&apos;enregistrement d&apos;écran est désactivé pour cette équipe dans CXone&#xa0;: un enregistrement sera probablement refusé ou n&apos;enregistrera rien.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CXone did not say whether screen recording is on for this team.</source>
        <translation>CXone n&apos;a pas indiqué si l&apos;enregistrement d&apos;écran est activé pour cette équipe.</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>Unconfirmed: stopping once CXone answers</source>
        <translation>Non confirmé&#xa0;: arrêt dès que CXone répond</translation>
    </message>
</context>
<context>
    <name>RecordingsTabs</name>
    <message>
        <location filename="../ui/panels/RecordingsTabs.cpp" line="+142"/>
        <source>No recording is running. Select agents and press Start.</source>
        <translation>Aucun enregistrement en cours. Sélectionnez des agents et appuyez sur «&#xa0;Démarrer l&apos;enregistrement&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No recording has ended yet.</source>
        <translation>Aucun enregistrement terminé pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No station of the site is recording.</source>
        <translation>Aucun poste du site n&apos;enregistre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site registry cannot be reached: other stations&apos; recordings are not shown.</source>
        <translation>Le registre du site est injoignable&#xa0;: les enregistrements des autres postes ne sont pas affichés.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Forget unconfirmed recordings</source>
        <translation>Oublier des enregistrements non confirmés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CXone never confirmed these recordings: %1. If CXone did start them, they go on until the end time shown and Vigie will no longer be able to stop them. Stop asking CXone about them?</source>
        <translation>CXone n&apos;a jamais confirmé ces enregistrements&#xa0;: %1. Si CXone les a bien démarrés, ils continuent jusqu&apos;à l&apos;heure de fin affichée et Vigie ne pourra plus les arrêter. Cesser d&apos;interroger CXone à leur sujet&#x202f;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forget them</source>
        <translation>Les oublier</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Active recordings</source>
        <translation>Enregistrements en cours</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>History</source>
        <extracomment>Tab of the recordings that have ended</extracomment>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Activity log</source>
        <translation>Journal d&apos;activité</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Recordings</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete stops the selected recordings; the Menu key or Shift+F10 opens the actions of the current one</source>
        <translation>Suppr arrête les enregistrements sélectionnés&#x202f;; la touche Menu ou Maj+F10 ouvre les actions de l&apos;enregistrement courant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+1"/>
        <source>Stop the selected recordings</source>
        <translation>Arrêter les enregistrements sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the recordings selected in this list (Delete); an unconfirmed one is confirmed with CXone first, then stopped</source>
        <translation>Arrêter les enregistrements sélectionnés dans cette liste (Suppr)&#x202f;; un enregistrement non confirmé est d&apos;abord confirmé auprès de CXone, puis arrêté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mine</source>
        <extracomment>Active recordings: show this station&apos;s recordings only</extracomment>
        <translation>Les miens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show my recordings</source>
        <translation>Afficher mes enregistrements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recordings started from this station</source>
        <translation>Les enregistrements démarrés depuis ce poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole site</source>
        <extracomment>Active recordings: show the recordings of every station of the site</extracomment>
        <translation>Tout le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the whole site&apos;s recordings</source>
        <translation>Afficher les enregistrements de tout le site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every station&apos;s recordings, as the site registry shows them, with who started each and from which station</source>
        <translation>Les enregistrements de tous les postes, tels que le registre du site les montre, avec qui a démarré chacun et depuis quel poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recordings of the whole site</source>
        <translation>Enregistrements de tout le site</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+5"/>
        <location line="+1"/>
        <source>Forget the selected unconfirmed recordings</source>
        <translation>Oublier les enregistrements non confirmés sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop asking CXone about the unconfirmed recordings selected in this list</source>
        <translation>Ne plus interroger CXone au sujet des enregistrements non confirmés sélectionnés dans cette liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording history</source>
        <translation>Historique des enregistrements</translation>
    </message>
</context>
<context>
    <name>RegistryBanner</name>
    <message>
        <location filename="../ui/panels/RegistryBanner.cpp" line="+24"/>
        <source>The site registry cannot be reached since %1 (%2). Recordings started by other stations are not shown, and this station starts no recording until it is back.</source>
        <translation>Le registre du site est injoignable depuis %1 (%2). Les enregistrements démarrés par les autres postes ne sont pas affichés, et ce poste ne démarre aucun enregistrement avant son retour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The site registry cannot be reached since %1 (%2). Recordings started by other stations are not shown; what this station does is kept and sent when it is back.</source>
        <translation>Le registre du site est injoignable depuis %1 (%2). Les enregistrements démarrés par les autres postes ne sont pas affichés&#x202f;; ce que fait ce poste est conservé et envoyé à son retour.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Site registry unreachable</source>
        <extracomment>Accessible description of the banner shown while the shared site registry is unreachable</extracomment>
        <translation>Registre du site injoignable</translation>
    </message>
</context>
<context>
    <name>RowButtonsDelegate</name>
    <message>
        <location filename="../ui/views/RowButtonsDelegate.cpp" line="+29"/>
        <source>Stop</source>
        <extracomment>Button in each row of the active recordings: stop this recording now</extracomment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget</source>
        <extracomment>Button of an unconfirmed recording: stop asking CXone about it</extracomment>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>ScopeText</name>
    <message>
        <location filename="../ui/text/ScopeText.cpp" line="+8"/>
        <source>All agents</source>
        <extracomment>The agents panel&apos;s scope line when no scope is configured</extracomment>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your teams: %1</source>
        <translation>Vos équipes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your teams: looking them up in CXone…</source>
        <translation>Vos équipes&#xa0;: recherche dans CXone…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No agent is listed: this station shows only the teams you lead, and CXone did not say who signed in. Ask your administrator to check the station&apos;s scope.</source>
        <translation>Aucun agent n&apos;est affiché&#xa0;: ce poste ne montre que les équipes que vous dirigez, et CXone n&apos;a pas indiqué qui s&apos;est connecté. Demandez à votre administrateur de vérifier le périmètre du poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent is listed: this station shows only the teams you lead, and you lead no team in CXone. Ask your administrator to check the station&apos;s scope.</source>
        <translation>Aucun agent n&apos;est affiché&#xa0;: ce poste ne montre que les équipes que vous dirigez, et vous ne dirigez aucune équipe dans CXone. Demandez à votre administrateur de vérifier le périmètre du poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent is listed: no team set for this station (%1) exists in CXone, and you lead no team there. Ask your administrator to check Scope/Teams.</source>
        <translation>Aucun agent n&apos;est affiché&#xa0;: aucune équipe définie pour ce poste (%1) n&apos;existe dans CXone, et vous n&apos;y dirigez aucune équipe. Demandez à votre administrateur de vérifier Scope/Teams.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No agent is listed: no team set for this station (%1) exists in CXone. Ask your administrator to check Scope/Teams.</source>
        <translation>Aucun agent n&apos;est affiché&#xa0;: aucune équipe définie pour ce poste (%1) n&apos;existe dans CXone. Demandez à votre administrateur de vérifier Scope/Teams.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every agent of the CXone tenant is listed and can be recorded.</source>
        <translation>Tous les agents du locataire CXone sont affichés et peuvent être enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vigie lists, and records, only the agents of these teams, as your administrator set for this station.</source>
        <translation>Vigie n&apos;affiche et n&apos;enregistre que les agents de ces équipes, comme votre administrateur l&apos;a défini pour ce poste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set for this station but unknown to CXone: %1.</source>
        <translation>Définies pour ce poste mais inconnues de CXone&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>SessionAnnouncer</name>
    <message>
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+32"/>
        <source>The agent list could not be loaded: %1</source>
        <translation>La liste des agents n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connection to CXone restored.</source>
        <translation>Connexion à CXone rétablie.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="+49"/>
        <source>Recording of %1 did not start. %2 (%3)</source>
        <translation>L&apos;enregistrement de %1 n&apos;a pas démarré. %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording of %1 had already ended.</source>
        <translation>L&apos;enregistrement de %1 était déjà terminé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording of %1 stopped.</source>
        <translation>Enregistrement de %1 arrêté.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording of %1 could not be stopped. %2 (%3)</source>
        <translation>L&apos;enregistrement de %1 n&apos;a pas pu être arrêté. %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+39"/>
        <source>The list of active recordings is saved again.</source>
        <translation>La liste des enregistrements en cours est de nouveau sauvegardée.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="+42"/>
        <source>The recording of %1 was stopped by %2 from station %3.</source>
        <translation>L&apos;enregistrement de %1 a été arrêté par %2 depuis le poste %3.</translation>
    </message>
    <message>
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+24"/>
        <source>The audit trail is written again: recordings can start.</source>
        <translation>Le journal d&apos;audit s&apos;écrit de nouveau&#xa0;: les enregistrements peuvent démarrer.</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Agent list loaded from CXone.</source>
        <translation>Liste des agents chargée depuis CXone.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="-58"/>
        <source>Recording of %1 did not start. %2 %3</source>
        <translation>L&apos;enregistrement de %1 n&apos;a pas démarré. %2 %3</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>CXone has not answered %n Stop(s) yet: %1. Vigie keeps them and sends them when you sign in again; until then these recordings go on.</source>
        <translation>
            <numerusform>CXone n&apos;a pas encore répondu à %Ln arrêt&#xa0;: %1. Vigie le conserve et l&apos;envoie quand vous vous reconnecterez&#xa0;; d&apos;ici là, cet enregistrement continue.</numerusform>
            <numerusform>CXone n&apos;a pas encore répondu à %Ln arrêts&#xa0;: %1. Vigie les conserve et les envoie quand vous vous reconnecterez&#xa0;; d&apos;ici là, ces enregistrements continuent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+104"/>
        <source>%n message(s) about agents and recordings arrived while the station was locked: see the activity log.</source>
        <translation>
            <numerusform>%n message sur les agents et les enregistrements est arrivé pendant que le poste était verrouillé&#xa0;: consultez le journal d&apos;activité.</numerusform>
            <numerusform>%n messages sur les agents et les enregistrements sont arrivés pendant que le poste était verrouillé&#xa0;: consultez le journal d&apos;activité.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some teams set for this station do not exist in CXone: %1. Their agents cannot be listed.</source>
        <translation>Certaines équipes définies pour ce poste n&apos;existent pas dans CXone&#xa0;: %1. Leurs agents ne peuvent pas être affichés.</translation>
    </message>
    <message>
        <location filename="../ui/text/RecordingEventText.cpp" line="-74"/>
        <source>%1 is already recorded by %2 from station %3 until %4: nothing new was started.</source>
        <translation>%1 est déjà enregistré par %2 depuis le poste %3 jusqu&apos;à %4&#xa0;: aucun nouvel enregistrement n&apos;a été démarré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already being recorded; that recording ends at %2 and was not changed.</source>
        <translation>%1 est déjà en cours d&apos;enregistrement&#x202f;; cet enregistrement se termine à %2 et n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CXone confirmed the recording of %1 (contact %2); it ends at %3.</source>
        <translation>CXone a confirmé l&apos;enregistrement de %1 (contact %2)&#x202f;; il se termine à %3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recording %1 until %2 (contact %3).</source>
        <translation>Enregistrement de %1 jusqu&apos;à %2 (contact %3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording of %1 is running but could not be saved to disk yet.</source>
        <translation>L&apos;enregistrement de %1 est en cours mais n&apos;a pas encore pu être sauvegardé sur le disque.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The recording of %1 was not extended and goes on as it was. %2 %3</source>
        <translation>L&apos;enregistrement de %1 n&apos;a pas été prolongé et continue comme avant. %2 %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording of %1 was not extended and goes on as it was. %2 (%3)</source>
        <translation>L&apos;enregistrement de %1 n&apos;a pas été prolongé et continue comme avant. %2 (%3)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>CXone&apos;s answer about %1 was lost (%2). %1 may be recording: Vigie keeps asking CXone and shows the recording as unconfirmed until it knows. It cannot go on past %3.</source>
        <translation>La réponse de CXone concernant %1 a été perdue (%2). %1 est peut-être en cours d&apos;enregistrement&#xa0;: Vigie continue d&apos;interroger CXone et affiche l&apos;enregistrement comme non confirmé jusqu&apos;à en être sûr. Il ne peut pas durer au-delà de %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not in your scope, and CXone never confirmed the recording %2 started: asking CXone again would start one under your name. The stop is kept and sent when %2 signs in again; until then %1 may be recorded until %3.</source>
        <translation>%1 n&apos;est pas dans votre périmètre, et CXone n&apos;a jamais confirmé l&apos;enregistrement démarré par %2&#xa0;: redemander à CXone en démarrerait un à votre nom. L&apos;arrêt est conservé et envoyé quand %2 se reconnectera&#x202f;; d&apos;ici là, %1 peut être enregistré jusqu&apos;à %3.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No answer came from CXone to the Stop of %1&apos;s recording, started by %2 from station %3, before that recording reached its end: whether it stopped early is not known.</source>
        <translation>CXone n&apos;a pas répondu à l&apos;arrêt de l&apos;enregistrement de %1, lancé par %2 depuis le poste %3, avant que cet enregistrement n&apos;arrive à son terme&#xa0;: on ne sait pas s&apos;il s&apos;est arrêté plus tôt.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>CXone never confirmed the recording of %1. Had it started, it has now ended by itself.</source>
        <translation>CXone n&apos;a jamais confirmé l&apos;enregistrement de %1. S&apos;il avait commencé, il s&apos;est maintenant terminé de lui-même.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vigie no longer asks CXone about %1. If CXone did start that recording, it goes on until %2 and cannot be stopped from Vigie.</source>
        <translation>Vigie n&apos;interroge plus CXone au sujet de %1. Si CXone a bien commencé cet enregistrement, il continue jusqu&apos;à %2 et ne peut pas être arrêté depuis Vigie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recording of %1 has ended.</source>
        <translation>L&apos;enregistrement de %1 est terminé.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n recording(s) will end within %1: %2. Extend them to keep recording.</source>
        <extracomment>%1 is a duration, as &quot;1 min&quot; or &quot;2 min 30 s&quot;</extracomment>
        <translation>
            <numerusform>%Ln enregistrement se termine d&apos;ici %1&#xa0;: %2. Prolongez-le pour continuer d&apos;enregistrer.</numerusform>
            <numerusform>%Ln enregistrements se terminent d&apos;ici %1&#xa0;: %2. Prolongez-les pour continuer d&apos;enregistrer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <extracomment>One failed request in the batch summary: agent name (short reason)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done: %n request(s) succeeded out of %1</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n demande réussie sur %1</numerusform>
            <numerusform>Terminé&#xa0;: %n demandes réussies sur %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n en échec</numerusform>
            <numerusform>%n en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cancelled.</source>
        <translation>
            <numerusform>%n annulée.</numerusform>
            <numerusform>%n annulées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed: %1.</source>
        <translation>En échec&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n may be recording, being confirmed with CXone: %1.</source>
        <translation>
            <numerusform>%n est peut-être en cours d&apos;enregistrement, en cours de confirmation auprès de CXone&#xa0;: %1.</numerusform>
            <numerusform>%n sont peut-être en cours d&apos;enregistrement, en cours de confirmation auprès de CXone&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/presenters/SessionAnnouncer.cpp" line="+106"/>
        <source>%n recording(s) still running were restored.</source>
        <translation>
            <numerusform>%n enregistrement encore en cours a été restauré.</numerusform>
            <numerusform>%n enregistrements encore en cours ont été restaurés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Starting %n recording(s) of %1…</source>
        <translation>
            <numerusform>Démarrage d&apos;un enregistrement de %1…</numerusform>
            <numerusform>Démarrage de %Ln enregistrements de %1…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Extending the recording of %1 to %2: CXone cannot change a running recording, so Vigie stops it and starts a new one.</source>
        <translation>Prolongation de l&apos;enregistrement de %1 à %2&#xa0;: CXone ne peut pas modifier un enregistrement en cours, Vigie l&apos;arrête donc et en démarre un nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the purpose of the recording first: it is kept in the audit trail.</source>
        <translation>Indiquez d&apos;abord la finalité de l&apos;enregistrement&#xa0;: elle est conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The recording policy asks why this recording is needed: write a justification first. It is kept in the audit trail.</source>
        <translation>La politique d&apos;enregistrement demande pourquoi cet enregistrement est nécessaire&#xa0;: saisissez d&apos;abord une justification. Elle est conservée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None of the selected agents is being recorded.</source>
        <translation>Aucun des agents sélectionnés n&apos;est en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select one or more active recordings to stop.</source>
        <translation>Sélectionnez un ou plusieurs enregistrements en cours à arrêter.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Stopping %n recording(s): Vigie quits as soon as CXone has answered.</source>
        <translation>
            <numerusform>Arrêt d&apos;un enregistrement&#xa0;: Vigie se ferme dès que CXone a répondu.</numerusform>
            <numerusform>Arrêt de %Ln enregistrements&#xa0;: Vigie se ferme dès que CXone a répondu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Stopping %n recording(s): Vigie signs you out as soon as CXone has answered.</source>
        <translation>
            <numerusform>Arrêt d&apos;un enregistrement&#xa0;: Vigie vous déconnecte dès que CXone a répondu.</numerusform>
            <numerusform>Arrêt de %Ln enregistrements&#xa0;: Vigie vous déconnecte dès que CXone a répondu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The station was locked after a period without activity.</source>
        <translation>Le poste a été verrouillé après une période d&apos;inactivité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The station was locked because the CXone session ended.</source>
        <translation>Le poste a été verrouillé parce que la session CXone a pris fin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Vigie is already open: here it is.</source>
        <translation>Vigie est déjà ouvert&#xa0;: le voici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This station is in kiosk mode. An administrator can leave it from Session &gt; Leave kiosk mode.</source>
        <translation>Ce poste est en mode kiosque. Un administrateur peut le quitter par Session &gt; Quitter le mode kiosque.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This station is in kiosk mode: Vigie opens no file dialog, printer, web page or other program here. Exports go to the folder set by the administrator.</source>
        <translation>Ce poste est en mode kiosque&#xa0;: Vigie n&apos;y ouvre ni boîte de dialogue de fichiers, ni imprimante, ni page web, ni autre programme. Les exports vont dans le dossier choisi par l&apos;administrateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not in your teams, or is being handled already: the recording started by %2 from station %3 was not stopped.</source>
        <translation>%1 n&apos;est pas dans vos équipes, ou une demande est déjà en cours&#xa0;: l&apos;enregistrement démarré par %2 depuis le poste %3 n&apos;a pas été arrêté.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/SettingsDialog.cpp" line="+98"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Warn before a recording ends:</source>
        <translation>&amp;Prévenir avant la fin d&apos;un enregistrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds before its end a recording is announced</source>
        <translation>Nombre de secondes avant sa fin où un enregistrement est annoncé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <extracomment>Suffix of a number of seconds</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never</source>
        <extracomment>The ending warning set to 0 seconds</extracomment>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop &amp;notifications and taskbar alerts</source>
        <translation>&amp;Notifications du bureau et alertes de la barre des tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When a recording ends, is about to end, does not start or is not confirmed</source>
        <translation>Quand un enregistrement se termine, va se terminer, ne démarre pas ou n&apos;est pas confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signin/SignInDialog.cpp" line="+167"/>
        <source>The unlock PIN takes digits only.</source>
        <translation>Le code PIN de déverrouillage ne comporte que des chiffres.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The unlock PIN needs %n digit(s) or more.</source>
        <translation>
            <numerusform>Le code PIN de déverrouillage doit comporter au moins %Ln chiffre.</numerusform>
            <numerusform>Le code PIN de déverrouillage doit comporter au moins %Ln chiffres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the same unlock PIN twice.</source>
        <translation>Saisissez deux fois le même code PIN de déverrouillage.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This PIN, and no one else&apos;s, unlocks the station with your remembered key.</source>
        <translation>Ce code PIN, et celui de personne d&apos;autre, déverrouille le poste avec votre clé mémorisée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sign in to CXone</source>
        <translation>Connexion à CXone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in to the demo tenant, served by the CXone simulator built into Vigie on this computer (%1). Its access key is filled in: press Sign in.</source>
        <translation>Connectez-vous au locataire de démonstration, servi par le simulateur CXone intégré à Vigie sur cet ordinateur (%1). Sa clé d&apos;accès est déjà saisie&#xa0;: appuyez sur «&#xa0;Se connecter&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in to %1 with your CXone access key. You can create one in CXone under your profile &gt; Access keys.</source>
        <translation>Connectez-vous à %1 avec votre clé d&apos;accès CXone. Vous pouvez en créer une dans CXone, dans votre profil &gt; Clés d&apos;accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access &amp;key ID:</source>
        <translation>ID de la &amp;clé d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key ID</source>
        <translation>ID de la clé d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access key secret</source>
        <translation>Secret de la clé d&apos;accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remember my key in the system keychain</source>
        <translation>&amp;Mémoriser ma clé dans le trousseau système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember my key</source>
        <translation>Mémoriser ma clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key is stored only in the operating system&apos;s keychain, never in a file.</source>
        <translation>La clé n&apos;est conservée que dans le trousseau du système d&apos;exploitation, jamais dans un fichier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock PIN:</source>
        <translation>Code PIN de &amp;déverrouillage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same PIN a&amp;gain:</source>
        <translation>Même code PIN, à &amp;nouveau&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unlock PIN</source>
        <translation>Votre code PIN de déverrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unlock PIN, again</source>
        <translation>Votre code PIN de déverrouillage, à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock PIN advice</source>
        <translation>Conseil sur le code PIN de déverrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing in</source>
        <translation>Connexion en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../ui/signin/SignInFlow.cpp" line="+55"/>
        <source>The system keychain refused to keep your proxy credentials: Vigie will ask for them again next time.</source>
        <translation>Le trousseau du système a refusé de conserver vos identifiants de proxy&#xa0;: Vigie vous les redemandera la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No system keychain is available to keep your proxy credentials: Vigie will ask for them again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible pour conserver vos identifiants de proxy&#xa0;: Vigie vous les redemandera la prochaine fois.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your proxy credentials are remembered in the system keychain.</source>
        <translation>Vos identifiants de proxy sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Your access key is remembered in the system keychain.</source>
        <translation>Votre clé d&apos;accès est mémorisée dans le trousseau système.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This station has no CXone application registration (client ID). Ask your administrator to provision Vigie&apos;s configuration file.</source>
        <translation>Ce poste n&apos;a pas d&apos;inscription d&apos;application CXone (client ID). Demandez à votre administrateur d&apos;installer le fichier de configuration de Vigie.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Signed out. Your remembered key was forgotten.</source>
        <translation>Déconnecté. Votre clé mémorisée a été oubliée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Signing in to CXone…</source>
        <translation>Connexion à CXone…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signed in to CXone as %1.</source>
        <translation>Connecté à CXone en tant que %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <source>Sign-in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The proxy&apos;s credentials are given. Sign in again.</source>
        <translation>Les identifiants du proxy sont donnés. Reconnectez-vous.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Without its credentials, the proxy %1 lets Vigie reach nothing.</source>
        <translation>Sans identifiants, le proxy %1 ne laisse Vigie joindre aucun serveur.</translation>
    </message>
</context>
<context>
    <name>SiteRecordingsModel</name>
    <message>
        <location filename="../ui/models/SiteRecordingsModel.cpp" line="+83"/>
        <source>unconfirmed</source>
        <extracomment>Whole site: a start whose answer its station lost; it may be recording</extracomment>
        <translation>non confirmé</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started by</source>
        <extracomment>Column: the supervisor (access key) who started the recording</extracomment>
        <translation>Démarré par</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Station</source>
        <extracomment>Column: the Vigie station the recording was started from</extracomment>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends at</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact ID</source>
        <translation>ID de contact</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <location filename="../ui/menus/TrayIcon.cpp" line="+75"/>
        <source>Vigie: no recording running</source>
        <translation>Vigie&#xa0;: aucun enregistrement en cours</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Vigie: %n recording(s) running, the next ends at %1</source>
        <extracomment>Tooltip of the tray icon</extracomment>
        <translation>
            <numerusform>Vigie&#xa0;: %Ln enregistrement en cours, il se termine à %1</numerusform>
            <numerusform>Vigie&#xa0;: %Ln enregistrements en cours, le prochain se termine à %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vigie</source>
        <translation>Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show Vigie</source>
        <translation>&amp;Afficher Vigie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
</TS>
