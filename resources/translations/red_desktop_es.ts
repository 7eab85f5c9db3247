<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../red_desktop/gui/editor/actor_dialog.py" line="41"/>
        <source>Edit local actor</source>
        <translation>Editar actor local</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actor_dialog.py" line="41"/>
        <source>Add local actor</source>
        <translation>Agregar actor local</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="6"/>
        <source>Local actor</source>
        <translation>Actor local</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="26"/>
        <source>Actor name</source>
        <translation>Nombre del actor</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="27"/>
        <source>e.g. Municipalidad Provincial de Huancayo</source>
        <translation>p. ej. Municipalidad Provincial de Huancayo</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="32"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="38"/>
        <source>Actor type</source>
        <translation>Tipo de actor</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="43"/>
        <source>&amp;Role in the project:</source>
        <translation>&amp;Rol en el proyecto:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="49"/>
        <source>Role in the project</source>
        <translation>Rol en el proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="50"/>
        <source>What this actor does in the project</source>
        <translation>Qué hace este actor en el proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="55"/>
        <source>&amp;Contribution (USD):</source>
        <translation>&amp;Aporte (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="61"/>
        <source>Committed contribution in US dollars</source>
        <translation>Aporte comprometido en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="63"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="68"/>
        <source>Contribution &amp;kind:</source>
        <translation>&amp;Modalidad del aporte:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="74"/>
        <source>Contribution kind</source>
        <translation>Modalidad del aporte</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="79"/>
        <source>Commitment &amp;evidence:</source>
        <translation>&amp;Evidencia del compromiso:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="85"/>
        <source>Commitment evidence</source>
        <translation>Evidencia del compromiso</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="99"/>
        <source>Dialog buttons</source>
        <translation>Botones del diálogo</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="21"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="22"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="23"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="24"/>
        <source>Contribution (USD)</source>
        <translation>Aporte (USD)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="25"/>
        <source>Kind</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="26"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
</context>
<context>
    <name>ActorsSection</name>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_section.py" line="81"/>
        <source>Add actor {0}</source>
        <translation>Agregar actor {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_section.py" line="97"/>
        <source>Edit actor {0}</source>
        <translation>Editar actor {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_section.py" line="107"/>
        <source>Remove actor {0}</source>
        <translation>Quitar actor {0}</translation>
    </message>
</context>
<context>
    <name>AgreementTable</name>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="30"/>
        <source>Agreement between evaluators</source>
        <translation>Acuerdo entre evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="38"/>
        <source>Nominal alpha counts any two different totals as complete disagreement: on near-continuous totals it measures little more than exact ties. Read the interval alpha for totals, the ordinal one for levels.</source>
        <translation>El alfa nominal cuenta dos totales distintos cualesquiera como desacuerdo total: en totales casi continuos mide poco más que los empates exactos. Lea el alfa de intervalo para los totales y el ordinal para los niveles.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="48"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../red_desktop/gui/controllers/demo.py" line="51"/>
        <source>Building the demo portfolio…</source>
        <translation>Creando la cartera de demostración…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/demo.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="55"/>
        <source>Backing up the store…</source>
        <translation>Creando la copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="58"/>
        <source>Backed up to %1</source>
        <translation>Copia de seguridad guardada en %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="68"/>
        <source>The automatic backup failed: %1</source>
        <translation>La copia de seguridad automática falló: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="113"/>
        <source>Restored the backup taken %1 (%2 proposals); the store as it was is kept in %3</source>
        <translation>Se restauró la copia de seguridad del %1 (%2 propuestas); la base de datos tal como estaba se guardó en %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="103"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/report_actions.py" line="66"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/report_actions.py" line="119"/>
        <source>Exported: %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/report_actions.py" line="56"/>
        <source>The committee figures are still being computed; try again</source>
        <translation>Las cifras del comité aún se están calculando; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_actions.py" line="69"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_actions.py" line="81"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged</source>
        <translation>Importado: %1 agregadas, %2 actualizadas, %3 sin cambios</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="28"/>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="29"/>
        <source>Assign automatically</source>
        <translation>Asignar automáticamente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="32"/>
        <source>Every undecided proposal gets this many evaluators: the most even workload, never an evaluator with a declared conflict of interest, only evaluators who read its language. Assignments already made and evaluations begun are kept.</source>
        <translation>Cada propuesta sin decidir recibe esta cantidad de evaluadores: la carga más pareja, nunca un evaluador con un conflicto de interés declarado, solo evaluadores que leen su idioma. Se conservan las asignaciones hechas y las evaluaciones comenzadas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="42"/>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="64"/>
        <source>Evaluators per proposal</source>
        <translation>Evaluadores por propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="43"/>
        <source>Kept as the call&apos;s number of evaluators per proposal</source>
        <translation>Se guarda como el número de evaluadores por propuesta de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="44"/>
        <source>Due by</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="45"/>
        <source>The evaluations have a due day</source>
        <translation>Las evaluaciones tienen fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="50"/>
        <source>Due day of the evaluations</source>
        <translation>Fecha de vencimiento de las evaluaciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="53"/>
        <source>Spread countries</source>
        <translation>Repartir países</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="54"/>
        <source>Give each evaluator proposals of as many countries as can be</source>
        <translation>Dar a cada evaluador propuestas de tantos países como se pueda</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="56"/>
        <source>Among the most even assignments, give each evaluator as many countries as can be</source>
        <translation>Entre las asignaciones más parejas, dar a cada evaluador tantos países como se pueda</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="60"/>
        <source>&amp;Assign</source>
        <translation>&amp;Asignar</translation>
    </message>
</context>
<context>
    <name>AssignedPanel</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="41"/>
        <source>Assigned to you</source>
        <translation>Asignadas a usted</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="44"/>
        <source>Proposals assigned to you</source>
        <translation>Propuestas asignadas a usted</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="45"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="45"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="45"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="81"/>
        <source>Assigned to you: %1 to do of %2</source>
        <translation>Asignadas a usted: %1 por hacer de %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="83"/>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="104"/>
        <source>Not begun</source>
        <translation>Sin comenzar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="105"/>
        <source>Your evaluation is a draft</source>
        <translation>Su evaluación es un borrador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="106"/>
        <source>Your evaluation is final</source>
        <translation>Su evaluación es final</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="107"/>
        <source>Files can be attached once the proposal is saved, that is when it has no problems.</source>
        <translation>Podrá adjuntar archivos una vez que la propuesta esté guardada, es decir, cuando no tenga problemas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="123"/>
        <source>{name}  ·  {size}  ·  added {added}</source>
        <translation>{name}  ·  {size}  ·  agregado el {added}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="127"/>
        <source>{0}
SHA-256 {1}</source>
        <translation>{0}
SHA-256 {1}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="131"/>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="138"/>
        <source>Attaching {0}…</source>
        <translation>Adjuntando {0}…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="187"/>
        <source>No program on this computer opens {0}; it was saved as {1}</source>
        <translation>Ningún programa de esta computadora abre {0}; se guardó como {1}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="198"/>
        <source>{0} saved as {1}; RED Desktop does not open it</source>
        <translation>{0} guardado como {1}; RED Desktop no lo abre</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="205"/>
        <source>Attachment not opened</source>
        <translation>Adjunto no abierto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="208"/>
        <source>{0} is a kind of file RED Desktop does not open: opening it could run a program on this computer.</source>
        <translation>{0} es un tipo de archivo que RED Desktop no abre: abrirlo podría ejecutar un programa en este equipo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="211"/>
        <source>You can save a copy and check it yourself, if you trust who sent it.</source>
        <translation>Puede guardar una copia y revisarla usted mismo, si confía en quien la envió.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="212"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Guardar una copia…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="218"/>
        <source>Save attachment as</source>
        <translation>Guardar adjunto como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="238"/>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="239"/>
        <source>Remove {0} from this proposal? This cannot be undone.</source>
        <translation>¿Quitar {0} de esta propuesta? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="240"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="22"/>
        <source>Evaluator calibration</source>
        <translation>Calibración de evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="23"/>
        <source>Mean deviation from colleagues (points of total)</source>
        <translation>Desviación media frente a colegas (puntos del total)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="52"/>
        <source>%1: %2 points on average over %3 proposals (%4)</source>
        <translation>%1: %2 puntos en promedio en %3 propuestas (%4)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="73"/>
        <source>Harsh</source>
        <translation>Exigente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="74"/>
        <source>Lenient</source>
        <translation>Benevolente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="75"/>
        <source>In line</source>
        <translation>Alineado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="80"/>
        <source>± two standard errors</source>
        <translation>± dos errores estándar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="85"/>
        <source>± %1 points: the rule&apos;s threshold</source>
        <translation>± %1 puntos: el umbral de la regla</translation>
    </message>
</context>
<context>
    <name>CalibrationTable</name>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="63"/>
        <source>Evaluator calibration</source>
        <translation>Calibración de evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="65"/>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="66"/>
        <source>Proposals compared</source>
        <translation>Propuestas comparadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="67"/>
        <source>Mean deviation</source>
        <translation>Desviación media</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="68"/>
        <source>± 2 SE</source>
        <translation>± 2 EE</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="69"/>
        <source>Tendency</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="92"/>
        <source>excludes zero</source>
        <translation>excluye el cero</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="92"/>
        <source>includes zero</source>
        <translation>incluye el cero</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="94"/>
        <source>Interval %1 to %2 points: it %3</source>
        <translation>Intervalo de %1 a %2 puntos: %3</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/base.py" line="41"/>
        <source>Proposals: %1 of %2 drawn, evenly through the ranking</source>
        <translation>Propuestas: %1 de %2 dibujadas, repartidas por igual a lo largo de la clasificación</translation>
    </message>
</context>
<context>
    <name>CodesWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="55"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="61"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="55"/>
        <source>Code now</source>
        <translation>Código actual</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="55"/>
        <source>Final code</source>
        <translation>Código final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="55"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="61"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="57"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="79"/>
        <source>Codes to settle</source>
        <translation>Códigos por asignar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="58"/>
        <source>&amp;Give final codes</source>
        <translation>&amp;Dar códigos finales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="59"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="188"/>
        <source>Give final codes</source>
        <translation>Dar códigos finales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="61"/>
        <source>Looks like</source>
        <translation>Se parece a</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="62"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="81"/>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="63"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="64"/>
        <source>Merge the selected pair</source>
        <translation>Fusionar el par seleccionado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="66"/>
        <source>Merged proposal</source>
        <translation>Propuesta fusionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="66"/>
        <source>Counts for</source>
        <translation>Cuenta para</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="67"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="82"/>
        <source>Merged proposals</source>
        <translation>Propuestas fusionadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="68"/>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Deshacer fusión…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="69"/>
        <source>Undo the selected merge</source>
        <translation>Deshacer la fusión seleccionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="72"/>
        <source>Every code is final and held by one proposal.</source>
        <translation>Todos los códigos son finales y cada uno pertenece a una sola propuesta.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="73"/>
        <source>No proposals look like one project captured twice.</source>
        <translation>Ninguna propuesta parece un mismo proyecto registrado dos veces.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="74"/>
        <source>No proposal was merged into another.</source>
        <translation>Ninguna propuesta se fusionó con otra.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="131"/>
        <source>The codes cannot be read.</source>
        <translation>No se pueden leer los códigos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="135"/>
        <source>shared with another proposal</source>
        <translation>compartido con otra propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="135"/>
        <source>provisional (a laptop&apos;s)</source>
        <translation>provisional (de un portátil)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="166"/>
        <source>Each gets the next free number of its country and year; the old code stays findable, and the laptops receive the final codes with your next package.</source>
        <translation>Cada una recibe el siguiente número libre de su país y año; el código anterior se sigue encontrando, y los portátiles reciben los códigos finales con su próximo paquete.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="173"/>
        <source>Only the committee gives final codes. Codes made on this laptop carry its mark until the committee&apos;s package brings their final codes.</source>
        <translation>Solo el comité da códigos finales. Los códigos creados en este portátil llevan su marca hasta que el paquete del comité traiga sus códigos finales.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="191"/>
        <source>Proposals to receive a final code: %1. Each change is kept in the audit log and sent to the laptops with your next package; the old codes still find their proposals. Give the final codes now?</source>
        <translation>Propuestas que recibirán un código final: %1. Cada cambio queda en el registro de auditoría y se envía a los portátiles con su próximo paquete; los códigos anteriores siguen encontrando sus propuestas. ¿Dar los códigos finales ahora?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="203"/>
        <source>The codes were not changed.</source>
        <translation>Los códigos no se cambiaron.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="209"/>
        <source>Final codes given: %1</source>
        <translation>Códigos finales asignados: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="225"/>
        <source>Merged: %1</source>
        <translation>Fusionada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="226"/>
        <source>The proposals were not merged.</source>
        <translation>Las propuestas no se fusionaron.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="238"/>
        <source>Undo a merge</source>
        <translation>Deshacer una fusión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="240"/>
        <source>Make %1 a proposal of its own again? Its evaluations stop counting for %2.</source>
        <translation>¿Volver a hacer de %1 una propuesta propia? Sus evaluaciones dejan de contar para %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="244"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Deshacer fusión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="245"/>
        <source>e.g. two phases of the project, not one</source>
        <translation>p. ej., dos fases del proyecto, no una</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="252"/>
        <source>A proposal of its own again: %1</source>
        <translation>De nuevo una propuesta propia: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="253"/>
        <source>The merge was not undone.</source>
        <translation>La fusión no se deshizo.</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="95"/>
        <source>Committee ranking · %1 %2</source>
        <translation>Clasificación del comité · %1 %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="98"/>
        <source>Ranking heading</source>
        <translation>Encabezado de la clasificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="101"/>
        <source>Find a code or title…</source>
        <translation>Buscar por código o título…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="102"/>
        <source>Find in the ranking</source>
        <translation>Buscar en la clasificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="107"/>
        <source>Which proposals to show</source>
        <translation>Qué propuestas mostrar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="110"/>
        <source>Ineligible last</source>
        <translation>No elegibles al final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="111"/>
        <source>List the ineligible proposals last, unranked</source>
        <translation>Mostrar las propuestas no elegibles al final, sin posición</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="113"/>
        <source>Rank the eligible proposals among themselves; list the ineligible ones after them, unranked</source>
        <translation>Clasificar las propuestas elegibles entre sí; mostrar las no elegibles después, sin posición</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="139"/>
        <source>All proposals</source>
        <translation>Todas las propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="140"/>
        <source>Contested</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="141"/>
        <source>Ineligible</source>
        <translation>No elegibles</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="142"/>
        <source>Not decided yet</source>
        <translation>Aún sin decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="143"/>
        <source>Decided</source>
        <translation>Con decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="151"/>
        <source>Committee ranking</source>
        <translation>Clasificación del comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="172"/>
        <source>Committee views</source>
        <translation>Vistas del comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="174"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="179"/>
        <source>Proposals shown in the ranking chart</source>
        <translation>Propuestas mostradas en el gráfico de clasificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="181"/>
        <source>Show the first</source>
        <translation>Mostrar las primeras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="182"/>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="185"/>
        <source>Group the totals by</source>
        <translation>Agrupar los totales por</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="187"/>
        <source>region type</source>
        <translation>tipo de región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="188"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="189"/>
        <source>priority area</source>
        <translation>área prioritaria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="193"/>
        <source>Group by</source>
        <translation>Agrupar por</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="194"/>
        <source>By group</source>
        <translation>Por grupo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="196"/>
        <source>Leverage</source>
        <translation>Apalancamiento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="209"/>
        <source>How to read the agreement figures</source>
        <translation>Cómo interpretar los índices de acuerdo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="210"/>
        <source>Agreement</source>
        <translation>Acuerdo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="215"/>
        <source>How to read the calibration</source>
        <translation>Cómo leer la calibración</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="220"/>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="223"/>
        <source>Sensitivity</source>
        <translation>Sensibilidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="225"/>
        <source>Portfolio</source>
        <translation>Cartera</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="226"/>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="236"/>
        <source>Top N</source>
        <translation>Los primeros N</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="242"/>
        <source>Samples of the weights</source>
        <translation>Muestras de los pesos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="243"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="244"/>
        <source>Compute the ranking sensitivity</source>
        <translation>Calcular la sensibilidad de la clasificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="246"/>
        <source>How much can the weights move before the ranking changes?</source>
        <translation>¿Cuánto pueden variar los pesos antes de que cambie la clasificación?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="248"/>
        <source>Sensitivity status</source>
        <translation>Estado de la sensibilidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="250"/>
        <source>Top</source>
        <translation>Primeros</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="250"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="314"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="507"/>
        <source>Computing %1 samples…</source>
        <translation>Calculando %1 muestras…</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="35"/>
        <source>Final evaluations over time</source>
        <translation>Evaluaciones finales en el tiempo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="37"/>
        <source>Final evaluations</source>
        <translation>Evaluaciones finales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="60"/>
        <source>Final evaluations counted</source>
        <translation>Evaluaciones finales contadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="67"/>
        <source>Needed: %1</source>
        <translation>Necesarias: %1</translation>
    </message>
</context>
<context>
    <name>ConflictResolverWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="70"/>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="76"/>
        <source>Choose, field by field, the value to keep; the version shown now is chosen at first. Click a version&apos;s heading to take all its values. Fields that agree are kept as they are.</source>
        <translation>Elija, campo por campo, el valor que se conserva; al principio está elegida la versión que se muestra ahora. Haga clic en el encabezado de una versión para tomar todos sus valores. Los campos que coinciden se conservan tal como están.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="83"/>
        <source>Versions side by side</source>
        <translation>Versiones lado a lado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="91"/>
        <source>Click to keep every value of this version</source>
        <translation>Haga clic para conservar todos los valores de esta versión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="95"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="96"/>
        <source>Resolve the conflict with the chosen values</source>
        <translation>Resolver el conflicto con los valores elegidos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="97"/>
        <source>Keep the chosen values as a new version that replaces every side</source>
        <translation>Guardar los valores elegidos como una nueva versión que reemplaza a todas las demás</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="127"/>
        <source>Select a conflict to compare its versions.</source>
        <translation>Seleccione un conflicto para comparar sus versiones.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="133"/>
        <source>%1: %2 — %3 versions differ in %4 fields</source>
        <translation>%1: %2 — %3 versiones difieren en %4 campos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="173"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="175"/>
        <source>shown now</source>
        <translation>la que se muestra ahora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="176"/>
        <source>by %1 · %2</source>
        <translation>por %1 · %2</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="34"/>
        <source>Declared conflicts of interest</source>
        <translation>Conflictos de interés declarados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="44"/>
        <source>&amp;Declare…</source>
        <translation>&amp;Declarar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="45"/>
        <source>Declare a conflict of interest for an evaluator</source>
        <translation>Declarar un conflicto de interés de un evaluador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="47"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="48"/>
        <source>Withdraw the selected declaration</source>
        <translation>Retirar la declaración elegida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="50"/>
        <source>Conflicts of interest</source>
        <translation>Conflictos de interés</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="96"/>
        <source>Conflict of interest of %1 declared.</source>
        <translation>Conflicto de interés de %1 declarado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="110"/>
        <source>Withdraw a declaration</source>
        <translation>Retirar una declaración</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="112"/>
        <source>Why is the declared conflict of interest of %1 with %2 withdrawn?</source>
        <translation>¿Por qué se retira el conflicto de interés declarado de %1 con %2?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="116"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="122"/>
        <source>Declaration of %1 withdrawn.</source>
        <translation>Declaración de %1 retirada.</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="45"/>
        <source>No conflicts: every package merged cleanly.</source>
        <translation>Sin conflictos: todos los paquetes se integraron sin problemas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="47"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="68"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="68"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="68"/>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="71"/>
        <source>Conflicts to resolve</source>
        <translation>Conflictos por resolver</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="102"/>
        <source>The conflicts cannot be read.</source>
        <translation>No se pueden leer los conflictos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="165"/>
        <source>Resolved: %1</source>
        <translation>Resuelto: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="169"/>
        <source>The conflict was not resolved.</source>
        <translation>El conflicto no se resolvió.</translation>
    </message>
</context>
<context>
    <name>ContestReasons</name>
    <message>
        <location filename="../../red_desktop/gui/committee/contest_reasons.py" line="24"/>
        <source>Totals spread %1 points, over the threshold of %2</source>
        <translation>Los totales se separan %1 puntos, por encima del umbral de %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/contest_reasons.py" line="31"/>
        <source>%1 %2: %3 gave %4, %5 gave %6</source>
        <translation>%1 %2: %3 dio %4, %5 dio %6</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../../red_desktop/gui/editor/country_combo.py" line="32"/>
        <source>Type a country or its code, e.g. Perú or PE</source>
        <translation>Escriba un país o su código, p. ej. Perú o PE</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="14"/>
        <source>Create my key</source>
        <translation>Crear mi clave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="18"/>
        <source>Your key signs the packages you export, so whoever imports them knows they are yours and unaltered. It stays on this laptop; the committee adds your public key file to its roster.</source>
        <translation>Su clave firma los paquetes que usted exporta, para que quien los importe sepa que son suyos y que nadie los alteró. La clave se queda en esta computadora; el comité agrega su archivo de clave pública a su registro de claves.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="26"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="29"/>
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="34"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="35"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="36"/>
        <source>Passphrase (optional):</source>
        <translation>Frase de contraseña (opcional):</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="37"/>
        <source>Passphrase again:</source>
        <translation>Repita la frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="40"/>
        <source>With a passphrase, RED Desktop asks for it once per session. Without one, anyone using this account on this laptop can sign as you.</source>
        <translation>Con una frase de contraseña, RED Desktop se la pide una vez por sesión. Sin ella, cualquier persona que use esta cuenta en esta computadora puede firmar en su nombre.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="47"/>
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="63"/>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>CriterionGroupWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="33"/>
        <source>Criterion {id} {name}</source>
        <translation>Criterio {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="50"/>
        <source>Criterion</source>
        <translation>Criterio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="53"/>
        <source>Criterion score</source>
        <translation>Puntaje del criterio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="68"/>
        <source>score &lt;b&gt;{score}&lt;/b&gt; / {max} · weight {weight}</source>
        <translation>puntaje &lt;b&gt;{score}&lt;/b&gt; / {max} · peso {weight}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="72"/>
        <source>&lt;i&gt;partial&lt;/i&gt;</source>
        <translation>&lt;i&gt;parcial&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="69"/>
        <source>Revise the decision</source>
        <translation>Revisar la decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="69"/>
        <source>Record a decision</source>
        <translation>Registrar una decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="98"/>
        <source>Revise decision</source>
        <translation>Revisar decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="98"/>
        <source>Record decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="135"/>
        <source>This proposal cannot be approved without a gate override; it fails: %1. Record an override with its rationale first, or defer or reject it.</source>
        <translation>Esta propuesta no puede aprobarse sin una excepción de elegibilidad; no cumple: %1. Registre primero una excepción con su justificación, o aplácela o recházela.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="6"/>
        <source>Committee decision</source>
        <translation>Decisión del comité</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="17"/>
        <source>Proposal decided on</source>
        <translation>Propuesta sobre la que se decide</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="24"/>
        <source>A decision locks this proposal&apos;s evaluations; it can later be revised or withdrawn only with a reason.</source>
        <translation>Una decisión bloquea las evaluaciones de esta propuesta; después solo puede revisarse o retirarse indicando un motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="25"/>
        <source>What a decision does</source>
        <translation>Qué hace una decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="35"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisión:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="41"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="46"/>
        <source>D&amp;ate:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="52"/>
        <source>Date of the decision</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="59"/>
        <source>&amp;Members present:</source>
        <translation>&amp;Miembros presentes:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="65"/>
        <source>Committee members present, one per line</source>
        <translation>Miembros del comité presentes, uno por línea</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="66"/>
        <source>One name per line</source>
        <translation>Un nombre por línea</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="73"/>
        <source>&amp;Rationale:</source>
        <translation>F&amp;undamento:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="79"/>
        <source>Rationale of the decision</source>
        <translation>Fundamento de la decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="80"/>
        <source>Why the committee decided so</source>
        <translation>Por qué el comité decidió así</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="86"/>
        <source>&amp;Conditions:</source>
        <translation>&amp;Condiciones:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="92"/>
        <source>Conditions of the approval</source>
        <translation>Condiciones de la aprobación</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="93"/>
        <source>What must be met before funds are released</source>
        <translation>Lo que debe cumplirse antes de liberar los fondos</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="100"/>
        <source>Reason for the &amp;revision:</source>
        <translation>Motivo de la &amp;revisión:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="106"/>
        <source>Reason for revising the decision</source>
        <translation>Motivo para revisar la decisión</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="107"/>
        <source>Why the earlier decision changes</source>
        <translation>Por qué cambia la decisión anterior</translation>
    </message>
</context>
<context>
    <name>DecisionHistory</name>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="20"/>
        <source>Decision recorded: %1</source>
        <translation>Decisión registrada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="21"/>
        <source>Decision revised, still %1</source>
        <translation>Decisión revisada, sigue siendo %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="22"/>
        <source>Decision withdrawn (it was %1)</source>
        <translation>Decisión retirada (era %1)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="23"/>
        <source>Eligibility override recorded: %1</source>
        <translation>Excepción de elegibilidad registrada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="24"/>
        <source>Eligibility override changed: %1</source>
        <translation>Excepción de elegibilidad modificada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="25"/>
        <source>Eligibility override removed</source>
        <translation>Excepción de elegibilidad eliminada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="28"/>
        <source>Decision received in a package</source>
        <translation>Decisión recibida en un paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="30"/>
        <source>Eligibility override received in a package</source>
        <translation>Excepción de elegibilidad recibida en un paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="33"/>
        <source>Conflict on the decision resolved</source>
        <translation>Conflicto sobre la decisión resuelto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="36"/>
        <source>Conflict on the eligibility override resolved</source>
        <translation>Conflicto sobre la excepción de elegibilidad resuelto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="40"/>
        <source>date of the decision</source>
        <translation>fecha de la decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="41"/>
        <source>members present</source>
        <translation>miembros presentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="52"/>
        <source>Decision withdrawn on %1 by %2: %3</source>
        <translation>Decisión retirada el %1 por %2: %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="61"/>
        <source>Decision history</source>
        <translation>Historial de la decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="69"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="78"/>
        <source>Decision revised: %1 → %2</source>
        <translation>Decisión revisada: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="97"/>
        <source>Rationale: %1</source>
        <translation>Fundamento: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="99"/>
        <source>Conditions: %1</source>
        <translation>Condiciones: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="102"/>
        <source>Also changed: %1</source>
        <translation>También cambió: %1</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="49"/>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="50"/>
        <source>Declare a conflict of interest</source>
        <translation>Declarar un conflicto de interés</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="52"/>
        <source>Evaluator with the conflict of interest</source>
        <translation>Evaluador con el conflicto de interés</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="56"/>
        <source>What the conflict of interest is with</source>
        <translation>Con qué es el conflicto de interés</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="60"/>
        <source>The proposal&apos;s code, or the agency&apos;s or actor&apos;s name</source>
        <translation>El código de la propuesta, o el nombre de la agencia o del actor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="66"/>
        <source>Why: the reason kept in the audit log</source>
        <translation>Por qué: el motivo que guarda el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="68"/>
        <source>e.g. advised the executing agency in 2024</source>
        <translation>p. ej. asesoré a la agencia ejecutora en 2024</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="72"/>
        <source>Why Declare is unavailable</source>
        <translation>Por qué Declarar no está disponible</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="77"/>
        <source>&amp;Declare</source>
        <translation>&amp;Declarar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="88"/>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="89"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="92"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="105"/>
        <source>Proposal&apos;s code</source>
        <translation>Código de la propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="105"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="106"/>
        <source>e.g. RED-PE-2026-001</source>
        <translation>p. ej. RED-PE-2026-001</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="106"/>
        <source>as it is written</source>
        <translation>tal como se escribe</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="112"/>
        <source>The store has no evaluators yet.</source>
        <translation>El almacén aún no tiene evaluadores.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="114"/>
        <source>Say what the conflict of interest is with.</source>
        <translation>Indique con qué es el conflicto de interés.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="116"/>
        <source>No proposal has this code.</source>
        <translation>Ninguna propuesta tiene este código.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="118"/>
        <source>A reason is required: it is kept in the audit log with your name.</source>
        <translation>Se necesita un motivo: queda en el registro de auditoría con su nombre.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="24"/>
        <source>Distribution of committee totals</source>
        <translation>Distribución de los totales del comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="26"/>
        <source>Total (0-100)</source>
        <translation>Total (0-100)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="35"/>
        <source>Committee totals by %1</source>
        <translation>Totales del comité por %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="44"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="67"/>
        <source>Median</source>
        <translation>Mediana</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="82"/>
        <source>median %1</source>
        <translation>mediana %1</translation>
    </message>
</context>
<context>
    <name>EditorLabels</name>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="23"/>
        <source>Marginalized: a region left behind, with low incomes and productivity, poor access to basic services and markets, and few firms and institutions to build on.</source>
        <translation>Marginada: una región rezagada, con ingresos y productividad bajos, poco acceso a servicios básicos y mercados, y pocas empresas e instituciones en las que apoyarse.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="28"/>
        <source>Emerging: a region whose economy is growing, driven by new investment, sectors or value chains, where local firms and institutions must keep pace for the growth to be shared.</source>
        <translation>Emergente: una región cuya economía crece, impulsada por nuevas inversiones, sectores o cadenas de valor, donde las empresas e instituciones locales deben seguir el ritmo para que el crecimiento se comparta.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="33"/>
        <source>Declining: a region whose economic base is shrinking, as a main industry, resource or market is lost, with jobs and incomes falling and a need to move into new activities.</source>
        <translation>En declive: una región cuya base económica se reduce al perderse una industria, un recurso o un mercado principal, con empleos e ingresos en caída y la necesidad de pasar a nuevas actividades.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="38"/>
        <source>Not set: the proposal is scored with the default weights and fails the eligibility gate that asks for a region type.</source>
        <translation>Sin definir: la propuesta se puntúa con los pesos por defecto y no pasa el requisito de elegibilidad que pide un tipo de región.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="50"/>
        <source>The type of region picks the weight profile of the score.</source>
        <translation>El tipo de región elige el perfil de pesos del puntaje.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="68"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="69"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="70"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="71"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="72"/>
        <source>Executing agency</source>
        <translation>Organismo ejecutor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="73"/>
        <source>Priority area</source>
        <translation>Área prioritaria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="74"/>
        <source>Productive sectors</source>
        <translation>Sectores productivos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="75"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="76"/>
        <source>Region name</source>
        <translation>Nombre de la región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="77"/>
        <source>Region kind</source>
        <translation>Clase de región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="78"/>
        <source>Region type</source>
        <translation>Tipo de región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="79"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="80"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="81"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="82"/>
        <source>Local actors</source>
        <translation>Actores locales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="83"/>
        <source>Requested amount</source>
        <translation>Monto solicitado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="84"/>
        <source>Public counterpart</source>
        <translation>Contrapartida pública</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="85"/>
        <source>Private counterpart</source>
        <translation>Contrapartida privada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="86"/>
        <source>Beneficiary MSMEs</source>
        <translation>Mipymes beneficiarias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="87"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="88"/>
        <source>Regional diagnosis</source>
        <translation>Diagnóstico regional</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="89"/>
        <source>Institutional strengths and weaknesses</source>
        <translation>Fortalezas y debilidades institucionales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="92"/>
        <source>Market opportunities</source>
        <translation>Oportunidades de mercado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="93"/>
        <source>Private-sector growth constraints</source>
        <translation>Restricciones al crecimiento del sector privado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="94"/>
        <source>Scaling and policy pathway</source>
        <translation>Escalamiento y ruta hacia políticas públicas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="95"/>
        <source>Results measurement plan</source>
        <translation>Plan de medición de resultados</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="54"/>
        <source>Exchange views</source>
        <translation>Vistas de intercambio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="56"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="57"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="58"/>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="103"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="59"/>
        <source>Codes and duplicates</source>
        <translation>Códigos y duplicados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="60"/>
        <source>Roster</source>
        <translation>Registro de claves</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="103"/>
        <source>Conflicts (%1)</source>
        <translation>Conflictos (%1)</translation>
    </message>
</context>
<context>
    <name>ExchangeValues</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="41"/>
        <location filename="../../red_desktop/gui/exchange/values.py" line="70"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="42"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="43"/>
        <source>Rubric</source>
        <translation>Rúbrica</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="44"/>
        <source>Rubric version</source>
        <translation>Versión de la rúbrica</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="45"/>
        <location filename="../../red_desktop/gui/exchange/values.py" line="72"/>
        <source>Scores</source>
        <translation>Puntajes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="46"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="47"/>
        <source>Rationale</source>
        <translation>Fundamento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="48"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="49"/>
        <source>Decided on</source>
        <translation>Fecha de la decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="50"/>
        <source>Members present</source>
        <translation>Miembros presentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="51"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="58"/>
        <source>added</source>
        <translation>agregado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="59"/>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="60"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="61"/>
        <source>conflict</source>
        <translation>conflicto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="68"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="69"/>
        <source>Local actors</source>
        <translation>Actores locales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="71"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="73"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="74"/>
        <source>Eligibility overrides</source>
        <translation>Excepciones de elegibilidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="75"/>
        <source>Decisions or overrides withdrawn</source>
        <translation>Decisiones o excepciones retiradas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="76"/>
        <source>Evaluators</source>
        <translation>Evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="89"/>
        <source>No: kept</source>
        <translation>No: se mantiene</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="90"/>
        <source>Yes: removes version %1</source>
        <translation>Sí: elimina la versión %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="95"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="97"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="72"/>
        <location filename="../../red_desktop/gui/export_dialog.py" line="73"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="91"/>
        <source>All proposals</source>
        <translation>Todas las propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="92"/>
        <source>With the status</source>
        <translation>Con el estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="93"/>
        <source>Of the country</source>
        <translation>Del país</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="94"/>
        <source>The first ranked</source>
        <translation>Las primeras de la clasificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="102"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="103"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="108"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="116"/>
        <source>This proposal: %1</source>
        <translation>Esta propuesta: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="165"/>
        <source>Folder for the evaluation sheets</source>
        <translation>Carpeta para las fichas de evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="165"/>
        <source>Folder for the CSV files</source>
        <translation>Carpeta para los archivos CSV</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="172"/>
        <source>Save the tables as</source>
        <translation>Guardar las tablas como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="170"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="170"/>
        <source>Save the committee dossier as</source>
        <translation>Guardar el expediente del comité como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="172"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="9"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="18"/>
        <location filename="../../ui/export_dialog.ui" line="19"/>
        <source>What to export</source>
        <translation>Qué exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="24"/>
        <source>Committee &amp;dossier (one PDF: ranking, charts, agreement, decisions, a section per proposal)</source>
        <translation>&amp;Expediente del comité (un PDF: clasificación, gráficos, acuerdo, decisiones, una sección por propuesta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="25"/>
        <source>Committee dossier</source>
        <translation>Expediente del comité</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="32"/>
        <source>Evaluation &amp;sheets (one PDF per proposal, into a folder)</source>
        <translation>&amp;Fichas de evaluación (un PDF por propuesta, en una carpeta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="33"/>
        <source>Evaluation sheets</source>
        <translation>Fichas de evaluación</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="39"/>
        <source>Tables as an &amp;Excel workbook (XLSX, one sheet per table)</source>
        <translation>Tablas como libro de E&amp;xcel (XLSX, una hoja por tabla)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="40"/>
        <source>Tables as an Excel workbook</source>
        <translation>Tablas como libro de Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="46"/>
        <source>Tables as &amp;CSV files (one per table, into a folder)</source>
        <translation>Tablas como archivos &amp;CSV (uno por tabla, en una carpeta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="47"/>
        <source>Tables as CSV files</source>
        <translation>Tablas como archivos CSV</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="56"/>
        <source>Export options</source>
        <translation>Opciones de exportación</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="61"/>
        <source>P&amp;roposals:</source>
        <translation>P&amp;ropuestas:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="71"/>
        <source>Which proposals</source>
        <translation>Qué propuestas</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="78"/>
        <source>Which status or country</source>
        <translation>Qué estado o país</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="83"/>
        <source>How many of the first proposals</source>
        <translation>Cuántas de las primeras propuestas</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="99"/>
        <source>Language of the documents</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="104"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="110"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="116"/>
        <source>Se&amp;micolons and decimal commas (for Excel in Spanish or Portuguese)</source>
        <translation>Punto y co&amp;ma y coma decimal (para Excel en español o portugués)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="117"/>
        <source>CSV with semicolons and decimal commas</source>
        <translation>CSV con punto y coma y coma decimal</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="123"/>
        <source>Every justification, not only the contested ones (about two pages a proposal)</source>
        <translation>Todas las justificaciones, no solo las de los subcriterios en disputa (unas dos páginas por propuesta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="124"/>
        <source>Dossier with every evaluator&apos;s justification of every sub-criterion</source>
        <translation>Expediente con todas las justificaciones de cada evaluador en cada subcriterio</translation>
    </message>
</context>
<context>
    <name>ExportJobs</name>
    <message>
        <location filename="../../red_desktop/gui/export_jobs.py" line="50"/>
        <source>1 evaluation sheet</source>
        <translation>1 ficha de evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_jobs.py" line="51"/>
        <source>%1 evaluation sheets</source>
        <translation>%1 fichas de evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_jobs.py" line="97"/>
        <source>You have no evaluation of %1 to print: score it first</source>
        <translation>No tiene una evaluación de %1 para imprimir: puntúela primero</translation>
    </message>
</context>
<context>
    <name>ExportWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="63"/>
        <source>A package carries this store&apos;s work to the committee, or the committee&apos;s decisions back: one signed file to take on a USB stick. Only what changed since the last export goes, unless you ask for everything.</source>
        <translation>Un paquete lleva el trabajo de esta base de datos al comité, o las decisiones del comité de vuelta: un único archivo firmado para llevar en una memoria USB. Solo va lo que cambió desde la última exportación, salvo que pida todo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="73"/>
        <source>What the package would carry</source>
        <translation>Lo que llevaría el paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="74"/>
        <source>E&amp;verything, not just changes since the last export</source>
        <translation>T&amp;odo, no solo los cambios desde la última exportación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="75"/>
        <source>Export everything, not just changes since the last export</source>
        <translation>Exportar todo, no solo los cambios desde la última exportación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="77"/>
        <source>Encrypt the package to</source>
        <translation>Cifrar el paquete para</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="79"/>
        <source>E&amp;xport package…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="80"/>
        <source>Export a package</source>
        <translation>Exportar un paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="90"/>
        <source>Export package</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="90"/>
        <source>RED Desktop packages (*.redpkg)</source>
        <translation>Paquetes de RED Desktop (*.redpkg)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="97"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="97"/>
        <source>Count</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="98"/>
        <source>Export counts</source>
        <translation>Cantidades por exportar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="120"/>
        <source>What the package will carry</source>
        <translation>Lo que llevará el paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="129"/>
        <source>Encryption</source>
        <translation>Cifrado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="131"/>
        <source>Encrypted, only that key&apos;s owner can open the package: safer on a stick that may get lost.</source>
        <translation>Cifrado, solo el dueño de esa clave puede abrir el paquete: más seguro en una memoria USB que se puede perder.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="137"/>
        <source>Encrypt to:</source>
        <translation>Cifrar para:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="166"/>
        <source>Nobody: not encrypted</source>
        <translation>Nadie: sin cifrar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="211"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="222"/>
        <source>Reading your key…</source>
        <translation>Leyendo su clave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="224"/>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="267"/>
        <source>You need a key to export: create it above.</source>
        <translation>Necesita una clave para exportar: créela arriba.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="225"/>
        <source>Unlock your key (above) to see what the package would carry.</source>
        <translation>Desbloquee su clave (arriba) para ver lo que llevaría el paquete.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="232"/>
        <source>Nothing here changed since it last travelled in a package. Tick “Everything” to send it all again.</source>
        <translation>Aquí nada cambió desde la última vez que viajó en un paquete. Marque «Todo» para enviarlo todo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="235"/>
        <source>This store holds nothing your key may send.</source>
        <translation>Esta base de datos no tiene nada que su clave pueda enviar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="243"/>
        <source>Everything this store holds that your key may send.</source>
        <translation>Todo lo que esta base de datos tiene y su clave puede enviar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="244"/>
        <source>What this store changed since it last travelled in a package, sent or received.</source>
        <translation>Lo que esta base de datos cambió desde la última vez que viajó en un paquete, enviado o recibido.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="249"/>
        <source>Last export: %1 (%2).</source>
        <translation>Última exportación: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="279"/>
        <source>Unlock your key first.</source>
        <translation>Primero desbloquee su clave.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="289"/>
        <source>Writing the package…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="307"/>
        <source>Package written to %1, encrypted to %2.</source>
        <translation>Paquete guardado en %1, cifrado para %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="309"/>
        <source>Package written to %1.</source>
        <translation>Paquete guardado en %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="310"/>
        <source>It carries no records.</source>
        <translation>No lleva ningún registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="314"/>
        <source>No package was written.</source>
        <translation>No se escribió ningún paquete.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="41"/>
        <source>Search code, title, region, agency or actor…</source>
        <translation>Buscar por código, título, región, organismo o actor…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="44"/>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="77"/>
        <source>Search proposals</source>
        <translation>Buscar propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="48"/>
        <source>Lowest total</source>
        <translation>Total mínimo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="48"/>
        <source>Highest total</source>
        <translation>Total máximo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="67"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="81"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="82"/>
        <source>All region types</source>
        <translation>Todos los tipos de región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="83"/>
        <source>All priority areas</source>
        <translation>Todas las áreas prioritarias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="84"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="95"/>
        <source>Any evaluation state</source>
        <translation>Cualquier estado de evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="96"/>
        <source>Not evaluated</source>
        <translation>Sin evaluar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="97"/>
        <source>Drafts only</source>
        <translation>Solo borradores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="98"/>
        <source>With a final evaluation</source>
        <translation>Con evaluación final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="101"/>
        <source>Evaluation state</source>
        <translation>Estado de la evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="132"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
</context>
<context>
    <name>FinalQuestionDialog</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/final_question.py" line="14"/>
        <source>Mark final</source>
        <translation>Marcar como final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/final_question.py" line="15"/>
        <source>Mark the evaluation of {code} final? Total {total} / 100.</source>
        <translation>¿Marcar como final la evaluación de {code}? Total {total} / 100.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/final_question.py" line="17"/>
        <source>Once final it is locked; reopening asks for a reason.</source>
        <translation>Una vez final queda bloqueada; reabrirla pide un motivo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/final_question.py" line="18"/>
        <source>Levels given:</source>
        <translation>Niveles asignados:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/final_question.py" line="19"/>
        <source>&amp;Mark final</source>
        <translation>&amp;Marcar como final</translation>
    </message>
</context>
<context>
    <name>FundingLine</name>
    <message>
        <location filename="../../red_desktop/gui/committee/funding_line.py" line="21"/>
        <source>The budget runs out here, funding in rank order</source>
        <translation>Aquí se acaba el presupuesto, financiando en orden de ranking</translation>
    </message>
</context>
<context>
    <name>GroupSharesChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="33"/>
        <source>Share of the funded amount by group</source>
        <translation>Proporción del monto financiado por grupo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="34"/>
        <source>Share of the funded amount (%)</source>
        <translation>Proporción del monto financiado (%)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="47"/>
        <source>Share of the funded amount by %1</source>
        <translation>Proporción del monto financiado por %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="50"/>
        <source>(the largest %1 of %2)</source>
        <translation>(las %1 mayores de %2)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="69"/>
        <source>Best set</source>
        <translation>Mejor conjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="83"/>
        <source>Rank order</source>
        <translation>Orden de ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="87"/>
        <source>Call&apos;s minimum</source>
        <translation>Mínimo de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="88"/>
        <source>Call&apos;s maximum</source>
        <translation>Máximo de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="106"/>
        <source>%1: %2 % of the funded amount (%3, %4 proposals); in rank order %5 %</source>
        <translation>%1: %2 % del monto financiado (%3, %4 propuestas); en orden de ranking %5 %</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="117"/>
        <source>the call asks at least %1 %</source>
        <translation>la convocatoria pide al menos %1 %</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="122"/>
        <source>the call allows at most %1 %</source>
        <translation>la convocatoria permite como máximo %1 %</translation>
    </message>
</context>
<context>
    <name>ImportWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="62"/>
        <source>&amp;Choose packages…</source>
        <translation>&amp;Elegir paquetes…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="63"/>
        <source>Choose packages to import</source>
        <translation>Elegir paquetes para importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="64"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="65"/>
        <source>Remove the selected package from the list</source>
        <translation>Quitar de la lista el paquete seleccionado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="66"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="67"/>
        <source>Import the packages ready to import</source>
        <translation>Importar los paquetes listos para importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="68"/>
        <source>Import every package ready to import, in the order listed</source>
        <translation>Importar cada paquete listo para importar, en el orden de la lista</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="71"/>
        <source>Packages to import</source>
        <translation>Paquetes por importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="87"/>
        <source>Import packages</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="87"/>
        <source>RED Desktop packages (*.redpkg)</source>
        <translation>Paquetes de RED Desktop (*.redpkg)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="95"/>
        <source>or drop .redpkg files here</source>
        <translation>o suelte aquí archivos .redpkg</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="197"/>
        <source>Importing packages…</source>
        <translation>Importando paquetes…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="220"/>
        <source>Packages imported: %1 — added: %2, updated: %3, unchanged: %4, conflicts: %5.</source>
        <translation>Paquetes importados: %1 — agregados: %2, actualizados: %3, sin cambios: %4, conflictos: %5.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="229"/>
        <source>Resolve the conflicts in the Conflicts tab.</source>
        <translation>Resuelva los conflictos en la pestaña Conflictos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="231"/>
        <source>Cancelled; packages not imported: %1.</source>
        <translation>Cancelado; paquetes no importados: %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="237"/>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="252"/>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="254"/>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="256"/>
        <source>already imported</source>
        <translation>ya importado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="258"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="261"/>
        <source>ready · changes: %1</source>
        <translation>listo · cambios: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="268"/>
        <source>%1 of %2 ready to import</source>
        <translation>%1 de %2 listos para importar</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="171"/>
        <source>Import proposals</source>
        <translation>Importar propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="188"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="262"/>
        <source>Choose the export</source>
        <translation>Elija la exportación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="264"/>
        <source>A CSV or XLSX file: a KoboToolbox or ODK Central export, or a spreadsheet.</source>
        <translation>Un archivo CSV o XLSX: una exportación de KoboToolbox u ODK Central, o una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="269"/>
        <source>File to import</source>
        <translation>Archivo a importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="270"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="274"/>
        <source>Reading status</source>
        <translation>Estado de la lectura</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="286"/>
        <source>Exports (*.csv *.xlsx)</source>
        <translation>Exportaciones (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="313"/>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="365"/>
        <source>Actor · Name</source>
        <translation>Actor · Nombre</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="366"/>
        <source>Actor · Type</source>
        <translation>Actor · Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="367"/>
        <source>Actor · Role</source>
        <translation>Actor · Rol</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="368"/>
        <source>Actor · Contribution</source>
        <translation>Actor · Aporte</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="369"/>
        <source>Actor · Kind of contribution</source>
        <translation>Actor · Tipo de aporte</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="370"/>
        <source>Actor · Evidence of commitment</source>
        <translation>Actor · Evidencia de compromiso</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="393"/>
        <source>Preview and mapping</source>
        <translation>Vista previa y correspondencia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="395"/>
        <source>Which proposal field each column fills; ★ marks a suggestion, change any of them.</source>
        <translation>Qué campo de la propuesta llena cada columna; ★ marca una sugerencia, puede cambiar cualquiera.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="400"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="403"/>
        <source>Column mapping</source>
        <translation>Correspondencia de columnas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="407"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="408"/>
        <location filename="../../red_desktop/gui/import_wizard.py" line="498"/>
        <location filename="../../red_desktop/gui/import_wizard.py" line="608"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="409"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="415"/>
        <location filename="../../red_desktop/gui/import_wizard.py" line="506"/>
        <source>Checking status</source>
        <translation>Estado de la verificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="418"/>
        <source>Name to save the mapping under</source>
        <translation>Nombre con el que guardar la correspondencia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="420"/>
        <source>Save this mapping as… (optional; the same form then uses it)</source>
        <translation>Guardar esta correspondencia como… (opcional; el mismo formulario la usará)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="449"/>
        <source>Field for %1</source>
        <translation>Campo para %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="361"/>
        <source>(not imported)</source>
        <translation>(no se importa)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="487"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="489"/>
        <source>What each value in the file means; ★ marks a suggestion. Unmapped values are errors.</source>
        <translation>Qué significa cada valor del archivo; ★ marca una sugerencia. Los valores sin correspondencia son errores.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="494"/>
        <source>Value mapping</source>
        <translation>Correspondencia de valores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="499"/>
        <source>Value in the file</source>
        <translation>Valor en el archivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="500"/>
        <source>Means</source>
        <translation>Significa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="526"/>
        <source>Meaning of %1</source>
        <translation>Significado de %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="528"/>
        <source>(not mapped)</source>
        <translation>(sin correspondencia)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="212"/>
        <source>Checking every row…</source>
        <translation>Verificando cada fila…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="151"/>
        <source>Proposals to add: %1; to update: %2; unchanged: %3; rows with errors: %4.</source>
        <translation>Propuestas para agregar: %1; para actualizar: %2; sin cambios: %3; filas con errores: %4.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="584"/>
        <source>%1 rows</source>
        <translation>%1 filas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="596"/>
        <source>What the import will do</source>
        <translation>Lo que hará la importación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="599"/>
        <source>Import summary</source>
        <translation>Resumen de la importación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="601"/>
        <source>Changes to proposals already in the store:</source>
        <translation>Cambios en propuestas que ya están en el almacén:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="605"/>
        <source>Changes to existing proposals</source>
        <translation>Cambios en propuestas existentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="607"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="609"/>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="610"/>
        <source>After the import</source>
        <translation>Después de la importación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="616"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="618"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="619"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="620"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="621"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="622"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="627"/>
        <source>Import the &amp;valid rows only</source>
        <translation>Importar solo las filas &amp;válidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="629"/>
        <source>&amp;Export the problems…</source>
        <translation>&amp;Exportar los problemas…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="657"/>
        <source>Nothing is imported while there are errors: correct the file, or import the valid rows only.</source>
        <translation>No se importa nada mientras haya errores: corrija el archivo o importe solo las filas válidas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="662"/>
        <source>There is nothing to add or update.</source>
        <translation>No hay nada que agregar ni actualizar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="685"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="686"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="712"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="38"/>
        <source>– (correct the amounts first)</source>
        <translation>– (corrija primero los montos)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="46"/>
        <source>– (enter the requested amount)</source>
        <translation>– (ingrese el monto solicitado)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="47"/>
        <source>{0} per dollar requested</source>
        <translation>{0} por dólar solicitado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="53"/>
        <source>{0} of {1} actor types</source>
        <translation>{0} de {1} tipos de actor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="64"/>
        <source> · suggests {0} level {1}{2}</source>
        <translation> · sugiere nivel {1}{2} en {0}</translation>
    </message>
</context>
<context>
    <name>KeyBannerWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="28"/>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="33"/>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="128"/>
        <source>Your key</source>
        <translation>Su clave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="34"/>
        <source>Create my &amp;key…</source>
        <translation>Crear mi &amp;clave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="35"/>
        <source>Create my key</source>
        <translation>Crear mi clave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="36"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="37"/>
        <source>Unlock my key</source>
        <translation>Desbloquear mi clave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="38"/>
        <source>Type your key&apos;s passphrase to sign packages and open encrypted ones</source>
        <translation>Escriba la frase de contraseña de su clave para firmar paquetes y abrir los cifrados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="39"/>
        <source>Export my &amp;public key…</source>
        <translation>Exportar mi clave &amp;pública…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="40"/>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="52"/>
        <source>Export my public key</source>
        <translation>Exportar mi clave pública</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="41"/>
        <source>Write the file the committee adds to its roster</source>
        <translation>Guardar el archivo que el comité agrega a su registro de claves</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="52"/>
        <source>Public key files (*.json);;All files (*)</source>
        <translation>Archivos de clave pública (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="67"/>
        <source>Reading your key…</source>
        <translation>Leyendo su clave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="75"/>
        <source>&lt;b&gt;You have no key yet.&lt;/b&gt; Your key signs the packages you export so that the committee knows they are yours. Create it here, or with %1.</source>
        <translation>&lt;b&gt;Todavía no tiene clave.&lt;/b&gt; Su clave firma los paquetes que usted exporta para que el comité sepa que son suyos. Créela aquí o con %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="84"/>
        <source>locked: protected by a passphrase</source>
        <translation>bloqueada: protegida por una frase de contraseña</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="91"/>
        <source>Your key: %1 (%2), fingerprint %3</source>
        <translation>Su clave: %1 (%2), huella digital %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="116"/>
        <source>Public key exported</source>
        <translation>Clave pública exportada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="119"/>
        <source>Your public key is in %1.

Give this file to the committee. When they add it, read them its fingerprint, %2, so they know the file is yours.</source>
        <translation>Su clave pública está en %1.

Entregue este archivo al comité. Cuando lo agreguen, léales su huella digital, %2, para que sepan que el archivo es suyo.</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/keyring.py" line="182"/>
        <source>That passphrase does not open your key. Try again:</source>
        <translation>Esa frase de contraseña no abre su clave. Inténtelo de nuevo:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/keyring.py" line="184"/>
        <source>Your key is protected by a passphrase. Passphrase:</source>
        <translation>Su clave está protegida por una frase de contraseña. Frase de contraseña:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/keyring.py" line="186"/>
        <source>Unlock your key</source>
        <translation>Desbloquear su clave</translation>
    </message>
</context>
<context>
    <name>LevelSelectorWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/level_selector.py" line="58"/>
        <source>{level} · {label}</source>
        <translation>{level} · {label}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/level_selector.py" line="59"/>
        <source>Level {level}: {label}</source>
        <translation>Nivel {level}: {label}</translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="25"/>
        <source>Total against co-funding leverage</source>
        <translation>Total frente al apalancamiento de cofinanciamiento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="26"/>
        <source>Co-funding leverage (counterpart / requested)</source>
        <translation>Apalancamiento (contrapartida / solicitado)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="27"/>
        <source>Total (0-100)</source>
        <translation>Total (0-100)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="84"/>
        <source>%1: total %2, leverage %3</source>
        <translation>%1: total %2, apalancamiento %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="45"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="63"/>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="109"/>
        <location filename="../../red_desktop/gui/main_window.py" line="141"/>
        <source>RED Desktop — %1</source>
        <translation>RED Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="110"/>
        <source>RED Desktop main window</source>
        <translation>Ventana principal de RED Desktop</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="111"/>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="278"/>
        <source>Views</source>
        <translation>Vistas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Scoring</source>
        <translation>Puntaje</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Exchange</source>
        <translation>Intercambio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="309"/>
        <source>Back up the store to</source>
        <translation>Guardar la copia de seguridad de la base de datos en</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="354"/>
        <source>Conflict of interest of %1 declared.</source>
        <translation>Conflicto de interés de %1 declarado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="491"/>
        <source>This store is on read-only media ({0}): you can read it but not change it. To work on it, copy it to a writable disk and open the copy.</source>
        <translation>Esta base de datos está en un medio de solo lectura ({0}): puede leerla pero no modificarla. Para trabajar en ella, cópiela a un disco con escritura y abra la copia.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="576"/>
        <source>Select a proposal to print its sheet</source>
        <translation>Seleccione una propuesta para imprimir su ficha</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="591"/>
        <source>RED Desktop stores (*.sqlite);;All files (*)</source>
        <translation>Bases de datos de RED Desktop (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="594"/>
        <source>New store</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="596"/>
        <source>Open store</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="603"/>
        <source>About RED Desktop</source>
        <translation>Acerca de RED Desktop</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="605"/>
        <source>RED Desktop %1
Offline evaluation of Regional Economic Development proposals.</source>
        <translation>RED Desktop %1
Evaluación sin conexión de propuestas de Desarrollo Económico Regional.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="44"/>
        <source>New &amp;proposal</source>
        <translation>Nueva &amp;propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="46"/>
        <source>New &amp;store…</source>
        <translation>Nueva &amp;base de datos…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="48"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="50"/>
        <source>&amp;Recent stores</source>
        <translation>Bases de datos &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="51"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="54"/>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="56"/>
        <source>Bring back one of the store&apos;s backups; the store as it is is kept as a backup first</source>
        <translation>Recupera una de las copias de seguridad de la base de datos; antes se guarda como copia de seguridad la base de datos tal como está</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="58"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="59"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="62"/>
        <source>&amp;Print my evaluation sheet…</source>
        <translation>I&amp;mprimir mi ficha de evaluación…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="65"/>
        <source>Your own evaluation of the current proposal, with your justifications</source>
        <translation>Su propia evaluación de la propuesta actual, con sus justificaciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="69"/>
        <source>Print co&amp;mmittee sheet…</source>
        <translation>Imprimir ficha del co&amp;mité…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="72"/>
        <source>The committee&apos;s aggregate of the current proposal, with every evaluator&apos;s justifications</source>
        <translation>El agregado del comité para la propuesta actual, con las justificaciones de cada evaluador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="74"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="87"/>
        <source>Declare a &amp;conflict of interest…</source>
        <translation>Declarar un &amp;conflicto de interés…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="90"/>
        <source>Your conflict of interest with a proposal, an executing agency or an actor: you are not given what it reaches, and cannot evaluate it</source>
        <translation>Su conflicto de interés con una propuesta, una agencia ejecutora o un actor: no se le asigna lo que alcanza, y no puede evaluarlo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="95"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="98"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="106"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="110"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="111"/>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportar paquete…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="112"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importar paquete…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="113"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflictos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="114"/>
        <source>Codes and &amp;duplicates</source>
        <translation>Códigos y &amp;duplicados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="115"/>
        <source>&amp;Roster</source>
        <translation>&amp;Registro de claves</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="126"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="129"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="133"/>
        <source>&amp;About RED Desktop</source>
        <translation>A&amp;cerca de RED Desktop</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="34"/>
        <source>Merge two proposals</source>
        <translation>Fusionar dos propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="39"/>
        <source>These look like one project captured twice (%1). The proposal merged away keeps its record and its evaluations, which count for the one that stays; it leaves the list, and its code finds the one that stays. The merge reaches the laptops with your next package, and can be undone.</source>
        <translation>Parecen un mismo proyecto registrado dos veces (%1). La propuesta fusionada conserva su registro y sus evaluaciones, que cuentan para la que se queda; sale de la lista, y su código encuentra la que se queda. La fusión llega a los portátiles con su próximo paquete y se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="48"/>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="49"/>
        <source>Keep %1</source>
        <translation>Conservar %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="55"/>
        <source>e.g. the same cacao project, visited by Ana and by Bruno</source>
        <translation>p. ej., el mismo proyecto de cacao, visitado por Ana y por Bruno</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="56"/>
        <source>Reason for merging</source>
        <translation>Motivo de la fusión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="57"/>
        <source>A reason is required: it is kept in the audit log with your name.</source>
        <translation>Se requiere un motivo: se guarda en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="61"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="66"/>
        <source>Which one stays?</source>
        <translation>¿Cuál se queda?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="69"/>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>MessageBannerWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/message_banner.py" line="29"/>
        <location filename="../../red_desktop/gui/scoring/message_banner.py" line="43"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/message_banner.py" line="36"/>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/message_banner.py" line="46"/>
        <source>Dismiss message</source>
        <translation>Descartar mensaje</translation>
    </message>
</context>
<context>
    <name>NoProposalWidget</name>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="17"/>
        <source>No proposal chosen</source>
        <translation>Ninguna propuesta elegida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="18"/>
        <source>Choose a proposal in the list to read and edit it, or create a new one.</source>
        <translation>Elija una propuesta en la lista para leerla y editarla, o cree una nueva.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="19"/>
        <source>&amp;New proposal</source>
        <translation>&amp;Nueva propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="20"/>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="23"/>
        <source>This store has no proposals yet: bring them in from a spreadsheet with File › Import…</source>
        <translation>Este almacén aún no tiene propuestas: tráigalas desde una hoja de cálculo con Archivo › Importar…</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../red_desktop/gui/editor/number_edit.py" line="84"/>
        <source>is not a number: type digits only, e.g. {0}</source>
        <translation>no es un número: escriba solo cifras, p. ej. {0}</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="36"/>
        <source>Sheet %1 opened in your PDF viewer</source>
        <translation>Ficha %1 abierta en su visor de PDF</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="41"/>
        <source>No PDF viewer was found to open the sheet.</source>
        <translation>No se encontró un visor de PDF para abrir la ficha.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="45"/>
        <source>Save it as a PDF file to print it or open it on another computer.</source>
        <translation>Guárdela como archivo PDF para imprimirla o abrirla en otra computadora.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="47"/>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="50"/>
        <source>No PDF viewer</source>
        <translation>Sin visor de PDF</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="59"/>
        <source>Save the sheet as</source>
        <translation>Guardar la ficha como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="61"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="73"/>
        <source>Sheet saved as %1</source>
        <translation>Ficha guardada como %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="82"/>
        <source>The sheet could not be saved to %1: %2</source>
        <translation>No se pudo guardar la ficha en %1: %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="90"/>
        <source>Export finished</source>
        <translation>Exportación terminada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="91"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="104"/>
        <source>No file manager was found to open the folder. The files are in:
%1</source>
        <translation>No se encontró un gestor de archivos para abrir la carpeta. Los archivos están en:
%1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="111"/>
        <source>No file manager</source>
        <translation>Sin gestor de archivos</translation>
    </message>
</context>
<context>
    <name>OwnSheetAvailability</name>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="59"/>
        <source>Select a proposal to print its sheet</source>
        <translation>Seleccione una propuesta para imprimir su ficha</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="61"/>
        <source>Your evaluator profile is still being opened; try again in a moment</source>
        <translation>Su perfil de evaluador todavía se está abriendo; inténtelo de nuevo en un momento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="64"/>
        <source>You have not scored %1, so there is no evaluation sheet of yours to print (File › Print committee sheet prints the committee&apos;s)</source>
        <translation>No ha puntuado %1, así que no hay una ficha de evaluación suya para imprimir (Archivo › Imprimir ficha del comité imprime la del comité)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="84"/>
        <source>this proposal</source>
        <translation>esta propuesta</translation>
    </message>
</context>
<context>
    <name>PageUndo</name>
    <message>
        <location filename="../../red_desktop/gui/page_undo.py" line="20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/page_undo.py" line="22"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>PlainNotes</name>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="28"/>
        <source>Agreement cannot be measured yet: it needs at least 2 proposals with 2 or more final evaluations. Hover over a blank figure to see why it is undefined.</source>
        <translation>Aún no se puede medir la concordancia: hacen falta al menos 2 propuestas con 2 o más evaluaciones finales. Pase el cursor sobre una cifra en blanco para ver por qué no está definida.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="34"/>
        <source>For this committee, the reliability of the mean total (%1) is %2, %3 by Koo and Li (2016: below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent); interval alpha on the totals is %4, %5 by Krippendorff (2004: 0.8 or more reliable, 0.667–0.8 tentative conclusions only, below unreliable).</source>
        <translation>Para este comité, la fiabilidad del total medio (%1) es %2, %3 según Koo y Li (2016: menos de 0,5 pobre, 0,5–0,75 moderada, 0,75–0,9 buena, más de 0,9 excelente); el alfa de intervalo de los totales es %4, %5 según Krippendorff (2004: 0,8 o más fiable, 0,667–0,8 solo conclusiones provisionales, por debajo no fiable).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="46"/>
        <source>Nominal alpha (⚠) counts any two different totals as full disagreement: read interval alpha for totals.</source>
        <translation>El alfa nominal (⚠) cuenta dos totales distintos cualesquiera como desacuerdo total: para los totales, lea el alfa de intervalo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="51"/>
        <source>ICC(2) and ICC(3) are blank because they need proposals scored by every one of the %1 evaluators, and %2 of %3 are. Nominal alpha (⚠) counts any two different totals as full disagreement: read interval alpha for totals.</source>
        <translation>ICC(2) e ICC(3) están en blanco porque necesitan propuestas puntuadas por cada uno de los %1 evaluadores, y lo están %2 de %3. El alfa nominal (⚠) cuenta dos totales distintos cualesquiera como desacuerdo total: para los totales, lea el alfa de intervalo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="63"/>
        <source>poor</source>
        <translation>pobre</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="64"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="65"/>
        <source>good</source>
        <translation>buena</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="66"/>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="67"/>
        <source>reliable</source>
        <translation>fiable</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="68"/>
        <source>tentative</source>
        <translation>provisional</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="69"/>
        <source>unreliable</source>
        <translation>no fiable</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="78"/>
        <source>An evaluator is called harsh or lenient only when their mean deviation from colleagues is at least %1 points AND its ±2 SE interval (the whiskers) excludes zero; the bar is coloured by the same rule.</source>
        <translation>Un evaluador se considera exigente o benevolente solo si su desviación media respecto de sus colegas es de al menos %1 puntos Y su intervalo de ±2 EE (los bigotes) excluye el cero; la barra se colorea con la misma regla.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="85"/>
        <source>Here %1 harsh, %2 lenient, %3 in line (%4 of them consistently, but by less than %5 points), %6 with too few proposals compared. Calibrated totals remove each evaluator&apos;s mean deviation.</source>
        <translation>Aquí %1 exigentes, %2 benevolentes, %3 alineados (%4 de ellos de forma constante, pero por menos de %5 puntos), %6 con muy pocas propuestas comparadas. Los totales calibrados eliminan la desviación media de cada evaluador.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="102"/>
        <source>Over %1 samples of the weights (each moving about ±3 points, seed %2), %3 proposals stay in the top %4 in at least 95 % of samples and %5 stay out; for %6 the weights decide (in it in 5–95 % of samples): treat their order as uncertain.</source>
        <translation>En %1 muestras de los pesos (cada uno varía unos ±3 puntos, semilla %2), %3 propuestas quedan entre las %4 primeras en al menos el 95 % de las muestras y %5 quedan fuera; para %6 deciden los pesos (dentro en el 5–95 % de las muestras): trate su orden como incierto.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="118"/>
        <source>Neighbouring pairs that tie at every weighting (identical scores, same weights: “= tie”, same p(top N)): %1. Pairs with identical scores in different region types, which swap only when one type&apos;s weights move against the other&apos;s: %2.</source>
        <translation>Pares vecinos que empatan con cualquier ponderación (puntuaciones idénticas, mismos pesos: «= empate», mismo p(top N)): %1. Pares con puntuaciones idénticas en distintos tipos de región, que solo se intercambian si los pesos de un tipo se mueven respecto de los del otro: %2.</translation>
    </message>
</context>
<context>
    <name>PlanNotesWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="20"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="20"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="20"/>
        <source>Other proposal or code</source>
        <translation>Otra propuesta o código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="21"/>
        <source>Codes reconciled and likely duplicates</source>
        <translation>Códigos conciliados y posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="40"/>
        <source>Codes reconciled: %1 · likely duplicates: %2</source>
        <translation>Códigos conciliados: %1 · posibles duplicados: %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="60"/>
        <source>New code; the old one still finds it</source>
        <translation>Código nuevo; el anterior aún la encuentra</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="61"/>
        <source>Same code: both kept until the committee gives final codes</source>
        <translation>Mismo código: se conservan ambas hasta que el comité dé códigos finales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="67"/>
        <source>Perhaps the same project: %1</source>
        <translation>Quizá el mismo proyecto: %1</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="34"/>
        <source>Package preview</source>
        <translation>Vista previa del paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="41"/>
        <source>Package status</source>
        <translation>Estado del paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="48"/>
        <source>What the package does</source>
        <translation>Lo que hace el paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="52"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="53"/>
        <source>Fingerprint:</source>
        <translation>Huella digital:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="54"/>
        <source>Created:</source>
        <translation>Creado:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="55"/>
        <source>Records:</source>
        <translation>Registros:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="69"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="69"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="69"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="69"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="72"/>
        <source>Records in the package</source>
        <translation>Registros del paquete</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="84"/>
        <source>Choose package files, or drop them here, to see what importing them would do.</source>
        <translation>Elija archivos de paquete, o suéltelos aquí, para ver lo que haría importarlos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="92"/>
        <source>Checking the signature and every record…</source>
        <translation>Verificando la firma y cada registro…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="105"/>
        <source>everything</source>
        <translation>todo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="105"/>
        <source>changes since the previous package</source>
        <translation>cambios desde el paquete anterior</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="114"/>
        <source>Already imported; importing it again changes nothing.</source>
        <translation>Ya importado; importarlo de nuevo no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="116"/>
        <source>Refused:</source>
        <translation>Rechazado:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="119"/>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="119"/>
        <source>Ready to import: nothing is written until you apply it.</source>
        <translation>Listo para importar: no se escribe nada hasta que lo aplique.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="123"/>
        <source>Records changed on both sides are kept as conflicts for you to resolve; nothing is lost.</source>
        <translation>Los registros modificados en ambos lados se guardan como conflictos para que usted los resuelva; no se pierde nada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="130"/>
        <source>added: %1 · updated: %2 · unchanged: %3 · conflicts: %4</source>
        <translation>agregados: %1 · actualizados: %2 · sin cambios: %3 · conflictos: %4</translation>
    </message>
</context>
<context>
    <name>PortfolioModel</name>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="35"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="36"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="37"/>
        <source>Best set</source>
        <translation>Mejor conjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="38"/>
        <source>Rank order</source>
        <translation>Orden de ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="39"/>
        <source>p(funded)</source>
        <translation>p(financiada)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="40"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="41"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="42"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="43"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="46"/>
        <source>Funded in the best set under the budget and the rules</source>
        <translation>Financiada en el mejor conjunto dentro del presupuesto y las reglas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="47"/>
        <source>Funded in rank order while the money lasts</source>
        <translation>Financiada en orden de ranking mientras alcanza el dinero</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="49"/>
        <source>Share of the weight samples whose best set funds it; ⚠: at the margin</source>
        <translation>Proporción de las muestras de pesos cuyo mejor conjunto la financia; ⚠: en el margen</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="51"/>
        <source>Amount requested by it and every fundable one above it</source>
        <translation>Monto solicitado por ella y por cada propuesta financiable por encima</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="153"/>
        <source>funded</source>
        <translation>financiada</translation>
    </message>
</context>
<context>
    <name>PortfolioTab</name>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="112"/>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="120"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="113"/>
        <source>The call&apos;s budget in US dollars</source>
        <translation>El presupuesto de la convocatoria en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="121"/>
        <source>Weight samples for the probability of being funded</source>
        <translation>Muestras de pesos para la probabilidad de ser financiada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="123"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="124"/>
        <source>Save as the call&apos;s budget and rules</source>
        <translation>Guardar como presupuesto y reglas de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="125"/>
        <source>Keep this budget and these rules as the call&apos;s, with a reason for the audit log</source>
        <translation>Conservar este presupuesto y estas reglas como los de la convocatoria, con un motivo para el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="127"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="128"/>
        <source>Back to the call&apos;s saved budget and rules</source>
        <translation>Volver al presupuesto y las reglas guardados de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="131"/>
        <source>The call&apos;s rules</source>
        <translation>Las reglas de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="133"/>
        <source>&amp;Add rule…</source>
        <translation>&amp;Añadir regla…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="134"/>
        <source>Add a rule of the call</source>
        <translation>Añadir una regla de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="136"/>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="137"/>
        <source>Remove the selected rule</source>
        <translation>Quitar la regla seleccionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="142"/>
        <source>What is wrong with the call&apos;s saved settings</source>
        <translation>Qué falla en la configuración guardada de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="147"/>
        <source>The best set against the rank order</source>
        <translation>El mejor conjunto frente al orden de ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="149"/>
        <source>Weight samples solved</source>
        <translation>Muestras de pesos resueltas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="150"/>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="151"/>
        <source>Stop computing the probabilities of being funded</source>
        <translation>Dejar de calcular las probabilidades de ser financiada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="158"/>
        <source>Group the shares by</source>
        <translation>Agrupar las proporciones por</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="168"/>
        <source>Proposals funded, in rank order</source>
        <translation>Propuestas financiadas, en orden de ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="185"/>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="185"/>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="204"/>
        <source>Shares by</source>
        <translation>Proporciones por</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="244"/>
        <source>The call&apos;s saved budget cannot be read: %1</source>
        <translation>No se puede leer el presupuesto guardado de la convocatoria: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="286"/>
        <source>Fund %1 whatever it costs</source>
        <translation>Financiar %1 cueste lo que cueste</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="288"/>
        <source>Keep %1 out</source>
        <translation>Dejar fuera %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="293"/>
        <source>No rules: the budget alone bounds the set</source>
        <translation>Sin reglas: solo el presupuesto limita el conjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="337"/>
        <source>Fund it whatever it costs</source>
        <translation>Financiarla cueste lo que cueste</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="338"/>
        <source>Keep it out</source>
        <translation>Dejarla fuera</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="339"/>
        <source>Let the best set decide</source>
        <translation>Que decida el mejor conjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="364"/>
        <source>What-if, not saved:</source>
        <translation>Simulación, sin guardar:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="364"/>
        <source>The call&apos;s settings:</source>
        <translation>Configuración de la convocatoria:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="375"/>
        <source>Save the call&apos;s budget and rules</source>
        <translation>Guardar el presupuesto y las reglas de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="376"/>
        <source>Why does the call&apos;s budget or its rules change?</source>
        <translation>¿Por qué cambian el presupuesto o las reglas de la convocatoria?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="377"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="397"/>
        <source>The call&apos;s budget and rules were not saved: %1</source>
        <translation>No se guardaron el presupuesto ni las reglas de la convocatoria: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="410"/>
        <source>Computing the best set…</source>
        <translation>Calculando el mejor conjunto…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="433"/>
        <source>Budget %1.</source>
        <translation>Presupuesto %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="433"/>
        <source>No budget set.</source>
        <translation>Sin presupuesto.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="512"/>
        <source>Probabilities of funding: stopped.</source>
        <translation>Probabilidades de financiación: detenidas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="529"/>
        <source>Probabilities of funding: idle</source>
        <translation>Probabilidades de financiación: en espera</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="542"/>
        <source>At the margin over %1 weight samples (funded in fewer than 90 % of them): %2.</source>
        <translation>En el margen en %1 muestras de pesos (financiadas en menos del 90 % de ellas): %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="440"/>
        <source>The rules cannot all be met; in conflict: %1</source>
        <translation>Las reglas no pueden cumplirse todas; en conflicto: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="448"/>
        <source>Best set: %1 proposals, %2, sum of totals %3. In rank order: %4 proposals, %5, sum %6.</source>
        <translation>Mejor conjunto: %1 propuestas, %2, suma de totales %3. En orden de ranking: %4 propuestas, %5, suma %6.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="459"/>
        <source>The best set adds up the funded proposals&apos; totals: more proposals at the same money can add up to more than fewer, higher-ranked ones.</source>
        <translation>El mejor conjunto suma los totales de las propuestas financiadas: más propuestas con el mismo dinero pueden sumar más que menos propuestas mejor clasificadas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="473"/>
        <source>Probabilities of funding: not worked out (no samples).</source>
        <translation>Probabilidades de financiación: no calculadas (sin muestras).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="482"/>
        <source>Over %1 fundable proposals: no probabilities computed.</source>
        <translation>Más de %1 propuestas financiables: no se calculan probabilidades.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="489"/>
        <source>Solving %1 weight samples: %v</source>
        <translation>Resolviendo %1 muestras de pesos: %v</translation>
    </message>
</context>
<context>
    <name>ProblemMarker</name>
    <message>
        <location filename="../../red_desktop/gui/editor/problem_marker.py" line="35"/>
        <source>Actor {0}: {1} {2}</source>
        <translation>Actor {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/problem_marker.py" line="123"/>
        <source>Problem with {0}</source>
        <translation>Problema en {0}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="6"/>
        <source>Your evaluator profile</source>
        <translation>Su perfil de evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="7"/>
        <source>Evaluator profile</source>
        <translation>Perfil de evaluador</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="11"/>
        <source>RED Desktop stamps your name on every change you make, so the committee knows who scored what. It is kept on this computer.</source>
        <translation>RED Desktop registra su nombre en cada cambio que usted haga, para que el comité sepa quién asignó cada puntaje. Su nombre se guarda en esta computadora.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="13"/>
        <source>Why your name is asked</source>
        <translation>Por qué se le pide su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="18"/>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="19"/>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="19"/>
        <source>e.g. Ana Lucía Quispe</source>
        <translation>p. ej. Ana Lucía Quispe</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="20"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="21"/>
        <source>Your role</source>
        <translation>Su rol</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="22"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="23"/>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="29"/>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="35"/>
        <source>Confirm or cancel</source>
        <translation>Confirmar o cancelar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/profile_dialog.py" line="24"/>
        <source>As the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/profile_dialog.py" line="58"/>
        <source>Your name is needed: it is stamped on every change you make.</source>
        <translation>Se necesita su nombre: queda registrado en cada cambio que usted haga.</translation>
    </message>
</context>
<context>
    <name>ProgressModels</name>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="102"/>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="188"/>
        <source>Evaluator</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="103"/>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="105"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="107"/>
        <source>Of the proposals assigned: an evaluation begun, not final</source>
        <translation>De las propuestas asignadas: una evaluación comenzada, no final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="111"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="113"/>
        <source>Of the proposals assigned: a final evaluation counted</source>
        <translation>De las propuestas asignadas: una evaluación final contada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="117"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="120"/>
        <source>Assigned, past the day it was due, and no final evaluation counted</source>
        <translation>Asignada, pasada su fecha de vencimiento y sin evaluación final contada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="128"/>
        <source>Left out</source>
        <translation>Fuera</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="130"/>
        <source>Final evaluations left out for a declared conflict of interest</source>
        <translation>Evaluaciones finales dejadas fuera por un conflicto de interés declarado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="134"/>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="136"/>
        <source>Evaluations of proposals not assigned to them</source>
        <translation>Evaluaciones de propuestas que no se le asignaron</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="144"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="146"/>
        <source>Final of needed</source>
        <translation>Finales de necesarias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="149"/>
        <source>Final evaluations counted, of those the call needs for each proposal</source>
        <translation>Evaluaciones finales contadas, de las que la convocatoria necesita por propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="156"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="158"/>
        <source>Assigned to</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="162"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="170"/>
        <source>Final evaluations left out for a declared conflict of interest: %1</source>
        <translation>Evaluaciones finales dejadas fuera por un conflicto de interés declarado: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="190"/>
        <source>With</source>
        <translation>Con</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="192"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="197"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="212"/>
        <source>declared %1</source>
        <translation>declarado el %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="213"/>
        <source>withdrawn %1</source>
        <translation>retirado el %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="220"/>
        <source>Withdrawn: %1</source>
        <translation>Retirado: %1</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="93"/>
        <source>Working out the season&apos;s progress…</source>
        <translation>Calculando el avance de la convocatoria…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="95"/>
        <source>The season&apos;s progress in a sentence</source>
        <translation>El avance de la convocatoria en una frase</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="96"/>
        <source>Assign &amp;automatically…</source>
        <translation>Asignar &amp;automáticamente…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="97"/>
        <source>Assign the undecided proposals to evaluators automatically</source>
        <translation>Asignar automáticamente las propuestas sin decidir a evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="101"/>
        <source>What became of the last assignment or declaration</source>
        <translation>Qué resultó de la última asignación o declaración</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="105"/>
        <source>Why the last assignment or declaration was not made</source>
        <translation>Por qué no se hizo la última asignación o declaración</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="107"/>
        <source>Progress per evaluator</source>
        <translation>Avance por evaluador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="111"/>
        <source>Proposals and their final evaluations</source>
        <translation>Propuestas y sus evaluaciones finales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="116"/>
        <source>Right-click a proposal to assign it to an evaluator by hand, or take it back</source>
        <translation>Clic derecho en una propuesta para asignarla a mano a un evaluador, o retirarla</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="120"/>
        <source>Which proposals the list shows</source>
        <translation>Qué propuestas muestra la lista</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="121"/>
        <source>All proposals</source>
        <translation>Todas las propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="122"/>
        <source>List every proposal, not only those that cannot be decided</source>
        <translation>Listar cada propuesta, no solo las que no pueden decidirse</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="230"/>
        <source>%1 of %2 final evaluations needed (%3 a proposal); %4 proposals cannot be decided yet.</source>
        <translation>%1 de %2 evaluaciones finales necesarias (%3 por propuesta); %4 propuestas no pueden decidirse todavía.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="255"/>
        <source>All proposals: %1</source>
        <translation>Todas las propuestas: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="257"/>
        <source>Cannot be decided yet: %1</source>
        <translation>No pueden decidirse todavía: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="264"/>
        <source>The season&apos;s progress could not be worked out: %1</source>
        <translation>No se pudo calcular el avance de la convocatoria: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="286"/>
        <source>Assign to</source>
        <translation>Asignar a</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="287"/>
        <source>Take back from</source>
        <translation>Retirar a</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="300"/>
        <source>Assigned by hand</source>
        <translation>Asignada a mano</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="303"/>
        <source>%1 assigned to %2.</source>
        <translation>%1 asignada a %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="304"/>
        <source>Not assigned: %1</source>
        <translation>No se asignó: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="312"/>
        <source>Take back an assignment</source>
        <translation>Retirar una asignación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="313"/>
        <source>Why is %1 no longer assigned to %2?</source>
        <translation>¿Por qué %1 ya no está asignada a %2?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="314"/>
        <source>Take &amp;back</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="321"/>
        <source>%1 no longer assigned to %2.</source>
        <translation>%1 ya no está asignada a %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="334"/>
        <source>Languages read…</source>
        <translation>Idiomas que lee…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="343"/>
        <source>Languages read</source>
        <translation>Idiomas que lee</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="346"/>
        <source>The languages %1 reads, as two-letter codes separated by commas (es, pt, en, fr); empty: any language. Only proposals in them are assigned to them automatically.</source>
        <translation>Los idiomas que lee %1, en códigos de dos letras separados por comas (es, pt, en, fr); vacío: cualquier idioma. Solo se le asignan automáticamente propuestas en ellos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="356"/>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="359"/>
        <source>%1 reads: %2.</source>
        <translation>%1 lee: %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="360"/>
        <source>The languages were not kept: %1</source>
        <translation>No se guardaron los idiomas: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="376"/>
        <source>Working out an assignment of %1 evaluators a proposal…</source>
        <translation>Calculando una asignación de %1 evaluadores por propuesta…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="388"/>
        <source>Automatic assignment</source>
        <translation>Asignación automática</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="402"/>
        <source>Assigned %1 pairs of proposal and evaluator (%2 new), %3 evaluators a proposal.</source>
        <translation>Asignados %1 pares de propuesta y evaluador (%2 nuevos), %3 evaluadores por propuesta.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="414"/>
        <source>Nothing was assigned: %1</source>
        <translation>No se asignó nada: %1</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="54"/>
        <source>Proposal editor</source>
        <translation>Editor de propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="115"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="119"/>
        <source>&amp;Save now</source>
        <translation>&amp;Guardar ahora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="180"/>
        <source>The new proposal</source>
        <translation>La nueva propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="272"/>
        <source>This proposal was changed here and on another laptop; both versions are kept.</source>
        <translation>Esta propuesta se modificó aquí y en otra computadora; se conservan ambas versiones.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="273"/>
        <source>Compare them and choose, field by field, in Exchange › Conflicts</source>
        <translation>Compárelas y elija, campo por campo, en Intercambio › Conflictos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="335"/>
        <source>%1 saved this proposal at %2 while you were editing it. Reload their version (your unsaved changes are dropped) or keep yours (it replaces theirs; the audit log keeps both).</source>
        <translation>%1 guardó esta propuesta el %2 mientras usted la editaba. Recargue la otra versión (se descartan sus cambios sin guardar) o conserve la suya (reemplaza a la otra; el registro de auditoría conserva ambas).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="338"/>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="391"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="466"/>
        <source>is already used by another proposal</source>
        <translation>ya está en uso en otra propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="478"/>
        <source>Untitled proposal</source>
        <translation>Propuesta sin título</translation>
    </message>
</context>
<context>
    <name>ProposalEditorForm</name>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="6"/>
        <source>Proposal editor</source>
        <translation>Editor de propuestas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="21"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="29"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="39"/>
        <source>Saved elsewhere</source>
        <translation>Guardada en otro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="45"/>
        <source>Why this proposal is not saved</source>
        <translation>Por qué esta propuesta no está guardada</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="53"/>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recargar la otra versión</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="54"/>
        <source>Reload the stored version, dropping my unsaved changes</source>
        <translation>Recargar la versión almacenada y descartar mis cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="59"/>
        <source>&amp;Keep my version</source>
        <translation>Conser&amp;var mi versión</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="60"/>
        <source>Save my version over the stored one</source>
        <translation>Guardar mi versión en lugar de la almacenada</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="69"/>
        <source>Proposal sections</source>
        <translation>Secciones de la propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="72"/>
        <location filename="../../ui/proposal_editor.ui" line="73"/>
        <location filename="../../ui/proposal_editor.ui" line="84"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="95"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="101"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="109"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="115"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="116"/>
        <source>What the project does, where</source>
        <translation>Qué hace el proyecto y dónde</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="121"/>
        <source>&amp;Status:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="128"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="133"/>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="139"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="140"/>
        <source>Who collected the proposal</source>
        <translation>Quién recopiló la propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="145"/>
        <source>&amp;Executing agency:</source>
        <translation>&amp;Organismo ejecutor:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="151"/>
        <source>Executing agency</source>
        <translation>Organismo ejecutor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="157"/>
        <source>&amp;Priority area:</source>
        <translation>Área &amp;prioritaria:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="164"/>
        <source>Priority area</source>
        <translation>Área prioritaria</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="169"/>
        <source>Productive sect&amp;ors:</source>
        <translation>&amp;Sectores productivos:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="175"/>
        <source>Productive sectors</source>
        <translation>Sectores productivos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="177"/>
        <source>Separated by commas, e.g. quinua, lácteos, turismo rural</source>
        <translation>Separados por comas, p. ej. quinua, lácteos, turismo rural</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="195"/>
        <location filename="../../ui/proposal_editor.ui" line="196"/>
        <location filename="../../ui/proposal_editor.ui" line="207"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="218"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="225"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="230"/>
        <source>Region &amp;name:</source>
        <translation>&amp;Nombre de la región:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="236"/>
        <source>Region name</source>
        <translation>Nombre de la región</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="237"/>
        <source>State, province, department or municipality</source>
        <translation>Estado, provincia, departamento o municipio</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="242"/>
        <source>Region &amp;kind:</source>
        <translation>&amp;Clase de región:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="249"/>
        <source>Region kind</source>
        <translation>Clase de región</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="254"/>
        <source>Region t&amp;ype:</source>
        <translation>&amp;Tipo de región:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="261"/>
        <source>Region type</source>
        <translation>Tipo de región</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="262"/>
        <source>Marginalized, emerging or declining: it chooses the weight profile the proposal is scored with</source>
        <translation>Marginada, emergente o en declive: define el perfil de ponderación con el que se asigna el puntaje a la propuesta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="267"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitud:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="273"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="280"/>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitud:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="286"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="102"/>
        <source>e.g. RED-PE-2026-014</source>
        <translation>p. ej. RED-PE-2026-014</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="103"/>
        <source>Suggested once a country is chosen; you may type another</source>
        <translation>Se sugiere al elegir un país; puede escribir otro</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="152"/>
        <source>Who will carry out the project</source>
        <translation>Quién ejecutará el proyecto</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="176"/>
        <source>e.g. quinua, lácteos</source>
        <translation>p. ej. quinua, lácteos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="275"/>
        <location filename="../../ui/proposal_editor.ui" line="288"/>
        <source>Optional, decimal degrees</source>
        <translation>Opcional, en grados decimales</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="306"/>
        <location filename="../../ui/proposal_editor.ui" line="307"/>
        <source>Actors</source>
        <translation>Actores</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="311"/>
        <location filename="../../ui/proposal_editor.ui" line="313"/>
        <source>The local actors taking part: local government, businesses, universities, technology centres, civil society, large companies and scaling partners, with their role and commitment.</source>
        <translation>Los actores locales que participan: gobierno local, empresas, universidades, centros tecnológicos, sociedad civil, grandes empresas y socios para el escalamiento, con su rol y su compromiso.</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="318"/>
        <source>Local actors</source>
        <translation>Actores locales</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="330"/>
        <source>&amp;Add actor…</source>
        <translation>&amp;Agregar actor…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="331"/>
        <source>Add actor</source>
        <translation>Agregar actor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="336"/>
        <source>&amp;Edit actor…</source>
        <translation>&amp;Editar actor…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="337"/>
        <source>Edit actor</source>
        <translation>Editar actor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="342"/>
        <source>&amp;Remove actor</source>
        <translation>&amp;Quitar actor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="343"/>
        <source>Remove actor</source>
        <translation>Quitar actor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="357"/>
        <location filename="../../ui/proposal_editor.ui" line="358"/>
        <location filename="../../ui/proposal_editor.ui" line="369"/>
        <source>Funding</source>
        <translation>Financiamiento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="380"/>
        <source>&amp;Requested amount (USD):</source>
        <translation>&amp;Monto solicitado (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="386"/>
        <source>Requested amount in US dollars</source>
        <translation>Monto solicitado en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="388"/>
        <source>e.g. 1,000,000</source>
        <translation>p. ej. 1,000,000</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="393"/>
        <source>&amp;Public counterpart (USD):</source>
        <translation>Contrapartida &amp;pública (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="399"/>
        <source>Public counterpart in US dollars</source>
        <translation>Contrapartida pública en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="401"/>
        <location filename="../../ui/proposal_editor.ui" line="414"/>
        <location filename="../../ui/proposal_editor.ui" line="427"/>
        <location filename="../../ui/proposal_editor.ui" line="440"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="406"/>
        <source>Pri&amp;vate counterpart (USD):</source>
        <translation>Contrapartida p&amp;rivada (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="412"/>
        <source>Private counterpart in US dollars</source>
        <translation>Contrapartida privada en dólares estadounidenses</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="419"/>
        <source>Beneficiary &amp;MSMEs:</source>
        <translation>Mipymes &amp;beneficiarias:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="425"/>
        <source>Expected beneficiary MSMEs</source>
        <translation>Mipymes beneficiarias previstas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="432"/>
        <source>&amp;Duration (months):</source>
        <translation>&amp;Duración (meses):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="438"/>
        <source>Duration in months</source>
        <translation>Duración en meses</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="447"/>
        <source>Indicators, computed as you type</source>
        <translation>Indicadores, calculados mientras escribe</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="448"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="454"/>
        <source>Counterpart total (USD):</source>
        <translation>Total de contrapartida (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="461"/>
        <source>Counterpart total</source>
        <translation>Total de contrapartida</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="469"/>
        <source>Co-funding leverage:</source>
        <translation>Apalancamiento de cofinanciamiento:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="476"/>
        <source>Co-funding leverage</source>
        <translation>Apalancamiento de cofinanciamiento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="484"/>
        <source>Actor-type coverage:</source>
        <translation>Cobertura de tipos de actor:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="491"/>
        <source>Actor-type coverage</source>
        <translation>Cobertura de tipos de actor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="513"/>
        <location filename="../../ui/proposal_editor.ui" line="514"/>
        <location filename="../../ui/proposal_editor.ui" line="525"/>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="535"/>
        <source>Regional &amp;diagnosis:</source>
        <translation>&amp;Diagnóstico regional:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="541"/>
        <source>Regional diagnosis</source>
        <translation>Diagnóstico regional</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="542"/>
        <source>The region&apos;s economy, its territory and the data behind its type</source>
        <translation>La economía de la región, su territorio y los datos que sustentan su tipo</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="554"/>
        <source>&amp;Institutional strengths and weaknesses:</source>
        <translation>Fortalezas y debilidades &amp;institucionales:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="560"/>
        <source>Institutional strengths and weaknesses</source>
        <translation>Fortalezas y debilidades institucionales</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="561"/>
        <source>Local institutions: what works, what is missing</source>
        <translation>Instituciones locales: qué funciona y qué falta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="573"/>
        <source>&amp;Market opportunities:</source>
        <translation>&amp;Oportunidades de mercado:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="579"/>
        <source>Market opportunities</source>
        <translation>Oportunidades de mercado</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="580"/>
        <source>Markets the region&apos;s firms could reach</source>
        <translation>Mercados a los que podrían llegar las empresas de la región</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="592"/>
        <source>Private-sector &amp;growth constraints:</source>
        <translation>Restricciones al &amp;crecimiento del sector privado:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="598"/>
        <source>Private-sector growth constraints</source>
        <translation>Restricciones al crecimiento del sector privado</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="599"/>
        <source>What holds local firms back</source>
        <translation>Qué frena a las empresas locales</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="611"/>
        <source>&amp;Scaling and policy pathway:</source>
        <translation>&amp;Escalamiento y ruta hacia políticas públicas:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="617"/>
        <source>Scaling and policy pathway</source>
        <translation>Escalamiento y ruta hacia políticas públicas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="618"/>
        <source>Who scales the model up, and how it can shape public policy</source>
        <translation>Quién lleva el modelo a mayor escala y cómo puede influir en las políticas públicas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="630"/>
        <source>&amp;Results measurement plan:</source>
        <translation>Plan de &amp;medición de resultados:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="636"/>
        <source>Results measurement plan</source>
        <translation>Plan de medición de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="637"/>
        <source>Baseline, indicators and knowledge products</source>
        <translation>Línea de base, indicadores y productos de conocimiento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="653"/>
        <location filename="../../ui/proposal_editor.ui" line="654"/>
        <location filename="../../ui/proposal_editor.ui" line="665"/>
        <source>Attachments</source>
        <translation>Adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="658"/>
        <location filename="../../ui/proposal_editor.ui" line="660"/>
        <source>Evidence for the proposal: letters of intent, agreements, maps, data. Add files with the button or drop them on the list; each is kept in the store with its SHA-256 fingerprint.</source>
        <translation>Evidencias de la propuesta: cartas de intención, convenios, mapas, datos. Agregue archivos con el botón o arrástrelos a la lista; cada uno se guarda en la base de datos con su huella SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="673"/>
        <source>Attachment message</source>
        <translation>Mensaje sobre los adjuntos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="681"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Agregar archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="682"/>
        <source>Add attachment</source>
        <translation>Agregar adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="687"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="688"/>
        <source>Open attachment</source>
        <translation>Abrir adjunto</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="693"/>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="694"/>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
</context>
<context>
    <name>ProposalHeaderWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="22"/>
        <source>Proposal</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="26"/>
        <source>Region type, weight profile and evaluator</source>
        <translation>Tipo de región, perfil de ponderación y evaluador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="38"/>
        <source>Proposal being scored</source>
        <translation>Propuesta que se está puntuando</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="44"/>
        <source>Region type: {region_type} · {profile} · rubric {rubric} {version} · evaluator: {evaluator}</source>
        <translation>Tipo de región: {region_type} · {profile} · rúbrica {rubric} {version} · evaluador: {evaluator}</translation>
    </message>
</context>
<context>
    <name>ProposalListModel</name>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="45"/>
        <source>%1 partial</source>
        <translation>%1 parcial</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="47"/>
        <source>%1 draft</source>
        <translation>%1 borrador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="53"/>
        <source>You have not scored this proposal</source>
        <translation>No ha puntuado esta propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="56"/>
        <source>Your draft: %1 sub-criteria still without a level, so the total is partial</source>
        <translation>Su borrador: %1 subcriterios todavía sin nivel, así que el total es parcial</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="62"/>
        <source>Your draft evaluation, every level given</source>
        <translation>Su evaluación en borrador, con todos los niveles asignados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="63"/>
        <source>Your final evaluation</source>
        <translation>Su evaluación final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="69"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="70"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="71"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="72"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="74"/>
        <source>Region type</source>
        <translation>Tipo de región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="79"/>
        <source>Priority area</source>
        <translation>Área prioritaria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="84"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="89"/>
        <source>Executing agency</source>
        <translation>Organismo ejecutor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="94"/>
        <source>Requested (USD)</source>
        <translation>Solicitado (USD)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="99"/>
        <source>Leverage</source>
        <translation>Apalancamiento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="104"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="108"/>
        <source>Final</source>
        <translation>Finales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="110"/>
        <source>Committee</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="120"/>
        <source>My total</source>
        <translation>Mi total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="123"/>
        <source>Committee total: the mean of the final evaluations&apos; totals, 0-100</source>
        <translation>Total del comité: la media de los totales de las evaluaciones finales, 0-100</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="126"/>
        <source>My total: your own evaluation of the proposal, draft or final, 0-100</source>
        <translation>Mi total: su propia evaluación de la propuesta, en borrador o final, 0-100</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="115"/>
        <source>Updated</source>
        <translation>Actualización</translation>
    </message>
</context>
<context>
    <name>ProposalListView</name>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="33"/>
        <source>Number of proposals shown</source>
        <translation>Número de propuestas mostradas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="48"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="93"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="134"/>
        <source>Preparing the search over 1 proposal…</source>
        <translation>Preparando la búsqueda en 1 propuesta…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="136"/>
        <source>Preparing the search over %1 proposals…</source>
        <translation>Preparando la búsqueda en %1 propuestas…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="139"/>
        <source>%1 of 1 proposal</source>
        <translation>%1 de 1 propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="141"/>
        <source>%1 of %2 proposals</source>
        <translation>%1 de %2 propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="143"/>
        <source>1 proposal</source>
        <translation>1 propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="145"/>
        <source>%1 proposals</source>
        <translation>%1 propuestas</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="64"/>
        <source>Proposal details for the committee</source>
        <translation>Detalles de la propuesta para el comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="66"/>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="201"/>
        <source>Record &amp;decision…</source>
        <translation>Registrar &amp;decisión…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="67"/>
        <source>Record or revise the committee&apos;s decision</source>
        <translation>Registrar o revisar la decisión del comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="68"/>
        <source>&amp;Withdraw decision…</source>
        <translation>&amp;Retirar decisión…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="69"/>
        <source>Withdraw the committee&apos;s decision</source>
        <translation>Retirar la decisión del comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="72"/>
        <source>Decision message</source>
        <translation>Mensaje sobre la decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="75"/>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="209"/>
        <source>&amp;Eligibility override…</source>
        <translation>Excepción de &amp;elegibilidad…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="76"/>
        <source>Record or remove a gate override with its rationale</source>
        <translation>Registrar o quitar una excepción a un requisito, con su fundamento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="136"/>
        <source>Rank %1 · total %2 · %3 final evaluations · spread %4</source>
        <translation>Posición %1 · total %2 · %3 evaluaciones finales · dispersión %4</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="148"/>
        <source>Evaluators: %1</source>
        <translation>Evaluadores: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="153"/>
        <source>Contested</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="157"/>
        <source>Ineligible: fails %1</source>
        <translation>No elegible: no cumple %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="159"/>
        <source>Eligible by gate override: %1</source>
        <translation>Elegible por excepción a un requisito: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="166"/>
        <source>No decision yet.</source>
        <translation>Aún no hay decisión.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="169"/>
        <source>Decision: %1 on %2 (members present: %3). %4</source>
        <translation>Decisión: %1, el %2 (miembros presentes: %3). %4</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="176"/>
        <source>Conditions: %1</source>
        <translation>Condiciones: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="179"/>
        <source>Recused for a declared conflict of interest: %1.</source>
        <translation>Inhibidos por un conflicto de interés declarado: %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="201"/>
        <source>Revise &amp;decision…</source>
        <translation>Revisar &amp;decisión…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="207"/>
        <source>Remove &amp;eligibility override…</source>
        <translation>Quitar la excepción de &amp;elegibilidad…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="233"/>
        <source>Saving the decision…</source>
        <translation>Guardando la decisión…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="264"/>
        <source>Remove the eligibility override</source>
        <translation>Quitar la excepción de elegibilidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="265"/>
        <source>Why is the override removed? (recorded in the audit log)</source>
        <translation>¿Por qué se quita la excepción? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="276"/>
        <source>Eligibility override</source>
        <translation>Excepción de elegibilidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="278"/>
        <source>%1 fails: %2. Why should the committee treat it as eligible? (recorded in the audit log)</source>
        <translation>%1 no cumple: %2. ¿Por qué el comité debería considerarla elegible? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="293"/>
        <source>Eligibility override saved; the ranking follows.</source>
        <translation>Excepción de elegibilidad guardada; la clasificación se actualiza.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="242"/>
        <source>Withdraw the decision</source>
        <translation>Retirar la decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="57"/>
        <source>The proposal&apos;s profile and the evaluators&apos; reasons</source>
        <translation>El perfil de la propuesta y las razones de los evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="58"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="59"/>
        <source>Evaluators&apos; reasons</source>
        <translation>Razones de los evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="243"/>
        <source>Why is the decision withdrawn? (recorded in the audit log)</source>
        <translation>¿Por qué se retira la decisión? (queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="297"/>
        <source>Decision saved; the proposal&apos;s evaluations are locked.</source>
        <translation>Decisión guardada; las evaluaciones de la propuesta están bloqueadas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="302"/>
        <source>Decision withdrawn; the evaluations are unlocked.</source>
        <translation>Decisión retirada; las evaluaciones están desbloqueadas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="307"/>
        <source>Decision not saved</source>
        <translation>No se guardó la decisión</translation>
    </message>
</context>
<context>
    <name>ProposalSaver</name>
    <message>
        <location filename="../../red_desktop/gui/editor/autosave.py" line="138"/>
        <source>Proposal %1 was changed elsewhere (revision %2, yours is %3); reload it before saving</source>
        <translation>La propuesta %1 se modificó en otra parte (revisión %2; la suya es la %3); recárguela antes de guardar</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/radar.py" line="25"/>
        <location filename="../../red_desktop/gui/charts/radar.py" line="45"/>
        <source>Criterion profile (0-4)</source>
        <translation>Perfil por criterio (0-4)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/radar.py" line="139"/>
        <source>Portfolio average</source>
        <translation>Promedio de la cartera</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/radar.py" line="144"/>
        <source>Committee aggregate</source>
        <translation>Agregado del comité</translation>
    </message>
</context>
<context>
    <name>RangeBarsChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="21"/>
        <source>Ranking: committee total and evaluator range</source>
        <translation>Clasificación: total del comité y rango de evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="22"/>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="38"/>
        <source>Total (0-100)</source>
        <translation>Total (0-100)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="40"/>
        <source>Total (0-100) · bars start at %1, not at 0</source>
        <translation>Total (0-100) · las barras empiezan en %1, no en 0</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="66"/>
        <source>%1: total %2, evaluators %3-%4</source>
        <translation>%1: total %2, evaluadores %3-%4</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="72"/>
        <source> (contested)</source>
        <translation> (en disputa)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="89"/>
        <source>Committee total</source>
        <translation>Total del comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="93"/>
        <source>Contested</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="97"/>
        <source>Lowest-highest evaluator</source>
        <translation>Mín.-máx. de evaluadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="102"/>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="111"/>
        <source>The budget runs out (rank order)</source>
        <translation>Se acaba el presupuesto (orden de ranking)</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="46"/>
        <source>Rank</source>
        <translation>Pos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="47"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="48"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="49"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="50"/>
        <source>Region type</source>
        <translation>Tipo de región</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="51"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="52"/>
        <source>Calibrated</source>
        <translation>Calibrado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="53"/>
        <source>Final evals</source>
        <translation>Eval. finales</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="54"/>
        <source>Spread</source>
        <translation>Dispersión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="55"/>
        <source>Contested</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="56"/>
        <source>Eligibility</source>
        <translation>Elegibilidad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="57"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="58"/>
        <source>p(top N)</source>
        <translation>p(primeros N)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="59"/>
        <source>Rank 5-95 %</source>
        <translation>Posición 5-95 %</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="60"/>
        <source>Swap with next</source>
        <translation>Cambio con la siguiente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="61"/>
        <source>Amount</source>
        <translation>Monto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="62"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="77"/>
        <source>Position in the committee&apos;s ranking</source>
        <translation>Posición en la clasificación del comité</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="78"/>
        <source>Funding requested (US$)</source>
        <translation>Financiamiento solicitado (US$)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="80"/>
        <source>Funding requested by it and every eligible, scored proposal above it; the red line: where the call&apos;s budget runs out</source>
        <translation>Financiamiento solicitado por ella y por cada propuesta elegible y puntuada por encima; la línea roja: donde se acaba el presupuesto de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="284"/>
        <source>p(top %1)</source>
        <translation>p(primeros %1)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="325"/>
        <source>fails gate: %1</source>
        <translation>no cumple el requisito: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="327"/>
        <source>gate override: %1</source>
        <translation>excepción al requisito: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="335"/>
        <source>Conditions: %1</source>
        <translation>Condiciones: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/contest_reasons.py" line="19"/>
        <source>A single final evaluation: no second evaluator to confirm or dispute it</source>
        <translation>Una sola evaluación final: ningún segundo evaluador la confirma ni la discute</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="344"/>
        <source>%1 and %2 have identical scores under the same weights: they tie at every weighting</source>
        <translation>%1 y %2 tienen puntuaciones idénticas con los mismos pesos: empatan con cualquier ponderación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="349"/>
        <source>No change of weights lets %1 overtake %2</source>
        <translation>Ningún cambio de pesos permite que %1 supere a %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="354"/>
        <source>%1 overtakes %2 if the weights change by %3 points (%4), on top of a gap of %5 points</source>
        <translation>%1 supera a %2 si los pesos cambian %3 puntos (%4), con una diferencia actual de %5 puntos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="362"/>
        <source>That change would make a weight negative: the real minimum is larger.</source>
        <translation>Ese cambio dejaría un peso negativo: el mínimo real es mayor.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="371"/>
        <source>%1 overtakes %2 if the weights of their region types change by %3 points in all: %4 for %2, %5 for %1. No change common to both would: their criterion scores differ by a constant</source>
        <translation>%1 supera a %2 si los pesos de sus tipos de región cambian %3 puntos en total: %4 para %2, %5 para %1. Ningún cambio común a ambos lo lograría: sus puntuaciones por criterio difieren en una constante</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="431"/>
        <source>Cannot be decided yet: %1 of the %2 final evaluations needed</source>
        <translation>No puede decidirse todavía: %1 de las %2 evaluaciones finales necesarias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="441"/>
        <source>Final evaluations left out for a declared conflict of interest: %1</source>
        <translation>Evaluaciones finales dejadas fuera por un conflicto de interés declarado: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="456"/>
        <source>single evaluation</source>
        <translation>evaluación única</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="457"/>
        <source>contested</source>
        <translation>en disputa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="464"/>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="403"/>
        <source>eligible</source>
        <translation>elegible</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="403"/>
        <source>ineligible</source>
        <translation>no elegible</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="28"/>
        <source>A reason is required: it is kept in the audit log with your name.</source>
        <translation>Se requiere un motivo: se guarda en el registro de auditoría con su nombre.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="34"/>
        <source>Why OK is unavailable</source>
        <translation>Por qué Aceptar no está disponible</translation>
    </message>
</context>
<context>
    <name>ReasonsTable</name>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="30"/>
        <source>The evaluators&apos; levels and justifications by sub-criterion</source>
        <translation>Los niveles y justificaciones de los evaluadores por subcriterio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="32"/>
        <source>Sub-criterion</source>
        <translation>Subcriterio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="32"/>
        <source>Evaluator · level</source>
        <translation>Evaluador · nivel</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="32"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="73"/>
        <source>⚠ Contested: levels %1 to %2</source>
        <translation>⚠ En disputa: niveles %1 a %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="85"/>
        <source>(no justification written)</source>
        <translation>(sin justificación escrita)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="97"/>
        <source>no level</source>
        <translation>sin nivel</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="98"/>
        <source>level %1 · %2</source>
        <translation>nivel %1 · %2</translation>
    </message>
</context>
<context>
    <name>ReasonsView</name>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="118"/>
        <source>Contested sub-criteria</source>
        <translation>Subcriterios en disputa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="133"/>
        <source>No final evaluations yet: the evaluators&apos; reasons appear here once they are final.</source>
        <translation>Aún no hay evaluaciones finales: las razones de los evaluadores aparecen aquí cuando sean finales.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="136"/>
        <source>No sub-criterion is contested: the evaluators&apos; levels are at most one apart.</source>
        <translation>Ningún subcriterio está en disputa: los niveles de los evaluadores difieren como máximo en uno.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="138"/>
        <source>Contested (levels two or more apart), shaded and marked ⚠ at the top: %1.</source>
        <translation>En disputa (niveles a dos o más de distancia), sombreados y marcados con ⚠ arriba: %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="34"/>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="35"/>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="138"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="40"/>
        <source>Choose a backup to bring back. The store as it is now is kept as a backup first, so a restore can itself be undone. The window closes the store while it is replaced, then opens it again.</source>
        <translation>Elija una copia de seguridad para recuperarla. Antes se guarda como copia de seguridad la base de datos tal como está ahora, de modo que la restauración también se puede deshacer. La ventana cierra la base de datos mientras se reemplaza y luego la vuelve a abrir.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="46"/>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Proposals</source>
        <translation>Propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Evaluations</source>
        <translation>Evaluaciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Decisions</source>
        <translation>Decisiones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="61"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="78"/>
        <source>No backups of this store yet: one is made each day the window opens it, and red-desktop backup makes one at once.</source>
        <translation>Aún no hay copias de seguridad de esta base de datos: se hace una cada día que la ventana la abre, y red-desktop backup hace una en el acto.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../red_desktop/gui/restore_dialog.py" line="82"/>
        <source>%n backup(s) of this store, newest first.</source>
        <translation>
            <numerusform>%n copia de seguridad de esta base de datos, la más reciente primero.</numerusform>
            <numerusform>%n copias de seguridad de esta base de datos, la más reciente primero.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="101"/>
        <source>cannot be restored</source>
        <translation>no se puede restaurar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="103"/>
        <source>automatic (daily)</source>
        <translation>automática (diaria)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="104"/>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="105"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="140"/>
        <source>Replace the store with the backup taken %1? The store as it is now is kept as a backup first.</source>
        <translation>¿Reemplazar la base de datos por la copia de seguridad del %1? Antes se guarda como copia de seguridad la base de datos tal como está ahora.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="76"/>
        <source>Revoke a key</source>
        <translation>Revocar una clave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="78"/>
        <source>Revoke the key of %1 (%2)? Packages signed with it will be refused from now on; what was imported stays.</source>
        <translation>¿Revocar la clave de %1 (%2)? Desde ahora se rechazarán los paquetes firmados con ella; lo que ya se importó se conserva.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="88"/>
        <source>e.g. laptop stolen on 3 March; left the programme</source>
        <translation>p. ej., computadora robada el 3 de marzo; dejó el programa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="87"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="57"/>
        <source>Packages are accepted only from the keys on this roster. Add an evaluator&apos;s public key file after comparing its fingerprint with the one they read to you.</source>
        <translation>Solo se aceptan paquetes de las claves de este registro. Agregue el archivo de clave pública de un evaluador después de comparar su huella digital con la que esa persona le lea.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="64"/>
        <source>&amp;Add key file…</source>
        <translation>&amp;Agregar archivo de clave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="65"/>
        <source>Add a public key file to the roster</source>
        <translation>Agregar un archivo de clave pública al registro</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="66"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vocar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="67"/>
        <source>Revoke the selected key</source>
        <translation>Revocar la clave seleccionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="84"/>
        <source>Add a public key file</source>
        <translation>Agregar un archivo de clave pública</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="84"/>
        <source>Public key files (*.json);;All files (*)</source>
        <translation>Archivos de clave pública (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="91"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="92"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="93"/>
        <source>Fingerprint</source>
        <translation>Huella digital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="94"/>
        <source>Added</source>
        <translation>Agregada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="95"/>
        <source>Encrypted packages</source>
        <translation>Paquetes cifrados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="96"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="100"/>
        <source>Trusted keys</source>
        <translation>Claves de confianza</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="131"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="132"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="132"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="135"/>
        <source>Revoked %1 by %2: %3</source>
        <translation>Revocada el %1 por %2: %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="141"/>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="191"/>
        <source>This file cannot be added to the roster.</source>
        <translation>Este archivo no se puede agregar al registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="210"/>
        <source>%1&apos;s key is on the roster, revoked; it stays revoked.</source>
        <translation>La clave de %1 está en el registro, revocada; sigue revocada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="219"/>
        <source>Compare the fingerprint</source>
        <translation>Compare la huella digital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="220"/>
        <source>Add %1 (%2) to the roster?</source>
        <translation>¿Agregar a %1 (%2) al registro de claves?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="233"/>
        <source>They match: &amp;add</source>
        <translation>Coinciden: &amp;agregar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="243"/>
        <source>%1&apos;s key was added to the roster.</source>
        <translation>La clave de %1 se agregó al registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="212"/>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="245"/>
        <source>%1&apos;s key was already on the roster.</source>
        <translation>La clave de %1 ya estaba en el registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="223"/>
        <source>Ask %1 to read their fingerprint to you (in person or by phone) and compare it with this one. If they differ, the file is not theirs: do not add it.</source>
        <translation>Pida a %1 que le lea su huella digital (en persona o por teléfono) y compárela con esta. Si no coinciden, el archivo no es de esa persona: no lo agregue.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="272"/>
        <source>%1&apos;s key was revoked.</source>
        <translation>La clave de %1 se revocó.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="275"/>
        <source>The roster was not changed.</source>
        <translation>El registro de claves no cambió.</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="26"/>
        <source>At least a share of the funded amount</source>
        <translation>Al menos una proporción del monto financiado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="27"/>
        <source>At most a share of the funded amount</source>
        <translation>Como máximo una proporción del monto financiado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="28"/>
        <source>At least an amount</source>
        <translation>Al menos un monto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="29"/>
        <source>At most an amount</source>
        <translation>Como máximo un monto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="30"/>
        <source>At least a number of proposals</source>
        <translation>Al menos un número de propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="31"/>
        <source>At most a number of proposals</source>
        <translation>Como máximo un número de propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="43"/>
        <source>Add a rule of the call</source>
        <translation>Añadir una regla de la convocatoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="58"/>
        <source>What is wrong with the rule</source>
        <translation>Qué falla en la regla</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="60"/>
        <source>&amp;Rule</source>
        <translation>&amp;Regla</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="61"/>
        <source>&amp;Group</source>
        <translation>&amp;Grupo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="62"/>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="63"/>
        <source>&amp;Bound</source>
        <translation>&amp;Límite</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="43"/>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="45"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="47"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="49"/>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="56"/>
        <source>Not saved: 1 problem</source>
        <translation>No guardado: 1 problema</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="56"/>
        <source>Not saved: {0} problems</source>
        <translation>No guardado: {0} problemas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="57"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>ScoreSummaryWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="33"/>
        <source>Total, state and actions</source>
        <translation>Total, estado y acciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="36"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="37"/>
        <source>Partial total</source>
        <translation>Total parcial</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="38"/>
        <source>Evaluation state</source>
        <translation>Estado de la evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="39"/>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="41"/>
        <source>Mark final</source>
        <translation>Marcar como final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="46"/>
        <source>&amp;Mark final</source>
        <translation>&amp;Marcar como final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="47"/>
        <source>Mark the evaluation final</source>
        <translation>Marcar la evaluación como final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="52"/>
        <source>Reopen the final evaluation</source>
        <translation>Reabrir la evaluación final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="53"/>
        <source>Unlock the evaluation; the reason you give is recorded</source>
        <translation>Desbloquea la evaluación; el motivo que usted indique queda registrado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="108"/>
        <source>Total {total} / 100</source>
        <translation>Total {total} / 100</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="111"/>
        <source>partial: {missing} of {count} sub-criteria without a level</source>
        <translation>parcial: {missing} de {count} subcriterios sin nivel</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="77"/>
        <source>Final · locked</source>
        <translation>Final · bloqueada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="77"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="116"/>
        <source>Not saved: see the message</source>
        <translation>No guardado: vea el mensaje</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="49"/>
        <source>Lock the evaluation; refused while anything is missing ({keys})</source>
        <translation>Bloquear la evaluación; se rechaza mientras falte algo ({keys})</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="51"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="116"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="116"/>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="47"/>
        <source>Scoring form</source>
        <translation>Formulario de puntaje</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="63"/>
        <source>No proposal chosen</source>
        <translation>Ninguna propuesta seleccionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="69"/>
        <source>Criteria and sub-criteria</source>
        <translation>Criterios y subcriterios</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="79"/>
        <source>Criteria</source>
        <translation>Criterios</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="124"/>
        <source>This proposal is not saved yet. Complete it in Proposals; it can be scored once saved.</source>
        <translation>Esta propuesta aún no está guardada. Complétela en Propuestas; podrá puntuarse una vez guardada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="125"/>
        <source>New proposal</source>
        <translation>Nueva propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="139"/>
        <source>%1. You cannot evaluate this proposal: the committee gives it to another evaluator.</source>
        <translation>%1. No puede evaluar esta propuesta: el comité la da a otro evaluador.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="142"/>
        <source>Conflict of interest declared</source>
        <translation>Conflicto de interés declarado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="159"/>
        <source>You declared a conflict of interest with this proposal: this evaluation is left out of the committee&apos;s figures.</source>
        <translation>Usted declaró un conflicto de interés con esta propuesta: esta evaluación queda fuera de las cifras del comité.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="202"/>
        <source>This evaluation cannot be shown</source>
        <translation>Esta evaluación no se puede mostrar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="314"/>
        <source>Not saved ({code}): {message}</source>
        <translation>No guardado ({code}): {message}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="341"/>
        <source>Not final yet. Complete these first (click one to go there):</source>
        <translation>Aún no es final. Complete primero lo siguiente (haga clic en un elemento para ir a él):</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="383"/>
        <source>Reopen evaluation</source>
        <translation>Reabrir evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="384"/>
        <source>Why reopen this final evaluation? The reason is kept in the audit log.</source>
        <translation>¿Por qué reabrir esta evaluación final? El motivo se guarda en el registro de auditoría.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="390"/>
        <source>Not reopened: a reason is required. Nothing was changed.</source>
        <translation>No se reabrió: se requiere un motivo. No se modificó nada.</translation>
    </message>
</context>
<context>
    <name>ScoringHistory</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/history.py" line="46"/>
        <source>Level of {id}</source>
        <translation>Nivel de {id}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/history.py" line="60"/>
        <source>Justification of {id}</source>
        <translation>Justificación de {id}</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/scoring_page.py" line="59"/>
        <source>Choose a proposal on the left to score it.</source>
        <translation>Elija una propuesta a la izquierda para asignarle puntaje.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/scoring_page.py" line="61"/>
        <source>Scoring hint</source>
        <translation>Ayuda para asignar puntaje</translation>
    </message>
</context>
<context>
    <name>ScoringTexts</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="27"/>
        <source>{indicator} {value} → suggests {level}</source>
        <translation>{indicator} {value} → sugiere nivel {level}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="34"/>
        <source>no requested amount → no suggestion</source>
        <translation>sin monto solicitado → sin sugerencia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="35"/>
        <source>{indicator} cannot be computed → no suggestion</source>
        <translation>{indicator} no se puede calcular → sin sugerencia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="42"/>
        <source>marginalized</source>
        <translation>marginada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="43"/>
        <source>emerging</source>
        <translation>emergente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="44"/>
        <source>declining</source>
        <translation>en declive</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="47"/>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="57"/>
        <source>weights {weights} (default profile)</source>
        <translation>pesos {weights} (perfil predeterminado)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="58"/>
        <source>weights {weights} ({profile} profile)</source>
        <translation>pesos {weights} (perfil de región {profile})</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="71"/>
        <source>{name}: choose a level</source>
        <translation>{name}: elija un nivel</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="72"/>
        <source>{name}: level {level} needs a justification</source>
        <translation>{name}: el nivel {level} requiere una justificación</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="18"/>
        <source>Rank intervals under perturbed weights</source>
        <translation>Intervalos de posición con pesos perturbados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="19"/>
        <source>Rank (5-95 % of samples)</source>
        <translation>Posición (5-95 % de las muestras)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="40"/>
        <source>%1: rank %2, between %3 and %4 in 90 % of samples; in the top %5 in %6 % of them</source>
        <translation>%1: posición %2, entre %3 y %4 en el 90 % de las muestras; entre los primeros %5 en el %6 % de ellas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="66"/>
        <source>Stable rank</source>
        <translation>Posición estable</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="67"/>
        <source>Rank moves</source>
        <translation>Posición variable</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="68"/>
        <source>Rank now</source>
        <translation>Posición actual</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="70"/>
        <source>Top %1 boundary</source>
        <translation>Límite de los primeros %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="46"/>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="47"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="79"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="52"/>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="19"/>
        <source>Scoring form</source>
        <translation>Formulario de puntaje</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="26"/>
        <source>Set the level of the focused sub-criterion</source>
        <translation>Asignar el nivel del subcriterio que tiene el foco</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="31"/>
        <source>Lower / raise the level of the focused sub-criterion</source>
        <translation>Bajar / subir el nivel del subcriterio enfocado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="36"/>
        <source>Next / previous field</source>
        <translation>Campo siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="53"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="53"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>StatusParts</name>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="21"/>
        <source>Store</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="22"/>
        <source>Record counts</source>
        <translation>Cantidad de registros</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="23"/>
        <source>Current evaluator</source>
        <translation>Evaluador actual</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="38"/>
        <source>1 proposal</source>
        <translation>1 propuesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="40"/>
        <source>%1 proposals</source>
        <translation>%1 propuestas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="42"/>
        <source>1 evaluation</source>
        <translation>1 evaluación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="44"/>
        <source>%1 evaluations</source>
        <translation>%1 evaluaciones</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="49"/>
        <source>Evaluator: %1 (%2)</source>
        <translation>Evaluador: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SubCriterionRowWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="43"/>
        <source>Sub-criterion {id} {name}</source>
        <translation>Subcriterio {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="55"/>
        <source>Level for {id} {name}</source>
        <translation>Nivel para {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="97"/>
        <source>Sub-criterion</source>
        <translation>Subcriterio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="98"/>
        <source>Indicator suggestion</source>
        <translation>Sugerencia del indicador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="99"/>
        <source>Descriptor of the level</source>
        <translation>Descriptor del nivel</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="100"/>
        <source>Missing justification</source>
        <translation>Falta la justificación</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="109"/>
        <source>Justification for {id} {name}</source>
        <translation>Justificación para {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="173"/>
        <source>Choose a level first.</source>
        <translation>Elija primero un nivel.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="173"/>
        <source>Why this level? Cite the evidence.</source>
        <translation>¿Por qué este nivel? Cite la evidencia.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="186"/>
        <source>Choose a level: click it, or type its digit. Point at a level to read it.</source>
        <translation>Elija un nivel: haga clic en él o escriba su número. Pase el puntero sobre un nivel para leerlo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="195"/>
        <source>A justification is required for level {level} ({label}): say why.</source>
        <translation>Se requiere una justificación para el nivel {level} ({label}): explique por qué.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../red_desktop/gui/tasks.py" line="74"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro del programa.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="21"/>
        <source>… and %1 more</source>
        <translation>… y %1 más</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="32"/>
        <source>%1 has changes that cannot be saved until these are corrected:</source>
        <translation>%1 tiene cambios que no se pueden guardar hasta corregir esto:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="38"/>
        <source>If you leave now, these changes are lost.</source>
        <translation>Si sale ahora, estos cambios se pierden.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="41"/>
        <source>Go back to it</source>
        <translation>Volver a ella</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="44"/>
        <source>Discard the changes</source>
        <translation>Descartar los cambios</translation>
    </message>
</context>
<context>
    <name>run_with_progress</name>
    <message>
        <location filename="../../red_desktop/gui/progress_task.py" line="107"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
</TS>
