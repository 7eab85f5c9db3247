<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="41"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="43"/>
        <source>New &amp;proposal</source>
        <translation>Nova &amp;proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="45"/>
        <source>New &amp;store…</source>
        <translation>Nova &amp;base de dados…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="47"/>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir base de dados…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="49"/>
        <source>&amp;Recent stores</source>
        <translation>Bases de dados &amp;recentes</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="50"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Cópia de segurança…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="51"/>
        <source>Arrives with CSV/XLSX import and PDF export; not available in this version yet</source>
        <translation>Chegará junto com a importação de CSV/XLSX e a exportação para PDF; ainda não disponível nesta versão</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="52"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="53"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="54"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="62"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="64"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="67"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="74"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="77"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="79"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/menus.py" line="81"/>
        <source>&amp;About RED Desktop</source>
        <translation>&amp;Sobre o RED Desktop</translation>
    </message>
</context>
<context>
    <name>ActorDialog</name>
    <message>
        <location filename="../../red_desktop/gui/editor/actor_dialog.py" line="40"/>
        <source>Edit local actor</source>
        <translation>Editar ator local</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/actor_dialog.py" line="40"/>
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
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="50"/>
        <source>Files can be attached once the proposal is saved, that is when it has no problems.</source>
        <translation>Você poderá anexar arquivos depois que a proposta for salva, ou seja, quando ela não tiver problemas.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="66"/>
        <source>{0}  ·  {1}  ·  added {2}</source>
        <translation>{0}  ·  {1}  ·  adicionado em {2}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="68"/>
        <source>{0}
SHA-256 {1}</source>
        <translation>{0}
SHA-256 {1}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="72"/>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="79"/>
        <source>Attaching {0}…</source>
        <translation>Anexando {0}…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="121"/>
        <source>No program on this computer opens {0}; it was saved as {1}</source>
        <translation>Nenhum programa deste computador abre {0}; o arquivo foi salvo como {1}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="138"/>
        <source>Remove attachment</source>
        <translation>Remover anexo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="139"/>
        <source>Remove {0} from this proposal? This cannot be undone.</source>
        <translation>Remover {0} desta proposta? Esta ação não pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/attachments_section.py" line="140"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="18"/>
        <source>Committee ranking · %1 %2</source>
        <translation>Classificação do comitê · %1 %2</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="22"/>
        <source>Ranking heading</source>
        <translation>Título da classificação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/committee_page.py" line="25"/>
        <source>Committee ranking</source>
        <translation>Classificação do comitê</translation>
    </message>
</context>
<context>
    <name>CountryComboBox</name>
    <message>
        <location filename="../../red_desktop/gui/editor/country_combo.py" line="29"/>
        <source>Type a country or its code, e.g. Perú or PE</source>
        <translation>Digite um país ou seu código, ex.: Peru ou PE</translation>
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
    <name>ExchangePage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="14"/>
        <source>&lt;h3&gt;Exchange&lt;/h3&gt;&lt;p&gt;Signed packages carry a field laptop&apos;s work to the committee and the committee&apos;s decisions back, on a USB stick or by e-mail, without a server.&lt;/p&gt;&lt;p&gt;Package export and import are not available in this version yet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Intercâmbio&lt;/h3&gt;&lt;p&gt;Pacotes assinados levam o trabalho de um notebook de campo ao comitê e trazem de volta as decisões do comitê, em um pendrive ou por e-mail, sem servidor.&lt;/p&gt;&lt;p&gt;A exportação e a importação de pacotes ainda não estão disponíveis nesta versão.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/exchange_page.py" line="22"/>
        <source>About exchange packages</source>
        <translation>Sobre os pacotes de intercâmbio</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="31"/>
        <source>Search code, title, region, agency or actor…</source>
        <translation>Pesquisar por código, título, região, órgão ou ator…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="33"/>
        <source>Search proposals</source>
        <translation>Pesquisar propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="37"/>
        <source>Lowest total</source>
        <translation>Total mínimo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="37"/>
        <source>Highest total</source>
        <translation>Total máximo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="55"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="70"/>
        <source>All countries</source>
        <translation>Todos os países</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="71"/>
        <source>All region types</source>
        <translation>Todos os tipos de região</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="72"/>
        <source>All priority areas</source>
        <translation>Todas as áreas prioritárias</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="73"/>
        <source>All statuses</source>
        <translation>Todas as situações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="84"/>
        <source>Any evaluation state</source>
        <translation>Qualquer estado de avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="85"/>
        <source>Not evaluated</source>
        <translation>Não avaliadas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="86"/>
        <source>Drafts only</source>
        <translation>Somente rascunhos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="87"/>
        <source>With a final evaluation</source>
        <translation>Com avaliação final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="90"/>
        <source>Evaluation state</source>
        <translation>Estado da avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/filter_bar.py" line="111"/>
        <source>not set</source>
        <translation>não definido</translation>
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
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="47"/>
        <source>– (enter the requested amount)</source>
        <translation>– (informe o valor solicitado)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="48"/>
        <source>{0} per dollar requested</source>
        <translation>{0} por dólar solicitado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="54"/>
        <source>{0} of {1} actor types</source>
        <translation>{0} de {1} tipos de ator</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/indicators_panel.py" line="65"/>
        <source> · suggests {0} level {1}{2}</source>
        <translation> · sugere nível {1}{2} em {0}</translation>
    </message>
