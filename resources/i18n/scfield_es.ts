<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>Loading the demo assessments</source>
        <translation>Cargando las evaluaciones de demostración</translation>
    </message>
    <message>
        <source>scfield cannot open the database</source>
        <translation>scfield no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmada</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>Enmendada</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>City, country</source>
        <translation>Ciudad, país</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>evidencia insuficiente ({k} de {n} elementos puntuados)</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Sector público</translation>
    </message>
    <message>
        <source>Private sector</source>
        <translation>Sector privado</translation>
    </message>
    <message>
        <source>Academia</source>
        <translation>Academia</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>Ciudadanía</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Something went wrong ({name}). Your earlier work is saved. The details were written to the log file.</source>
        <translation>Algo salió mal ({name}). Su trabajo anterior está guardado. Los detalles se escribieron en el archivo de registro.</translation>
    </message>
    <message>
        <source>scfield</source>
        <translation>scfield</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The report file cannot be read: {path}</source>
        <translation>No se puede leer el archivo del informe: {path}</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Printing page {n} of {total}…</source>
        <translation>Imprimiendo la página {n} de {total}…</translation>
    </message>
    <message>
        <source>{path}: cannot save the report ({problem})</source>
        <translation>{path}: no se puede guardar el informe ({problem})</translation>
    </message>
    <message>
        <source>Start a &amp;re-assessment…</source>
        <translation>Iniciar una &amp;reevaluación…</translation>
    </message>
    <message>
        <source>A new draft of the same place, with the profile, level and team copied; the previous scores are shown beside the new ones as a reference</source>
        <translation>Un nuevo borrador del mismo lugar, con el perfil, el nivel y el equipo copiados; las puntuaciones anteriores se muestran junto a las nuevas como referencia</translation>
    </message>
    <message>
        <source>Start a re-assessment</source>
        <translation>Iniciar una reevaluación</translation>
    </message>
    <message>
        <source>Title of the re-assessment of “{title}”:</source>
        <translation>Título de la reevaluación de «{title}»:</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>{score} (provisional: the median of the proposals)</source>
        <translation>{score} (provisional: la mediana de las propuestas)</translation>
    </message>
    <message>
        <source>Previous assessment ({date}): {score}</source>
        <translation>Evaluación anterior ({date}): {score}</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>“{title}”, for reference only: it is not a proposal and does not count in this assessment&apos;s scores.</source>
        <translation>«{title}», solo como referencia: no es una propuesta y no cuenta en las puntuaciones de esta evaluación.</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend the signed assessment</source>
        <translation>Enmendar la evaluación firmada</translation>
    </message>
    <message>
        <source>Amending “{title}” makes it editable again and prints it as DRAFT until it is signed again. The signed version and its fingerprint stay in the history, with your reason.</source>
        <translation>Enmendar «{title}» la vuelve editable de nuevo y se imprime como BORRADOR hasta que se firme otra vez. La versión firmada y su huella quedan en el historial, con su motivo.</translation>
    </message>
    <message>
        <source>Why is it amended? (required)</source>
        <translation>¿Por qué se enmienda? (obligatorio)</translation>
    </message>
    <message>
        <source>&amp;Amend</source>
        <translation>&amp;Enmendar</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
</context>
<context>
    <name>AssessmentWindow</name>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimir resumen…</translation>
    </message>
    <message>
        <source>The summary report with a preview (Ctrl+P)</source>
        <translation>El informe resumido con vista previa (Ctrl+P)</translation>
    </message>
    <message>
        <source>E&amp;xport field workbook…</source>
        <translation>E&amp;xportar libro de campo…</translation>
    </message>
    <message>
        <source>A workbook of this assessment to fill in the field</source>
        <translation>Un libro de esta evaluación para completar en campo</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Firmar…</translation>
    </message>
    <message>
        <source>Sign the assessment as it is now and lock it</source>
        <translation>Firmar la evaluación tal como está y bloquearla</translation>
    </message>
    <message>
        <source>Unlock the signed assessment, with a reason</source>
        <translation>Desbloquear la evaluación firmada, con un motivo</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Enmendar…</translation>
    </message>
    <message>
        <source>{title} — scfield</source>
        <translation>{title} — scfield</translation>
    </message>
    <message>
        <source>This assessment is signed and read-only. Nothing can be changed unless it is amended with a reason.</source>
        <translation>Esta evaluación está firmada y es de solo lectura. No se puede cambiar nada salvo que se enmiende con un motivo.</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>History of changes</source>
        <translation>Historial de cambios</translation>
    </message>
    <message>
        <source>All elements</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <source>Include confidential notes</source>
        <translation>Incluir las notas confidenciales</translation>
    </message>
    <message>
        <source>Show confidential interviewees, their roles and notes here and in the exported workbook: for the assessment team only</source>
        <translation>Mostrar aquí y en el libro exportado a las personas entrevistadas confidencialmente, sus cargos y sus notas: solo para el equipo de evaluación</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>Exportar a Excel…</translation>
    </message>
    <message>
        <source>Element:</source>
        <translation>Elemento:</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Persona:</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Valor anterior</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Valor nuevo</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source workbook</source>
        <translation>Libro de origen</translation>
    </message>
    <message>
        <source>History of changes — {title}</source>
        <translation>Historial de cambios — {title}</translation>
    </message>
    <message>
        <source>(added)</source>
        <translation>(añadido)</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(eliminado)</translation>
    </message>
    <message>
        <source>{n} changes, oldest first.</source>
        <translation>{n} cambios, del más antiguo al más reciente.</translation>
    </message>
    <message>
        <source>Confidential interviewees and their notes are withheld (tick “Include confidential notes” to show them).</source>
        <translation>Las personas entrevistadas confidencialmente y sus notas se ocultan (marque «Incluir las notas confidenciales» para mostrarlas).</translation>
    </message>
    <message>
        <source>{title} history</source>
        <translation>{title} historial</translation>
    </message>
    <message>
        <source>Export the history to Excel</source>
        <translation>Exportar el historial a Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>History written to {path}</source>
        <translation>Historial guardado en {path}</translation>
    </message>
</context>
<context>
    <name>BackupBudgetDialog</name>
    <message>
        <source>Backup space</source>
        <translation>Espacio para copias de seguridad</translation>
    </message>
    <message>
        <source>A multiple of the database&apos;s size (2x, the default) or a size (500MB, 2GiB). Older backups are deleted when they no longer fit; the newest one is always kept. The same setting as `scfield backups --budget`.</source>
        <translation>Un múltiplo del tamaño de la base de datos (2x, el valor predeterminado) o un tamaño (500MB, 2GiB). Las copias más antiguas se eliminan cuando ya no caben; la más reciente se conserva siempre. Es el mismo ajuste que `scfield backups --budget`.</translation>
    </message>
    <message>
        <source>Space for backups:</source>
        <translation>Espacio para copias:</translation>
    </message>
    <message>
        <source>Give a multiple of the database&apos;s size (e.g. 2x) or a size (e.g. 500MB, 2GiB).</source>
        <translation>Indique un múltiplo del tamaño de la base de datos (p. ej., 2x) o un tamaño (p. ej., 500MB, 2GiB).</translation>
    </message>
    <message>
        <source>= {size} now (the database is {db}).</source>
        <translation>= {size} ahora (la base de datos ocupa {db}).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>scfield copies the database into {folder} before each import, deletion, upgrade and restore. Each copy is checked before it counts as a backup.</source>
        <translation>scfield copia la base de datos en {folder} antes de cada importación, eliminación, actualización y restauración. Cada copia se comprueba antes de contar como copia de seguridad.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Cuándo (UTC)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <source>How much space the backups may take (also in Settings ▸ Backup space…)</source>
        <translation>Cuánto espacio pueden ocupar las copias (también en Configuración ▸ Espacio para copias de seguridad…)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Put the selected backup in place of the database (what is there now is backed up first)</source>
        <translation>Poner la copia seleccionada en lugar de la base de datos (lo que hay ahora se respalda primero)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Comprobar de nuevo</translation>
    </message>
    <message>
        <source>Read every backup again and check it</source>
        <translation>Leer de nuevo y comprobar cada copia</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <source>before a deletion</source>
        <translation>antes de una eliminación</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcta</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAÑADA</translation>
    </message>
    <message>
        <source>Space for backups: {budget} (now {limit}); in use: {used}. Older backups are deleted when they no longer fit; the newest one is always kept.</source>
        <translation>Espacio para copias: {budget} (ahora {limit}); en uso: {used}. Las copias más antiguas se eliminan cuando ya no caben; la más reciente se conserva siempre.</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>Put the database back as it was on {when} UTC ({why})?

