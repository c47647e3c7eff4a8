<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Loading the demo assessments</source>
        <translation>Chargement des évaluations de démonstration</translation>
    </message>
    <message>
        <source>scfield cannot open the database</source>
        <translation>scfield ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Ville, pays</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>éléments probants insuffisants ({k} éléments notés sur {n})</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Secteur public</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Secteur privé</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Milieu universitaire</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Citoyens</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Your earlier work is saved. The details were written to the log file.</source>
        <translation>Une erreur s&apos;est produite ({name}). Votre travail précédent est enregistré. Les détails ont été écrits dans le fichier journal.</translation>
    </message>
    <message>
        <source>scfield</source>
        <translation>scfield</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The report file cannot be read: {path}</source>
        <translation>Le fichier du rapport ne peut pas être lu : {path}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L&apos;imprimante n&apos;a pas pu être démarrée.</translation>
    </message>
    <message>
        <source>Printing page {n} of {total}…</source>
        <translation>Impression de la page {n} sur {total}…</translation>
    </message>
    <message>
        <source>{path}: cannot save the report ({problem})</source>
        <translation>{path} : impossible d’enregistrer le rapport ({problem})</translation>
    </message>
    <message>
        <source>Start a &amp;re-assessment…</source>
        <translation>Commencer une &amp;réévaluation…</translation>
    </message>
    <message>
        <source>A new draft of the same place, with the profile, level and team copied; the previous scores are shown beside the new ones as a reference</source>
        <translation>Un nouveau brouillon pour le même lieu, avec le profil, le niveau et l&apos;équipe recopiés ; les notes précédentes sont affichées à côté des nouvelles, pour référence</translation>
    </message>
    <message>
        <source>Start a re-assessment</source>
        <translation>Commencer une réévaluation</translation>
    </message>
    <message>
        <source>Title of the re-assessment of “{title}”:</source>
        <translation>Titre de la réévaluation de « {title} » :</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{score} (provisional: the median of the proposals)</source>
        <translation>{score} (provisoire : la médiane des propositions)</translation>
    </message>
    <message>
        <source>Previous assessment ({date}): {score}</source>
        <translation>Évaluation précédente ({date}) : {score}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>“{title}”, for reference only: it is not a proposal and does not count in this assessment&apos;s scores.</source>
        <translation>« {title} », pour référence seulement : ce n&apos;est pas une proposition et elle ne compte pas dans les notes de cette évaluation.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the signed assessment</source>
        <translation>Modifier l&apos;évaluation signée</translation>
    </message>
    <message>
        <source>Amending “{title}” makes it editable again and prints it as DRAFT until it is signed again. The signed version and its fingerprint stay in the history, with your reason.</source>
        <translation>Modifier « {title} » la rend de nouveau modifiable et l&apos;imprime comme BROUILLON jusqu&apos;à une nouvelle signature. La version signée et son empreinte restent dans l&apos;historique, avec votre motif.</translation>
    </message>
    <message>
        <source>Why is it amended? (required)</source>
        <translation>Pourquoi est-elle modifiée ? (obligatoire)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimer la synthèse…</translation>
    </message>
    <message>
        <source>The summary report with a preview (Ctrl+P)</source>
        <translation>Le rapport de synthèse avec un aperçu (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport field workbook…</source>
        <translation>E&amp;xporter le classeur de terrain…</translation>
    </message>
    <message>
        <source>A workbook of this assessment to fill in the field</source>
        <translation>Un classeur de cette évaluation à remplir sur le terrain</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Sign the assessment as it is now and lock it</source>
        <translation>Signer l&apos;évaluation dans son état actuel et la verrouiller</translation>
    </message>
    <message>
        <source>Unlock the signed assessment, with a reason</source>
        <translation>Déverrouiller l&apos;évaluation signée, avec un motif</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>{title} — scfield</source>
        <translation>{title} — scfield</translation>
    </message>
    <message>
        <source>This assessment is signed and read-only. Nothing can be changed unless it is amended with a reason.</source>
        <translation>Cette évaluation est signée et en lecture seule. Rien ne peut être modifié sans un amendement motivé.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>History of changes</source>
        <translation>Historique des modifications</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation>Inclure les notes confidentielles</translation>
    </message>
    <message>
        <source>Show confidential interviewees, their roles and notes here and in the exported workbook: for the assessment team only</source>
        <translation>Afficher ici et dans le classeur exporté les personnes interrogées à titre confidentiel, leurs fonctions et leurs notes : pour l&apos;équipe d&apos;évaluation uniquement</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exporter vers Excel…</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Élément :</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Personne :</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Source workbook</source>
        <translation>Classeur d&apos;origine</translation>
    </message>
    <message>
        <source>History of changes — {title}</source>
        <translation>Historique des modifications — {title}</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>(ajouté)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(supprimé)</translation>
    </message>
    <message>
        <source>{n} changes, oldest first.</source>
        <translation>{n} modifications, des plus anciennes aux plus récentes.</translation>
    </message>
    <message>
        <source>Confidential interviewees and their notes are withheld (tick “Include confidential notes” to show them).</source>
        <translation>Les personnes interrogées à titre confidentiel et leurs notes sont masquées (cochez « Inclure les notes confidentielles » pour les afficher).</translation>
    </message>
    <message>
        <source>{title} history</source>
        <translation>{title} historique</translation>
    </message>
    <message>
        <source>Export the history to Excel</source>
        <translation>Exporter l&apos;historique vers Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>History written to {path}</source>
        <translation>Historique écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>BackupBudgetDialog</name>
    <message>
        <source>Backup space</source>
        <translation>Espace des sauvegardes</translation>
    </message>
    <message>
        <source>A multiple of the database&apos;s size (2x, the default) or a size (500MB, 2GiB). Older backups are deleted when they no longer fit; the newest one is always kept. The same setting as `scfield backups --budget`.</source>
        <translation>Un multiple de la taille de la base de données (2x, par défaut) ou une taille (500MB, 2GiB). Les sauvegardes plus anciennes sont supprimées quand elles ne tiennent plus ; la plus récente est toujours conservée. C&apos;est le même réglage que `scfield backups --budget`.</translation>
    </message>
    <message>
        <source>Space for backups:</source>
        <translation>Espace des sauvegardes :</translation>
    </message>
    <message>
        <source>Give a multiple of the database&apos;s size (e.g. 2x) or a size (e.g. 500MB, 2GiB).</source>
        <translation>Indiquez un multiple de la taille de la base de données (p. ex. 2x) ou une taille (p. ex. 500MB, 2GiB).</translation>
    </message>
    <message>
        <source>= {size} now (the database is {db}).</source>
        <translation>= {size} actuellement (la base de données fait {db}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>scfield copies the database into {folder} before each import, deletion, upgrade and restore. Each copy is checked before it counts as a backup.</source>
        <translation>scfield copie la base de données dans {folder} avant chaque import, suppression, mise à niveau et restauration. Chaque copie est vérifiée avant de compter comme sauvegarde.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>How much space the backups may take (also in Settings ▸ Backup space…)</source>
        <translation>L&apos;espace que les sauvegardes peuvent occuper (aussi dans Paramètres ▸ Espace des sauvegardes…)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Put the selected backup in place of the database (what is there now is backed up first)</source>
        <translation>Remettre la sauvegarde sélectionnée à la place de la base de données (l&apos;état actuel est sauvegardé d&apos;abord)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Read every backup again and check it</source>
        <translation>Relire et vérifier chaque sauvegarde</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>avant un import</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>avant une suppression</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>avant une mise à niveau</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <source>Space for backups: {budget} (now {limit}); in use: {used}. Older backups are deleted when they no longer fit; the newest one is always kept.</source>
        <translation>Espace des sauvegardes : {budget} (actuellement {limit}) ; utilisé : {used}. Les sauvegardes plus anciennes sont supprimées quand elles ne tiennent plus ; la plus récente est toujours conservée.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Put the database back as it was on {when} UTC ({why})?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone. Open assessment windows are closed.</source>
        <translation>Remettre la base de données dans l&apos;état du {when} UTC ({why}) ?

Tout ce qui a changé depuis est remplacé. La base de données actuelle est d&apos;abord sauvegardée, ce qui permet d&apos;annuler. Les fenêtres d&apos;évaluation ouvertes sont fermées.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>(the database was empty)</source>
        <translation>(la base de données était vide)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>The database is back as it was in {backup}.

The database as it was before is kept as:
{path}</source>
        <translation>La base de données est revenue à l&apos;état de {backup}.

La base de données telle qu&apos;elle était avant est conservée ici :
{path}</translation>
    </message>
    <message>
        <source>The database was restored from {backup}, but scfield cannot open it now: {reason}. Close scfield and start it again.</source>
        <translation>La base de données a été restaurée depuis {backup}, mais scfield ne peut pas l&apos;ouvrir maintenant : {reason}. Fermez scfield et relancez-le.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Comp&amp;are…</source>
        <translation>Comp&amp;arer…</translation>
    </message>
    <message>
        <source>The selected assessments side by side: a re-assessment against the previous one, or several cities with the group&apos;s median (select two or more with Ctrl+click)</source>
        <translation>Les évaluations sélectionnées côte à côte : une réévaluation face à la précédente, ou plusieurs villes avec la médiane du groupe (sélectionnez-en deux ou plus avec Ctrl+clic)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Select two or more assessments in the list (Ctrl+click or Shift+click), then choose Compare…</source>
        <translation>Sélectionnez deux évaluations ou plus dans la liste (Ctrl+clic ou Maj+clic), puis choisissez Comparer…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare: {names} — scfield</source>
        <translation>Comparaison : {names} — scfield</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Group median</source>
        <translation>Médiane du groupe</translation>
    </message>
    <message>
        <source>Difference ({later} − {earlier})</source>
        <translation>Écart ({later} − {earlier})</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>éléments probants insuffisants ({k} éléments notés sur {n})</translation>
    </message>
    <message>
        <source>{later} is a re-assessment of {earlier}: the last column gives the assessor&apos;s rationale for each element that moved.</source>
        <translation>« {later} » est une réévaluation de « {earlier} » : la dernière colonne donne la justification de l&apos;évaluateur pour chaque élément qui a évolué.</translation>
    </message>
    <message>
        <source>Overall {before} → {after} ({change}).</source>
        <translation>Note globale {before} → {after} ({change}).</translation>
    </message>
    <message>
        <source>Stage: {before} → {after}.</source>
        <translation>Stade : {before} → {after}.</translation>
    </message>
    <message>
        <source>Stage unchanged: {stage}.</source>
        <translation>Stade inchangé : {stage}.</translation>
    </message>
    <message>
        <source>{n} elements moved.</source>
        <translation>Éléments ayant évolué : {n}.</translation>
    </message>
    <message>
        <source>Overall {first}: {a}; {second}: {b} (difference {change}). {n} elements differ.</source>
        <translation>Note globale {first} : {a} ; {second} : {b} (écart {change}). Éléments qui diffèrent : {n}.</translation>
    </message>
    <message>
        <source>{n} assessments on framework {version}; the last column gives the median of the group (an element not scored in one is left out of its median, not counted as 0). Group median overall: {median}.</source>
        <translation>{n} évaluations sur le cadre {version} ; la dernière colonne donne la médiane du groupe (un élément non noté dans l&apos;une d&apos;elles est exclu de sa médiane, pas compté comme 0). Médiane globale du groupe : {median}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Elements scored</source>
        <translation>Éléments notés</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} sur {n}</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>{name}: {k} of {n} elements scored</source>
        <translation>{name} : {k} éléments notés sur {n}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Why it changed (rationale of {name})</source>
        <translation>Pourquoi il a évolué (justification de {name})</translation>
    </message>
    <message>
        <source>* provisional: the median of the interviews&apos; proposals, no rating set yet</source>
        <translation>* provisoire : médiane des propositions des entretiens, pas encore de note consolidée</translation>
    </message>
    <message>
        <source>no rationale yet: the score is provisional (the median of the interviews&apos; proposals)</source>
        <translation>pas encore de justification : la note est provisoire (médiane des propositions des entretiens)</translation>
    </message>
    <message>
        <source>no rationale recorded</source>
        <translation>aucune justification enregistrée</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflits à examiner</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>feuille {sheet}, ligne {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>feuille {sheet}</translation>
    </message>
    <message>
        <source>Assessment profile</source>
        <translation>Profil de l&apos;évaluation</translation>
    </message>
    <message>
        <source>Rating of {element}</source>
        <translation>Note consolidée de {element}</translation>
    </message>
    <message>
        <source>Evidence on {element} from {who}</source>
        <translation>Élément probant sur {element} de {who}</translation>
    </message>
    <message>
        <source>Interview with {who} ({date})</source>
        <translation>Entretien avec {who} ({date})</translation>
    </message>
    <message>
        <source>A deleted record</source>
        <translation>Un enregistrement supprimé</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>Conflits ouverts : {n}</translation>
    </message>
    <message>
        <source>No open conflicts: every imported value has been settled.</source>
        <translation>Aucun conflit ouvert : toutes les valeurs importées ont été réglées.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne interrogée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Helix group</source>
        <translation>Groupe de l&apos;hélice</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>When the workbook was exported, the value was: {value}</source>
        <translation>À l&apos;export du classeur, la valeur était : {value}</translation>
    </message>
    <message>
        <source>From the workbook {file}, imported {when}</source>
        <translation>Du classeur {file}, importé le {when}</translation>
    </message>
    <message>
        <source>From the workbook {file}, imported by {who} on {when}</source>
        <translation>Du classeur {file}, importé par {who} le {when}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when}</source>
        <translation>Modifié en dernier par {who} le {when}</translation>
    </message>
    <message>
        <source>Unchanged since it was created</source>
        <translation>Inchangé depuis sa création</translation>
    </message>
    <message>
        <source>Please write the reason for your decision first: it is kept in the audit log.</source>
        <translation>Veuillez d&apos;abord écrire le motif de votre décision : il est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Enter the right value</source>
        <translation>Saisir la bonne valeur</translation>
    </message>
    <message>
        <source>{field} — {record}:</source>
        <translation>{field} — {record} :</translation>
    </message>
    <message>
        <source>Conflict settled: {what} is now {value}</source>
        <translation>Conflit réglé : {what} vaut maintenant {value}</translation>
    </message>
</context>
<context>
    <name>ConflictReviewForm</name>
    <message>
        <source>A conflict is a value changed both in a returned field workbook and in the office database since the workbook was exported. The import kept the office value. Choose which value is right, and say why: the decision and its reason go to the audit log.</source>
        <translation>Un conflit est une valeur modifiée à la fois dans un classeur de terrain retourné et dans la base de données du bureau depuis l&apos;export du classeur. L&apos;import a gardé la valeur du bureau. Choisissez la bonne valeur et dites pourquoi : la décision et son motif sont inscrits au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>In the field workbook</source>
        <translation>Dans le classeur de terrain</translation>
    </message>
    <message>
        <source>In the office database</source>
        <translation>Dans la base de données du bureau</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Why is this the right value? (required; kept in the audit log)</source>
        <translation>Pourquoi est-ce la bonne valeur ? (obligatoire ; conservé dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Take &amp;field value</source>
        <translation>Prendre la valeur du &amp;terrain</translation>
    </message>
    <message>
        <source>Keep &amp;office value</source>
        <translation>Garder la valeur du &amp;bureau</translation>
    </message>
    <message>
        <source>&amp;Enter value…</source>
        <translation>&amp;Saisir une valeur…</translation>
    </message>
</context>
<context>
    <name>ConsolidationForm</name>
    <message>
        <source>For each element, what every interviewee proposed. Set the consolidated score; elements whose proposals differ by 2 or more are highlighted.</source>
        <translation>Pour chaque élément, ce que chaque personne interrogée a proposé. Fixez la note consolidée ; les éléments dont les propositions diffèrent de 2 ou plus sont surlignés.</translation>
    </message>
    <message>
        <source>* Provisional: the median of the interviewees&apos; proposals, used until you set a consolidated score.</source>
        <translation>* Provisoire : la médiane des propositions des personnes interrogées, utilisée tant que vous n&apos;avez pas fixé de note consolidée.</translation>
    </message>
    <message>
        <source>Consolidated rating</source>
        <translation>Note consolidée</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>&amp;Fiabilité :</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>Why this score, given the interviews and documents</source>
        <translation>Pourquoi cette note, au vu des entretiens et des documents</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Changed elsewhere meanwhile, kept as it is there: {fields}. Your version is in the conflicts list.</source>
        <translation>Modifié ailleurs entre-temps, conservé tel quel : {fields}. Votre version est dans la liste des conflits.</translation>
    </message>
    <message>
        <source>consolidation, element {n:02d}</source>
        <translation>consolidation, élément {n:02d}</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne interrogée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Note and source</source>
        <translation>Note et source</translation>
    </message>
    <message>
        <source>– not set (the median of the proposals is used)</source>
        <translation>– non fixée (la médiane des propositions est utilisée)</translation>
    </message>
    <message>
        <source>Proposals differ by {n}: check the notes before consolidating</source>
        <translation>Les propositions diffèrent de {n} : vérifiez les notes avant de consolider</translation>
    </message>
    <message>
        <source>Provisional: the median of the proposals, until you set a consolidated score</source>
        <translation>Provisoire : la médiane des propositions, jusqu&apos;à ce que vous fixiez une note consolidée</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (confidentiel)</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>non abordé</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Consolidated ratings saved</source>
        <translation>Notes consolidées enregistrées</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>&lt;b&gt;The 21 elements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Les 21 éléments&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation>Couverture des éléments probants</translation>
    </message>
    <message>
        <source>Helix groups interviewed</source>
        <translation>Groupes de l&apos;hélice interrogés</translation>
    </message>
    <message>
        <source>Weakest elements</source>
        <translation>Éléments les plus faibles</translation>
    </message>
    <message>
        <source>Recommended support</source>
        <translation>Appui recommandé</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stade</translation>
    </message>
    <message>
        <source>Elements scored / with evidence / all</source>
        <translation>Éléments notés / avec éléments probants / total</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>éléments probants insuffisants ({k} éléments notés sur {n})</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Overall {score} — {stage}</source>
        <translation>Global {score} — {stage}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{scored} of {total} elements scored, {evidenced} with evidence; {notes} evidence notes in all.</source>
        <translation>{scored} éléments notés sur {total}, {evidenced} avec éléments probants ; {notes} notes au total.</translation>
    </message>
    <message>
        <source>1 of them is still provisional: marked * in Consolidation, the median of the interviews&apos; proposals until a rating is set.</source>
        <translation>L&apos;un d&apos;eux est encore provisoire : marqué * dans Consolidation, c&apos;est la médiane des propositions des entretiens jusqu&apos;à ce qu&apos;une note soit fixée.</translation>
    </message>
    <message>
        <source>{n} of them are still provisional: marked * in Consolidation, the median of the interviews&apos; proposals until a rating is set.</source>
        <translation>{n} d&apos;entre eux sont encore provisoires : marqués * dans Consolidation, c&apos;est la médiane des propositions des entretiens jusqu&apos;à ce qu&apos;une note soit fixée.</translation>
    </message>
    <message>
        <source>{mark} {group}: 1 interview</source>
        <translation>{mark} {group} : 1 entretien</translation>
    </message>
    <message>
        <source>{mark} {group}: {n} interviews</source>
        <translation>{mark} {group} : {n} entretiens</translation>
    </message>
    <message>
        <source>Not yet heard: {groups}.</source>
        <translation>Pas encore entendus : {groups}.</translation>
    </message>
    <message>
        <source>{number} {name}: {score}</source>
        <translation>{number} {name} : {score}</translation>
    </message>
    <message>
        <source>none scored yet</source>
        <translation>aucun élément noté pour l&apos;instant</translation>
    </message>
    <message>
        <source>(elements {numbers})</source>
        <translation>(éléments {numbers})</translation>
    </message>
    <message>
        <source>None yet: no element is scored.</source>
        <translation>Aucun pour l&apos;instant : aucun élément n&apos;est noté.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested scale-up:&lt;/b&gt; {name}. {reason}</source>
        <translation>&lt;b&gt;Extension suggérée :&lt;/b&gt; {name}. {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>pas de date</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
    </message>
    <message>
        <source>Stored as “{text}”: pick a date to replace it</source>
        <translation>Enregistrée comme « {text} » : choisissez une date pour la remplacer</translation>
    </message>
</context>
<context>
    <name>ElementBars</name>
    <message>
        <source>{score} (provisional)</source>
        <translation>{score} (provisoire)</translation>
    </message>
    <message>
        <source>hatched outline: provisional (median of the interviews&apos; proposals)</source>
        <translation>contour hachuré : provisoire (médiane des propositions des entretiens)</translation>
    </message>
    <message>
        <source>dashed stub: not scored</source>
        <translation>trait en pointillé : non noté</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export field workbook</source>
        <translation>Exporter le classeur de terrain</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>Chiffrer avec un mot de passe</translation>
    </message>
    <message>
        <source>For workbooks sent by e-mail or carried on a USB stick: they hold the interview notes</source>
        <translation>Pour les classeurs envoyés par courriel ou transportés sur une clé USB : ils contiennent les notes d&apos;entretien</translation>
    </message>
    <message>
        <source>Excel and LibreOffice ask for this password when the workbook is opened, and scfield asks for it when the workbook is imported. At least {n} characters. Tell it to the expert separately (by phone, say), never in the same e-mail.</source>
        <translation>Excel et LibreOffice demandent ce mot de passe à l&apos;ouverture du classeur, et scfield le demande lors de son import. Au moins {n} caractères. Communiquez-le à l&apos;expert séparément (par téléphone, par exemple), jamais dans le même courriel.</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>Classeur :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Mot de passe (à nouveau) :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to write the workbook.</source>
        <translation>Choisissez où écrire le classeur.</translation>
    </message>
    <message>
        <source>“{file}” already exists. Click Export again to replace it.</source>
        <translation>« {file} » existe déjà. Cliquez à nouveau sur Exporter pour le remplacer.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>Le mot de passe doit comporter au moins {n} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent : tapez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to scfield</source>
        <translation>Bienvenue dans scfield</translation>
    </message>
    <message>
        <source>Please type your name: it is recorded with every change you make.</source>
        <translation>Veuillez saisir votre nom : il est enregistré avec chacune de vos modifications.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>&lt;h3&gt;Welcome to scfield&lt;/h3&gt;&lt;p&gt;Your name is recorded as the author of every change you make, so that the team can see who assessed what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenue dans scfield&lt;/h3&gt;&lt;p&gt;Votre nom est enregistré comme auteur de chacune de vos modifications, pour que l&apos;équipe sache qui a évalué quoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>e.g. Aiko Tanaka</source>
        <translation>p. ex. Aiko Tanaka</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Initiales :</translation>
    </message>
    <message>
        <source>e.g. AT</source>
        <translation>p. ex. AT</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>Load the demo: five sample assessments (three cities, one of them assessed again a year later, and a country) to look around</source>
        <translation>Charger la démonstration : cinq évaluations d&apos;exemple (trois villes, dont une réévaluée un an plus tard, et un pays) pour découvrir l&apos;outil</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Commencer avec une base de données vide</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Interview:</source>
        <translation>Entretien :</translation>
    </message>
    <message>
        <source>The elements of this interview: ✔ scored, – not discussed, ○ not yet done</source>
        <translation>Les éléments de cet entretien : ✔ noté, – non abordé, ○ pas encore fait</translation>
    </message>
    <message>
        <source>Progress by domain</source>
        <translation>Avancement par domaine</translation>
    </message>
    <message>
        <source>Score (keys 0–4, N = not discussed; Alt+key while typing a note)</source>
        <translation>Note (touches 0–4, N = non abordé ; Alt+touche pendant la saisie d&apos;une note)</translation>
    </message>
    <message>
        <source>Evidence no&amp;te:</source>
        <translation>N&amp;ote d&apos;entretien :</translation>
    </message>
    <message>
        <source>What the interviewee said or showed (saved as you type)</source>
        <translation>Ce que la personne interrogée a dit ou montré (enregistré pendant la saisie)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>document, page, web address, photo…</source>
        <translation>document, page, adresse web, photo…</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>&amp;Fiabilité :</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Previous element (PageUp, Alt+Left, or Ctrl+Left outside a text box)</source>
        <translation>Élément précédent (Page préc., Alt+Gauche, ou Ctrl+Gauche hors d&apos;une zone de texte)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Next element (PageDown, Alt+Right, or Ctrl+Right outside a text box)</source>
        <translation>Élément suivant (Page suiv., Alt+Droite, ou Ctrl+Droite hors d&apos;une zone de texte)</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Changed elsewhere meanwhile, kept as it is there: {fields}. Your version is in the conflicts list.</source>
        <translation>Modifié ailleurs entre-temps, conservé tel quel : {fields}. Votre version est dans la liste des conflits.</translation>
    </message>
    <message>
        <source>interview guide: {who}, element {n:02d}</source>
        <translation>guide d’entretien : {who}, élément {n:02d}</translation>
    </message>
    <message>
        <source>score</source>
        <translation>note</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note d’entretien</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>fiabilité</translation>
    </message>
    <message>
        <source>Record an interview in the Interviews tab, then run it here.</source>
        <translation>Enregistrez un entretien dans l&apos;onglet Entretiens, puis menez-le ici.</translation>
    </message>
    <message>
        <source>N  Not discussed</source>
        <translation>N  Non abordé</translation>
    </message>
    <message>
        <source>Key {key} (Alt+{key} while typing)</source>
        <translation>Touche {key} (Alt+{key} pendant la saisie)</translation>
    </message>
    <message>
        <source>The interview did not cover this element (it does not count in the scores).</source>
        <translation>L&apos;entretien n&apos;a pas porté sur cet élément (il ne compte pas dans les notes).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>This assessment is signed: the interview can be read, not changed.</source>
        <translation>Cette évaluation est signée : l&apos;entretien peut être lu, pas modifié.</translation>
    </message>
    <message>
        <source>{domain} domain</source>
        <translation>Domaine : {domain}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guiding questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Questions d&apos;orientation&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Element {i} of {n} in this interview</source>
        <translation>Élément {i} sur {n} dans cet entretien</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>Toutes les modifications enregistrées à {time}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Non enregistré : {reason}</translation>
    </message>
    <message>
        <source>Scored {score}</source>
        <translation>Noté {score}</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>Non abordé</translation>
    </message>
    <message>
        <source>Not yet done</source>
        <translation>Pas encore fait</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Imported workbooks</source>
        <translation>Classeurs importés</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Rien de nouveau</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Serait importé</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>Non importé (annulé)</translation>
    </message>
    <message>
        <source>Not imported (no password)</source>
        <translation>Non importé (pas de mot de passe)</translation>
    </message>
    <message>
        <source>{n} (+{known} earlier)</source>
        <translation>{n} (+{known} antérieurs)</translation>
    </message>
    <message>
        <source>Workbooks imported: {n} of {total}.</source>
        <translation>Classeurs importés : {n} sur {total}.</translation>
    </message>
    <message>
        <source>Stopped by Cancel: {n} not imported — import them again when you are ready (the others will say nothing new).</source>
        <translation>Arrêté par Annuler : {n} non importé(s) — importez-les de nouveau quand vous serez prêt (les autres n&apos;apporteront rien de nouveau).</translation>
    </message>
    <message>
        <source>Left out without their password: {n} — import them again when you have it.</source>
        <translation>Laissés de côté faute de mot de passe : {n} — importez-les à nouveau quand vous l&apos;aurez.</translation>
    </message>
    <message>
        <source>Nothing new in: {n}.</source>
        <translation>Rien de nouveau dans : {n}.</translation>
    </message>
    <message>
        <source>Refused: {n} — nothing from them was written; the reasons are below.</source>
        <translation>Refusés : {n} — rien n&apos;en a été écrit ; les motifs figurent ci-dessous.</translation>
    </message>
    <message>
        <source>New conflicts: {n} — the office values were kept until you decide (Review conflicts…).</source>
        <translation>Nouveaux conflits : {n} — les valeurs du bureau ont été gardées jusqu&apos;à votre décision (Examiner les conflits…).</translation>
    </message>
    <message>
        <source>This workbook is encrypted and its password was not given: nothing from it was written. Import it again with its password.</source>
        <translation>Ce classeur est chiffré et son mot de passe n&apos;a pas été donné : rien n&apos;en a été écrit. Importez-le à nouveau avec son mot de passe.</translation>
    </message>
    <message>
        <source>This workbook was refused and nothing from it was written, because:</source>
        <translation>Ce classeur a été refusé et rien n&apos;en a été écrit, pour la raison suivante :</translation>
    </message>
    <message>
        <source>Added: {added}. Updated: {updated}. Unchanged: {unchanged}. New conflicts: {conflicts}.</source>
        <translation>Ajoutés : {added}. Mis à jour : {updated}. Inchangés : {unchanged}. Nouveaux conflits : {conflicts}.</translation>
    </message>
    <message>
        <source>Conflicts already recorded by an earlier import: {n}.</source>
        <translation>Conflits déjà enregistrés par un import précédent : {n}.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Remarques :</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Modifications :</translation>
    </message>
    <message>
        <source>The database was backed up before the import: {path}</source>
        <translation>La base de données a été sauvegardée avant l&apos;import : {path}</translation>
    </message>
</context>
<context>
    <name>ImportResultsForm</name>
    <message>
        <source>Workbook</source>
        <translation>Classeur</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangés</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details of the selected workbook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Détails du classeur sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Review &amp;conflicts…</source>
        <translation>Examiner les &amp;conflits…</translation>
    </message>
    <message>
        <source>Decide, field by field, which value to keep</source>
        <translation>Décider, champ par champ, quelle valeur garder</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Please give the interviewee&apos;s name.</source>
        <translation>Veuillez indiquer le nom de la personne interrogée.</translation>
    </message>
    <message>
        <source>Tick at least one element, or choose all 21.</source>
        <translation>Cochez au moins un élément, ou choisissez les 21.</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>&amp;Interviewee:</source>
        <translation>&amp;Personne interrogée :</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>e.g. Director, Department of IT</source>
        <translation>p. ex. directrice, département informatique</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Helix group:</source>
        <translation>Groupe de l&apos;&amp;hélice :</translation>
    </message>
    <message>
        <source>Public sector, private sector, academia or citizens (the quadruple helix)</source>
        <translation>Secteur public, secteur privé, milieu universitaire ou citoyens (la quadruple hélice)</translation>
    </message>
    <message>
        <source>The interviewee &amp;consents to the interview being recorded</source>
        <translation>La personne interrogée &amp;consent à l&apos;enregistrement de l&apos;entretien</translation>
    </message>
    <message>
        <source>Con&amp;fidential: keep notes out of shared reports</source>
        <translation>Confide&amp;ntiel : exclure les notes des rapports partagés</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Inter&amp;viewer:</source>
        <translation>Inter&amp;vieweur :</translation>
    </message>
    <message>
        <source>Elements to discuss</source>
        <translation>Éléments à aborder</translation>
    </message>
    <message>
        <source>&amp;All 21 elements</source>
        <translation>Les 21 élé&amp;ments</translation>
    </message>
    <message>
        <source>Only the elements &amp;ticked below:</source>
        <translation>&amp;Seulement les éléments cochés ci-dessous :</translation>
    </message>
</context>
<context>
    <name>InterviewsForm</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>Record a new interview with its interviewee and consent</source>
        <translation>Enregistrer un nouvel entretien avec la personne interrogée et son consentement</translation>
    </message>
    <message>
        <source>&amp;Open in the guide</source>
        <translation>&amp;Ouvrir dans le guide</translation>
    </message>
    <message>
        <source>Run the interview element by element (Enter or double-click)</source>
        <translation>Mener l&apos;entretien élément par élément (Entrée ou double-clic)</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Personne interrogée</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Helix group</source>
        <translation>Groupe de l&apos;hélice</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Elements noted</source>
        <translation>Éléments notés</translation>
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
        <source>No interviews yet. Record one with “New interview…”, then run it in the guide.</source>
        <translation>Aucun entretien pour l&apos;instant. Enregistrez-en un avec « Nouvel entretien… », puis menez-le dans le guide.</translation>
    </message>
    <message>
        <source>1 interview. It covers all {total} elements unless a subset was chosen.</source>
        <translation>1 entretien. Il couvre les {total} éléments, sauf si une sélection a été choisie.</translation>
    </message>
    <message>
        <source>{n} interviews. Each covers all {total} elements unless a subset was chosen.</source>
        <translation>{n} entretiens. Chacun porte sur les {total} éléments, sauf si une partie a été choisie.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Language of scfield:</source>
        <translation>Langue de scfield :</translation>
    </message>
    <message>
        <source>The new language is used the next time scfield starts. Assessments, interview notes and workbooks are not changed.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de scfield. Les évaluations, les notes d&apos;entretien et les classeurs ne sont pas modifiés.</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>scfield</source>
        <translation>scfield</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Commencer une nouvelle évaluation (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected assessment (Enter or double-click)</source>
        <translation>Ouvrir l&apos;évaluation sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected assessment; a backup is made first</source>
        <translation>Supprimer l&apos;évaluation sélectionnée ; une sauvegarde est faite d&apos;abord</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>Le fichier de base de données utilisé</translation>
    </message>
    <message>
        <source>Filter by title or place</source>
        <translation>Filtrer par titre ou lieu</translation>
    </message>
    <message>
        <source>Show one country only</source>
        <translation>N&apos;afficher qu&apos;un pays</translation>
    </message>
    <message>
        <source>Country-level or city-level assessments</source>
        <translation>Évaluations au niveau national ou municipal</translation>
    </message>
    <message>
        <source>Draft, signed or amended</source>
        <translation>Brouillon, signée ou modifiée</translation>
    </message>
    <message>
        <source>Show assessments at one stage</source>
        <translation>Afficher les évaluations d&apos;un stade</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search the evidence notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rechercher dans les notes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Words from any note, in any language</source>
        <translation>Mots d&apos;une note, en toute langue</translation>
    </message>
    <message>
        <source>Searches every interview note and source (Ctrl+F)</source>
        <translation>Recherche dans toutes les notes d&apos;entretien et leurs sources (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens the interview guide at that element</source>
        <translation>Un double-clic (ou Entrée) ouvre le guide d&apos;entretien sur cet élément</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>scfield — smart city assessments</source>
        <translation>scfield — évaluations de villes intelligentes</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données : {path}</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tous les stades</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Importer des classeurs…</translation>
    </message>
    <message>
        <source>Merge returned field workbooks (you can also drop them on this window)</source>
        <translation>Fusionner les classeurs de terrain retournés (vous pouvez aussi les déposer sur cette fenêtre)</translation>
    </message>
    <message>
        <source>Blank field &amp;template…</source>
        <translation>&amp;Modèle de terrain vierge…</translation>
    </message>
    <message>
        <source>A workbook for starting an assessment in the field without the app</source>
        <translation>Un classeur pour commencer une évaluation sur le terrain sans l&apos;application</translation>
    </message>
    <message>
        <source>Office &amp;summary workbook…</source>
        <translation>Classeur de &amp;synthèse du bureau…</translation>
    </message>
    <message>
        <source>One workbook with the scores of every assessment</source>
        <translation>Un classeur avec les notes de toutes les évaluations</translation>
    </message>
    <message>
        <source>&amp;Reports for all assessments…</source>
        <translation>&amp;Rapports de toutes les évaluations…</translation>
    </message>
    <message>
        <source>One PDF per assessment into a folder</source>
        <translation>Un PDF par évaluation dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Verify a printed report…</source>
        <translation>&amp;Vérifier un rapport imprimé…</translation>
    </message>
    <message>
        <source>Check a fingerprint code or a PDF against the signed record</source>
        <translation>Vérifier un code d&apos;empreinte ou un PDF par rapport à l&apos;enregistrement signé</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>The copies of the database taken before each import, deletion and restore; put one back</source>
        <translation>Les copies de la base de données faites avant chaque import, suppression et restauration ; en remettre une</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>É&amp;valuation</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nouvelle évaluation…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Export field workbook…</source>
        <translation>&amp;Exporter le classeur de terrain…</translation>
    </message>
    <message>
        <source>Write the selected assessment as a workbook to fill in the field</source>
        <translation>Écrire l&apos;évaluation sélectionnée dans un classeur à remplir sur le terrain</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflits…</translation>
    </message>
    <message>
        <source>Values changed both in a returned workbook and in the office</source>
        <translation>Valeurs modifiées à la fois dans un classeur retourné et au bureau</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Journal des modifications…</translation>
    </message>
    <message>
        <source>Who changed what in the selected assessment, when, why and from which workbook</source>
        <translation>Qui a modifié quoi dans l&apos;évaluation sélectionnée, quand, pourquoi et depuis quel classeur</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimer la synthèse…</translation>
    </message>
    <message>
        <source>The summary report of the selected assessment, with a preview</source>
        <translation>Le rapport de synthèse de l&apos;évaluation sélectionnée, avec un aperçu</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <source>Sign the selected assessment as it is now and lock it</source>
        <translation>Signer l&apos;évaluation sélectionnée dans son état actuel et la verrouiller</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Unlock a signed assessment for changes, with a reason</source>
        <translation>Déverrouiller une évaluation signée pour la modifier, avec un motif</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Su&amp;pprimer…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>Backup &amp;space…</source>
        <translation>&amp;Espace des sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About scfield</source>
        <translation>À &amp;propos de scfield</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Choosing the language is not available in this version of scfield.</source>
        <translation>Le choix de la langue n&apos;est pas disponible dans cette version de scfield.</translation>
    </message>
    <message>
        <source>About scfield</source>
        <translation>À propos de scfield</translation>
    </message>
    <message>
        <source>scfield {version}

Smart-city readiness assessments in the field, with JICA&apos;s Smart City Approach. Works offline; your data stays in the database file shown at the top right.</source>
        <translation>scfield {version}

Évaluations de la maturité des villes intelligentes sur le terrain, avec l&apos;approche Smart City de la JICA. Fonctionne hors ligne ; vos données restent dans le fichier de base de données affiché en haut à droite.</translation>
    </message>
    <message>
        <source>No assessments yet. Click “New assessment…” to start one.</source>
        <translation>Aucune évaluation pour l&apos;instant. Cliquez sur « Nouvelle évaluation… » pour en commencer une.</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation>1 évaluation</translation>
    </message>
    <message>
        <source>{n} assessments</source>
        <translation>{n} évaluations</translation>
    </message>
    <message>
        <source>{shown} of {n} assessments match the filter</source>
        <translation>{shown} évaluations sur {n} correspondent au filtre</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Title of the new assessment:</source>
        <translation>Titre de la nouvelle évaluation :</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Supprimer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Delete “{title}” with all its interviews, evidence and ratings?

A backup copy of the database is made first, so it can be recovered.</source>
        <translation>Supprimer « {title} » avec tous ses entretiens, éléments probants et notes ?

Une copie de sauvegarde de la base de données est faite d&apos;abord : elle pourra être récupérée.</translation>
    </message>
    <message>
        <source>(the database was empty)</source>
        <translation>(la base de données était vide)</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>Évaluation supprimée</translation>
    </message>
    <message>
        <source>“{title}” was deleted. The backup made just before is:
{path}</source>
        <translation>« {title} » a été supprimée. La sauvegarde faite juste avant est :
{path}</translation>
    </message>
    <message>
        <source>{n} notes found. Double-click one to open it in its interview.</source>
        <translation>{n} notes trouvées. Double-cliquez sur l&apos;une d&apos;elles pour l&apos;ouvrir dans son entretien.</translation>
    </message>
    <message>
        <source>No evidence note contains that text.</source>
        <translation>Aucune note ne contient ce texte.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Digital signature</source>
        <translation>Signature numérique</translation>
    </message>
    <message>
        <source>You signed “{title}”: type the passphrase of your signing key to put your digital signature on the PDF, which any PDF reader can check. Leave it empty to save the PDF without a digital signature.</source>
        <translation>Vous avez signé « {title} » : saisissez la phrase secrète de votre clé de signature pour apposer votre signature numérique sur le PDF, que tout lecteur PDF peut vérifier. Laissez-la vide pour enregistrer le PDF sans signature numérique.</translation>
    </message>
    <message>
        <source>passphrase of your signing key</source>
        <translation>phrase secrète de votre clé de signature</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>Tit&amp;re :</translation>
    </message>
    <message>
        <source>e.g. Da Nang smart city readiness 2025</source>
        <translation>p. ex. Maturité ville intelligente de Da Nang 2025</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys :</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ville :</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>Nivea&amp;u :</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>É&amp;quipe :</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>Pop&amp;ulation:</source>
        <translation>Popul&amp;ation :</translation>
    </message>
    <message>
        <source>Econo&amp;my:</source>
        <translation>Économ&amp;ie :</translation>
    </message>
    <message>
        <source>Existi&amp;ng assets:</source>
        <translation>Atout&amp;s existants :</translation>
    </message>
    <message>
        <source>Imp&amp;lementing entities:</source>
        <translation>E&amp;ntités de mise en œuvre :</translation>
    </message>
    <message>
        <source>Ot&amp;her conditions:</source>
        <translation>Autres c&amp;onditions :</translation>
    </message>
    <message>
        <source>empty for a country-level assessment</source>
        <translation>vide pour une évaluation au niveau national</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Date de &amp;fin :</translation>
    </message>
    <message>
        <source>names and organisations of the assessors</source>
        <translation>noms et organisations des évaluateurs</translation>
    </message>
    <message>
        <source>The signed summary and the field workbook&apos;s instructions are written in this language. Workbooks in any language import in any office.</source>
        <translation>Le résumé signé et les instructions du classeur de terrain sont rédigés dans cette langue. Un classeur de n&apos;importe quelle langue s&apos;importe dans n&apos;importe quel bureau.</translation>
    </message>
    <message>
        <source>main industries, growth, budget</source>
        <translation>principales industries, croissance, budget</translation>
    </message>
    <message>
        <source>data platforms, sensors, systems already in place</source>
        <translation>plateformes de données, capteurs, systèmes déjà en place</translation>
    </message>
    <message>
        <source>who would implement smart city projects</source>
        <translation>qui mettrait en œuvre les projets de ville intelligente</translation>
    </message>
    <message>
        <source>anything else about the city</source>
        <translation>tout autre élément sur la ville</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>Les modifications sont enregistrées automatiquement.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>{code} (printed in English)</source>
        <translation>{code} (imprimé en anglais)</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>not scored</source>
        <translation>non noté</translation>
    </message>
    <message>
        <source>{score} ({k} of {n} scored)</source>
        <translation>{score} ({k} notés sur {n})</translation>
    </message>
    <message>
        <source>dashed grey: {earlier}; blue: {later}</source>
        <translation>tirets gris : {earlier} ; bleu : {later}</translation>
    </message>
    <message>
        <source>○ too few elements scored for a stage</source>
        <translation>○ trop peu d’éléments notés pour une étape</translation>
    </message>
    <message>
        <source>gap: domain not scored (not drawn at 0)</source>
        <translation>interruption : domaine non noté (pas tracé à 0)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Preparing the summary report</source>
        <translation>Préparation du rapport de synthèse</translation>
    </message>
    <message>
        <source>Assessment signed</source>
        <translation>Évaluation signée</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}. The assessment is now locked.

Fingerprint: {code}</source>
        <translation>Signée par {who} le {date}. L&apos;évaluation est maintenant verrouillée.

Empreinte : {code}</translation>
    </message>
    <message>
        <source>Assessment amended</source>
        <translation>Évaluation modifiée</translation>
    </message>
    <message>
        <source>The assessment can be edited again and prints as DRAFT until it is signed again. The signed version ({codes}) stays in the history.</source>
        <translation>L&apos;évaluation est de nouveau modifiable et s&apos;imprime comme BROUILLON jusqu&apos;à une nouvelle signature. La version signée ({codes}) reste dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Folder for the reports of all assessments</source>
        <translation>Dossier pour les rapports de toutes les évaluations</translation>
    </message>
    <message>
        <source>Writing the reports</source>
        <translation>Écriture des rapports</translation>
    </message>
    <message>
        <source>1 report written to {folder}</source>
        <translation>1 rapport écrit dans {folder}</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}</source>
        <translation>{n} rapports écrits dans {folder}</translation>
    </message>
    <message>
        <source>Some text the PDF cannot print was replaced by a marker in:</source>
        <translation>Du texte que le PDF ne peut pas imprimer a été remplacé par un repère dans :</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Rapports écrits</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print on paper with the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Imprimer sur papier avec la boîte de dialogue d&apos;impression du système (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <source>Sign the assessment as it is now and lock it</source>
        <translation>Signer l&apos;évaluation dans son état actuel et la verrouiller</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Unlock the signed assessment, with a reason</source>
        <translation>Déverrouiller l&apos;évaluation signée, avec un motif</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>Page en&amp;tière</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Summary report — {title}</source>
        <translation>Rapport de synthèse — {title}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signée</translation>
    </message>
    <message>
        <source>draft (printed with a DRAFT watermark until it is signed)</source>
        <translation>brouillon (imprimé avec un filigrane BROUILLON jusqu&apos;à sa signature)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{pages} pages · {state} · fingerprint {code}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{pages} pages · {state} · empreinte {code}</translation>
    </message>
    <message>
        <source>Some text cannot be printed in this PDF and was replaced by a marker: {what}</source>
        <translation>Une partie du texte ne peut pas être imprimée dans ce PDF et a été remplacée par un repère : {what}</translation>
    </message>
    <message>
        <source>Report language: {language} (chosen in the assessment&apos;s Profile tab).</source>
        <translation>Langue du rapport : {language} (choisie dans l&apos;onglet Profil de l&apos;évaluation).</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Rapport enregistré : {path}</translation>
    </message>
</context>
<context>
    <name>RoadmapDialog</name>
    <message>
        <source>Roadmap for the summary</source>
        <translation>Feuille de route pour la synthèse</translation>
    </message>
    <message>
        <source>&amp;Continue to the preview</source>
        <translation>Continuer vers l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <source>&amp;Signatories…</source>
        <translation>&amp;Signataires…</translation>
    </message>
</context>
<context>
    <name>RoadmapForm</name>
    <message>
        <source>The summary ends with a roadmap: what the city (or country) and its partners do next. Write or correct it before printing; it is saved with the assessment. Leave a box empty to print “not written”.</source>
        <translation>La synthèse se termine par une feuille de route : ce que la ville (ou le pays) et ses partenaires font ensuite. Rédigez-la ou corrigez-la avant d&apos;imprimer ; elle est enregistrée avec l&apos;évaluation. Laissez une case vide pour imprimer « non rédigé ».</translation>
    </message>
    <message>
        <source>This assessment is signed: the roadmap is shown as it was signed and cannot be changed unless the assessment is amended.</source>
        <translation>Cette évaluation est signée : la feuille de route est affichée telle qu&apos;elle a été signée et ne peut être modifiée que si l&apos;évaluation est amendée.</translation>
    </message>
    <message>
        <source>&amp;Short term (the next year):</source>
        <translation>&amp;Court terme (l&apos;année qui vient) :</translation>
    </message>
    <message>
        <source>&amp;Medium term (two to five years):</source>
        <translation>&amp;Moyen terme (deux à cinq ans) :</translation>
    </message>
    <message>
        <source>&amp;Long term (beyond five years):</source>
        <translation>&amp;Long terme (au-delà de cinq ans) :</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the assessment</source>
        <translation>Signer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Sign “{title}” as it is now. Signing records your name, the time and the fingerprint of the content, and locks the assessment: nothing can be changed unless it is amended with a reason. A second person may sign the same version.</source>
        <translation>Signer « {title} » dans son état actuel. La signature enregistre votre nom, l&apos;heure et l&apos;empreinte du contenu, et verrouille l&apos;évaluation : rien ne peut être modifié sans un amendement motivé. Une deuxième personne peut signer la même version.</translation>
    </message>
    <message>
        <source>You sign with your key: on first signing scfield makes your key and a self-signed certificate and keeps them on this computer, protected by the passphrase (at least 8 characters; it cannot be recovered). Or choose your organisation&apos;s key file and type its passphrase.</source>
        <translation>Vous signez avec votre clé : à la première signature, scfield crée votre clé et un certificat auto-signé et les conserve sur cet ordinateur, protégés par la phrase secrète (8 caractères au moins ; elle ne peut pas être récupérée). Ou choisissez le fichier de clé de votre organisation et saisissez sa phrase secrète.</translation>
    </message>
    <message>
        <source>&amp;Sign and lock</source>
        <translation>&amp;Signer et verrouiller</translation>
    </message>
    <message>
        <source>Your organisation&apos;s key file</source>
        <translation>Le fichier de clé de votre organisation</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>Fichiers de clé PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SignForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>e.g. Team Leader, Deputy Director</source>
        <translation>p. ex. chef d&apos;équipe, directeur adjoint</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>e.g. JICA, Da Nang People&apos;s Committee</source>
        <translation>p. ex. JICA, Comité populaire de Da Nang</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>protects your signing key</source>
        <translation>protège votre clé de signature</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Fichier de &amp;clé :</translation>
    </message>
    <message>
        <source>optional: your organisation&apos;s PKCS#12 file (.p12)</source>
        <translation>facultatif : le fichier PKCS#12 de votre organisation (.p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parcou&amp;rir…</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories of the summary</source>
        <translation>Signataires de la synthèse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signs as</source>
        <translation>Signe en tant que</translation>
    </message>
    <message>
        <source>Counterpart (the city&apos;s or country&apos;s side)</source>
        <translation>Homologue (côté ville ou pays)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Homologue</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>{what} written: {path}</source>
        <translation>{what} écrit : {path}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the field workbook</source>
        <translation>Écriture du classeur de terrain</translation>
    </message>
    <message>
        <source>Field workbook</source>
        <translation>Classeur de terrain</translation>
    </message>
    <message>
        <source>Encrypted field workbook</source>
        <translation>Classeur de terrain chiffré</translation>
    </message>
    <message>
        <source>Field workbook written</source>
        <translation>Classeur de terrain écrit</translation>
    </message>
    <message>
        <source>The field workbook was written to:
{path}</source>
        <translation>Le classeur de terrain a été écrit dans :
{path}</translation>
    </message>
    <message>
        <source>Blank field template</source>
        <translation>Modèle de terrain vierge</translation>
    </message>
    <message>
        <source>scfield field template.xlsx</source>
        <translation>scfield modèle de terrain.xlsx</translation>
    </message>
    <message>
        <source>Office summary workbook</source>
        <translation>Classeur de synthèse du bureau</translation>
    </message>
    <message>
        <source>scfield office summary.xlsx</source>
        <translation>scfield synthèse du bureau.xlsx</translation>
    </message>
    <message>
        <source>Writing the office summary</source>
        <translation>Écriture de la synthèse du bureau</translation>
    </message>
    <message>
        <source>Import returned field workbooks</source>
        <translation>Importer les classeurs de terrain retournés</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Classeurs Excel (*.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {n} workbooks</source>
        <translation>Import de {n} classeurs</translation>
    </message>
    <message>
        <source>No assessment selected</source>
        <translation>Aucune évaluation sélectionnée</translation>
    </message>
    <message>
        <source>Select an assessment in the list first.</source>
        <translation>Sélectionnez d&apos;abord une évaluation dans la liste.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a printed report</source>
        <translation>Vérifier un rapport imprimé</translation>
    </message>
    <message>
        <source>Choose the PDF report</source>
        <translation>Choisir le rapport PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Type the fingerprint code first, or choose a PDF.</source>
        <translation>Saisissez d&apos;abord le code d&apos;empreinte, ou choisissez un PDF.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Cannot check it</source>
        <translation>Vérification impossible</translation>
    </message>
    <message>
        <source>It matches the signed record.</source>
        <translation>Il correspond à l&apos;enregistrement signé.</translation>
    </message>
    <message>
        <source>Its code names a signed record, but this PDF is not digitally signed: nothing shows its pages are the ones signed.</source>
        <translation>Son code désigne un enregistrement signé, mais ce PDF n&apos;est pas signé numériquement : rien ne montre que ses pages sont celles qui ont été signées.</translation>
    </message>
    <message>
        <source>It does not match a signed record.</source>
        <translation>Il ne correspond à aucun enregistrement signé.</translation>
    </message>
</context>
<context>
    <name>VerifyForm</name>
    <message>
        <source>Type the fingerprint printed in the footer of a report page (for example 3F2A-91C0-77DE-0B14), or choose the PDF file. scfield says whether it matches a signed assessment in this database, and what changed if it does not.</source>
        <translation>Saisissez l&apos;empreinte imprimée en pied de page d&apos;un rapport (par exemple 3F2A-91C0-77DE-0B14), ou choisissez le fichier PDF. scfield indique si elle correspond à une évaluation signée de cette base de données, et ce qui a changé sinon.</translation>
    </message>
    <message>
        <source>Fingerprint code or PDF file</source>
        <translation>Code d&apos;empreinte ou fichier PDF</translation>
    </message>
    <message>
        <source>Choose &amp;PDF…</source>
        <translation>Choisir un &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
</context>
<context>
    <name>WorkbookPasswordDialog</name>
    <message>
        <source>Encrypted workbook</source>
        <translation>Classeur chiffré</translation>
    </message>
    <message>
        <source>“{file}” is encrypted. Type its password to import it, or Cancel to leave this workbook out.</source>
        <translation>« {file} » est chiffré. Tapez son mot de passe pour l&apos;importer, ou Annuler pour laisser ce classeur de côté.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Type the password (or Cancel).</source>
        <translation>Tapez le mot de passe (ou Annuler).</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Vérification du mot de passe…</translation>
    </message>
    <message>
        <source>The password for “{file}” is wrong. Try again, or Cancel to leave this workbook out.</source>
        <translation>Le mot de passe de « {file} » est incorrect. Réessayez, ou Annuler pour laisser ce classeur de côté.</translation>
    </message>
</context>
<context>
    <name>WorkspaceForm</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entretiens</translation>
    </message>
    <message>
        <source>Interview &amp;guide</source>
        <translation>&amp;Guide d&apos;entretien</translation>
    </message>
    <message>
        <source>&amp;Consolidation</source>
        <translation>&amp;Consolidation</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{path}: the window layout cannot be read ({problem})</source>
        <translation>{path} : la disposition de la fenêtre est illisible ({problem})</translation>
    </message>
    <message>
        <source>{path}: the file is missing; reinstall scfield</source>
        <translation>{path} : le fichier est manquant ; réinstallez scfield</translation>
    </message>
</context>
</TS>