</context>
<context>
    <name>LevelSelectorWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/level_selector.py" line="55"/>
        <source>{level} · {label}</source>
        <translation>{level} · {label}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/level_selector.py" line="56"/>
        <source>Level {level}: {label}</source>
        <translation>Nível {level}: {label}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="49"/>
        <source>RED Desktop — %1</source>
        <translation>RED Desktop — %1</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="50"/>
        <source>RED Desktop main window</source>
        <translation>Janela principal do RED Desktop</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="70"/>
        <source>Views</source>
        <translation>Visualizações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="71"/>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="71"/>
        <source>Scoring</source>
        <translation>Pontuação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="71"/>
        <source>Committee</source>
        <translation>Comitê</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="71"/>
        <source>Exchange</source>
        <translation>Intercâmbio</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="90"/>
        <source>Back up the store to</source>
        <translation>Salvar a cópia de segurança da base de dados em</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="155"/>
        <source>RED Desktop stores (*.sqlite);;All files (*)</source>
        <translation>Bases de dados do RED Desktop (*.sqlite);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="158"/>
        <source>New store</source>
        <translation>Nova base de dados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="160"/>
        <source>Open store</source>
        <translation>Abrir base de dados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="167"/>
        <source>About RED Desktop</source>
        <translation>Sobre o RED Desktop</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/main_window.py" line="168"/>
        <source>RED Desktop %1
Offline evaluation of Regional Economic Development proposals.</source>
        <translation>RED Desktop %1
Avaliação off-line de propostas de Desenvolvimento Econômico Regional.</translation>
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
        <source>Dismiss this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/message_banner.py" line="47"/>
        <source>Dismiss message</source>
        <translation>Fechar mensagem</translation>
    </message>