Everything changed since then is replaced. The database as it is now is backed up first, so this can be undone. Open assessment windows are closed.</source>
        <translation>¿Devolver la base de datos al estado del {when} UTC ({why})?

Todo lo cambiado desde entonces se reemplaza. La base de datos actual se respalda primero, así que puede deshacerse. Las ventanas de evaluación abiertas se cierran.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>(the database was empty)</source>
        <translation>(la base de datos estaba vacía)</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <source>The database is back as it was in {backup}.

The database as it was before is kept as:
{path}</source>
        <translation>La base de datos ha vuelto al estado de {backup}.

La base de datos tal como estaba antes se conserva en:
{path}</translation>
    </message>
    <message>
        <source>The database was restored from {backup}, but scfield cannot open it now: {reason}. Close scfield and start it again.</source>
        <translation>La base de datos se restauró desde {backup}, pero scfield no puede abrirla ahora: {reason}. Cierre scfield y vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>La copia de seguridad no se restauró</translation>
    </message>
</context>
<context>
    <name>CompareActions</name>
    <message>
        <source>Comp&amp;are…</source>
        <translation>Compa&amp;rar…</translation>
    </message>
    <message>
        <source>The selected assessments side by side: a re-assessment against the previous one, or several cities with the group&apos;s median (select two or more with Ctrl+click)</source>
        <translation>Las evaluaciones seleccionadas lado a lado: una reevaluación frente a la anterior, o varias ciudades con la mediana del grupo (seleccione dos o más con Ctrl+clic)</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Select two or more assessments in the list (Ctrl+click or Shift+click), then choose Compare…</source>
        <translation>Seleccione dos o más evaluaciones en la lista (Ctrl+clic o Mayús+clic) y elija Comparar…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>Compare: {names} — scfield</source>
        <translation>Comparación: {names} — scfield</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Group median</source>
        <translation>Mediana del grupo</translation>
    </message>
    <message>
        <source>Difference ({later} − {earlier})</source>
        <translation>Diferencia ({later} − {earlier})</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>evidencia insuficiente ({k} de {n} elementos puntuados)</translation>
    </message>
    <message>
        <source>{later} is a re-assessment of {earlier}: the last column gives the assessor&apos;s rationale for each element that moved.</source>
        <translation>«{later}» es una reevaluación de «{earlier}»: la última columna da la justificación del evaluador para cada elemento que cambió.</translation>
    </message>
    <message>
        <source>Overall {before} → {after} ({change}).</source>
        <translation>Puntuación global {before} → {after} ({change}).</translation>
    </message>
    <message>
        <source>Stage: {before} → {after}.</source>
        <translation>Etapa: {before} → {after}.</translation>
    </message>
    <message>
        <source>Stage unchanged: {stage}.</source>
        <translation>Etapa sin cambios: {stage}.</translation>
    </message>
    <message>
        <source>{n} elements moved.</source>
        <translation>Elementos que cambiaron: {n}.</translation>
    </message>
    <message>
        <source>Overall {first}: {a}; {second}: {b} (difference {change}). {n} elements differ.</source>
        <translation>Puntuación global {first}: {a}; {second}: {b} (diferencia {change}). Elementos que difieren: {n}.</translation>
    </message>
    <message>
        <source>{n} assessments on framework {version}; the last column gives the median of the group (an element not scored in one is left out of its median, not counted as 0). Group median overall: {median}.</source>
        <translation>{n} evaluaciones con el marco {version}; la última columna da la mediana del grupo (un elemento sin puntuar en una de ellas queda fuera de su mediana, no cuenta como 0). Mediana global del grupo: {median}.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Elements scored</source>
        <translation>Elementos puntuados</translation>
    </message>
    <message>
        <source>{k} of {n}</source>
        <translation>{k} de {n}</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>{name}: {k} of {n} elements scored</source>
        <translation>{name}: {k} de {n} elementos puntuados</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Why it changed (rationale of {name})</source>
        <translation>Por qué cambió (justificación de {name})</translation>
    </message>
    <message>
        <source>* provisional: the median of the interviews&apos; proposals, no rating set yet</source>
        <translation>* provisional: mediana de las propuestas de las entrevistas, aún sin calificación consolidada</translation>
    </message>
    <message>
        <source>no rationale yet: the score is provisional (the median of the interviews&apos; proposals)</source>
        <translation>aún sin justificación: la puntuación es provisional (mediana de las propuestas de las entrevistas)</translation>
    </message>
    <message>
        <source>no rationale recorded</source>
        <translation>sin justificación registrada</translation>
    </message>
</context>
<context>
    <name>ConflictReview</name>
    <message>
        <source>Conflicts to review</source>
        <translation>Conflictos por revisar</translation>
    </message>
    <message>
        <source>sheet {sheet}, row {row}</source>
        <translation>hoja {sheet}, fila {row}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>hoja {sheet}</translation>
    </message>
    <message>
        <source>Assessment profile</source>
        <translation>Perfil de la evaluación</translation>
    </message>
    <message>
        <source>Rating of {element}</source>
        <translation>Calificación de {element}</translation>
    </message>
    <message>
        <source>Evidence on {element} from {who}</source>
        <translation>Evidencia sobre {element} de {who}</translation>
    </message>
    <message>
        <source>Interview with {who} ({date})</source>
        <translation>Entrevista con {who} ({date})</translation>
    </message>
    <message>
        <source>A deleted record</source>
        <translation>Un registro eliminado</translation>
    </message>
    <message>
        <source>Open conflicts: {n}</source>
        <translation>Conflictos abiertos: {n}</translation>
    </message>
    <message>
        <source>No open conflicts: every imported value has been settled.</source>
        <translation>No hay conflictos abiertos: todos los valores importados están resueltos.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Persona entrevistada</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Helix group</source>
        <translation>Grupo de la hélice</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>When the workbook was exported, the value was: {value}</source>
        <translation>Cuando se exportó el libro, el valor era: {value}</translation>
    </message>
    <message>
        <source>From the workbook {file}, imported {when}</source>
        <translation>Del libro {file}, importado el {when}</translation>
    </message>
    <message>
        <source>From the workbook {file}, imported by {who} on {when}</source>
        <translation>Del libro {file}, importado por {who} el {when}</translation>
    </message>
    <message>
        <source>Last changed by {who} on {when}</source>
        <translation>Último cambio por {who} el {when}</translation>
    </message>
    <message>
        <source>Unchanged since it was created</source>
        <translation>Sin cambios desde su creación</translation>
    </message>
    <message>
        <source>Please write the reason for your decision first: it is kept in the audit log.</source>
        <translation>Escriba primero el motivo de su decisión: se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Enter the right value</source>
        <translation>Introducir el valor correcto</translation>
    </message>
    <message>
        <source>{field} — {record}:</source>
        <translation>{field} — {record}:</translation>
    </message>
    <message>
        <source>Conflict settled: {what} is now {value}</source>
        <translation>Conflicto resuelto: {what} es ahora {value}</translation>
    </message>
