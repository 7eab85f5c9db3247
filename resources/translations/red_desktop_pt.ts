<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../red_desktop/gui/editor/actor_dialog.py" line="41"/>
        <source>Edit local actor</source>
        <translation>Editar ator local</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actor_dialog.py" line="41"/>
        <source>Add local actor</source>
        <translation>Adicionar ator local</translation>
    </message>
</context>
<context>
    <name>ActorForm</name>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="6"/>
        <source>Local actor</source>
        <translation>Ator local</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="20"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="26"/>
        <source>Actor name</source>
        <translation>Nome do ator</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="27"/>
        <source>e.g. Municipalidad Provincial de Huancayo</source>
        <translation>ex.: Municipalidad Provincial de Huancayo</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="32"/>
        <source>&amp;Type:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="38"/>
        <source>Actor type</source>
        <translation>Tipo de ator</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="43"/>
        <source>&amp;Role in the project:</source>
        <translation>&amp;Papel no projeto:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="49"/>
        <source>Role in the project</source>
        <translation>Papel no projeto</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="50"/>
        <source>What this actor does in the project</source>
        <translation>O que este ator faz no projeto</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="55"/>
        <source>&amp;Contribution (USD):</source>
        <translation>&amp;Contribuição (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="61"/>
        <source>Committed contribution in US dollars</source>
        <translation>Contribuição comprometida em dólares americanos</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="63"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="68"/>
        <source>Contribution &amp;kind:</source>
        <translation>&amp;Modalidade da contribuição:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="74"/>
        <source>Contribution kind</source>
        <translation>Modalidade da contribuição</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="79"/>
        <source>Commitment &amp;evidence:</source>
        <translation>&amp;Evidência do compromisso:</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="85"/>
        <source>Commitment evidence</source>
        <translation>Evidência do compromisso</translation>
    </message>
    <message>
        <location filename="../../ui/actor_dialog.ui" line="99"/>
        <source>Dialog buttons</source>
        <translation>Botões da caixa de diálogo</translation>
    </message>
</context>
<context>
    <name>ActorsModel</name>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="21"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="22"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="23"/>
        <source>Role</source>
        <translation>Papel</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="24"/>
        <source>Contribution (USD)</source>
        <translation>Contribuição (USD)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="25"/>
        <source>Kind</source>
        <translation>Modalidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_model.py" line="26"/>
        <source>Evidence</source>
        <translation>Evidência</translation>
    </message>
</context>
<context>
    <name>ActorsSection</name>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_section.py" line="81"/>
        <source>Add actor {0}</source>
        <translation>Adicionar ator {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_section.py" line="97"/>
        <source>Edit actor {0}</source>
        <translation>Editar ator {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actors_section.py" line="107"/>
        <source>Remove actor {0}</source>
        <translation>Remover ator {0}</translation>
    </message>
</context>
<context>
    <name>AgreementTable</name>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="30"/>
        <source>Agreement between evaluators</source>
        <translation>Concordância entre avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="38"/>
        <source>Nominal alpha counts any two different totals as complete disagreement: on near-continuous totals it measures little more than exact ties. Read the interval alpha for totals, the ordinal one for levels.</source>
        <translation>O alfa nominal conta quaisquer dois totais diferentes como discordância total: em totais quase contínuos mede pouco mais que empates exatos. Leia o alfa intervalar para os totais e o ordinal para os níveis.</translation>
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
        <translation>Criando o portfólio de demonstração…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/demo.py" line="52"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="55"/>
        <source>Backing up the store…</source>
        <translation>Criando a cópia de segurança da base de dados…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="58"/>
        <source>Backed up to %1</source>
        <translation>Cópia de segurança salva em %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="68"/>
        <source>The automatic backup failed: %1</source>
        <translation>A cópia de segurança automática falhou: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="113"/>
        <source>Restored the backup taken %1 (%2 proposals); the store as it was is kept in %3</source>
        <translation>A cópia de segurança de %1 foi restaurada (%2 propostas); a base de dados como estava foi salva em %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/controllers/backup.py" line="103"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando a cópia de segurança…</translation>
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
        <translation>Os números do comitê ainda estão sendo calculados; tente novamente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_actions.py" line="69"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_actions.py" line="81"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged</source>
        <translation>Importado: %1 adicionadas, %2 atualizadas, %3 sem alterações</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="28"/>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="29"/>
        <source>Assign automatically</source>
        <translation>Atribuir automaticamente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="32"/>
        <source>Every undecided proposal gets this many evaluators: the most even workload, never an evaluator with a declared conflict of interest, only evaluators who read its language. Assignments already made and evaluations begun are kept.</source>
        <translation>Cada proposta não decidida recebe este número de avaliadores: a carga mais equilibrada, nunca um avaliador com conflito de interesse declarado, só avaliadores que leem o seu idioma. As atribuições feitas e as avaliações começadas são mantidas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="42"/>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="64"/>
        <source>Evaluators per proposal</source>
        <translation>Avaliadores por proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="43"/>
        <source>Kept as the call&apos;s number of evaluators per proposal</source>
        <translation>Guardado como o número de avaliadores por proposta da chamada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="44"/>
        <source>Due by</source>
        <translation>Vence em</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="45"/>
        <source>The evaluations have a due day</source>
        <translation>As avaliações têm data de vencimento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="50"/>
        <source>Due day of the evaluations</source>
        <translation>Data de vencimento das avaliações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="53"/>
        <source>Spread countries</source>
        <translation>Distribuir países</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="54"/>
        <source>Give each evaluator proposals of as many countries as can be</source>
        <translation>Dar a cada avaliador propostas de tantos países quanto possível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="56"/>
        <source>Among the most even assignments, give each evaluator as many countries as can be</source>
        <translation>Entre as atribuições mais equilibradas, dar a cada avaliador tantos países quanto possível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/assign_dialog.py" line="60"/>
        <source>&amp;Assign</source>
        <translation>&amp;Atribuir</translation>
    </message>
</context>
<context>
    <name>AssignedPanel</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="41"/>
        <source>Assigned to you</source>
        <translation>Atribuídas a você</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="44"/>
        <source>Proposals assigned to you</source>
        <translation>Propostas atribuídas a você</translation>
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
        <translation>Atribuídas a você: %1 a fazer de %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="83"/>
        <source>%1 overdue</source>
        <translation>%1 vencidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="104"/>
        <source>Not begun</source>
        <translation>Não começada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="105"/>
        <source>Your evaluation is a draft</source>
        <translation>Sua avaliação é um rascunho</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/assigned_panel.py" line="106"/>
        <source>Your evaluation is final</source>
        <translation>Sua avaliação é final</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="107"/>
        <source>Files can be attached once the proposal is saved, that is when it has no problems.</source>
        <translation>Você poderá anexar arquivos depois que a proposta for salva, ou seja, quando ela não tiver problemas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="123"/>
        <source>{name}  ·  {size}  ·  added {added}</source>
        <translation>{name}  ·  {size}  ·  adicionado em {added}</translation>
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
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="138"/>
        <source>Attaching {0}…</source>
        <translation>Anexando {0}…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="187"/>
        <source>No program on this computer opens {0}; it was saved as {1}</source>
        <translation>Nenhum programa deste computador abre {0}; o arquivo foi salvo como {1}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="198"/>
        <source>{0} saved as {1}; RED Desktop does not open it</source>
        <translation>{0} salvo como {1}; o RED Desktop não o abre</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="205"/>
        <source>Attachment not opened</source>
        <translation>Anexo não aberto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="208"/>
        <source>{0} is a kind of file RED Desktop does not open: opening it could run a program on this computer.</source>
        <translation>{0} é um tipo de arquivo que o RED Desktop não abre: abri-lo poderia executar um programa neste computador.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="211"/>
        <source>You can save a copy and check it yourself, if you trust who sent it.</source>
        <translation>Você pode salvar uma cópia e verificá-la, se confiar em quem a enviou.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="212"/>
        <source>&amp;Save a copy…</source>
        <translation>&amp;Salvar uma cópia…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="218"/>
        <source>Save attachment as</source>
        <translation>Salvar anexo como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="238"/>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="239"/>
        <source>Remove {0} from this proposal? This cannot be undone.</source>
        <translation>Remover {0} desta proposta? Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="240"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="22"/>
        <source>Evaluator calibration</source>
        <translation>Calibração dos avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="23"/>
        <source>Mean deviation from colleagues (points of total)</source>
        <translation>Desvio médio frente aos colegas (pontos do total)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="52"/>
        <source>%1: %2 points on average over %3 proposals (%4)</source>
        <translation>%1: %2 pontos em média em %3 propostas (%4)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="73"/>
        <source>Harsh</source>
        <translation>Rigoroso</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="74"/>
        <source>Lenient</source>
        <translation>Brando</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="75"/>
        <source>In line</source>
        <translation>Alinhado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="80"/>
        <source>± two standard errors</source>
        <translation>± dois erros-padrão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/calibration.py" line="85"/>
        <source>± %1 points: the rule&apos;s threshold</source>
        <translation>± %1 pontos: o limiar da regra</translation>
    </message>
</context>
<context>
    <name>CalibrationTable</name>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="63"/>
        <source>Evaluator calibration</source>
        <translation>Calibração dos avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="65"/>
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="66"/>
        <source>Proposals compared</source>
        <translation>Propostas comparadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="67"/>
        <source>Mean deviation</source>
        <translation>Desvio médio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="68"/>
        <source>± 2 SE</source>
        <translation>± 2 EP</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="69"/>
        <source>Tendency</source>
        <translation>Tendência</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="92"/>
        <source>excludes zero</source>
        <translation>exclui o zero</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="92"/>
        <source>includes zero</source>
        <translation>inclui o zero</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/panels.py" line="94"/>
        <source>Interval %1 to %2 points: it %3</source>
        <translation>Intervalo de %1 a %2 pontos: %3</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/base.py" line="41"/>
        <source>Proposals: %1 of %2 drawn, evenly through the ranking</source>
        <translation>Propostas: %1 de %2 desenhadas, distribuídas por igual ao longo da classificação</translation>
    </message>
</context>
<context>
    <name>CodesWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="55"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="61"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="55"/>
        <source>Code now</source>
        <translation>Código atual</translation>
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
        <translation>Códigos a definir</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="58"/>
        <source>&amp;Give final codes</source>
        <translation>&amp;Dar códigos finais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="59"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="188"/>
        <source>Give final codes</source>
        <translation>Dar códigos finais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="61"/>
        <source>Looks like</source>
        <translation>Parece com</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="62"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="81"/>
        <source>Likely duplicates</source>
        <translation>Possíveis duplicatas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="63"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Mesclar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="64"/>
        <source>Merge the selected pair</source>
        <translation>Mesclar o par selecionado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="66"/>
        <source>Merged proposal</source>
        <translation>Proposta mesclada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="66"/>
        <source>Counts for</source>
        <translation>Conta para</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="67"/>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="82"/>
        <source>Merged proposals</source>
        <translation>Propostas mescladas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="68"/>
        <source>&amp;Undo merge…</source>
        <translation>&amp;Desfazer mesclagem…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="69"/>
        <source>Undo the selected merge</source>
        <translation>Desfazer a mesclagem selecionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="72"/>
        <source>Every code is final and held by one proposal.</source>
        <translation>Todos os códigos são finais e cada um pertence a uma só proposta.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="73"/>
        <source>No proposals look like one project captured twice.</source>
        <translation>Nenhuma proposta parece um mesmo projeto registrado duas vezes.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="74"/>
        <source>No proposal was merged into another.</source>
        <translation>Nenhuma proposta foi mesclada com outra.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="131"/>
        <source>The codes cannot be read.</source>
        <translation>Não é possível ler os códigos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="135"/>
        <source>shared with another proposal</source>
        <translation>compartilhado com outra proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="135"/>
        <source>provisional (a laptop&apos;s)</source>
        <translation>provisório (de um notebook)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="166"/>
        <source>Each gets the next free number of its country and year; the old code stays findable, and the laptops receive the final codes with your next package.</source>
        <translation>Cada uma recebe o próximo número livre do seu país e ano; o código anterior continua sendo encontrado, e os notebooks recebem os códigos finais com o seu próximo pacote.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="173"/>
        <source>Only the committee gives final codes. Codes made on this laptop carry its mark until the committee&apos;s package brings their final codes.</source>
        <translation>Só o comitê dá códigos finais. Os códigos criados neste notebook levam a sua marca até que o pacote do comitê traga os códigos finais.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="191"/>
        <source>Proposals to receive a final code: %1. Each change is kept in the audit log and sent to the laptops with your next package; the old codes still find their proposals. Give the final codes now?</source>
        <translation>Propostas que receberão um código final: %1. Cada alteração fica no registro de auditoria e é enviada aos notebooks com o seu próximo pacote; os códigos anteriores continuam encontrando as suas propostas. Dar os códigos finais agora?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="203"/>
        <source>The codes were not changed.</source>
        <translation>Os códigos não foram alterados.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="209"/>
        <source>Final codes given: %1</source>
        <translation>Códigos finais atribuídos: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="225"/>
        <source>Merged: %1</source>
        <translation>Mesclada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="226"/>
        <source>The proposals were not merged.</source>
        <translation>As propostas não foram mescladas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="238"/>
        <source>Undo a merge</source>
        <translation>Desfazer uma mesclagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="240"/>
        <source>Make %1 a proposal of its own again? Its evaluations stop counting for %2.</source>
        <translation>Tornar %1 novamente uma proposta própria? As suas avaliações deixam de contar para %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="244"/>
        <source>&amp;Undo merge</source>
        <translation>&amp;Desfazer mesclagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="245"/>
        <source>e.g. two phases of the project, not one</source>
        <translation>p. ex., duas fases do projeto, não uma</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="252"/>
        <source>A proposal of its own again: %1</source>
        <translation>Novamente uma proposta própria: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/codes_tab.py" line="253"/>
        <source>The merge was not undone.</source>
        <translation>A mesclagem não foi desfeita.</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="95"/>
        <source>Committee ranking · %1 %2</source>
        <translation>Classificação do comitê · %1 %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="98"/>
        <source>Ranking heading</source>
        <translation>Título da classificação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="101"/>
        <source>Find a code or title…</source>
        <translation>Pesquisar por código ou título…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="102"/>
        <source>Find in the ranking</source>
        <translation>Pesquisar na classificação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="107"/>
        <source>Which proposals to show</source>
        <translation>Quais propostas mostrar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="110"/>
        <source>Ineligible last</source>
        <translation>Inelegíveis no fim</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="111"/>
        <source>List the ineligible proposals last, unranked</source>
        <translation>Listar as propostas inelegíveis no fim, sem posição</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="113"/>
        <source>Rank the eligible proposals among themselves; list the ineligible ones after them, unranked</source>
        <translation>Classificar as propostas elegíveis entre si; listar as inelegíveis depois, sem posição</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="139"/>
        <source>All proposals</source>
        <translation>Todas as propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="140"/>
        <source>Contested</source>
        <translation>Contestadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="141"/>
        <source>Ineligible</source>
        <translation>Inelegíveis</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="142"/>
        <source>Not decided yet</source>
        <translation>Ainda sem decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="143"/>
        <source>Decided</source>
        <translation>Com decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="151"/>
        <source>Committee ranking</source>
        <translation>Classificação do comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="172"/>
        <source>Committee views</source>
        <translation>Visualizações do comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="174"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="179"/>
        <source>Proposals shown in the ranking chart</source>
        <translation>Propostas exibidas no gráfico de classificação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="181"/>
        <source>Show the first</source>
        <translation>Mostrar as primeiras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="182"/>
        <source>Ranking</source>
        <translation>Classificação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="185"/>
        <source>Group the totals by</source>
        <translation>Agrupar os totais por</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="187"/>
        <source>region type</source>
        <translation>tipo de região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="188"/>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="189"/>
        <source>priority area</source>
        <translation>área prioritária</translation>
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
        <translation>Alavancagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="209"/>
        <source>How to read the agreement figures</source>
        <translation>Como interpretar os índices de concordância</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="210"/>
        <source>Agreement</source>
        <translation>Concordância</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="215"/>
        <source>How to read the calibration</source>
        <translation>Como ler a calibração</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="220"/>
        <source>Calibration</source>
        <translation>Calibração</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="223"/>
        <source>Sensitivity</source>
        <translation>Sensibilidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="225"/>
        <source>Portfolio</source>
        <translation>Carteira</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="226"/>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="236"/>
        <source>Top N</source>
        <translation>Os primeiros N</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="242"/>
        <source>Samples of the weights</source>
        <translation>Amostras dos pesos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="243"/>
        <source>&amp;Compute</source>
        <translation>&amp;Calcular</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="244"/>
        <source>Compute the ranking sensitivity</source>
        <translation>Calcular a sensibilidade da classificação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="246"/>
        <source>How much can the weights move before the ranking changes?</source>
        <translation>Quanto os pesos podem variar antes que a classificação mude?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="248"/>
        <source>Sensitivity status</source>
        <translation>Status da sensibilidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="250"/>
        <source>Top</source>
        <translation>Primeiros</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="250"/>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="314"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="507"/>
        <source>Computing %1 samples…</source>
        <translation>Calculando %1 amostras…</translation>
    </message>
</context>
<context>
    <name>CompletionChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="35"/>
        <source>Final evaluations over time</source>
        <translation>Avaliações finais ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="37"/>
        <source>Final evaluations</source>
        <translation>Avaliações finais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="60"/>
        <source>Final evaluations counted</source>
        <translation>Avaliações finais contadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/completion.py" line="67"/>
        <source>Needed: %1</source>
        <translation>Necessárias: %1</translation>
    </message>
</context>
<context>
    <name>ConflictResolverWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="70"/>
        <source>Conflict</source>
        <translation>Conflito</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="76"/>
        <source>Choose, field by field, the value to keep; the version shown now is chosen at first. Click a version&apos;s heading to take all its values. Fields that agree are kept as they are.</source>
        <translation>Escolha, campo por campo, o valor a manter; no início fica escolhida a versão mostrada agora. Clique no cabeçalho de uma versão para usar todos os valores dela. Os campos que coincidem são mantidos como estão.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="83"/>
        <source>Versions side by side</source>
        <translation>Versões lado a lado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="91"/>
        <source>Click to keep every value of this version</source>
        <translation>Clique para manter todos os valores desta versão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="95"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="96"/>
        <source>Resolve the conflict with the chosen values</source>
        <translation>Resolver o conflito com os valores escolhidos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="97"/>
        <source>Keep the chosen values as a new version that replaces every side</source>
        <translation>Salvar os valores escolhidos como uma nova versão que substitui todas as outras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="127"/>
        <source>Select a conflict to compare its versions.</source>
        <translation>Selecione um conflito para comparar suas versões.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="133"/>
        <source>%1: %2 — %3 versions differ in %4 fields</source>
        <translation>%1: %2 — %3 versões diferem em %4 campos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="173"/>
        <source>Version %1</source>
        <translation>Versão %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/resolver.py" line="175"/>
        <source>shown now</source>
        <translation>a mostrada agora</translation>
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
        <translation>Conflitos de interesse declarados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="44"/>
        <source>&amp;Declare…</source>
        <translation>&amp;Declarar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="45"/>
        <source>Declare a conflict of interest for an evaluator</source>
        <translation>Declarar um conflito de interesse de um avaliador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="47"/>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Retirar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="48"/>
        <source>Withdraw the selected declaration</source>
        <translation>Retirar a declaração escolhida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="50"/>
        <source>Conflicts of interest</source>
        <translation>Conflitos de interesse</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="96"/>
        <source>Conflict of interest of %1 declared.</source>
        <translation>Conflito de interesse de %1 declarado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="110"/>
        <source>Withdraw a declaration</source>
        <translation>Retirar uma declaração</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="112"/>
        <source>Why is the declared conflict of interest of %1 with %2 withdrawn?</source>
        <translation>Por que é retirado o conflito de interesse declarado de %1 com %2?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="116"/>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/conflicts_panel.py" line="122"/>
        <source>Declaration of %1 withdrawn.</source>
        <translation>Declaração de %1 retirada.</translation>
    </message>
</context>
<context>
    <name>ConflictsWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="45"/>
        <source>No conflicts: every package merged cleanly.</source>
        <translation>Sem conflitos: todos os pacotes foram integrados sem problemas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="47"/>
        <source>Conflicts</source>
        <translation>Conflitos</translation>
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
        <translation>Versões</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="71"/>
        <source>Conflicts to resolve</source>
        <translation>Conflitos a resolver</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="102"/>
        <source>The conflicts cannot be read.</source>
        <translation>Não é possível ler os conflitos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="165"/>
        <source>Resolved: %1</source>
        <translation>Resolvido: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/conflicts_tab.py" line="169"/>
        <source>The conflict was not resolved.</source>
        <translation>O conflito não foi resolvido.</translation>
    </message>
</context>
<context>
    <name>ContestReasons</name>
    <message>
        <location filename="../../red_desktop/gui/committee/contest_reasons.py" line="24"/>
        <source>Totals spread %1 points, over the threshold of %2</source>
        <translation>Os totais se afastam %1 pontos, acima do limiar de %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/contest_reasons.py" line="31"/>
        <source>%1 %2: %3 gave %4, %5 gave %6</source>
        <translation>%1 %2: %3 deu %4, %5 deu %6</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../../red_desktop/gui/editor/country_combo.py" line="32"/>
        <source>Type a country or its code, e.g. Perú or PE</source>
        <translation>Digite um país ou seu código, ex.: Peru ou PE</translation>
    </message>
</context>
<context>
    <name>CreateKeyDialog</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="14"/>
        <source>Create my key</source>
        <translation>Criar minha chave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="18"/>
        <source>Your key signs the packages you export, so whoever imports them knows they are yours and unaltered. It stays on this laptop; the committee adds your public key file to its roster.</source>
        <translation>Sua chave assina os pacotes que você exporta, para que quem os importar saiba que são seus e que ninguém os alterou. A chave fica neste computador; o comitê adiciona seu arquivo de chave pública ao registro de chaves dele.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="26"/>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="29"/>
        <source>Passphrase again</source>
        <translation>Repetir a frase secreta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="34"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="35"/>
        <source>Role:</source>
        <translation>Função:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="36"/>
        <source>Passphrase (optional):</source>
        <translation>Frase secreta (opcional):</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="37"/>
        <source>Passphrase again:</source>
        <translation>Repita a frase secreta:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="40"/>
        <source>With a passphrase, RED Desktop asks for it once per session. Without one, anyone using this account on this laptop can sign as you.</source>
        <translation>Com uma frase secreta, o RED Desktop a pede uma vez por sessão. Sem ela, qualquer pessoa que use esta conta neste computador pode assinar em seu nome.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="47"/>
        <source>&amp;Create</source>
        <translation>&amp;Criar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/create_key_dialog.py" line="63"/>
        <source>The two passphrases differ.</source>
        <translation>As duas frases secretas não coincidem.</translation>
    </message>
</context>
<context>
    <name>CriterionGroupWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="33"/>
        <source>Criterion {id} {name}</source>
        <translation>Critério {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="50"/>
        <source>Criterion</source>
        <translation>Critério</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="53"/>
        <source>Criterion score</source>
        <translation>Pontuação do critério</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/criterion_group.py" line="68"/>
        <source>score &lt;b&gt;{score}&lt;/b&gt; / {max} · weight {weight}</source>
        <translation>pontuação &lt;b&gt;{score}&lt;/b&gt; / {max} · peso {weight}</translation>
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
        <translation>Revisar a decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="69"/>
        <source>Record a decision</source>
        <translation>Registrar uma decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="98"/>
        <source>Revise decision</source>
        <translation>Revisar decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="98"/>
        <source>Record decision</source>
        <translation>Registrar decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_dialog.py" line="135"/>
        <source>This proposal cannot be approved without a gate override; it fails: %1. Record an override with its rationale first, or defer or reject it.</source>
        <translation>Esta proposta não pode ser aprovada sem uma exceção de elegibilidade; não cumpre: %1. Registre primeiro uma exceção com sua justificativa, ou adie-a ou rejeite-a.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="6"/>
        <source>Committee decision</source>
        <translation>Decisão do comitê</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="17"/>
        <source>Proposal decided on</source>
        <translation>Proposta em decisão</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="24"/>
        <source>A decision locks this proposal&apos;s evaluations; it can later be revised or withdrawn only with a reason.</source>
        <translation>Uma decisão bloqueia as avaliações desta proposta; depois, ela só pode ser revisada ou retirada mediante um motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="25"/>
        <source>What a decision does</source>
        <translation>O que uma decisão faz</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="35"/>
        <source>&amp;Decision:</source>
        <translation>&amp;Decisão:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="41"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="46"/>
        <source>D&amp;ate:</source>
        <translation>D&amp;ata:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="52"/>
        <source>Date of the decision</source>
        <translation>Data da decisão</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="59"/>
        <source>&amp;Members present:</source>
        <translation>&amp;Membros presentes:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="65"/>
        <source>Committee members present, one per line</source>
        <translation>Membros do comitê presentes, um por linha</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="66"/>
        <source>One name per line</source>
        <translation>Um nome por linha</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="73"/>
        <source>&amp;Rationale:</source>
        <translation>&amp;Fundamentação:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="79"/>
        <source>Rationale of the decision</source>
        <translation>Fundamentação da decisão</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="80"/>
        <source>Why the committee decided so</source>
        <translation>Por que o comitê decidiu assim</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="86"/>
        <source>&amp;Conditions:</source>
        <translation>&amp;Condições:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="92"/>
        <source>Conditions of the approval</source>
        <translation>Condições da aprovação</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="93"/>
        <source>What must be met before funds are released</source>
        <translation>O que deve ser cumprido antes da liberação dos recursos</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="100"/>
        <source>Reason for the &amp;revision:</source>
        <translation>Motivo da &amp;revisão:</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="106"/>
        <source>Reason for revising the decision</source>
        <translation>Motivo para revisar a decisão</translation>
    </message>
    <message>
        <location filename="../../ui/decision_dialog.ui" line="107"/>
        <source>Why the earlier decision changes</source>
        <translation>Por que a decisão anterior muda</translation>
    </message>
</context>
<context>
    <name>DecisionHistory</name>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="20"/>
        <source>Decision recorded: %1</source>
        <translation>Decisão registrada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="21"/>
        <source>Decision revised, still %1</source>
        <translation>Decisão revisada, continua %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="22"/>
        <source>Decision withdrawn (it was %1)</source>
        <translation>Decisão retirada (era %1)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="23"/>
        <source>Eligibility override recorded: %1</source>
        <translation>Exceção de elegibilidade registrada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="24"/>
        <source>Eligibility override changed: %1</source>
        <translation>Exceção de elegibilidade alterada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="25"/>
        <source>Eligibility override removed</source>
        <translation>Exceção de elegibilidade removida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="28"/>
        <source>Decision received in a package</source>
        <translation>Decisão recebida em um pacote</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="30"/>
        <source>Eligibility override received in a package</source>
        <translation>Exceção de elegibilidade recebida em um pacote</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="33"/>
        <source>Conflict on the decision resolved</source>
        <translation>Conflito sobre a decisão resolvido</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="36"/>
        <source>Conflict on the eligibility override resolved</source>
        <translation>Conflito sobre a exceção de elegibilidade resolvido</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="40"/>
        <source>date of the decision</source>
        <translation>data da decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="41"/>
        <source>members present</source>
        <translation>membros presentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="52"/>
        <source>Decision withdrawn on %1 by %2: %3</source>
        <translation>Decisão retirada em %1 por %2: %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="61"/>
        <source>Decision history</source>
        <translation>Histórico da decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="69"/>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="78"/>
        <source>Decision revised: %1 → %2</source>
        <translation>Decisão revisada: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="97"/>
        <source>Rationale: %1</source>
        <translation>Fundamentação: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="99"/>
        <source>Conditions: %1</source>
        <translation>Condições: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/decision_history.py" line="102"/>
        <source>Also changed: %1</source>
        <translation>Também mudou: %1</translation>
    </message>
</context>
<context>
    <name>DeclareDialog</name>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="49"/>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="50"/>
        <source>Declare a conflict of interest</source>
        <translation>Declarar um conflito de interesse</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="52"/>
        <source>Evaluator with the conflict of interest</source>
        <translation>Avaliador com o conflito de interesse</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="56"/>
        <source>What the conflict of interest is with</source>
        <translation>Com o que é o conflito de interesse</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="60"/>
        <source>The proposal&apos;s code, or the agency&apos;s or actor&apos;s name</source>
        <translation>O código da proposta, ou o nome da agência ou do ator</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="66"/>
        <source>Why: the reason kept in the audit log</source>
        <translation>Por quê: o motivo guardado no registro de auditoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="68"/>
        <source>e.g. advised the executing agency in 2024</source>
        <translation>p. ex. assessorei a agência executora em 2024</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="72"/>
        <source>Why Declare is unavailable</source>
        <translation>Por que Declarar não está disponível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="77"/>
        <source>&amp;Declare</source>
        <translation>&amp;Declarar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="88"/>
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="89"/>
        <source>With</source>
        <translation>Com</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="92"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="105"/>
        <source>Proposal&apos;s code</source>
        <translation>Código da proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="105"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="106"/>
        <source>e.g. RED-PE-2026-001</source>
        <translation>p. ex. RED-PE-2026-001</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="106"/>
        <source>as it is written</source>
        <translation>tal como se escreve</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="112"/>
        <source>The store has no evaluators yet.</source>
        <translation>O armazenamento ainda não tem avaliadores.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="114"/>
        <source>Say what the conflict of interest is with.</source>
        <translation>Indique com o que é o conflito de interesse.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="116"/>
        <source>No proposal has this code.</source>
        <translation>Nenhuma proposta tem este código.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/interest_dialog.py" line="118"/>
        <source>A reason is required: it is kept in the audit log with your name.</source>
        <translation>É preciso um motivo: fica no registro de auditoria com o seu nome.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="24"/>
        <source>Distribution of committee totals</source>
        <translation>Distribuição dos totais do comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="26"/>
        <source>Total (0-100)</source>
        <translation>Total (0-100)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="35"/>
        <source>Committee totals by %1</source>
        <translation>Totais do comitê por %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/distribution.py" line="44"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
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
        <translation>Marginalizada: uma região deixada para trás, com renda e produtividade baixas, pouco acesso a serviços básicos e mercados, e poucas empresas e instituições em que se apoiar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="28"/>
        <source>Emerging: a region whose economy is growing, driven by new investment, sectors or value chains, where local firms and institutions must keep pace for the growth to be shared.</source>
        <translation>Emergente: uma região cuja economia cresce, impulsionada por novos investimentos, setores ou cadeias de valor, onde empresas e instituições locais precisam acompanhar o ritmo para que o crescimento seja compartilhado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="33"/>
        <source>Declining: a region whose economic base is shrinking, as a main industry, resource or market is lost, with jobs and incomes falling and a need to move into new activities.</source>
        <translation>Em declínio: uma região cuja base econômica encolhe com a perda de uma indústria, recurso ou mercado principal, com empregos e renda em queda e a necessidade de migrar para novas atividades.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="38"/>
        <source>Not set: the proposal is scored with the default weights and fails the eligibility gate that asks for a region type.</source>
        <translation>Não definido: a proposta é pontuada com os pesos padrão e não passa no requisito de elegibilidade que exige um tipo de região.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="50"/>
        <source>The type of region picks the weight profile of the score.</source>
        <translation>O tipo de região escolhe o perfil de pesos da pontuação.</translation>
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
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="71"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="72"/>
        <source>Executing agency</source>
        <translation>Órgão executor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="73"/>
        <source>Priority area</source>
        <translation>Área prioritária</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="74"/>
        <source>Productive sectors</source>
        <translation>Setores produtivos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="75"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="76"/>
        <source>Region name</source>
        <translation>Nome da região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="77"/>
        <source>Region kind</source>
        <translation>Categoria da região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="78"/>
        <source>Region type</source>
        <translation>Tipo de região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="79"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="80"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="81"/>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="82"/>
        <source>Local actors</source>
        <translation>Atores locais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="83"/>
        <source>Requested amount</source>
        <translation>Valor solicitado</translation>
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
        <translation>MPMEs beneficiárias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="87"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="88"/>
        <source>Regional diagnosis</source>
        <translation>Diagnóstico regional</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="89"/>
        <source>Institutional strengths and weaknesses</source>
        <translation>Forças e fraquezas institucionais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="92"/>
        <source>Market opportunities</source>
        <translation>Oportunidades de mercado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="93"/>
        <source>Private-sector growth constraints</source>
        <translation>Restrições ao crescimento do setor privado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="94"/>
        <source>Scaling and policy pathway</source>
        <translation>Ampliação de escala e caminho para políticas públicas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/labels.py" line="95"/>
        <source>Results measurement plan</source>
        <translation>Plano de mensuração de resultados</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="54"/>
        <source>Exchange views</source>
        <translation>Visões de intercâmbio</translation>
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
        <translation>Conflitos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="59"/>
        <source>Codes and duplicates</source>
        <translation>Códigos e duplicatas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="60"/>
        <source>Roster</source>
        <translation>Registro de chaves</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="103"/>
        <source>Conflicts (%1)</source>
        <translation>Conflitos (%1)</translation>
    </message>
</context>
<context>
    <name>ExchangeValues</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="41"/>
        <location filename="../../red_desktop/gui/exchange/values.py" line="70"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="42"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="43"/>
        <source>Rubric</source>
        <translation>Rubrica</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="44"/>
        <source>Rubric version</source>
        <translation>Versão da rubrica</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="45"/>
        <location filename="../../red_desktop/gui/exchange/values.py" line="72"/>
        <source>Scores</source>
        <translation>Pontuações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="46"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="47"/>
        <source>Rationale</source>
        <translation>Fundamentação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="48"/>
        <source>Conditions</source>
        <translation>Condições</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="49"/>
        <source>Decided on</source>
        <translation>Data da decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="50"/>
        <source>Members present</source>
        <translation>Membros presentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="51"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="58"/>
        <source>added</source>
        <translation>adicionado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="59"/>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="60"/>
        <source>unchanged</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="61"/>
        <source>conflict</source>
        <translation>conflito</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="68"/>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="69"/>
        <source>Local actors</source>
        <translation>Atores locais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="71"/>
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="73"/>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="74"/>
        <source>Eligibility overrides</source>
        <translation>Exceções de elegibilidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="75"/>
        <source>Decisions or overrides withdrawn</source>
        <translation>Decisões ou exceções retiradas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="76"/>
        <source>Evaluators</source>
        <translation>Avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="89"/>
        <source>No: kept</source>
        <translation>Não: mantida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="90"/>
        <source>Yes: removes version %1</source>
        <translation>Sim: remove a versão %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="95"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/values.py" line="97"/>
        <source>No</source>
        <translation>Não</translation>
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
        <translation>Todas as propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="92"/>
        <source>With the status</source>
        <translation>Com a situação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="93"/>
        <source>Of the country</source>
        <translation>Do país</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="94"/>
        <source>The first ranked</source>
        <translation>As primeiras da classificação</translation>
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
        <translation>Esta proposta: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="165"/>
        <source>Folder for the evaluation sheets</source>
        <translation>Pasta para as fichas de avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="165"/>
        <source>Folder for the CSV files</source>
        <translation>Pasta para os arquivos CSV</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="172"/>
        <source>Save the tables as</source>
        <translation>Salvar as tabelas como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="170"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="170"/>
        <source>Save the committee dossier as</source>
        <translation>Salvar o dossiê do comitê como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_dialog.py" line="172"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
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
        <translation>O que exportar</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="24"/>
        <source>Committee &amp;dossier (one PDF: ranking, charts, agreement, decisions, a section per proposal)</source>
        <translation>&amp;Dossiê do comitê (um PDF: classificação, gráficos, concordância, decisões, uma seção por proposta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="25"/>
        <source>Committee dossier</source>
        <translation>Dossiê do comitê</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="32"/>
        <source>Evaluation &amp;sheets (one PDF per proposal, into a folder)</source>
        <translation>&amp;Fichas de avaliação (um PDF por proposta, em uma pasta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="33"/>
        <source>Evaluation sheets</source>
        <translation>Fichas de avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="39"/>
        <source>Tables as an &amp;Excel workbook (XLSX, one sheet per table)</source>
        <translation>Tabelas como pasta de trabalho do &amp;Excel (XLSX, uma planilha por tabela)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="40"/>
        <source>Tables as an Excel workbook</source>
        <translation>Tabelas como pasta de trabalho do Excel</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="46"/>
        <source>Tables as &amp;CSV files (one per table, into a folder)</source>
        <translation>Tabelas como arquivos &amp;CSV (um por tabela, em uma pasta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="47"/>
        <source>Tables as CSV files</source>
        <translation>Tabelas como arquivos CSV</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="55"/>
        <source>Options</source>
        <translation>Opções</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="56"/>
        <source>Export options</source>
        <translation>Opções de exportação</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="61"/>
        <source>P&amp;roposals:</source>
        <translation>P&amp;ropostas:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="71"/>
        <source>Which proposals</source>
        <translation>Quais propostas</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="78"/>
        <source>Which status or country</source>
        <translation>Qual situação ou país</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="83"/>
        <source>How many of the first proposals</source>
        <translation>Quantas das primeiras propostas</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="93"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="99"/>
        <source>Language of the documents</source>
        <translation>Idioma dos documentos</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="104"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="110"/>
        <source>Paper size</source>
        <translation>Tamanho do papel</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="116"/>
        <source>Se&amp;micolons and decimal commas (for Excel in Spanish or Portuguese)</source>
        <translation>Ponto e vír&amp;gula e vírgula decimal (para Excel em espanhol ou português)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="117"/>
        <source>CSV with semicolons and decimal commas</source>
        <translation>CSV com ponto e vírgula e vírgula decimal</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="123"/>
        <source>Every justification, not only the contested ones (about two pages a proposal)</source>
        <translation>Todas as justificativas, não só as dos subcritérios contestados (cerca de duas páginas por proposta)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="124"/>
        <source>Dossier with every evaluator&apos;s justification of every sub-criterion</source>
        <translation>Dossiê com todas as justificativas de cada avaliador em cada subcritério</translation>
    </message>
</context>
<context>
    <name>ExportJobs</name>
    <message>
        <location filename="../../red_desktop/gui/export_jobs.py" line="50"/>
        <source>1 evaluation sheet</source>
        <translation>1 ficha de avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_jobs.py" line="51"/>
        <source>%1 evaluation sheets</source>
        <translation>%1 fichas de avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/export_jobs.py" line="97"/>
        <source>You have no evaluation of %1 to print: score it first</source>
        <translation>Você não tem uma avaliação de %1 para imprimir: pontue-a primeiro</translation>
    </message>
</context>
<context>
    <name>ExportWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="63"/>
        <source>A package carries this store&apos;s work to the committee, or the committee&apos;s decisions back: one signed file to take on a USB stick. Only what changed since the last export goes, unless you ask for everything.</source>
        <translation>Um pacote leva o trabalho desta base de dados ao comitê, ou as decisões do comitê de volta: um único arquivo assinado para levar num pendrive. Só vai o que mudou desde a última exportação, a menos que você peça tudo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="73"/>
        <source>What the package would carry</source>
        <translation>O que o pacote levaria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="74"/>
        <source>E&amp;verything, not just changes since the last export</source>
        <translation>T&amp;udo, não só as alterações desde a última exportação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="75"/>
        <source>Export everything, not just changes since the last export</source>
        <translation>Exportar tudo, não só as alterações desde a última exportação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="77"/>
        <source>Encrypt the package to</source>
        <translation>Criptografar o pacote para</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="79"/>
        <source>E&amp;xport package…</source>
        <translation>E&amp;xportar pacote…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="80"/>
        <source>Export a package</source>
        <translation>Exportar um pacote</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="90"/>
        <source>Export package</source>
        <translation>Exportar pacote</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="90"/>
        <source>RED Desktop packages (*.redpkg)</source>
        <translation>Pacotes do RED Desktop (*.redpkg)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="97"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="97"/>
        <source>Count</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="98"/>
        <source>Export counts</source>
        <translation>Quantidades a exportar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="120"/>
        <source>What the package will carry</source>
        <translation>O que o pacote levará</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="129"/>
        <source>Encryption</source>
        <translation>Criptografia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="131"/>
        <source>Encrypted, only that key&apos;s owner can open the package: safer on a stick that may get lost.</source>
        <translation>Criptografado, só o dono dessa chave pode abrir o pacote: mais seguro num pendrive que pode se perder.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="137"/>
        <source>Encrypt to:</source>
        <translation>Criptografar para:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="166"/>
        <source>Nobody: not encrypted</source>
        <translation>Ninguém: sem criptografia</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="211"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="222"/>
        <source>Reading your key…</source>
        <translation>Lendo sua chave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="224"/>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="267"/>
        <source>You need a key to export: create it above.</source>
        <translation>Você precisa de uma chave para exportar: crie-a acima.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="225"/>
        <source>Unlock your key (above) to see what the package would carry.</source>
        <translation>Desbloqueie sua chave (acima) para ver o que o pacote levaria.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="232"/>
        <source>Nothing here changed since it last travelled in a package. Tick “Everything” to send it all again.</source>
        <translation>Nada mudou aqui desde a última vez que viajou num pacote. Marque “Tudo” para enviar tudo de novo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="235"/>
        <source>This store holds nothing your key may send.</source>
        <translation>Esta base de dados não tem nada que sua chave possa enviar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="243"/>
        <source>Everything this store holds that your key may send.</source>
        <translation>Tudo o que esta base de dados tem e sua chave pode enviar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="244"/>
        <source>What this store changed since it last travelled in a package, sent or received.</source>
        <translation>O que esta base de dados mudou desde a última vez que viajou num pacote, enviado ou recebido.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="249"/>
        <source>Last export: %1 (%2).</source>
        <translation>Última exportação: %1 (%2).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="279"/>
        <source>Unlock your key first.</source>
        <translation>Primeiro desbloqueie sua chave.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="289"/>
        <source>Writing the package…</source>
        <translation>Gravando o pacote…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="307"/>
        <source>Package written to %1, encrypted to %2.</source>
        <translation>Pacote salvo em %1, criptografado para %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="309"/>
        <source>Package written to %1.</source>
        <translation>Pacote salvo em %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="310"/>
        <source>It carries no records.</source>
        <translation>Não leva nenhum registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/export_tab.py" line="314"/>
        <source>No package was written.</source>
        <translation>Nenhum pacote foi gravado.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="41"/>
        <source>Search code, title, region, agency or actor…</source>
        <translation>Pesquisar por código, título, região, órgão ou ator…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="44"/>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="77"/>
        <source>Search proposals</source>
        <translation>Pesquisar propostas</translation>
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
        <translation>Todos os países</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="82"/>
        <source>All region types</source>
        <translation>Todos os tipos de região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="83"/>
        <source>All priority areas</source>
        <translation>Todas as áreas prioritárias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="84"/>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="95"/>
        <source>Any evaluation state</source>
        <translation>Qualquer estado de avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="96"/>
        <source>Not evaluated</source>
        <translation>Não avaliadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="97"/>
        <source>Drafts only</source>
        <translation>Somente rascunhos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="98"/>
        <source>With a final evaluation</source>
        <translation>Com avaliação final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="101"/>
        <source>Evaluation state</source>
        <translation>Estado da avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="132"/>
        <source>not set</source>
        <translation>não definido</translation>
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
        <translation>Marcar como final a avaliação de {code}? Total {total} / 100.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/final_question.py" line="17"/>
        <source>Once final it is locked; reopening asks for a reason.</source>
        <translation>Depois de final ela fica bloqueada; reabri-la exige um motivo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/final_question.py" line="18"/>
        <source>Levels given:</source>
        <translation>Níveis atribuídos:</translation>
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
        <translation>Aqui o orçamento acaba, financiando na ordem do ranking</translation>
    </message>
</context>
<context>
    <name>GroupSharesChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="33"/>
        <source>Share of the funded amount by group</source>
        <translation>Proporção do valor financiado por grupo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="34"/>
        <source>Share of the funded amount (%)</source>
        <translation>Proporção do valor financiado (%)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="47"/>
        <source>Share of the funded amount by %1</source>
        <translation>Proporção do valor financiado por %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="50"/>
        <source>(the largest %1 of %2)</source>
        <translation>(as %1 maiores de %2)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="69"/>
        <source>Best set</source>
        <translation>Melhor conjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="83"/>
        <source>Rank order</source>
        <translation>Ordem do ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="87"/>
        <source>Call&apos;s minimum</source>
        <translation>Mínimo do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="88"/>
        <source>Call&apos;s maximum</source>
        <translation>Máximo do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="106"/>
        <source>%1: %2 % of the funded amount (%3, %4 proposals); in rank order %5 %</source>
        <translation>%1: %2 % do valor financiado (%3, %4 propostas); na ordem do ranking %5 %</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="117"/>
        <source>the call asks at least %1 %</source>
        <translation>o edital pede ao menos %1 %</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/group_shares.py" line="122"/>
        <source>the call allows at most %1 %</source>
        <translation>o edital permite no máximo %1 %</translation>
    </message>
</context>
<context>
    <name>ImportWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="62"/>
        <source>&amp;Choose packages…</source>
        <translation>&amp;Escolher pacotes…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="63"/>
        <source>Choose packages to import</source>
        <translation>Escolher pacotes para importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="64"/>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Remover da lista</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="65"/>
        <source>Remove the selected package from the list</source>
        <translation>Remover da lista o pacote selecionado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="66"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="67"/>
        <source>Import the packages ready to import</source>
        <translation>Importar os pacotes prontos para importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="68"/>
        <source>Import every package ready to import, in the order listed</source>
        <translation>Importar cada pacote pronto para importar, na ordem da lista</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="71"/>
        <source>Packages to import</source>
        <translation>Pacotes a importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="87"/>
        <source>Import packages</source>
        <translation>Importar pacotes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="87"/>
        <source>RED Desktop packages (*.redpkg)</source>
        <translation>Pacotes do RED Desktop (*.redpkg)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="95"/>
        <source>or drop .redpkg files here</source>
        <translation>ou solte aqui arquivos .redpkg</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="197"/>
        <source>Importing packages…</source>
        <translation>Importando pacotes…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="220"/>
        <source>Packages imported: %1 — added: %2, updated: %3, unchanged: %4, conflicts: %5.</source>
        <translation>Pacotes importados: %1 — adicionados: %2, atualizados: %3, sem alterações: %4, conflitos: %5.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="229"/>
        <source>Resolve the conflicts in the Conflicts tab.</source>
        <translation>Resolva os conflitos na aba Conflitos.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="231"/>
        <source>Cancelled; packages not imported: %1.</source>
        <translation>Cancelado; pacotes não importados: %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="237"/>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="252"/>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="254"/>
        <source>refused</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="256"/>
        <source>already imported</source>
        <translation>já importado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="258"/>
        <source>imported</source>
        <translation>importado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="261"/>
        <source>ready · changes: %1</source>
        <translation>pronto · alterações: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/import_tab.py" line="268"/>
        <source>%1 of %2 ready to import</source>
        <translation>%1 de %2 prontos para importar</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="171"/>
        <source>Import proposals</source>
        <translation>Importar propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="188"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="262"/>
        <source>Choose the export</source>
        <translation>Escolha a exportação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="264"/>
        <source>A CSV or XLSX file: a KoboToolbox or ODK Central export, or a spreadsheet.</source>
        <translation>Um arquivo CSV ou XLSX: uma exportação do KoboToolbox ou do ODK Central, ou uma planilha.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="269"/>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="270"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="274"/>
        <source>Reading status</source>
        <translation>Situação da leitura</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="286"/>
        <source>Exports (*.csv *.xlsx)</source>
        <translation>Exportações (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="313"/>
        <source>Reading %1…</source>
        <translation>Lendo %1…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="365"/>
        <source>Actor · Name</source>
        <translation>Ator · Nome</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="366"/>
        <source>Actor · Type</source>
        <translation>Ator · Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="367"/>
        <source>Actor · Role</source>
        <translation>Ator · Papel</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="368"/>
        <source>Actor · Contribution</source>
        <translation>Ator · Contribuição</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="369"/>
        <source>Actor · Kind of contribution</source>
        <translation>Ator · Tipo de contribuição</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="370"/>
        <source>Actor · Evidence of commitment</source>
        <translation>Ator · Evidência de compromisso</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="393"/>
        <source>Preview and mapping</source>
        <translation>Prévia e correspondência</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="395"/>
        <source>Which proposal field each column fills; ★ marks a suggestion, change any of them.</source>
        <translation>Qual campo da proposta cada coluna preenche; ★ marca uma sugestão, você pode alterar qualquer uma.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="400"/>
        <source>First rows of the file</source>
        <translation>Primeiras linhas do arquivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="403"/>
        <source>Column mapping</source>
        <translation>Correspondência de colunas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="407"/>
        <source>Column in the file</source>
        <translation>Coluna do arquivo</translation>
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
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="415"/>
        <location filename="../../red_desktop/gui/import_wizard.py" line="506"/>
        <source>Checking status</source>
        <translation>Situação da verificação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="418"/>
        <source>Name to save the mapping under</source>
        <translation>Nome com que salvar a correspondência</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="420"/>
        <source>Save this mapping as… (optional; the same form then uses it)</source>
        <translation>Salvar esta correspondência como… (opcional; o mesmo formulário passará a usá-la)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="449"/>
        <source>Field for %1</source>
        <translation>Campo para %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="361"/>
        <source>(not imported)</source>
        <translation>(não importado)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="487"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="489"/>
        <source>What each value in the file means; ★ marks a suggestion. Unmapped values are errors.</source>
        <translation>O que significa cada valor do arquivo; ★ marca uma sugestão. Valores sem correspondência são erros.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="494"/>
        <source>Value mapping</source>
        <translation>Correspondência de valores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="499"/>
        <source>Value in the file</source>
        <translation>Valor no arquivo</translation>
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
        <translation>(sem correspondência)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="212"/>
        <source>Checking every row…</source>
        <translation>Verificando cada linha…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="151"/>
        <source>Proposals to add: %1; to update: %2; unchanged: %3; rows with errors: %4.</source>
        <translation>Propostas a adicionar: %1; a atualizar: %2; sem alterações: %3; linhas com erros: %4.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="584"/>
        <source>%1 rows</source>
        <translation>%1 linhas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="596"/>
        <source>What the import will do</source>
        <translation>O que a importação fará</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="599"/>
        <source>Import summary</source>
        <translation>Resumo da importação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="601"/>
        <source>Changes to proposals already in the store:</source>
        <translation>Alterações em propostas que já estão no armazenamento:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="605"/>
        <source>Changes to existing proposals</source>
        <translation>Alterações em propostas existentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="607"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="609"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="610"/>
        <source>After the import</source>
        <translation>Após a importação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="616"/>
        <source>Problems found</source>
        <translation>Problemas encontrados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="618"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="619"/>
        <source>Column</source>
        <translation>Coluna</translation>
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
        <translation>Importar somente as linhas &amp;válidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="629"/>
        <source>&amp;Export the problems…</source>
        <translation>&amp;Exportar os problemas…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="657"/>
        <source>Nothing is imported while there are errors: correct the file, or import the valid rows only.</source>
        <translation>Nada é importado enquanto houver erros: corrija o arquivo ou importe apenas as linhas válidas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="662"/>
        <source>There is nothing to add or update.</source>
        <translation>Não há nada para adicionar nem atualizar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="685"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/import_wizard.py" line="686"/>
        <source>Warning</source>
        <translation>Aviso</translation>
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
        <translation>– (corrija os valores primeiro)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="46"/>
        <source>– (enter the requested amount)</source>
        <translation>– (informe o valor solicitado)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="47"/>
        <source>{0} per dollar requested</source>
        <translation>{0} por dólar solicitado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="53"/>
        <source>{0} of {1} actor types</source>
        <translation>{0} de {1} tipos de ator</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="64"/>
        <source> · suggests {0} level {1}{2}</source>
        <translation> · sugere nível {1}{2} em {0}</translation>
    </message>
</context>
<context>
    <name>KeyBannerWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="28"/>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="33"/>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="128"/>
        <source>Your key</source>
        <translation>Sua chave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="34"/>
        <source>Create my &amp;key…</source>
        <translation>Criar minha &amp;chave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="35"/>
        <source>Create my key</source>
        <translation>Criar minha chave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="36"/>
        <source>&amp;Unlock…</source>
        <translation>&amp;Desbloquear…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="37"/>
        <source>Unlock my key</source>
        <translation>Desbloquear minha chave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="38"/>
        <source>Type your key&apos;s passphrase to sign packages and open encrypted ones</source>
        <translation>Digite a frase secreta da sua chave para assinar pacotes e abrir os criptografados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="39"/>
        <source>Export my &amp;public key…</source>
        <translation>Exportar minha chave &amp;pública…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="40"/>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="52"/>
        <source>Export my public key</source>
        <translation>Exportar minha chave pública</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="41"/>
        <source>Write the file the committee adds to its roster</source>
        <translation>Salvar o arquivo que o comitê adiciona ao registro de chaves dele</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="52"/>
        <source>Public key files (*.json);;All files (*)</source>
        <translation>Arquivos de chave pública (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="67"/>
        <source>Reading your key…</source>
        <translation>Lendo sua chave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="75"/>
        <source>&lt;b&gt;You have no key yet.&lt;/b&gt; Your key signs the packages you export so that the committee knows they are yours. Create it here, or with %1.</source>
        <translation>&lt;b&gt;Você ainda não tem chave.&lt;/b&gt; Sua chave assina os pacotes que você exporta para que o comitê saiba que são seus. Crie-a aqui ou com %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="84"/>
        <source>locked: protected by a passphrase</source>
        <translation>bloqueada: protegida por uma frase secreta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="91"/>
        <source>Your key: %1 (%2), fingerprint %3</source>
        <translation>Sua chave: %1 (%2), impressão digital %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="116"/>
        <source>Public key exported</source>
        <translation>Chave pública exportada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/key_banner.py" line="119"/>
        <source>Your public key is in %1.

Give this file to the committee. When they add it, read them its fingerprint, %2, so they know the file is yours.</source>
        <translation>Sua chave pública está em %1.

Entregue este arquivo ao comitê. Quando o adicionarem, leia para eles a impressão digital, %2, para que saibam que o arquivo é seu.</translation>
    </message>
</context>
<context>
    <name>KeyRing</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/keyring.py" line="182"/>
        <source>That passphrase does not open your key. Try again:</source>
        <translation>Essa frase secreta não abre sua chave. Tente de novo:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/keyring.py" line="184"/>
        <source>Your key is protected by a passphrase. Passphrase:</source>
        <translation>Sua chave está protegida por uma frase secreta. Frase secreta:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/keyring.py" line="186"/>
        <source>Unlock your key</source>
        <translation>Desbloquear sua chave</translation>
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
        <translation>Nível {level}: {label}</translation>
    </message>
</context>
<context>
    <name>LeverageChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="25"/>
        <source>Total against co-funding leverage</source>
        <translation>Total frente à alavancagem de cofinanciamento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="26"/>
        <source>Co-funding leverage (counterpart / requested)</source>
        <translation>Alavancagem (contrapartida / solicitado)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="27"/>
        <source>Total (0-100)</source>
        <translation>Total (0-100)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="84"/>
        <source>%1: total %2, leverage %3</source>
        <translation>%1: total %2, alavancagem %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="45"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/leverage.py" line="63"/>
        <source>Selected</source>
        <translation>Selecionada</translation>
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
        <translation>Janela principal do RED Desktop</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="111"/>
        <source>Opening %1…</source>
        <translation>Abrindo %1…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="278"/>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Scoring</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Committee</source>
        <translation>Comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="279"/>
        <source>Exchange</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="309"/>
        <source>Back up the store to</source>
        <translation>Salvar a cópia de segurança da base de dados em</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="354"/>
        <source>Conflict of interest of %1 declared.</source>
        <translation>Conflito de interesse de %1 declarado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="491"/>
        <source>This store is on read-only media ({0}): you can read it but not change it. To work on it, copy it to a writable disk and open the copy.</source>
        <translation>Esta base de dados está numa mídia somente leitura ({0}): você pode lê-la, mas não alterá-la. Para trabalhar nela, copie-a para um disco gravável e abra a cópia.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="576"/>
        <source>Select a proposal to print its sheet</source>
        <translation>Selecione uma proposta para imprimir sua ficha</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="591"/>
        <source>RED Desktop stores (*.sqlite);;All files (*)</source>
        <translation>Bases de dados do RED Desktop (*.sqlite);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="594"/>
        <source>New store</source>
        <translation>Nova base de dados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="596"/>
        <source>Open store</source>
        <translation>Abrir base de dados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="603"/>
        <source>About RED Desktop</source>
        <translation>Sobre o RED Desktop</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="605"/>
        <source>RED Desktop %1
Offline evaluation of Regional Economic Development proposals.</source>
        <translation>RED Desktop %1
Avaliação off-line de propostas de Desenvolvimento Econômico Regional.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="42"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="44"/>
        <source>New &amp;proposal</source>
        <translation>Nova &amp;proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="46"/>
        <source>New &amp;store…</source>
        <translation>Nova &amp;base de dados…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="48"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de dados…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="50"/>
        <source>&amp;Recent stores</source>
        <translation>Bases de dados &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="51"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Cópia de segurança…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="54"/>
        <source>Res&amp;tore…</source>
        <translation>Res&amp;taurar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="56"/>
        <source>Bring back one of the store&apos;s backups; the store as it is is kept as a backup first</source>
        <translation>Recupera uma das cópias de segurança da base de dados; antes, a base de dados como está é salva como cópia de segurança</translation>
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
        <translation>I&amp;mprimir minha ficha de avaliação…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="65"/>
        <source>Your own evaluation of the current proposal, with your justifications</source>
        <translation>A sua própria avaliação da proposta atual, com as suas justificativas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="69"/>
        <source>Print co&amp;mmittee sheet…</source>
        <translation>Imprimir ficha do co&amp;mitê…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="72"/>
        <source>The committee&apos;s aggregate of the current proposal, with every evaluator&apos;s justifications</source>
        <translation>O agregado do comitê para a proposta atual, com as justificativas de cada avaliador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="74"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="84"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="87"/>
        <source>Declare a &amp;conflict of interest…</source>
        <translation>Declarar um &amp;conflito de interesse…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="90"/>
        <source>Your conflict of interest with a proposal, an executing agency or an actor: you are not given what it reaches, and cannot evaluate it</source>
        <translation>Seu conflito de interesse com uma proposta, uma agência executora ou um ator: não lhe é atribuído o que ele alcança, e você não pode avaliá-lo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="95"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="98"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="106"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="110"/>
        <source>E&amp;xchange</source>
        <translation>&amp;Intercâmbio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="111"/>
        <source>&amp;Export package…</source>
        <translation>&amp;Exportar pacote…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="112"/>
        <source>&amp;Import package…</source>
        <translation>&amp;Importar pacote…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="113"/>
        <source>&amp;Conflicts</source>
        <translation>&amp;Conflitos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="114"/>
        <source>Codes and &amp;duplicates</source>
        <translation>Códigos e &amp;duplicatas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="115"/>
        <source>&amp;Roster</source>
        <translation>&amp;Registro de chaves</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="126"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="129"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="133"/>
        <source>&amp;About RED Desktop</source>
        <translation>&amp;Sobre o RED Desktop</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="34"/>
        <source>Merge two proposals</source>
        <translation>Mesclar duas propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="39"/>
        <source>These look like one project captured twice (%1). The proposal merged away keeps its record and its evaluations, which count for the one that stays; it leaves the list, and its code finds the one that stays. The merge reaches the laptops with your next package, and can be undone.</source>
        <translation>Parecem um mesmo projeto registrado duas vezes (%1). A proposta mesclada mantém o seu registro e as suas avaliações, que contam para a que fica; ela sai da lista, e o seu código encontra a que fica. A mesclagem chega aos notebooks com o seu próximo pacote e pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="48"/>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="49"/>
        <source>Keep %1</source>
        <translation>Manter %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="55"/>
        <source>e.g. the same cacao project, visited by Ana and by Bruno</source>
        <translation>p. ex., o mesmo projeto de cacau, visitado por Ana e por Bruno</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="56"/>
        <source>Reason for merging</source>
        <translation>Motivo da mesclagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="57"/>
        <source>A reason is required: it is kept in the audit log with your name.</source>
        <translation>É necessário um motivo: ele fica no registro de auditoria com o seu nome.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="61"/>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/merge_dialog.py" line="66"/>
        <source>Which one stays?</source>
        <translation>Qual fica?</translation>
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
        <translation>Mensagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/message_banner.py" line="36"/>
        <source>Message text</source>
        <translation>Texto da mensagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/message_banner.py" line="46"/>
        <source>Dismiss message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>NoProposalWidget</name>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="17"/>
        <source>No proposal chosen</source>
        <translation>Nenhuma proposta escolhida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="18"/>
        <source>Choose a proposal in the list to read and edit it, or create a new one.</source>
        <translation>Escolha uma proposta na lista para lê-la e editá-la, ou crie uma nova.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="19"/>
        <source>&amp;New proposal</source>
        <translation>&amp;Nova proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="20"/>
        <source>New proposal</source>
        <translation>Nova proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/no_proposal.py" line="23"/>
        <source>This store has no proposals yet: bring them in from a spreadsheet with File › Import…</source>
        <translation>Este repositório ainda não tem propostas: traga-as de uma planilha com Arquivo › Importar…</translation>
    </message>
</context>
<context>
    <name>NumberEdit</name>
    <message>
        <location filename="../../red_desktop/gui/editor/number_edit.py" line="84"/>
        <source>is not a number: type digits only, e.g. {0}</source>
        <translation>não é um número: digite apenas algarismos, ex.: {0}</translation>
    </message>
</context>
<context>
    <name>OpenFile</name>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="36"/>
        <source>Sheet %1 opened in your PDF viewer</source>
        <translation>Ficha %1 aberta no seu visualizador de PDF</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="41"/>
        <source>No PDF viewer was found to open the sheet.</source>
        <translation>Não foi encontrado um visualizador de PDF para abrir a ficha.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="45"/>
        <source>Save it as a PDF file to print it or open it on another computer.</source>
        <translation>Salve-a como arquivo PDF para imprimi-la ou abri-la em outro computador.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="47"/>
        <source>Save as…</source>
        <translation>Salvar como…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="50"/>
        <source>No PDF viewer</source>
        <translation>Sem visualizador de PDF</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="59"/>
        <source>Save the sheet as</source>
        <translation>Salvar a ficha como</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="61"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="73"/>
        <source>Sheet saved as %1</source>
        <translation>Ficha salva como %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="82"/>
        <source>The sheet could not be saved to %1: %2</source>
        <translation>Não foi possível salvar a ficha em %1: %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="90"/>
        <source>Export finished</source>
        <translation>Exportação concluída</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="91"/>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="104"/>
        <source>No file manager was found to open the folder. The files are in:
%1</source>
        <translation>Não foi encontrado um gerenciador de arquivos para abrir a pasta. Os arquivos estão em:
%1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/open_file.py" line="111"/>
        <source>No file manager</source>
        <translation>Sem gerenciador de arquivos</translation>
    </message>
</context>
<context>
    <name>OwnSheetAvailability</name>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="59"/>
        <source>Select a proposal to print its sheet</source>
        <translation>Selecione uma proposta para imprimir a sua ficha</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="61"/>
        <source>Your evaluator profile is still being opened; try again in a moment</source>
        <translation>O seu perfil de avaliador ainda está sendo aberto; tente novamente em instantes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="64"/>
        <source>You have not scored %1, so there is no evaluation sheet of yours to print (File › Print committee sheet prints the committee&apos;s)</source>
        <translation>Você não pontuou %1, então não há uma ficha de avaliação sua para imprimir (Arquivo › Imprimir ficha do comitê imprime a do comitê)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/own_sheet.py" line="84"/>
        <source>this proposal</source>
        <translation>esta proposta</translation>
    </message>
</context>
<context>
    <name>PageUndo</name>
    <message>
        <location filename="../../red_desktop/gui/page_undo.py" line="20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/page_undo.py" line="22"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
</context>
<context>
    <name>PlainNotes</name>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="28"/>
        <source>Agreement cannot be measured yet: it needs at least 2 proposals with 2 or more final evaluations. Hover over a blank figure to see why it is undefined.</source>
        <translation>Ainda não é possível medir a concordância: são necessárias pelo menos 2 propostas com 2 ou mais avaliações finais. Passe o cursor sobre um valor em branco para ver por que não está definido.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="34"/>
        <source>For this committee, the reliability of the mean total (%1) is %2, %3 by Koo and Li (2016: below 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, above 0.9 excellent); interval alpha on the totals is %4, %5 by Krippendorff (2004: 0.8 or more reliable, 0.667–0.8 tentative conclusions only, below unreliable).</source>
        <translation>Para este comitê, a confiabilidade do total médio (%1) é %2, %3 segundo Koo e Li (2016: abaixo de 0,5 fraca, 0,5–0,75 moderada, 0,75–0,9 boa, acima de 0,9 excelente); o alfa intervalar dos totais é %4, %5 segundo Krippendorff (2004: 0,8 ou mais confiável, 0,667–0,8 apenas conclusões provisórias, abaixo não confiável).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="46"/>
        <source>Nominal alpha (⚠) counts any two different totals as full disagreement: read interval alpha for totals.</source>
        <translation>O alfa nominal (⚠) conta quaisquer dois totais diferentes como discordância total: para os totais, leia o alfa intervalar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="51"/>
        <source>ICC(2) and ICC(3) are blank because they need proposals scored by every one of the %1 evaluators, and %2 of %3 are. Nominal alpha (⚠) counts any two different totals as full disagreement: read interval alpha for totals.</source>
        <translation>ICC(2) e ICC(3) estão em branco porque exigem propostas pontuadas por cada um dos %1 avaliadores, e %2 de %3 estão. O alfa nominal (⚠) conta quaisquer dois totais diferentes como discordância total: para os totais, leia o alfa intervalar.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="63"/>
        <source>poor</source>
        <translation>fraca</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="64"/>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="65"/>
        <source>good</source>
        <translation>boa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="66"/>
        <source>excellent</source>
        <translation>excelente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="67"/>
        <source>reliable</source>
        <translation>confiável</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="68"/>
        <source>tentative</source>
        <translation>provisória</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="69"/>
        <source>unreliable</source>
        <translation>não confiável</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="78"/>
        <source>An evaluator is called harsh or lenient only when their mean deviation from colleagues is at least %1 points AND its ±2 SE interval (the whiskers) excludes zero; the bar is coloured by the same rule.</source>
        <translation>Um avaliador é considerado rigoroso ou indulgente só quando seu desvio médio em relação aos colegas é de pelo menos %1 pontos E seu intervalo de ±2 EP (as hastes) exclui o zero; a barra é colorida pela mesma regra.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="85"/>
        <source>Here %1 harsh, %2 lenient, %3 in line (%4 of them consistently, but by less than %5 points), %6 with too few proposals compared. Calibrated totals remove each evaluator&apos;s mean deviation.</source>
        <translation>Aqui %1 rigorosos, %2 indulgentes, %3 alinhados (%4 deles de forma constante, mas por menos de %5 pontos), %6 com poucas propostas comparadas. Os totais calibrados removem o desvio médio de cada avaliador.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="102"/>
        <source>Over %1 samples of the weights (each moving about ±3 points, seed %2), %3 proposals stay in the top %4 in at least 95 % of samples and %5 stay out; for %6 the weights decide (in it in 5–95 % of samples): treat their order as uncertain.</source>
        <translation>Em %1 amostras dos pesos (cada um variando cerca de ±3 pontos, semente %2), %3 propostas ficam entre as %4 primeiras em pelo menos 95 % das amostras e %5 ficam fora; para %6 os pesos decidem (dentro em 5–95 % das amostras): trate sua ordem como incerta.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/plain_notes.py" line="118"/>
        <source>Neighbouring pairs that tie at every weighting (identical scores, same weights: “= tie”, same p(top N)): %1. Pairs with identical scores in different region types, which swap only when one type&apos;s weights move against the other&apos;s: %2.</source>
        <translation>Pares vizinhos que empatam com qualquer ponderação (pontuações idênticas, mesmos pesos: «= empate», mesmo p(top N)): %1. Pares com pontuações idênticas em tipos de região diferentes, que só trocam quando os pesos de um tipo se movem em relação aos do outro: %2.</translation>
    </message>
</context>
<context>
    <name>PlanNotesWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="20"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="20"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="20"/>
        <source>Other proposal or code</source>
        <translation>Outra proposta ou código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="21"/>
        <source>Codes reconciled and likely duplicates</source>
        <translation>Códigos conciliados e possíveis duplicatas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="40"/>
        <source>Codes reconciled: %1 · likely duplicates: %2</source>
        <translation>Códigos conciliados: %1 · possíveis duplicatas: %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="60"/>
        <source>New code; the old one still finds it</source>
        <translation>Código novo; o anterior ainda a encontra</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="61"/>
        <source>Same code: both kept until the committee gives final codes</source>
        <translation>Mesmo código: as duas são mantidas até o comitê dar códigos finais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_notes.py" line="67"/>
        <source>Perhaps the same project: %1</source>
        <translation>Talvez o mesmo projeto: %1</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="34"/>
        <source>Package preview</source>
        <translation>Prévia do pacote</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="41"/>
        <source>Package status</source>
        <translation>Situação do pacote</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="48"/>
        <source>What the package does</source>
        <translation>O que o pacote faz</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="52"/>
        <source>Author:</source>
        <translation>Autor:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="53"/>
        <source>Fingerprint:</source>
        <translation>Impressão digital:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="54"/>
        <source>Created:</source>
        <translation>Criado em:</translation>
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
        <translation>Detalhe</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="72"/>
        <source>Records in the package</source>
        <translation>Registros do pacote</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="84"/>
        <source>Choose package files, or drop them here, to see what importing them would do.</source>
        <translation>Escolha arquivos de pacote, ou solte-os aqui, para ver o que a importação faria.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="92"/>
        <source>Checking the signature and every record…</source>
        <translation>Verificando a assinatura e cada registro…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="105"/>
        <source>everything</source>
        <translation>tudo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="105"/>
        <source>changes since the previous package</source>
        <translation>alterações desde o pacote anterior</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="114"/>
        <source>Already imported; importing it again changes nothing.</source>
        <translation>Já importado; importá-lo de novo não muda nada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="116"/>
        <source>Refused:</source>
        <translation>Recusado:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="119"/>
        <source>Imported.</source>
        <translation>Importado.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="119"/>
        <source>Ready to import: nothing is written until you apply it.</source>
        <translation>Pronto para importar: nada é gravado até você aplicá-lo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="123"/>
        <source>Records changed on both sides are kept as conflicts for you to resolve; nothing is lost.</source>
        <translation>Os registros alterados dos dois lados são mantidos como conflitos para você resolver; nada se perde.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/plan_view.py" line="130"/>
        <source>added: %1 · updated: %2 · unchanged: %3 · conflicts: %4</source>
        <translation>adicionados: %1 · atualizados: %2 · sem alterações: %3 · conflitos: %4</translation>
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
        <translation>Melhor conjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="38"/>
        <source>Rank order</source>
        <translation>Ordem do ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="39"/>
        <source>p(funded)</source>
        <translation>p(financiada)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="40"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="41"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="42"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="43"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="46"/>
        <source>Funded in the best set under the budget and the rules</source>
        <translation>Financiada no melhor conjunto dentro do orçamento e das regras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="47"/>
        <source>Funded in rank order while the money lasts</source>
        <translation>Financiada na ordem do ranking enquanto o dinheiro dura</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="49"/>
        <source>Share of the weight samples whose best set funds it; ⚠: at the margin</source>
        <translation>Proporção das amostras de pesos cujo melhor conjunto a financia; ⚠: na margem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_model.py" line="51"/>
        <source>Amount requested by it and every fundable one above it</source>
        <translation>Valor solicitado por ela e por cada proposta financiável acima dela</translation>
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
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="113"/>
        <source>The call&apos;s budget in US dollars</source>
        <translation>O orçamento do edital em dólares americanos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="121"/>
        <source>Weight samples for the probability of being funded</source>
        <translation>Amostras de pesos para a probabilidade de ser financiada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="123"/>
        <source>&amp;Save…</source>
        <translation>&amp;Salvar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="124"/>
        <source>Save as the call&apos;s budget and rules</source>
        <translation>Salvar como orçamento e regras do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="125"/>
        <source>Keep this budget and these rules as the call&apos;s, with a reason for the audit log</source>
        <translation>Manter este orçamento e estas regras como os do edital, com um motivo para o registro de auditoria</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="127"/>
        <source>Re&amp;vert</source>
        <translation>Re&amp;verter</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="128"/>
        <source>Back to the call&apos;s saved budget and rules</source>
        <translation>Voltar ao orçamento e às regras salvos do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="131"/>
        <source>The call&apos;s rules</source>
        <translation>As regras do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="133"/>
        <source>&amp;Add rule…</source>
        <translation>&amp;Adicionar regra…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="134"/>
        <source>Add a rule of the call</source>
        <translation>Adicionar uma regra do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="136"/>
        <source>Re&amp;move</source>
        <translation>Re&amp;mover</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="137"/>
        <source>Remove the selected rule</source>
        <translation>Remover a regra selecionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="142"/>
        <source>What is wrong with the call&apos;s saved settings</source>
        <translation>O que há de errado nas configurações salvas do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="147"/>
        <source>The best set against the rank order</source>
        <translation>O melhor conjunto frente à ordem do ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="149"/>
        <source>Weight samples solved</source>
        <translation>Amostras de pesos resolvidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="150"/>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="151"/>
        <source>Stop computing the probabilities of being funded</source>
        <translation>Parar de calcular as probabilidades de ser financiada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="158"/>
        <source>Group the shares by</source>
        <translation>Agrupar as proporções por</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="168"/>
        <source>Proposals funded, in rank order</source>
        <translation>Propostas financiadas, na ordem do ranking</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="185"/>
        <source>Budget</source>
        <translation>Orçamento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="185"/>
        <source>Samples</source>
        <translation>Amostras</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="204"/>
        <source>Shares by</source>
        <translation>Proporções por</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="244"/>
        <source>The call&apos;s saved budget cannot be read: %1</source>
        <translation>Não é possível ler o orçamento salvo do edital: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="286"/>
        <source>Fund %1 whatever it costs</source>
        <translation>Financiar %1 custe o que custar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="288"/>
        <source>Keep %1 out</source>
        <translation>Deixar %1 de fora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="293"/>
        <source>No rules: the budget alone bounds the set</source>
        <translation>Sem regras: só o orçamento limita o conjunto</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="337"/>
        <source>Fund it whatever it costs</source>
        <translation>Financiá-la custe o que custar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="338"/>
        <source>Keep it out</source>
        <translation>Deixá-la de fora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="339"/>
        <source>Let the best set decide</source>
        <translation>Deixar o melhor conjunto decidir</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="364"/>
        <source>What-if, not saved:</source>
        <translation>Simulação, não salva:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="364"/>
        <source>The call&apos;s settings:</source>
        <translation>Configurações do edital:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="375"/>
        <source>Save the call&apos;s budget and rules</source>
        <translation>Salvar o orçamento e as regras do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="376"/>
        <source>Why does the call&apos;s budget or its rules change?</source>
        <translation>Por que o orçamento ou as regras do edital mudam?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="377"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="397"/>
        <source>The call&apos;s budget and rules were not saved: %1</source>
        <translation>O orçamento e as regras do edital não foram salvos: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="410"/>
        <source>Computing the best set…</source>
        <translation>Calculando o melhor conjunto…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="433"/>
        <source>Budget %1.</source>
        <translation>Orçamento %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="433"/>
        <source>No budget set.</source>
        <translation>Sem orçamento.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="512"/>
        <source>Probabilities of funding: stopped.</source>
        <translation>Probabilidades de financiamento: interrompidas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="529"/>
        <source>Probabilities of funding: idle</source>
        <translation>Probabilidades de financiamento: em espera</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="542"/>
        <source>At the margin over %1 weight samples (funded in fewer than 90 % of them): %2.</source>
        <translation>Na margem em %1 amostras de pesos (financiadas em menos de 90 % delas): %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="440"/>
        <source>The rules cannot all be met; in conflict: %1</source>
        <translation>As regras não podem ser todas cumpridas; em conflito: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="448"/>
        <source>Best set: %1 proposals, %2, sum of totals %3. In rank order: %4 proposals, %5, sum %6.</source>
        <translation>Melhor conjunto: %1 propostas, %2, soma dos totais %3. Na ordem do ranking: %4 propostas, %5, soma %6.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="459"/>
        <source>The best set adds up the funded proposals&apos; totals: more proposals at the same money can add up to more than fewer, higher-ranked ones.</source>
        <translation>O melhor conjunto soma os totais das propostas financiadas: mais propostas com o mesmo dinheiro podem somar mais do que menos propostas mais bem classificadas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="473"/>
        <source>Probabilities of funding: not worked out (no samples).</source>
        <translation>Probabilidades de financiamento: não calculadas (sem amostras).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="482"/>
        <source>Over %1 fundable proposals: no probabilities computed.</source>
        <translation>Mais de %1 propostas financiáveis: nenhuma probabilidade calculada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/portfolio_tab.py" line="489"/>
        <source>Solving %1 weight samples: %v</source>
        <translation>Resolvendo %1 amostras de pesos: %v</translation>
    </message>
</context>
<context>
    <name>ProblemMarker</name>
    <message>
        <location filename="../../red_desktop/gui/editor/problem_marker.py" line="35"/>
        <source>Actor {0}: {1} {2}</source>
        <translation>Ator {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/problem_marker.py" line="123"/>
        <source>Problem with {0}</source>
        <translation>Problema em {0}</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="6"/>
        <source>Your evaluator profile</source>
        <translation>Seu perfil de avaliador</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="7"/>
        <source>Evaluator profile</source>
        <translation>Perfil de avaliador</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="11"/>
        <source>RED Desktop stamps your name on every change you make, so the committee knows who scored what. It is kept on this computer.</source>
        <translation>O RED Desktop registra seu nome em cada alteração que você fizer, para que o comitê saiba quem atribuiu cada pontuação. Seu nome fica guardado neste computador.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="13"/>
        <source>Why your name is asked</source>
        <translation>Por que seu nome é solicitado</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="18"/>
        <source>&amp;Name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="19"/>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="19"/>
        <source>e.g. Ana Lucía Quispe</source>
        <translation>ex.: Ana Lucía Quispe</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="20"/>
        <source>&amp;Role</source>
        <translation>&amp;Função</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="21"/>
        <source>Your role</source>
        <translation>Sua função</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="22"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="23"/>
        <source>Interface language</source>
        <translation>Idioma da interface</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="29"/>
        <source>What is missing</source>
        <translation>O que está faltando</translation>
    </message>
    <message>
        <location filename="../../ui/profile_dialog.ui" line="35"/>
        <source>Confirm or cancel</source>
        <translation>Confirmar ou cancelar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/profile_dialog.py" line="24"/>
        <source>As the system</source>
        <translation>Conforme o sistema</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/profile_dialog.py" line="58"/>
        <source>Your name is needed: it is stamped on every change you make.</source>
        <translation>Seu nome é necessário: ele fica registrado em cada alteração que você fizer.</translation>
    </message>
</context>
<context>
    <name>ProgressModels</name>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="102"/>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="188"/>
        <source>Evaluator</source>
        <translation>Avaliador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="103"/>
        <source>Assigned</source>
        <translation>Atribuídas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="105"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="107"/>
        <source>Of the proposals assigned: an evaluation begun, not final</source>
        <translation>Das propostas atribuídas: uma avaliação começada, não final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="111"/>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="113"/>
        <source>Of the proposals assigned: a final evaluation counted</source>
        <translation>Das propostas atribuídas: uma avaliação final contada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="117"/>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="120"/>
        <source>Assigned, past the day it was due, and no final evaluation counted</source>
        <translation>Atribuída, passada a data de vencimento e sem avaliação final contada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="128"/>
        <source>Left out</source>
        <translation>Fora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="130"/>
        <source>Final evaluations left out for a declared conflict of interest</source>
        <translation>Avaliações finais deixadas de fora por um conflito de interesse declarado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="134"/>
        <source>Not assigned</source>
        <translation>Não atribuídas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="136"/>
        <source>Evaluations of proposals not assigned to them</source>
        <translation>Avaliações de propostas que não lhe foram atribuídas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="144"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="146"/>
        <source>Final of needed</source>
        <translation>Finais de necessárias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="149"/>
        <source>Final evaluations counted, of those the call needs for each proposal</source>
        <translation>Avaliações finais contadas, das que a chamada precisa por proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="156"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="158"/>
        <source>Assigned to</source>
        <translation>Atribuída a</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="162"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="170"/>
        <source>Final evaluations left out for a declared conflict of interest: %1</source>
        <translation>Avaliações finais deixadas de fora por um conflito de interesse declarado: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="190"/>
        <source>With</source>
        <translation>Com</translation>
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
        <translation>declarado em %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_models.py" line="213"/>
        <source>withdrawn %1</source>
        <translation>retirado em %1</translation>
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
        <translation>Calculando o andamento da chamada…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="95"/>
        <source>The season&apos;s progress in a sentence</source>
        <translation>O andamento da chamada numa frase</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="96"/>
        <source>Assign &amp;automatically…</source>
        <translation>Atribuir &amp;automaticamente…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="97"/>
        <source>Assign the undecided proposals to evaluators automatically</source>
        <translation>Atribuir automaticamente as propostas não decididas a avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="101"/>
        <source>What became of the last assignment or declaration</source>
        <translation>O que resultou da última atribuição ou declaração</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="105"/>
        <source>Why the last assignment or declaration was not made</source>
        <translation>Por que a última atribuição ou declaração não foi feita</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="107"/>
        <source>Progress per evaluator</source>
        <translation>Andamento por avaliador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="111"/>
        <source>Proposals and their final evaluations</source>
        <translation>Propostas e suas avaliações finais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="116"/>
        <source>Right-click a proposal to assign it to an evaluator by hand, or take it back</source>
        <translation>Clique com o botão direito numa proposta para atribuí-la à mão a um avaliador, ou retirá-la</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="120"/>
        <source>Which proposals the list shows</source>
        <translation>Quais propostas a lista mostra</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="121"/>
        <source>All proposals</source>
        <translation>Todas as propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="122"/>
        <source>List every proposal, not only those that cannot be decided</source>
        <translation>Listar cada proposta, não só as que não podem ser decididas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="230"/>
        <source>%1 of %2 final evaluations needed (%3 a proposal); %4 proposals cannot be decided yet.</source>
        <translation>%1 de %2 avaliações finais necessárias (%3 por proposta); %4 propostas ainda não podem ser decididas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="255"/>
        <source>All proposals: %1</source>
        <translation>Todas as propostas: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="257"/>
        <source>Cannot be decided yet: %1</source>
        <translation>Ainda não podem ser decididas: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="264"/>
        <source>The season&apos;s progress could not be worked out: %1</source>
        <translation>Não foi possível calcular o andamento da chamada: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="286"/>
        <source>Assign to</source>
        <translation>Atribuir a</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="287"/>
        <source>Take back from</source>
        <translation>Retirar de</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="300"/>
        <source>Assigned by hand</source>
        <translation>Atribuída à mão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="303"/>
        <source>%1 assigned to %2.</source>
        <translation>%1 atribuída a %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="304"/>
        <source>Not assigned: %1</source>
        <translation>Não atribuída: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="312"/>
        <source>Take back an assignment</source>
        <translation>Retirar uma atribuição</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="313"/>
        <source>Why is %1 no longer assigned to %2?</source>
        <translation>Por que %1 não está mais atribuída a %2?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="314"/>
        <source>Take &amp;back</source>
        <translation>&amp;Retirar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="321"/>
        <source>%1 no longer assigned to %2.</source>
        <translation>%1 não está mais atribuída a %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="334"/>
        <source>Languages read…</source>
        <translation>Idiomas que lê…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="343"/>
        <source>Languages read</source>
        <translation>Idiomas que lê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="346"/>
        <source>The languages %1 reads, as two-letter codes separated by commas (es, pt, en, fr); empty: any language. Only proposals in them are assigned to them automatically.</source>
        <translation>Os idiomas que %1 lê, em códigos de duas letras separados por vírgulas (es, pt, en, fr); vazio: qualquer idioma. Só propostas neles lhe são atribuídas automaticamente.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="356"/>
        <source>any language</source>
        <translation>qualquer idioma</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="359"/>
        <source>%1 reads: %2.</source>
        <translation>%1 lê: %2.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="360"/>
        <source>The languages were not kept: %1</source>
        <translation>Os idiomas não foram guardados: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="376"/>
        <source>Working out an assignment of %1 evaluators a proposal…</source>
        <translation>Calculando uma atribuição de %1 avaliadores por proposta…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="388"/>
        <source>Automatic assignment</source>
        <translation>Atribuição automática</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="402"/>
        <source>Assigned %1 pairs of proposal and evaluator (%2 new), %3 evaluators a proposal.</source>
        <translation>Atribuídos %1 pares de proposta e avaliador (%2 novos), %3 avaliadores por proposta.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/progress_tab.py" line="414"/>
        <source>Nothing was assigned: %1</source>
        <translation>Nada foi atribuído: %1</translation>
    </message>
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="54"/>
        <source>Proposal editor</source>
        <translation>Editor de propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="115"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="119"/>
        <source>&amp;Save now</source>
        <translation>&amp;Salvar agora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="180"/>
        <source>The new proposal</source>
        <translation>A nova proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="272"/>
        <source>This proposal was changed here and on another laptop; both versions are kept.</source>
        <translation>Esta proposta foi alterada aqui e em outro computador; as duas versões são mantidas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="273"/>
        <source>Compare them and choose, field by field, in Exchange › Conflicts</source>
        <translation>Compare-as e escolha, campo a campo, em Intercâmbio › Conflitos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="335"/>
        <source>%1 saved this proposal at %2 while you were editing it. Reload their version (your unsaved changes are dropped) or keep yours (it replaces theirs; the audit log keeps both).</source>
        <translation>%1 salvou esta proposta em %2 enquanto você a editava. Recarregue a outra versão (suas alterações não salvas são descartadas) ou mantenha a sua (ela substitui a outra; o registro de auditoria guarda as duas).</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="338"/>
        <source>Someone</source>
        <translation>Alguém</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="391"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="466"/>
        <source>is already used by another proposal</source>
        <translation>já está em uso em outra proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="478"/>
        <source>Untitled proposal</source>
        <translation>Proposta sem título</translation>
    </message>
</context>
<context>
    <name>ProposalEditorForm</name>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="6"/>
        <source>Proposal editor</source>
        <translation>Editor de propostas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="21"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="29"/>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="39"/>
        <source>Saved elsewhere</source>
        <translation>Salva em outro lugar</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="45"/>
        <source>Why this proposal is not saved</source>
        <translation>Por que esta proposta não está salva</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="53"/>
        <source>&amp;Reload their version</source>
        <translation>Recarregar a &amp;outra versão</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="54"/>
        <source>Reload the stored version, dropping my unsaved changes</source>
        <translation>Recarregar a versão armazenada, descartando minhas alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="59"/>
        <source>&amp;Keep my version</source>
        <translation>&amp;Manter minha versão</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="60"/>
        <source>Save my version over the stored one</source>
        <translation>Salvar minha versão no lugar da armazenada</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="69"/>
        <source>Proposal sections</source>
        <translation>Seções da proposta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="72"/>
        <location filename="../../ui/proposal_editor.ui" line="73"/>
        <location filename="../../ui/proposal_editor.ui" line="84"/>
        <source>General</source>
        <translation>Geral</translation>
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
        <translation>O que o projeto faz e onde</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="121"/>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="128"/>
        <source>Status</source>
        <translation>Situação</translation>
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
        <translation>Quem coletou a proposta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="145"/>
        <source>&amp;Executing agency:</source>
        <translation>Órgão &amp;executor:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="151"/>
        <source>Executing agency</source>
        <translation>Órgão executor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="157"/>
        <source>&amp;Priority area:</source>
        <translation>Área &amp;prioritária:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="164"/>
        <source>Priority area</source>
        <translation>Área prioritária</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="169"/>
        <source>Productive sect&amp;ors:</source>
        <translation>Setores p&amp;rodutivos:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="175"/>
        <source>Productive sectors</source>
        <translation>Setores produtivos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="177"/>
        <source>Separated by commas, e.g. quinua, lácteos, turismo rural</source>
        <translation>Separados por vírgulas, ex.: quinoa, laticínios, turismo rural</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="195"/>
        <location filename="../../ui/proposal_editor.ui" line="196"/>
        <location filename="../../ui/proposal_editor.ui" line="207"/>
        <source>Region</source>
        <translation>Região</translation>
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
        <translation>&amp;Nome da região:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="236"/>
        <source>Region name</source>
        <translation>Nome da região</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="237"/>
        <source>State, province, department or municipality</source>
        <translation>Estado, província, departamento ou município</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="242"/>
        <source>Region &amp;kind:</source>
        <translation>&amp;Categoria da região:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="249"/>
        <source>Region kind</source>
        <translation>Categoria da região</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="254"/>
        <source>Region t&amp;ype:</source>
        <translation>&amp;Tipo de região:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="261"/>
        <source>Region type</source>
        <translation>Tipo de região</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="262"/>
        <source>Marginalized, emerging or declining: it chooses the weight profile the proposal is scored with</source>
        <translation>Marginalizada, emergente ou em declínio: define o perfil de ponderação com que a proposta é pontuada</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="267"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="273"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="280"/>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitude:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="286"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="102"/>
        <source>e.g. RED-PE-2026-014</source>
        <translation>ex.: RED-PE-2026-014</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="103"/>
        <source>Suggested once a country is chosen; you may type another</source>
        <translation>Sugerido ao escolher um país; você pode digitar outro</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="152"/>
        <source>Who will carry out the project</source>
        <translation>Quem executará o projeto</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="176"/>
        <source>e.g. quinua, lácteos</source>
        <translation>ex.: quinoa, laticínios</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="275"/>
        <location filename="../../ui/proposal_editor.ui" line="288"/>
        <source>Optional, decimal degrees</source>
        <translation>Opcional, em graus decimais</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="306"/>
        <location filename="../../ui/proposal_editor.ui" line="307"/>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="311"/>
        <location filename="../../ui/proposal_editor.ui" line="313"/>
        <source>The local actors taking part: local government, businesses, universities, technology centres, civil society, large companies and scaling partners, with their role and commitment.</source>
        <translation>Os atores locais participantes: governo local, empresas, universidades, centros tecnológicos, sociedade civil, grandes empresas e parceiros para ampliação de escala, com seu papel e seu compromisso.</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="318"/>
        <source>Local actors</source>
        <translation>Atores locais</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="330"/>
        <source>&amp;Add actor…</source>
        <translation>&amp;Adicionar ator…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="331"/>
        <source>Add actor</source>
        <translation>Adicionar ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="336"/>
        <source>&amp;Edit actor…</source>
        <translation>&amp;Editar ator…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="337"/>
        <source>Edit actor</source>
        <translation>Editar ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="342"/>
        <source>&amp;Remove actor</source>
        <translation>&amp;Remover ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="343"/>
        <source>Remove actor</source>
        <translation>Remover ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="357"/>
        <location filename="../../ui/proposal_editor.ui" line="358"/>
        <location filename="../../ui/proposal_editor.ui" line="369"/>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="380"/>
        <source>&amp;Requested amount (USD):</source>
        <translation>&amp;Valor solicitado (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="386"/>
        <source>Requested amount in US dollars</source>
        <translation>Valor solicitado em dólares americanos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="388"/>
        <source>e.g. 1,000,000</source>
        <translation>ex.: 1.000.000</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="393"/>
        <source>&amp;Public counterpart (USD):</source>
        <translation>Contrapartida &amp;pública (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="399"/>
        <source>Public counterpart in US dollars</source>
        <translation>Contrapartida pública em dólares americanos</translation>
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
        <translation>Contrapartida privada em dólares americanos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="419"/>
        <source>Beneficiary &amp;MSMEs:</source>
        <translation>MPMEs &amp;beneficiárias:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="425"/>
        <source>Expected beneficiary MSMEs</source>
        <translation>MPMEs beneficiárias previstas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="432"/>
        <source>&amp;Duration (months):</source>
        <translation>&amp;Duração (meses):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="438"/>
        <source>Duration in months</source>
        <translation>Duração em meses</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="447"/>
        <source>Indicators, computed as you type</source>
        <translation>Indicadores, calculados enquanto você digita</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="448"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="454"/>
        <source>Counterpart total (USD):</source>
        <translation>Total da contrapartida (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="461"/>
        <source>Counterpart total</source>
        <translation>Total da contrapartida</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="469"/>
        <source>Co-funding leverage:</source>
        <translation>Alavancagem de cofinanciamento:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="476"/>
        <source>Co-funding leverage</source>
        <translation>Alavancagem de cofinanciamento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="484"/>
        <source>Actor-type coverage:</source>
        <translation>Cobertura de tipos de ator:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="491"/>
        <source>Actor-type coverage</source>
        <translation>Cobertura de tipos de ator</translation>
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
        <translation>A economia da região, seu território e os dados que fundamentam seu tipo</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="554"/>
        <source>&amp;Institutional strengths and weaknesses:</source>
        <translation>Forças e fraquezas &amp;institucionais:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="560"/>
        <source>Institutional strengths and weaknesses</source>
        <translation>Forças e fraquezas institucionais</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="561"/>
        <source>Local institutions: what works, what is missing</source>
        <translation>Instituições locais: o que funciona e o que falta</translation>
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
        <translation>Mercados que as empresas da região poderiam alcançar</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="592"/>
        <source>Private-sector &amp;growth constraints:</source>
        <translation>Restrições ao &amp;crescimento do setor privado:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="598"/>
        <source>Private-sector growth constraints</source>
        <translation>Restrições ao crescimento do setor privado</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="599"/>
        <source>What holds local firms back</source>
        <translation>O que limita as empresas locais</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="611"/>
        <source>&amp;Scaling and policy pathway:</source>
        <translation>&amp;Ampliação de escala e caminho para políticas públicas:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="617"/>
        <source>Scaling and policy pathway</source>
        <translation>Ampliação de escala e caminho para políticas públicas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="618"/>
        <source>Who scales the model up, and how it can shape public policy</source>
        <translation>Quem amplia a escala do modelo e como ele pode influenciar as políticas públicas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="630"/>
        <source>&amp;Results measurement plan:</source>
        <translation>Plano de &amp;mensuração de resultados:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="636"/>
        <source>Results measurement plan</source>
        <translation>Plano de mensuração de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="637"/>
        <source>Baseline, indicators and knowledge products</source>
        <translation>Linha de base, indicadores e produtos de conhecimento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="653"/>
        <location filename="../../ui/proposal_editor.ui" line="654"/>
        <location filename="../../ui/proposal_editor.ui" line="665"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="658"/>
        <location filename="../../ui/proposal_editor.ui" line="660"/>
        <source>Evidence for the proposal: letters of intent, agreements, maps, data. Add files with the button or drop them on the list; each is kept in the store with its SHA-256 fingerprint.</source>
        <translation>Evidências da proposta: cartas de intenção, acordos, mapas, dados. Adicione arquivos com o botão ou arraste-os para a lista; cada um é guardado na base de dados com sua impressão digital SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="673"/>
        <source>Attachment message</source>
        <translation>Mensagem sobre os anexos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="681"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Adicionar arquivo…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="682"/>
        <source>Add attachment</source>
        <translation>Adicionar anexo</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="687"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="688"/>
        <source>Open attachment</source>
        <translation>Abrir anexo</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="693"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="694"/>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
</context>
<context>
    <name>ProposalHeaderWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="22"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="26"/>
        <source>Region type, weight profile and evaluator</source>
        <translation>Tipo de região, perfil de ponderação e avaliador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="38"/>
        <source>Proposal being scored</source>
        <translation>Proposta em pontuação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="44"/>
        <source>Region type: {region_type} · {profile} · rubric {rubric} {version} · evaluator: {evaluator}</source>
        <translation>Tipo de região: {region_type} · {profile} · rubrica {rubric} {version} · avaliador: {evaluator}</translation>
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
        <translation>%1 rascunho</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="53"/>
        <source>You have not scored this proposal</source>
        <translation>Você não pontuou esta proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="56"/>
        <source>Your draft: %1 sub-criteria still without a level, so the total is partial</source>
        <translation>O seu rascunho: %1 subcritérios ainda sem nível, então o total é parcial</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="62"/>
        <source>Your draft evaluation, every level given</source>
        <translation>A sua avaliação em rascunho, com todos os níveis atribuídos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="63"/>
        <source>Your final evaluation</source>
        <translation>A sua avaliação final</translation>
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
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="74"/>
        <source>Region type</source>
        <translation>Tipo de região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="79"/>
        <source>Priority area</source>
        <translation>Área prioritária</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="84"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="89"/>
        <source>Executing agency</source>
        <translation>Órgão executor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="94"/>
        <source>Requested (USD)</source>
        <translation>Solicitado (USD)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="99"/>
        <source>Leverage</source>
        <translation>Alavancagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="104"/>
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="108"/>
        <source>Final</source>
        <translation>Finais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="110"/>
        <source>Committee</source>
        <translation>Comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="120"/>
        <source>My total</source>
        <translation>Meu total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="123"/>
        <source>Committee total: the mean of the final evaluations&apos; totals, 0-100</source>
        <translation>Total do comitê: a média dos totais das avaliações finais, 0-100</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="126"/>
        <source>My total: your own evaluation of the proposal, draft or final, 0-100</source>
        <translation>Meu total: a sua própria avaliação da proposta, em rascunho ou final, 0-100</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_model.py" line="115"/>
        <source>Updated</source>
        <translation>Atualização</translation>
    </message>
</context>
<context>
    <name>ProposalListView</name>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="33"/>
        <source>Number of proposals shown</source>
        <translation>Número de propostas exibidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="48"/>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="93"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="134"/>
        <source>Preparing the search over 1 proposal…</source>
        <translation>Preparando a pesquisa em 1 proposta…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="136"/>
        <source>Preparing the search over %1 proposals…</source>
        <translation>Preparando a pesquisa em %1 propostas…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="139"/>
        <source>%1 of 1 proposal</source>
        <translation>%1 de 1 proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="141"/>
        <source>%1 of %2 proposals</source>
        <translation>%1 de %2 propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="143"/>
        <source>1 proposal</source>
        <translation>1 proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="145"/>
        <source>%1 proposals</source>
        <translation>%1 propostas</translation>
    </message>
</context>
<context>
    <name>ProposalPanel</name>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="64"/>
        <source>Proposal details for the committee</source>
        <translation>Detalhes da proposta para o comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="66"/>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="201"/>
        <source>Record &amp;decision…</source>
        <translation>Registrar &amp;decisão…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="67"/>
        <source>Record or revise the committee&apos;s decision</source>
        <translation>Registrar ou revisar a decisão do comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="68"/>
        <source>&amp;Withdraw decision…</source>
        <translation>&amp;Retirar decisão…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="69"/>
        <source>Withdraw the committee&apos;s decision</source>
        <translation>Retirar a decisão do comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="72"/>
        <source>Decision message</source>
        <translation>Mensagem sobre a decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="75"/>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="209"/>
        <source>&amp;Eligibility override…</source>
        <translation>Exceção de &amp;elegibilidade…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="76"/>
        <source>Record or remove a gate override with its rationale</source>
        <translation>Registrar ou remover uma exceção a um requisito, com sua fundamentação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="136"/>
        <source>Rank %1 · total %2 · %3 final evaluations · spread %4</source>
        <translation>Posição %1 · total %2 · %3 avaliações finais · dispersão %4</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="148"/>
        <source>Evaluators: %1</source>
        <translation>Avaliadores: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="153"/>
        <source>Contested</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="157"/>
        <source>Ineligible: fails %1</source>
        <translation>Inelegível: não cumpre %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="159"/>
        <source>Eligible by gate override: %1</source>
        <translation>Elegível por exceção a um requisito: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="166"/>
        <source>No decision yet.</source>
        <translation>Ainda não há decisão.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="169"/>
        <source>Decision: %1 on %2 (members present: %3). %4</source>
        <translation>Decisão: %1, em %2 (membros presentes: %3). %4</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="176"/>
        <source>Conditions: %1</source>
        <translation>Condições: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="179"/>
        <source>Recused for a declared conflict of interest: %1.</source>
        <translation>Impedidos por um conflito de interesse declarado: %1.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="201"/>
        <source>Revise &amp;decision…</source>
        <translation>Revisar &amp;decisão…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="207"/>
        <source>Remove &amp;eligibility override…</source>
        <translation>Remover a exceção de &amp;elegibilidade…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="233"/>
        <source>Saving the decision…</source>
        <translation>Salvando a decisão…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="264"/>
        <source>Remove the eligibility override</source>
        <translation>Remover a exceção de elegibilidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="265"/>
        <source>Why is the override removed? (recorded in the audit log)</source>
        <translation>Por que a exceção é removida? (fica no registro de auditoria)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="276"/>
        <source>Eligibility override</source>
        <translation>Exceção de elegibilidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="278"/>
        <source>%1 fails: %2. Why should the committee treat it as eligible? (recorded in the audit log)</source>
        <translation>%1 não cumpre: %2. Por que o comitê deveria considerá-la elegível? (fica no registro de auditoria)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="293"/>
        <source>Eligibility override saved; the ranking follows.</source>
        <translation>Exceção de elegibilidade salva; a classificação é atualizada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="242"/>
        <source>Withdraw the decision</source>
        <translation>Retirar a decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="57"/>
        <source>The proposal&apos;s profile and the evaluators&apos; reasons</source>
        <translation>O perfil da proposta e as razões dos avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="58"/>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="59"/>
        <source>Evaluators&apos; reasons</source>
        <translation>Razões dos avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="243"/>
        <source>Why is the decision withdrawn? (recorded in the audit log)</source>
        <translation>Por que a decisão é retirada? (fica guardado no registro de auditoria)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="297"/>
        <source>Decision saved; the proposal&apos;s evaluations are locked.</source>
        <translation>Decisão salva; as avaliações da proposta estão bloqueadas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="302"/>
        <source>Decision withdrawn; the evaluations are unlocked.</source>
        <translation>Decisão retirada; as avaliações estão desbloqueadas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/proposal_panel.py" line="307"/>
        <source>Decision not saved</source>
        <translation>A decisão não foi salva</translation>
    </message>
</context>
<context>
    <name>ProposalSaver</name>
    <message>
        <location filename="../../red_desktop/gui/editor/autosave.py" line="138"/>
        <source>Proposal %1 was changed elsewhere (revision %2, yours is %3); reload it before saving</source>
        <translation>A proposta %1 foi alterada em outro lugar (revisão %2; a sua é a %3); recarregue-a antes de salvar</translation>
    </message>
</context>
<context>
    <name>RadarChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/radar.py" line="25"/>
        <location filename="../../red_desktop/gui/charts/radar.py" line="45"/>
        <source>Criterion profile (0-4)</source>
        <translation>Perfil por critério (0-4)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/radar.py" line="139"/>
        <source>Portfolio average</source>
        <translation>Média da carteira</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/radar.py" line="144"/>
        <source>Committee aggregate</source>
        <translation>Agregado do comitê</translation>
    </message>
</context>
<context>
    <name>RangeBarsChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="21"/>
        <source>Ranking: committee total and evaluator range</source>
        <translation>Classificação: total do comitê e faixa dos avaliadores</translation>
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
        <translation>Total (0-100) · as barras começam em %1, não em 0</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="66"/>
        <source>%1: total %2, evaluators %3-%4</source>
        <translation>%1: total %2, avaliadores %3-%4</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="72"/>
        <source> (contested)</source>
        <translation> (contestada)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="89"/>
        <source>Committee total</source>
        <translation>Total do comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="93"/>
        <source>Contested</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="97"/>
        <source>Lowest-highest evaluator</source>
        <translation>Mín.-máx. dos avaliadores</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="102"/>
        <source>Selected</source>
        <translation>Selecionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/range_bars.py" line="111"/>
        <source>The budget runs out (rank order)</source>
        <translation>O orçamento acaba (ordem do ranking)</translation>
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
        <translation>Tipo de região</translation>
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
        <translation>Aval. finais</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="54"/>
        <source>Spread</source>
        <translation>Dispersão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="55"/>
        <source>Contested</source>
        <translation>Contestada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="56"/>
        <source>Eligibility</source>
        <translation>Elegibilidade</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="57"/>
        <source>Decision</source>
        <translation>Decisão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="58"/>
        <source>p(top N)</source>
        <translation>p(primeiros N)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="59"/>
        <source>Rank 5-95 %</source>
        <translation>Posição 5-95 %</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="60"/>
        <source>Swap with next</source>
        <translation>Troca com a seguinte</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="61"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="62"/>
        <source>Cumulative</source>
        <translation>Acumulado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="77"/>
        <source>Position in the committee&apos;s ranking</source>
        <translation>Posição na classificação do comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="78"/>
        <source>Funding requested (US$)</source>
        <translation>Financiamento solicitado (US$)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="80"/>
        <source>Funding requested by it and every eligible, scored proposal above it; the red line: where the call&apos;s budget runs out</source>
        <translation>Financiamento solicitado por ela e por cada proposta elegível e pontuada acima dela; a linha vermelha: onde o orçamento do edital acaba</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="284"/>
        <source>p(top %1)</source>
        <translation>p(primeiros %1)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="325"/>
        <source>fails gate: %1</source>
        <translation>não cumpre o requisito: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="327"/>
        <source>gate override: %1</source>
        <translation>exceção ao requisito: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="335"/>
        <source>Conditions: %1</source>
        <translation>Condições: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/contest_reasons.py" line="19"/>
        <source>A single final evaluation: no second evaluator to confirm or dispute it</source>
        <translation>Uma única avaliação final: nenhum segundo avaliador a confirma nem contesta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="344"/>
        <source>%1 and %2 have identical scores under the same weights: they tie at every weighting</source>
        <translation>%1 e %2 têm pontuações idênticas com os mesmos pesos: empatam com qualquer ponderação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="349"/>
        <source>No change of weights lets %1 overtake %2</source>
        <translation>Nenhuma mudança de pesos permite que %1 ultrapasse %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="354"/>
        <source>%1 overtakes %2 if the weights change by %3 points (%4), on top of a gap of %5 points</source>
        <translation>%1 ultrapassa %2 se os pesos mudarem %3 pontos (%4), com uma diferença atual de %5 pontos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="362"/>
        <source>That change would make a weight negative: the real minimum is larger.</source>
        <translation>Essa mudança deixaria um peso negativo: o mínimo real é maior.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="371"/>
        <source>%1 overtakes %2 if the weights of their region types change by %3 points in all: %4 for %2, %5 for %1. No change common to both would: their criterion scores differ by a constant</source>
        <translation>%1 supera %2 se os pesos de seus tipos de região mudarem %3 pontos no total: %4 para %2, %5 para %1. Nenhuma mudança comum a ambos o faria: suas pontuações por critério diferem por uma constante</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="431"/>
        <source>Cannot be decided yet: %1 of the %2 final evaluations needed</source>
        <translation>Ainda não pode ser decidida: %1 das %2 avaliações finais necessárias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="441"/>
        <source>Final evaluations left out for a declared conflict of interest: %1</source>
        <translation>Avaliações finais deixadas de fora por um conflito de interesse declarado: %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="456"/>
        <source>single evaluation</source>
        <translation>avaliação única</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="457"/>
        <source>contested</source>
        <translation>contestada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="464"/>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="403"/>
        <source>eligible</source>
        <translation>elegível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/ranking_model.py" line="403"/>
        <source>ineligible</source>
        <translation>inelegível</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="28"/>
        <source>A reason is required: it is kept in the audit log with your name.</source>
        <translation>É necessário um motivo: ele fica no registro de auditoria com o seu nome.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="34"/>
        <source>Why OK is unavailable</source>
        <translation>Por que OK está indisponível</translation>
    </message>
</context>
<context>
    <name>ReasonsTable</name>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="30"/>
        <source>The evaluators&apos; levels and justifications by sub-criterion</source>
        <translation>Os níveis e justificativas dos avaliadores por subcritério</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="32"/>
        <source>Sub-criterion</source>
        <translation>Subcritério</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="32"/>
        <source>Evaluator · level</source>
        <translation>Avaliador · nível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="32"/>
        <source>Why</source>
        <translation>Por quê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="73"/>
        <source>⚠ Contested: levels %1 to %2</source>
        <translation>⚠ Contestado: níveis %1 a %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="85"/>
        <source>(no justification written)</source>
        <translation>(sem justificativa escrita)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="97"/>
        <source>no level</source>
        <translation>sem nível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="98"/>
        <source>level %1 · %2</source>
        <translation>nível %1 · %2</translation>
    </message>
</context>
<context>
    <name>ReasonsView</name>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="118"/>
        <source>Contested sub-criteria</source>
        <translation>Subcritérios contestados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="133"/>
        <source>No final evaluations yet: the evaluators&apos; reasons appear here once they are final.</source>
        <translation>Ainda não há avaliações finais: as razões dos avaliadores aparecem aqui quando forem finais.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="136"/>
        <source>No sub-criterion is contested: the evaluators&apos; levels are at most one apart.</source>
        <translation>Nenhum subcritério é contestado: os níveis dos avaliadores diferem no máximo em um.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/reasons_view.py" line="138"/>
        <source>Contested (levels two or more apart), shaded and marked ⚠ at the top: %1.</source>
        <translation>Contestados (níveis a dois ou mais de distância), sombreados e marcados com ⚠ no topo: %1.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="34"/>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="35"/>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="138"/>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="40"/>
        <source>Choose a backup to bring back. The store as it is now is kept as a backup first, so a restore can itself be undone. The window closes the store while it is replaced, then opens it again.</source>
        <translation>Escolha uma cópia de segurança para recuperá-la. Antes, a base de dados como está agora é salva como cópia de segurança, de modo que a restauração também pode ser desfeita. A janela fecha a base de dados enquanto ela é substituída e depois a abre novamente.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="46"/>
        <source>Reading the backups…</source>
        <translation>Lendo as cópias de segurança…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Taken</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Evaluations</source>
        <translation>Avaliações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="49"/>
        <source>Decisions</source>
        <translation>Decisões</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="51"/>
        <source>Backups</source>
        <translation>Cópias de segurança</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="61"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="78"/>
        <source>No backups of this store yet: one is made each day the window opens it, and red-desktop backup makes one at once.</source>
        <translation>Ainda não há cópias de segurança desta base de dados: uma é feita a cada dia em que a janela a abre, e red-desktop backup faz uma na hora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../red_desktop/gui/restore_dialog.py" line="82"/>
        <source>%n backup(s) of this store, newest first.</source>
        <translation>
            <numerusform>%n cópia de segurança desta base de dados, a mais recente primeiro.</numerusform>
            <numerusform>%n cópias de segurança desta base de dados, as mais recentes primeiro.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="101"/>
        <source>cannot be restored</source>
        <translation>não pode ser restaurada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="103"/>
        <source>automatic (daily)</source>
        <translation>automática (diária)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="104"/>
        <source>made by hand</source>
        <translation>feita manualmente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="105"/>
        <source>before a restore</source>
        <translation>antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/restore_dialog.py" line="140"/>
        <source>Replace the store with the backup taken %1? The store as it is now is kept as a backup first.</source>
        <translation>Substituir a base de dados pela cópia de segurança de %1? Antes, a base de dados como está agora é salva como cópia de segurança.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="76"/>
        <source>Revoke a key</source>
        <translation>Revogar uma chave</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="78"/>
        <source>Revoke the key of %1 (%2)? Packages signed with it will be refused from now on; what was imported stays.</source>
        <translation>Revogar a chave de %1 (%2)? A partir de agora, os pacotes assinados com ela serão recusados; o que já foi importado permanece.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="88"/>
        <source>e.g. laptop stolen on 3 March; left the programme</source>
        <translation>p. ex., notebook roubado em 3 de março; saiu do programa</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/reason_dialog.py" line="87"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Revogar</translation>
    </message>
</context>
<context>
    <name>RosterWidget</name>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="57"/>
        <source>Packages are accepted only from the keys on this roster. Add an evaluator&apos;s public key file after comparing its fingerprint with the one they read to you.</source>
        <translation>Só são aceitos pacotes das chaves deste registro. Adicione o arquivo de chave pública de um avaliador depois de comparar a impressão digital dele com a que essa pessoa ler para você.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="64"/>
        <source>&amp;Add key file…</source>
        <translation>&amp;Adicionar arquivo de chave…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="65"/>
        <source>Add a public key file to the roster</source>
        <translation>Adicionar um arquivo de chave pública ao registro</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="66"/>
        <source>Re&amp;voke…</source>
        <translation>Re&amp;vogar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="67"/>
        <source>Revoke the selected key</source>
        <translation>Revogar a chave selecionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="84"/>
        <source>Add a public key file</source>
        <translation>Adicionar um arquivo de chave pública</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="84"/>
        <source>Public key files (*.json);;All files (*)</source>
        <translation>Arquivos de chave pública (*.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="91"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="92"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="93"/>
        <source>Fingerprint</source>
        <translation>Impressão digital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="94"/>
        <source>Added</source>
        <translation>Adicionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="95"/>
        <source>Encrypted packages</source>
        <translation>Pacotes criptografados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="96"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="100"/>
        <source>Trusted keys</source>
        <translation>Chaves confiáveis</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="131"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="132"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="132"/>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="135"/>
        <source>Revoked %1 by %2: %3</source>
        <translation>Revogada em %1 por %2: %3</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="141"/>
        <source>Trusted</source>
        <translation>Confiável</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="191"/>
        <source>This file cannot be added to the roster.</source>
        <translation>Este arquivo não pode ser adicionado ao registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="210"/>
        <source>%1&apos;s key is on the roster, revoked; it stays revoked.</source>
        <translation>A chave de %1 está no registro, revogada; continua revogada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="219"/>
        <source>Compare the fingerprint</source>
        <translation>Compare a impressão digital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="220"/>
        <source>Add %1 (%2) to the roster?</source>
        <translation>Adicionar %1 (%2) ao registro de chaves?</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="233"/>
        <source>They match: &amp;add</source>
        <translation>Coincidem: &amp;adicionar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="243"/>
        <source>%1&apos;s key was added to the roster.</source>
        <translation>A chave de %1 foi adicionada ao registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="212"/>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="245"/>
        <source>%1&apos;s key was already on the roster.</source>
        <translation>A chave de %1 já estava no registro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="223"/>
        <source>Ask %1 to read their fingerprint to you (in person or by phone) and compare it with this one. If they differ, the file is not theirs: do not add it.</source>
        <translation>Peça a %1 que leia a impressão digital dele para você (pessoalmente ou por telefone) e compare-a com esta. Se forem diferentes, o arquivo não é dessa pessoa: não o adicione.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="272"/>
        <source>%1&apos;s key was revoked.</source>
        <translation>A chave de %1 foi revogada.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/exchange/roster_tab.py" line="275"/>
        <source>The roster was not changed.</source>
        <translation>O registro de chaves não foi alterado.</translation>
    </message>
</context>
<context>
    <name>RuleDialog</name>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="26"/>
        <source>At least a share of the funded amount</source>
        <translation>Ao menos uma proporção do valor financiado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="27"/>
        <source>At most a share of the funded amount</source>
        <translation>No máximo uma proporção do valor financiado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="28"/>
        <source>At least an amount</source>
        <translation>Ao menos um valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="29"/>
        <source>At most an amount</source>
        <translation>No máximo um valor</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="30"/>
        <source>At least a number of proposals</source>
        <translation>Ao menos um número de propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="31"/>
        <source>At most a number of proposals</source>
        <translation>No máximo um número de propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="43"/>
        <source>Add a rule of the call</source>
        <translation>Adicionar uma regra do edital</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="58"/>
        <source>What is wrong with the rule</source>
        <translation>O que há de errado na regra</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/committee/rule_dialog.py" line="60"/>
        <source>&amp;Rule</source>
        <translation>&amp;Regra</translation>
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
        <translation>&amp;Limite</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="43"/>
        <source>Not saved: {0}</source>
        <translation>Não salvo: {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="45"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="47"/>
        <source>All changes saved</source>
        <translation>Todas as alterações salvas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="49"/>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="56"/>
        <source>Not saved: 1 problem</source>
        <translation>Não salvo: 1 problema</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="56"/>
        <source>Not saved: {0} problems</source>
        <translation>Não salvo: {0} problemas</translation>
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
        <translation>Total, estado e ações</translation>
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
        <translation>Estado da avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="39"/>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
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
        <translation>Marcar a avaliação como final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="52"/>
        <source>Reopen the final evaluation</source>
        <translation>Reabrir a avaliação final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="53"/>
        <source>Unlock the evaluation; the reason you give is recorded</source>
        <translation>Desbloqueia a avaliação; o motivo informado fica registrado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="108"/>
        <source>Total {total} / 100</source>
        <translation>Total {total} / 100</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="111"/>
        <source>partial: {missing} of {count} sub-criteria without a level</source>
        <translation>parcial: {missing} de {count} subcritérios sem nível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="77"/>
        <source>Final · locked</source>
        <translation>Final · bloqueada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="77"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="116"/>
        <source>Not saved: see the message</source>
        <translation>Não salvo: veja a mensagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="49"/>
        <source>Lock the evaluation; refused while anything is missing ({keys})</source>
        <translation>Bloquear a avaliação; recusado enquanto faltar algo ({keys})</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="51"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="116"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="116"/>
        <source>All changes saved</source>
        <translation>Todas as alterações salvas</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="47"/>
        <source>Scoring form</source>
        <translation>Formulário de pontuação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="63"/>
        <source>No proposal chosen</source>
        <translation>Nenhuma proposta selecionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="69"/>
        <source>Criteria and sub-criteria</source>
        <translation>Critérios e subcritérios</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="79"/>
        <source>Criteria</source>
        <translation>Critérios</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="124"/>
        <source>This proposal is not saved yet. Complete it in Proposals; it can be scored once saved.</source>
        <translation>Esta proposta ainda não foi salva. Complete-a em Propostas; ela poderá ser pontuada depois de salva.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="125"/>
        <source>New proposal</source>
        <translation>Nova proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="139"/>
        <source>%1. You cannot evaluate this proposal: the committee gives it to another evaluator.</source>
        <translation>%1. Você não pode avaliar esta proposta: o comitê a dá a outro avaliador.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="142"/>
        <source>Conflict of interest declared</source>
        <translation>Conflito de interesse declarado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="159"/>
        <source>You declared a conflict of interest with this proposal: this evaluation is left out of the committee&apos;s figures.</source>
        <translation>Você declarou um conflito de interesse com esta proposta: esta avaliação fica fora dos números do comitê.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="202"/>
        <source>This evaluation cannot be shown</source>
        <translation>Esta avaliação não pode ser exibida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="314"/>
        <source>Not saved ({code}): {message}</source>
        <translation>Não salvo ({code}): {message}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="341"/>
        <source>Not final yet. Complete these first (click one to go there):</source>
        <translation>Ainda não é final. Complete estes itens primeiro (clique em um deles para ir até lá):</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="383"/>
        <source>Reopen evaluation</source>
        <translation>Reabrir avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="384"/>
        <source>Why reopen this final evaluation? The reason is kept in the audit log.</source>
        <translation>Por que reabrir esta avaliação final? O motivo fica guardado no registro de auditoria.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="390"/>
        <source>Not reopened: a reason is required. Nothing was changed.</source>
        <translation>Não reaberta: é necessário informar um motivo. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ScoringHistory</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/history.py" line="46"/>
        <source>Level of {id}</source>
        <translation>Nível de {id}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/history.py" line="60"/>
        <source>Justification of {id}</source>
        <translation>Justificativa de {id}</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/scoring_page.py" line="59"/>
        <source>Choose a proposal on the left to score it.</source>
        <translation>Escolha uma proposta à esquerda para pontuá-la.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/scoring_page.py" line="61"/>
        <source>Scoring hint</source>
        <translation>Dica de pontuação</translation>
    </message>
</context>
<context>
    <name>ScoringTexts</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="27"/>
        <source>{indicator} {value} → suggests {level}</source>
        <translation>{indicator} {value} → sugere nível {level}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="34"/>
        <source>no requested amount → no suggestion</source>
        <translation>sem valor solicitado → sem sugestão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="35"/>
        <source>{indicator} cannot be computed → no suggestion</source>
        <translation>{indicator} não pode ser calculado → sem sugestão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="42"/>
        <source>marginalized</source>
        <translation>marginalizada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="43"/>
        <source>emerging</source>
        <translation>emergente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="44"/>
        <source>declining</source>
        <translation>em declínio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="47"/>
        <source>not set</source>
        <translation>não definido</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="57"/>
        <source>weights {weights} (default profile)</source>
        <translation>pesos {weights} (perfil padrão)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="58"/>
        <source>weights {weights} ({profile} profile)</source>
        <translation>pesos {weights} (perfil de região {profile})</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="71"/>
        <source>{name}: choose a level</source>
        <translation>{name}: escolha um nível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/texts.py" line="72"/>
        <source>{name}: level {level} needs a justification</source>
        <translation>{name}: o nível {level} precisa de uma justificativa</translation>
    </message>
</context>
<context>
    <name>SensitivityChart</name>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="18"/>
        <source>Rank intervals under perturbed weights</source>
        <translation>Intervalos de posição com pesos perturbados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="19"/>
        <source>Rank (5-95 % of samples)</source>
        <translation>Posição (5-95 % das amostras)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="40"/>
        <source>%1: rank %2, between %3 and %4 in 90 % of samples; in the top %5 in %6 % of them</source>
        <translation>%1: posição %2, entre %3 e %4 em 90 % das amostras; entre os primeiros %5 em %6 % delas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="66"/>
        <source>Stable rank</source>
        <translation>Posição estável</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="67"/>
        <source>Rank moves</source>
        <translation>Posição variável</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="68"/>
        <source>Rank now</source>
        <translation>Posição atual</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/charts/sensitivity.py" line="70"/>
        <source>Top %1 boundary</source>
        <translation>Limite dos primeiros %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="46"/>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="47"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="79"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="52"/>
        <source>Shortcuts</source>
        <translation>Atalhos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="19"/>
        <source>Scoring form</source>
        <translation>Formulário de pontuação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="26"/>
        <source>Set the level of the focused sub-criterion</source>
        <translation>Definir o nível do subcritério em foco</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="31"/>
        <source>Lower / raise the level of the focused sub-criterion</source>
        <translation>Baixar / subir o nível do subcritério em foco</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="36"/>
        <source>Next / previous field</source>
        <translation>Próximo campo / campo anterior</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="53"/>
        <source>Action</source>
        <translation>Ação</translation>
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
        <translation>Base de dados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="22"/>
        <source>Record counts</source>
        <translation>Contagem de registros</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="23"/>
        <source>Current evaluator</source>
        <translation>Avaliador atual</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="38"/>
        <source>1 proposal</source>
        <translation>1 proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="40"/>
        <source>%1 proposals</source>
        <translation>%1 propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="42"/>
        <source>1 evaluation</source>
        <translation>1 avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="44"/>
        <source>%1 evaluations</source>
        <translation>%1 avaliações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="49"/>
        <source>Evaluator: %1 (%2)</source>
        <translation>Avaliador: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SubCriterionRowWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="43"/>
        <source>Sub-criterion {id} {name}</source>
        <translation>Subcritério {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="55"/>
        <source>Level for {id} {name}</source>
        <translation>Nível para {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="97"/>
        <source>Sub-criterion</source>
        <translation>Subcritério</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="98"/>
        <source>Indicator suggestion</source>
        <translation>Sugestão do indicador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="99"/>
        <source>Descriptor of the level</source>
        <translation>Descritor do nível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="100"/>
        <source>Missing justification</source>
        <translation>Justificativa ausente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="109"/>
        <source>Justification for {id} {name}</source>
        <translation>Justificativa para {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="173"/>
        <source>Choose a level first.</source>
        <translation>Escolha um nível primeiro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="173"/>
        <source>Why this level? Cite the evidence.</source>
        <translation>Por que este nível? Cite as evidências.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="186"/>
        <source>Choose a level: click it, or type its digit. Point at a level to read it.</source>
        <translation>Escolha um nível: clique nele ou digite seu número. Passe o ponteiro sobre um nível para lê-lo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="195"/>
        <source>A justification is required for level {level} ({label}): say why.</source>
        <translation>É necessária uma justificativa para o nível {level} ({label}): explique por quê.</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../red_desktop/gui/tasks.py" line="74"/>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Algo deu errado; os detalhes estão no registro do programa.</translation>
    </message>
</context>
<context>
    <name>UnsavedDialog</name>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="21"/>
        <source>… and %1 more</source>
        <translation>… e mais %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="27"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="32"/>
        <source>%1 has changes that cannot be saved until these are corrected:</source>
        <translation>%1 tem alterações que não podem ser salvas até que isto seja corrigido:</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="38"/>
        <source>If you leave now, these changes are lost.</source>
        <translation>Se sair agora, estas alterações serão perdidas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="41"/>
        <source>Go back to it</source>
        <translation>Voltar a ela</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/unsaved_dialog.py" line="44"/>
        <source>Discard the changes</source>
        <translation>Descartar as alterações</translation>
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