</context>
<context>
    <name>ProblemMarker</name>
    <message>
        <location filename="../../red_desktop/gui/editor/problem_marker.py" line="33"/>
        <source>Actor {0}: {1} {2}</source>
        <translation>Ator {0}: {1} {2}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/problem_marker.py" line="96"/>
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
</context>
<context>
    <name>ProposalEditor</name>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="43"/>
        <source>Proposal editor</source>
        <translation>Editor de propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="93"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="95"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="97"/>
        <source>&amp;Save now</source>
        <translation>&amp;Salvar agora</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="211"/>
        <source>Edit {0}</source>
        <translation>Editar {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="275"/>
        <source>is already used by another proposal</source>
        <translation>já está em uso em outra proposta</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/proposal_editor.py" line="287"/>
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
        <location filename="../../ui/proposal_editor.ui" line="18"/>
        <source>Proposal</source>
        <translation>Proposta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="26"/>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="35"/>
        <source>Proposal sections</source>
        <translation>Seções da proposta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="38"/>
        <location filename="../../ui/proposal_editor.ui" line="39"/>
        <location filename="../../ui/proposal_editor.ui" line="49"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="59"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="65"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="66"/>
        <source>e.g. RED-PE-2026-014 (suggested once a country is chosen)</source>
        <translation>ex.: RED-PE-2026-014 (sugerido ao escolher um país)</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="72"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="78"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="79"/>
        <source>What the project does, where</source>
        <translation>O que o projeto faz e onde</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="84"/>
        <source>&amp;Status:</source>
        <translation>&amp;Situação:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="90"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="95"/>
        <source>A&amp;uthor:</source>
        <translation>A&amp;utor:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="101"/>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="102"/>
        <source>Who collected the proposal</source>
        <translation>Quem coletou a proposta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="107"/>
        <source>&amp;Executing agency:</source>
        <translation>Órgão &amp;executor:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="113"/>
        <source>Executing agency</source>
        <translation>Órgão executor</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="114"/>
        <source>The organisation that will carry out the project</source>
        <translation>A organização que executará o projeto</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="119"/>
        <source>&amp;Priority area:</source>
        <translation>Área &amp;prioritária:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="125"/>
        <source>Priority area</source>
        <translation>Área prioritária</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="130"/>
        <source>Productive sect&amp;ors:</source>
        <translation>Setores p&amp;rodutivos:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="136"/>
        <source>Productive sectors</source>
        <translation>Setores produtivos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="137"/>
        <source>Separated by commas, e.g. quinua, lácteos, turismo rural</source>
        <translation>Separados por vírgulas, ex.: quinoa, laticínios, turismo rural</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="155"/>
        <location filename="../../ui/proposal_editor.ui" line="156"/>
        <location filename="../../ui/proposal_editor.ui" line="166"/>
        <source>Region</source>
        <translation>Região</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="176"/>
        <source>C&amp;ountry:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="182"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="187"/>
        <source>Region &amp;name:</source>
        <translation>&amp;Nome da região:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="193"/>
        <source>Region name</source>
        <translation>Nome da região</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="194"/>
        <source>State, province, department or municipality</source>
        <translation>Estado, província, departamento ou município</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="199"/>
        <source>Region &amp;kind:</source>
        <translation>&amp;Categoria da região:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="205"/>
        <source>Region kind</source>
        <translation>Categoria da região</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="210"/>
        <source>Region t&amp;ype:</source>
        <translation>&amp;Tipo de região:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="216"/>
        <source>Region type</source>
        <translation>Tipo de região</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="217"/>
        <source>Marginalized, emerging or declining: it chooses the weight profile the proposal is scored with</source>
        <translation>Marginalizada, emergente ou em declínio: define o perfil de ponderação com que a proposta é pontuada</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="222"/>
        <source>&amp;Latitude:</source>
        <translation>&amp;Latitude:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="228"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="230"/>
        <source>Optional, decimal degrees, e.g. -11.95</source>
        <translation>Opcional, em graus decimais, ex.: -11,95</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="235"/>
        <source>Lon&amp;gitude:</source>
        <translation>Lon&amp;gitude:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="241"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="243"/>
        <source>Optional, decimal degrees, e.g. -75.3</source>
        <translation>Opcional, em graus decimais, ex.: -75,3</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="261"/>
        <location filename="../../ui/proposal_editor.ui" line="262"/>
        <source>Actors</source>
        <translation>Atores</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="266"/>
        <location filename="../../ui/proposal_editor.ui" line="268"/>
        <source>The local actors taking part: local government, businesses, universities, technology centres, civil society, large companies and scaling partners, with their role and commitment.</source>
        <translation>Os atores locais participantes: governo local, empresas, universidades, centros tecnológicos, sociedade civil, grandes empresas e parceiros para ampliação de escala, com seu papel e seu compromisso.</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="273"/>
        <source>Local actors</source>
        <translation>Atores locais</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="285"/>
        <source>&amp;Add actor…</source>
        <translation>&amp;Adicionar ator…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="286"/>
        <source>Add actor</source>
        <translation>Adicionar ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="291"/>
        <source>&amp;Edit actor…</source>
        <translation>&amp;Editar ator…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="292"/>
        <source>Edit actor</source>
        <translation>Editar ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="297"/>
        <source>&amp;Remove actor</source>
        <translation>&amp;Remover ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="298"/>
        <source>Remove actor</source>
        <translation>Remover ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="312"/>
        <location filename="../../ui/proposal_editor.ui" line="313"/>
        <location filename="../../ui/proposal_editor.ui" line="323"/>
        <source>Funding</source>
        <translation>Financiamento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="333"/>
        <source>&amp;Requested amount (USD):</source>
        <translation>&amp;Valor solicitado (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="339"/>
        <source>Requested amount in US dollars</source>
        <translation>Valor solicitado em dólares americanos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="341"/>
        <source>e.g. 1,000,000</source>
        <translation>ex.: 1.000.000</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="346"/>
        <source>&amp;Public counterpart (USD):</source>
        <translation>Contrapartida &amp;pública (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="352"/>
        <source>Public counterpart in US dollars</source>
        <translation>Contrapartida pública em dólares americanos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="354"/>
        <location filename="../../ui/proposal_editor.ui" line="367"/>
        <location filename="../../ui/proposal_editor.ui" line="380"/>
        <location filename="../../ui/proposal_editor.ui" line="393"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="359"/>
        <source>Pri&amp;vate counterpart (USD):</source>
        <translation>Contrapartida p&amp;rivada (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="365"/>
        <source>Private counterpart in US dollars</source>
        <translation>Contrapartida privada em dólares americanos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="372"/>
        <source>Beneficiary &amp;MSMEs:</source>
        <translation>MPMEs &amp;beneficiárias:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="378"/>
        <source>Expected beneficiary MSMEs</source>
        <translation>MPMEs beneficiárias previstas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="385"/>
        <source>&amp;Duration (months):</source>
        <translation>&amp;Duração (meses):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="391"/>
        <source>Duration in months</source>
        <translation>Duração em meses</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="400"/>
        <source>Indicators, computed as you type</source>
        <translation>Indicadores, calculados enquanto você digita</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="401"/>
        <source>Indicators</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="406"/>
        <source>Counterpart total (USD):</source>
        <translation>Total da contrapartida (USD):</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="413"/>
        <source>Counterpart total</source>
        <translation>Total da contrapartida</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="421"/>
        <source>Co-funding leverage:</source>
        <translation>Alavancagem de cofinanciamento:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="428"/>
        <source>Co-funding leverage</source>
        <translation>Alavancagem de cofinanciamento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="436"/>
        <source>Actor-type coverage:</source>
        <translation>Cobertura de tipos de ator:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="443"/>
        <source>Actor-type coverage</source>
        <translation>Cobertura de tipos de ator</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="465"/>
        <location filename="../../ui/proposal_editor.ui" line="466"/>
        <location filename="../../ui/proposal_editor.ui" line="476"/>
        <source>Narrative</source>
        <translation>Narrativa</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="485"/>
        <source>Regional &amp;diagnosis:</source>
        <translation>&amp;Diagnóstico regional:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="491"/>
        <source>Regional diagnosis</source>
        <translation>Diagnóstico regional</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="492"/>
        <source>The region&apos;s economy, its territory and the data behind its type</source>
        <translation>A economia da região, seu território e os dados que fundamentam seu tipo</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="503"/>
        <source>&amp;Institutional strengths and weaknesses:</source>
        <translation>Forças e fraquezas &amp;institucionais:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="509"/>
        <source>Institutional strengths and weaknesses</source>
        <translation>Forças e fraquezas institucionais</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="510"/>
        <source>Local institutions: what works, what is missing</source>
        <translation>Instituições locais: o que funciona e o que falta</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="521"/>
        <source>&amp;Market opportunities:</source>
        <translation>&amp;Oportunidades de mercado:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="527"/>
        <source>Market opportunities</source>
        <translation>Oportunidades de mercado</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="528"/>
        <source>Markets the region&apos;s firms could reach</source>
        <translation>Mercados que as empresas da região poderiam alcançar</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="539"/>
        <source>Private-sector &amp;growth constraints:</source>
        <translation>Restrições ao &amp;crescimento do setor privado:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="545"/>
        <source>Private-sector growth constraints</source>
        <translation>Restrições ao crescimento do setor privado</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="546"/>
        <source>What holds local firms back</source>
        <translation>O que limita as empresas locais</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="557"/>
        <source>&amp;Scaling and policy pathway:</source>
        <translation>&amp;Ampliação de escala e caminho para políticas públicas:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="563"/>
        <source>Scaling and policy pathway</source>
        <translation>Ampliação de escala e caminho para políticas públicas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="564"/>
        <source>Who scales the model up, and how it can shape public policy</source>
        <translation>Quem amplia a escala do modelo e como ele pode influenciar as políticas públicas</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="575"/>
        <source>&amp;Results measurement plan:</source>
        <translation>Plano de &amp;mensuração de resultados:</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="581"/>
        <source>Results measurement plan</source>
        <translation>Plano de mensuração de resultados</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="582"/>
        <source>Baseline, indicators and knowledge products</source>
        <translation>Linha de base, indicadores e produtos de conhecimento</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="598"/>
        <location filename="../../ui/proposal_editor.ui" line="599"/>
        <location filename="../../ui/proposal_editor.ui" line="610"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="603"/>
        <location filename="../../ui/proposal_editor.ui" line="605"/>
        <source>Evidence for the proposal: letters of intent, agreements, maps, data. Add files with the button or drop them on the list; each is kept in the store with its SHA-256 fingerprint.</source>
        <translation>Evidências da proposta: cartas de intenção, acordos, mapas, dados. Adicione arquivos com o botão ou arraste-os para a lista; cada um é guardado na base de dados com sua impressão digital SHA-256.</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="618"/>
        <source>Attachment message</source>
        <translation>Mensagem sobre os anexos</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="626"/>
        <source>&amp;Add file…</source>
        <translation>&amp;Adicionar arquivo…</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="627"/>
        <source>Add attachment</source>
        <translation>Adicionar anexo</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="632"/>
        <source>&amp;Open</source>
        <translation>A&amp;brir</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="633"/>
        <source>Open attachment</source>
        <translation>Abrir anexo</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="638"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location filename="../../ui/proposal_editor.ui" line="639"/>
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
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="32"/>
        <source>Proposal being scored</source>
        <translation>Proposta em pontuação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/proposal_header.py" line="38"/>
        <source>Region type: {region_type} · {profile} · rubric {rubric} {version} · evaluator: {evaluator}</source>
        <translation>Tipo de região: {region_type} · {profile} · rubrica {rubric} {version} · avaliador: {evaluator}</translation>
    </message>
</context>
<context>
    <name>ProposalListView</name>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="28"/>
        <source>Number of proposals shown</source>
        <translation>Número de propostas exibidas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="41"/>
        <source>Proposals</source>
        <translation>Propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="82"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="126"/>
        <source>Preparing the search over %1 proposals…</source>
        <translation>Preparando a pesquisa em %1 propostas…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="128"/>
        <source>%1 of %2 proposals</source>
        <translation>%1 de %2 propostas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/proposals/list_view.py" line="130"/>
        <source>%1 proposals</source>
        <translation>%1 propostas</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="31"/>
        <source>Not saved: {0}</source>
        <translation>Não salvo: {0}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="33"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="35"/>
        <source>All changes saved</source>
        <translation>Todas as alterações salvas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="37"/>
        <source>Not saved yet</source>
        <translation>Ainda não salvo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="44"/>
        <source>Not saved: 1 problem</source>
        <translation>Não salvo: 1 problema</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="44"/>
        <source>Not saved: {0} problems</source>
        <translation>Não salvo: {0} problemas</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/editor/save_status.py" line="45"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
</context>
<context>
    <name>ScoreSummaryWidget</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="29"/>
        <source>Total, state and actions</source>
        <translation>Total, estado e ações</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="31"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="32"/>
        <source>Partial total</source>
        <translation>Total parcial</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="33"/>
        <source>Evaluation state</source>
        <translation>Estado da avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="34"/>
        <source>Save status</source>
        <translation>Estado do salvamento</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="35"/>
        <source>Mark final</source>
        <translation>Marcar como final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="36"/>
        <source>Mark the evaluation final</source>
        <translation>Marcar a avaliação como final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="37"/>
        <source>Lock the evaluation; refused while anything is missing</source>
        <translation>Bloqueia a avaliação; não é permitido enquanto faltar algo</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="38"/>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="39"/>
        <source>Reopen the final evaluation</source>
        <translation>Reabrir a avaliação final</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="40"/>
        <source>Unlock the evaluation; the reason you give is recorded</source>
        <translation>Desbloqueia a avaliação; o motivo informado fica registrado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="61"/>
        <source>Total {total} / 100</source>
        <translation>Total {total} / 100</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="63"/>
        <source>partial: {missing} of {count} sub-criteria without a level</source>
        <translation>parcial: {missing} de {count} subcritérios sem nível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="70"/>
        <source>Final · locked</source>
        <translation>Final · bloqueada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="70"/>
        <source>Draft</source>
        <translation>Rascunho</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="81"/>
        <source>Not saved: see the message</source>
        <translation>Não salvo: veja a mensagem</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="83"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/score_summary.py" line="85"/>
        <source>All changes saved</source>
        <translation>Todas as alterações salvas</translation>
    </message>
</context>
<context>
    <name>ScoringForm</name>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="36"/>
        <source>Scoring form</source>
        <translation>Formulário de pontuação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="49"/>
        <source>No proposal chosen</source>
        <translation>Nenhuma proposta selecionada</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="55"/>
        <source>Criteria and sub-criteria</source>
        <translation>Critérios e subcritérios</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="65"/>
        <source>Criteria</source>
        <translation>Critérios</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="129"/>
        <source>This evaluation cannot be shown</source>
        <translation>Esta avaliação não pode ser exibida</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="195"/>
        <source>Not saved ({code}): {message}</source>
        <translation>Não salvo ({code}): {message}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="222"/>
        <source>Not final yet. Complete these first (click one to go there):</source>
        <translation>Ainda não é final. Complete estes itens primeiro (clique em um deles para ir até lá):</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="248"/>
        <source>Reopen evaluation</source>
        <translation>Reabrir avaliação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="249"/>
        <source>Why reopen this final evaluation? The reason is kept in the audit log.</source>
        <translation>Por que reabrir esta avaliação final? O motivo fica guardado no registro de auditoria.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/scoring_form.py" line="255"/>
        <source>Not reopened: a reason is required. Nothing was changed.</source>
        <translation>Não reaberta: é necessário informar um motivo. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>ScoringPage</name>
    <message>
        <location filename="../../red_desktop/gui/pages/scoring_page.py" line="23"/>
        <source>Choose a proposal on the left to score it.</source>
        <translation>Escolha uma proposta à esquerda para pontuá-la.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/pages/scoring_page.py" line="25"/>
        <source>Scoring hint</source>
        <translation>Dica de pontuação</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="17"/>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="18"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="26"/>
        <source>{where}: {what}</source>
        <translation>{where}: {what}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="28"/>
        <source>Shortcuts</source>
        <translation>Atalhos</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="29"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/shortcuts_dialog.py" line="29"/>
        <source>Keys</source>
        <translation>Teclas</translation>
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
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="92"/>
        <source>Sub-criterion</source>
        <translation>Subcritério</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="93"/>
        <source>Indicator suggestion</source>
        <translation>Sugestão do indicador</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="94"/>
        <source>Descriptor of the level</source>
        <translation>Descritor do nível</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="95"/>
        <source>Missing justification</source>
        <translation>Justificativa ausente</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="104"/>
        <source>Justification for {id} {name}</source>
        <translation>Justificativa para {id} {name}</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="167"/>
        <source>Choose a level first.</source>
        <translation>Escolha um nível primeiro.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="167"/>
        <source>Why this level? Cite the evidence.</source>
        <translation>Por que este nível? Cite as evidências.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="180"/>
        <source>Choose a level: click it, or type its digit. Point at a level to read it.</source>
        <translation>Escolha um nível: clique nele ou digite seu número. Passe o ponteiro sobre um nível para lê-lo.</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/scoring/subcriterion_row.py" line="206"/>
        <source>A justification is required for level {level} ({label}): say why.</source>
        <translation>É necessária uma justificativa para o nível {level} ({label}): explique por quê.</translation>
    </message>
</context>
<context>
    <name>_234_567.self</name>
    <message>
        <location filename="../../red_desktop/gui/editor/number_edit.py" line="80"/>
        <source>is not a number: type digits only, e.g. {0}</source>
        <translation>não é um número: digite apenas algarismos, ex.: {0}</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="16"/>
        <source>Store</source>
        <translation>Base de dados</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="17"/>
        <source>Record counts</source>
        <translation>Contagem de registros</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/status_bar.py" line="18"/>
        <source>Current evaluator</source>
        <translation>Avaliador atual</translation>
    </message>
</context>
<context>
    <name>self.qt_app</name>
    <message>
        <location filename="../../red_desktop/gui/app.py" line="76"/>
        <source>Building the demo portfolio…</source>
        <translation>Criando o portfólio de demonstração…</translation>
    </message>
    <message>
        <location filename="../../red_desktop/gui/app.py" line="76"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../red_desktop/gui/app.py" line="216"/>
        <source>Backed up to %1</source>
        <translation>Cópia de segurança salva em %1</translation>
    </message>
</context>
</TS>