</context>
<context>
    <name>ConflictReviewForm</name>
    <message>
        <source>A conflict is a value changed both in a returned field workbook and in the office database since the workbook was exported. The import kept the office value. Choose which value is right, and say why: the decision and its reason go to the audit log.</source>
        <translation>Un conflicto es un valor modificado tanto en un libro de campo devuelto como en la base de datos de la oficina desde que se exportó el libro. La importación conservó el valor de la oficina. Elija qué valor es el correcto y explique por qué: la decisión y su motivo quedan en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Evaluación</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Workbook</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>In the field workbook</source>
        <translation>En el libro de campo</translation>
    </message>
    <message>
        <source>In the office database</source>
        <translation>En la base de datos de la oficina</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Why is this the right value? (required; kept in the audit log)</source>
        <translation>¿Por qué es este el valor correcto? (obligatorio; se guarda en el registro de auditoría)</translation>
    </message>
    <message>
        <source>Take &amp;field value</source>
        <translation>Tomar el valor del &amp;campo</translation>
    </message>
    <message>
        <source>Keep &amp;office value</source>
        <translation>Conservar el valor de la &amp;oficina</translation>
    </message>
    <message>
        <source>&amp;Enter value…</source>
        <translation>&amp;Introducir un valor…</translation>
    </message>
</context>
<context>
    <name>ConsolidationForm</name>
    <message>
        <source>For each element, what every interviewee proposed. Set the consolidated score; elements whose proposals differ by 2 or more are highlighted.</source>
        <translation>Para cada elemento, lo que propuso cada persona entrevistada. Fije la puntuación consolidada; se resaltan los elementos cuyas propuestas difieren en 2 o más.</translation>
    </message>
    <message>
        <source>* Provisional: the median of the interviewees&apos; proposals, used until you set a consolidated score.</source>
        <translation>* Provisional: la mediana de las propuestas de las personas entrevistadas, utilizada hasta que fije una puntuación consolidada.</translation>
    </message>
    <message>
        <source>Consolidated rating</source>
        <translation>Calificación consolidada</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>P&amp;untuación:</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Con&amp;fianza:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Justificación:</translation>
    </message>
    <message>
        <source>Why this score, given the interviews and documents</source>
        <translation>Por qué esta puntuación, según las entrevistas y los documentos</translation>
    </message>
</context>
<context>
    <name>ConsolidationPage</name>
    <message>
        <source>Changed elsewhere meanwhile, kept as it is there: {fields}. Your version is in the conflicts list.</source>
        <translation>Modificado en otro lugar mientras tanto, se conserva así: {fields}. Su versión está en la lista de conflictos.</translation>
    </message>
    <message>
        <source>consolidation, element {n:02d}</source>
        <translation>consolidación, elemento {n:02d}</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>justificación</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Persona entrevistada</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Note and source</source>
        <translation>Nota y fuente</translation>
    </message>
    <message>
        <source>– not set (the median of the proposals is used)</source>
        <translation>– sin fijar (se usa la mediana de las propuestas)</translation>
    </message>
    <message>
        <source>Proposals differ by {n}: check the notes before consolidating</source>
        <translation>Las propuestas difieren en {n}: revise las notas antes de consolidar</translation>
    </message>
    <message>
        <source>Provisional: the median of the proposals, until you set a consolidated score</source>
        <translation>Provisional: la mediana de las propuestas, hasta que fije una puntuación consolidada</translation>
    </message>
    <message>
        <source> (confidential)</source>
        <translation> (confidencial)</translation>
    </message>
    <message>
        <source>not discussed</source>
        <translation>no tratado</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Consolidated ratings saved</source>
        <translation>Calificaciones consolidadas guardadas</translation>
    </message>
</context>
<context>
    <name>DashboardForm</name>
    <message>
        <source>&lt;b&gt;The 21 elements&lt;/b&gt;</source>
        <translation>&lt;b&gt;Los 21 elementos&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Evidence coverage</source>
        <translation>Cobertura de la evidencia</translation>
    </message>
    <message>
        <source>Helix groups interviewed</source>
        <translation>Grupos de la hélice entrevistados</translation>
    </message>
    <message>
        <source>Weakest elements</source>
        <translation>Elementos más débiles</translation>
    </message>
    <message>
        <source>Recommended support</source>
        <translation>Apoyo recomendado</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Domain</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Elements scored / with evidence / all</source>
        <translation>Elementos puntuados / con evidencia / total</translation>
    </message>
    <message>
        <source>not enough evidence ({k} of {n} elements scored)</source>
        <translation>evidencia insuficiente ({k} de {n} elementos puntuados)</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>aún sin evaluar</translation>
    </message>
    <message>
        <source>Overall {score} — {stage}</source>
        <translation>Global {score} — {stage}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>{scored} of {total} elements scored, {evidenced} with evidence; {notes} evidence notes in all.</source>
        <translation>{scored} de {total} elementos puntuados, {evidenced} con evidencia; {notes} notas de evidencia en total.</translation>
    </message>
    <message>
        <source>1 of them is still provisional: marked * in Consolidation, the median of the interviews&apos; proposals until a rating is set.</source>
        <translation>Uno de ellos sigue siendo provisional: marcado con * en Consolidación, es la mediana de las propuestas de las entrevistas hasta que se fije una calificación.</translation>
    </message>
    <message>
        <source>{n} of them are still provisional: marked * in Consolidation, the median of the interviews&apos; proposals until a rating is set.</source>
        <translation>{n} de ellos siguen siendo provisionales: marcados con * en Consolidación, son la mediana de las propuestas de las entrevistas hasta que se fije una calificación.</translation>
    </message>
    <message>
        <source>{mark} {group}: 1 interview</source>
        <translation>{mark} {group}: 1 entrevista</translation>
    </message>
    <message>
        <source>{mark} {group}: {n} interviews</source>
        <translation>{mark} {group}: {n} entrevistas</translation>
    </message>
    <message>
        <source>Not yet heard: {groups}.</source>
        <translation>Aún sin escuchar: {groups}.</translation>
    </message>
    <message>
        <source>{number} {name}: {score}</source>
        <translation>{number} {name}: {score}</translation>
    </message>
    <message>
        <source>none scored yet</source>
        <translation>ninguno puntuado aún</translation>
    </message>
    <message>
        <source>(elements {numbers})</source>
        <translation>(elementos {numbers})</translation>
    </message>
    <message>
        <source>None yet: no element is scored.</source>
        <translation>Ninguno aún: no hay elementos puntuados.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggested scale-up:&lt;/b&gt; {name}. {reason}</source>
        <translation>&lt;b&gt;Ampliación sugerida:&lt;/b&gt; {name}. {reason}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Dejar la fecha vacía</translation>
    </message>
    <message>
        <source>Stored as “{text}”: pick a date to replace it</source>
        <translation>Guardada como «{text}»: elija una fecha para reemplazarla</translation>
    </message>
