<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33"/>
        <source>About Carebook</source>
        <translation>Acerca de Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="37"/>
        <source>Carebook {0}</source>
        <translation>Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Customer care for small shops: customers, contacts, follow-ups and satisfaction.</source>
        <translation>Atención al cliente para tiendas pequeñas: clientes, contactos, seguimientos y satisfacción.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>Data folder:</source>
        <translation>Carpeta de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="56"/>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>Log file:</source>
        <translation>Archivo de registro:</translation>
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
        <translation>Abrir carpeta de datos</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="67"/>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="69"/>
        <source>Add a tag to {0}.</source>
        <translation>Añadir una etiqueta a {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="83"/>
        <source>Choose or type a tag, e.g. VIP</source>
        <translation>Elija o escriba una etiqueta, p. ej. VIP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>A new name creates the tag.</source>
        <translation>Un nombre nuevo crea la etiqueta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="87"/>
        <source>Add tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="95"/>
        <source>Tag “{0}” added to {1}</source>
        <translation>Etiqueta «{0}» añadida a {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="97"/>
        <source> ({0} had it already)</source>
        <translation> ({0} ya la tenían)</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <location filename="../../ui/arrivals.py" line="127"/>
        <source>New follow-up for you: {0}, due {1}</source>
        <translation>Nuevo seguimiento para usted: {0}, vence {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals.py" line="131"/>
        <source>%n new follow-ups for you</source>
        <translation>
            <numerusform>%n nuevo seguimiento para usted</numerusform>
            <numerusform>%n nuevos seguimientos para usted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="106"/>
        <source>The quick check of the data file could not run: {0}</source>
        <translation>No se pudo hacer la comprobación rápida del archivo de datos: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="56"/>
        <source>Backups and restore</source>
        <translation>Copias de seguridad y restauración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="62"/>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="66"/>
        <source>Carebook copies your data by itself: when you quit, and every 30 minutes while you work. It keeps the newest copy of each of the last 12 days, 10 weeks and 9 months.</source>
        <translation>Carebook copia sus datos por sí solo: al salir y cada 30 minutos mientras trabaja. Guarda la copia más reciente de cada uno de los últimos 12 días, 10 semanas y 9 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="84"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="92"/>
        <source>No backups yet. Click “Back up now”, or let Carebook make one when you quit.</source>
        <translation>Todavía no hay copias. Haga clic en «Hacer copia ahora» o deje que Carebook haga una al salir.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="100"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="103"/>
        <source>Replace the current data with the chosen backup</source>
        <translation>Sustituir los datos actuales por la copia elegida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="105"/>
        <source>Restore from a &amp;file…</source>
        <translation>Restaurar desde un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="107"/>
        <source>&amp;Open folder</source>
        <translation>Abrir &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="141"/>
        <source>Folder: {0} (change it in Shop settings)</source>
        <translation>Carpeta: {0} (se cambia en la configuración de la tienda)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="151"/>
        <source>Your data before the last restore</source>
        <translation>Sus datos antes de la última restauración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="153"/>
        <source>Your data before an earlier restore</source>
        <translation>Sus datos antes de una restauración anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="183"/>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="187"/>
        <source>Backup saved: {0}</source>
        <translation>Copia de seguridad guardada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="191"/>
        <source>No backup made: {0}</source>
        <translation>No se hizo ninguna copia: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="203"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="204"/>
        <source>Carebook backups (*.sqlite3 *.before-restore*);;All files (*)</source>
        <translation>Copias de seguridad de Carebook (*.sqlite3 *.before-restore*);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="214"/>
        <source>Replace the shop on the server, which every counter uses, with the backup {0}?

Everything entered since that backup is set aside: the current data is first kept as a backup in {1}, so you can go back to it.</source>
        <translation>¿Sustituir la tienda del servidor, que usan todos los mostradores, por la copia {0}?

Todo lo introducido desde esa copia queda apartado: antes, los datos actuales se guardan como copia en {1}, para que pueda volver a ellos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="220"/>
        <source>Replace all of Carebook&apos;s data with the backup {0}?

Everything entered since that backup is set aside: the current data is kept as {1} in {2}, so you can go back to it.</source>
        <translation>¿Sustituir todos los datos de Carebook por la copia {0}?

Todo lo introducido desde esa copia queda apartado: los datos actuales se guardan como {1} en {2}, para que pueda volver a ellos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="229"/>
        <source>This backup holds far less than the current data: {0}.</source>
        <translation>Esta copia contiene mucho menos que los datos actuales: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="230"/>
        <source>{0} customers -&gt; {1}, {2} contacts -&gt; {3}</source>
        <translation>{0} clientes -&gt; {1}, {2} contactos -&gt; {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="239"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
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
        <translation>No restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="260"/>
        <source>Restored {0}. The data as it was before is kept in {1}.</source>
        <translation>Restaurada {0}. Los datos tal como estaban antes se guardan en {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="262"/>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="270"/>
        <source>Cannot open the folder</source>
        <translation>No se puede abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="283"/>
        <source>Regular backup</source>
        <translation>Copia periódica</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="285"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="287"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/base.py" line="284"/>
        <source>Draft kept: it comes back the next time you open this.</source>
        <translation>Borrador guardado: volverá la próxima vez que abra esto.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="301"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="302"/>
        <source>What you typed in “{0}” is not saved yet.</source>
        <translation>Lo que escribió en «{0}» aún no está guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="306"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="307"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="308"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="335"/>
        <source>{0} saves from any field</source>
        <translation>{0} guarda desde cualquier campo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="363"/>
        <source>Please check</source>
        <translation>Revise esto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="366"/>
        <location filename="../../ui/dialogs/base.py" line="374"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
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
        <translation>Planificar seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="112"/>
        <source>Plan one follow-up for each of {0}.</source>
        <translation>Planificar un seguimiento para cada uno de {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="117"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="119"/>
        <source>Any time</source>
        <translation>A cualquier hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>Optional, e.g. 14:30.</source>
        <translation>Opcional, p. ej. 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="125"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="132"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="133"/>
        <source>&amp;High priority: show them first</source>
        <translation>&amp;Prioridad alta: mostrarlos primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="134"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="136"/>
        <source>What should be done, e.g. “Tell them about the spring sale”</source>
        <translation>Qué hay que hacer, p. ej. «Contarles lo de las rebajas de primavera»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Intro guarda; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="141"/>
        <source>Plan {0}</source>
        <translation>Planificar {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>1 follow-up</source>
        <translation>1 seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>{0} follow-ups</source>
        <translation>{0} seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="178"/>
        <source>{0} planned</source>
        <translation>Planificados: {0}</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="119"/>
        <source>Deleted at another counter. Your changes are kept on screen; saving will say what can be done.</source>
        <translation>Eliminado en otro mostrador. Sus cambios siguen en pantalla; al guardar se indicará qué se puede hacer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="123"/>
        <source>Changed at another counter. Your changes are kept; saving will compare them.</source>
        <translation>Modificado en otro mostrador. Sus cambios se conservan; al guardar se compararán.</translation>
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
        <translation>Canal del contacto, atajo {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="54"/>
        <source>What to do with this row</source>
        <translation>Qué hacer con esta fila</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <location filename="../../ui/colleagues.py" line="121"/>
        <source>Also at the counters: {0}</source>
        <translation>También en los mostradores: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="128"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="131"/>
        <source>Nobody chosen</source>
        <translation>Nadie elegido</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="133"/>
        <source>{0} at {1}: seen just now</source>
        <translation>{0} en {1}: visto hace un momento</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="136"/>
        <source>{0} at {1}: last seen at {2}</source>
        <translation>{0} en {1}: visto por última vez a las {2}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="46"/>
        <source>Changed at another counter</source>
        <translation>Modificado en otro mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="54"/>
        <source>Someone saved this record at another counter while you were editing it. Choose which value to keep for each field both of you changed.</source>
        <translation>Alguien guardó esta ficha en otro mostrador mientras usted la editaba. Elija qué valor conservar en cada campo que ambos cambiaron.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Yours</source>
        <translation>El suyo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>At the other counter</source>
        <translation>En el otro mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="76"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: yours</source>
        <translation>{0}: el suyo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: at the other counter</source>
        <translation>{0}: en el otro mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="98"/>
        <source>Merged by themselves: {0}</source>
        <translation>Combinados solos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="103"/>
        <source>Keep all mine</source>
        <translation>Conservar todos los míos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="104"/>
        <source>Take all theirs</source>
        <translation>Tomar todos los del otro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="105"/>
        <source>Save my choices</source>
        <translation>Guardar mi elección</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="108"/>
        <source>Back to the form</source>
        <translation>Volver al formulario</translation>
    </message>
</context>
<context>
    <name>ConflictFlow</name>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="44"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="46"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="104"/>
        <source>Deleted at another counter</source>
        <translation>Eliminado en otro mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="105"/>
        <source>This record was deleted at another counter (or merged into another record), so your changes cannot be saved to it. What you typed is kept: it comes back as a draft the next time you open this.</source>
        <translation>Esta ficha se eliminó en otro mostrador (o se fusionó con otra), así que sus cambios no se pueden guardar en ella. Lo que escribió se conserva: vuelve como borrador la próxima vez que abra esto.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="125"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="133"/>
        <source>It was deleted at another counter in the meantime.</source>
        <translation>Se eliminó en otro mostrador mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="137"/>
        <source>It was changed at another counter since you looked at it, so nothing was done. Look at it again, then try once more.</source>
        <translation>Se modificó en otro mostrador desde que lo miró, así que no se hizo nada. Mírelo de nuevo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="142"/>
        <source>Changed at another counter</source>
        <translation>Modificado en otro mostrador</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="52"/>
        <source>Connect to the shop&apos;s server</source>
        <translation>Conectar con el servidor de la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="58"/>
        <source>A shop with several counters keeps its data on a PostgreSQL server, usually the back-office PC. Ask whoever set it up for these details.</source>
        <translation>Una tienda con varios mostradores guarda sus datos en un servidor PostgreSQL, normalmente el PC de la trastienda. Pida estos datos a quien lo instaló.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="68"/>
        <source>e.g. 192.168.1.10 or backoffice.local</source>
        <translation>p. ej. 192.168.1.10 o trastienda.local</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="69"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="73"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="75"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="81"/>
        <source>kept on this computer; type to change it</source>
        <translation>guardado en este equipo; escriba para cambiarlo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="84"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="86"/>
        <source>Kept in this computer&apos;s keychain (or an owner-only file), never shown.</source>
        <translation>Se guarda en el llavero de este equipo (o en un archivo solo para el propietario), nunca se muestra.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="89"/>
        <source>&amp;Test</source>
        <translation>P&amp;robar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="125"/>
        <source>Please fill this in.</source>
        <translation>Rellene este campo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="144"/>
        <source>Connecting to {0}…</source>
        <translation>Conectando con {0}…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="169"/>
        <source>Enter saves; Ctrl+Enter saves from any field, the notes too</source>
        <translation>Intro guarda; Ctrl+Intro guarda desde cualquier campo, también desde las notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="182"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inactivo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="184"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="188"/>
        <source>Anyone (unassigned)</source>
        <translation>Cualquiera (sin asignar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="212"/>
        <source>This follow-up (due {0}) is already done.</source>
        <translation>Este seguimiento (vencía el {0}) ya está hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="214"/>
        <source>Logging the follow-up due {0}. Saving marks it done.</source>
        <translation>Registrando el seguimiento que vence el {0}. Al guardar se marca como hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="235"/>
        <source>on {0}</source>
        <translation>el {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="259"/>
        <source>{0} for {1}</source>
        <translation>{0} para {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <source>Contact saved</source>
        <translation>Contacto guardado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <location filename="../../ui/dialogs/contact_dialog.py" line="332"/>
        <source>Contact updated</source>
        <translation>Contacto actualizado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="98"/>
        <source>Move the rest to Notes</source>
        <translation>Pasar el resto a Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="101"/>
        <source>Keep the first {0} characters as the summary, the rest goes to the top of Notes</source>
        <translation>Conservar los primeros {0} caracteres como resumen; el resto va al principio de Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="133"/>
        <source>Moved {0:,} characters to Notes</source>
        <translation>{0:,} caracteres pasados a Notas</translation>
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
        <translation>Nombre y apellidos</translation>
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
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="83"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="84"/>
        <source>E&amp;mail:</source>
        <translation>Co&amp;rreo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="89"/>
        <source>Channel:</source>
        <translation>Canal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="90"/>
        <source>Alt+1 … Alt+7 choose a channel</source>
        <translation>Alt+1 … Alt+7 eligen un canal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="92"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Entrante</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="93"/>
        <source>The customer got in touch</source>
        <translation>El cliente se puso en contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="94"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Saliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="95"/>
        <source>The shop got in touch</source>
        <translation>La tienda se puso en contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="101"/>
        <source>Direction:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="111"/>
        <source>One line: what was it about?</source>
        <translation>Una línea: ¿de qué se trataba?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="112"/>
        <source>&amp;Summary:</source>
        <translation>Res&amp;umen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="115"/>
        <source>Details, if any (Ctrl+Enter saves)</source>
        <translation>Detalles, si los hay (Ctrl+Intro guarda)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="117"/>
        <source>Not&amp;es:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="118"/>
        <source>Resol&amp;ved in this contact</source>
        <translation>Resue&amp;lto en este contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="120"/>
        <source>Nothing is left to do: the contact counts as resolved at first contact</source>
        <translation>No queda nada por hacer: el contacto cuenta como resuelto en el primer contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="123"/>
        <source>Resolved in this contact</source>
        <translation>Resuelto en este contacto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="135"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="137"/>
        <source>S&amp;taff:</source>
        <translation>Em&amp;pleado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="140"/>
        <source>How long the customer waited before being served; leave empty if unknown</source>
        <translation>Cuánto esperó el cliente antes de ser atendido; déjelo vacío si no se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="143"/>
        <source>How long the contact took; leave empty if unknown</source>
        <translation>Cuánto duró el contacto; déjelo vacío si no se sabe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="145"/>
        <source>&amp;Waited:</source>
        <translation>Esper&amp;a:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="146"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="149"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="152"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="153"/>
        <source>Unticked, the contact is open: something is still to be done</source>
        <translation>Sin marcar, el contacto queda abierto: aún hay algo por hacer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="157"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="164"/>
        <source>Satisfaction (optional)</source>
        <translation>Satisfacción (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="174"/>
        <source>What the customer said about it</source>
        <translation>Lo que dijo el cliente al respecto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="175"/>
        <source>&amp;Feedback:</source>
        <translation>&amp;Valoración:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="179"/>
        <source>Scores:</source>
        <translation>Puntuaciones:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="185"/>
        <source>Follow-up (optional)</source>
        <translation>Seguimiento (opcional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="188"/>
        <source>No follow-up</source>
        <translation>Sin seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="189"/>
        <source>In 2 days</source>
        <translation>Dentro de 2 días</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="190"/>
        <source>Next week</source>
        <translation>La semana que viene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="191"/>
        <source>On a date…</source>
        <translation>En una fecha…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="198"/>
        <source>Follow-up date</source>
        <translation>Fecha del seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="202"/>
        <source>Follow-&amp;up:</source>
        <translation>Se&amp;guimiento:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="209"/>
        <source>Assi&amp;gned to:</source>
        <translation>As&amp;ignado a:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="212"/>
        <source>What to do (the summary if left empty)</source>
        <translation>Qué hacer (el resumen, si se deja vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="214"/>
        <source>Fo&amp;llow-up note:</source>
        <translation>Qué &amp;hacer:</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="80"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="81"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="82"/>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="83"/>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="87"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="98"/>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="99"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="102"/>
        <source>All reasons</source>
        <translation>Todos los motivos</translation>
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
        <translation>Todo el personal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="106"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="107"/>
        <source>Open and resolved</source>
        <translation>Abiertos y resueltos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="108"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="135"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inactivo)</translation>
    </message>
</context>
<context>
    <name>ContactLine</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="110"/>
        <source>{0} (open)</source>
        <translation>{0} (abierto)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="198"/>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="199"/>
        <source>Sort by date, customer, channel, reason, staff or status</source>
        <translation>Ordenar por fecha, cliente, canal, motivo, empleado o estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="206"/>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Dirección</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="210"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="211"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="212"/>
        <source>Staff</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="213"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="214"/>
        <source>Wait</source>
        <translation>Espera</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="215"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="257"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="269"/>
        <source>Resolved in the first contact, {0}</source>
        <translation>Resuelto en el primer contacto, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="270"/>
        <source>Resolved {0}</source>
        <translation>Resuelto {0}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="66"/>
        <location filename="../../ui/pages/contacts.py" line="100"/>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="67"/>
        <source>Log a contact (Ctrl+L)</source>
        <translation>Registrar un contacto (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="78"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="79"/>
        <source>Edit the contact (Enter or double-click)</source>
        <translation>Editar el contacto (Intro o doble clic)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="80"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Resolver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="81"/>
        <source>Mark the selected contacts resolved</source>
        <translation>Marcar como resueltos los contactos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="82"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="83"/>
        <source>Open the selected contacts again</source>
        <translation>Volver a abrir los contactos seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="85"/>
        <source>Open &amp;customer</source>
        <translation>Abrir &amp;cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="99"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="122"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="199"/>
        <source>Contacts could not be loaded: {0}</source>
        <translation>No se pudieron cargar los contactos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="223"/>
        <source>Contacts can be sorted by date, customer, channel, reason, staff or status.</source>
        <translation>Los contactos se pueden ordenar por fecha, cliente, canal, motivo, empleado o estado.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="232"/>
        <source>Could not load contacts: {0}</source>
        <translation>No se pudieron cargar los contactos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="234"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="236"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="238"/>
        <source>{0} contacts</source>
        <translation>{0} contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="246"/>
        <source>No contacts match these filters</source>
        <translation>Ningún contacto coincide con estos filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="248"/>
        <source>No contacts in {0}</source>
        <translation>No hay contactos en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="249"/>
        <source>Try another period, or clear the filters.</source>
        <translation>Pruebe otro periodo o quite los filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="251"/>
        <source>Log a contact with Ctrl+L when a customer calls, writes or comes by the shop.</source>
        <translation>Registre un contacto con Ctrl+L cuando un cliente llame, escriba o pase por la tienda.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="307"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="315"/>
        <source>Contacts resolved: {0}</source>
        <translation>Contactos resueltos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="317"/>
        <source>Contacts reopened: {0}</source>
        <translation>Contactos reabiertos: {0}</translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="29"/>
        <source>Click to change who is at the counter</source>
        <translation>Haga clic para cambiar quién está en el mostrador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="39"/>
        <source>Nobody at the counter — choose</source>
        <translation>Nadie en el mostrador: elija</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="41"/>
        <source>At the counter: {0}</source>
        <translation>En el mostrador: {0}</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="24"/>
        <source>Who is at the counter?</source>
        <translation>¿Quién está en el mostrador?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="26"/>
        <source>Contacts you log and follow-ups you complete are recorded under this name.</source>
        <translation>Los contactos que registre y los seguimientos que complete quedan a este nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="31"/>
        <source>Staff members</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="44"/>
        <source>Start</source>
        <translation>Empezar</translation>
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
        <translation>Añadir e&amp;tiqueta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="63"/>
        <source>Plan &amp;follow-ups…</source>
        <translation>Planificar &amp;seguimientos…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="68"/>
        <source>Move to t&amp;rash</source>
        <translation>Mover a la &amp;papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="73"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="76"/>
        <source>Add a tag to the selected customers (Ctrl+T)</source>
        <translation>Añadir una etiqueta a los clientes seleccionados (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="79"/>
        <source>Plan one follow-up for each selected customer</source>
        <translation>Planificar un seguimiento para cada cliente seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="82"/>
        <source>Move the selected customers to the trash (Delete)</source>
        <translation>Mover los clientes seleccionados a la papelera (Supr)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="85"/>
        <source>Take the selected customers out of the trash</source>
        <translation>Sacar de la papelera los clientes seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="129"/>
        <source>Select all {0}</source>
        <translation>Todos ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="143"/>
        <source>{0} selected</source>
        <translation>{0} seleccionados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="147"/>
        <source>Select several with Shift or Ctrl</source>
        <translation>Seleccione varios con Mayús o Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="160"/>
        <source>No demo data</source>
        <translation>Sin datos de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="165"/>
        <source>Demo data loaded</source>
        <translation>Datos de demostración cargados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="174"/>
        <source>&amp;Log contact…</source>
        <translation>Registrar un &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="179"/>
        <source>&amp;Edit in a window…</source>
        <translation>&amp;Editar en una ventana…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="193"/>
        <location filename="../../ui/pages/customer_actions.py" line="300"/>
        <location filename="../../ui/pages/customer_actions.py" line="307"/>
        <source>Not done</source>
        <translation>No se ha hecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="214"/>
        <source>Plan many follow-ups?</source>
        <translation>¿Planificar muchos seguimientos?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="215"/>
        <source>This plans a separate follow-up for each of {0}.</source>
        <translation>Se planificará un seguimiento aparte para cada uno de los {0}.</translation>
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
        <translation>¿Mover {0} a la papelera? Sus contactos y puntuaciones siguen contando en las cifras.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="243"/>
        <source>Move to the trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="245"/>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="254"/>
        <location filename="../../ui/pages/customer_actions.py" line="260"/>
        <source>{0} moved to the trash</source>
        <translation>A la papelera: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="275"/>
        <location filename="../../ui/pages/customer_actions.py" line="279"/>
        <source>{0} restored</source>
        <translation>Fuera de la papelera: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="315"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
</context>
<context>
    <name>CustomerChoicesModel</name>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="74"/>
        <source>Create new customer “{0}”</source>
        <translation>Crear el cliente nuevo «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="78"/>
        <source>Add a phone number or email in this dialog; saved with the contact</source>
        <translation>Añada un teléfono o correo en este diálogo; se guarda con el contacto</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="94"/>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="95"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="96"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="97"/>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="98"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="99"/>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="100"/>
        <source>Export everything about this customer, or erase them</source>
        <translation>Exportar todo sobre este cliente o borrarlo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="104"/>
        <source>Export everything about this customer…</source>
        <translation>Exportar todo sobre este cliente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="107"/>
        <source>Erase for good…</source>
        <translation>Borrar definitivamente…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="111"/>
        <source>Log a call, email or visit from this customer ({0})</source>
        <translation>Registrar una llamada, correo o visita de este cliente ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="116"/>
        <source>Plan a follow-up for this customer ({0})</source>
        <translation>Planificar un seguimiento para este cliente ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="119"/>
        <source>Record a CSAT, NPS or CES score ({0})</source>
        <translation>Registrar una puntuación CSAT, NPS o CES ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="121"/>
        <source>Move this customer to the trash</source>
        <translation>Mover este cliente a la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="122"/>
        <source>Take this customer out of the trash</source>
        <translation>Sacar este cliente de la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="137"/>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="139"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Guardar los cambios (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="141"/>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="142"/>
        <source>Put back the stored details</source>
        <translation>Volver a los datos guardados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="144"/>
        <location filename="../../ui/pages/customer_detail.py" line="403"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="159"/>
        <source>The customer&apos;s details</source>
        <translation>Los datos del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="181"/>
        <source>H&amp;istory</source>
        <translation>&amp;Historial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="182"/>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details</source>
        <translation>&amp;Datos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="209"/>
        <source>Select a customer to see their details and history.
Alt+Down and Alt+Up move through the list.</source>
        <translation>Seleccione un cliente para ver sus datos y su historial.
Alt+Abajo y Alt+Arriba recorren la lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="224"/>
        <source>Save the customer&apos;s details</source>
        <translation>Guardar los datos del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="276"/>
        <source>customer since {0}</source>
        <translation>cliente desde {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="278"/>
        <source>1 open contact</source>
        <translation>1 contacto abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="280"/>
        <source>{0} open contacts</source>
        <translation>{0} contactos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="284"/>
        <source>This customer&apos;s personal data was erased; it cannot be edited.</source>
        <translation>Los datos personales de este cliente se borraron; no se puede editar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="287"/>
        <source>In the trash since {0}. Restore the customer to work with them again.</source>
        <translation>En la papelera desde {0}. Restaure el cliente para volver a trabajar con él.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="309"/>
        <source>H&amp;istory ({0})</source>
        <translation>&amp;Historial ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details (unsaved)</source>
        <translation>&amp;Datos (sin guardar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="348"/>
        <location filename="../../ui/pages/customer_detail.py" line="351"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="380"/>
        <source>{0} saved</source>
        <translation>{0} guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="404"/>
        <source>You changed {0}&apos;s details. Save the changes?</source>
        <translation>Ha cambiado los datos de {0}. ¿Guardar los cambios?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Discard changes</source>
        <translation>Descartar cambios</translation>
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
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Add customer</source>
        <translation>Añadir cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="119"/>
        <source>{0} (in the trash) already has this email address.</source>
        <translation>{0} (en la papelera) ya tiene esta dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="121"/>
        <source>{0} already has this email address.</source>
        <translation>{0} ya tiene esta dirección de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="123"/>
        <source>Open that customer</source>
        <translation>Abrir ese cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="124"/>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="141"/>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="178"/>
        <source>{0} saved. {1}</source>
        <translation>{0} guardado. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="180"/>
        <source>{0} added</source>
        <translation>{0} añadido</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="182"/>
        <source>{0} saved</source>
        <translation>{0} guardado</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../ui/field_labels.py" line="27"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="28"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="29"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="30"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="31"/>
        <source>Address</source>
        <translation>Dirección</translation>
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
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="35"/>
        <source>Marketing consent</source>
        <translation>Consentimiento de marketing</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="36"/>
        <source>Stay in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="37"/>
        <source>Customer since</source>
        <translation>Cliente desde</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="38"/>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="92"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="116"/>
        <source>{0}: set</source>
        <translation>{0}: activado</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="130"/>
        <source>{0} (yes/no)</source>
        <translation>{0} (sí/no)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="132"/>
        <source>{0} (separated by ;)</source>
        <translation>{0} (separadas por ;)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="155"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="157"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="160"/>
        <source>every {0} days</source>
        <translation>cada {0} días</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/field_labels.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="43"/>
        <source>Co&amp;mpany:</source>
        <translation>E&amp;mpresa:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="44"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="45"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="46"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="47"/>
        <source>Prefers:</source>
        <translation>Prefiere:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="48"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="49"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="50"/>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="51"/>
        <source>Stay in touch:</source>
        <translation>Mantener el contacto:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="56"/>
        <source>Wants news and offers</source>
        <translation>Quiere noticias y ofertas</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="58"/>
        <source>The customer agreed to receive marketing news and offers</source>
        <translation>El cliente aceptó recibir noticias y ofertas comerciales</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="63"/>
        <source>Marketing: wants news and offers</source>
        <translation>Marketing: quiere noticias y ofertas</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="64"/>
        <source>Stay in touch every so many days</source>
        <translation>Mantener el contacto cada tantos días</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="65"/>
        <source>Stay in touch: remind us every so many days</source>
        <translation>Mantener el contacto: recordárnoslo cada tantos días</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="70"/>
        <source>Separate tags with ;</source>
        <translation>Separe las etiquetas con ;</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="71"/>
        <source>A follow-up is planned when nobody has been in touch for that long</source>
        <translation>Se planifica un seguimiento cuando nadie ha contactado con el cliente durante ese tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="129"/>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="183"/>
        <source>every</source>
        <translation>cada</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="184"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="228"/>
        <source>e.g. VIP; wholesale</source>
        <translation>p. ej., VIP; mayorista</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="73"/>
        <location filename="../../ui/widgets/customer_picker.py" line="182"/>
        <source>Type a name, company, phone or email</source>
        <translation>Escriba un nombre, empresa, teléfono o correo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="74"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="76"/>
        <source>Type to find a customer; use the arrow keys and Enter to choose one.</source>
        <translation>Escriba para buscar un cliente; use las flechas e Intro para elegirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="84"/>
        <source>&amp;New customer</source>
        <translation>Cliente &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="88"/>
        <source>Create a new customer with this contact</source>
        <translation>Crear un cliente nuevo con este contacto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="160"/>
        <source>No company, phone or email on file</source>
        <translation>Sin empresa, teléfono ni correo registrados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="162"/>
        <source>{0} — in the trash</source>
        <translation>{0} — en la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="180"/>
        <source>A new customer is created with this contact</source>
        <translation>Se crea un cliente nuevo con este contacto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="193"/>
        <source>Matching customers</source>
        <translation>Clientes que coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="263"/>
        <source>Search failed: {0}</source>
        <translation>La búsqueda falló: {0}</translation>
    </message>
</context>
<context>
    <name>CustomersEmpty</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="209"/>
        <source>Add a customer</source>
        <translation>Añadir un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="210"/>
        <source>Load demo data</source>
        <translation>Cargar datos de demostración</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="211"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="212"/>
        <source>Show customers</source>
        <translation>Mostrar clientes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="219"/>
        <source>No customers match these filters</source>
        <translation>Ningún cliente coincide con estos filtros</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="220"/>
        <source>Clear the filters to see everyone, or try another tag or channel.</source>
        <translation>Quite los filtros para ver a todos o pruebe otra etiqueta u otro canal.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="223"/>
        <source>The trash is empty</source>
        <translation>La papelera está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="224"/>
        <source>Customers you move to the trash wait here until you restore them.</source>
        <translation>Los clientes que mueva a la papelera esperan aquí hasta que los restaure.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="227"/>
        <source>No customers yet</source>
        <translation>Todavía no hay clientes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="228"/>
        <source>Add your first customer (Ctrl+N) or load demo data to try Carebook.</source>
        <translation>Añada su primer cliente (Ctrl+N) o cargue datos de demostración para probar Carebook.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/models/customers_model.py" line="69"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="70"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="71"/>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="72"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="73"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="74"/>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="75"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="76"/>
        <source>Last score</source>
        <translation>Última puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="339"/>
        <source>Open follow-ups. Click to sort by this column</source>
        <translation>Seguimientos abiertos. Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="343"/>
        <source>The latest CSAT, NPS or CES score. Click to sort, best or worst first</source>
        <translation>La última puntuación CSAT, NPS o CES. Haga clic para ordenar, de mejor a peor o de peor a mejor</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="347"/>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="348"/>
        <source>Sort by name, company, last contact, follow-ups or last score</source>
        <translation>Ordene por nombre, empresa, último contacto, seguimientos o última puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="384"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="394"/>
        <source>a low score</source>
        <translation>puntuación baja</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="396"/>
        <source>a high score</source>
        <translation>puntuación alta</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="401"/>
        <source>not a valid number</source>
        <translation>número no válido</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="429"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="439"/>
        <source>In the trash since {0}</source>
        <translation>En la papelera desde el {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="444"/>
        <source>{0} — kept as typed: not a valid number for the shop&apos;s region</source>
        <translation>{0} — se guarda tal como se escribió: no es un número válido para la región de la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="449"/>
        <source>No contact logged yet</source>
        <translation>Aún no se ha registrado ningún contacto</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="450"/>
        <source>Last contact: {0}</source>
        <translation>Último contacto: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="454"/>
        <source>{0} open follow-ups</source>
        <translation>Seguimientos abiertos: {0}</translation>
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
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="70"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Añadir un cliente (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="265"/>
        <source>{0} in the trash</source>
        <translation>{0} en la papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="267"/>
        <source>The trash is empty</source>
        <translation>La papelera está vacía</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="271"/>
        <source>No customers match</source>
        <translation>Ningún cliente coincide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="273"/>
        <source>1 customer matches</source>
        <translation>1 cliente coincide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="275"/>
        <source>{0} match</source>
        <translation>{0} coinciden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="289"/>
        <location filename="../../ui/pages/customers.py" line="290"/>
        <source>The customers could not be read</source>
        <translation>No se pudieron leer los clientes</translation>
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
        <translation>Izquierda y Derecha pasan de una parte a otra; escriba o use Arriba y Abajo para cambiar una</translation>
    </message>
</context>
<context>
    <name>DetailDrafts</name>
    <message>
        <location filename="../../ui/pages/detail_drafts.py" line="71"/>
        <source>Draft restored: unsaved changes to {0}</source>
        <translation>Borrador restaurado: cambios sin guardar en {0}</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="28"/>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="30"/>
        <source>Discard the restored draft</source>
        <translation>Descartar el borrador restaurado</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="42"/>
        <source>Draft restored: what you typed here before (kept at {0}) is back.</source>
        <translation>Borrador restaurado: ha vuelto lo que escribió aquí antes (guardado a las {0}).</translation>
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
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="31"/>
        <source>same email</source>
        <translation>mismo correo</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="32"/>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="33"/>
        <source>same name</source>
        <translation>mismo nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="34"/>
        <source>similar names</source>
        <translation>nombres parecidos</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="53"/>
        <source>Customer number {0}</source>
        <translation>Cliente número {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="106"/>
        <source>How likely these two are one customer, from what they share</source>
        <translation>Probabilidad de que ambos sean el mismo cliente, según lo que comparten</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="164"/>
        <source>Erase a customer</source>
        <translation>Borrar un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="176"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Borrar definitivamente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>&amp;Delete these backups</source>
        <translation>&amp;Eliminar estas copias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="200"/>
        <source>Erase {0}?</source>
        <translation>¿Borrar a {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="204"/>
        <source>Erasing removes this customer&apos;s personal data for good:
• name, company, email, phone, address, notes and tags are removed; the record is renamed “{0}”;
• the text of their contacts, follow-ups and score comments is blanked;
• the contacts, follow-ups and scores themselves stay, without personal data, so the monthly figures still add up.</source>
        <translation>Al borrar se eliminan definitivamente los datos personales de este cliente:
• se quitan el nombre, la empresa, el correo, el teléfono, la dirección, las notas y las etiquetas; la ficha pasa a llamarse «{0}»;
• se vacía el texto de sus contactos, seguimientos y comentarios de puntuación;
• los contactos, seguimientos y puntuaciones se conservan, sin datos personales, para que las cifras mensuales sigan cuadrando.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="213"/>
        <source>This cannot be undone.</source>
        <translation>Esto no se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="219"/>
        <source>Older backups still hold this customer&apos;s data ({0}). After erasing, you can delete them.</source>
        <translation>Hay copias de seguridad antiguas que aún contienen los datos de este cliente ({0}). Después de borrarlo, puede eliminarlas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="225"/>
        <source>I understand: erase {0} for good</source>
        <translation>Lo entiendo: borrar a {0} definitivamente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="241"/>
        <source>Backups that still hold the erased data</source>
        <translation>Copias de seguridad que aún contienen los datos borrados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="259"/>
        <source>Not erased</source>
        <translation>No borrado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="263"/>
        <source>Customer erased</source>
        <translation>Cliente borrado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="264"/>
        <source>{0} is erased</source>
        <translation>{0} está borrado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="267"/>
        <source>The record is now “{0}”. Kept without personal data — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>La ficha ahora es «{0}». Se conserva sin datos personales — contactos: {1}, seguimientos: {2}, puntuaciones: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="289"/>
        <source>Made before the erase, these backups still hold this customer&apos;s data ({0}). Delete them to remove it everywhere (newer backups will not have it).</source>
        <translation>Estas copias, hechas antes del borrado, aún contienen los datos de este cliente ({0}). Elimínelas para quitarlos de todas partes (las copias nuevas no los tendrán).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="294"/>
        <source>No backup holds this customer&apos;s data.</source>
        <translation>Ninguna copia de seguridad contiene los datos de este cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="303"/>
        <source>Delete these backups?</source>
        <translation>¿Eliminar estas copias?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="305"/>
        <source>Delete the backups made before the erase ({0})? You cannot restore them afterwards; the next backup will be made without this customer&apos;s data.</source>
        <translation>¿Eliminar las copias hechas antes del borrado ({0})? Después no podrá restaurarlas; la próxima copia se hará sin los datos de este cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="308"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="309"/>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="315"/>
        <source>Not all backups were deleted</source>
        <translation>No se eliminaron todas las copias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="320"/>
        <source>The older backups are deleted: no backup holds this data.</source>
        <translation>Las copias antiguas se eliminaron: ninguna copia contiene estos datos.</translation>
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
        <translation>Contactos (el registro de contactos)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="45"/>
        <source>Feedback scores</source>
        <translation>Puntuaciones de satisfacción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="49"/>
        <source>Every customer is exported; customers in the trash and erased ones are left out.</source>
        <translation>Se exportan todos los clientes; se dejan fuera los de la papelera y los borrados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Every contact is exported, except those of customers in the trash or erased.</source>
        <translation>Se exportan todos los contactos, salvo los de clientes en la papelera o borrados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="55"/>
        <source>Every score is exported, except those of customers in the trash or erased.</source>
        <translation>Se exportan todas las puntuaciones, salvo las de clientes en la papelera o borrados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="58"/>
        <source>Every follow-up is exported, done ones included, except those of customers in the trash.</source>
        <translation>Se exportan todos los seguimientos, también los hechos, salvo los de clientes en la papelera.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="81"/>
        <source>Spreadsheet (CSV, opens in Excel)</source>
        <translation>Hoja de cálculo (CSV, se abre en Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="84"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="88"/>
        <source>Address book (vCard, for phones and mail programs)</source>
        <translation>Libreta de direcciones (vCard, para teléfonos y programas de correo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="91"/>
        <source>vCard files (*.vcf)</source>
        <translation>Archivos vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>Calendar of the open follow-ups (iCalendar)</source>
        <translation>Calendario de los seguimientos abiertos (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="98"/>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>Write Carebook&apos;s data to a file that other programs open.</source>
        <translation>Escribir los datos de Carebook en un archivo que abren otros programas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;What:</source>
        <translation>&amp;Qué:</translation>
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
        <translation>Seguimientos &amp;de:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="145"/>
        <source>All customers</source>
        <translation>Todos los clientes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148"/>
        <source>Only the customers selected on the page ({0})</source>
        <translation>Solo los clientes seleccionados en la página ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Which:</source>
        <translation>&amp;Cuáles:</translation>
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
        <translation>Cada seguimiento abierto se convierte en un evento de calendario con aviso, en la zona horaria de la tienda. El nombre del cliente solo aparece en el texto; nunca se le invita.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="204"/>
        <source>Only the customers selected on the page are exported.</source>
        <translation>Solo se exportan los clientes seleccionados en la página.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="206"/>
        <source>Every customer outside the trash is exported as a card.</source>
        <translation>Cada cliente que no está en la papelera se exporta como una tarjeta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="209"/>
        <source>The filters of the page you came from are not applied.</source>
        <translation>No se aplican los filtros de la página de la que viene.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="245"/>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="252"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>Not exported</source>
        <translation>No exportado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="270"/>
        <source>Exported to {1} — customers: {0:,}</source>
        <translation>Exportado a {1} — clientes: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exported to {1} — follow-ups: {0:,}</source>
        <translation>Exportado a {1} — seguimientos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="274"/>
        <source>Exported to {1} — rows: {0:,}</source>
        <translation>Exportado a {1} — filas: {0:,}</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="77"/>
        <source>Export everything about a customer</source>
        <translation>Exportar todo sobre un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="83"/>
        <source>Carebook writes everything it holds about {0}: the customer record and tags, every contact, follow-up and score. Each as JSON (for a data request) and as CSV files that a spreadsheet opens. The files go into a new folder that only you can read.</source>
        <translation>Carebook escribe todo lo que guarda sobre {0}: la ficha del cliente y sus etiquetas, cada contacto, seguimiento y puntuación. Todo en JSON (para una solicitud de datos) y en archivos CSV que abre una hoja de cálculo. Los archivos van a una carpeta nueva que solo usted puede leer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="98"/>
        <source>&amp;Into the folder:</source>
        <translation>&amp;En la carpeta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="102"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Abrir la carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="115"/>
        <source>&amp;Export</source>
        <translation>Ex&amp;portar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="121"/>
        <source>Export into which folder?</source>
        <translation>¿Exportar a qué carpeta?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="131"/>
        <source>Choose the folder to export into.</source>
        <translation>Elija la carpeta donde exportar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="141"/>
        <source>Saved in {1} — files: {0}, contacts: {2}, follow-ups: {3}, scores: {4}.</source>
        <translation>Guardado en {1} — archivos: {0}, contactos: {2}, seguimientos: {3}, puntuaciones: {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="149"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="151"/>
        <source>Exported everything about {0}</source>
        <translation>Se exportó todo sobre {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="123"/>
        <source>Which file?</source>
        <translation>¿Qué archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>A CSV file from a spreadsheet (in Excel: File › Save As › CSV UTF-8), or an address book saved as vCard (.vcf). Nothing is written until the last step, and every import can be undone.</source>
        <translation>Un archivo CSV de una hoja de cálculo (en Excel: Archivo › Guardar como › CSV UTF-8) o una libreta de direcciones guardada como vCard (.vcf). No se escribe nada hasta el último paso y cada importación se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="135"/>
        <source>The file to import</source>
        <translation>El archivo que se importa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="136"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="138"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="150"/>
        <source>The file holds:</source>
        <translation>El archivo contiene:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="163"/>
        <source>&amp;Earlier imports…</source>
        <translation>&amp;Importaciones anteriores…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="164"/>
        <source>See the earlier imports and undo one</source>
        <translation>Ver las importaciones anteriores y deshacer una</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="191"/>
        <source>Each row needs: {0}.</source>
        <translation>Cada fila necesita: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="198"/>
        <source>Choose the file to import</source>
        <translation>Elija el archivo que importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="199"/>
        <source>CSV or vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Archivos CSV o vCard (*.csv *.txt *.vcf *.vcard);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="232"/>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="248"/>
        <source>{0}: an address book (cards: {1}); each card becomes a customer.</source>
        <translation>{0}: una libreta de direcciones (tarjetas: {1}); cada tarjeta se convierte en un cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="251"/>
        <source>{0} — rows: {1:,}, columns: {2}.</source>
        <translation>{0} — filas: {1:,}, columnas: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="255"/>
        <source>Carebook knows this file: an export of {0}.</source>
        <translation>Carebook conoce este archivo: una exportación de {0}.</translation>
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
        <translation>Mostrar solo los clientes con esta etiqueta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="80"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="85"/>
        <source>Preferred channel</source>
        <translation>Canal preferido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="86"/>
        <source>Show only customers who prefer this channel</source>
        <translation>Mostrar solo los clientes que prefieren este canal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="87"/>
        <source>Any channel</source>
        <translation>Cualquier canal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="88"/>
        <source>No preference</source>
        <translation>Sin preferencia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="91"/>
        <source>&amp;Not contacted for</source>
        <translation>Sin &amp;contacto desde hace</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="94"/>
        <source>Customers whose last contact is older than this, or who never had one</source>
        <translation>Clientes cuyo último contacto es anterior a esto o que nunca han tenido ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="100"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="101"/>
        <source>Not contacted for so many days</source>
        <translation>Sin contacto desde hace tantos días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="103"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers in use</source>
        <translation>Clientes en uso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Customers moved to the trash; restore them from here</source>
        <translation>Clientes movidos a la papelera; restáurelos desde aquí</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="126"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="53"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="58"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="60"/>
        <source>Open (not done)</source>
        <translation>Abiertos (sin hacer)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="61"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="62"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="63"/>
        <source>Upcoming</source>
        <translation>Próximos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="64"/>
        <source>Done</source>
        <translation>Hechos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="65"/>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="72"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="74"/>
        <source>Any date</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="75"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="76"/>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="77"/>
        <source>Next 7 days</source>
        <translation>Próximos 7 días</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="78"/>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="79"/>
        <source>Last month</source>
        <translation>El mes pasado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="80"/>
        <source>Choose dates…</source>
        <translation>Elegir fechas…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due from</source>
        <translation>Vencen desde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due until</source>
        <translation>Vencen hasta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="95"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="100"/>
        <source>&amp;Assigned to:</source>
        <translation>Asig&amp;nado a:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="101"/>
        <source>S&amp;tate:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="102"/>
        <source>D&amp;ue:</source>
        <translation>Venci&amp;miento:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me ({0})</source>
        <translation>Yo ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="162"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="163"/>
        <source>Nobody yet (unassigned)</source>
        <translation>Nadie todavía (sin asignar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="172"/>
        <source>Choose who is at the counter first</source>
        <translation>Elija primero quién está en el mostrador</translation>
    </message>
</context>
<context>
    <name>FollowupActions</name>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="73"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="81"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Reabrir</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="87"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="94"/>
        <source>Re&amp;assign to</source>
        <translation>Reasi&amp;gnar a</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="105"/>
        <source>&amp;Log contact…</source>
        <translation>Registrar un &amp;contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="110"/>
        <source>Log the contact for this follow-up; it is marked done on saving</source>
        <translation>Registrar el contacto de este seguimiento; al guardar, se marca como hecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="115"/>
        <source>De&amp;lete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="120"/>
        <source>Show &amp;customer</source>
        <translation>&amp;Ver cliente</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="125"/>
        <source>Open the c&amp;ontact it came from</source>
        <translation>Abrir el contacto de &amp;origen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="174"/>
        <location filename="../../ui/pages/followups_actions.py" line="178"/>
        <location filename="../../ui/pages/followups_actions.py" line="186"/>
        <location filename="../../ui/pages/followups_actions.py" line="188"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="207"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="218"/>
        <source>Follow-up marked done</source>
        <translation>Seguimiento marcado como hecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="219"/>
        <source>{0} follow-ups marked done</source>
        <translation>Seguimientos marcados como hechos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="225"/>
        <source>Resolve its contact</source>
        <translation>Resolver su contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="227"/>
        <source>Resolve their contacts</source>
        <translation>Resolver sus contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="237"/>
        <source>Contact resolved</source>
        <translation>Contacto resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="238"/>
        <source>{0} contacts resolved</source>
        <translation>Contactos resueltos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="251"/>
        <source>Follow-up reopened</source>
        <translation>Seguimiento reabierto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="252"/>
        <source>{0} follow-ups reopened</source>
        <translation>Seguimientos reabiertos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="273"/>
        <source>Follow-up snoozed until {1}</source>
        <translation>Seguimiento pospuesto hasta {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="274"/>
        <source>{0} follow-ups snoozed until {1}</source>
        <translation>Seguimientos pospuestos hasta {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="327"/>
        <source>Nobody (unassigned)</source>
        <translation>Nadie (sin asignar)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="339"/>
        <source>Follow-up reassigned</source>
        <translation>Seguimiento reasignado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="340"/>
        <source>{0} follow-ups reassigned</source>
        <translation>Seguimientos reasignados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="353"/>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="355"/>
        <source>Delete the follow-up “{0}” for {1}?</source>
        <translation>¿Eliminar el seguimiento «{0}» de {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="360"/>
        <source>{0}

This cannot be undone. To keep it on record, mark it done instead.</source>
        <translation>{0}

No se puede deshacer. Para conservarlo en el historial, márquelo como hecho.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="365"/>
        <source>Delete follow-up</source>
        <translation>Eliminar seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="367"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="368"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="377"/>
        <source>Follow-up deleted</source>
        <translation>Seguimiento eliminado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="378"/>
        <source>{0} follow-ups deleted</source>
        <translation>Seguimientos eliminados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="394"/>
        <source>Cannot open this follow-up</source>
        <translation>No se puede abrir este seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="416"/>
        <source>Cannot open this contact</source>
        <translation>No se puede abrir este contacto</translation>
    </message>
</context>
<context>
    <name>FollowupCardList</name>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="196"/>
        <source>Overdue · {0}</source>
        <translation>Vencidos · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="197"/>
        <source>Due today · {0}</source>
        <translation>Vencen hoy · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="211"/>
        <source>Showing {0} of {1} follow-ups.</source>
        <translation>Se muestran {0} de {1} seguimientos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="213"/>
        <source>The Follow-ups page lists them all.</source>
        <translation>La página Seguimientos los muestra todos.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="214"/>
        <source>Open Follow-ups</source>
        <translation>Abrir Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="217"/>
        <source>Show {0} more</source>
        <translation>Mostrar {0} más</translation>
    </message>
</context>
<context>
    <name>FollowupCardWidget</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="144"/>
        <source>High priority</source>
        <translation>Prioridad alta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="145"/>
        <source>Stay in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="157"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="159"/>
        <source>Mark this follow-up as done</source>
        <translation>Marcar este seguimiento como hecho</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="161"/>
        <source>Snooze</source>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="162"/>
        <source>Move this follow-up to later</source>
        <translation>Pasar este seguimiento a más tarde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="167"/>
        <source>Log this follow-up…</source>
        <translation>Registrar este seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="170"/>
        <source>Log the contact you make for this follow-up; saving it marks the follow-up done</source>
        <translation>Registre el contacto que haga para este seguimiento; al guardarlo, el seguimiento queda hecho</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="210"/>
        <source>Last contacts</source>
        <translation>Últimos contactos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="220"/>
        <source>No contacts logged yet</source>
        <translation>Aún no hay contactos registrados</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="245"/>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="254"/>
        <source>Due {0}</source>
        <translation>Vence {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="259"/>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="279"/>
        <source>{0}. Press Enter to open the customer.</source>
        <translation>{0}. Pulse Intro para abrir el cliente.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="280"/>
        <source>Mark done: {0}</source>
        <translation>Marcar como hecho: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="281"/>
        <source>Snooze: {0}</source>
        <translation>Posponer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="282"/>
        <source>Log this follow-up: {0}</source>
        <translation>Registrar este seguimiento: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>Edit follow-up</source>
        <translation>Editar seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>New follow-up</source>
        <translation>Seguimiento nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="62"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="69"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Vence el:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="73"/>
        <source>&amp;Time:</source>
        <translation>&amp;Hora:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="75"/>
        <source>Optional, e.g. 14:30. Empty: any time that day.</source>
        <translation>Opcional, p. ej. 14:30. Vacío: a cualquier hora de ese día.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="78"/>
        <source>Any time</source>
        <translation>A cualquier hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="82"/>
        <source>Nobody yet</source>
        <translation>Nadie todavía</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="85"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Asignado a:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="87"/>
        <source>&amp;High priority: show it first</source>
        <translation>&amp;Prioridad alta: mostrarlo primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="88"/>
        <source>Priority:</source>
        <translation>Prioridad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="91"/>
        <source>What should be done, e.g. “Ring back with the repair quote”</source>
        <translation>Qué hay que hacer, p. ej. «Llamar con el presupuesto de la reparación»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Intro guarda; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Plan follow-up</source>
        <translation>Planificar seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="151"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inactivo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="164"/>
        <source>Done {0}; its due date ({1}) stays as it was.</source>
        <translation>Hecho {0}; su fecha de vencimiento ({1}) no cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="168"/>
        <source>Done {0} by {1}; its due date ({2}) stays as it was.</source>
        <translation>Hecho {0} por {1}; su fecha de vencimiento ({2}) no cambia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="197"/>
        <source>Pick “{0}” from the list of matches, or type another name</source>
        <translation>Elija «{0}» en la lista de coincidencias o escriba otro nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="198"/>
        <source>Choose a customer: type a name and pick them from the list</source>
        <translation>Elija un cliente: escriba un nombre y selecciónelo en la lista</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="204"/>
        <source>is {0:,} characters long; the limit is {1:,}</source>
        <translation>tiene {0:,} caracteres; el límite es {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="228"/>
        <source>Follow-up planned for {0} on {1}</source>
        <translation>Seguimiento planificado para {0} el {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="242"/>
        <source>Follow-up for {0} saved</source>
        <translation>Seguimiento de {0} guardado</translation>
    </message>
</context>
<context>
    <name>FollowupFields</name>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="63"/>
        <source>Type a due date like {0}, or pick one</source>
        <translation>Escriba una fecha de vencimiento como {0} o elija una</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="80"/>
        <source>&apos;{0}&apos; is not a time like 14:30</source>
        <translation>«{0}» no es una hora como 14:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="87"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="89"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="91"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="93"/>
        <source>in {0} days</source>
        <translation>dentro de {0} días</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="95"/>
        <source>the day before yesterday — in the past</source>
        <translation>anteayer — en el pasado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="96"/>
        <source>{0} days ago — in the past</source>
        <translation>hace {0} días — en el pasado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="117"/>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="127"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="140"/>
        <location filename="../../ui/dialogs/followup_fields.py" line="143"/>
        <source>Pick a date from the calendar</source>
        <translation>Elegir una fecha en el calendario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="155"/>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="158"/>
        <source>In 2 days</source>
        <translation>Dentro de 2 días</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="161"/>
        <source>Next week</source>
        <translation>La semana que viene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="214"/>
        <source>Type a date like {0}, or use a button.</source>
        <translation>Escriba una fecha como {0} o use un botón.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="259"/>
        <source>Type a name, email or phone number…</source>
        <translation>Escriba un nombre, correo o teléfono…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="261"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="269"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="272"/>
        <source>Choose another customer</source>
        <translation>Elegir otro cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="327"/>
        <source>No customer matches “{0}”. Check the spelling, or add the customer first.</source>
        <translation>Ningún cliente coincide con «{0}». Revise la ortografía o añada primero el cliente.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <location filename="../../ui/models/followup_format.py" line="34"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="35"/>
        <location filename="../../ui/models/followup_format.py" line="170"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
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
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="40"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="41"/>
        <source>From a contact</source>
        <translation>De un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="42"/>
        <source>Stay in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="43"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="150"/>
        <source>1 day</source>
        <translation>1 día</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="152"/>
        <source>{0} days</source>
        <translation>{0} días</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="159"/>
        <source>Overdue by {0}</source>
        <translation>Vencido hace {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="162"/>
        <source>Overdue since {0} today</source>
        <translation>Vencido desde las {0} de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="167"/>
        <source>Due today at {0}</source>
        <translation>Vence hoy a las {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="172"/>
        <source>Due in {0}</source>
        <translation>Vence dentro de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="177"/>
        <source>Done {0} by {1}</source>
        <translation>Hecho el {0} por {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="180"/>
        <source>Done {0}</source>
        <translation>Hecho el {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="75"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
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
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="79"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="80"/>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="81"/>
        <source>Origin</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="230"/>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="231"/>
        <source>This column cannot be sorted</source>
        <translation>Esta columna no se puede ordenar</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="275"/>
        <source>Nobody</source>
        <translation>Nadie</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="286"/>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="289"/>
        <source>{0}, any time of the day</source>
        <translation>{0}, a cualquier hora del día</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="295"/>
        <source>Not assigned to anyone yet</source>
        <translation>Aún no está asignado a nadie</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="299"/>
        <source>Made from a contact: double-click to open that contact</source>
        <translation>Creado a partir de un contacto: haga doble clic para abrir ese contacto</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../ui/pages/followups.py" line="82"/>
        <source>New follow-up</source>
        <translation>Seguimiento nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="83"/>
        <source>Plan a follow-up (Ctrl+Shift+N)</source>
        <translation>Planificar un seguimiento (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="96"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="161"/>
        <source>Plan a follow-up</source>
        <translation>Planificar un seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="162"/>
        <source>Show all follow-ups</source>
        <translation>Mostrar todos los seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="181"/>
        <source>{0} overdue</source>
        <translation>{0} vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="268"/>
        <source>{0} follow-ups shown</source>
        <translation>{0} seguimientos mostrados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="270"/>
        <source>1 follow-up shown</source>
        <translation>1 seguimiento mostrado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="272"/>
        <source>{0} overdue in all</source>
        <translation>{0} vencidos en total</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="274"/>
        <source>No follow-ups match these filters</source>
        <translation>Ningún seguimiento coincide con estos filtros</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="288"/>
        <source>No open follow-ups</source>
        <translation>No hay seguimientos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="289"/>
        <source>Nothing is overdue</source>
        <translation>No hay nada vencido</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="290"/>
        <source>Nothing is due today</source>
        <translation>No vence nada hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="291"/>
        <source>Nothing planned ahead</source>
        <translation>No hay nada planificado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="292"/>
        <source>No follow-ups done yet</source>
        <translation>Aún no hay seguimientos hechos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="293"/>
        <source>No follow-ups yet</source>
        <translation>Aún no hay seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="297"/>
        <source>Everything planned is done. Plan the next call-back or check-in with Ctrl+Shift+N.</source>
        <translation>Todo lo planificado está hecho. Planifique la próxima llamada o visita con Ctrl+Mayús+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="299"/>
        <source>Every follow-up is on time. Well done!</source>
        <translation>Todos los seguimientos van al día. ¡Bien hecho!</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="300"/>
        <source>Nothing needs doing today. Upcoming follow-ups show under “Upcoming”.</source>
        <translation>Hoy no hay nada que hacer. Los próximos seguimientos aparecen en «Próximos».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="301"/>
        <source>No follow-ups are planned for later days. Plan one with Ctrl+Shift+N.</source>
        <translation>No hay seguimientos planificados para más adelante. Planifique uno con Ctrl+Mayús+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="302"/>
        <source>Follow-ups marked done (Ctrl+D) are listed here with who did them and when.</source>
        <translation>Los seguimientos marcados como hechos (Ctrl+D) aparecen aquí con quién los hizo y cuándo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="304"/>
        <source>Plan a call-back or a check-in with Ctrl+Shift+N, and Carebook reminds you when it is due.</source>
        <translation>Planifique una llamada o una visita con Ctrl+Mayús+N y Carebook le avisará cuando venza.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="314"/>
        <source>{0} Only some follow-ups are shown: try “Show all follow-ups”.</source>
        <translation>{0} Solo se muestran algunos seguimientos: pruebe «Mostrar todos los seguimientos».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="319"/>
        <location filename="../../ui/pages/followups.py" line="320"/>
        <source>The follow-ups could not be read</source>
        <translation>No se pudieron leer los seguimientos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/followups.py" line="377"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="55"/>
        <source>Is this how the file looks?</source>
        <translation>¿Así se ve el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="58"/>
        <source>Carebook found the text encoding and the separator by itself. If the names look wrong or everything is in one column, choose another one.</source>
        <translation>Carebook detectó por sí solo la codificación del texto y el separador. Si los nombres se ven mal o todo está en una sola columna, elija otra opción.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="72"/>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Codificación del texto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="73"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="80"/>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="114"/>
        <source>Reading {0} again…</source>
        <translation>Leyendo {0} de nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="137"/>
        <source>{0} (found in the file)</source>
        <translation>{0} (detectado en el archivo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="143"/>
        <source>Found by Carebook: {0}; {1}.</source>
        <translation>Detectado por Carebook: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="153"/>
        <source>(no heading)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="164"/>
        <source>Columns: {0}. The numbers on the left are the lines of the file.</source>
        <translation>Columnas: {0}. Los números de la izquierda son las líneas del archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="169"/>
        <source>More rows follow: {0:,}.</source>
        <translation>Siguen más filas: {0:,}.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="56"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="57"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="58"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="59"/>
        <source>Created</source>
        <translation>Creados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="60"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="61"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="64"/>
        <source>Earlier imports, newest first</source>
        <translation>Importaciones anteriores, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="70"/>
        <source>No imports yet.</source>
        <translation>Aún no hay importaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="72"/>
        <source>&amp;Undo the chosen import</source>
        <translation>&amp;Deshacer la importación elegida</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="118"/>
        <source>Undone {0}</source>
        <translation>Deshecha {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="119"/>
        <source>Imported</source>
        <translation>Importada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="139"/>
        <source>Undo this import?</source>
        <translation>¿Deshacer esta importación?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="141"/>
        <source>Undo import {0}? The rows it created are removed and the fields it changed get their earlier values. If anything was added or changed since, Carebook says so and changes nothing.</source>
        <translation>¿Deshacer la importación {0}? Se quitan las filas que creó y los campos que cambió recuperan sus valores anteriores. Si desde entonces se añadió o cambió algo, Carebook lo indica y no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="145"/>
        <source>Undo the import</source>
        <translation>Deshacer la importación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="146"/>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="149"/>
        <source>Undoing import {0}…</source>
        <translation>Deshaciendo la importación {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="163"/>
        <source>rows removed: {0:,}</source>
        <translation>filas quitadas: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="166"/>
        <source>customers given back their earlier values: {0:,}</source>
        <translation>clientes que recuperaron sus valores anteriores: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="168"/>
        <source>Import {0} undone — {1}.</source>
        <translation>Importación {0} deshecha — {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="170"/>
        <source>Kept: {0}.</source>
        <translation>Conservados: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="174"/>
        <source>Import {0} undone</source>
        <translation>Importación {0} deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="180"/>
        <source>Import not undone</source>
        <translation>Importación no deshecha</translation>
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
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="30"/>
        <source>In the file</source>
        <translation>En el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="31"/>
        <source>Already in Carebook</source>
        <translation>Ya en Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="32"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="33"/>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="36"/>
        <source>Update this customer</source>
        <translation>Actualizar este cliente</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="37"/>
        <source>Skip the row</source>
        <translation>Saltar la fila</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="38"/>
        <source>Add as a new customer</source>
        <translation>Añadir como cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="139"/>
        <source>Double-click or press F2 to choose</source>
        <translation>Haga doble clic o pulse F2 para elegir</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="117"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="122"/>
        <source>The line of the file (the header is line 1)</source>
        <translation>La línea del archivo (el encabezado es la línea 1)</translation>
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
        <translation>«{0}» se lee como {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="188"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="35"/>
        <source>UTF-8 with BOM (Excel “CSV UTF-8”)</source>
        <translation>UTF-8 con BOM (Excel «CSV UTF-8»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="36"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="37"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel «Texto Unicode»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="38"/>
        <source>Windows, Western European (Excel “CSV”)</source>
        <translation>Windows, Europa occidental (Excel «CSV»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="41"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="42"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="43"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="30"/>
        <source>Name: title before it (Dr.)</source>
        <translation>Nombre: tratamiento delante (Dr.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="31"/>
        <source>Name: first name</source>
        <translation>Nombre: nombre de pila</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="32"/>
        <source>Name: middle name</source>
        <translation>Nombre: segundo nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="33"/>
        <source>Name: last name</source>
        <translation>Nombre: apellidos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="34"/>
        <source>Name: after it (Jr.)</source>
        <translation>Nombre: detrás (Jr.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="35"/>
        <source>Nickname (the name when there is no other)</source>
        <translation>Apodo (el nombre cuando no hay otro)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="36"/>
        <source>Phone: mobile (taken first)</source>
        <translation>Teléfono: móvil (se toma primero)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="37"/>
        <source>Phone: work</source>
        <translation>Teléfono: trabajo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="38"/>
        <source>Phone: home</source>
        <translation>Teléfono: casa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="39"/>
        <source>Phone: other</source>
        <translation>Teléfono: otro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="40"/>
        <source>Address: street</source>
        <translation>Dirección: calle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="41"/>
        <source>Address: house number</source>
        <translation>Dirección: número</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="42"/>
        <source>Address: PO box</source>
        <translation>Dirección: apartado de correos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="43"/>
        <source>Address: postcode</source>
        <translation>Dirección: código postal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="44"/>
        <source>Address: city</source>
        <translation>Dirección: ciudad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="45"/>
        <source>Address: region or state</source>
        <translation>Dirección: región o provincia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="46"/>
        <source>Address: country</source>
        <translation>Dirección: país</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="47"/>
        <source>Type of the values beside it (Home, Work…)</source>
        <translation>Tipo de los valores de al lado (Casa, Trabajo…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="48"/>
        <source>Notes, after the column&apos;s heading</source>
        <translation>Notas, tras el encabezado de la columna</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="40"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="41"/>
        <source>Contacts (calls, visits, emails…)</source>
        <translation>Contactos (llamadas, visitas, correos…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="42"/>
        <source>Feedback scores (CSAT, NPS, CES)</source>
        <translation>Puntuaciones de satisfacción (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="43"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="46"/>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="47"/>
        <source>Customer&apos;s name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="48"/>
        <source>Customer&apos;s email</source>
        <translation>Correo del cliente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="49"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="50"/>
        <source>Direction (inbound/outbound)</source>
        <translation>Dirección (entrante/saliente)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="51"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="52"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="53"/>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="54"/>
        <source>Status (open/resolved)</source>
        <translation>Estado (abierto/resuelto)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="55"/>
        <source>Resolved at first contact (yes/no)</source>
        <translation>Resuelto en el primer contacto (sí/no)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="56"/>
        <source>Resolved at</source>
        <translation>Resuelto el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="57"/>
        <source>Minutes waited</source>
        <translation>Minutos de espera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="58"/>
        <source>Duration in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="59"/>
        <source>Received at</source>
        <translation>Recibido el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="60"/>
        <source>Kind (csat/nps/ces)</source>
        <translation>Tipo (csat/nps/ces)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="61"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="62"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="63"/>
        <source>Due date</source>
        <translation>Fecha de vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="64"/>
        <source>Due time</source>
        <translation>Hora de vencimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="65"/>
        <source>Assigned to</source>
        <translation>Asignado a</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="66"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="67"/>
        <source>Priority (normal/high)</source>
        <translation>Prioridad (normal/alta)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="68"/>
        <source>Done at</source>
        <translation>Hecho el</translation>
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
        <translation>&amp;Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="197"/>
        <source>Earlier imports</source>
        <translation>Importaciones anteriores</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="61"/>
        <source>{0:,} / {1:,}: {2:,} too many</source>
        <translation>{0:,} / {1:,}: {2:,} de más</translation>
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
        <translation>Cliente &amp;nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="63"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Registrar un contacto…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="69"/>
        <source>New &amp;follow-up…</source>
        <translation>Se&amp;guimiento nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="75"/>
        <source>Record a &amp;score…</source>
        <translation>Registrar una &amp;puntuación…</translation>
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
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="90"/>
        <source>Backups and &amp;restore…</source>
        <translation>Copias y res&amp;tauración…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="93"/>
        <source>&amp;Move this shop to a server…</source>
        <translation>&amp;Mover esta tienda a un servidor…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="99"/>
        <source>Find &amp;duplicates…</source>
        <translation>Buscar &amp;duplicados…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="102"/>
        <source>&amp;Connect to the shop&apos;s server…</source>
        <translation>&amp;Conectar con el servidor de la tienda…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="111"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="115"/>
        <source>Shop &amp;settings…</source>
        <translation>&amp;Configuración de la tienda…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="119"/>
        <source>S&amp;taff…</source>
        <translation>Perso&amp;nal…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="122"/>
        <source>&amp;Who is at the counter…</source>
        <translation>&amp;Quién está en el mostrador…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="129"/>
        <source>Show &amp;toolbar</source>
        <translation>Mostrar barra de &amp;herramientas</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="135"/>
        <source>&amp;System colours</source>
        <translation>Colores del &amp;sistema</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="136"/>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="137"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="154"/>
        <source>&amp;Next record</source>
        <translation>Ficha &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="160"/>
        <source>&amp;Previous record</source>
        <translation>Ficha &amp;anterior</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="173"/>
        <source>&amp;About Carebook</source>
        <translation>&amp;Acerca de Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="177"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="224"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="229"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="230"/>
        <source>&amp;Colours</source>
        <translation>&amp;Colores</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="236"/>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="241"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="248"/>
        <source>New customer</source>
        <translation>Cliente nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="249"/>
        <source>Log contact</source>
        <translation>Registrar contacto</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="250"/>
        <source>New follow-up</source>
        <translation>Seguimiento nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="276"/>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Find a customer first, then record their score</source>
        <translation>Busque primero un cliente y luego registre su puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Data: {0}</source>
        <translation>Datos: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Carebook keeps its data in {0}</source>
        <translation>Carebook guarda sus datos en {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="62"/>
        <source>Which column is which?</source>
        <translation>¿Qué columna es cuál?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="65"/>
        <source>Carebook matched the columns by their headings. Change any choice; columns set to “Leave out” are not imported. Required columns are marked with *.</source>
        <translation>Carebook relacionó las columnas por sus encabezados. Cambie lo que quiera; las columnas marcadas como «Omitir» no se importan. Las columnas obligatorias llevan *.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="75"/>
        <source>Columns of the file</source>
        <translation>Columnas del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="110"/>
        <source>{0} file: Carebook knows its columns.</source>
        <translation>Archivo de {0}: Carebook conoce sus columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="112"/>
        <source>Your choices for a file with these headings are used again.</source>
        <translation>Sus elecciones para un archivo con estos encabezados se vuelven a usar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Column of the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Imported as</source>
        <translation>Se importa como</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="136"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="205"/>
        <source>(no heading)</source>
        <translation>(sin encabezado)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="140"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="146"/>
        <source>Import the column “{0}” as</source>
        <translation>Importar la columna «{0}» como</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="147"/>
        <source>Leave out</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="197"/>
        <source>Choose a file column for: {0}.</source>
        <translation>Elija una columna del archivo para: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="201"/>
        <source>{0} of {1} columns will be imported.</source>
        <translation>Se importarán {0} de {1} columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="204"/>
        <source>{0} (values: {1:,})</source>
        <translation>{0} (valores: {1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="208"/>
        <source>Not imported: {0}.</source>
        <translation>No se importan: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="210"/>
        <source>Not imported, empty in every row: {0}.</source>
        <translation>No se importan, vacías en todas las filas: {0}.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="70"/>
        <source>Customers you already have</source>
        <translation>Clientes que ya tiene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="73"/>
        <source>These rows look like customers already in Carebook (same email, same phone or a very similar name). Choose for each: update the customer, skip the row, or add a new customer.</source>
        <translation>Estas filas parecen clientes que ya están en Carebook (mismo correo, mismo teléfono o un nombre muy parecido). Elija para cada una: actualizar el cliente, saltar la fila o añadir un cliente nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="93"/>
        <source>Rows that match customers already in Carebook</source>
        <translation>Filas que coinciden con clientes que ya están en Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>S&amp;kip</source>
        <translation>&amp;Saltar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>Add as &amp;new</source>
        <translation>Añadir como &amp;nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="104"/>
        <source>For the chosen rows:</source>
        <translation>Para las filas elegidas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="111"/>
        <source>Apply to &amp;all rows</source>
        <translation>Aplicar a &amp;todas las filas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="127"/>
        <source>Looking for customers you already have…</source>
        <translation>Buscando clientes que ya tiene…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="153"/>
        <source>Could not look for matching customers: {0}</source>
        <translation>No se pudieron buscar clientes coincidentes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="168"/>
        <source>No row matches a customer you already have: every row is new.</source>
        <translation>Ninguna fila coincide con un cliente que ya tenga: todas las filas son nuevas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="172"/>
        <source>Matching rows: {0:,} — to update: {1:,}, to skip: {2:,}, to add as new: {3:,}.</source>
        <translation>Filas que coinciden: {0:,} — para actualizar: {1:,}, para saltar: {2:,}, para añadir como nuevas: {3:,}.</translation>
    </message>
</context>
<context>
    <name>MergeCompare</name>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="124"/>
        <source>Record kept</source>
        <translation>Ficha que se conserva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="130"/>
        <source>Keep #{0}</source>
        <translation>Conservar n.º {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="133"/>
        <source>Keep customer number {0}; the other record is merged into it</source>
        <translation>Conservar el cliente número {0}; la otra ficha se fusiona con él</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="146"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="148"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="160"/>
        <source>Every contact, follow-up, score and tag of the other record moves to the record kept.</source>
        <translation>Todos los contactos, seguimientos, puntuaciones y etiquetas de la otra ficha pasan a la ficha que se conserva.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="176"/>
        <source>Contacts: {0} · Follow-ups: {1} · Scores: {2}</source>
        <translation>Contactos: {0} · Seguimientos: {1} · Puntuaciones: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="186"/>
        <source>(empty on both)</source>
        <translation>(vacío en ambas)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="198"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="204"/>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="206"/>
        <source>Keep both texts, one after the other</source>
        <translation>Conservar ambos textos, uno tras otro</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Duplicates and merge</source>
        <translation>Duplicados y fusión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="70"/>
        <source>Likely duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="71"/>
        <source>Merged earlier</source>
        <translation>Fusionados antes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="93"/>
        <source>Likely duplicates, most likely first</source>
        <translation>Posibles duplicados, los más probables primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="111"/>
        <source>Look &amp;again</source>
        <translation>&amp;Buscar de nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="121"/>
        <source>Choose a pair on the left to compare the two records.</source>
        <translation>Elija una pareja a la izquierda para comparar las dos fichas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="127"/>
        <source>The two customers side by side</source>
        <translation>Los dos clientes uno al lado del otro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="136"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="171"/>
        <source>Looking for customers entered twice…</source>
        <translation>Buscando clientes introducidos dos veces…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="187"/>
        <source>No likely duplicates: no two customers share an email, a phone or a very similar name.</source>
        <translation>No hay posibles duplicados: no hay dos clientes con el mismo correo, el mismo teléfono o un nombre muy parecido.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="197"/>
        <source>Could not look for duplicates: {0}</source>
        <translation>No se pudieron buscar duplicados: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="218"/>
        <source>One of these customers no longer exists. Click “Look again”.</source>
        <translation>Uno de estos clientes ya no existe. Haga clic en «Buscar de nuevo».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="231"/>
        <source>Merge the other record into customer #{0}</source>
        <translation>Fusionar la otra ficha en el cliente n.º {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="242"/>
        <source>Merge these records?</source>
        <translation>¿Fusionar estas fichas?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="244"/>
        <source>Merge “{0}” (#{1}) into “{2}” (#{3})?

Every contact, follow-up, score and tag moves to #{3}, which takes the values you chose; #{1} is removed. You can undo the merge later.</source>
        <translation>¿Fusionar «{0}» (n.º {1}) en «{2}» (n.º {3})?

Cada contacto, seguimiento, puntuación y etiqueta pasa al n.º {3}, que toma los valores que eligió; el n.º {1} se quita. Puede deshacer la fusión más adelante.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="247"/>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="248"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Not merged</source>
        <translation>No fusionado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Merged into “{0}”. Moved — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>Fusionado en «{0}». Pasados — contactos: {1}, seguimientos: {2}, puntuaciones: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>No more likely duplicates.</source>
        <translation>No hay más posibles duplicados.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Kept</source>
        <translation>Conservado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Merged into it</source>
        <translation>Fusionado en él</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="299"/>
        <source>Merges, newest first</source>
        <translation>Fusiones, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="303"/>
        <source>No merges yet.</source>
        <translation>Aún no hay fusiones.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="305"/>
        <source>Undo &amp;merge</source>
        <translation>Deshacer la f&amp;usión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="311"/>
        <source>Undoing a merge brings back the record merged away, with its own contacts, follow-ups, scores and tags, and puts the record kept back as it was.</source>
        <translation>Al deshacer una fusión vuelve la ficha fusionada, con sus propios contactos, seguimientos, puntuaciones y etiquetas, y la ficha conservada queda como estaba.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="329"/>
        <source>#{0} (no longer exists)</source>
        <translation>n.º {0} (ya no existe)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="331"/>
        <source>Undone {0}</source>
        <translation>Deshecha {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="333"/>
        <source>Merged</source>
        <translation>Fusionada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="360"/>
        <source>Merge not undone</source>
        <translation>Fusión no deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="363"/>
        <source>Merge undone: both records are back</source>
        <translation>Fusión deshecha: las dos fichas han vuelto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="365"/>
        <source>Merge undone: customer #{0} is back (contacts: {1}).</source>
        <translation>Fusión deshecha: el cliente n.º {0} ha vuelto (contactos: {1}).</translation>
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
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="62"/>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="65"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="74"/>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="163"/>
        <source>Previous month: {0}</source>
        <translation>Mes anterior: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="166"/>
        <source>Next month: {0}</source>
        <translation>Mes siguiente: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="168"/>
        <source>Month shown: {0}</source>
        <translation>Mes mostrado: {0}</translation>
    </message>
</context>
<context>
    <name>MoveShopDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="50"/>
        <source>Move this shop to a server</source>
        <translation>Mover esta tienda a un servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="53"/>
        <source>Move this shop</source>
        <translation>Mover esta tienda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="57"/>
        <source>Copy every customer, contact, follow-up, score, setting and the import and merge history into an empty database: on the shop&apos;s server, so several counters can work together, or into a new file. This shop stays as it is.</source>
        <translation>Copiar cada cliente, contacto, seguimiento, puntuación, ajuste y el historial de importaciones y fusiones a una base de datos vacía: en el servidor de la tienda, para que varios mostradores trabajen juntos, o en un archivo nuevo. Esta tienda se queda como está.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="67"/>
        <source>postgresql://shop@back-office/shop, or a file</source>
        <translation>postgresql://tienda@trastienda/tienda, o un archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="68"/>
        <source>Where to copy the shop</source>
        <translation>Dónde copiar la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="71"/>
        <source>Choose a &amp;file…</source>
        <translation>Elegir un &amp;archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="76"/>
        <source>&amp;Server address or file:</source>
        <translation>Dirección del &amp;servidor o archivo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="79"/>
        <source>The database must be empty; your server&apos;s administrator creates it (see the README).</source>
        <translation>La base de datos debe estar vacía; la crea el administrador de su servidor (consulte el README).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="95"/>
        <source>&amp;Copy the shop</source>
        <translation>&amp;Copiar la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="98"/>
        <source>&amp;Open the new shop</source>
        <translation>Abrir la tienda &amp;nueva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="132"/>
        <source>Copy the shop into a new file</source>
        <translation>Copiar la tienda a un archivo nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="133"/>
        <source>Carebook files (*.sqlite3)</source>
        <translation>Archivos de Carebook (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="145"/>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="169"/>
        <source>Copied to {0}. Customers: {1}, contacts: {2}, follow-ups: {3}, scores: {4}. Checked: every table holds the same number of rows and the figures of all {5} months are the same.</source>
        <translation>Copiada a {0}. Clientes: {1}, contactos: {2}, seguimientos: {3}, puntuaciones: {4}. Comprobado: cada tabla tiene el mismo número de filas y las cifras de los {5} meses coinciden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="187"/>
        <source>Nothing was copied: {0}</source>
        <translation>No se copió nada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="213"/>
        <source>The new shop could not be opened</source>
        <translation>No se pudo abrir la tienda nueva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="221"/>
        <source>Carebook now works with the shop on {0}: {1}</source>
        <translation>Carebook trabaja ahora con la tienda en {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../ui/pdf_printing.py" line="104"/>
        <source>There is nothing to print yet.</source>
        <translation>Todavía no hay nada que imprimir.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="107"/>
        <source>The chosen pages are not in this document.</source>
        <translation>Las páginas elegidas no están en este documento.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="111"/>
        <source>The printer could not be started. Check that it is connected and ready.</source>
        <translation>No se pudo poner en marcha la impresora. Compruebe que está conectada y lista.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="125"/>
        <source>The printer stopped accepting pages.</source>
        <translation>La impresora dejó de aceptar páginas.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="132"/>
        <source>Page {0} could not be drawn for printing.</source>
        <translation>No se pudo preparar la página {0} para imprimir.</translation>
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
        <translation>Vista previa del informe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="62"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="69"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="72"/>
        <source>Fit to width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="75"/>
        <source>Whole page</source>
        <translation>Página completa</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="80"/>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="84"/>
        <source>Page number</source>
        <translation>Número de página</translation>
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
        <translation>Página siguiente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="181"/>
        <source>No pages</source>
        <translation>Sin páginas</translation>
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
        <translation>Revise las filas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="75"/>
        <source>Every row as it will be imported. Marked cells cannot be imported: point at one to see why.</source>
        <translation>Cada fila tal como se importará. Las celdas marcadas no se pueden importar: señale una para ver por qué.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="89"/>
        <source>Rows of the file, bad cells marked</source>
        <translation>Filas del archivo, con las celdas erróneas marcadas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="94"/>
        <source>Show only the rows with problems</source>
        <translation>Mostrar solo las filas con problemas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="119"/>
        <source>Checking the rows ({0:,})…</source>
        <translation>Revisando las filas ({0:,})…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="159"/>
        <source>Good rows: {0:,}. Rows with problems: {1:,} (marked). Fix them in the file and start again, or skip them.</source>
        <translation>Filas correctas: {0:,}. Filas con problemas: {1:,} (marcadas). Corríjalas en el archivo y empiece de nuevo, o sáltelas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="164"/>
        <source>&amp;Skip the rows with problems ({0:,}) and import the others ({1:,})</source>
        <translation>&amp;Saltar las filas con problemas ({0:,}) e importar las demás ({1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="173"/>
        <source>Every row is good ({0:,}).</source>
        <translation>Todas las filas son correctas ({0:,}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="183"/>
        <source>The rows could not be checked: {0}</source>
        <translation>No se pudieron revisar las filas: {0}</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <location filename="../../ui/widgets/reconnect_bar.py" line="14"/>
        <source>Reconnecting to the shop&apos;s server…</source>
        <translation>Reconectando con el servidor de la tienda…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="52"/>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="58"/>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="59"/>
        <source>Dismiss the reminder</source>
        <translation>Descartar el aviso</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="95"/>
        <source>Follow-up due:</source>
        <translation>Seguimiento que vence:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="100"/>
        <source>{0} follow-ups due:</source>
        <translation>{0} seguimientos que vencen:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="105"/>
        <source>{0} and {1} more</source>
        <translation>{0} y {1} más</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="144"/>
        <source>Stay-in-touch follow-ups were not planned: {0}</source>
        <translation>No se planificaron los seguimientos para mantener el contacto: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="213"/>
        <source>Follow-up due: {0}</source>
        <translation>Seguimiento que vence: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="217"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n seguimiento pendiente</numerusform>
            <numerusform>%n seguimientos pendientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../ui/pages/report_files.py" line="52"/>
        <source>Cannot save the report: {0} is a folder.</source>
        <translation>No se puede guardar el informe: {0} es una carpeta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="56"/>
        <source>Cannot save the report: the folder {0} does not exist.</source>
        <translation>No se puede guardar el informe: la carpeta {0} no existe.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="84"/>
        <location filename="../../ui/pages/report_files.py" line="97"/>
        <source>Cannot prepare the report for the viewer in {0}: {1}.</source>
        <translation>No se puede preparar el informe para el visor en {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="32"/>
        <source>Carebook summary {0}</source>
        <translation>Resumen de Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="40"/>
        <source>Save the monthly summary</source>
        <translation>Guardar el resumen mensual</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="47"/>
        <source>Report not saved</source>
        <translation>Informe no guardado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="58"/>
        <source>Saved the summary as {0}</source>
        <translation>Resumen guardado como {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="71"/>
        <source>Printing the summary…</source>
        <translation>Imprimiendo el resumen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="72"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="77"/>
        <source>Printing</source>
        <translation>Imprimiendo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="86"/>
        <source>Not printed</source>
        <translation>No impreso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="94"/>
        <source>Sent the summary for {0} to the printer</source>
        <translation>Resumen de {0} enviado a la impresora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="100"/>
        <source>Cannot open the report</source>
        <translation>No se puede abrir el informe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="107"/>
        <source>No PDF viewer opened the report. It is saved as {0}; use Save as… to keep a copy.</source>
        <translation>Ningún visor de PDF abrió el informe. Está guardado como {0}; use Guardar como… para conservar una copia.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="76"/>
        <location filename="../../ui/pages/reports.py" line="285"/>
        <location filename="../../ui/pages/reports.py" line="286"/>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="85"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="91"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>A&amp;brir en el visor de PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="97"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="101"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="125"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="234"/>
        <source>The PDF that was made cannot be shown.</source>
        <translation>El PDF generado no se puede mostrar.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250"/>
        <source>The summary for {0} could not be made</source>
        <translation>No se pudo generar el resumen de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="259"/>
        <source>Making the summary for {0}…</source>
        <translation>Generando el resumen de {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="260"/>
        <source>Counting the month&apos;s contacts, scores and follow-ups. A busy month takes a few seconds.</source>
        <translation>Contando los contactos, puntuaciones y seguimientos del mes. Un mes con mucho movimiento tarda unos segundos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>Making the summary for {0}</source>
        <translation>Generando el resumen de {0}</translation>
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
        <translation>Resumen mensual de {0} · {1} · generado a las {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="302"/>
        <source>Monthly summary for {0}</source>
        <translation>Resumen mensual de {0}</translation>
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
        <translation>Todas las filas se escriben de una vez.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="42"/>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="47"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="49"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="52"/>
        <source>Imports, newest first</source>
        <translation>Importaciones, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="85"/>
        <source>Importing {0}…</source>
        <translation>Importando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="86"/>
        <source>Cancel stops the import; nothing is written then.</source>
        <translation>Cancelar detiene la importación; en ese caso no se escribe nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="126"/>
        <source>Checked {0:,} of {1:,} rows…</source>
        <translation>Revisadas {0:,} de {1:,} filas…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="128"/>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="136"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="137"/>
        <source>Import number {0} is saved.</source>
        <translation>La importación número {0} está guardada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="141"/>
        <source>This is import number {0}. It can be undone: the rows it created are removed and the fields it changed are put back.</source>
        <translation>Esta es la importación número {0}. Se puede deshacer: se quitan las filas que creó y los campos que cambió vuelven a su valor anterior.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="152"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="153"/>
        <source>The import failed and nothing was written: {0}</source>
        <translation>La importación falló y no se escribió nada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="157"/>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="158"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Se canceló la importación. No se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="165"/>
        <source>The database is as it was before.</source>
        <translation>La base de datos está como antes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="187"/>
        <source>Import undone</source>
        <translation>Importación deshecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="188"/>
        <source>Import number {0} was taken back.</source>
        <translation>La importación número {0} se deshizo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="195"/>
        <location filename="../../ui/dialogs/import_run.py" line="199"/>
        <source>new customers: {0:,}</source>
        <translation>clientes nuevos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="196"/>
        <source>new contacts: {0:,}</source>
        <translation>contactos nuevos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="197"/>
        <source>new scores: {0:,}</source>
        <translation>puntuaciones nuevas: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="198"/>
        <source>new follow-ups: {0:,}</source>
        <translation>seguimientos nuevos: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="203"/>
        <source>customers updated: {0:,}</source>
        <translation>clientes actualizados: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="205"/>
        <source>customers added for the rows: {0:,}</source>
        <translation>clientes añadidos por las filas: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="207"/>
        <source>rows already stored: {0:,}</source>
        <translation>filas ya guardadas: {0:,}</translation>
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
        <translation>Actualizando…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="101"/>
        <source>CSAT % by month</source>
        <translation>CSAT % por mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="104"/>
        <source>NPS by month</source>
        <translation>NPS por mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="106"/>
        <source>Contacts per channel</source>
        <translation>Contactos por canal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="107"/>
        <source>Promoters, passives and detractors</source>
        <translation>Promotores, pasivos y detractores</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="109"/>
        <source>Working out the figures…</source>
        <translation>Calculando las cifras…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="135"/>
        <source>By staff member</source>
        <translation>Por empleado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="144"/>
        <source>Satisfaction figures and charts</source>
        <translation>Cifras y gráficos de satisfacción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="196"/>
        <source>Figures per staff member</source>
        <translation>Cifras por empleado</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="253"/>
        <source>{0}, compared with {1}</source>
        <translation>{0}, comparado con {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="257"/>
        <source>{0} so far (days 1–{2}), compared with the same days of {1}</source>
        <translation>{0} hasta ahora (días 1–{2}), comparado con los mismos días de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="284"/>
        <source>the same days of {0}</source>
        <translation>los mismos días de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="288"/>
        <source>No contacts in this month</source>
        <translation>No hay contactos en este mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="289"/>
        <source>No NPS responses in this month</source>
        <translation>No hay respuestas NPS en este mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="302"/>
        <source>Nothing was recorded in {0} yet. Log contacts with Ctrl+L and record the customer&apos;s score there; the figures and charts fill in as you go.</source>
        <translation>Aún no se ha registrado nada en {0}. Registre contactos con Ctrl+L y anote ahí la puntuación del cliente; las cifras y los gráficos se irán completando.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="314"/>
        <source>No CSAT responses in these 12 months</source>
        <translation>No hay respuestas CSAT en estos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="315"/>
        <source>No NPS responses in these 12 months</source>
        <translation>No hay respuestas NPS en estos 12 meses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="318"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="326"/>
        <source>The figures could not be read: {0}</source>
        <translation>No se pudieron leer las cifras: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="30"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>1 response</source>
        <translation>1 respuesta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="31"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>{0} responses</source>
        <translation>{0} respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="61"/>
        <source>{0}: {1} contacts ({2} of all contacts)</source>
        <translation>{0}: {1} contactos ({2} de todos los contactos)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="72"/>
        <source>Promoters (9–10)</source>
        <translation>Promotores (9–10)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="73"/>
        <source>Passives (7–8)</source>
        <translation>Pasivos (7–8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="74"/>
        <source>Detractors (0–6)</source>
        <translation>Detractores (0–6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="85"/>
        <source>no NPS responses</source>
        <translation>sin respuestas NPS</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="86"/>
        <source>{0} · NPS {1}</source>
        <translation>{0} · NPS {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="93"/>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="94"/>
        <source>{0} contacts</source>
        <translation>{0} contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="48"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Satisfacción (CSAT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="49"/>
        <source>100 × CSAT scores of 4 or 5 ÷ all CSAT responses received in the month (scores go from 1 to 5).
Higher is better: 80% or more is good.</source>
        <translation>100 × puntuaciones CSAT de 4 o 5 ÷ todas las respuestas CSAT recibidas en el mes (las puntuaciones van de 1 a 5).
Cuanto más alto, mejor: un 80 % o más es bueno.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="59"/>
        <source>Net promoter (NPS)</source>
        <translation>Recomendación neta (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="60"/>
        <source>100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses received in the month (scores go from 0 to 10); it ranges from −100 to 100.
Higher is better: above 0 is good, above 50 is excellent.</source>
        <translation>100 × (puntuaciones 9–10 menos puntuaciones 0–6) ÷ todas las respuestas NPS recibidas en el mes (las puntuaciones van de 0 a 10); va de −100 a 100.
Cuanto más alto, mejor: por encima de 0 es bueno, por encima de 50 es excelente.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="71"/>
        <source>Effort (CES, 1–7)</source>
        <translation>Esfuerzo (CES, 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="72"/>
        <source>The mean CES score received in the month, from 1 (very hard) to 7 (very easy).
Higher is better: 5 or more means most customers found it easy.</source>
        <translation>La puntuación CES media recibida en el mes, de 1 (muy difícil) a 7 (muy fácil).
Cuanto más alto, mejor: 5 o más significa que a la mayoría de los clientes les resultó fácil.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="82"/>
        <source>First-contact resolution</source>
        <translation>Resolución en el primer contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="83"/>
        <source>100 × inbound contacts resolved at the first contact ÷ all inbound contacts of the month.
Higher is better: 70% or more is good.</source>
        <translation>100 × contactos entrantes resueltos en el primer contacto ÷ todos los contactos entrantes del mes.
Cuanto más alto, mejor: un 70 % o más es bueno.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="93"/>
        <source>Self-service share</source>
        <translation>Proporción de autoservicio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="94"/>
        <source>100 × self-service contacts ÷ all contacts of the month.
A higher share means more customers found their answer on their own.</source>
        <translation>100 × contactos de autoservicio ÷ todos los contactos del mes.
Una proporción mayor significa que más clientes encontraron la respuesta por sí mismos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="104"/>
        <source>Median resolution time</source>
        <translation>Mediana del tiempo de resolución</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="105"/>
        <source>The middle value of the time from contact to resolution, over the month&apos;s resolved contacts (half took longer, half were quicker).
Lower is better.</source>
        <translation>El valor central del tiempo desde el contacto hasta la resolución, entre los contactos resueltos del mes (la mitad tardó más y la otra mitad menos).
Cuanto más bajo, mejor.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="115"/>
        <source>Median wait</source>
        <translation>Mediana de espera</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="116"/>
        <source>The middle value of the minutes customers waited, over the month&apos;s inbound contacts with a recorded wait.
Lower is better.</source>
        <translation>El valor central de los minutos que esperaron los clientes, entre los contactos entrantes del mes con espera registrada.
Cuanto más bajo, mejor.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="126"/>
        <source>Follow-ups on time</source>
        <translation>Seguimientos a tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="127"/>
        <source>Of the follow-ups due in the month, those done by their due date (and time, when one was set).
Higher is better: aim for all of them.</source>
        <translation>De los seguimientos que vencían en el mes, los hechos antes de su fecha de vencimiento (y de su hora, si se indicó).
Cuanto más alto, mejor: intente que sean todos.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="137"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="138"/>
        <source>Every contact logged with a time in the month (the shop&apos;s local time).</source>
        <translation>Cada contacto registrado con una hora dentro del mes (hora local de la tienda).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="146"/>
        <source>New customers</source>
        <translation>Clientes nuevos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="147"/>
        <source>Customers added to Carebook in the month.</source>
        <translation>Clientes añadidos a Carebook durante el mes.</translation>
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
        <translation>sin respuestas este mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="225"/>
        <source>no inbound contacts</source>
        <translation>sin contactos entrantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="226"/>
        <source>no contacts resolved</source>
        <translation>ningún contacto resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="227"/>
        <source>no waits recorded</source>
        <translation>sin esperas registradas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="228"/>
        <source>no contacts</source>
        <translation>sin contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="229"/>
        <source>no follow-ups due</source>
        <translation>ningún seguimiento previsto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="253"/>
        <source>of 1 inbound contact</source>
        <translation>de 1 contacto entrante</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="254"/>
        <source>of {0} inbound contacts</source>
        <translation>de {0} contactos entrantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="259"/>
        <source>1 still open</source>
        <translation>1 sigue abierto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="260"/>
        <source>{0} still open</source>
        <translation>{0} siguen abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="264"/>
        <source>{0} hours · {1}</source>
        <translation>{0} horas · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="267"/>
        <source>inbound contacts</source>
        <translation>contactos entrantes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="269"/>
        <source>{0} of {1} contacts</source>
        <translation>{0} de {1} contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="274"/>
        <source>{0} done on time</source>
        <translation>{0} hechos a tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="277"/>
        <source>1 overdue now</source>
        <translation>1 vencido ahora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="278"/>
        <source>{0} overdue now</source>
        <translation>{0} vencidos ahora</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="280"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="282"/>
        <source>{0} inbound · {1} open</source>
        <translation>{0} entrantes · {1} abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="283"/>
        <source>added in the month</source>
        <translation>añadidos en el mes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="287"/>
        <source>{0} pts</source>
        <translation>{0} pts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="300"/>
        <source>no comparison: one of the two months has no data</source>
        <translation>sin comparación: uno de los dos meses no tiene datos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="313"/>
        <source>no change from {0}</source>
        <translation>sin cambios respecto a {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="319"/>
        <source>up {0} from {1}</source>
        <translation>sube {0} respecto a {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="321"/>
        <source>down {0} from {1}</source>
        <translation>baja {0} respecto a {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="324"/>
        <source>{0} (better)</source>
        <translation>{0} (mejor)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="326"/>
        <source>{0} (worse)</source>
        <translation>{0} (peor)</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../ui/save_target.py" line="25"/>
        <source>{0} was not replaced: {1}. Choose another file.</source>
        <translation>No se sustituyó {0}: {1}. Elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="37"/>
        <source>Replace the file?</source>
        <translation>¿Sustituir el archivo?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="38"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} ya existe. ¿Sustituirlo?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Sustituir</translation>
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
        <translation>Registrar una puntuación</translation>
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
        <translation>&amp;Puntuación:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="80"/>
        <source>What the customer said, if anything</source>
        <translation>Lo que dijo el cliente, si dijo algo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="81"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="82"/>
        <source>Record score</source>
        <translation>Registrar puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="113"/>
        <source>pick a score from the buttons or type its number</source>
        <translation>elija una puntuación con los botones o escriba su número</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="122"/>
        <source>{0} {1} recorded</source>
        <translation>Registrado: {0} {1}</translation>
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
        <translation>sin dar</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="136"/>
        <source>Find a customer (Ctrl+K)</source>
        <translation>Buscar un cliente (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="137"/>
        <source>Find a customer</source>
        <translation>Buscar un cliente</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="139"/>
        <source>Type a name, company, email or phone number; use the arrow keys and Enter to open one.</source>
        <translation>Escriba un nombre, empresa, correo o número de teléfono; use las flechas e Intro para abrir uno.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="232"/>
        <source>No customer matches “{0}”. Press Ctrl+N to add a new customer.</source>
        <translation>Ningún cliente coincide con «{0}». Pulse Ctrl+N para añadir un cliente nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="241"/>
        <source>Search failed: {0}</source>
        <translation>La búsqueda falló: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="98"/>
        <source>Matching customers</source>
        <translation>Clientes que coinciden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>“{0}” is not a country of the list: type part of its name and pick it</source>
        <translation>«{0}» no es un país de la lista: escriba parte de su nombre y elíjalo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="59"/>
        <source>Shop settings</source>
        <translation>Configuración de la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>e.g. Corner Bikes</source>
        <translation>p. ej. Bicis La Esquina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nombre de la tienda:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="73"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Choose a logo file</source>
        <translation>Elegir un archivo de logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="80"/>
        <source>A PNG or JPEG image printed at the top of monthly reports.</source>
        <translation>Una imagen PNG o JPEG que se imprime en la parte superior de los informes mensuales.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="88"/>
        <source>&amp;Phone region:</source>
        <translation>&amp;Región telefónica:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Phone numbers typed without a country code belong to this country.</source>
        <translation>Los números de teléfono escritos sin prefijo de país pertenecen a este país.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="93"/>
        <source>This computer&apos;s time zone</source>
        <translation>La zona horaria de este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="98"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Days, months and due dates follow this zone.</source>
        <translation>Los días, los meses y las fechas de vencimiento siguen esta zona.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="105"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="107"/>
        <source>P&amp;aper size:</source>
        <translation>&amp;Tamaño del papel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="115"/>
        <source>&amp;Report language:</source>
        <translation>&amp;Idioma del informe:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="117"/>
        <source>The language of the monthly PDF, whatever language each counter uses.</source>
        <translation>El idioma del PDF mensual, sea cual sea el idioma de cada mostrador.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="122"/>
        <source>As in the shop&apos;s country</source>
        <translation>Como en el país de la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="123"/>
        <source>Day first (31/12/2026)</source>
        <translation>Día primero (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="124"/>
        <source>Month first (12/31/2026)</source>
        <translation>Mes primero (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="128"/>
        <source>&amp;Dates in imported files:</source>
        <translation>&amp;Fechas en archivos importados:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="130"/>
        <source>How a date like 03/11/2026 in a spreadsheet&apos;s file is read.</source>
        <translation>Cómo se lee una fecha como 03/11/2026 en el archivo de una hoja de cálculo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="137"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="141"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Carpeta de copias:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="143"/>
        <source>Leave empty to keep backups in the data folder. Another disk is safer.</source>
        <translation>Déjelo vacío para guardar las copias en la carpeta de datos. Otro disco es más seguro.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148"/>
        <source>The seat of an owner</source>
        <translation>El puesto de un propietario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="149"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Make the backups on this computer</source>
        <translation>Hacer las copias en este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>Backups &amp;made by:</source>
        <translation>Copias &amp;hechas por:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="156"/>
        <source>For a shop on a server: the computer that makes the automatic backups.</source>
        <translation>Para una tienda en un servidor: el equipo que hace las copias automáticas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="161"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="169"/>
        <source>Lan&amp;guage of this counter:</source>
        <translation>Idi&amp;oma de este mostrador:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="171"/>
        <source>This computer only. Carebook uses the new language from its next start.</source>
        <translation>Solo este equipo. Carebook usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="175"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Solo un propietario puede cambiar la configuración de la tienda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="182"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>&apos;{0}&apos; is not an image file that can be read</source>
        <translation>«{0}» no es un archivo de imagen que se pueda leer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Elegir el logotipo de la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30"/>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Where</source>
        <translation>Dónde</translation>
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
        <translation>Posponer seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="38"/>
        <source>(no note)</source>
        <translation>(sin nota)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="41"/>
        <source>Bring back “{0}” for {1} on:</source>
        <translation>Volver a mostrar «{0}» para {1} el:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="56"/>
        <source>At a set &amp;time</source>
        <translation>A una &amp;hora concreta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="73"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="75"/>
        <source>Without a time it is due from the start of the day.</source>
        <translation>Sin hora, vence desde el principio del día.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="79"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Posponer</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="22"/>
        <source>In 1 &amp;hour</source>
        <translation>Dentro de 1 &amp;hora</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="23"/>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Mañana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="24"/>
        <source>&amp;Next week</source>
        <translation>La &amp;semana que viene</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="43"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Elegir una fecha…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="52"/>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="57"/>
        <source>Only an owner can add or change staff.</source>
        <translation>Solo un propietario puede añadir o cambiar personal.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="63"/>
        <source>Staff members</source>
        <translation>Empleados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="68"/>
        <source>Selected staff member</source>
        <translation>Empleado seleccionado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="73"/>
        <source>&amp;Role:</source>
        <translation>&amp;Función:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="74"/>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="88"/>
        <source>Add a staff member</source>
        <translation>Añadir un empleado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="91"/>
        <source>Name as it appears on contacts</source>
        <translation>Nombre tal como aparece en los contactos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="93"/>
        <source>N&amp;ame:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="94"/>
        <source>R&amp;ole:</source>
        <translation>F&amp;unción:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="95"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="144"/>
        <source>(inactive)</source>
        <translation>(inactivo)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Deactivate</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Activate</source>
        <translation>Activar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="178"/>
        <source>Deactivated staff disappear from pickers; their past contacts keep their name.</source>
        <translation>El personal desactivado desaparece de las listas de selección; sus contactos anteriores conservan su nombre.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="191"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="199"/>
        <source>Not changed</source>
        <translation>Sin cambios</translation>
    </message>
</context>
<context>
    <name>StaffFiguresModel</name>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="28"/>
        <source>Staff member</source>
        <translation>Empleado</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="29"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="30"/>
        <source>Inbound</source>
        <translation>Entrantes</translation>
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
        <translation>Respuestas CSAT</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="34"/>
        <source>Follow-ups on time</source>
        <translation>Seguimientos a tiempo</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="37"/>
        <source>First-contact resolution: inbound contacts resolved at once ÷ inbound contacts</source>
        <translation>Resolución en el primer contacto: contactos entrantes resueltos a la primera ÷ contactos entrantes</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="40"/>
        <source>Satisfied customers: CSAT scores of 4 or 5 ÷ CSAT responses on their contacts</source>
        <translation>Clientes satisfechos: puntuaciones CSAT de 4 o 5 ÷ respuestas CSAT de sus contactos</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="43"/>
        <source>Follow-ups assigned to them and due this month: done on time of due</source>
        <translation>Seguimientos asignados y que vencen este mes: hechos a tiempo de los previstos</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="59"/>
        <source>(no staff)</source>
        <translation>(sin personal)</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="126"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="148"/>
        <source>{0}: no inbound contacts this month</source>
        <translation>{0}: sin contactos entrantes este mes</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="149"/>
        <source>{0}: {1} of {2} inbound contacts resolved at the first contact</source>
        <translation>{0}: {1} de {2} contactos entrantes resueltos en el primer contacto</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="154"/>
        <source>{0}: no CSAT responses this month</source>
        <translation>{0}: sin respuestas CSAT este mes</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="155"/>
        <source>{0}: {1} satisfied, from {2} responses</source>
        <translation>{0}: {1} satisfechos, de {2} respuestas</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="160"/>
        <source>{0}: no follow-ups due this month</source>
        <translation>{0}: ningún seguimiento previsto este mes</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="161"/>
        <source>{0}: {1} of {2} follow-ups done on time ({3})</source>
        <translation>{0}: {1} de {2} seguimientos hechos a tiempo ({3})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="208"/>
        <source>Ready to import</source>
        <translation>Listo para importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="209"/>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Esto es lo que hará la importación. Todavía no se ha escrito nada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="220"/>
        <source>Click Import to write all of it in one go. If anything goes wrong, nothing is written; and the import can be undone afterwards.</source>
        <translation>Haga clic en Importar para escribirlo todo de una vez. Si algo sale mal, no se escribe nada; y la importación se puede deshacer después.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="247"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="258"/>
        <source>some rows cannot be imported (lines {0})</source>
        <translation>algunas filas no se pueden importar (líneas {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="265"/>
        <source>{0} — rows to import: {1:,}</source>
        <translation>{0} — filas que importar: {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="276"/>
        <source>New customers:</source>
        <translation>Clientes nuevos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="277"/>
        <source>New contacts:</source>
        <translation>Contactos nuevos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="278"/>
        <source>New scores:</source>
        <translation>Puntuaciones nuevas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="279"/>
        <source>New follow-ups:</source>
        <translation>Seguimientos nuevos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="283"/>
        <source>Customers updated:</source>
        <translation>Clientes actualizados:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="284"/>
        <source>Rows already stored (left out):</source>
        <translation>Filas ya guardadas (omitidas):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="286"/>
        <source>New customers named in the rows:</source>
        <translation>Clientes nuevos nombrados en las filas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="287"/>
        <source>New staff members:</source>
        <translation>Empleados nuevos:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="289"/>
        <source>New tags:</source>
        <translation>Etiquetas nuevas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="291"/>
        <source>Bad rows skipped:</source>
        <translation>Filas erróneas saltadas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="294"/>
        <source>Rows you chose to skip:</source>
        <translation>Filas que eligió saltar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="300"/>
        <source>Cannot import: {0}</source>
        <translation>No se puede importar: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="60"/>
        <source>we got in touch</source>
        <translation>contactamos nosotros</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="62"/>
        <source>open</source>
        <translation>abierto</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="67"/>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="71"/>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="73"/>
        <source>Follow-up overdue since {0}</source>
        <translation>Seguimiento vencido desde el {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="75"/>
        <source>Follow-up due today</source>
        <translation>Seguimiento que vence hoy</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="76"/>
        <source>Follow-up due {0}</source>
        <translation>Seguimiento que vence el {0}</translation>
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
        <translation>hecho por {0}</translation>
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
        <translation>Vence {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="147"/>
        <source>Done {0}</source>
        <translation>Hecho el {0}</translation>
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
        <translation>Historial de contactos, seguimientos y puntuaciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="124"/>
        <source>No contacts, follow-ups or scores yet.</source>
        <translation>Aún no hay contactos, seguimientos ni puntuaciones.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="83"/>
        <source>Mine</source>
        <translation>Míos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="85"/>
        <source>Everyone&apos;s</source>
        <translation>De todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="92"/>
        <source>Show the follow-ups of every staff member</source>
        <translation>Mostrar los seguimientos de todo el personal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="106"/>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Contacts today</source>
        <translation>Contactos de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="107"/>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Open contacts</source>
        <translation>Contactos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="108"/>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="109"/>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Due today</source>
        <translation>Vencen hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="150"/>
        <location filename="../../ui/pages/today.py" line="336"/>
        <source>Nothing due — well done</source>
        <translation>Nada pendiente: ¡bien hecho!</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="154"/>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="158"/>
        <source>See upcoming follow-ups</source>
        <translation>Ver los próximos seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="162"/>
        <source>Reading today&apos;s follow-ups…</source>
        <translation>Leyendo los seguimientos de hoy…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="180"/>
        <source>{0} due</source>
        <translation>{0} vencen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="284"/>
        <source>{0} ({1}, turns {2})</source>
        <translation>{0} ({1}, cumple {2})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="285"/>
        <source>Birthdays this week: {0}</source>
        <translation>Cumpleaños esta semana: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="307"/>
        <source>everyone&apos;s follow-ups</source>
        <translation>los seguimientos de todos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="309"/>
        <source>follow-ups for {0} and unassigned ones</source>
        <translation>los seguimientos de {0} y los no asignados</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Your contacts today</source>
        <translation>Sus contactos de hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="315"/>
        <source>Contacts logged today</source>
        <translation>Contactos registrados hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Your open contacts</source>
        <translation>Sus contactos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="319"/>
        <source>Contacts not resolved yet, of any day</source>
        <translation>Contactos aún sin resolver, de cualquier día</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Follow-ups past their due date or time</source>
        <translation>Seguimientos cuya fecha u hora de vencimiento ya pasó</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Follow-ups due later today</source>
        <translation>Seguimientos que vencen más tarde hoy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="326"/>
        <source>No follow-up is overdue or due today. Log a contact when a customer calls or comes by.</source>
        <translation>Ningún seguimiento está vencido ni vence hoy. Registre un contacto cuando un cliente llame o pase por la tienda.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="330"/>
        <source>1 follow-up is coming up in the next 7 days.</source>
        <translation>Hay 1 seguimiento en los próximos 7 días.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="332"/>
        <source>{0} follow-ups are coming up in the next 7 days.</source>
        <translation>Hay {0} seguimientos en los próximos 7 días.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="335"/>
        <source>Switch to Everyone&apos;s to see your colleagues&apos; follow-ups.</source>
        <translation>Cambie a «De todos» para ver los seguimientos de sus compañeros.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="61"/>
        <source>Marked done: {0}</source>
        <translation>Marcado como hecho: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="66"/>
        <source>Resolve its contact</source>
        <translation>Resolver su contacto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="105"/>
        <source>Snoozed until {0}: {1}</source>
        <translation>Pospuesto hasta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="128"/>
        <source>Contact resolved</source>
        <translation>Contacto resuelto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="158"/>
        <source>Undone</source>
        <translation>Deshecho</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="163"/>
        <source>Follow-up not changed</source>
        <translation>Seguimiento sin cambios</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="346"/>
        <source>Choose who is at the counter to see only their follow-ups</source>
        <translation>Elija quién está en el mostrador para ver solo sus seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="348"/>
        <source>Show the follow-ups of {0} and unassigned ones</source>
        <translation>Mostrar los seguimientos de {0} y los no asignados</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="29"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="40"/>
        <location filename="../../ui/widgets/undo_bar.py" line="41"/>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/unsaved.py" line="47"/>
        <source>Changes to {0}&apos;s details</source>
        <translation>Cambios en los datos de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="70"/>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="71"/>
        <source>Not saved yet:
{0}

Save before quitting?</source>
        <translation>Aún sin guardar:
{0}

¿Guardar antes de salir?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="73"/>
        <source>Save and quit</source>
        <translation>Guardar y salir</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="74"/>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="75"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>UpcomingSection</name>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="45"/>
        <source>Upcoming follow-ups</source>
        <translation>Próximos seguimientos</translation>
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
            <numerusform>En el próximo %n día ({0})</numerusform>
            <numerusform>En los próximos %n días ({0})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Show the follow-ups due soon</source>
        <translation>Mostrar los seguimientos que vencen pronto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Hide them</source>
        <translation>Ocultarlos</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="47"/>
        <location filename="../../ui/dialogs/welcome.py" line="54"/>
        <source>Welcome to Carebook</source>
        <translation>Bienvenido a Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="57"/>
        <source>Two questions and you are ready. You can change both later under Edit › Shop settings.</source>
        <translation>Dos preguntas y listo. Puede cambiar ambas cosas más tarde en Editar › Configuración de la tienda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="71"/>
        <source>e.g. Corner Bikes</source>
        <translation>p. ej. Bicis La Esquina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="72"/>
        <source>Your &amp;shop&apos;s name:</source>
        <translation>Nombre de la &amp;tienda:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="74"/>
        <source>e.g. Maria Jensen</source>
        <translation>p. ej. María Jiménez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="77"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="79"/>
        <source>You become the shop&apos;s owner in Carebook: you can add staff and change settings.</source>
        <translation>Usted será el propietario de la tienda en Carebook: podrá añadir personal y cambiar la configuración.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="87"/>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="89"/>
        <source>How do you want to start?</source>
        <translation>¿Cómo quiere empezar?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="91"/>
        <source>Start with an empty customer list</source>
        <translation>Empezar con una lista de clientes vacía</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="93"/>
        <source>Load demo data to try Carebook first (made-up customers, contacts and scores)</source>
        <translation>Cargar datos de demostración para probar Carebook primero (clientes, contactos y puntuaciones inventados)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="96"/>
        <source>Import my customers from a spreadsheet (CSV) or an address book (vCard)</source>
        <translation>Importar mis clientes desde una hoja de cálculo (CSV) o una libreta de direcciones (vCard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="105"/>
        <source>This counter joins a shop on a &amp;server…</source>
        <translation>Este mostrador se une a una tienda en un ser&amp;vidor…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="108"/>
        <source>Several counters share one shop on a PostgreSQL server: connect to it instead</source>
        <translation>Varios mostradores comparten una tienda en un servidor PostgreSQL: conectarse a él</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Start Carebook</source>
        <translation>Empezar a usar Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="159"/>
        <source>Please enter your shop&apos;s name.</source>
        <translation>Escriba el nombre de su tienda.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="162"/>
        <source>Please enter your name.</source>
        <translation>Escriba su nombre.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>There is no active staff member called “{0}”.</source>
        <translation>No hay ningún empleado activo llamado «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="115"/>
        <source>Use this computer&apos;s file</source>
        <translation>Usar el archivo de este equipo</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116"/>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Cannot open the shop&apos;s server</source>
        <translation>No se puede abrir el servidor de la tienda</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Staff member not found</source>
        <translation>Empleado no encontrado</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>Carebook</source>
        <translation>Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>Carebook cannot start</source>
        <translation>Carebook no puede iniciarse</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/widgets/chart_bars.py" line="56"/>
        <location filename="../../ui/widgets/chart_bars.py" line="131"/>
        <source>Nothing to show yet</source>
        <translation>Aún no hay nada que mostrar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="54"/>
        <source>No data in these months</source>
        <translation>No hay datos en estos meses</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="91"/>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="258"/>
        <source>{0}: no data</source>
        <translation>{0}: sin datos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="121"/>
        <source>No data yet</source>
        <translation>Aún no hay datos</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="110"/>
        <source>The details were written to {0}.</source>
        <translation>Los detalles se escribieron en {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="112"/>
        <source>The details could not be written to the log file.</source>
        <translation>Los detalles no se pudieron escribir en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Something went wrong inside Carebook: {0}</source>
        <translation>Algo falló dentro de Carebook: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="118"/>
        <source>Your data is safe. Carebook keeps running; if a window looks wrong, close and reopen it.</source>
        <translation>Sus datos están a salvo. Carebook sigue funcionando; si una ventana se ve mal, ciérrela y vuelva a abrirla.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="128"/>
        <source>Unexpected error</source>
        <translation>Error inesperado</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="85"/>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="86"/>
        <source>No shop is open, so there is nothing to back up.</source>
        <translation>No hay ninguna tienda abierta, así que no hay nada que copiar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="96"/>
        <source>Backup saved: {0}</source>
        <translation>Copia de seguridad guardada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="101"/>
        <source>No backup made</source>
        <translation>No se hizo ninguna copia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="104"/>
        <source>A backup is being made already.</source>
        <translation>Ya se está haciendo una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="108"/>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
</context>
<context>
    <name>db_recovery</name>
    <message>
        <location filename="../../ui/db_recovery.py" line="68"/>
        <source>it cannot be opened</source>
        <translation>no se puede abrir</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="71"/>
        <source>{0} links between records point nowhere</source>
        <translation>{0} referencias entre registros apuntan a datos que no existen</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="77"/>
        <source>Carebook found problems in its data file {0} ({1}).

It can set this file aside (renamed, not deleted) and continue with the newest good backup, made {2}. Anything entered after that backup is in the set-aside file only.</source>
        <translation>Carebook encontró problemas en su archivo de datos {0} ({1}).

Puede apartar este archivo (renombrado, no eliminado) y continuar con la copia de seguridad correcta más reciente, hecha {2}. Lo que se haya introducido después de esa copia solo está en el archivo apartado.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="85"/>
        <location filename="../../ui/db_recovery.py" line="95"/>
        <source>The data file is damaged</source>
        <translation>El archivo de datos está dañado</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="87"/>
        <source>Set it aside and use the backup</source>
        <translation>Apartarlo y usar la copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="88"/>
        <source>Keep the damaged file for now</source>
        <translation>Conservar por ahora el archivo dañado</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="96"/>
        <source>Carebook found problems in its data file {0} ({1}) and no good backup to replace it. Make a copy of the file before changing anything, and ask for help.</source>
        <translation>Carebook encontró problemas en su archivo de datos {0} ({1}) y ninguna copia de seguridad correcta para reemplazarlo. Haga una copia del archivo antes de cambiar nada y pida ayuda.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="149"/>
        <location filename="../../ui/db_recovery.py" line="184"/>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="150"/>
        <source>The damaged file was kept as {0}. Carebook now starts with the backup made {1}.</source>
        <translation>El archivo dañado se guardó como {0}. Carebook se inicia ahora con la copia de seguridad del {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="176"/>
        <source>Not restored</source>
        <translation>No restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="185"/>
        <source>The damaged file was kept as {0}. Carebook now works with the backup made {1}.</source>
        <translation>El archivo dañado se guardó como {0}. Carebook trabaja ahora con la copia de seguridad del {1}.</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="30"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="32"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="48"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="49"/>
        <source>Overdue since {0}</source>
        <translation>Vencido desde {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="53"/>
        <source>Overdue by 1 day</source>
        <translation>Vencido hace 1 día</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="54"/>
        <source>Overdue by {0} days</source>
        <translation>Vencido hace {0} días</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="57"/>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="58"/>
        <source>Due at {0}</source>
        <translation>Vence a las {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="61"/>
        <source>Due {0}</source>
        <translation>Vence {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="62"/>
        <source>Due {0} at {1}</source>
        <translation>Vence {0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="68"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="70"/>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="75"/>
        <source>{0} at {1}</source>
        <translation>{0} a las {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="86"/>
        <source>No scores yet</source>
        <translation>Aún no hay puntuaciones</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="87"/>
        <source>Last score {0}</source>
        <translation>Última puntuación {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="92"/>
        <source>No open contacts</source>
        <translation>No hay contactos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="94"/>
        <source>1 open contact</source>
        <translation>1 contacto abierto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="95"/>
        <source>{0} open contacts</source>
        <translation>{0} contactos abiertos</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="101"/>
        <source>Unassigned</source>
        <translation>Sin asignar</translation>
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
        <translation>Algo no se pudo hacer</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../ui/keys.py" line="71"/>
        <source>Any dialog</source>
        <translation>Cualquier diálogo</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="72"/>
        <source>Log a contact</source>
        <translation>Registrar un contacto</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="76"/>
        <source>Save, from any field</source>
        <translation>Guardar, desde cualquier campo</translation>
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
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Social media</source>
        <translation>Redes sociales</translation>
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
        <translation>Autoservicio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Inbound</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Outbound</source>
        <translation>Saliente</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Inquiry</source>
        <translation>Consulta</translation>
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
        <translation>Pedido / devolución</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Billing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Complaint</source>
        <translation>Reclamación</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Compliment</source>
        <translation>Elogio</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Resolved</source>
        <translation>Resuelto</translation>
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
        <translation>Propietario</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Staff</source>
        <translation>Empleado</translation>
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
        <translation>Satisfacción (1 = muy insatisfecho, 5 = muy satisfecho)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Would recommend us (0 = not at all, 10 = certainly)</source>
        <translation>Nos recomendaría (0 = en absoluto, 10 = seguro)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Ease (1 = very hard, 7 = very easy)</source>
        <translation>Facilidad (1 = muy difícil, 7 = muy fácil)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="111"/>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="132"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="178"/>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="164"/>
        <source>Satisfaction</source>
        <translation>Satisfacción</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="177"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
</context>
<context>
    <name>scheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="134"/>
        <source>Backup saved: {0}</source>
        <translation>Copia de seguridad guardada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="144"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Falló la copia de seguridad automática: {0}</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="27"/>
        <source>In the future</source>
        <translation>En el futuro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="29"/>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="31"/>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="33"/>
        <source>{0} days ago</source>
        <translation>Hace {0} días</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="35"/>
        <source>{0} weeks ago</source>
        <translation>Hace {0} semanas</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="38"/>
        <source>{0} months ago</source>
        <translation>Hace {0} meses</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="39"/>
        <source>{0} years ago</source>
        <translation>Hace {0} años</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="55"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
</TS>
