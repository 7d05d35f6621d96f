<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33"/>
        <source>About Carebook</source>
        <translation>Sobre o Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="37"/>
        <source>Carebook {0}</source>
        <translation>Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Customer care for small shops: customers, contacts, follow-ups and satisfaction.</source>
        <translation>Atendimento ao cliente para pequenas lojas: clientes, atendimentos, retornos e satisfação.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>Data folder:</source>
        <translation>Pasta de dados:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="56"/>
        <source>Database:</source>
        <translation>Banco de dados:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>Log file:</source>
        <translation>Arquivo de log:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="58"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="59"/>
        <source>PySide6:</source>
        <translation>PySide6:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="60"/>
        <source>Python:</source>
        <translation>Python:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="63"/>
        <source>Open data folder</source>
        <translation>Abrir pasta de dados</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="67"/>
        <source>Add a tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="69"/>
        <source>Add a tag to {0}.</source>
        <translation>Adicionar uma etiqueta a {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="83"/>
        <source>Choose or type a tag, e.g. VIP</source>
        <translation>Escolha ou digite uma etiqueta, por exemplo VIP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>A new name creates the tag.</source>
        <translation>Um nome novo cria a etiqueta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="87"/>
        <source>Add tag</source>
        <translation>Adicionar etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="95"/>
        <source>Tag “{0}” added to {1}</source>
        <translation>Etiqueta “{0}” adicionada a {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="97"/>
        <source> ({0} had it already)</source>
        <translation> (já existia em {0})</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <location filename="../../ui/arrivals.py" line="127"/>
        <source>New follow-up for you: {0}, due {1}</source>
        <translation>Novo retorno para você: {0}, vence {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals.py" line="131"/>
        <source>%n new follow-ups for you</source>
        <translation>
            <numerusform>%n novo retorno para você</numerusform>
            <numerusform>%n novos retornos para você</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="106"/>
        <source>The quick check of the data file could not run: {0}</source>
        <translation>Não foi possível fazer a verificação rápida do arquivo de dados: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="56"/>
        <source>Backups and restore</source>
        <translation>Backups e restauração</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="62"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="66"/>
        <source>Carebook copies your data by itself: when you quit, and every 30 minutes while you work. It keeps the newest copy of each of the last 12 days, 10 weeks and 9 months.</source>
        <translation>O Carebook copia os seus dados sozinho: quando você sai e a cada 30 minutos enquanto você trabalha. Ele guarda a cópia mais recente de cada um dos últimos 12 dias, 10 semanas e 9 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Made</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="84"/>
        <source>Backups, newest first</source>
        <translation>Backups, mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="92"/>
        <source>No backups yet. Click “Back up now”, or let Carebook make one when you quit.</source>
        <translation>Nenhum backup ainda. Clique em “Fazer backup agora” ou deixe o Carebook fazer um quando você sair.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="100"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="103"/>
        <source>Replace the current data with the chosen backup</source>
        <translation>Substituir os dados atuais pelo backup escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="105"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar de um arquiv&amp;o…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="107"/>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;pasta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="141"/>
        <source>Folder: {0} (change it in Shop settings)</source>
        <translation>Pasta: {0} (altere nas configurações da loja)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="151"/>
        <source>Your data before the last restore</source>
        <translation>Seus dados antes da última restauração</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="153"/>
        <source>Your data before an earlier restore</source>
        <translation>Seus dados antes de uma restauração anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="183"/>
        <source>Making a backup…</source>
        <translation>Fazendo backup…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="187"/>
        <source>Backup saved: {0}</source>
        <translation>Backup salvo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="191"/>
        <source>No backup made: {0}</source>
        <translation>Nenhum backup feito: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="203"/>
        <source>Restore a backup</source>
        <translation>Restaurar um backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="204"/>
        <source>Carebook backups (*.sqlite3 *.before-restore*);;All files (*)</source>
        <translation>Backups do Carebook (*.sqlite3 *.before-restore*);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="214"/>
        <source>Replace the shop on the server, which every counter uses, with the backup {0}?

Everything entered since that backup is set aside: the current data is first kept as a backup in {1}, so you can go back to it.</source>
        <translation>Substituir a loja no servidor, usada por todos os balcões, pelo backup {0}?

Tudo o que foi digitado desde esse backup fica de lado: os dados atuais são guardados antes como backup em {1}, para que você possa voltar a eles.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="220"/>
        <source>Replace all of Carebook&apos;s data with the backup {0}?

Everything entered since that backup is set aside: the current data is kept as {1} in {2}, so you can go back to it.</source>
        <translation>Substituir todos os dados do Carebook pelo backup {0}?

Tudo o que foi digitado desde esse backup fica de lado: os dados atuais são guardados como {1} em {2}, para que você possa voltar a eles.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="229"/>
        <source>This backup holds far less than the current data: {0}.</source>
        <translation>Este backup tem bem menos dados que os atuais: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="230"/>
        <source>{0} customers -&gt; {1}, {2} contacts -&gt; {3}</source>
        <translation>{0} clientes -&gt; {1}, {2} atendimentos -&gt; {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="239"/>
        <source>Restore this backup?</source>
        <translation>Restaurar este backup?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="241"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="251"/>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="260"/>
        <source>Restored {0}. The data as it was before is kept in {1}.</source>
        <translation>{0} restaurado. Os dados como estavam antes ficam guardados em {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="262"/>
        <source>Backup restored</source>
        <translation>Backup restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="270"/>
        <source>Cannot open the folder</source>
        <translation>Não é possível abrir a pasta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="283"/>
        <source>Regular backup</source>
        <translation>Backup regular</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="285"/>
        <source>Before an upgrade</source>
        <translation>Antes de uma atualização</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="287"/>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/base.py" line="284"/>
        <source>Draft kept: it comes back the next time you open this.</source>
        <translation>Rascunho guardado: ele volta na próxima vez que você abrir esta janela.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="301"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="302"/>
        <source>What you typed in “{0}” is not saved yet.</source>
        <translation>O que você digitou em “{0}” ainda não foi salvo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="306"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="307"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="308"/>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="335"/>
        <source>{0} saves from any field</source>
        <translation>{0} salva de qualquer campo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="363"/>
        <source>Please check</source>
        <translation>Verifique, por favor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="366"/>
        <location filename="../../ui/dialogs/base.py" line="374"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
</context>
<context>
    <name>BulkDialogs</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="40"/>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="42"/>
        <source>{0} customers</source>
        <translation>{0} clientes</translation>
    </message>
</context>
<context>
    <name>BulkFollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="109"/>
        <source>Plan follow-ups</source>
        <translation>Agendar retornos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="112"/>
        <source>Plan one follow-up for each of {0}.</source>
        <translation>Agendar um retorno para cada um de {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="117"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="119"/>
        <source>Any time</source>
        <translation>Qualquer horário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>Optional, e.g. 14:30.</source>
        <translation>Opcional, por exemplo 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="125"/>
        <source>Nobody yet</source>
        <translation>Ninguém ainda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="132"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="133"/>
        <source>&amp;High priority: show them first</source>
        <translation>Prioridade &amp;alta: mostrar primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="134"/>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="136"/>
        <source>What should be done, e.g. “Tell them about the spring sale”</source>
        <translation>O que deve ser feito, por exemplo “Avisar da liquidação de primavera”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter salva; Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="141"/>
        <source>Plan {0}</source>
        <translation>Agendar {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>1 follow-up</source>
        <translation>1 retorno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>{0} follow-ups</source>
        <translation>{0} retornos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="178"/>
        <source>{0} planned</source>
        <translation>{0} agendados</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="119"/>
        <source>Deleted at another counter. Your changes are kept on screen; saving will say what can be done.</source>
        <translation>Excluído em outro balcão. Suas alterações continuam na tela; ao salvar, você verá o que é possível fazer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="123"/>
        <source>Changed at another counter. Your changes are kept; saving will compare them.</source>
        <translation>Alterado em outro balcão. Suas alterações foram mantidas; ao salvar, elas serão comparadas.</translation>
    </message>
</context>
<context>
    <name>ChannelButtons</name>
    <message>
        <location filename="../../ui/widgets/channel_buttons.py" line="71"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/channel_buttons.py" line="73"/>
        <source>Contact channel, shortcut {0}</source>
        <translation>Canal do atendimento, atalho {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="54"/>
        <source>What to do with this row</source>
        <translation>O que fazer com esta linha</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <location filename="../../ui/colleagues.py" line="121"/>
        <source>Also at the counters: {0}</source>
        <translation>Também nos balcões: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="128"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="131"/>
        <source>Nobody chosen</source>
        <translation>Ninguém escolhido</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="133"/>
        <source>{0} at {1}: seen just now</source>
        <translation>{0} em {1}: visto agora há pouco</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="136"/>
        <source>{0} at {1}: last seen at {2}</source>
        <translation>{0} em {1}: visto pela última vez às {2}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="46"/>
        <source>Changed at another counter</source>
        <translation>Alterado em outro balcão</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="54"/>
        <source>Someone saved this record at another counter while you were editing it. Choose which value to keep for each field both of you changed.</source>
        <translation>Alguém salvou este cadastro em outro balcão enquanto você o editava. Escolha qual valor manter em cada campo que vocês dois alteraram.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Yours</source>
        <translation>O seu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>At the other counter</source>
        <translation>No outro balcão</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="76"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: yours</source>
        <translation>{0}: o seu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: at the other counter</source>
        <translation>{0}: no outro balcão</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="98"/>
        <source>Merged by themselves: {0}</source>
        <translation>Mesclados sozinhos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="103"/>
        <source>Keep all mine</source>
        <translation>Manter todos os meus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="104"/>
        <source>Take all theirs</source>
        <translation>Usar todos os do outro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="105"/>
        <source>Save my choices</source>
        <translation>Salvar minhas escolhas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="108"/>
        <source>Back to the form</source>
        <translation>Voltar ao formulário</translation>
    </message>
</context>
<context>
    <name>ConflictFlow</name>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="44"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="46"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="104"/>
        <source>Deleted at another counter</source>
        <translation>Excluído em outro balcão</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="105"/>
        <source>This record was deleted at another counter (or merged into another record), so your changes cannot be saved to it. What you typed is kept: it comes back as a draft the next time you open this.</source>
        <translation>Este cadastro foi excluído em outro balcão (ou mesclado a outro), então suas alterações não podem ser salvas nele. O que você digitou foi guardado: volta como rascunho na próxima vez que abrir isto.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="125"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="133"/>
        <source>It was deleted at another counter in the meantime.</source>
        <translation>Ele foi excluído em outro balcão nesse meio-tempo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="137"/>
        <source>It was changed at another counter since you looked at it, so nothing was done. Look at it again, then try once more.</source>
        <translation>Ele foi alterado em outro balcão desde que você o viu, então nada foi feito. Veja-o de novo e tente outra vez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="142"/>
        <source>Changed at another counter</source>
        <translation>Alterado em outro balcão</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="52"/>
        <source>Connect to the shop&apos;s server</source>
        <translation>Conectar ao servidor da loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="58"/>
        <source>A shop with several counters keeps its data on a PostgreSQL server, usually the back-office PC. Ask whoever set it up for these details.</source>
        <translation>Uma loja com vários balcões guarda os dados num servidor PostgreSQL, geralmente o computador do escritório. Peça esses dados a quem fez a instalação.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="68"/>
        <source>e.g. 192.168.1.10 or backoffice.local</source>
        <translation>por exemplo 192.168.1.10 ou backoffice.local</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="69"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="73"/>
        <source>&amp;Port:</source>
        <translation>&amp;Porta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="75"/>
        <source>&amp;Database:</source>
        <translation>&amp;Banco de dados:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuário:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="81"/>
        <source>kept on this computer; type to change it</source>
        <translation>guardada neste computador; digite para alterar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="84"/>
        <source>Pass&amp;word:</source>
        <translation>S&amp;enha:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="86"/>
        <source>Kept in this computer&apos;s keychain (or an owner-only file), never shown.</source>
        <translation>Guardada no chaveiro deste computador (ou num arquivo que só o dono pode ler), nunca exibida.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="89"/>
        <source>&amp;Test</source>
        <translation>&amp;Testar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="125"/>
        <source>Please fill this in.</source>
        <translation>Preencha este campo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="144"/>
        <source>Connecting to {0}…</source>
        <translation>Conectando a {0}…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Edit contact</source>
        <translation>Editar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Log a contact</source>
        <translation>Registrar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save contact</source>
        <translation>Salvar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="169"/>
        <source>Enter saves; Ctrl+Enter saves from any field, the notes too</source>
        <translation>Enter salva; Ctrl+Enter salva de qualquer campo, inclusive das observações</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="182"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inativo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="184"/>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="188"/>
        <source>Anyone (unassigned)</source>
        <translation>Qualquer um (sem responsável)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="212"/>
        <source>This follow-up (due {0}) is already done.</source>
        <translation>Este retorno (prazo {0}) já foi feito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="214"/>
        <source>Logging the follow-up due {0}. Saving marks it done.</source>
        <translation>Registrando o retorno com prazo {0}. Salvar marca o retorno como feito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="235"/>
        <source>on {0}</source>
        <translation>em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="259"/>
        <source>{0} for {1}</source>
        <translation>{0} para {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <source>Contact saved</source>
        <translation>Atendimento salvo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <location filename="../../ui/dialogs/contact_dialog.py" line="332"/>
        <source>Contact updated</source>
        <translation>Atendimento atualizado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="98"/>
        <source>Move the rest to Notes</source>
        <translation>Mover o resto para Observações</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="101"/>
        <source>Keep the first {0} characters as the summary, the rest goes to the top of Notes</source>
        <translation>Manter os primeiros {0} caracteres como resumo; o resto vai para o início das Observações</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="133"/>
        <source>Moved {0:,} characters to Notes</source>
        <translation>{0:,} caracteres movidos para Observações</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="74"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="76"/>
        <source>First and last name</source>
        <translation>Nome e sobrenome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="78"/>
        <location filename="../../ui/dialogs/contact_sections.py" line="80"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="82"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ome:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="83"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="84"/>
        <source>E&amp;mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="89"/>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="90"/>
        <source>Alt+1 … Alt+7 choose a channel</source>
        <translation>Alt+1 … Alt+7 escolhem um canal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="92"/>
        <source>&amp;Inbound</source>
        <translation>Rece&amp;bido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="93"/>
        <source>The customer got in touch</source>
        <translation>O cliente procurou a loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="94"/>
        <source>&amp;Outbound</source>
        <translation>Re&amp;alizado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="95"/>
        <source>The shop got in touch</source>
        <translation>A loja procurou o cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="101"/>
        <source>Direction:</source>
        <translation>Sentido:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="111"/>
        <source>One line: what was it about?</source>
        <translation>Uma linha: do que se tratava?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="112"/>
        <source>&amp;Summary:</source>
        <translation>Re&amp;sumo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="115"/>
        <source>Details, if any (Ctrl+Enter saves)</source>
        <translation>Detalhes, se houver (Ctrl+Enter salva)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="117"/>
        <source>Not&amp;es:</source>
        <translation>Obse&amp;rvações:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="118"/>
        <source>Resol&amp;ved in this contact</source>
        <translation>Resol&amp;vido neste atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="120"/>
        <source>Nothing is left to do: the contact counts as resolved at first contact</source>
        <translation>Não há mais nada a fazer: o atendimento conta como resolvido no primeiro atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="123"/>
        <source>Resolved in this contact</source>
        <translation>Resolvido neste atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="135"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Quando:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="137"/>
        <source>S&amp;taff:</source>
        <translation>F&amp;uncionário:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="140"/>
        <source>How long the customer waited before being served; leave empty if unknown</source>
        <translation>Quanto tempo o cliente esperou até ser atendido; deixe vazio se não souber</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="143"/>
        <source>How long the contact took; leave empty if unknown</source>
        <translation>Quanto tempo durou o atendimento; deixe vazio se não souber</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="145"/>
        <source>&amp;Waited:</source>
        <translation>Es&amp;pera:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="146"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duração:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="149"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="152"/>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="153"/>
        <source>Unticked, the contact is open: something is still to be done</source>
        <translation>Desmarcado, o atendimento fica em aberto: ainda há algo a fazer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="157"/>
        <source>Status:</source>
        <translation>Situação:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="164"/>
        <source>Satisfaction (optional)</source>
        <translation>Satisfação (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="174"/>
        <source>What the customer said about it</source>
        <translation>O que o cliente disse sobre o atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="175"/>
        <source>&amp;Feedback:</source>
        <translation>Aval&amp;iação:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="179"/>
        <source>Scores:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="185"/>
        <source>Follow-up (optional)</source>
        <translation>Retorno (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="188"/>
        <source>No follow-up</source>
        <translation>Sem retorno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="189"/>
        <source>In 2 days</source>
        <translation>Em 2 dias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="190"/>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="191"/>
        <source>On a date…</source>
        <translation>Numa data…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="198"/>
        <source>Follow-up date</source>
        <translation>Data do retorno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="202"/>
        <source>Follow-&amp;up:</source>
        <translation>Re&amp;torno:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="209"/>
        <source>Assi&amp;gned to:</source>
        <translation>Responsáve&amp;l:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="212"/>
        <source>What to do (the summary if left empty)</source>
        <translation>O que fazer (o resumo, se ficar vazio)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="214"/>
        <source>Fo&amp;llow-up note:</source>
        <translation>O que fa&amp;zer no retorno:</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="80"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="81"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="82"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="83"/>
        <source>Custom range</source>
        <translation>Período personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="87"/>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="98"/>
        <source>All channels</source>
        <translation>Todos os canais</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="99"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="102"/>
        <source>All reasons</source>
        <translation>Todos os motivos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="103"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="105"/>
        <location filename="../../ui/widgets/contact_filters.py" line="133"/>
        <source>All staff</source>
        <translation>Toda a equipe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="106"/>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="107"/>
        <source>Open and resolved</source>
        <translation>Em aberto e resolvidos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="108"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="135"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inativo)</translation>
    </message>
</context>
<context>
    <name>ContactLine</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="110"/>
        <source>{0} (open)</source>
        <translation>{0} (em aberto)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="198"/>
        <source>Click to sort by this column</source>
        <translation>Clique para ordenar por esta coluna</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="199"/>
        <source>Sort by date, customer, channel, reason, staff or status</source>
        <translation>Ordenar por data, cliente, canal, motivo, funcionário ou situação</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="206"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="207"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="208"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="209"/>
        <source>Direction</source>
        <translation>Sentido</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="210"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="211"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="212"/>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="213"/>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="214"/>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="215"/>
        <source>Duration</source>
        <translation>Duração</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="257"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="269"/>
        <source>Resolved in the first contact, {0}</source>
        <translation>Resolvido no primeiro atendimento, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="270"/>
        <source>Resolved {0}</source>
        <translation>Resolvido em {0}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="66"/>
        <location filename="../../ui/pages/contacts.py" line="100"/>
        <source>Log a contact</source>
        <translation>Registrar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="67"/>
        <source>Log a contact (Ctrl+L)</source>
        <translation>Registrar atendimento (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="78"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="79"/>
        <source>Edit the contact (Enter or double-click)</source>
        <translation>Editar o atendimento (Enter ou duplo clique)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="80"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="81"/>
        <source>Mark the selected contacts resolved</source>
        <translation>Marcar os atendimentos selecionados como resolvidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="82"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="83"/>
        <source>Open the selected contacts again</source>
        <translation>Abrir de novo os atendimentos selecionados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="85"/>
        <source>Open &amp;customer</source>
        <translation>Abrir &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="99"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="122"/>
        <source>Contacts</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="199"/>
        <source>Contacts could not be loaded: {0}</source>
        <translation>Não foi possível carregar os atendimentos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="223"/>
        <source>Contacts can be sorted by date, customer, channel, reason, staff or status.</source>
        <translation>Os atendimentos podem ser ordenados por data, cliente, canal, motivo, funcionário ou situação.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="232"/>
        <source>Could not load contacts: {0}</source>
        <translation>Não foi possível carregar os atendimentos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="234"/>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="236"/>
        <source>1 contact</source>
        <translation>1 atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="238"/>
        <source>{0} contacts</source>
        <translation>{0} atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="246"/>
        <source>No contacts match these filters</source>
        <translation>Nenhum atendimento corresponde a estes filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="248"/>
        <source>No contacts in {0}</source>
        <translation>Nenhum atendimento em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="249"/>
        <source>Try another period, or clear the filters.</source>
        <translation>Tente outro período ou limpe os filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="251"/>
        <source>Log a contact with Ctrl+L when a customer calls, writes or comes by the shop.</source>
        <translation>Registre um atendimento com Ctrl+L quando um cliente ligar, escrever ou vier à loja.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="307"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="315"/>
        <source>Contacts resolved: {0}</source>
        <translation>Atendimentos resolvidos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="317"/>
        <source>Contacts reopened: {0}</source>
        <translation>Atendimentos reabertos: {0}</translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="29"/>
        <source>Click to change who is at the counter</source>
        <translation>Clique para trocar quem está no balcão</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="39"/>
        <source>Nobody at the counter — choose</source>
        <translation>Ninguém no balcão — escolha</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="41"/>
        <source>At the counter: {0}</source>
        <translation>No balcão: {0}</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="24"/>
        <source>Who is at the counter?</source>
        <translation>Quem está no balcão?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="26"/>
        <source>Contacts you log and follow-ups you complete are recorded under this name.</source>
        <translation>Os atendimentos que você registrar e os retornos que você concluir ficam registrados com este nome.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="31"/>
        <source>Staff members</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="44"/>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="45"/>
        <source>1 customer</source>
        <translation>1 cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="47"/>
        <source>{0} customers</source>
        <translation>{0} clientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="57"/>
        <source>Add &amp;tag…</source>
        <translation>Adicionar e&amp;tiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="63"/>
        <source>Plan &amp;follow-ups…</source>
        <translation>&amp;Agendar retornos…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="68"/>
        <source>Move to t&amp;rash</source>
        <translation>Mover para a &amp;lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="73"/>
        <source>&amp;Restore</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="76"/>
        <source>Add a tag to the selected customers (Ctrl+T)</source>
        <translation>Adicionar uma etiqueta aos clientes selecionados (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="79"/>
        <source>Plan one follow-up for each selected customer</source>
        <translation>Agendar um retorno para cada cliente selecionado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="82"/>
        <source>Move the selected customers to the trash (Delete)</source>
        <translation>Mover os clientes selecionados para a lixeira (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="85"/>
        <source>Take the selected customers out of the trash</source>
        <translation>Tirar os clientes selecionados da lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="129"/>
        <source>Select all {0}</source>
        <translation>Todos ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="143"/>
        <source>{0} selected</source>
        <translation>Selecionados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="147"/>
        <source>Select several with Shift or Ctrl</source>
        <translation>Selecione vários com Shift ou Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="160"/>
        <source>No demo data</source>
        <translation>Sem dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="165"/>
        <source>Demo data loaded</source>
        <translation>Dados de demonstração carregados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="174"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Registrar atendimento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="179"/>
        <source>&amp;Edit in a window…</source>
        <translation>&amp;Editar em uma janela…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="193"/>
        <location filename="../../ui/pages/customer_actions.py" line="300"/>
        <location filename="../../ui/pages/customer_actions.py" line="307"/>
        <source>Not done</source>
        <translation>Não realizado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="214"/>
        <source>Plan many follow-ups?</source>
        <translation>Agendar vários retornos?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="215"/>
        <source>This plans a separate follow-up for each of {0}.</source>
        <translation>Isto agenda um retorno separado para cada um dos {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="218"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="219"/>
        <location filename="../../ui/pages/customer_actions.py" line="246"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="234"/>
        <location filename="../../ui/pages/customer_actions.py" line="238"/>
        <source>Move {0} to the trash? Their contacts and scores stay in the figures.</source>
        <translation>Mover {0} para a lixeira? Os atendimentos e as notas continuam nos números.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="243"/>
        <source>Move to the trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="245"/>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="254"/>
        <location filename="../../ui/pages/customer_actions.py" line="260"/>
        <source>{0} moved to the trash</source>
        <translation>Movido para a lixeira: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="275"/>
        <location filename="../../ui/pages/customer_actions.py" line="279"/>
        <source>{0} restored</source>
        <translation>Restaurado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="315"/>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
</context>
<context>
    <name>CustomerChoicesModel</name>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="74"/>
        <source>Create new customer “{0}”</source>
        <translation>Cadastrar novo cliente “{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="78"/>
        <source>Add a phone number or email in this dialog; saved with the contact</source>
        <translation>Adicione um telefone ou e-mail nesta janela; é salvo com o atendimento</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="94"/>
        <source>Log contact</source>
        <translation>Registrar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="95"/>
        <source>Follow-up</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="96"/>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="97"/>
        <source>Move to trash</source>
        <translation>Mover para a lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="98"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="99"/>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="100"/>
        <source>Export everything about this customer, or erase them</source>
        <translation>Exportar tudo sobre este cliente ou apagá-lo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="104"/>
        <source>Export everything about this customer…</source>
        <translation>Exportar tudo sobre este cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="107"/>
        <source>Erase for good…</source>
        <translation>Apagar definitivamente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="111"/>
        <source>Log a call, email or visit from this customer ({0})</source>
        <translation>Registrar uma ligação, e-mail ou visita deste cliente ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="116"/>
        <source>Plan a follow-up for this customer ({0})</source>
        <translation>Agendar um retorno para este cliente ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="119"/>
        <source>Record a CSAT, NPS or CES score ({0})</source>
        <translation>Registrar uma nota de CSAT, NPS ou CES ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="121"/>
        <source>Move this customer to the trash</source>
        <translation>Mover este cliente para a lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="122"/>
        <source>Take this customer out of the trash</source>
        <translation>Tirar este cliente da lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="137"/>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="139"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Salvar as alterações (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="141"/>
        <source>Revert</source>
        <translation>Reverter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="142"/>
        <source>Put back the stored details</source>
        <translation>Voltar aos dados salvos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="144"/>
        <location filename="../../ui/pages/customer_detail.py" line="403"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="159"/>
        <source>The customer&apos;s details</source>
        <translation>Dados do cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="181"/>
        <source>H&amp;istory</source>
        <translation>&amp;Histórico</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="182"/>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details</source>
        <translation>&amp;Detalhes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="209"/>
        <source>Select a customer to see their details and history.
Alt+Down and Alt+Up move through the list.</source>
        <translation>Selecione um cliente para ver os dados e o histórico.
Alt+Baixo e Alt+Cima percorrem a lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="224"/>
        <source>Save the customer&apos;s details</source>
        <translation>Salvar os dados do cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="276"/>
        <source>customer since {0}</source>
        <translation>cliente desde {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="278"/>
        <source>1 open contact</source>
        <translation>1 atendimento em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="280"/>
        <source>{0} open contacts</source>
        <translation>{0} atendimentos em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="284"/>
        <source>This customer&apos;s personal data was erased; it cannot be edited.</source>
        <translation>Os dados pessoais deste cliente foram apagados; ele não pode ser editado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="287"/>
        <source>In the trash since {0}. Restore the customer to work with them again.</source>
        <translation>Na lixeira desde {0}. Restaure o cliente para voltar a trabalhar com ele.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="309"/>
        <source>H&amp;istory ({0})</source>
        <translation>&amp;Histórico ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details (unsaved)</source>
        <translation>&amp;Detalhes (não salvos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="348"/>
        <location filename="../../ui/pages/customer_detail.py" line="351"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="380"/>
        <source>{0} saved</source>
        <translation>{0} salvo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="404"/>
        <source>You changed {0}&apos;s details. Save the changes?</source>
        <translation>Você alterou os dados de {0}. Salvar as alterações?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Discard changes</source>
        <translation>Descartar alterações</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>Edit customer</source>
        <translation>Editar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Add customer</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="119"/>
        <source>{0} (in the trash) already has this email address.</source>
        <translation>{0} (na lixeira) já tem este e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="121"/>
        <source>{0} already has this email address.</source>
        <translation>{0} já tem este e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="123"/>
        <source>Open that customer</source>
        <translation>Abrir esse cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="124"/>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="141"/>
        <source>Save anyway</source>
        <translation>Salvar mesmo assim</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="178"/>
        <source>{0} saved. {1}</source>
        <translation>{0} salvo. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="180"/>
        <source>{0} added</source>
        <translation>{0} adicionado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="182"/>
        <source>{0} saved</source>
        <translation>{0} salvo</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../ui/field_labels.py" line="27"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="28"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="29"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="30"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="31"/>
        <source>Address</source>
        <translation>Endereço</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="32"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="33"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="34"/>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="35"/>
        <source>Marketing consent</source>
        <translation>Consentimento de marketing</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="36"/>
        <source>Stay in touch</source>
        <translation>Manter contato</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="37"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="38"/>
        <source>Birthday</source>
        <translation>Aniversário</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="92"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="116"/>
        <source>{0}: set</source>
        <translation>{0}: definido</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="130"/>
        <source>{0} (yes/no)</source>
        <translation>{0} (sim/não)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="132"/>
        <source>{0} (separated by ;)</source>
        <translation>{0} (separado por ;)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="155"/>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="157"/>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="160"/>
        <source>every {0} days</source>
        <translation>a cada {0} dias</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/field_labels.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="43"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="44"/>
        <source>&amp;Email:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="45"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefone:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="46"/>
        <source>&amp;Address:</source>
        <translation>Ende&amp;reço:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="47"/>
        <source>Prefers:</source>
        <translation>Prefere:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="48"/>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="49"/>
        <source>N&amp;otes:</source>
        <translation>&amp;Observações:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="50"/>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="51"/>
        <source>Stay in touch:</source>
        <translation>Manter contato:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="56"/>
        <source>Wants news and offers</source>
        <translation>Quer receber novidades e ofertas</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="58"/>
        <source>The customer agreed to receive marketing news and offers</source>
        <translation>O cliente aceitou receber novidades e ofertas de marketing</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="63"/>
        <source>Marketing: wants news and offers</source>
        <translation>Marketing: quer receber novidades e ofertas</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="64"/>
        <source>Stay in touch every so many days</source>
        <translation>Manter contato a cada tantos dias</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="65"/>
        <source>Stay in touch: remind us every so many days</source>
        <translation>Manter contato: lembrar a cada tantos dias</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="70"/>
        <source>Separate tags with ;</source>
        <translation>Separe as etiquetas com ;</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="71"/>
        <source>A follow-up is planned when nobody has been in touch for that long</source>
        <translation>Um retorno é agendado quando ninguém fala com o cliente por esse tempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="129"/>
        <source>No preference</source>
        <translation>Sem preferência</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="183"/>
        <source>every</source>
        <translation>a cada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="184"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="228"/>
        <source>e.g. VIP; wholesale</source>
        <translation>ex.: VIP; atacado</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="73"/>
        <location filename="../../ui/widgets/customer_picker.py" line="182"/>
        <source>Type a name, company, phone or email</source>
        <translation>Digite nome, empresa, telefone ou e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="74"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="76"/>
        <source>Type to find a customer; use the arrow keys and Enter to choose one.</source>
        <translation>Digite para encontrar um cliente; use as setas e Enter para escolher.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="84"/>
        <source>&amp;New customer</source>
        <translation>&amp;Novo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="88"/>
        <source>Create a new customer with this contact</source>
        <translation>Cadastrar um novo cliente com este atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="160"/>
        <source>No company, phone or email on file</source>
        <translation>Sem empresa, telefone ou e-mail cadastrado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="162"/>
        <source>{0} — in the trash</source>
        <translation>{0} — na lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="180"/>
        <source>A new customer is created with this contact</source>
        <translation>Um novo cliente é cadastrado com este atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="193"/>
        <source>Matching customers</source>
        <translation>Clientes encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="263"/>
        <source>Search failed: {0}</source>
        <translation>A busca falhou: {0}</translation>
    </message>
</context>
<context>
    <name>CustomersEmpty</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="209"/>
        <source>Add a customer</source>
        <translation>Adicionar cliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="210"/>
        <source>Load demo data</source>
        <translation>Carregar dados de demonstração</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="211"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="212"/>
        <source>Show customers</source>
        <translation>Mostrar clientes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="219"/>
        <source>No customers match these filters</source>
        <translation>Nenhum cliente corresponde a estes filtros</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="220"/>
        <source>Clear the filters to see everyone, or try another tag or channel.</source>
        <translation>Limpe os filtros para ver todos ou tente outra etiqueta ou canal.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="223"/>
        <source>The trash is empty</source>
        <translation>A lixeira está vazia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="224"/>
        <source>Customers you move to the trash wait here until you restore them.</source>
        <translation>Os clientes que você move para a lixeira ficam aqui até você restaurá-los.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="227"/>
        <source>No customers yet</source>
        <translation>Nenhum cliente ainda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="228"/>
        <source>Add your first customer (Ctrl+N) or load demo data to try Carebook.</source>
        <translation>Adicione o seu primeiro cliente (Ctrl+N) ou carregue os dados de demonstração para experimentar o Carebook.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/models/customers_model.py" line="69"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="70"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="71"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="72"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="73"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="74"/>
        <source>Last contact</source>
        <translation>Último atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="75"/>
        <source>Follow-ups</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="76"/>
        <source>Last score</source>
        <translation>Última nota</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="339"/>
        <source>Open follow-ups. Click to sort by this column</source>
        <translation>Retornos em aberto. Clique para ordenar por esta coluna</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="343"/>
        <source>The latest CSAT, NPS or CES score. Click to sort, best or worst first</source>
        <translation>A nota mais recente de CSAT, NPS ou CES. Clique para ordenar, pela melhor ou pela pior primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="347"/>
        <source>Click to sort by this column</source>
        <translation>Clique para ordenar por esta coluna</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="348"/>
        <source>Sort by name, company, last contact, follow-ups or last score</source>
        <translation>Ordenar por nome, empresa, último atendimento, retornos ou última nota</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="384"/>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="394"/>
        <source>a low score</source>
        <translation>nota baixa</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="396"/>
        <source>a high score</source>
        <translation>nota alta</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="401"/>
        <source>not a valid number</source>
        <translation>número inválido</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="429"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="439"/>
        <source>In the trash since {0}</source>
        <translation>Na lixeira desde {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="444"/>
        <source>{0} — kept as typed: not a valid number for the shop&apos;s region</source>
        <translation>{0} — mantido como digitado: não é um número válido para a região da loja</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="449"/>
        <source>No contact logged yet</source>
        <translation>Nenhum atendimento registrado ainda</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="450"/>
        <source>Last contact: {0}</source>
        <translation>Último atendimento: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="454"/>
        <source>{0} open follow-ups</source>
        <translation>Retornos em aberto: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="459"/>
        <source>{0}: {1} of {2}–{3}</source>
        <translation>{0}: {1} de {2}–{3}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="69"/>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="70"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Adicionar cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="265"/>
        <source>{0} in the trash</source>
        <translation>{0} na lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="267"/>
        <source>The trash is empty</source>
        <translation>A lixeira está vazia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="271"/>
        <source>No customers match</source>
        <translation>Nenhum cliente encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="273"/>
        <source>1 customer matches</source>
        <translation>1 cliente encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="275"/>
        <source>{0} match</source>
        <translation>{0} encontrados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="289"/>
        <location filename="../../ui/pages/customers.py" line="290"/>
        <source>The customers could not be read</source>
        <translation>Não foi possível ler os clientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="396"/>
        <source>this customer</source>
        <translation>este cliente</translation>
    </message>
</context>
<context>
    <name>CustomersTable</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="95"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edits.py" line="15"/>
        <source>Left and Right move between the parts; type or use Up and Down to change one</source>
        <translation>Esquerda e Direita passam de uma parte para outra; digite ou use Cima e Baixo para mudar uma parte</translation>
    </message>
</context>
<context>
    <name>DetailDrafts</name>
    <message>
        <location filename="../../ui/pages/detail_drafts.py" line="71"/>
        <source>Draft restored: unsaved changes to {0}</source>
        <translation>Rascunho restaurado: alterações não salvas de {0}</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="28"/>
        <source>Discard draft</source>
        <translation>Descartar rascunho</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="30"/>
        <source>Discard the restored draft</source>
        <translation>Descartar o rascunho restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="42"/>
        <source>Draft restored: what you typed here before (kept at {0}) is back.</source>
        <translation>Rascunho restaurado: o que você tinha digitado aqui (guardado às {0}) voltou.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="25"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="26"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="27"/>
        <source>Likely</source>
        <translation>Probabilidade</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="31"/>
        <source>same email</source>
        <translation>mesmo e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="32"/>
        <source>same phone</source>
        <translation>mesmo telefone</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="33"/>
        <source>same name</source>
        <translation>mesmo nome</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="34"/>
        <source>similar names</source>
        <translation>nomes parecidos</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="53"/>
        <source>Customer number {0}</source>
        <translation>Cliente número {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="106"/>
        <source>How likely these two are one customer, from what they share</source>
        <translation>A chance de os dois serem o mesmo cliente, pelo que têm em comum</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="164"/>
        <source>Erase a customer</source>
        <translation>Apagar um cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="176"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Apagar definitivamente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>&amp;Delete these backups</source>
        <translation>&amp;Excluir estes backups</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="200"/>
        <source>Erase {0}?</source>
        <translation>Apagar {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="204"/>
        <source>Erasing removes this customer&apos;s personal data for good:
• name, company, email, phone, address, notes and tags are removed; the record is renamed “{0}”;
• the text of their contacts, follow-ups and score comments is blanked;
• the contacts, follow-ups and scores themselves stay, without personal data, so the monthly figures still add up.</source>
        <translation>Apagar remove definitivamente os dados pessoais deste cliente:
• nome, empresa, e-mail, telefone, endereço, observações e etiquetas são removidos; o cadastro passa a se chamar “{0}”;
• o texto dos atendimentos, retornos e comentários das notas fica em branco;
• os atendimentos, retornos e notas continuam, sem dados pessoais, para que os números do mês continuem batendo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="213"/>
        <source>This cannot be undone.</source>
        <translation>Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="219"/>
        <source>Older backups still hold this customer&apos;s data ({0}). After erasing, you can delete them.</source>
        <translation>Backups mais antigos ainda têm os dados deste cliente ({0}). Depois de apagar, você pode excluí-los.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="225"/>
        <source>I understand: erase {0} for good</source>
        <translation>Entendi: apagar {0} definitivamente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="241"/>
        <source>Backups that still hold the erased data</source>
        <translation>Backups que ainda têm os dados apagados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="259"/>
        <source>Not erased</source>
        <translation>Não apagado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="263"/>
        <source>Customer erased</source>
        <translation>Cliente apagado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="264"/>
        <source>{0} is erased</source>
        <translation>{0} foi apagado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="267"/>
        <source>The record is now “{0}”. Kept without personal data — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>O cadastro agora é “{0}”. Mantidos sem dados pessoais — atendimentos: {1}, retornos: {2}, notas: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="289"/>
        <source>Made before the erase, these backups still hold this customer&apos;s data ({0}). Delete them to remove it everywhere (newer backups will not have it).</source>
        <translation>Feitos antes de apagar, estes backups ainda têm os dados deste cliente ({0}). Exclua-os para remover os dados de todo lugar (os backups novos não terão esses dados).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="294"/>
        <source>No backup holds this customer&apos;s data.</source>
        <translation>Nenhum backup tem os dados deste cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="303"/>
        <source>Delete these backups?</source>
        <translation>Excluir estes backups?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="305"/>
        <source>Delete the backups made before the erase ({0})? You cannot restore them afterwards; the next backup will be made without this customer&apos;s data.</source>
        <translation>Excluir os backups feitos antes de apagar ({0})? Você não poderá restaurá-los depois; o próximo backup será feito sem os dados deste cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="308"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="309"/>
        <source>Keep them</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="315"/>
        <source>Not all backups were deleted</source>
        <translation>Nem todos os backups foram excluídos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="320"/>
        <source>The older backups are deleted: no backup holds this data.</source>
        <translation>Os backups mais antigos foram excluídos: nenhum backup tem estes dados.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="43"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="44"/>
        <source>Contacts (the contact log)</source>
        <translation>Atendimentos (o registro de atendimentos)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="45"/>
        <source>Feedback scores</source>
        <translation>Notas de avaliação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="49"/>
        <source>Every customer is exported; customers in the trash and erased ones are left out.</source>
        <translation>Todos os clientes são exportados; os clientes na lixeira e os apagados ficam de fora.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Every contact is exported, except those of customers in the trash or erased.</source>
        <translation>Todos os atendimentos são exportados, menos os de clientes na lixeira ou apagados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="55"/>
        <source>Every score is exported, except those of customers in the trash or erased.</source>
        <translation>Todas as notas são exportadas, menos as de clientes na lixeira ou apagados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="58"/>
        <source>Every follow-up is exported, done ones included, except those of customers in the trash.</source>
        <translation>Todos os retornos são exportados, inclusive os feitos, menos os de clientes na lixeira.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="81"/>
        <source>Spreadsheet (CSV, opens in Excel)</source>
        <translation>Planilha (CSV, abre no Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="84"/>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="88"/>
        <source>Address book (vCard, for phones and mail programs)</source>
        <translation>Agenda de contatos (vCard, para celulares e programas de e-mail)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="91"/>
        <source>vCard files (*.vcf)</source>
        <translation>Arquivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>Calendar of the open follow-ups (iCalendar)</source>
        <translation>Calendário dos retornos em aberto (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="98"/>
        <source>Calendar files (*.ics)</source>
        <translation>Arquivos de calendário (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>Write Carebook&apos;s data to a file that other programs open.</source>
        <translation>Gravar os dados do Carebook num arquivo que outros programas abrem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;What:</source>
        <translation>&amp;O quê:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="140"/>
        <source>As:</source>
        <translation>Como:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="142"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="143"/>
        <source>Follow-ups &amp;of:</source>
        <translation>Retornos &amp;de:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="145"/>
        <source>All customers</source>
        <translation>Todos os clientes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148"/>
        <source>Only the customers selected on the page ({0})</source>
        <translation>Só os clientes selecionados na página ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Which:</source>
        <translation>&amp;Quais:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="160"/>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="170"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="199"/>
        <source>Each open follow-up becomes a calendar event with a reminder, in the shop&apos;s time zone. The customer&apos;s name is only in the text, never invited.</source>
        <translation>Cada retorno em aberto vira um evento de calendário com lembrete, no fuso horário da loja. O nome do cliente fica só no texto; ele nunca é convidado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="204"/>
        <source>Only the customers selected on the page are exported.</source>
        <translation>Só os clientes selecionados na página são exportados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="206"/>
        <source>Every customer outside the trash is exported as a card.</source>
        <translation>Todos os clientes fora da lixeira são exportados como cartão.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="209"/>
        <source>The filters of the page you came from are not applied.</source>
        <translation>Os filtros da página de onde você veio não são aplicados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="245"/>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="252"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>Not exported</source>
        <translation>Não exportado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="270"/>
        <source>Exported to {1} — customers: {0:,}</source>
        <translation>Exportado para {1} — clientes: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exported to {1} — follow-ups: {0:,}</source>
        <translation>Exportado para {1} — retornos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="274"/>
        <source>Exported to {1} — rows: {0:,}</source>
        <translation>Exportado para {1} — linhas: {0:,}</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="77"/>
        <source>Export everything about a customer</source>
        <translation>Exportar tudo sobre um cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="83"/>
        <source>Carebook writes everything it holds about {0}: the customer record and tags, every contact, follow-up and score. Each as JSON (for a data request) and as CSV files that a spreadsheet opens. The files go into a new folder that only you can read.</source>
        <translation>O Carebook grava tudo o que tem sobre {0}: o cadastro do cliente e as etiquetas, todos os atendimentos, retornos e notas. Cada um em JSON (para uma solicitação de dados) e em arquivos CSV que uma planilha abre. Os arquivos vão para uma pasta nova que só você pode ler.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="98"/>
        <source>&amp;Into the folder:</source>
        <translation>&amp;Na pasta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="102"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir a pasta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="115"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="121"/>
        <source>Export into which folder?</source>
        <translation>Exportar para qual pasta?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="131"/>
        <source>Choose the folder to export into.</source>
        <translation>Escolha a pasta para onde exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="141"/>
        <source>Saved in {1} — files: {0}, contacts: {2}, follow-ups: {3}, scores: {4}.</source>
        <translation>Salvo em {1} — arquivos: {0}, atendimentos: {2}, retornos: {3}, notas: {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="149"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="151"/>
        <source>Exported everything about {0}</source>
        <translation>Tudo sobre {0} foi exportado</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="123"/>
        <source>Which file?</source>
        <translation>Qual arquivo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>A CSV file from a spreadsheet (in Excel: File › Save As › CSV UTF-8), or an address book saved as vCard (.vcf). Nothing is written until the last step, and every import can be undone.</source>
        <translation>Um arquivo CSV de uma planilha (no Excel: Arquivo › Salvar como › CSV UTF-8) ou uma agenda de contatos salva como vCard (.vcf). Nada é gravado até o último passo, e toda importação pode ser desfeita.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="135"/>
        <source>The file to import</source>
        <translation>O arquivo a importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="136"/>
        <source>File to import</source>
        <translation>Arquivo a importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="138"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Procurar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="150"/>
        <source>The file holds:</source>
        <translation>O arquivo contém:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="163"/>
        <source>&amp;Earlier imports…</source>
        <translation>Importações an&amp;teriores…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="164"/>
        <source>See the earlier imports and undo one</source>
        <translation>Ver as importações anteriores e desfazer uma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="191"/>
        <source>Each row needs: {0}.</source>
        <translation>Cada linha precisa de: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="198"/>
        <source>Choose the file to import</source>
        <translation>Escolha o arquivo a importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="199"/>
        <source>CSV or vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Arquivos CSV ou vCard (*.csv *.txt *.vcf *.vcard);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="232"/>
        <source>Reading {0}…</source>
        <translation>Lendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="248"/>
        <source>{0}: an address book (cards: {1}); each card becomes a customer.</source>
        <translation>{0}: uma agenda de contatos (cartões: {1}); cada cartão vira um cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="251"/>
        <source>{0} — rows: {1:,}, columns: {2}.</source>
        <translation>{0} — linhas: {1:,}, colunas: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="255"/>
        <source>Carebook knows this file: an export of {0}.</source>
        <translation>O Carebook conhece este arquivo: uma exportação do {0}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="78"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="79"/>
        <source>Show only customers with this tag</source>
        <translation>Mostrar só clientes com esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="80"/>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="85"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="86"/>
        <source>Show only customers who prefer this channel</source>
        <translation>Mostrar só clientes que preferem este canal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="87"/>
        <source>Any channel</source>
        <translation>Qualquer canal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="88"/>
        <source>No preference</source>
        <translation>Sem preferência</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="91"/>
        <source>&amp;Not contacted for</source>
        <translation>Sem atendimento &amp;há</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="94"/>
        <source>Customers whose last contact is older than this, or who never had one</source>
        <translation>Clientes cujo último atendimento é mais antigo que isso, ou que nunca tiveram um</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="100"/>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="101"/>
        <source>Not contacted for so many days</source>
        <translation>Sem atendimento há tantos dias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="103"/>
        <source>Clear filters</source>
        <translation>Limpar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers in use</source>
        <translation>Clientes em uso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Customers moved to the trash; restore them from here</source>
        <translation>Clientes movidos para a lixeira; restaure-os daqui</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="126"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="53"/>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="58"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="60"/>
        <source>Open (not done)</source>
        <translation>Em aberto (não feitos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="61"/>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="62"/>
        <source>Due today</source>
        <translation>Vencem hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="63"/>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="64"/>
        <source>Done</source>
        <translation>Feitos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="65"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="72"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="74"/>
        <source>Any date</source>
        <translation>Qualquer data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="75"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="76"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="77"/>
        <source>Next 7 days</source>
        <translation>Próximos 7 dias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="78"/>
        <source>This month</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="79"/>
        <source>Last month</source>
        <translation>Mês passado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="80"/>
        <source>Choose dates…</source>
        <translation>Escolher datas…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due from</source>
        <translation>Prazo a partir de</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due until</source>
        <translation>Prazo até</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="95"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="100"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="101"/>
        <source>S&amp;tate:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="102"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me ({0})</source>
        <translation>Eu ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="162"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="163"/>
        <source>Nobody yet (unassigned)</source>
        <translation>Ninguém ainda (sem responsável)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="172"/>
        <source>Choose who is at the counter first</source>
        <translation>Escolha primeiro quem está no balcão</translation>
    </message>
</context>
<context>
    <name>FollowupActions</name>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="73"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;feito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="81"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="87"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Adiar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="94"/>
        <source>Re&amp;assign to</source>
        <translation>&amp;Mudar responsável</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="105"/>
        <source>&amp;Log contact…</source>
        <translation>Re&amp;gistrar atendimento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="110"/>
        <source>Log the contact for this follow-up; it is marked done on saving</source>
        <translation>Registrar o atendimento deste retorno; ao salvar, ele fica marcado como feito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="115"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="120"/>
        <source>Show &amp;customer</source>
        <translation>Mostrar &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="125"/>
        <source>Open the c&amp;ontact it came from</source>
        <translation>Abrir o atendimento de &amp;origem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="174"/>
        <location filename="../../ui/pages/followups_actions.py" line="178"/>
        <location filename="../../ui/pages/followups_actions.py" line="186"/>
        <location filename="../../ui/pages/followups_actions.py" line="188"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="207"/>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="218"/>
        <source>Follow-up marked done</source>
        <translation>Retorno marcado como feito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="219"/>
        <source>{0} follow-ups marked done</source>
        <translation>{0} retornos marcados como feitos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="225"/>
        <source>Resolve its contact</source>
        <translation>Resolver o atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="227"/>
        <source>Resolve their contacts</source>
        <translation>Resolver os atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="237"/>
        <source>Contact resolved</source>
        <translation>Atendimento resolvido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="238"/>
        <source>{0} contacts resolved</source>
        <translation>{0} atendimentos resolvidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="251"/>
        <source>Follow-up reopened</source>
        <translation>Retorno reaberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="252"/>
        <source>{0} follow-ups reopened</source>
        <translation>{0} retornos reabertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="273"/>
        <source>Follow-up snoozed until {1}</source>
        <translation>Retorno adiado até {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="274"/>
        <source>{0} follow-ups snoozed until {1}</source>
        <translation>{0} retornos adiados até {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="327"/>
        <source>Nobody (unassigned)</source>
        <translation>Ninguém (sem responsável)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="339"/>
        <source>Follow-up reassigned</source>
        <translation>Responsável do retorno alterado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="340"/>
        <source>{0} follow-ups reassigned</source>
        <translation>Responsável alterado em {0} retornos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="353"/>
        <source>(no note)</source>
        <translation>(sem observação)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="355"/>
        <source>Delete the follow-up “{0}” for {1}?</source>
        <translation>Excluir o retorno “{0}” de {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="360"/>
        <source>{0}

This cannot be undone. To keep it on record, mark it done instead.</source>
        <translation>{0}

Isso não pode ser desfeito. Para manter o registro, marque-o como feito.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="365"/>
        <source>Delete follow-up</source>
        <translation>Excluir retorno</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="367"/>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="368"/>
        <source>Keep</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="377"/>
        <source>Follow-up deleted</source>
        <translation>Retorno excluído</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="378"/>
        <source>{0} follow-ups deleted</source>
        <translation>{0} retornos excluídos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="394"/>
        <source>Cannot open this follow-up</source>
        <translation>Não é possível abrir este retorno</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="416"/>
        <source>Cannot open this contact</source>
        <translation>Não é possível abrir este atendimento</translation>
    </message>
</context>
<context>
    <name>FollowupCardList</name>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="196"/>
        <source>Overdue · {0}</source>
        <translation>Atrasados · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="197"/>
        <source>Due today · {0}</source>
        <translation>Vencem hoje · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="211"/>
        <source>Showing {0} of {1} follow-ups.</source>
        <translation>Mostrando {0} de {1} retornos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="213"/>
        <source>The Follow-ups page lists them all.</source>
        <translation>A página Retornos mostra todos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="214"/>
        <source>Open Follow-ups</source>
        <translation>Abrir Retornos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="217"/>
        <source>Show {0} more</source>
        <translation>Mostrar mais {0}</translation>
    </message>
</context>
<context>
    <name>FollowupCardWidget</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="144"/>
        <source>High priority</source>
        <translation>Prioridade alta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="145"/>
        <source>Stay in touch</source>
        <translation>Manter contato</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="157"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="159"/>
        <source>Mark this follow-up as done</source>
        <translation>Marcar este retorno como feito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="161"/>
        <source>Snooze</source>
        <translation>Adiar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="162"/>
        <source>Move this follow-up to later</source>
        <translation>Passar este retorno para mais tarde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="167"/>
        <source>Log this follow-up…</source>
        <translation>Registrar este retorno…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="170"/>
        <source>Log the contact you make for this follow-up; saving it marks the follow-up done</source>
        <translation>Registre o atendimento que você faz para este retorno; ao salvar, o retorno fica marcado como feito</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="210"/>
        <source>Last contacts</source>
        <translation>Últimos atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="220"/>
        <source>No contacts logged yet</source>
        <translation>Nenhum atendimento registrado ainda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="245"/>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="254"/>
        <source>Due {0}</source>
        <translation>Prazo {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="259"/>
        <source>(no note)</source>
        <translation>(sem observação)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="279"/>
        <source>{0}. Press Enter to open the customer.</source>
        <translation>{0}. Pressione Enter para abrir o cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="280"/>
        <source>Mark done: {0}</source>
        <translation>Marcar como feito: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="281"/>
        <source>Snooze: {0}</source>
        <translation>Adiar: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="282"/>
        <source>Log this follow-up: {0}</source>
        <translation>Registrar este retorno: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>Edit follow-up</source>
        <translation>Editar retorno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>New follow-up</source>
        <translation>Novo retorno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="62"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="69"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Prazo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="73"/>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="75"/>
        <source>Optional, e.g. 14:30. Empty: any time that day.</source>
        <translation>Opcional, por exemplo 14:30. Vazio: qualquer horário do dia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="78"/>
        <source>Any time</source>
        <translation>Qualquer horário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="82"/>
        <source>Nobody yet</source>
        <translation>Ninguém ainda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="85"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Responsável:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="87"/>
        <source>&amp;High priority: show it first</source>
        <translation>Prioridade &amp;alta: mostrar primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="88"/>
        <source>Priority:</source>
        <translation>Prioridade:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="91"/>
        <source>What should be done, e.g. “Ring back with the repair quote”</source>
        <translation>O que deve ser feito, por exemplo “Ligar de volta com o orçamento do conserto”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter salva; Shift+Enter começa uma nova linha.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Plan follow-up</source>
        <translation>Agendar retorno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="151"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inativo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="164"/>
        <source>Done {0}; its due date ({1}) stays as it was.</source>
        <translation>Feito {0}; o prazo ({1}) continua como estava.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="168"/>
        <source>Done {0} by {1}; its due date ({2}) stays as it was.</source>
        <translation>Feito {0} por {1}; o prazo ({2}) continua como estava.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="197"/>
        <source>Pick “{0}” from the list of matches, or type another name</source>
        <translation>Escolha “{0}” na lista de resultados ou digite outro nome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="198"/>
        <source>Choose a customer: type a name and pick them from the list</source>
        <translation>Escolha um cliente: digite um nome e selecione-o na lista</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="204"/>
        <source>is {0:,} characters long; the limit is {1:,}</source>
        <translation>tem {0:,} caracteres; o limite é {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="228"/>
        <source>Follow-up planned for {0} on {1}</source>
        <translation>Retorno agendado para {0} em {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="242"/>
        <source>Follow-up for {0} saved</source>
        <translation>Retorno de {0} salvo</translation>
    </message>
</context>
<context>
    <name>FollowupFields</name>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="63"/>
        <source>Type a due date like {0}, or pick one</source>
        <translation>Digite um prazo como {0} ou escolha um</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="80"/>
        <source>&apos;{0}&apos; is not a time like 14:30</source>
        <translation>&apos;{0}&apos; não é um horário como 14:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="87"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="89"/>
        <source>tomorrow</source>
        <translation>amanhã</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="91"/>
        <source>yesterday</source>
        <translation>ontem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="93"/>
        <source>in {0} days</source>
        <translation>em {0} dias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="95"/>
        <source>the day before yesterday — in the past</source>
        <translation>anteontem — no passado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="96"/>
        <source>{0} days ago — in the past</source>
        <translation>há {0} dias — no passado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="117"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="127"/>
        <source>Calendar</source>
        <translation>Calendário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="140"/>
        <location filename="../../ui/dialogs/followup_fields.py" line="143"/>
        <source>Pick a date from the calendar</source>
        <translation>Escolher uma data no calendário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="155"/>
        <source>Tomorrow</source>
        <translation>Amanhã</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="158"/>
        <source>In 2 days</source>
        <translation>Em 2 dias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="161"/>
        <source>Next week</source>
        <translation>Próxima semana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="214"/>
        <source>Type a date like {0}, or use a button.</source>
        <translation>Digite uma data como {0} ou use um botão.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="259"/>
        <source>Type a name, email or phone number…</source>
        <translation>Digite um nome, e-mail ou telefone…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="261"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="269"/>
        <source>Change…</source>
        <translation>Trocar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="272"/>
        <source>Choose another customer</source>
        <translation>Escolher outro cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="327"/>
        <source>No customer matches “{0}”. Check the spelling, or add the customer first.</source>
        <translation>Nenhum cliente corresponde a “{0}”. Confira a grafia ou cadastre o cliente antes.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <location filename="../../ui/models/followup_format.py" line="34"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="35"/>
        <location filename="../../ui/models/followup_format.py" line="170"/>
        <source>Due today</source>
        <translation>Vence hoje</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="36"/>
        <source>Upcoming</source>
        <translation>Próximo</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="37"/>
        <location filename="../../ui/models/followups_model.py" line="82"/>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="40"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="41"/>
        <source>From a contact</source>
        <translation>De um atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="42"/>
        <source>Stay in touch</source>
        <translation>Manter contato</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="43"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="150"/>
        <source>1 day</source>
        <translation>1 dia</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="152"/>
        <source>{0} days</source>
        <translation>{0} dias</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="159"/>
        <source>Overdue by {0}</source>
        <translation>Atrasado há {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="162"/>
        <source>Overdue since {0} today</source>
        <translation>Atrasado desde as {0} de hoje</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="167"/>
        <source>Due today at {0}</source>
        <translation>Vence hoje às {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="172"/>
        <source>Due in {0}</source>
        <translation>Vence em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="177"/>
        <source>Done {0} by {1}</source>
        <translation>Feito em {0} por {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="180"/>
        <source>Done {0}</source>
        <translation>Feito em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="75"/>
        <source>Due</source>
        <translation>Prazo</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="76"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="77"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="78"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="79"/>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="80"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="81"/>
        <source>Origin</source>
        <translation>Origem</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="230"/>
        <source>Click to sort by this column</source>
        <translation>Clique para ordenar por esta coluna</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="231"/>
        <source>This column cannot be sorted</source>
        <translation>Esta coluna não pode ser ordenada</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="275"/>
        <source>Nobody</source>
        <translation>Ninguém</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="286"/>
        <source>{0} at {1}</source>
        <translation>{0} às {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="289"/>
        <source>{0}, any time of the day</source>
        <translation>{0}, a qualquer hora do dia</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="295"/>
        <source>Not assigned to anyone yet</source>
        <translation>Ainda sem responsável</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="299"/>
        <source>Made from a contact: double-click to open that contact</source>
        <translation>Criado a partir de um atendimento: clique duas vezes para abrir esse atendimento</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../ui/pages/followups.py" line="82"/>
        <source>New follow-up</source>
        <translation>Novo retorno</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="83"/>
        <source>Plan a follow-up (Ctrl+Shift+N)</source>
        <translation>Agendar um retorno (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="96"/>
        <source>Follow-ups</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="161"/>
        <source>Plan a follow-up</source>
        <translation>Agendar um retorno</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="162"/>
        <source>Show all follow-ups</source>
        <translation>Mostrar todos os retornos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="181"/>
        <source>{0} overdue</source>
        <translation>{0} atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="268"/>
        <source>{0} follow-ups shown</source>
        <translation>{0} retornos exibidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="270"/>
        <source>1 follow-up shown</source>
        <translation>1 retorno exibido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="272"/>
        <source>{0} overdue in all</source>
        <translation>{0} atrasados no total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="274"/>
        <source>No follow-ups match these filters</source>
        <translation>Nenhum retorno corresponde a estes filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="288"/>
        <source>No open follow-ups</source>
        <translation>Nenhum retorno em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="289"/>
        <source>Nothing is overdue</source>
        <translation>Nada está atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="290"/>
        <source>Nothing is due today</source>
        <translation>Nada vence hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="291"/>
        <source>Nothing planned ahead</source>
        <translation>Nada agendado para os próximos dias</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="292"/>
        <source>No follow-ups done yet</source>
        <translation>Nenhum retorno feito ainda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="293"/>
        <source>No follow-ups yet</source>
        <translation>Nenhum retorno ainda</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="297"/>
        <source>Everything planned is done. Plan the next call-back or check-in with Ctrl+Shift+N.</source>
        <translation>Tudo o que foi agendado está feito. Agende a próxima ligação ou visita de acompanhamento com Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="299"/>
        <source>Every follow-up is on time. Well done!</source>
        <translation>Todos os retornos estão em dia. Muito bem!</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="300"/>
        <source>Nothing needs doing today. Upcoming follow-ups show under “Upcoming”.</source>
        <translation>Nada para fazer hoje. Os próximos retornos aparecem em “Próximos”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="301"/>
        <source>No follow-ups are planned for later days. Plan one with Ctrl+Shift+N.</source>
        <translation>Nenhum retorno agendado para os próximos dias. Agende um com Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="302"/>
        <source>Follow-ups marked done (Ctrl+D) are listed here with who did them and when.</source>
        <translation>Os retornos marcados como feitos (Ctrl+D) aparecem aqui, com quem os fez e quando.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="304"/>
        <source>Plan a call-back or a check-in with Ctrl+Shift+N, and Carebook reminds you when it is due.</source>
        <translation>Agende uma ligação de volta ou um acompanhamento com Ctrl+Shift+N, e o Carebook avisa você quando chegar o prazo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="314"/>
        <source>{0} Only some follow-ups are shown: try “Show all follow-ups”.</source>
        <translation>{0} Só alguns retornos estão sendo exibidos: tente “Mostrar todos os retornos”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="319"/>
        <location filename="../../ui/pages/followups.py" line="320"/>
        <source>The follow-ups could not be read</source>
        <translation>Não foi possível ler os retornos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/followups.py" line="377"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selecionado</numerusform>
            <numerusform>%n selecionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="55"/>
        <source>Is this how the file looks?</source>
        <translation>O arquivo está assim?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="58"/>
        <source>Carebook found the text encoding and the separator by itself. If the names look wrong or everything is in one column, choose another one.</source>
        <translation>O Carebook identificou sozinho a codificação do texto e o separador. Se os nomes estiverem estranhos ou tudo estiver numa coluna só, escolha outra opção.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="72"/>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Codificação do texto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="73"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="80"/>
        <source>The first rows of the file</source>
        <translation>As primeiras linhas do arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="114"/>
        <source>Reading {0} again…</source>
        <translation>Lendo {0} de novo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="137"/>
        <source>{0} (found in the file)</source>
        <translation>{0} (encontrado no arquivo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="143"/>
        <source>Found by Carebook: {0}; {1}.</source>
        <translation>Identificado pelo Carebook: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="153"/>
        <source>(no heading)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="164"/>
        <source>Columns: {0}. The numbers on the left are the lines of the file.</source>
        <translation>Colunas: {0}. Os números à esquerda são as linhas do arquivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="169"/>
        <source>More rows follow: {0:,}.</source>
        <translation>Há mais linhas: {0:,}.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="56"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="57"/>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="58"/>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="59"/>
        <source>Created</source>
        <translation>Criados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="60"/>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="61"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="64"/>
        <source>Earlier imports, newest first</source>
        <translation>Importações anteriores, mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="70"/>
        <source>No imports yet.</source>
        <translation>Nenhuma importação ainda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="72"/>
        <source>&amp;Undo the chosen import</source>
        <translation>&amp;Desfazer a importação escolhida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="118"/>
        <source>Undone {0}</source>
        <translation>Desfeita em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="119"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="139"/>
        <source>Undo this import?</source>
        <translation>Desfazer esta importação?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="141"/>
        <source>Undo import {0}? The rows it created are removed and the fields it changed get their earlier values. If anything was added or changed since, Carebook says so and changes nothing.</source>
        <translation>Desfazer a importação {0}? As linhas criadas por ela são removidas e os campos que ela alterou voltam aos valores anteriores. Se algo foi adicionado ou alterado desde então, o Carebook avisa e não altera nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="145"/>
        <source>Undo the import</source>
        <translation>Desfazer a importação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="146"/>
        <source>Keep it</source>
        <translation>Manter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="149"/>
        <source>Undoing import {0}…</source>
        <translation>Desfazendo a importação {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="163"/>
        <source>rows removed: {0:,}</source>
        <translation>linhas removidas: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="166"/>
        <source>customers given back their earlier values: {0:,}</source>
        <translation>clientes que voltaram aos valores anteriores: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="168"/>
        <source>Import {0} undone — {1}.</source>
        <translation>Importação {0} desfeita — {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="170"/>
        <source>Kept: {0}.</source>
        <translation>Mantidos: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="174"/>
        <source>Import {0} undone</source>
        <translation>Importação {0} desfeita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="180"/>
        <source>Import not undone</source>
        <translation>Importação não desfeita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="190"/>
        <source>Customers (vCard)</source>
        <translation>Clientes (vCard)</translation>
    </message>
</context>
<context>
    <name>ImportMatchesModel</name>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="29"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="30"/>
        <source>In the file</source>
        <translation>No arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="31"/>
        <source>Already in Carebook</source>
        <translation>Já no Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="32"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="33"/>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="36"/>
        <source>Update this customer</source>
        <translation>Atualizar este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="37"/>
        <source>Skip the row</source>
        <translation>Pular a linha</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="38"/>
        <source>Add as a new customer</source>
        <translation>Adicionar como cliente novo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="139"/>
        <source>Double-click or press F2 to choose</source>
        <translation>Clique duas vezes ou pressione F2 para escolher</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="117"/>
        <source>Line</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="122"/>
        <source>The line of the file (the header is line 1)</source>
        <translation>A linha do arquivo (o cabeçalho é a linha 1)</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="144"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="150"/>
        <location filename="../../ui/models/import_preview_model.py" line="193"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="154"/>
        <source>“{0}” is read as {1}</source>
        <translation>“{0}” é lido como {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="188"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="35"/>
        <source>UTF-8 with BOM (Excel “CSV UTF-8”)</source>
        <translation>UTF-8 com BOM (Excel “CSV UTF-8”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="36"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="37"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel “Texto Unicode”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="38"/>
        <source>Windows, Western European (Excel “CSV”)</source>
        <translation>Windows, Europa Ocidental (Excel “CSV”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="41"/>
        <source>Comma ( , )</source>
        <translation>Vírgula ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="42"/>
        <source>Semicolon ( ; )</source>
        <translation>Ponto e vírgula ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="43"/>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="30"/>
        <source>Name: title before it (Dr.)</source>
        <translation>Nome: título antes do nome (Dr.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="31"/>
        <source>Name: first name</source>
        <translation>Nome: primeiro nome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="32"/>
        <source>Name: middle name</source>
        <translation>Nome: nome do meio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="33"/>
        <source>Name: last name</source>
        <translation>Nome: sobrenome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="34"/>
        <source>Name: after it (Jr.)</source>
        <translation>Nome: depois do nome (Jr.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="35"/>
        <source>Nickname (the name when there is no other)</source>
        <translation>Apelido (o nome quando não há outro)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="36"/>
        <source>Phone: mobile (taken first)</source>
        <translation>Telefone: celular (usado primeiro)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="37"/>
        <source>Phone: work</source>
        <translation>Telefone: trabalho</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="38"/>
        <source>Phone: home</source>
        <translation>Telefone: residencial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="39"/>
        <source>Phone: other</source>
        <translation>Telefone: outro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="40"/>
        <source>Address: street</source>
        <translation>Endereço: rua</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="41"/>
        <source>Address: house number</source>
        <translation>Endereço: número</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="42"/>
        <source>Address: PO box</source>
        <translation>Endereço: caixa postal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="43"/>
        <source>Address: postcode</source>
        <translation>Endereço: CEP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="44"/>
        <source>Address: city</source>
        <translation>Endereço: cidade</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="45"/>
        <source>Address: region or state</source>
        <translation>Endereço: estado ou região</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="46"/>
        <source>Address: country</source>
        <translation>Endereço: país</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="47"/>
        <source>Type of the values beside it (Home, Work…)</source>
        <translation>Tipo dos valores ao lado (Residencial, Trabalho…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="48"/>
        <source>Notes, after the column&apos;s heading</source>
        <translation>Observações, depois do título da coluna</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="40"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="41"/>
        <source>Contacts (calls, visits, emails…)</source>
        <translation>Atendimentos (ligações, visitas, e-mails…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="42"/>
        <source>Feedback scores (CSAT, NPS, CES)</source>
        <translation>Notas de avaliação (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="43"/>
        <source>Follow-ups</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="46"/>
        <source>When it happened</source>
        <translation>Quando aconteceu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="47"/>
        <source>Customer&apos;s name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="48"/>
        <source>Customer&apos;s email</source>
        <translation>E-mail do cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="49"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="50"/>
        <source>Direction (inbound/outbound)</source>
        <translation>Sentido (recebido/realizado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="51"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="52"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="53"/>
        <source>Staff member</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="54"/>
        <source>Status (open/resolved)</source>
        <translation>Situação (em aberto/resolvido)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="55"/>
        <source>Resolved at first contact (yes/no)</source>
        <translation>Resolvido no primeiro atendimento (sim/não)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="56"/>
        <source>Resolved at</source>
        <translation>Resolvido em</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="57"/>
        <source>Minutes waited</source>
        <translation>Minutos de espera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="58"/>
        <source>Duration in minutes</source>
        <translation>Duração em minutos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="59"/>
        <source>Received at</source>
        <translation>Recebida em</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="60"/>
        <source>Kind (csat/nps/ces)</source>
        <translation>Tipo (csat/nps/ces)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="61"/>
        <source>Score</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="62"/>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="63"/>
        <source>Due date</source>
        <translation>Data do prazo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="64"/>
        <source>Due time</source>
        <translation>Hora do prazo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="65"/>
        <source>Assigned to</source>
        <translation>Responsável</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="66"/>
        <source>Note</source>
        <translation>Observação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="67"/>
        <source>Priority (normal/high)</source>
        <translation>Prioridade (normal/alta)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="68"/>
        <source>Done at</source>
        <translation>Feito em</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="125"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="131"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="132"/>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="197"/>
        <source>Earlier imports</source>
        <translation>Importações anteriores</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="61"/>
        <source>{0:,} / {1:,}: {2:,} too many</source>
        <translation>{0:,} / {1:,}: {2:,} a mais</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="63"/>
        <source>{0:,} / {1:,}</source>
        <translation>{0:,} / {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="65"/>
        <source>{0:,} of {1:,} characters used</source>
        <translation>{0:,} de {1:,} caracteres usados</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_actions.py" line="57"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Novo cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="63"/>
        <source>&amp;Log a contact…</source>
        <translation>Registrar &amp;atendimento…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="69"/>
        <source>New &amp;follow-up…</source>
        <translation>Novo re&amp;torno…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="75"/>
        <source>Record a &amp;score…</source>
        <translation>Registrar n&amp;ota…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="87"/>
        <source>&amp;Back up now</source>
        <translation>Fazer &amp;backup agora</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="90"/>
        <source>Backups and &amp;restore…</source>
        <translation>Backups e &amp;restauração…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="93"/>
        <source>&amp;Move this shop to a server…</source>
        <translation>&amp;Mover esta loja para um servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="99"/>
        <source>Find &amp;duplicates…</source>
        <translation>Encontrar &amp;duplicados…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="102"/>
        <source>&amp;Connect to the shop&apos;s server…</source>
        <translation>&amp;Conectar ao servidor da loja…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="111"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Encontrar um cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="115"/>
        <source>Shop &amp;settings…</source>
        <translation>&amp;Configurações da loja…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="119"/>
        <source>S&amp;taff…</source>
        <translation>E&amp;quipe…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="122"/>
        <source>&amp;Who is at the counter…</source>
        <translation>Quem está no &amp;balcão…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="129"/>
        <source>Show &amp;toolbar</source>
        <translation>Mostrar barra de &amp;ferramentas</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="135"/>
        <source>&amp;System colours</source>
        <translation>Cores do &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="136"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="137"/>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="154"/>
        <source>&amp;Next record</source>
        <translation>&amp;Próximo registro</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="160"/>
        <source>&amp;Previous record</source>
        <translation>Registro &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="173"/>
        <source>&amp;About Carebook</source>
        <translation>&amp;Sobre o Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="177"/>
        <source>About &amp;Qt</source>
        <translation>Sobre o &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="224"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="229"/>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="230"/>
        <source>&amp;Colours</source>
        <translation>&amp;Cores</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="236"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="241"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="248"/>
        <source>New customer</source>
        <translation>Novo cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="249"/>
        <source>Log contact</source>
        <translation>Registrar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="250"/>
        <source>New follow-up</source>
        <translation>Novo retorno</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="276"/>
        <source>Everywhere</source>
        <translation>Em todo lugar</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Find a customer first, then record their score</source>
        <translation>Encontre primeiro um cliente e depois registre a nota dele</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Data: {0}</source>
        <translation>Dados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Carebook keeps its data in {0}</source>
        <translation>O Carebook guarda os dados em {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="62"/>
        <source>Which column is which?</source>
        <translation>Qual coluna é qual?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="65"/>
        <source>Carebook matched the columns by their headings. Change any choice; columns set to “Leave out” are not imported. Required columns are marked with *.</source>
        <translation>O Carebook associou as colunas pelos títulos. Altere qualquer escolha; as colunas marcadas como “Deixar de fora” não são importadas. As colunas obrigatórias estão marcadas com *.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="75"/>
        <source>Columns of the file</source>
        <translation>Colunas do arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="110"/>
        <source>{0} file: Carebook knows its columns.</source>
        <translation>Arquivo do {0}: o Carebook conhece as colunas dele.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="112"/>
        <source>Your choices for a file with these headings are used again.</source>
        <translation>As suas escolhas para um arquivo com estes títulos são usadas de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Column of the file</source>
        <translation>Coluna do arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Imported as</source>
        <translation>Importada como</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="136"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="205"/>
        <source>(no heading)</source>
        <translation>(sem título)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="140"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="146"/>
        <source>Import the column “{0}” as</source>
        <translation>Importar a coluna “{0}” como</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="147"/>
        <source>Leave out</source>
        <translation>Deixar de fora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="197"/>
        <source>Choose a file column for: {0}.</source>
        <translation>Escolha uma coluna do arquivo para: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="201"/>
        <source>{0} of {1} columns will be imported.</source>
        <translation>{0} de {1} colunas serão importadas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="204"/>
        <source>{0} (values: {1:,})</source>
        <translation>{0} (valores: {1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="208"/>
        <source>Not imported: {0}.</source>
        <translation>Não importadas: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="210"/>
        <source>Not imported, empty in every row: {0}.</source>
        <translation>Não importadas, vazias em todas as linhas: {0}.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="70"/>
        <source>Customers you already have</source>
        <translation>Clientes que você já tem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="73"/>
        <source>These rows look like customers already in Carebook (same email, same phone or a very similar name). Choose for each: update the customer, skip the row, or add a new customer.</source>
        <translation>Estas linhas parecem ser clientes que já estão no Carebook (mesmo e-mail, mesmo telefone ou nome muito parecido). Escolha para cada uma: atualizar o cliente, pular a linha ou adicionar um cliente novo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="93"/>
        <source>Rows that match customers already in Carebook</source>
        <translation>Linhas que correspondem a clientes já cadastrados no Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>&amp;Update</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>S&amp;kip</source>
        <translation>&amp;Pular</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>Add as &amp;new</source>
        <translation>Adicionar como &amp;novo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="104"/>
        <source>For the chosen rows:</source>
        <translation>Para as linhas escolhidas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="111"/>
        <source>Apply to &amp;all rows</source>
        <translation>Aplicar a &amp;todas as linhas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="127"/>
        <source>Looking for customers you already have…</source>
        <translation>Procurando clientes que você já tem…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="153"/>
        <source>Could not look for matching customers: {0}</source>
        <translation>Não foi possível procurar clientes correspondentes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="168"/>
        <source>No row matches a customer you already have: every row is new.</source>
        <translation>Nenhuma linha corresponde a um cliente que você já tem: todas as linhas são novas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="172"/>
        <source>Matching rows: {0:,} — to update: {1:,}, to skip: {2:,}, to add as new: {3:,}.</source>
        <translation>Linhas correspondentes: {0:,} — a atualizar: {1:,}, a pular: {2:,}, a adicionar como novos: {3:,}.</translation>
    </message>
</context>
<context>
    <name>MergeCompare</name>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="124"/>
        <source>Record kept</source>
        <translation>Cadastro mantido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="130"/>
        <source>Keep #{0}</source>
        <translation>Manter nº {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="133"/>
        <source>Keep customer number {0}; the other record is merged into it</source>
        <translation>Manter o cliente número {0}; o outro cadastro é mesclado nele</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="146"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="148"/>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="160"/>
        <source>Every contact, follow-up, score and tag of the other record moves to the record kept.</source>
        <translation>Todos os atendimentos, retornos, notas e etiquetas do outro cadastro passam para o cadastro mantido.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="176"/>
        <source>Contacts: {0} · Follow-ups: {1} · Scores: {2}</source>
        <translation>Atendimentos: {0} · Retornos: {1} · Notas: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="186"/>
        <source>(empty on both)</source>
        <translation>(vazio nos dois)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="198"/>
        <source>(empty)</source>
        <translation>(vazio)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="204"/>
        <source>Both</source>
        <translation>Os dois</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="206"/>
        <source>Keep both texts, one after the other</source>
        <translation>Manter os dois textos, um depois do outro</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Duplicates and merge</source>
        <translation>Duplicados e mesclagem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="70"/>
        <source>Likely duplicates</source>
        <translation>Prováveis duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="71"/>
        <source>Merged earlier</source>
        <translation>Mesclados antes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="93"/>
        <source>Likely duplicates, most likely first</source>
        <translation>Prováveis duplicados, os mais prováveis primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="111"/>
        <source>Look &amp;again</source>
        <translation>Procurar de &amp;novo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="121"/>
        <source>Choose a pair on the left to compare the two records.</source>
        <translation>Escolha um par à esquerda para comparar os dois cadastros.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="127"/>
        <source>The two customers side by side</source>
        <translation>Os dois clientes lado a lado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="136"/>
        <source>&amp;Merge</source>
        <translation>&amp;Mesclar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="171"/>
        <source>Looking for customers entered twice…</source>
        <translation>Procurando clientes cadastrados duas vezes…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="187"/>
        <source>No likely duplicates: no two customers share an email, a phone or a very similar name.</source>
        <translation>Nenhum provável duplicado: não há dois clientes com o mesmo e-mail, telefone ou nome muito parecido.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="197"/>
        <source>Could not look for duplicates: {0}</source>
        <translation>Não foi possível procurar duplicados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="218"/>
        <source>One of these customers no longer exists. Click “Look again”.</source>
        <translation>Um destes clientes não existe mais. Clique em “Procurar de novo”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="231"/>
        <source>Merge the other record into customer #{0}</source>
        <translation>Mesclar o outro cadastro no cliente nº {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="242"/>
        <source>Merge these records?</source>
        <translation>Mesclar estes cadastros?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="244"/>
        <source>Merge “{0}” (#{1}) into “{2}” (#{3})?

Every contact, follow-up, score and tag moves to #{3}, which takes the values you chose; #{1} is removed. You can undo the merge later.</source>
        <translation>Mesclar “{0}” (nº {1}) em “{2}” (nº {3})?

Todos os atendimentos, retornos, notas e etiquetas passam para o nº {3}, que fica com os valores que você escolheu; o nº {1} é removido. Você pode desfazer a mesclagem depois.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="247"/>
        <source>Merge</source>
        <translation>Mesclar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="248"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Not merged</source>
        <translation>Não mesclado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Merged into “{0}”. Moved — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>Mesclado em “{0}”. Movidos — atendimentos: {1}, retornos: {2}, notas: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>No more likely duplicates.</source>
        <translation>Não há mais prováveis duplicados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Kept</source>
        <translation>Mantido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Merged into it</source>
        <translation>Mesclado nele</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="299"/>
        <source>Merges, newest first</source>
        <translation>Mesclagens, mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="303"/>
        <source>No merges yet.</source>
        <translation>Nenhuma mesclagem ainda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="305"/>
        <source>Undo &amp;merge</source>
        <translation>Desfazer a mes&amp;clagem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="311"/>
        <source>Undoing a merge brings back the record merged away, with its own contacts, follow-ups, scores and tags, and puts the record kept back as it was.</source>
        <translation>Desfazer uma mesclagem traz de volta o cadastro que foi mesclado, com os próprios atendimentos, retornos, notas e etiquetas, e deixa o cadastro mantido como estava antes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="329"/>
        <source>#{0} (no longer exists)</source>
        <translation>nº {0} (não existe mais)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="331"/>
        <source>Undone {0}</source>
        <translation>Desfeita em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="333"/>
        <source>Merged</source>
        <translation>Mesclado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="360"/>
        <source>Merge not undone</source>
        <translation>Mesclagem não desfeita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="363"/>
        <source>Merge undone: both records are back</source>
        <translation>Mesclagem desfeita: os dois cadastros voltaram</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="365"/>
        <source>Merge undone: customer #{0} is back (contacts: {1}).</source>
        <translation>Mesclagem desfeita: o cliente nº {0} voltou (atendimentos: {1}).</translation>
    </message>
</context>
<context>
    <name>MonthPicker</name>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="34"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="61"/>
        <source>Previous month</source>
        <translation>Mês anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="62"/>
        <source>Next month</source>
        <translation>Próximo mês</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="65"/>
        <source>Month</source>
        <translation>Mês</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="74"/>
        <source>Year</source>
        <translation>Ano</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="163"/>
        <source>Previous month: {0}</source>
        <translation>Mês anterior: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="166"/>
        <source>Next month: {0}</source>
        <translation>Próximo mês: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="168"/>
        <source>Month shown: {0}</source>
        <translation>Mês exibido: {0}</translation>
    </message>
</context>
<context>
    <name>MoveShopDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="50"/>
        <source>Move this shop to a server</source>
        <translation>Mover esta loja para um servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="53"/>
        <source>Move this shop</source>
        <translation>Mover esta loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="57"/>
        <source>Copy every customer, contact, follow-up, score, setting and the import and merge history into an empty database: on the shop&apos;s server, so several counters can work together, or into a new file. This shop stays as it is.</source>
        <translation>Copiar todos os clientes, atendimentos, retornos, notas, configurações e o histórico de importações e mesclagens para um banco de dados vazio: no servidor da loja, para que vários balcões trabalhem juntos, ou para um arquivo novo. Esta loja continua como está.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="67"/>
        <source>postgresql://shop@back-office/shop, or a file</source>
        <translation>postgresql://shop@back-office/shop, ou um arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="68"/>
        <source>Where to copy the shop</source>
        <translation>Para onde copiar a loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="71"/>
        <source>Choose a &amp;file…</source>
        <translation>Escolher um &amp;arquivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="76"/>
        <source>&amp;Server address or file:</source>
        <translation>Endereço do &amp;servidor ou arquivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="79"/>
        <source>The database must be empty; your server&apos;s administrator creates it (see the README).</source>
        <translation>O banco de dados precisa estar vazio; o administrador do seu servidor cria o banco (veja o README).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="95"/>
        <source>&amp;Copy the shop</source>
        <translation>&amp;Copiar a loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="98"/>
        <source>&amp;Open the new shop</source>
        <translation>Abrir a loja &amp;nova</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="132"/>
        <source>Copy the shop into a new file</source>
        <translation>Copiar a loja para um arquivo novo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="133"/>
        <source>Carebook files (*.sqlite3)</source>
        <translation>Arquivos do Carebook (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="145"/>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="169"/>
        <source>Copied to {0}. Customers: {1}, contacts: {2}, follow-ups: {3}, scores: {4}. Checked: every table holds the same number of rows and the figures of all {5} months are the same.</source>
        <translation>Copiado para {0}. Clientes: {1}, atendimentos: {2}, retornos: {3}, notas: {4}. Verificado: todas as tabelas têm o mesmo número de linhas e os números de todos os {5} meses são iguais.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="187"/>
        <source>Nothing was copied: {0}</source>
        <translation>Nada foi copiado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="213"/>
        <source>The new shop could not be opened</source>
        <translation>Não foi possível abrir a loja nova</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the server</source>
        <translation>o servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the file</source>
        <translation>o arquivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="221"/>
        <source>Carebook now works with the shop on {0}: {1}</source>
        <translation>O Carebook agora trabalha com a loja em {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../ui/pdf_printing.py" line="104"/>
        <source>There is nothing to print yet.</source>
        <translation>Ainda não há nada para imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="107"/>
        <source>The chosen pages are not in this document.</source>
        <translation>As páginas escolhidas não estão neste documento.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="111"/>
        <source>The printer could not be started. Check that it is connected and ready.</source>
        <translation>Não foi possível iniciar a impressora. Verifique se ela está conectada e pronta.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="125"/>
        <source>The printer stopped accepting pages.</source>
        <translation>A impressora parou de aceitar páginas.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="132"/>
        <source>Page {0} could not be drawn for printing.</source>
        <translation>Não foi possível preparar a página {0} para impressão.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="155"/>
        <source>Print {0}</source>
        <translation>Imprimir {0}</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="45"/>
        <source>Report preview</source>
        <translation>Visualização do relatório</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="62"/>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="69"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="72"/>
        <source>Fit to width</source>
        <translation>Ajustar à largura</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="75"/>
        <source>Whole page</source>
        <translation>Página inteira</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="80"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="84"/>
        <source>Page number</source>
        <translation>Número da página</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="89"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="189"/>
        <source>Page </source>
        <translation>Página </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="90"/>
        <source>Next page</source>
        <translation>Próxima página</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="181"/>
        <source>No pages</source>
        <translation>Nenhuma página</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="184"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="191"/>
        <source> of {0}</source>
        <translation> de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="201"/>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="264"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="265"/>
        <source>Zoom {0}%</source>
        <translation>Zoom {0}%</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="72"/>
        <source>Check the rows</source>
        <translation>Confira as linhas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="75"/>
        <source>Every row as it will be imported. Marked cells cannot be imported: point at one to see why.</source>
        <translation>Todas as linhas como serão importadas. As células marcadas não podem ser importadas: aponte para uma delas para ver o motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="89"/>
        <source>Rows of the file, bad cells marked</source>
        <translation>Linhas do arquivo, com as células com erro marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="94"/>
        <source>Show only the rows with problems</source>
        <translation>Mostrar só as linhas com problemas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="119"/>
        <source>Checking the rows ({0:,})…</source>
        <translation>Conferindo as linhas ({0:,})…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="159"/>
        <source>Good rows: {0:,}. Rows with problems: {1:,} (marked). Fix them in the file and start again, or skip them.</source>
        <translation>Linhas corretas: {0:,}. Linhas com problemas: {1:,} (marcadas). Corrija-as no arquivo e comece de novo, ou pule essas linhas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="164"/>
        <source>&amp;Skip the rows with problems ({0:,}) and import the others ({1:,})</source>
        <translation>&amp;Pular as linhas com problemas ({0:,}) e importar as outras ({1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="173"/>
        <source>Every row is good ({0:,}).</source>
        <translation>Todas as linhas estão corretas ({0:,}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="183"/>
        <source>The rows could not be checked: {0}</source>
        <translation>Não foi possível conferir as linhas: {0}</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <location filename="../../ui/widgets/reconnect_bar.py" line="14"/>
        <source>Reconnecting to the shop&apos;s server…</source>
        <translation>Reconectando ao servidor da loja…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="52"/>
        <source>Open Today</source>
        <translation>Abrir Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="58"/>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="59"/>
        <source>Dismiss the reminder</source>
        <translation>Dispensar o lembrete</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="95"/>
        <source>Follow-up due:</source>
        <translation>Retorno a fazer:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="100"/>
        <source>{0} follow-ups due:</source>
        <translation>{0} retornos a fazer:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="105"/>
        <source>{0} and {1} more</source>
        <translation>{0} e mais {1}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="144"/>
        <source>Stay-in-touch follow-ups were not planned: {0}</source>
        <translation>Os retornos de “manter contato” não foram agendados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="213"/>
        <source>Follow-up due: {0}</source>
        <translation>Retorno a fazer: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="217"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n retorno pendente</numerusform>
            <numerusform>%n retornos pendentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../ui/pages/report_files.py" line="52"/>
        <source>Cannot save the report: {0} is a folder.</source>
        <translation>Não é possível salvar o relatório: {0} é uma pasta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="56"/>
        <source>Cannot save the report: the folder {0} does not exist.</source>
        <translation>Não é possível salvar o relatório: a pasta {0} não existe.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="84"/>
        <location filename="../../ui/pages/report_files.py" line="97"/>
        <source>Cannot prepare the report for the viewer in {0}: {1}.</source>
        <translation>Não é possível preparar o relatório para o visualizador em {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="32"/>
        <source>Carebook summary {0}</source>
        <translation>Resumo do Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="40"/>
        <source>Save the monthly summary</source>
        <translation>Salvar o resumo mensal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="47"/>
        <source>Report not saved</source>
        <translation>Relatório não salvo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="58"/>
        <source>Saved the summary as {0}</source>
        <translation>Resumo salvo como {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="71"/>
        <source>Printing the summary…</source>
        <translation>Imprimindo o resumo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="72"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="77"/>
        <source>Printing</source>
        <translation>Imprimindo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="86"/>
        <source>Not printed</source>
        <translation>Não impresso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="94"/>
        <source>Sent the summary for {0} to the printer</source>
        <translation>Resumo de {0} enviado para a impressora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="100"/>
        <source>Cannot open the report</source>
        <translation>Não é possível abrir o relatório</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="107"/>
        <source>No PDF viewer opened the report. It is saved as {0}; use Save as… to keep a copy.</source>
        <translation>Nenhum visualizador de PDF abriu o relatório. Ele está salvo como {0}; use Salvar como… para guardar uma cópia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="76"/>
        <location filename="../../ui/pages/reports.py" line="285"/>
        <location filename="../../ui/pages/reports.py" line="286"/>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="85"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvar como…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="91"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Abrir no visualizador de PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="97"/>
        <source>Zoom in</source>
        <translation>Aumentar zoom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="101"/>
        <source>Zoom out</source>
        <translation>Diminuir zoom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="125"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="234"/>
        <source>The PDF that was made cannot be shown.</source>
        <translation>Não é possível mostrar o PDF gerado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250"/>
        <source>The summary for {0} could not be made</source>
        <translation>Não foi possível gerar o resumo de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="259"/>
        <source>Making the summary for {0}…</source>
        <translation>Gerando o resumo de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="260"/>
        <source>Counting the month&apos;s contacts, scores and follow-ups. A busy month takes a few seconds.</source>
        <translation>Contando os atendimentos, notas e retornos do mês. Um mês movimentado leva alguns segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>Making the summary for {0}</source>
        <translation>Gerando o resumo de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="294"/>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="296"/>
        <source>{0} pages</source>
        <translation>{0} páginas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="298"/>
        <source>Monthly summary for {0} · {1} · made at {2}</source>
        <translation>Resumo mensal de {0} · {1} · gerado às {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="302"/>
        <source>Monthly summary for {0}</source>
        <translation>Resumo mensal de {0}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="37"/>
        <location filename="../../ui/dialogs/import_run.py" line="81"/>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="38"/>
        <location filename="../../ui/dialogs/import_run.py" line="82"/>
        <source>All rows are written in one go.</source>
        <translation>Todas as linhas são gravadas de uma vez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="42"/>
        <source>Import progress</source>
        <translation>Andamento da importação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="47"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar a importação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="49"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Desfazer esta importação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="52"/>
        <source>Imports, newest first</source>
        <translation>Importações, mais recentes primeiro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="85"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="86"/>
        <source>Cancel stops the import; nothing is written then.</source>
        <translation>Cancelar interrompe a importação; nesse caso nada é gravado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="126"/>
        <source>Checked {0:,} of {1:,} rows…</source>
        <translation>{0:,} de {1:,} linhas conferidas…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="128"/>
        <source>Writing…</source>
        <translation>Gravando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="136"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="137"/>
        <source>Import number {0} is saved.</source>
        <translation>A importação número {0} foi salva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="141"/>
        <source>This is import number {0}. It can be undone: the rows it created are removed and the fields it changed are put back.</source>
        <translation>Esta é a importação número {0}. Ela pode ser desfeita: as linhas criadas são removidas e os campos alterados voltam ao que eram.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="152"/>
        <source>Nothing was imported</source>
        <translation>Nada foi importado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="153"/>
        <source>The import failed and nothing was written: {0}</source>
        <translation>A importação falhou e nada foi gravado: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="157"/>
        <source>Import cancelled</source>
        <translation>Importação cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="158"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>A importação foi cancelada. Nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="165"/>
        <source>The database is as it was before.</source>
        <translation>O banco de dados está como antes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="187"/>
        <source>Import undone</source>
        <translation>Importação desfeita</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="188"/>
        <source>Import number {0} was taken back.</source>
        <translation>A importação número {0} foi desfeita.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="195"/>
        <location filename="../../ui/dialogs/import_run.py" line="199"/>
        <source>new customers: {0:,}</source>
        <translation>clientes novos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="196"/>
        <source>new contacts: {0:,}</source>
        <translation>atendimentos novos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="197"/>
        <source>new scores: {0:,}</source>
        <translation>notas novas: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="198"/>
        <source>new follow-ups: {0:,}</source>
        <translation>retornos novos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="203"/>
        <source>customers updated: {0:,}</source>
        <translation>clientes atualizados: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="205"/>
        <source>customers added for the rows: {0:,}</source>
        <translation>clientes adicionados pelas linhas: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="207"/>
        <source>rows already stored: {0:,}</source>
        <translation>linhas já gravadas: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="208"/>
        <source>Imported from {0} — {1}.</source>
        <translation>Importado de {0} — {1}.</translation>
    </message>
</context>
<context>
    <name>SatisfactionPage</name>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="66"/>
        <location filename="../../ui/pages/satisfaction.py" line="273"/>
        <source>Updating…</source>
        <translation>Atualizando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="101"/>
        <source>CSAT % by month</source>
        <translation>CSAT % por mês</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="104"/>
        <source>NPS by month</source>
        <translation>NPS por mês</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="106"/>
        <source>Contacts per channel</source>
        <translation>Atendimentos por canal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="107"/>
        <source>Promoters, passives and detractors</source>
        <translation>Promotores, neutros e detratores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="109"/>
        <source>Working out the figures…</source>
        <translation>Calculando os números…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="135"/>
        <source>By staff member</source>
        <translation>Por funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="144"/>
        <source>Satisfaction figures and charts</source>
        <translation>Números e gráficos de satisfação</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="196"/>
        <source>Figures per staff member</source>
        <translation>Números por funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="253"/>
        <source>{0}, compared with {1}</source>
        <translation>{0}, comparado com {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="257"/>
        <source>{0} so far (days 1–{2}), compared with the same days of {1}</source>
        <translation>{0} até agora (dias 1–{2}), comparado com os mesmos dias de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="284"/>
        <source>the same days of {0}</source>
        <translation>os mesmos dias de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="288"/>
        <source>No contacts in this month</source>
        <translation>Nenhum atendimento neste mês</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="289"/>
        <source>No NPS responses in this month</source>
        <translation>Nenhuma resposta de NPS neste mês</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="302"/>
        <source>Nothing was recorded in {0} yet. Log contacts with Ctrl+L and record the customer&apos;s score there; the figures and charts fill in as you go.</source>
        <translation>Nada foi registrado em {0} ainda. Registre atendimentos com Ctrl+L e anote ali a nota do cliente; os números e gráficos vão se preenchendo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="314"/>
        <source>No CSAT responses in these 12 months</source>
        <translation>Nenhuma resposta de CSAT nestes 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="315"/>
        <source>No NPS responses in these 12 months</source>
        <translation>Nenhuma resposta de NPS nestes 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="318"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="326"/>
        <source>The figures could not be read: {0}</source>
        <translation>Não foi possível ler os números: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="30"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>1 response</source>
        <translation>1 resposta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="31"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>{0} responses</source>
        <translation>{0} respostas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="61"/>
        <source>{0}: {1} contacts ({2} of all contacts)</source>
        <translation>{0}: {1} atendimentos ({2} de todos os atendimentos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="72"/>
        <source>Promoters (9–10)</source>
        <translation>Promotores (9–10)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="73"/>
        <source>Passives (7–8)</source>
        <translation>Neutros (7–8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="74"/>
        <source>Detractors (0–6)</source>
        <translation>Detratores (0–6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="85"/>
        <source>no NPS responses</source>
        <translation>nenhuma resposta de NPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="86"/>
        <source>{0} · NPS {1}</source>
        <translation>{0} · NPS {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="93"/>
        <source>1 contact</source>
        <translation>1 atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="94"/>
        <source>{0} contacts</source>
        <translation>{0} atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="48"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Satisfação (CSAT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="49"/>
        <source>100 × CSAT scores of 4 or 5 ÷ all CSAT responses received in the month (scores go from 1 to 5).
Higher is better: 80% or more is good.</source>
        <translation>100 × notas de CSAT 4 ou 5 ÷ todas as respostas de CSAT recebidas no mês (as notas vão de 1 a 5).
Quanto maior, melhor: 80% ou mais é bom.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="59"/>
        <source>Net promoter (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="60"/>
        <source>100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses received in the month (scores go from 0 to 10); it ranges from −100 to 100.
Higher is better: above 0 is good, above 50 is excellent.</source>
        <translation>100 × (notas 9–10 menos notas 0–6) ÷ todas as respostas de NPS recebidas no mês (as notas vão de 0 a 10); o valor vai de −100 a 100.
Quanto maior, melhor: acima de 0 é bom, acima de 50 é excelente.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="71"/>
        <source>Effort (CES, 1–7)</source>
        <translation>Esforço (CES, 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="72"/>
        <source>The mean CES score received in the month, from 1 (very hard) to 7 (very easy).
Higher is better: 5 or more means most customers found it easy.</source>
        <translation>A nota média de CES recebida no mês, de 1 (muito difícil) a 7 (muito fácil).
Quanto maior, melhor: 5 ou mais significa que a maioria dos clientes achou fácil.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="82"/>
        <source>First-contact resolution</source>
        <translation>Resolução no primeiro atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="83"/>
        <source>100 × inbound contacts resolved at the first contact ÷ all inbound contacts of the month.
Higher is better: 70% or more is good.</source>
        <translation>100 × atendimentos recebidos resolvidos no primeiro atendimento ÷ todos os atendimentos recebidos no mês.
Quanto maior, melhor: 70% ou mais é bom.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="93"/>
        <source>Self-service share</source>
        <translation>Parcela de autoatendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="94"/>
        <source>100 × self-service contacts ÷ all contacts of the month.
A higher share means more customers found their answer on their own.</source>
        <translation>100 × atendimentos por autoatendimento ÷ todos os atendimentos do mês.
Uma parcela maior significa que mais clientes encontraram a resposta sozinhos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="104"/>
        <source>Median resolution time</source>
        <translation>Tempo mediano de resolução</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="105"/>
        <source>The middle value of the time from contact to resolution, over the month&apos;s resolved contacts (half took longer, half were quicker).
Lower is better.</source>
        <translation>O valor do meio do tempo entre o atendimento e a resolução, nos atendimentos resolvidos do mês (metade levou mais, metade foi mais rápida).
Quanto menor, melhor.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="115"/>
        <source>Median wait</source>
        <translation>Espera mediana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="116"/>
        <source>The middle value of the minutes customers waited, over the month&apos;s inbound contacts with a recorded wait.
Lower is better.</source>
        <translation>O valor do meio dos minutos de espera dos clientes, nos atendimentos recebidos no mês com espera registrada.
Quanto menor, melhor.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="126"/>
        <source>Follow-ups on time</source>
        <translation>Retornos no prazo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="127"/>
        <source>Of the follow-ups due in the month, those done by their due date (and time, when one was set).
Higher is better: aim for all of them.</source>
        <translation>Dos retornos com prazo no mês, os que foram feitos até a data do prazo (e o horário, quando definido).
Quanto maior, melhor: o ideal é todos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="137"/>
        <source>Contacts</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="138"/>
        <source>Every contact logged with a time in the month (the shop&apos;s local time).</source>
        <translation>Todo atendimento registrado com horário no mês (horário local da loja).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="146"/>
        <source>New customers</source>
        <translation>Clientes novos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="147"/>
        <source>Customers added to Carebook in the month.</source>
        <translation>Clientes cadastrados no Carebook no mês.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="189"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="290"/>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="193"/>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="195"/>
        <source>{0} d</source>
        <translation>{0} d</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="207"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="291"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="212"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="222"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="223"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="224"/>
        <source>no responses this month</source>
        <translation>nenhuma resposta neste mês</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="225"/>
        <source>no inbound contacts</source>
        <translation>nenhum atendimento recebido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="226"/>
        <source>no contacts resolved</source>
        <translation>nenhum atendimento resolvido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="227"/>
        <source>no waits recorded</source>
        <translation>nenhuma espera registrada</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="228"/>
        <source>no contacts</source>
        <translation>nenhum atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="229"/>
        <source>no follow-ups due</source>
        <translation>nenhum retorno com prazo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="253"/>
        <source>of 1 inbound contact</source>
        <translation>de 1 atendimento recebido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="254"/>
        <source>of {0} inbound contacts</source>
        <translation>de {0} atendimentos recebidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="259"/>
        <source>1 still open</source>
        <translation>1 ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="260"/>
        <source>{0} still open</source>
        <translation>{0} ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="264"/>
        <source>{0} hours · {1}</source>
        <translation>{0} horas · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="267"/>
        <source>inbound contacts</source>
        <translation>atendimentos recebidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="269"/>
        <source>{0} of {1} contacts</source>
        <translation>{0} de {1} atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="274"/>
        <source>{0} done on time</source>
        <translation>{0} feitos no prazo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="277"/>
        <source>1 overdue now</source>
        <translation>1 atrasado agora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="278"/>
        <source>{0} overdue now</source>
        <translation>{0} atrasados agora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="280"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="282"/>
        <source>{0} inbound · {1} open</source>
        <translation>{0} recebidos · {1} em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="283"/>
        <source>added in the month</source>
        <translation>cadastrados no mês</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="287"/>
        <source>{0} pts</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="300"/>
        <source>no comparison: one of the two months has no data</source>
        <translation>sem comparação: um dos dois meses não tem dados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="313"/>
        <source>no change from {0}</source>
        <translation>sem variação em relação a {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="319"/>
        <source>up {0} from {1}</source>
        <translation>{0} a mais que {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="321"/>
        <source>down {0} from {1}</source>
        <translation>{0} a menos que {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="324"/>
        <source>{0} (better)</source>
        <translation>{0} (melhor)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="326"/>
        <source>{0} (worse)</source>
        <translation>{0} (pior)</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../ui/save_target.py" line="25"/>
        <source>{0} was not replaced: {1}. Choose another file.</source>
        <translation>{0} não foi substituído: {1}. Escolha outro arquivo.</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="37"/>
        <source>Replace the file?</source>
        <translation>Substituir o arquivo?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="38"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} já existe. Substituir?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Substituir</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="40"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="38"/>
        <source>Record a score</source>
        <translation>Registrar nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="50"/>
        <source>Customer:</source>
        <translation>Cliente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="78"/>
        <source>&amp;Score:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="80"/>
        <source>What the customer said, if anything</source>
        <translation>O que o cliente disse, se disse algo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="81"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Comentário:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="82"/>
        <source>Record score</source>
        <translation>Registrar nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="113"/>
        <source>pick a score from the buttons or type its number</source>
        <translation>escolha uma nota nos botões ou digite o número</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="122"/>
        <source>{0} {1} recorded</source>
        <translation>{0} {1} registrado</translation>
    </message>
</context>
<context>
    <name>ScorePicker</name>
    <message>
        <location filename="../../ui/widgets/score_picker.py" line="48"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/score_picker.py" line="79"/>
        <source>not given</source>
        <translation>não informada</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="136"/>
        <source>Find a customer (Ctrl+K)</source>
        <translation>Encontrar um cliente (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="137"/>
        <source>Find a customer</source>
        <translation>Encontrar um cliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="139"/>
        <source>Type a name, company, email or phone number; use the arrow keys and Enter to open one.</source>
        <translation>Digite nome, empresa, e-mail ou telefone; use as setas e Enter para abrir um cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="232"/>
        <source>No customer matches “{0}”. Press Ctrl+N to add a new customer.</source>
        <translation>Nenhum cliente corresponde a “{0}”. Pressione Ctrl+N para adicionar um cliente novo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="241"/>
        <source>Search failed: {0}</source>
        <translation>A busca falhou: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="98"/>
        <source>Matching customers</source>
        <translation>Clientes encontrados</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>“{0}” is not a country of the list: type part of its name and pick it</source>
        <translation>“{0}” não é um país da lista: digite parte do nome e selecione-o</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="59"/>
        <source>Shop settings</source>
        <translation>Configurações da loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>e.g. Corner Bikes</source>
        <translation>por exemplo Bicicletaria da Esquina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nome da loja:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>No logo</source>
        <translation>Sem logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="73"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Choose a logo file</source>
        <translation>Escolha um arquivo de logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="80"/>
        <source>A PNG or JPEG image printed at the top of monthly reports.</source>
        <translation>Uma imagem PNG ou JPEG impressa no alto dos relatórios mensais.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="88"/>
        <source>&amp;Phone region:</source>
        <translation>&amp;Região dos telefones:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Phone numbers typed without a country code belong to this country.</source>
        <translation>Os telefones digitados sem código do país são deste país.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="93"/>
        <source>This computer&apos;s time zone</source>
        <translation>Fuso horário deste computador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="98"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuso horário:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Days, months and due dates follow this zone.</source>
        <translation>Os dias, meses e prazos seguem este fuso.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="105"/>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="107"/>
        <source>P&amp;aper size:</source>
        <translation>&amp;Tamanho do papel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="115"/>
        <source>&amp;Report language:</source>
        <translation>&amp;Idioma do relatório:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="117"/>
        <source>The language of the monthly PDF, whatever language each counter uses.</source>
        <translation>O idioma do PDF mensal, seja qual for o idioma de cada balcão.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="122"/>
        <source>As in the shop&apos;s country</source>
        <translation>Como no país da loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="123"/>
        <source>Day first (31/12/2026)</source>
        <translation>Dia primeiro (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="124"/>
        <source>Month first (12/31/2026)</source>
        <translation>Mês primeiro (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="128"/>
        <source>&amp;Dates in imported files:</source>
        <translation>&amp;Datas em arquivos importados:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="130"/>
        <source>How a date like 03/11/2026 in a spreadsheet&apos;s file is read.</source>
        <translation>Como uma data como 03/11/2026 é lida no arquivo de uma planilha.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="137"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Choose the backup folder</source>
        <translation>Escolha a pasta de backup</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="141"/>
        <source>&amp;Backup folder:</source>
        <translation>Pasta de &amp;backup:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="143"/>
        <source>Leave empty to keep backups in the data folder. Another disk is safer.</source>
        <translation>Deixe vazio para guardar os backups na pasta de dados. Outro disco é mais seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148"/>
        <source>The seat of an owner</source>
        <translation>O balcão de um proprietário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="149"/>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Make the backups on this computer</source>
        <translation>Fazer os backups neste computador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>Backups &amp;made by:</source>
        <translation>Backups feitos &amp;por:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="156"/>
        <source>For a shop on a server: the computer that makes the automatic backups.</source>
        <translation>Para uma loja num servidor: o computador que faz os backups automáticos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="161"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="169"/>
        <source>Lan&amp;guage of this counter:</source>
        <translation>Idi&amp;oma deste balcão:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="171"/>
        <source>This computer only. Carebook uses the new language from its next start.</source>
        <translation>Só neste computador. O Carebook usa o novo idioma a partir da próxima vez que abrir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="175"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Só um proprietário pode alterar as configurações da loja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="182"/>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>&apos;{0}&apos; is not an image file that can be read</source>
        <translation>&apos;{0}&apos; não é um arquivo de imagem que possa ser lido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Escolha o logotipo da loja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30"/>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Where</source>
        <translation>Onde</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/widgets/sidebar.py" line="112"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="33"/>
        <source>Snooze follow-up</source>
        <translation>Adiar retorno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="38"/>
        <source>(no note)</source>
        <translation>(sem observação)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="41"/>
        <source>Bring back “{0}” for {1} on:</source>
        <translation>Trazer de volta “{0}” de {1} em:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="56"/>
        <source>At a set &amp;time</source>
        <translation>Num &amp;horário definido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="73"/>
        <source>Time</source>
        <translation>Horário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="75"/>
        <source>Without a time it is due from the start of the day.</source>
        <translation>Sem horário, o prazo começa no início do dia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="79"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Adiar</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="22"/>
        <source>In 1 &amp;hour</source>
        <translation>Em 1 &amp;hora</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="23"/>
        <source>&amp;Tomorrow</source>
        <translation>A&amp;manhã</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="24"/>
        <source>&amp;Next week</source>
        <translation>&amp;Próxima semana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="43"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Escolher uma data…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="52"/>
        <source>Staff</source>
        <translation>Equipe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="57"/>
        <source>Only an owner can add or change staff.</source>
        <translation>Só um proprietário pode adicionar ou alterar funcionários.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="63"/>
        <source>Staff members</source>
        <translation>Funcionários</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="68"/>
        <source>Selected staff member</source>
        <translation>Funcionário selecionado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="73"/>
        <source>&amp;Role:</source>
        <translation>&amp;Função:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="74"/>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="88"/>
        <source>Add a staff member</source>
        <translation>Adicionar um funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="91"/>
        <source>Name as it appears on contacts</source>
        <translation>Nome como aparece nos atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="93"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ome:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="94"/>
        <source>R&amp;ole:</source>
        <translation>F&amp;unção:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="95"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="144"/>
        <source>(inactive)</source>
        <translation>(inativo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Activate</source>
        <translation>Ativar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="178"/>
        <source>Deactivated staff disappear from pickers; their past contacts keep their name.</source>
        <translation>Funcionários desativados somem das listas de escolha; os atendimentos antigos mantêm o nome deles.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="191"/>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="199"/>
        <source>Not changed</source>
        <translation>Não alterado</translation>
    </message>
</context>
<context>
    <name>StaffFiguresModel</name>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="28"/>
        <source>Staff member</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="29"/>
        <source>Contacts</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="30"/>
        <source>Inbound</source>
        <translation>Recebidos</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="31"/>
        <source>FCR %</source>
        <translation>FCR %</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="32"/>
        <source>CSAT %</source>
        <translation>CSAT %</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="33"/>
        <source>CSAT responses</source>
        <translation>Respostas de CSAT</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="34"/>
        <source>Follow-ups on time</source>
        <translation>Retornos no prazo</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="37"/>
        <source>First-contact resolution: inbound contacts resolved at once ÷ inbound contacts</source>
        <translation>Resolução no primeiro atendimento: atendimentos recebidos resolvidos de imediato ÷ atendimentos recebidos</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="40"/>
        <source>Satisfied customers: CSAT scores of 4 or 5 ÷ CSAT responses on their contacts</source>
        <translation>Clientes satisfeitos: notas de CSAT 4 ou 5 ÷ respostas de CSAT dos atendimentos da pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="43"/>
        <source>Follow-ups assigned to them and due this month: done on time of due</source>
        <translation>Retornos atribuídos à pessoa com prazo neste mês: feitos no prazo, do total com prazo</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="59"/>
        <source>(no staff)</source>
        <translation>(sem funcionário)</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="126"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="148"/>
        <source>{0}: no inbound contacts this month</source>
        <translation>{0}: nenhum atendimento recebido neste mês</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="149"/>
        <source>{0}: {1} of {2} inbound contacts resolved at the first contact</source>
        <translation>{0}: {1} de {2} atendimentos recebidos resolvidos no primeiro atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="154"/>
        <source>{0}: no CSAT responses this month</source>
        <translation>{0}: nenhuma resposta de CSAT neste mês</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="155"/>
        <source>{0}: {1} satisfied, from {2} responses</source>
        <translation>{0}: {1} satisfeitos, de {2} respostas</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="160"/>
        <source>{0}: no follow-ups due this month</source>
        <translation>{0}: nenhum retorno com prazo neste mês</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="161"/>
        <source>{0}: {1} of {2} follow-ups done on time ({3})</source>
        <translation>{0}: {1} de {2} retornos feitos no prazo ({3})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="208"/>
        <source>Ready to import</source>
        <translation>Pronto para importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="209"/>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Isto é o que a importação vai fazer. Nada foi gravado ainda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="220"/>
        <source>Click Import to write all of it in one go. If anything goes wrong, nothing is written; and the import can be undone afterwards.</source>
        <translation>Clique em Importar para gravar tudo de uma vez. Se algo der errado, nada é gravado; e a importação pode ser desfeita depois.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="247"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="258"/>
        <source>some rows cannot be imported (lines {0})</source>
        <translation>algumas linhas não podem ser importadas (linhas {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="265"/>
        <source>{0} — rows to import: {1:,}</source>
        <translation>{0} — linhas a importar: {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="276"/>
        <source>New customers:</source>
        <translation>Clientes novos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="277"/>
        <source>New contacts:</source>
        <translation>Atendimentos novos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="278"/>
        <source>New scores:</source>
        <translation>Notas novas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="279"/>
        <source>New follow-ups:</source>
        <translation>Retornos novos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="283"/>
        <source>Customers updated:</source>
        <translation>Clientes atualizados:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="284"/>
        <source>Rows already stored (left out):</source>
        <translation>Linhas já gravadas (deixadas de fora):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="286"/>
        <source>New customers named in the rows:</source>
        <translation>Clientes novos citados nas linhas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="287"/>
        <source>New staff members:</source>
        <translation>Funcionários novos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="289"/>
        <source>New tags:</source>
        <translation>Etiquetas novas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="291"/>
        <source>Bad rows skipped:</source>
        <translation>Linhas com erro puladas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="294"/>
        <source>Rows you chose to skip:</source>
        <translation>Linhas que você escolheu pular:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="300"/>
        <source>Cannot import: {0}</source>
        <translation>Não é possível importar: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="60"/>
        <source>we got in touch</source>
        <translation>entramos em contato</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="62"/>
        <source>open</source>
        <translation>em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="67"/>
        <source>{0} at {1}</source>
        <translation>{0} às {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="71"/>
        <source>Follow-up done</source>
        <translation>Retorno feito</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="73"/>
        <source>Follow-up overdue since {0}</source>
        <translation>Retorno atrasado desde {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="75"/>
        <source>Follow-up due today</source>
        <translation>Retorno vence hoje</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="76"/>
        <source>Follow-up due {0}</source>
        <translation>Retorno com prazo em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="79"/>
        <source>{0} {1} of {2}</source>
        <translation>{0} {1} de {2}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="91"/>
        <location filename="../../ui/models/timeline_model.py" line="105"/>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="99"/>
        <source>done by {0}</source>
        <translation>feito por {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="101"/>
        <source>for {0}</source>
        <translation>para {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="141"/>
        <source>Logged by {0}</source>
        <translation>Registrado por {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="145"/>
        <source>Due {0}</source>
        <translation>Prazo {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="147"/>
        <source>Done {0}</source>
        <translation>Feito em {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="149"/>
        <source>For {0}</source>
        <translation>Para {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="115"/>
        <source>History of contacts, follow-ups and scores</source>
        <translation>Histórico de atendimentos, retornos e notas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="124"/>
        <source>No contacts, follow-ups or scores yet.</source>
        <translation>Nenhum atendimento, retorno ou nota ainda.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="83"/>
        <source>Mine</source>
        <translation>Meus</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="85"/>
        <source>Everyone&apos;s</source>
        <translation>De todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="92"/>
        <source>Show the follow-ups of every staff member</source>
        <translation>Mostrar os retornos de todos os funcionários</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="106"/>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Contacts today</source>
        <translation>Atendimentos hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="107"/>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Open contacts</source>
        <translation>Atendimentos em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="108"/>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Overdue</source>
        <translation>Atrasados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="109"/>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Due today</source>
        <translation>Vencem hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="150"/>
        <location filename="../../ui/pages/today.py" line="336"/>
        <source>Nothing due — well done</source>
        <translation>Nada a fazer — muito bem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="154"/>
        <source>Log a contact</source>
        <translation>Registrar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="158"/>
        <source>See upcoming follow-ups</source>
        <translation>Ver os próximos retornos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="162"/>
        <source>Reading today&apos;s follow-ups…</source>
        <translation>Lendo os retornos de hoje…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="180"/>
        <source>{0} due</source>
        <translation>{0} a fazer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="284"/>
        <source>{0} ({1}, turns {2})</source>
        <translation>{0} ({1}, faz {2} anos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="285"/>
        <source>Birthdays this week: {0}</source>
        <translation>Aniversários nesta semana: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="307"/>
        <source>everyone&apos;s follow-ups</source>
        <translation>retornos de todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="309"/>
        <source>follow-ups for {0} and unassigned ones</source>
        <translation>retornos de {0} e os sem responsável</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Your contacts today</source>
        <translation>Seus atendimentos hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="315"/>
        <source>Contacts logged today</source>
        <translation>Atendimentos registrados hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Your open contacts</source>
        <translation>Seus atendimentos em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="319"/>
        <source>Contacts not resolved yet, of any day</source>
        <translation>Atendimentos ainda não resolvidos, de qualquer dia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Follow-ups past their due date or time</source>
        <translation>Retornos com data ou horário do prazo já vencido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Follow-ups due later today</source>
        <translation>Retornos que vencem mais tarde hoje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="326"/>
        <source>No follow-up is overdue or due today. Log a contact when a customer calls or comes by.</source>
        <translation>Nenhum retorno atrasado ou vencendo hoje. Registre um atendimento quando um cliente ligar ou vier à loja.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="330"/>
        <source>1 follow-up is coming up in the next 7 days.</source>
        <translation>1 retorno vence nos próximos 7 dias.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="332"/>
        <source>{0} follow-ups are coming up in the next 7 days.</source>
        <translation>{0} retornos vencem nos próximos 7 dias.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="335"/>
        <source>Switch to Everyone&apos;s to see your colleagues&apos; follow-ups.</source>
        <translation>Mude para “De todos” para ver os retornos dos seus colegas.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="61"/>
        <source>Marked done: {0}</source>
        <translation>Marcado como feito: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="66"/>
        <source>Resolve its contact</source>
        <translation>Resolver o atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="105"/>
        <source>Snoozed until {0}: {1}</source>
        <translation>Adiado até {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="128"/>
        <source>Contact resolved</source>
        <translation>Atendimento resolvido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="158"/>
        <source>Undone</source>
        <translation>Desfeito</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="163"/>
        <source>Follow-up not changed</source>
        <translation>Retorno não alterado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="346"/>
        <source>Choose who is at the counter to see only their follow-ups</source>
        <translation>Escolha quem está no balcão para ver só os retornos dessa pessoa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="348"/>
        <source>Show the follow-ups of {0} and unassigned ones</source>
        <translation>Mostrar os retornos de {0} e os sem responsável</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="29"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="40"/>
        <location filename="../../ui/widgets/undo_bar.py" line="41"/>
        <source>Close this message</source>
        <translation>Fechar esta mensagem</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/unsaved.py" line="47"/>
        <source>Changes to {0}&apos;s details</source>
        <translation>Alterações nos dados de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="70"/>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="71"/>
        <source>Not saved yet:
{0}

Save before quitting?</source>
        <translation>Ainda não salvo:
{0}

Salvar antes de sair?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="73"/>
        <source>Save and quit</source>
        <translation>Salvar e sair</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="74"/>
        <source>Quit without saving</source>
        <translation>Sair sem salvar</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="75"/>
        <source>Keep editing</source>
        <translation>Continuar editando</translation>
    </message>
</context>
<context>
    <name>UpcomingSection</name>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="45"/>
        <source>Upcoming follow-ups</source>
        <translation>Próximos retornos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="68"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/upcoming_section.py" line="83"/>
        <source>Upcoming in the next %n days ({0})</source>
        <translation>
            <numerusform>Próximos %n dia ({0})</numerusform>
            <numerusform>Próximos %n dias ({0})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Show the follow-ups due soon</source>
        <translation>Mostrar os retornos que vencem em breve</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Hide them</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="47"/>
        <location filename="../../ui/dialogs/welcome.py" line="54"/>
        <source>Welcome to Carebook</source>
        <translation>Bem-vindo ao Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="57"/>
        <source>Two questions and you are ready. You can change both later under Edit › Shop settings.</source>
        <translation>Duas perguntas e está tudo pronto. Você pode mudar as duas respostas depois em Editar › Configurações da loja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="71"/>
        <source>e.g. Corner Bikes</source>
        <translation>por exemplo Bicicletaria da Esquina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="72"/>
        <source>Your &amp;shop&apos;s name:</source>
        <translation>Nome da &amp;loja:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="74"/>
        <source>e.g. Maria Jensen</source>
        <translation>por exemplo Maria Silva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="77"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Seu nome:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="79"/>
        <source>You become the shop&apos;s owner in Carebook: you can add staff and change settings.</source>
        <translation>Você passa a ser o proprietário da loja no Carebook: pode adicionar funcionários e alterar as configurações.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="87"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="89"/>
        <source>How do you want to start?</source>
        <translation>Como você quer começar?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="91"/>
        <source>Start with an empty customer list</source>
        <translation>Começar com a lista de clientes vazia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="93"/>
        <source>Load demo data to try Carebook first (made-up customers, contacts and scores)</source>
        <translation>Carregar dados de demonstração para experimentar o Carebook (clientes, atendimentos e notas fictícios)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="96"/>
        <source>Import my customers from a spreadsheet (CSV) or an address book (vCard)</source>
        <translation>Importar meus clientes de uma planilha (CSV) ou de uma agenda de contatos (vCard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="105"/>
        <source>This counter joins a shop on a &amp;server…</source>
        <translation>Este balcão se &amp;conecta a uma loja num servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="108"/>
        <source>Several counters share one shop on a PostgreSQL server: connect to it instead</source>
        <translation>Vários balcões compartilham uma loja num servidor PostgreSQL: conectar a ele</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Start Carebook</source>
        <translation>Iniciar o Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="159"/>
        <source>Please enter your shop&apos;s name.</source>
        <translation>Digite o nome da sua loja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="162"/>
        <source>Please enter your name.</source>
        <translation>Digite o seu nome.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>There is no active staff member called “{0}”.</source>
        <translation>Não há funcionário ativo chamado “{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="115"/>
        <source>Use this computer&apos;s file</source>
        <translation>Usar o arquivo deste computador</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116"/>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Cannot open the shop&apos;s server</source>
        <translation>Não é possível abrir o servidor da loja</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Staff member not found</source>
        <translation>Funcionário não encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>Carebook</source>
        <translation>Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>Carebook cannot start</source>
        <translation>O Carebook não pode iniciar</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/widgets/chart_bars.py" line="56"/>
        <location filename="../../ui/widgets/chart_bars.py" line="131"/>
        <source>Nothing to show yet</source>
        <translation>Nada para mostrar ainda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="54"/>
        <source>No data in these months</source>
        <translation>Nenhum dado nestes meses</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="91"/>
        <source>no data</source>
        <translation>sem dados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="258"/>
        <source>{0}: no data</source>
        <translation>{0}: sem dados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="121"/>
        <source>No data yet</source>
        <translation>Nenhum dado ainda</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="110"/>
        <source>The details were written to {0}.</source>
        <translation>Os detalhes foram gravados em {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="112"/>
        <source>The details could not be written to the log file.</source>
        <translation>Não foi possível gravar os detalhes no arquivo de log.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Something went wrong inside Carebook: {0}</source>
        <translation>Algo deu errado dentro do Carebook: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="118"/>
        <source>Your data is safe. Carebook keeps running; if a window looks wrong, close and reopen it.</source>
        <translation>Seus dados estão seguros. O Carebook continua funcionando; se uma janela parecer errada, feche-a e abra de novo.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="128"/>
        <source>Unexpected error</source>
        <translation>Erro inesperado</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="85"/>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="86"/>
        <source>No shop is open, so there is nothing to back up.</source>
        <translation>Nenhuma loja está aberta, então não há nada para fazer backup.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="96"/>
        <source>Backup saved: {0}</source>
        <translation>Backup salvo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="101"/>
        <source>No backup made</source>
        <translation>Nenhum backup feito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="104"/>
        <source>A backup is being made already.</source>
        <translation>Já há um backup sendo feito.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="108"/>
        <source>Making a backup…</source>
        <translation>Fazendo backup…</translation>
    </message>
</context>
<context>
    <name>db_recovery</name>
    <message>
        <location filename="../../ui/db_recovery.py" line="68"/>
        <source>it cannot be opened</source>
        <translation>não pode ser aberto</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="71"/>
        <source>{0} links between records point nowhere</source>
        <translation>{0} ligações entre registros não apontam para nada</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="77"/>
        <source>Carebook found problems in its data file {0} ({1}).

It can set this file aside (renamed, not deleted) and continue with the newest good backup, made {2}. Anything entered after that backup is in the set-aside file only.</source>
        <translation>O Carebook encontrou problemas no arquivo de dados {0} ({1}).

Ele pode deixar este arquivo de lado (renomeado, não excluído) e continuar com o backup bom mais recente, feito {2}. O que foi digitado depois desse backup está só no arquivo deixado de lado.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="85"/>
        <location filename="../../ui/db_recovery.py" line="95"/>
        <source>The data file is damaged</source>
        <translation>O arquivo de dados está danificado</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="87"/>
        <source>Set it aside and use the backup</source>
        <translation>Deixar de lado e usar o backup</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="88"/>
        <source>Keep the damaged file for now</source>
        <translation>Manter o arquivo danificado por enquanto</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="96"/>
        <source>Carebook found problems in its data file {0} ({1}) and no good backup to replace it. Make a copy of the file before changing anything, and ask for help.</source>
        <translation>O Carebook encontrou problemas no arquivo de dados {0} ({1}) e nenhum backup bom para substituí-lo. Faça uma cópia do arquivo antes de mudar qualquer coisa e peça ajuda.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="149"/>
        <location filename="../../ui/db_recovery.py" line="184"/>
        <source>Backup restored</source>
        <translation>Backup restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="150"/>
        <source>The damaged file was kept as {0}. Carebook now starts with the backup made {1}.</source>
        <translation>O arquivo danificado foi guardado como {0}. O Carebook agora começa com o backup feito em {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="176"/>
        <source>Not restored</source>
        <translation>Não restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="185"/>
        <source>The damaged file was kept as {0}. Carebook now works with the backup made {1}.</source>
        <translation>O arquivo danificado foi guardado como {0}. O Carebook agora trabalha com o backup feito em {1}.</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="30"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="32"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="48"/>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="49"/>
        <source>Overdue since {0}</source>
        <translation>Atrasado desde {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="53"/>
        <source>Overdue by 1 day</source>
        <translation>Atrasado há 1 dia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="54"/>
        <source>Overdue by {0} days</source>
        <translation>Atrasado há {0} dias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="57"/>
        <source>Due today</source>
        <translation>Vence hoje</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="58"/>
        <source>Due at {0}</source>
        <translation>Vence às {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="61"/>
        <source>Due {0}</source>
        <translation>Vence {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="62"/>
        <source>Due {0} at {1}</source>
        <translation>Vence {0} às {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="68"/>
        <source>today</source>
        <translation>hoje</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="70"/>
        <source>tomorrow</source>
        <translation>amanhã</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="75"/>
        <source>{0} at {1}</source>
        <translation>{0} às {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="86"/>
        <source>No scores yet</source>
        <translation>Nenhuma nota ainda</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="87"/>
        <source>Last score {0}</source>
        <translation>Última nota {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="92"/>
        <source>No open contacts</source>
        <translation>Nenhum atendimento em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="94"/>
        <source>1 open contact</source>
        <translation>1 atendimento em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="95"/>
        <source>{0} open contacts</source>
        <translation>{0} atendimentos em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="101"/>
        <source>Unassigned</source>
        <translation>Sem responsável</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="104"/>
        <source>For {0}</source>
        <translation>Para {0}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="302"/>
        <source>Something could not be done</source>
        <translation>Algo não pôde ser feito</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../ui/keys.py" line="71"/>
        <source>Any dialog</source>
        <translation>Qualquer janela</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="72"/>
        <source>Log a contact</source>
        <translation>Registrar atendimento</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="76"/>
        <source>Save, from any field</source>
        <translation>Salvar, de qualquer campo</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="83"/>
        <source>Channel: {0}</source>
        <translation>Canal: {0}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Self-service</source>
        <translation>Autoatendimento</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Inbound</source>
        <translation>Recebido</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Outbound</source>
        <translation>Realizado</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Inquiry</source>
        <translation>Dúvida</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Technical</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Order / return</source>
        <translation>Pedido / devolução</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Billing</source>
        <translation>Cobrança</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Recommendation</source>
        <translation>Recomendação</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Complaint</source>
        <translation>Reclamação</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Compliment</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Open</source>
        <translation>Em aberto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Resolved</source>
        <translation>Resolvido</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Owner</source>
        <translation>Proprietário</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>CSAT</source>
        <translation>CSAT</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="56"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="57"/>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="60"/>
        <source>Satisfaction (1 = very unhappy, 5 = very happy)</source>
        <translation>Satisfação (1 = muito insatisfeito, 5 = muito satisfeito)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Would recommend us (0 = not at all, 10 = certainly)</source>
        <translation>Recomendaria a loja (0 = de jeito nenhum, 10 = com certeza)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Ease (1 = very hard, 7 = very easy)</source>
        <translation>Facilidade (1 = muito difícil, 7 = muito fácil)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="111"/>
        <source>Contacts</source>
        <translation>Atendimentos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="132"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="178"/>
        <source>Follow-ups</source>
        <translation>Retornos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>Reports</source>
        <translation>Relatórios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="164"/>
        <source>Satisfaction</source>
        <translation>Satisfação</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="177"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
</context>
<context>
    <name>scheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="134"/>
        <source>Backup saved: {0}</source>
        <translation>Backup salvo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="144"/>
        <source>The automatic backup failed: {0}</source>
        <translation>O backup automático falhou: {0}</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="27"/>
        <source>In the future</source>
        <translation>No futuro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="29"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="31"/>
        <source>Yesterday</source>
        <translation>Ontem</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="33"/>
        <source>{0} days ago</source>
        <translation>Há {0} dias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="35"/>
        <source>{0} weeks ago</source>
        <translation>Há {0} semanas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="38"/>
        <source>{0} months ago</source>
        <translation>Há {0} meses</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="39"/>
        <source>{0} years ago</source>
        <translation>Há {0} anos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="55"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
</TS>