</context>
<context>
    <name>ElementBars</name>
    <message>
        <source>{score} (provisional)</source>
        <translation>{score} (provisional)</translation>
    </message>
    <message>
        <source>hatched outline: provisional (median of the interviews&apos; proposals)</source>
        <translation>contorno rayado: provisional (mediana de las propuestas de las entrevistas)</translation>
    </message>
    <message>
        <source>dashed stub: not scored</source>
        <translation>trazo discontinuo: sin puntuar</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export field workbook</source>
        <translation>Exportar libro de campo</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Encrypt with a password</source>
        <translation>Cifrar con una contraseña</translation>
    </message>
    <message>
        <source>For workbooks sent by e-mail or carried on a USB stick: they hold the interview notes</source>
        <translation>Para los libros enviados por correo electrónico o llevados en una memoria USB: contienen las notas de las entrevistas</translation>
    </message>
    <message>
        <source>Excel and LibreOffice ask for this password when the workbook is opened, and scfield asks for it when the workbook is imported. At least {n} characters. Tell it to the expert separately (by phone, say), never in the same e-mail.</source>
        <translation>Excel y LibreOffice piden esta contraseña al abrir el libro, y scfield la pide al importarlo. Al menos {n} caracteres. Comuníquela al experto por separado (por teléfono, por ejemplo), nunca en el mismo correo.</translation>
    </message>
    <message>
        <source>Workbook:</source>
        <translation>Libro:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Repita la contraseña:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose where to write the workbook.</source>
        <translation>Elija dónde escribir el libro.</translation>
    </message>
    <message>
        <source>“{file}” already exists. Click Export again to replace it.</source>
        <translation>«{file}» ya existe. Vuelva a hacer clic en Exportar para reemplazarlo.</translation>
    </message>
    <message>
        <source>The password must have at least {n} characters.</source>
        <translation>La contraseña debe tener al menos {n} caracteres.</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden: escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to scfield</source>
        <translation>Bienvenido a scfield</translation>
    </message>
    <message>
        <source>Please type your name: it is recorded with every change you make.</source>
        <translation>Escriba su nombre: se registra con cada cambio que haga.</translation>
    </message>
</context>
<context>
    <name>FirstRunForm</name>
    <message>
        <source>&lt;h3&gt;Welcome to scfield&lt;/h3&gt;&lt;p&gt;Your name is recorded as the author of every change you make, so that the team can see who assessed what.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Bienvenido a scfield&lt;/h3&gt;&lt;p&gt;Su nombre se registra como autor de cada cambio que haga, para que el equipo sepa quién evaluó qué.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <source>e.g. Aiko Tanaka</source>
        <translation>p. ej., Aiko Tanaka</translation>
    </message>
    <message>
        <source>&amp;Initials:</source>
        <translation>&amp;Iniciales:</translation>
    </message>
    <message>
        <source>e.g. AT</source>
        <translation>p. ej., AT</translation>
    </message>
    <message>
        <source>How do you want to start?</source>
        <translation>¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <source>Load the demo: five sample assessments (three cities, one of them assessed again a year later, and a country) to look around</source>
        <translation>Cargar la demostración: cinco evaluaciones de ejemplo (tres ciudades, una de ellas reevaluada un año después, y un país) para explorar</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Empezar con una base de datos vacía</translation>
    </message>
</context>
<context>
    <name>GuideForm</name>
    <message>
        <source>Interview:</source>
        <translation>Entrevista:</translation>
    </message>
    <message>
        <source>The elements of this interview: ✔ scored, – not discussed, ○ not yet done</source>
        <translation>Los elementos de esta entrevista: ✔ puntuado, – no tratado, ○ pendiente</translation>
    </message>
    <message>
        <source>Progress by domain</source>
        <translation>Avance por ámbito</translation>
    </message>
    <message>
        <source>Score (keys 0–4, N = not discussed; Alt+key while typing a note)</source>
        <translation>Puntuación (teclas 0–4, N = no tratado; Alt+tecla al escribir una nota)</translation>
    </message>
    <message>
        <source>Evidence no&amp;te:</source>
        <translation>No&amp;ta de evidencia:</translation>
    </message>
    <message>
        <source>What the interviewee said or showed (saved as you type)</source>
        <translation>Lo que la persona entrevistada dijo o mostró (se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>F&amp;uente:</translation>
    </message>
    <message>
        <source>document, page, web address, photo…</source>
        <translation>documento, página, dirección web, foto…</translation>
    </message>
    <message>
        <source>Con&amp;fidence:</source>
        <translation>Con&amp;fianza:</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Anterior</translation>
    </message>
    <message>
        <source>Previous element (PageUp, Alt+Left, or Ctrl+Left outside a text box)</source>
        <translation>Elemento anterior (RePág, Alt+Izquierda, o Ctrl+Izquierda fuera de un cuadro de texto)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Next element (PageDown, Alt+Right, or Ctrl+Right outside a text box)</source>
        <translation>Elemento siguiente (AvPág, Alt+Derecha, o Ctrl+Derecha fuera de un cuadro de texto)</translation>
    </message>
</context>
<context>
    <name>GuidePage</name>
    <message>
        <source>Changed elsewhere meanwhile, kept as it is there: {fields}. Your version is in the conflicts list.</source>
        <translation>Modificado en otro lugar mientras tanto, se conserva así: {fields}. Su versión está en la lista de conflictos.</translation>
    </message>
    <message>
        <source>interview guide: {who}, element {n:02d}</source>
        <translation>guía de entrevista: {who}, elemento {n:02d}</translation>
    </message>
    <message>
        <source>score</source>
        <translation>puntuación</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota de evidencia</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>confidence</source>
        <translation>confianza</translation>
    </message>
    <message>
        <source>Record an interview in the Interviews tab, then run it here.</source>
        <translation>Registre una entrevista en la pestaña Entrevistas y realícela aquí.</translation>
    </message>
    <message>
        <source>N  Not discussed</source>
        <translation>N  No tratado</translation>
    </message>
    <message>
        <source>Key {key} (Alt+{key} while typing)</source>
        <translation>Tecla {key} (Alt+{key} al escribir)</translation>
    </message>
    <message>
        <source>The interview did not cover this element (it does not count in the scores).</source>
        <translation>La entrevista no cubrió este elemento (no cuenta en las puntuaciones).</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>This assessment is signed: the interview can be read, not changed.</source>
        <translation>Esta evaluación está firmada: la entrevista se puede leer, no cambiar.</translation>
    </message>
    <message>
        <source>{domain} domain</source>
        <translation>Ámbito: {domain}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Guiding questions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Preguntas orientativas&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Element {i} of {n} in this interview</source>
        <translation>Elemento {i} de {n} en esta entrevista</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>All changes saved at {time}</source>
        <translation>Todos los cambios guardados a las {time}</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>No guardado: {reason}</translation>
    </message>
    <message>
        <source>Scored {score}</source>
        <translation>Puntuado {score}</translation>
    </message>
    <message>
        <source>Not discussed</source>
        <translation>No tratado</translation>
    </message>
    <message>
        <source>Not yet done</source>
        <translation>Pendiente</translation>
    </message>
</context>
<context>
    <name>ImportResultsDialog</name>
    <message>
        <source>Imported workbooks</source>
        <translation>Libros importados</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Nothing new</source>
        <translation>Nada nuevo</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Would import</source>
        <translation>Se importaría</translation>
    </message>
    <message>
        <source>Not imported (cancelled)</source>
        <translation>No importado (cancelado)</translation>
    </message>
    <message>
        <source>Not imported (no password)</source>
        <translation>No importado (sin contraseña)</translation>
    </message>
    <message>
        <source>{n} (+{known} earlier)</source>
        <translation>{n} (+{known} anteriores)</translation>
    </message>
    <message>
        <source>Workbooks imported: {n} of {total}.</source>
        <translation>Libros importados: {n} de {total}.</translation>
    </message>
    <message>
        <source>Stopped by Cancel: {n} not imported — import them again when you are ready (the others will say nothing new).</source>
        <translation>Detenido con Cancelar: {n} sin importar — vuelva a importarlos cuando quiera (los demás no aportarán nada nuevo).</translation>
    </message>
    <message>
        <source>Left out without their password: {n} — import them again when you have it.</source>
        <translation>Dejados fuera por falta de contraseña: {n}; vuelva a importarlos cuando la tenga.</translation>
    </message>
    <message>
        <source>Nothing new in: {n}.</source>
        <translation>Nada nuevo en: {n}.</translation>
    </message>
    <message>
        <source>Refused: {n} — nothing from them was written; the reasons are below.</source>
        <translation>Rechazados: {n} — no se escribió nada de ellos; los motivos están abajo.</translation>
    </message>
    <message>
        <source>New conflicts: {n} — the office values were kept until you decide (Review conflicts…).</source>
        <translation>Conflictos nuevos: {n} — se conservaron los valores de la oficina hasta que usted decida (Revisar conflictos…).</translation>
    </message>
    <message>
        <source>This workbook is encrypted and its password was not given: nothing from it was written. Import it again with its password.</source>
        <translation>Este libro está cifrado y no se dio su contraseña: no se escribió nada de él. Vuelva a importarlo con su contraseña.</translation>
    </message>
    <message>
        <source>This workbook was refused and nothing from it was written, because:</source>
        <translation>Este libro se rechazó y no se escribió nada de él, porque:</translation>
    </message>
    <message>
        <source>Added: {added}. Updated: {updated}. Unchanged: {unchanged}. New conflicts: {conflicts}.</source>
        <translation>Añadidos: {added}. Actualizados: {updated}. Sin cambios: {unchanged}. Conflictos nuevos: {conflicts}.</translation>
    </message>
    <message>
        <source>Conflicts already recorded by an earlier import: {n}.</source>
        <translation>Conflictos ya registrados por una importación anterior: {n}.</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Changes:</source>
        <translation>Cambios:</translation>
    </message>
    <message>
        <source>The database was backed up before the import: {path}</source>
        <translation>Se hizo una copia de seguridad de la base de datos antes de la importación: {path}</translation>
    </message>
</context>
<context>
    <name>ImportResultsForm</name>
    <message>
        <source>Workbook</source>
        <translation>Libro</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Details of the selected workbook&lt;/b&gt;</source>
        <translation>&lt;b&gt;Detalles del libro seleccionado&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Review &amp;conflicts…</source>
        <translation>Revisar &amp;conflictos…</translation>
    </message>
    <message>
        <source>Decide, field by field, which value to keep</source>
        <translation>Decidir, campo por campo, qué valor conservar</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation>Nueva entrevista</translation>
    </message>
    <message>
        <source>Please give the interviewee&apos;s name.</source>
        <translation>Indique el nombre de la persona entrevistada.</translation>
    </message>
    <message>
        <source>Tick at least one element, or choose all 21.</source>
        <translation>Marque al menos un elemento o elija los 21.</translation>
    </message>
</context>
<context>
    <name>InterviewForm</name>
    <message>
        <source>&amp;Interviewee:</source>
        <translation>&amp;Persona entrevistada:</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>e.g. Director, Department of IT</source>
        <translation>p. ej., Director, Departamento de TI</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>&amp;Helix group:</source>
        <translation>Grupo de la &amp;hélice:</translation>
    </message>
    <message>
        <source>Public sector, private sector, academia or citizens (the quadruple helix)</source>
        <translation>Sector público, sector privado, academia o ciudadanía (la cuádruple hélice)</translation>
    </message>
    <message>
        <source>The interviewee &amp;consents to the interview being recorded</source>
        <translation>La persona entrevistada consiente que se re&amp;gistre la entrevista</translation>
    </message>
    <message>
        <source>Con&amp;fidential: keep notes out of shared reports</source>
        <translation>Confi&amp;dencial: excluir las notas de los informes compartidos</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lugar:</translation>
    </message>
    <message>
        <source>Inter&amp;viewer:</source>
        <translation>Entre&amp;vistador/a:</translation>
    </message>
    <message>
        <source>Elements to discuss</source>
        <translation>Elementos que tratar</translation>
    </message>
    <message>
        <source>&amp;All 21 elements</source>
        <translation>Los 21 &amp;elementos</translation>
    </message>
    <message>
        <source>Only the elements &amp;ticked below:</source>
        <translation>Solo los elementos &amp;marcados abajo:</translation>
    </message>
</context>
<context>
    <name>InterviewsForm</name>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Nueva entrevista…</translation>
    </message>
    <message>
        <source>Record a new interview with its interviewee and consent</source>
        <translation>Registrar una nueva entrevista con la persona entrevistada y su consentimiento</translation>
    </message>
    <message>
        <source>&amp;Open in the guide</source>
        <translation>A&amp;brir en la guía</translation>
    </message>
    <message>
        <source>Run the interview element by element (Enter or double-click)</source>
        <translation>Realizar la entrevista elemento por elemento (Intro o doble clic)</translation>
    </message>
</context>
<context>
    <name>InterviewsPage</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Persona entrevistada</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Helix group</source>
        <translation>Grupo de la hélice</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Elements noted</source>
        <translation>Elementos anotados</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>No interviews yet. Record one with “New interview…”, then run it in the guide.</source>
        <translation>Aún no hay entrevistas. Registre una con «Nueva entrevista…» y realícela en la guía.</translation>
    </message>
    <message>
        <source>1 interview. It covers all {total} elements unless a subset was chosen.</source>
        <translation>1 entrevista. Cubre los {total} elementos, salvo que se haya elegido una selección.</translation>
    </message>
    <message>
        <source>{n} interviews. Each covers all {total} elements unless a subset was chosen.</source>
        <translation>{n} entrevistas. Cada una cubre los {total} elementos, salvo que se haya elegido una parte.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Language of scfield:</source>
        <translation>Idioma de scfield:</translation>
    </message>
    <message>
        <source>The new language is used the next time scfield starts. Assessments, interview notes and workbooks are not changed.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie scfield. Las evaluaciones, las notas de entrevista y los libros de trabajo no cambian.</translation>
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
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>Start a new assessment (Ctrl+N)</source>
        <translation>Empezar una nueva evaluación (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <source>Open the selected assessment (Enter or double-click)</source>
        <translation>Abrir la evaluación seleccionada (Intro o doble clic)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected assessment; a backup is made first</source>
        <translation>Eliminar la evaluación seleccionada; antes se hace una copia de seguridad</translation>
    </message>
    <message>
        <source>The database file in use</source>
        <translation>El archivo de base de datos en uso</translation>
    </message>
    <message>
        <source>Filter by title or place</source>
        <translation>Filtrar por título o lugar</translation>
    </message>
    <message>
        <source>Show one country only</source>
        <translation>Mostrar solo un país</translation>
    </message>
    <message>
        <source>Country-level or city-level assessments</source>
        <translation>Evaluaciones de nivel nacional o municipal</translation>
    </message>
    <message>
        <source>Draft, signed or amended</source>
        <translation>Borrador, firmada o enmendada</translation>
    </message>
    <message>
        <source>Show assessments at one stage</source>
        <translation>Mostrar las evaluaciones de una etapa</translation>
    </message>
    <message>
        <source>&lt;b&gt;Search the evidence notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Buscar en las notas de evidencia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Words from any note, in any language</source>
        <translation>Palabras de cualquier nota, en cualquier idioma</translation>
    </message>
    <message>
        <source>Searches every interview note and source (Ctrl+F)</source>
        <translation>Busca en todas las notas de entrevista y sus fuentes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Double-click (or Enter) opens the interview guide at that element</source>
        <translation>Doble clic (o Intro) abre la guía de entrevista en ese elemento</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>scfield — smart city assessments</source>
        <translation>scfield — evaluaciones de ciudades inteligentes</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de datos: {path}</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import workbooks…</source>
        <translation>&amp;Importar libros…</translation>
    </message>
    <message>
        <source>Merge returned field workbooks (you can also drop them on this window)</source>
        <translation>Combinar los libros de campo devueltos (también puede soltarlos en esta ventana)</translation>
    </message>
    <message>
        <source>Blank field &amp;template…</source>
        <translation>&amp;Plantilla de campo en blanco…</translation>
    </message>
    <message>
        <source>A workbook for starting an assessment in the field without the app</source>
        <translation>Un libro para empezar una evaluación en campo sin la aplicación</translation>
    </message>
    <message>
        <source>Office &amp;summary workbook…</source>
        <translation>Libro de &amp;resumen de la oficina…</translation>
    </message>
    <message>
        <source>One workbook with the scores of every assessment</source>
        <translation>Un libro con las puntuaciones de todas las evaluaciones</translation>
    </message>
    <message>
        <source>&amp;Reports for all assessments…</source>
        <translation>In&amp;formes de todas las evaluaciones…</translation>
    </message>
    <message>
        <source>One PDF per assessment into a folder</source>
        <translation>Un PDF por evaluación en una carpeta</translation>
    </message>
    <message>
        <source>&amp;Verify a printed report…</source>
        <translation>&amp;Verificar un informe impreso…</translation>
    </message>
    <message>
        <source>Check a fingerprint code or a PDF against the signed record</source>
        <translation>Comprobar un código de huella o un PDF con el registro firmado</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Copias de seguridad…</translation>
    </message>
    <message>
        <source>The copies of the database taken before each import, deletion and restore; put one back</source>
        <translation>Las copias de la base de datos hechas antes de cada importación, eliminación y restauración; restaurar una</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>E&amp;valuación</translation>
    </message>
    <message>
        <source>&amp;New assessment…</source>
        <translation>&amp;Nueva evaluación…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;Export field workbook…</source>
        <translation>&amp;Exportar libro de campo…</translation>
    </message>
    <message>
        <source>Write the selected assessment as a workbook to fill in the field</source>
        <translation>Escribir la evaluación seleccionada como un libro para completar en campo</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;Conflictos…</translation>
    </message>
    <message>
        <source>Values changed both in a returned workbook and in the office</source>
        <translation>Valores cambiados tanto en un libro devuelto como en la oficina</translation>
    </message>
    <message>
        <source>Audit &amp;trail…</source>
        <translation>&amp;Registro de auditoría…</translation>
    </message>
    <message>
        <source>Who changed what in the selected assessment, when, why and from which workbook</source>
        <translation>Quién cambió qué en la evaluación seleccionada, cuándo, por qué y desde qué libro</translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation>&amp;Imprimir resumen…</translation>
    </message>
    <message>
        <source>The summary report of the selected assessment, with a preview</source>
        <translation>El informe resumido de la evaluación seleccionada, con vista previa</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Firmar…</translation>
    </message>
    <message>
        <source>Sign the selected assessment as it is now and lock it</source>
        <translation>Firmar la evaluación seleccionada tal como está y bloquearla</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>En&amp;mendar…</translation>
    </message>
    <message>
        <source>Unlock a signed assessment for changes, with a reason</source>
        <translation>Desbloquear una evaluación firmada para cambiarla, con un motivo</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Idioma…</translation>
    </message>
    <message>
        <source>Backup &amp;space…</source>
        <translation>&amp;Espacio para copias de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About scfield</source>
        <translation>&amp;Acerca de scfield</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choosing the language is not available in this version of scfield.</source>
        <translation>La elección del idioma no está disponible en esta versión de scfield.</translation>
    </message>
    <message>
        <source>About scfield</source>
        <translation>Acerca de scfield</translation>
    </message>
    <message>
        <source>scfield {version}

Smart-city readiness assessments in the field, with JICA&apos;s Smart City Approach. Works offline; your data stays in the database file shown at the top right.</source>
        <translation>scfield {version}

Evaluaciones de preparación de ciudades inteligentes en campo, con el Enfoque de Ciudades Inteligentes de JICA. Funciona sin conexión; sus datos permanecen en el archivo de base de datos que se muestra arriba a la derecha.</translation>
    </message>
    <message>
        <source>No assessments yet. Click “New assessment…” to start one.</source>
        <translation>Aún no hay evaluaciones. Haga clic en «Nueva evaluación…» para empezar una.</translation>
    </message>
    <message>
        <source>1 assessment</source>
        <translation>1 evaluación</translation>
    </message>
    <message>
        <source>{n} assessments</source>
        <translation>{n} evaluaciones</translation>
    </message>
    <message>
        <source>{shown} of {n} assessments match the filter</source>
        <translation>{shown} de {n} evaluaciones coinciden con el filtro</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Title of the new assessment:</source>
        <translation>Título de la nueva evaluación:</translation>
    </message>
    <message>
        <source>Delete assessment</source>
        <translation>Eliminar la evaluación</translation>
    </message>
    <message>
        <source>Delete “{title}” with all its interviews, evidence and ratings?

A backup copy of the database is made first, so it can be recovered.</source>
        <translation>¿Eliminar «{title}» con todas sus entrevistas, evidencias y calificaciones?

Antes se hace una copia de seguridad de la base de datos, para poder recuperarla.</translation>
    </message>
    <message>
        <source>(the database was empty)</source>
        <translation>(la base de datos estaba vacía)</translation>
    </message>
    <message>
        <source>Assessment deleted</source>
        <translation>Evaluación eliminada</translation>
    </message>
    <message>
        <source>“{title}” was deleted. The backup made just before is:
{path}</source>
        <translation>«{title}» se eliminó. La copia de seguridad hecha justo antes es:
{path}</translation>
    </message>
    <message>
        <source>{n} notes found. Double-click one to open it in its interview.</source>
        <translation>{n} notas encontradas. Haga doble clic en una para abrirla en su entrevista.</translation>
    </message>
    <message>
        <source>No evidence note contains that text.</source>
        <translation>Ninguna nota de evidencia contiene ese texto.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Digital signature</source>
        <translation>Firma digital</translation>
    </message>
    <message>
        <source>You signed “{title}”: type the passphrase of your signing key to put your digital signature on the PDF, which any PDF reader can check. Leave it empty to save the PDF without a digital signature.</source>
        <translation>Usted firmó «{title}»: escriba la frase de paso de su clave de firma para poner su firma digital en el PDF, que cualquier lector de PDF puede comprobar. Déjela vacía para guardar el PDF sin firma digital.</translation>
    </message>
    <message>
        <source>passphrase of your signing key</source>
        <translation>frase de paso de su clave de firma</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>e.g. Da Nang smart city readiness 2025</source>
        <translation>p. ej., Preparación de Da Nang como ciudad inteligente 2025</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <source>Cit&amp;y:</source>
        <translation>Ci&amp;udad:</translation>
    </message>
    <message>
        <source>Le&amp;vel:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>Te&amp;am:</source>
        <translation>E&amp;quipo:</translation>
    </message>
    <message>
        <source>&amp;Report language:</source>
        <translation>Idio&amp;ma del informe:</translation>
    </message>
    <message>
        <source>Pop&amp;ulation:</source>
        <translation>Po&amp;blación:</translation>
    </message>
    <message>
        <source>Econo&amp;my:</source>
        <translation>Ec&amp;onomía:</translation>
    </message>
    <message>
        <source>Existi&amp;ng assets:</source>
        <translation>Acti&amp;vos existentes:</translation>
    </message>
    <message>
        <source>Imp&amp;lementing entities:</source>
        <translation>Entidades e&amp;jecutoras:</translation>
    </message>
    <message>
        <source>Ot&amp;her conditions:</source>
        <translation>Ot&amp;ras condiciones:</translation>
    </message>
    <message>
        <source>empty for a country-level assessment</source>
        <translation>vacío para una evaluación de nivel nacional</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Fec&amp;ha de inicio:</translation>
    </message>
    <message>
        <source>&amp;End date:</source>
        <translation>Fecha de &amp;fin:</translation>
    </message>
    <message>
        <source>names and organisations of the assessors</source>
        <translation>nombres y organizaciones de los evaluadores</translation>
    </message>
    <message>
        <source>The signed summary and the field workbook&apos;s instructions are written in this language. Workbooks in any language import in any office.</source>
        <translation>El resumen firmado y las instrucciones del libro de campo se redactan en este idioma. Un libro en cualquier idioma se importa en cualquier oficina.</translation>
    </message>
    <message>
        <source>main industries, growth, budget</source>
        <translation>principales industrias, crecimiento, presupuesto</translation>
    </message>
    <message>
        <source>data platforms, sensors, systems already in place</source>
        <translation>plataformas de datos, sensores, sistemas ya implantados</translation>
    </message>
    <message>
        <source>who would implement smart city projects</source>
        <translation>quién ejecutaría los proyectos de ciudad inteligente</translation>
    </message>
    <message>
        <source>anything else about the city</source>
        <translation>cualquier otro dato sobre la ciudad</translation>
    </message>
    <message>
        <source>Changes are saved automatically.</source>
        <translation>Los cambios se guardan automáticamente.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>{code} (printed in English)</source>
        <translation>{code} (se imprime en inglés)</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <source>not scored</source>
        <translation>sin puntuar</translation>
    </message>
    <message>
        <source>{score} ({k} of {n} scored)</source>
        <translation>{score} ({k} de {n} puntuados)</translation>
    </message>
    <message>
        <source>dashed grey: {earlier}; blue: {later}</source>
        <translation>gris discontinuo: {earlier}; azul: {later}</translation>
    </message>
    <message>
        <source>○ too few elements scored for a stage</source>
        <translation>○ muy pocos elementos puntuados para una etapa</translation>
    </message>
    <message>
        <source>gap: domain not scored (not drawn at 0)</source>
        <translation>hueco: dominio sin puntuar (no se dibuja en 0)</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>Preparing the summary report</source>
        <translation>Preparando el informe resumido</translation>
    </message>
    <message>
        <source>Assessment signed</source>
        <translation>Evaluación firmada</translation>
    </message>
    <message>
        <source>Signed by {who} on {date}. The assessment is now locked.

Fingerprint: {code}</source>
        <translation>Firmada por {who} el {date}. La evaluación está ahora bloqueada.

Huella: {code}</translation>
    </message>
    <message>
        <source>Assessment amended</source>
        <translation>Evaluación enmendada</translation>
    </message>
    <message>
        <source>The assessment can be edited again and prints as DRAFT until it is signed again. The signed version ({codes}) stays in the history.</source>
        <translation>La evaluación vuelve a ser editable y se imprime como BORRADOR hasta que se firme de nuevo. La versión firmada ({codes}) queda en el historial.</translation>
    </message>
    <message>
        <source>Folder for the reports of all assessments</source>
        <translation>Carpeta para los informes de todas las evaluaciones</translation>
    </message>
    <message>
        <source>Writing the reports</source>
        <translation>Escribiendo los informes</translation>
    </message>
    <message>
        <source>1 report written to {folder}</source>
        <translation>1 informe escrito en {folder}</translation>
    </message>
    <message>
        <source>{n} reports written to {folder}</source>
        <translation>{n} informes escritos en {folder}</translation>
    </message>
    <message>
        <source>Some text the PDF cannot print was replaced by a marker in:</source>
        <translation>Se sustituyó por una marca texto que el PDF no puede imprimir en:</translation>
    </message>
    <message>
        <source>Reports written</source>
        <translation>Informes escritos</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Print on paper with the system&apos;s print dialog (Ctrl+P)</source>
        <translation>Imprimir en papel con el cuadro de diálogo de impresión del sistema (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Fir&amp;mar…</translation>
    </message>
    <message>
        <source>Sign the assessment as it is now and lock it</source>
        <translation>Firmar la evaluación tal como está y bloquearla</translation>
    </message>
    <message>
        <source>&amp;Amend…</source>
        <translation>&amp;Enmendar…</translation>
    </message>
    <message>
        <source>Unlock the signed assessment, with a reason</source>
        <translation>Desbloquear la evaluación firmada, con un motivo</translation>
    </message>
    <message>
        <source>&amp;Whole page</source>
        <translation>&amp;Página completa</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>Summary report — {title}</source>
        <translation>Informe resumido — {title}</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft (printed with a DRAFT watermark until it is signed)</source>
        <translation>borrador (se imprime con una marca de agua BORRADOR hasta que se firme)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{pages} pages · {state} · fingerprint {code}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{pages} páginas · {state} · huella {code}</translation>
    </message>
    <message>
        <source>Some text cannot be printed in this PDF and was replaced by a marker: {what}</source>
        <translation>Parte del texto no se puede imprimir en este PDF y se sustituyó por una marca: {what}</translation>
    </message>
    <message>
        <source>Report language: {language} (chosen in the assessment&apos;s Profile tab).</source>
        <translation>Idioma del informe: {language} (elegido en la pestaña Perfil de la evaluación).</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Página {n} de {total}</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>Informe guardado: {path}</translation>
    </message>
</context>
<context>
    <name>RoadmapDialog</name>
    <message>
        <source>Roadmap for the summary</source>
        <translation>Hoja de ruta para el resumen</translation>
    </message>
    <message>
        <source>&amp;Continue to the preview</source>
        <translation>Continuar a la &amp;vista previa</translation>
    </message>
    <message>
        <source>&amp;Signatories…</source>
        <translation>&amp;Firmantes…</translation>
    </message>
</context>
<context>
    <name>RoadmapForm</name>
    <message>
        <source>The summary ends with a roadmap: what the city (or country) and its partners do next. Write or correct it before printing; it is saved with the assessment. Leave a box empty to print “not written”.</source>
        <translation>El resumen termina con una hoja de ruta: lo que la ciudad (o el país) y sus socios harán a continuación. Escríbala o corríjala antes de imprimir; se guarda con la evaluación. Deje un cuadro vacío para imprimir «sin redactar».</translation>
    </message>
    <message>
        <source>This assessment is signed: the roadmap is shown as it was signed and cannot be changed unless the assessment is amended.</source>
        <translation>Esta evaluación está firmada: la hoja de ruta se muestra tal como se firmó y no se puede cambiar salvo que se enmiende la evaluación.</translation>
    </message>
    <message>
        <source>&amp;Short term (the next year):</source>
        <translation>&amp;Corto plazo (el próximo año):</translation>
    </message>
    <message>
        <source>&amp;Medium term (two to five years):</source>
        <translation>&amp;Medio plazo (de dos a cinco años):</translation>
    </message>
    <message>
        <source>&amp;Long term (beyond five years):</source>
        <translation>&amp;Largo plazo (más de cinco años):</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the assessment</source>
        <translation>Firmar la evaluación</translation>
    </message>
    <message>
        <source>Sign “{title}” as it is now. Signing records your name, the time and the fingerprint of the content, and locks the assessment: nothing can be changed unless it is amended with a reason. A second person may sign the same version.</source>
        <translation>Firmar «{title}» tal como está. La firma registra su nombre, la hora y la huella del contenido, y bloquea la evaluación: no se puede cambiar nada salvo que se enmiende con un motivo. Una segunda persona puede firmar la misma versión.</translation>
    </message>
    <message>
        <source>You sign with your key: on first signing scfield makes your key and a self-signed certificate and keeps them on this computer, protected by the passphrase (at least 8 characters; it cannot be recovered). Or choose your organisation&apos;s key file and type its passphrase.</source>
        <translation>Usted firma con su clave: en la primera firma, scfield crea su clave y un certificado autofirmado y los guarda en este ordenador, protegidos por la frase de paso (al menos 8 caracteres; no se puede recuperar). O elija el archivo de clave de su organización y escriba su frase de paso.</translation>
    </message>
    <message>
        <source>&amp;Sign and lock</source>
        <translation>&amp;Firmar y bloquear</translation>
    </message>
    <message>
        <source>Your organisation&apos;s key file</source>
        <translation>El archivo de clave de su organización</translation>
    </message>
    <message>
        <source>PKCS#12 key files (*.p12 *.pfx)</source>
        <translation>Archivos de clave PKCS#12 (*.p12 *.pfx)</translation>
    </message>
</context>
<context>
    <name>SignForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorio</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Cargo:</translation>
    </message>
    <message>
        <source>e.g. Team Leader, Deputy Director</source>
        <translation>p. ej., Jefe de equipo, Director adjunto</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>e.g. JICA, Da Nang People&apos;s Committee</source>
        <translation>p. ej., JICA, Comité Popular de Da Nang</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Fra&amp;se de paso:</translation>
    </message>
    <message>
        <source>protects your signing key</source>
        <translation>protege su clave de firma</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>Archivo de c&amp;lave:</translation>
    </message>
    <message>
        <source>optional: your organisation&apos;s PKCS#12 file (.p12)</source>
        <translation>opcional: el archivo PKCS#12 de su organización (.p12)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories of the summary</source>
        <translation>Firmantes del resumen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Signs as</source>
        <translation>Firma como</translation>
    </message>
    <message>
        <source>Counterpart (the city&apos;s or country&apos;s side)</source>
        <translation>Contraparte (del lado de la ciudad o del país)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Quitar la selección</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
</context>
<context>
    <name>SyncActions</name>
    <message>
        <source>{what} written: {path}</source>
        <translation>{what} escrito: {path}</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the field workbook</source>
        <translation>Escribiendo el libro de campo</translation>
    </message>
    <message>
        <source>Field workbook</source>
        <translation>Libro de campo</translation>
    </message>
    <message>
        <source>Encrypted field workbook</source>
        <translation>Libro de campo cifrado</translation>
    </message>
    <message>
        <source>Field workbook written</source>
        <translation>Libro de campo guardado</translation>
    </message>
    <message>
        <source>The field workbook was written to:
{path}</source>
        <translation>El libro de campo se guardó en:
{path}</translation>
    </message>
    <message>
        <source>Blank field template</source>
        <translation>Plantilla de campo en blanco</translation>
    </message>
    <message>
        <source>scfield field template.xlsx</source>
        <translation>scfield plantilla de campo.xlsx</translation>
    </message>
    <message>
        <source>Office summary workbook</source>
        <translation>Libro de resumen de la oficina</translation>
    </message>
    <message>
        <source>scfield office summary.xlsx</source>
        <translation>scfield resumen de la oficina.xlsx</translation>
    </message>
    <message>
        <source>Writing the office summary</source>
        <translation>Escribiendo el resumen de la oficina</translation>
    </message>
    <message>
        <source>Import returned field workbooks</source>
        <translation>Importar los libros de campo devueltos</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Importing {n} workbooks</source>
        <translation>Importando {n} libros</translation>
    </message>
    <message>
        <source>No assessment selected</source>
        <translation>Ninguna evaluación seleccionada</translation>
    </message>
    <message>
        <source>Select an assessment in the list first.</source>
        <translation>Seleccione primero una evaluación de la lista.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a printed report</source>
        <translation>Verificar un informe impreso</translation>
    </message>
    <message>
        <source>Choose the PDF report</source>
        <translation>Elegir el informe PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Type the fingerprint code first, or choose a PDF.</source>
        <translation>Escriba primero el código de huella o elija un PDF.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Cannot check it</source>
        <translation>No se puede comprobar</translation>
    </message>
    <message>
        <source>It matches the signed record.</source>
        <translation>Coincide con el registro firmado.</translation>
    </message>
    <message>
        <source>Its code names a signed record, but this PDF is not digitally signed: nothing shows its pages are the ones signed.</source>
        <translation>Su código remite a un registro firmado, pero este PDF no tiene firma digital: nada demuestra que sus páginas sean las firmadas.</translation>
    </message>
    <message>
        <source>It does not match a signed record.</source>
        <translation>No coincide con ningún registro firmado.</translation>
    </message>
</context>
<context>
    <name>VerifyForm</name>
    <message>
        <source>Type the fingerprint printed in the footer of a report page (for example 3F2A-91C0-77DE-0B14), or choose the PDF file. scfield says whether it matches a signed assessment in this database, and what changed if it does not.</source>
        <translation>Escriba la huella impresa en el pie de una página del informe (por ejemplo 3F2A-91C0-77DE-0B14) o elija el archivo PDF. scfield indica si coincide con una evaluación firmada de esta base de datos y, si no, qué cambió.</translation>
    </message>
    <message>
        <source>Fingerprint code or PDF file</source>
        <translation>Código de huella o archivo PDF</translation>
    </message>
    <message>
        <source>Choose &amp;PDF…</source>
        <translation>Elegir &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
</context>
<context>
    <name>WorkbookPasswordDialog</name>
    <message>
        <source>Encrypted workbook</source>
        <translation>Libro cifrado</translation>
    </message>
    <message>
        <source>“{file}” is encrypted. Type its password to import it, or Cancel to leave this workbook out.</source>
        <translation>«{file}» está cifrado. Escriba su contraseña para importarlo, o Cancelar para dejar fuera este libro.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Type the password (or Cancel).</source>
        <translation>Escriba la contraseña (o Cancelar).</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <source>The password for “{file}” is wrong. Try again, or Cancel to leave this workbook out.</source>
        <translation>La contraseña de «{file}» es incorrecta. Inténtelo de nuevo, o Cancelar para dejar fuera este libro.</translation>
    </message>
</context>
<context>
    <name>WorkspaceForm</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>&amp;Interviews</source>
        <translation>&amp;Entrevistas</translation>
    </message>
    <message>
        <source>Interview &amp;guide</source>
        <translation>&amp;Guía de entrevista</translation>
    </message>
    <message>
        <source>&amp;Consolidation</source>
        <translation>&amp;Consolidación</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>P&amp;anel</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{path}: the window layout cannot be read ({problem})</source>
        <translation>{path}: no se puede leer el diseño de la ventana ({problem})</translation>
    </message>
    <message>
        <source>{path}: the file is missing; reinstall scfield</source>
        <translation>{path}: falta el archivo; reinstale scfield</translation>
    </message>
</context>
</TS>
