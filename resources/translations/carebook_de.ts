<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33"/>
        <source>About Carebook</source>
        <translation>Über Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="37"/>
        <source>Carebook {0}</source>
        <translation>Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Customer care for small shops: customers, contacts, follow-ups and satisfaction.</source>
        <translation>Kundenbetreuung für kleine Geschäfte: Kunden, Kontakte, Wiedervorlagen und Zufriedenheit.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="56"/>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>Log file:</source>
        <translation>Protokolldatei:</translation>
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
        <translation>Datenordner öffnen</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="67"/>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="69"/>
        <source>Add a tag to {0}.</source>
        <translation>Schlagwort zu {0} hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="83"/>
        <source>Choose or type a tag, e.g. VIP</source>
        <translation>Schlagwort wählen oder eingeben, z. B. VIP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Schlagwort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>A new name creates the tag.</source>
        <translation>Ein neuer Name legt das Schlagwort an.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="87"/>
        <source>Add tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="95"/>
        <source>Tag “{0}” added to {1}</source>
        <translation>Schlagwort „{0}“ zu {1} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="97"/>
        <source> ({0} had it already)</source>
        <translation> ({0} hatte es bereits)</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <location filename="../../ui/arrivals.py" line="127"/>
        <source>New follow-up for you: {0}, due {1}</source>
        <translation>Neue Wiedervorlage für Sie: {0}, fällig {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals.py" line="131"/>
        <source>%n new follow-ups for you</source>
        <translation>
            <numerusform>%n neue Wiedervorlage für Sie</numerusform>
            <numerusform>%n neue Wiedervorlagen für Sie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="106"/>
        <source>The quick check of the data file could not run: {0}</source>
        <translation>Die Schnellprüfung der Datendatei konnte nicht ausgeführt werden: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="56"/>
        <source>Backups and restore</source>
        <translation>Sicherungen und Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="62"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="66"/>
        <source>Carebook copies your data by itself: when you quit, and every 30 minutes while you work. It keeps the newest copy of each of the last 12 days, 10 weeks and 9 months.</source>
        <translation>Carebook sichert Ihre Daten selbstständig: beim Beenden und alle 30 Minuten während der Arbeit. Aufbewahrt wird jeweils die neueste Sicherung der letzten 12 Tage, 10 Wochen und 9 Monate.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="84"/>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="92"/>
        <source>No backups yet. Click “Back up now”, or let Carebook make one when you quit.</source>
        <translation>Noch keine Sicherungen. Klicken Sie auf „Jetzt sichern“ oder lassen Sie Carebook beim Beenden eine erstellen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="100"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="103"/>
        <source>Replace the current data with the chosen backup</source>
        <translation>Die aktuellen Daten durch die gewählte Sicherung ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="105"/>
        <source>Restore from a &amp;file…</source>
        <translation>Aus &amp;Datei wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="107"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="141"/>
        <source>Folder: {0} (change it in Shop settings)</source>
        <translation>Ordner: {0} (änderbar in den Einstellungen des Geschäfts)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="151"/>
        <source>Your data before the last restore</source>
        <translation>Ihre Daten vor der letzten Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="153"/>
        <source>Your data before an earlier restore</source>
        <translation>Ihre Daten vor einer früheren Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="183"/>
        <source>Making a backup…</source>
        <translation>Sicherung wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="187"/>
        <source>Backup saved: {0}</source>
        <translation>Sicherung gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="191"/>
        <source>No backup made: {0}</source>
        <translation>Keine Sicherung erstellt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="203"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="204"/>
        <source>Carebook backups (*.sqlite3 *.before-restore*);;All files (*)</source>
        <translation>Carebook-Sicherungen (*.sqlite3 *.before-restore*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="214"/>
        <source>Replace the shop on the server, which every counter uses, with the backup {0}?

Everything entered since that backup is set aside: the current data is first kept as a backup in {1}, so you can go back to it.</source>
        <translation>Das Geschäft auf dem Server, das alle Kassen nutzen, durch die Sicherung {0} ersetzen?

Alles, was seit dieser Sicherung eingegeben wurde, wird beiseitegelegt: Die aktuellen Daten werden zuerst als Sicherung in {1} aufbewahrt, sodass Sie dorthin zurückkehren können.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="220"/>
        <source>Replace all of Carebook&apos;s data with the backup {0}?

Everything entered since that backup is set aside: the current data is kept as {1} in {2}, so you can go back to it.</source>
        <translation>Alle Daten von Carebook durch die Sicherung {0} ersetzen?

Alles, was seit dieser Sicherung eingegeben wurde, wird beiseitegelegt: Die aktuellen Daten werden als {1} in {2} aufbewahrt, sodass Sie dorthin zurückkehren können.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="229"/>
        <source>This backup holds far less than the current data: {0}.</source>
        <translation>Diese Sicherung enthält weit weniger als die aktuellen Daten: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="230"/>
        <source>{0} customers -&gt; {1}, {2} contacts -&gt; {3}</source>
        <translation>{0} Kunden -&gt; {1}, {2} Kontakte -&gt; {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="239"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="241"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="251"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="260"/>
        <source>Restored {0}. The data as it was before is kept in {1}.</source>
        <translation>{0} wiederhergestellt. Die vorherigen Daten sind in {1} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="262"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="270"/>
        <source>Cannot open the folder</source>
        <translation>Der Ordner kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="283"/>
        <source>Regular backup</source>
        <translation>Regelmäßige Sicherung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="285"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="287"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/base.py" line="284"/>
        <source>Draft kept: it comes back the next time you open this.</source>
        <translation>Entwurf aufbewahrt: Er erscheint wieder, wenn Sie dies das nächste Mal öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="301"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="302"/>
        <source>What you typed in “{0}” is not saved yet.</source>
        <translation>Ihre Eingaben in „{0}“ sind noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="306"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="307"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="308"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="335"/>
        <source>{0} saves from any field</source>
        <translation>{0} speichert aus jedem Feld</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="363"/>
        <source>Please check</source>
        <translation>Bitte prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="366"/>
        <location filename="../../ui/dialogs/base.py" line="374"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>BulkDialogs</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="40"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="42"/>
        <source>{0} customers</source>
        <translation>{0} Kunden</translation>
    </message>
</context>
<context>
    <name>BulkFollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="109"/>
        <source>Plan follow-ups</source>
        <translation>Wiedervorlagen planen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="112"/>
        <source>Plan one follow-up for each of {0}.</source>
        <translation>Je eine Wiedervorlage für {0} planen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="117"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="119"/>
        <source>Any time</source>
        <translation>Beliebige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>Optional, e.g. 14:30.</source>
        <translation>Optional, z. B. 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="125"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="132"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="133"/>
        <source>&amp;High priority: show them first</source>
        <translation>&amp;Hohe Priorität: zuerst anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="134"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="136"/>
        <source>What should be done, e.g. “Tell them about the spring sale”</source>
        <translation>Was zu tun ist, z. B. „Über den Frühjahrsverkauf informieren“</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter speichert; Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="141"/>
        <source>Plan {0}</source>
        <translation>{0} planen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>1 follow-up</source>
        <translation>1 Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>{0} follow-ups</source>
        <translation>{0} Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="178"/>
        <source>{0} planned</source>
        <translation>{0} geplant</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="119"/>
        <source>Deleted at another counter. Your changes are kept on screen; saving will say what can be done.</source>
        <translation>An einer anderen Kasse gelöscht. Ihre Änderungen bleiben auf dem Bildschirm; beim Speichern sehen Sie, was möglich ist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="123"/>
        <source>Changed at another counter. Your changes are kept; saving will compare them.</source>
        <translation>An einer anderen Kasse geändert. Ihre Änderungen bleiben erhalten; beim Speichern werden sie verglichen.</translation>
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
        <translation>Kontaktkanal, Tastenkürzel {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="54"/>
        <source>What to do with this row</source>
        <translation>Was mit dieser Zeile geschehen soll</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <location filename="../../ui/colleagues.py" line="121"/>
        <source>Also at the counters: {0}</source>
        <translation>Auch an den Kassen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="128"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="131"/>
        <source>Nobody chosen</source>
        <translation>Niemand gewählt</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="133"/>
        <source>{0} at {1}: seen just now</source>
        <translation>{0} an {1}: gerade eben gesehen</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="136"/>
        <source>{0} at {1}: last seen at {2}</source>
        <translation>{0} an {1}: zuletzt gesehen um {2}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="46"/>
        <source>Changed at another counter</source>
        <translation>An einer anderen Kasse geändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="54"/>
        <source>Someone saved this record at another counter while you were editing it. Choose which value to keep for each field both of you changed.</source>
        <translation>Jemand hat diesen Eintrag an einer anderen Kasse gespeichert, während Sie ihn bearbeitet haben. Wählen Sie für jedes Feld, das Sie beide geändert haben, welcher Wert bleiben soll.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Yours</source>
        <translation>Ihr Wert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>At the other counter</source>
        <translation>An der anderen Kasse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="76"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: yours</source>
        <translation>{0}: Ihr Wert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: at the other counter</source>
        <translation>{0}: an der anderen Kasse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="98"/>
        <source>Merged by themselves: {0}</source>
        <translation>Von selbst zusammengeführt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="103"/>
        <source>Keep all mine</source>
        <translation>Alle meine behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="104"/>
        <source>Take all theirs</source>
        <translation>Alle von dort übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="105"/>
        <source>Save my choices</source>
        <translation>Meine Auswahl speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="108"/>
        <source>Back to the form</source>
        <translation>Zurück zum Formular</translation>
    </message>
</context>
<context>
    <name>ConflictFlow</name>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="44"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="46"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="104"/>
        <source>Deleted at another counter</source>
        <translation>An einer anderen Kasse gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="105"/>
        <source>This record was deleted at another counter (or merged into another record), so your changes cannot be saved to it. What you typed is kept: it comes back as a draft the next time you open this.</source>
        <translation>Dieser Eintrag wurde an einer anderen Kasse gelöscht (oder mit einem anderen zusammengeführt), daher können Ihre Änderungen nicht darin gespeichert werden. Was Sie eingegeben haben, bleibt erhalten: Es kommt beim nächsten Öffnen als Entwurf zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="125"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="133"/>
        <source>It was deleted at another counter in the meantime.</source>
        <translation>Er wurde inzwischen an einer anderen Kasse gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="137"/>
        <source>It was changed at another counter since you looked at it, so nothing was done. Look at it again, then try once more.</source>
        <translation>Er wurde an einer anderen Kasse geändert, seit Sie ihn angesehen haben; daher wurde nichts getan. Sehen Sie ihn sich noch einmal an und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="142"/>
        <source>Changed at another counter</source>
        <translation>An einer anderen Kasse geändert</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="52"/>
        <source>Connect to the shop&apos;s server</source>
        <translation>Mit dem Server des Geschäfts verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="58"/>
        <source>A shop with several counters keeps its data on a PostgreSQL server, usually the back-office PC. Ask whoever set it up for these details.</source>
        <translation>Ein Geschäft mit mehreren Kassen speichert seine Daten auf einem PostgreSQL-Server, meist dem PC im Büro. Fragen Sie die Person, die ihn eingerichtet hat, nach diesen Angaben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="68"/>
        <source>e.g. 192.168.1.10 or backoffice.local</source>
        <translation>z. B. 192.168.1.10 oder backoffice.local</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="69"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="73"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="75"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="81"/>
        <source>kept on this computer; type to change it</source>
        <translation>auf diesem Computer gespeichert; zum Ändern neu eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="84"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="86"/>
        <source>Kept in this computer&apos;s keychain (or an owner-only file), never shown.</source>
        <translation>Im Schlüsselbund dieses Computers (oder einer nur für den Besitzer lesbaren Datei) gespeichert, nie angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="89"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="125"/>
        <source>Please fill this in.</source>
        <translation>Bitte ausfüllen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="144"/>
        <source>Connecting to {0}…</source>
        <translation>Verbindung mit {0} wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Edit contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="169"/>
        <source>Enter saves; Ctrl+Enter saves from any field, the notes too</source>
        <translation>Enter speichert; Strg+Enter speichert aus jedem Feld, auch aus den Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="182"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="184"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="188"/>
        <source>Anyone (unassigned)</source>
        <translation>Beliebig (nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="212"/>
        <source>This follow-up (due {0}) is already done.</source>
        <translation>Diese Wiedervorlage (fällig {0}) ist bereits erledigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="214"/>
        <source>Logging the follow-up due {0}. Saving marks it done.</source>
        <translation>Sie erfassen die Wiedervorlage, fällig {0}. Beim Speichern wird sie als erledigt markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="235"/>
        <source>on {0}</source>
        <translation>am {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="259"/>
        <source>{0} for {1}</source>
        <translation>{0} für {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <source>Contact saved</source>
        <translation>Kontakt gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <location filename="../../ui/dialogs/contact_dialog.py" line="332"/>
        <source>Contact updated</source>
        <translation>Kontakt aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="98"/>
        <source>Move the rest to Notes</source>
        <translation>Rest in die Notizen verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="101"/>
        <source>Keep the first {0} characters as the summary, the rest goes to the top of Notes</source>
        <translation>Die ersten {0} Zeichen als Zusammenfassung behalten, der Rest kommt an den Anfang der Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="133"/>
        <source>Moved {0:,} characters to Notes</source>
        <translation>{0:,} Zeichen in die Notizen verschoben</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="74"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="76"/>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="78"/>
        <location filename="../../ui/dialogs/contact_sections.py" line="80"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="82"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="83"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="84"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="89"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="90"/>
        <source>Alt+1 … Alt+7 choose a channel</source>
        <translation>Alt+1 … Alt+7 wählen einen Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="92"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Eingehend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="93"/>
        <source>The customer got in touch</source>
        <translation>Der Kunde hat sich gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="94"/>
        <source>&amp;Outbound</source>
        <translation>A&amp;usgehend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="95"/>
        <source>The shop got in touch</source>
        <translation>Das Geschäft hat sich gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="101"/>
        <source>Direction:</source>
        <translation>Richtung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>Anla&amp;ss:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="111"/>
        <source>One line: what was it about?</source>
        <translation>Eine Zeile: Worum ging es?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="112"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Zusammenfassung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="115"/>
        <source>Details, if any (Ctrl+Enter saves)</source>
        <translation>Details, falls vorhanden (Strg+Enter speichert)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="117"/>
        <source>Not&amp;es:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="118"/>
        <source>Resol&amp;ved in this contact</source>
        <translation>In diesem Kontakt ge&amp;löst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="120"/>
        <source>Nothing is left to do: the contact counts as resolved at first contact</source>
        <translation>Es ist nichts mehr zu tun: Der Kontakt zählt als beim ersten Kontakt gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="123"/>
        <source>Resolved in this contact</source>
        <translation>In diesem Kontakt gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="135"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Wann:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="137"/>
        <source>S&amp;taff:</source>
        <translation>Mitar&amp;beiter/in:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="140"/>
        <source>How long the customer waited before being served; leave empty if unknown</source>
        <translation>Wie lange der Kunde gewartet hat, bevor er bedient wurde; leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="143"/>
        <source>How long the contact took; leave empty if unknown</source>
        <translation>Wie lange der Kontakt gedauert hat; leer lassen, wenn unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="145"/>
        <source>&amp;Waited:</source>
        <translation>Wa&amp;rtezeit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="146"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="149"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="152"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="153"/>
        <source>Unticked, the contact is open: something is still to be done</source>
        <translation>Ohne Häkchen ist der Kontakt offen: Es ist noch etwas zu tun</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="157"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="164"/>
        <source>Satisfaction (optional)</source>
        <translation>Zufriedenheit (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="174"/>
        <source>What the customer said about it</source>
        <translation>Was der Kunde dazu gesagt hat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="175"/>
        <source>&amp;Feedback:</source>
        <translation>Rückmeldu&amp;ng:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="179"/>
        <source>Scores:</source>
        <translation>Bewertungen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="185"/>
        <source>Follow-up (optional)</source>
        <translation>Wiedervorlage (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="188"/>
        <source>No follow-up</source>
        <translation>Keine Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="189"/>
        <source>In 2 days</source>
        <translation>In 2 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="190"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="191"/>
        <source>On a date…</source>
        <translation>An einem Datum…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="198"/>
        <source>Follow-up date</source>
        <translation>Datum der Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="202"/>
        <source>Follow-&amp;up:</source>
        <translation>Wieder&amp;vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="209"/>
        <source>Assi&amp;gned to:</source>
        <translation>Zuständi&amp;g:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="212"/>
        <source>What to do (the summary if left empty)</source>
        <translation>Was zu tun ist (die Zusammenfassung, wenn leer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="214"/>
        <source>Fo&amp;llow-up note:</source>
        <translation>N&amp;otiz zur Wiedervorlage:</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="80"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="81"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="82"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="83"/>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="87"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="98"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="99"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="102"/>
        <source>All reasons</source>
        <translation>Alle Anlässe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="103"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="105"/>
        <location filename="../../ui/widgets/contact_filters.py" line="133"/>
        <source>All staff</source>
        <translation>Alle Mitarbeitenden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="106"/>
        <source>Staff</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="107"/>
        <source>Open and resolved</source>
        <translation>Offen und gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="135"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inaktiv)</translation>
    </message>
</context>
<context>
    <name>ContactLine</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="110"/>
        <source>{0} (open)</source>
        <translation>{0} (offen)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="198"/>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="199"/>
        <source>Sort by date, customer, channel, reason, staff or status</source>
        <translation>Nach Datum, Kunde, Kanal, Anlass, Mitarbeiter/in oder Status sortieren</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="206"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="207"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="208"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="209"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="210"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="211"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="212"/>
        <source>Staff</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="214"/>
        <source>Wait</source>
        <translation>Wartezeit</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="215"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="257"/>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="269"/>
        <source>Resolved in the first contact, {0}</source>
        <translation>Beim ersten Kontakt gelöst, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="270"/>
        <source>Resolved {0}</source>
        <translation>Gelöst {0}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="66"/>
        <location filename="../../ui/pages/contacts.py" line="100"/>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="67"/>
        <source>Log a contact (Ctrl+L)</source>
        <translation>Kontakt erfassen (Strg+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="78"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="79"/>
        <source>Edit the contact (Enter or double-click)</source>
        <translation>Kontakt bearbeiten (Enter oder Doppelklick)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="80"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="81"/>
        <source>Mark the selected contacts resolved</source>
        <translation>Die ausgewählten Kontakte als gelöst markieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="82"/>
        <source>Re&amp;open</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="83"/>
        <source>Open the selected contacts again</source>
        <translation>Die ausgewählten Kontakte wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="85"/>
        <source>Open &amp;customer</source>
        <translation>Zum &amp;Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="99"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="122"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="199"/>
        <source>Contacts could not be loaded: {0}</source>
        <translation>Kontakte konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="223"/>
        <source>Contacts can be sorted by date, customer, channel, reason, staff or status.</source>
        <translation>Kontakte lassen sich nach Datum, Kunde, Kanal, Anlass, Mitarbeiter/in oder Status sortieren.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="232"/>
        <source>Could not load contacts: {0}</source>
        <translation>Kontakte konnten nicht geladen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="234"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="236"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="238"/>
        <source>{0} contacts</source>
        <translation>{0} Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="246"/>
        <source>No contacts match these filters</source>
        <translation>Keine Kontakte passen zu diesen Filtern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="248"/>
        <source>No contacts in {0}</source>
        <translation>Keine Kontakte im {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="249"/>
        <source>Try another period, or clear the filters.</source>
        <translation>Versuchen Sie einen anderen Zeitraum oder setzen Sie die Filter zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="251"/>
        <source>Log a contact with Ctrl+L when a customer calls, writes or comes by the shop.</source>
        <translation>Erfassen Sie einen Kontakt mit Strg+L, wenn ein Kunde anruft, schreibt oder ins Geschäft kommt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="307"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="315"/>
        <source>Contacts resolved: {0}</source>
        <translation>Kontakte gelöst: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="317"/>
        <source>Contacts reopened: {0}</source>
        <translation>Kontakte wieder geöffnet: {0}</translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="29"/>
        <source>Click to change who is at the counter</source>
        <translation>Klicken, um zu ändern, wer an der Kasse ist</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="39"/>
        <source>Nobody at the counter — choose</source>
        <translation>Niemand an der Kasse – bitte wählen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="41"/>
        <source>At the counter: {0}</source>
        <translation>An der Kasse: {0}</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="24"/>
        <source>Who is at the counter?</source>
        <translation>Wer ist an der Kasse?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="26"/>
        <source>Contacts you log and follow-ups you complete are recorded under this name.</source>
        <translation>Kontakte, die Sie erfassen, und Wiedervorlagen, die Sie erledigen, werden unter diesem Namen gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="31"/>
        <source>Staff members</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="44"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="45"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="47"/>
        <source>{0} customers</source>
        <translation>{0} Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="57"/>
        <source>Add &amp;tag…</source>
        <translation>&amp;Schlagwort hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="63"/>
        <source>Plan &amp;follow-ups…</source>
        <translation>&amp;Wiedervorlagen planen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="68"/>
        <source>Move to t&amp;rash</source>
        <translation>In den &amp;Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="73"/>
        <source>&amp;Restore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="76"/>
        <source>Add a tag to the selected customers (Ctrl+T)</source>
        <translation>Den ausgewählten Kunden ein Schlagwort hinzufügen (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="79"/>
        <source>Plan one follow-up for each selected customer</source>
        <translation>Für jeden ausgewählten Kunden eine Wiedervorlage planen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="82"/>
        <source>Move the selected customers to the trash (Delete)</source>
        <translation>Die ausgewählten Kunden in den Papierkorb verschieben (Entf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="85"/>
        <source>Take the selected customers out of the trash</source>
        <translation>Die ausgewählten Kunden aus dem Papierkorb holen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="129"/>
        <source>Select all {0}</source>
        <translation>Alle {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="143"/>
        <source>{0} selected</source>
        <translation>{0} ausgewählt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="147"/>
        <source>Select several with Shift or Ctrl</source>
        <translation>Mehrere mit Umschalt oder Strg auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="160"/>
        <source>No demo data</source>
        <translation>Keine Demodaten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="165"/>
        <source>Demo data loaded</source>
        <translation>Demodaten geladen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="174"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="179"/>
        <source>&amp;Edit in a window…</source>
        <translation>In eigenem &amp;Fenster bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="193"/>
        <location filename="../../ui/pages/customer_actions.py" line="300"/>
        <location filename="../../ui/pages/customer_actions.py" line="307"/>
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="214"/>
        <source>Plan many follow-ups?</source>
        <translation>Viele Wiedervorlagen planen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="215"/>
        <source>This plans a separate follow-up for each of {0}.</source>
        <translation>Damit wird für {0} jeweils eine eigene Wiedervorlage geplant.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="218"/>
        <source>Continue</source>
        <translation>Fortfahren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="219"/>
        <location filename="../../ui/pages/customer_actions.py" line="246"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="234"/>
        <location filename="../../ui/pages/customer_actions.py" line="238"/>
        <source>Move {0} to the trash? Their contacts and scores stay in the figures.</source>
        <translation>{0} in den Papierkorb verschieben? Kontakte und Bewertungen bleiben in den Kennzahlen erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="243"/>
        <source>Move to the trash</source>
        <translation>In den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="245"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="254"/>
        <location filename="../../ui/pages/customer_actions.py" line="260"/>
        <source>{0} moved to the trash</source>
        <translation>{0} in den Papierkorb verschoben</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="275"/>
        <location filename="../../ui/pages/customer_actions.py" line="279"/>
        <source>{0} restored</source>
        <translation>{0} wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="315"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>CustomerChoicesModel</name>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="74"/>
        <source>Create new customer “{0}”</source>
        <translation>Neuen Kunden „{0}“ anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="78"/>
        <source>Add a phone number or email in this dialog; saved with the contact</source>
        <translation>Telefonnummer oder E-Mail in diesem Dialog ergänzen; wird mit dem Kontakt gespeichert</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="94"/>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="95"/>
        <source>Follow-up</source>
        <translation>Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="96"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="97"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="98"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="99"/>
        <source>Privacy</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="100"/>
        <source>Export everything about this customer, or erase them</source>
        <translation>Alles über diesen Kunden exportieren oder ihn endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="104"/>
        <source>Export everything about this customer…</source>
        <translation>Alles über diesen Kunden exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="107"/>
        <source>Erase for good…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="111"/>
        <source>Log a call, email or visit from this customer ({0})</source>
        <translation>Einen Anruf, eine E-Mail oder einen Besuch dieses Kunden erfassen ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="116"/>
        <source>Plan a follow-up for this customer ({0})</source>
        <translation>Eine Wiedervorlage für diesen Kunden planen ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="119"/>
        <source>Record a CSAT, NPS or CES score ({0})</source>
        <translation>Eine CSAT-, NPS- oder CES-Bewertung erfassen ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="121"/>
        <source>Move this customer to the trash</source>
        <translation>Diesen Kunden in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="122"/>
        <source>Take this customer out of the trash</source>
        <translation>Diesen Kunden aus dem Papierkorb holen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="137"/>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="139"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Änderungen speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="141"/>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="142"/>
        <source>Put back the stored details</source>
        <translation>Die gespeicherten Angaben wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="144"/>
        <location filename="../../ui/pages/customer_detail.py" line="403"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="159"/>
        <source>The customer&apos;s details</source>
        <translation>Die Angaben des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="181"/>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="182"/>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="209"/>
        <source>Select a customer to see their details and history.
Alt+Down and Alt+Up move through the list.</source>
        <translation>Wählen Sie einen Kunden, um seine Angaben und seinen Verlauf zu sehen.
Alt+Ab und Alt+Auf bewegen sich durch die Liste.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="224"/>
        <source>Save the customer&apos;s details</source>
        <translation>Angaben des Kunden speichern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="276"/>
        <source>customer since {0}</source>
        <translation>Kunde seit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="278"/>
        <source>1 open contact</source>
        <translation>1 offener Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="280"/>
        <source>{0} open contacts</source>
        <translation>{0} offene Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="284"/>
        <source>This customer&apos;s personal data was erased; it cannot be edited.</source>
        <translation>Die personenbezogenen Daten dieses Kunden wurden endgültig gelöscht; er kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="287"/>
        <source>In the trash since {0}. Restore the customer to work with them again.</source>
        <translation>Seit {0} im Papierkorb. Stellen Sie den Kunden wieder her, um mit ihm zu arbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="309"/>
        <source>H&amp;istory ({0})</source>
        <translation>&amp;Verlauf ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details (unsaved)</source>
        <translation>&amp;Details (nicht gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="348"/>
        <location filename="../../ui/pages/customer_detail.py" line="351"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="380"/>
        <source>{0} saved</source>
        <translation>{0} gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="404"/>
        <source>You changed {0}&apos;s details. Save the changes?</source>
        <translation>Sie haben die Angaben von {0} geändert. Änderungen speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>Edit customer</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Add customer</source>
        <translation>Kunden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="119"/>
        <source>{0} (in the trash) already has this email address.</source>
        <translation>{0} (im Papierkorb) hat bereits diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="121"/>
        <source>{0} already has this email address.</source>
        <translation>{0} hat bereits diese E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="123"/>
        <source>Open that customer</source>
        <translation>Diesen Kunden öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="124"/>
        <source>Open {0}</source>
        <translation>{0} öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="141"/>
        <source>Save anyway</source>
        <translation>Trotzdem speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="178"/>
        <source>{0} saved. {1}</source>
        <translation>{0} gespeichert. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="180"/>
        <source>{0} added</source>
        <translation>{0} hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="182"/>
        <source>{0} saved</source>
        <translation>{0} gespeichert</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../ui/field_labels.py" line="27"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="28"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="29"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="30"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="31"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="32"/>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="33"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="34"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="35"/>
        <source>Marketing consent</source>
        <translation>Werbeeinwilligung</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="36"/>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="37"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="38"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="92"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="116"/>
        <source>{0}: set</source>
        <translation>{0}: festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="130"/>
        <source>{0} (yes/no)</source>
        <translation>{0} (ja/nein)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="132"/>
        <source>{0} (separated by ;)</source>
        <translation>{0} (getrennt durch ;)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="155"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="157"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="160"/>
        <source>every {0} days</source>
        <translation>alle {0} Tage</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/field_labels.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="43"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="44"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="45"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="46"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="47"/>
        <source>Prefers:</source>
        <translation>Bevorzugt:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="48"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="49"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="50"/>
        <source>Marketing:</source>
        <translation>Werbung:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="51"/>
        <source>Stay in touch:</source>
        <translation>In Kontakt bleiben:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="56"/>
        <source>Wants news and offers</source>
        <translation>Möchte Neuigkeiten und Angebote</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="58"/>
        <source>The customer agreed to receive marketing news and offers</source>
        <translation>Der Kunde hat eingewilligt, Neuigkeiten und Werbeangebote zu erhalten</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="63"/>
        <source>Marketing: wants news and offers</source>
        <translation>Werbung: möchte Neuigkeiten und Angebote</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="64"/>
        <source>Stay in touch every so many days</source>
        <translation>Alle so viele Tage in Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="65"/>
        <source>Stay in touch: remind us every so many days</source>
        <translation>In Kontakt bleiben: alle so viele Tage erinnern</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="70"/>
        <source>Separate tags with ;</source>
        <translation>Schlagwörter mit ; trennen</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="71"/>
        <source>A follow-up is planned when nobody has been in touch for that long</source>
        <translation>Eine Wiedervorlage wird geplant, wenn so lange niemand Kontakt hatte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="129"/>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="183"/>
        <source>every</source>
        <translation>nach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="184"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="228"/>
        <source>e.g. VIP; wholesale</source>
        <translation>z. B. VIP; Großhandel</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="73"/>
        <location filename="../../ui/widgets/customer_picker.py" line="182"/>
        <source>Type a name, company, phone or email</source>
        <translation>Name, Firma, Telefon oder E-Mail eingeben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="74"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="76"/>
        <source>Type to find a customer; use the arrow keys and Enter to choose one.</source>
        <translation>Tippen, um einen Kunden zu finden; mit den Pfeiltasten und Enter auswählen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="84"/>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="88"/>
        <source>Create a new customer with this contact</source>
        <translation>Mit diesem Kontakt einen neuen Kunden anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="160"/>
        <source>No company, phone or email on file</source>
        <translation>Keine Firma, kein Telefon und keine E-Mail hinterlegt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="162"/>
        <source>{0} — in the trash</source>
        <translation>{0} – im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="180"/>
        <source>A new customer is created with this contact</source>
        <translation>Mit diesem Kontakt wird ein neuer Kunde angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="193"/>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="263"/>
        <source>Search failed: {0}</source>
        <translation>Suche fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>CustomersEmpty</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="209"/>
        <source>Add a customer</source>
        <translation>Kunden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="210"/>
        <source>Load demo data</source>
        <translation>Demodaten laden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="211"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="212"/>
        <source>Show customers</source>
        <translation>Kunden anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="219"/>
        <source>No customers match these filters</source>
        <translation>Keine Kunden passen zu diesen Filtern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="220"/>
        <source>Clear the filters to see everyone, or try another tag or channel.</source>
        <translation>Setzen Sie die Filter zurück, um alle zu sehen, oder versuchen Sie ein anderes Schlagwort oder einen anderen Kanal.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="223"/>
        <source>The trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="224"/>
        <source>Customers you move to the trash wait here until you restore them.</source>
        <translation>Kunden, die Sie in den Papierkorb verschieben, bleiben hier, bis Sie sie wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="227"/>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="228"/>
        <source>Add your first customer (Ctrl+N) or load demo data to try Carebook.</source>
        <translation>Fügen Sie Ihren ersten Kunden hinzu (Strg+N) oder laden Sie Demodaten, um Carebook auszuprobieren.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/models/customers_model.py" line="69"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="70"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="71"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="72"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="73"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="74"/>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="75"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="76"/>
        <source>Last score</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="339"/>
        <source>Open follow-ups. Click to sort by this column</source>
        <translation>Offene Wiedervorlagen. Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="343"/>
        <source>The latest CSAT, NPS or CES score. Click to sort, best or worst first</source>
        <translation>Die letzte CSAT-, NPS- oder CES-Bewertung. Klicken, um zu sortieren, beste oder schlechteste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="347"/>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="348"/>
        <source>Sort by name, company, last contact, follow-ups or last score</source>
        <translation>Nach Name, Firma, letztem Kontakt, Wiedervorlagen oder letzter Bewertung sortieren</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="384"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="394"/>
        <source>a low score</source>
        <translation>eine niedrige Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="396"/>
        <source>a high score</source>
        <translation>eine hohe Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="401"/>
        <source>not a valid number</source>
        <translation>keine gültige Nummer</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="429"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="439"/>
        <source>In the trash since {0}</source>
        <translation>Im Papierkorb seit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="444"/>
        <source>{0} — kept as typed: not a valid number for the shop&apos;s region</source>
        <translation>{0} — wie eingegeben übernommen: keine gültige Nummer für die Region des Geschäfts</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="449"/>
        <source>No contact logged yet</source>
        <translation>Noch kein Kontakt erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="450"/>
        <source>Last contact: {0}</source>
        <translation>Letzter Kontakt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="454"/>
        <source>{0} open follow-ups</source>
        <translation>Offene Wiedervorlagen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="459"/>
        <source>{0}: {1} of {2}–{3}</source>
        <translation>{0}: {1} von {2}–{3}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="69"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="70"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Kunden hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="265"/>
        <source>{0} in the trash</source>
        <translation>{0} im Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="267"/>
        <source>The trash is empty</source>
        <translation>Der Papierkorb ist leer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="271"/>
        <source>No customers match</source>
        <translation>Keine passenden Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="273"/>
        <source>1 customer matches</source>
        <translation>1 passender Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="275"/>
        <source>{0} match</source>
        <translation>{0} passende</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="289"/>
        <location filename="../../ui/pages/customers.py" line="290"/>
        <source>The customers could not be read</source>
        <translation>Die Kunden konnten nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="396"/>
        <source>this customer</source>
        <translation>diesen Kunden</translation>
    </message>
</context>
<context>
    <name>CustomersTable</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="95"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edits.py" line="15"/>
        <source>Left and Right move between the parts; type or use Up and Down to change one</source>
        <translation>Pfeil links/rechts wechselt zwischen den Teilen; zum Ändern tippen oder Pfeil auf/ab verwenden</translation>
    </message>
</context>
<context>
    <name>DetailDrafts</name>
    <message>
        <location filename="../../ui/pages/detail_drafts.py" line="71"/>
        <source>Draft restored: unsaved changes to {0}</source>
        <translation>Entwurf wiederhergestellt: ungespeicherte Änderungen an {0}</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="28"/>
        <source>Discard draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="30"/>
        <source>Discard the restored draft</source>
        <translation>Den wiederhergestellten Entwurf verwerfen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="42"/>
        <source>Draft restored: what you typed here before (kept at {0}) is back.</source>
        <translation>Entwurf wiederhergestellt: Ihre frühere Eingabe hier (aufbewahrt um {0}) ist wieder da.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="25"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="26"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="27"/>
        <source>Likely</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="31"/>
        <source>same email</source>
        <translation>gleiche E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="32"/>
        <source>same phone</source>
        <translation>gleiche Telefonnummer</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="33"/>
        <source>same name</source>
        <translation>gleicher Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="34"/>
        <source>similar names</source>
        <translation>ähnliche Namen</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="53"/>
        <source>Customer number {0}</source>
        <translation>Kundennummer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="106"/>
        <source>How likely these two are one customer, from what they share</source>
        <translation>Wie wahrscheinlich diese beiden derselbe Kunde sind, nach ihren gemeinsamen Angaben</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="164"/>
        <source>Erase a customer</source>
        <translation>Kunden endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="176"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>&amp;Delete these backups</source>
        <translation>Diese Sicherungen &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="200"/>
        <source>Erase {0}?</source>
        <translation>{0} endgültig löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="204"/>
        <source>Erasing removes this customer&apos;s personal data for good:
• name, company, email, phone, address, notes and tags are removed; the record is renamed “{0}”;
• the text of their contacts, follow-ups and score comments is blanked;
• the contacts, follow-ups and scores themselves stay, without personal data, so the monthly figures still add up.</source>
        <translation>Beim endgültigen Löschen werden die personenbezogenen Daten dieses Kunden unwiderruflich entfernt:
• Name, Firma, E-Mail, Telefon, Adresse, Notizen und Schlagwörter werden entfernt; der Datensatz wird in „{0}“ umbenannt;
• der Text seiner Kontakte, Wiedervorlagen und Bewertungskommentare wird geleert;
• die Kontakte, Wiedervorlagen und Bewertungen selbst bleiben ohne personenbezogene Daten erhalten, damit die Monatszahlen weiterhin stimmen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="213"/>
        <source>This cannot be undone.</source>
        <translation>Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="219"/>
        <source>Older backups still hold this customer&apos;s data ({0}). After erasing, you can delete them.</source>
        <translation>Ältere Sicherungen enthalten noch die Daten dieses Kunden ({0}). Nach dem Löschen können Sie diese Sicherungen löschen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="225"/>
        <source>I understand: erase {0} for good</source>
        <translation>Ich habe verstanden: {0} endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="241"/>
        <source>Backups that still hold the erased data</source>
        <translation>Sicherungen, die die gelöschten Daten noch enthalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="259"/>
        <source>Not erased</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="263"/>
        <source>Customer erased</source>
        <translation>Kunde gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="264"/>
        <source>{0} is erased</source>
        <translation>{0} ist gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="267"/>
        <source>The record is now “{0}”. Kept without personal data — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>Der Datensatz heißt jetzt „{0}“. Ohne personenbezogene Daten aufbewahrt – Kontakte: {1}, Wiedervorlagen: {2}, Bewertungen: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="289"/>
        <source>Made before the erase, these backups still hold this customer&apos;s data ({0}). Delete them to remove it everywhere (newer backups will not have it).</source>
        <translation>Diese vor dem Löschen erstellten Sicherungen enthalten noch die Daten dieses Kunden ({0}). Löschen Sie sie, um die Daten überall zu entfernen (neuere Sicherungen enthalten sie nicht).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="294"/>
        <source>No backup holds this customer&apos;s data.</source>
        <translation>Keine Sicherung enthält die Daten dieses Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="303"/>
        <source>Delete these backups?</source>
        <translation>Diese Sicherungen löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="305"/>
        <source>Delete the backups made before the erase ({0})? You cannot restore them afterwards; the next backup will be made without this customer&apos;s data.</source>
        <translation>Die vor dem Löschen erstellten Sicherungen ({0}) löschen? Sie können sie danach nicht mehr wiederherstellen; die nächste Sicherung wird ohne die Daten dieses Kunden erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="308"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="309"/>
        <source>Keep them</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="315"/>
        <source>Not all backups were deleted</source>
        <translation>Nicht alle Sicherungen wurden gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="320"/>
        <source>The older backups are deleted: no backup holds this data.</source>
        <translation>Die älteren Sicherungen sind gelöscht: Keine Sicherung enthält diese Daten mehr.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="43"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="44"/>
        <source>Contacts (the contact log)</source>
        <translation>Kontakte (das Kontaktprotokoll)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="45"/>
        <source>Feedback scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="49"/>
        <source>Every customer is exported; customers in the trash and erased ones are left out.</source>
        <translation>Alle Kunden werden exportiert; Kunden im Papierkorb und endgültig gelöschte werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Every contact is exported, except those of customers in the trash or erased.</source>
        <translation>Alle Kontakte werden exportiert, außer denen von Kunden im Papierkorb oder endgültig gelöschten Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="55"/>
        <source>Every score is exported, except those of customers in the trash or erased.</source>
        <translation>Alle Bewertungen werden exportiert, außer denen von Kunden im Papierkorb oder endgültig gelöschten Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="58"/>
        <source>Every follow-up is exported, done ones included, except those of customers in the trash.</source>
        <translation>Alle Wiedervorlagen werden exportiert, auch erledigte, außer denen von Kunden im Papierkorb.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="81"/>
        <source>Spreadsheet (CSV, opens in Excel)</source>
        <translation>Tabelle (CSV, öffnet in Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="84"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="88"/>
        <source>Address book (vCard, for phones and mail programs)</source>
        <translation>Adressbuch (vCard, für Telefone und E-Mail-Programme)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="91"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-Dateien (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>Calendar of the open follow-ups (iCalendar)</source>
        <translation>Kalender der offenen Wiedervorlagen (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="98"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderdateien (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>Write Carebook&apos;s data to a file that other programs open.</source>
        <translation>Die Daten von Carebook in eine Datei schreiben, die andere Programme öffnen können.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="140"/>
        <source>As:</source>
        <translation>Als:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="142"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="143"/>
        <source>Follow-ups &amp;of:</source>
        <translation>Wiedervorlagen &amp;von:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="145"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148"/>
        <source>Only the customers selected on the page ({0})</source>
        <translation>Nur die auf der Seite ausgewählten Kunden ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Which:</source>
        <translation>W&amp;elche:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="160"/>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="170"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="199"/>
        <source>Each open follow-up becomes a calendar event with a reminder, in the shop&apos;s time zone. The customer&apos;s name is only in the text, never invited.</source>
        <translation>Jede offene Wiedervorlage wird ein Kalendertermin mit Erinnerung, in der Zeitzone des Geschäfts. Der Name des Kunden steht nur im Text; er wird nie eingeladen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="204"/>
        <source>Only the customers selected on the page are exported.</source>
        <translation>Nur die auf der Seite ausgewählten Kunden werden exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="206"/>
        <source>Every customer outside the trash is exported as a card.</source>
        <translation>Jeder Kunde außerhalb des Papierkorbs wird als Karte exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="209"/>
        <source>The filters of the page you came from are not applied.</source>
        <translation>Die Filter der vorherigen Seite werden nicht angewendet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="245"/>
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="252"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="270"/>
        <source>Exported to {1} — customers: {0:,}</source>
        <translation>Exportiert nach {1} – Kunden: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exported to {1} — follow-ups: {0:,}</source>
        <translation>Exportiert nach {1} – Wiedervorlagen: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="274"/>
        <source>Exported to {1} — rows: {0:,}</source>
        <translation>Exportiert nach {1} – Zeilen: {0:,}</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="77"/>
        <source>Export everything about a customer</source>
        <translation>Alles über einen Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="83"/>
        <source>Carebook writes everything it holds about {0}: the customer record and tags, every contact, follow-up and score. Each as JSON (for a data request) and as CSV files that a spreadsheet opens. The files go into a new folder that only you can read.</source>
        <translation>Carebook schreibt alles, was es über {0} gespeichert hat: den Kundendatensatz mit Schlagwörtern, jeden Kontakt, jede Wiedervorlage und jede Bewertung. Jeweils als JSON (für eine Datenauskunft) und als CSV-Dateien, die eine Tabellenkalkulation öffnet. Die Dateien kommen in einen neuen Ordner, den nur Sie lesen können.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="98"/>
        <source>&amp;Into the folder:</source>
        <translation>In den &amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="102"/>
        <source>&amp;Open the folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="115"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="121"/>
        <source>Export into which folder?</source>
        <translation>In welchen Ordner exportieren?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="131"/>
        <source>Choose the folder to export into.</source>
        <translation>Wählen Sie den Ordner für den Export.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="141"/>
        <source>Saved in {1} — files: {0}, contacts: {2}, follow-ups: {3}, scores: {4}.</source>
        <translation>Gespeichert in {1} – Dateien: {0}, Kontakte: {2}, Wiedervorlagen: {3}, Bewertungen: {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="149"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="151"/>
        <source>Exported everything about {0}</source>
        <translation>Alles über {0} exportiert</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="123"/>
        <source>Which file?</source>
        <translation>Welche Datei?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>A CSV file from a spreadsheet (in Excel: File › Save As › CSV UTF-8), or an address book saved as vCard (.vcf). Nothing is written until the last step, and every import can be undone.</source>
        <translation>Eine CSV-Datei aus einer Tabellenkalkulation (in Excel: Datei › Speichern unter › CSV UTF-8) oder ein als vCard (.vcf) gespeichertes Adressbuch. Bis zum letzten Schritt wird nichts geschrieben, und jeder Import lässt sich rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="135"/>
        <source>The file to import</source>
        <translation>Die zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="136"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="138"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="150"/>
        <source>The file holds:</source>
        <translation>Die Datei enthält:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="163"/>
        <source>&amp;Earlier imports…</source>
        <translation>&amp;Frühere Importe…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="164"/>
        <source>See the earlier imports and undo one</source>
        <translation>Frühere Importe ansehen und einen rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="191"/>
        <source>Each row needs: {0}.</source>
        <translation>Jede Zeile braucht: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="198"/>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="199"/>
        <source>CSV or vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>CSV- oder vCard-Dateien (*.csv *.txt *.vcf *.vcard);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="232"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="248"/>
        <source>{0}: an address book (cards: {1}); each card becomes a customer.</source>
        <translation>{0}: ein Adressbuch (Karten: {1}); jede Karte wird ein Kunde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="251"/>
        <source>{0} — rows: {1:,}, columns: {2}.</source>
        <translation>{0} – Zeilen: {1:,}, Spalten: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="255"/>
        <source>Carebook knows this file: an export of {0}.</source>
        <translation>Carebook kennt diese Datei: ein Export aus {0}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="78"/>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="79"/>
        <source>Show only customers with this tag</source>
        <translation>Nur Kunden mit diesem Schlagwort anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="80"/>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="85"/>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="86"/>
        <source>Show only customers who prefer this channel</source>
        <translation>Nur Kunden anzeigen, die diesen Kanal bevorzugen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="87"/>
        <source>Any channel</source>
        <translation>Beliebiger Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="88"/>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="91"/>
        <source>&amp;Not contacted for</source>
        <translation>&amp;Nicht kontaktiert seit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="94"/>
        <source>Customers whose last contact is older than this, or who never had one</source>
        <translation>Kunden, deren letzter Kontakt länger zurückliegt oder die noch nie einen hatten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="100"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="101"/>
        <source>Not contacted for so many days</source>
        <translation>Seit so vielen Tagen nicht kontaktiert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="103"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers in use</source>
        <translation>Aktive Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Customers moved to the trash; restore them from here</source>
        <translation>In den Papierkorb verschobene Kunden; von hier aus wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="126"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="53"/>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="58"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="60"/>
        <source>Open (not done)</source>
        <translation>Offen (nicht erledigt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="61"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="62"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="63"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="64"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="65"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="72"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="74"/>
        <source>Any date</source>
        <translation>Beliebiges Datum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="75"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="76"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="77"/>
        <source>Next 7 days</source>
        <translation>Nächste 7 Tage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="78"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="79"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="80"/>
        <source>Choose dates…</source>
        <translation>Datum wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due from</source>
        <translation>Fällig ab</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due until</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="95"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="100"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="101"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="102"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me ({0})</source>
        <translation>Ich ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="162"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="163"/>
        <source>Nobody yet (unassigned)</source>
        <translation>Noch niemand (nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="172"/>
        <source>Choose who is at the counter first</source>
        <translation>Wählen Sie zuerst, wer an der Kasse ist</translation>
    </message>
</context>
<context>
    <name>FollowupActions</name>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="73"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="81"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="87"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="94"/>
        <source>Re&amp;assign to</source>
        <translation>&amp;Neu zuweisen an</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="105"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="110"/>
        <source>Log the contact for this follow-up; it is marked done on saving</source>
        <translation>Den Kontakt zu dieser Wiedervorlage erfassen; beim Speichern wird sie als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="115"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="120"/>
        <source>Show &amp;customer</source>
        <translation>Kunde &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="125"/>
        <source>Open the c&amp;ontact it came from</source>
        <translation>&amp;Ursprünglichen Kontakt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="174"/>
        <location filename="../../ui/pages/followups_actions.py" line="178"/>
        <location filename="../../ui/pages/followups_actions.py" line="186"/>
        <location filename="../../ui/pages/followups_actions.py" line="188"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="207"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="218"/>
        <source>Follow-up marked done</source>
        <translation>Wiedervorlage als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="219"/>
        <source>{0} follow-ups marked done</source>
        <translation>{0} Wiedervorlagen als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="225"/>
        <source>Resolve its contact</source>
        <translation>Zugehörigen Kontakt lösen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="227"/>
        <source>Resolve their contacts</source>
        <translation>Zugehörige Kontakte lösen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="237"/>
        <source>Contact resolved</source>
        <translation>Kontakt gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="238"/>
        <source>{0} contacts resolved</source>
        <translation>{0} Kontakte gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="251"/>
        <source>Follow-up reopened</source>
        <translation>Wiedervorlage wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="252"/>
        <source>{0} follow-ups reopened</source>
        <translation>{0} Wiedervorlagen wieder geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="273"/>
        <source>Follow-up snoozed until {1}</source>
        <translation>Wiedervorlage zurückgestellt bis {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="274"/>
        <source>{0} follow-ups snoozed until {1}</source>
        <translation>{0} Wiedervorlagen zurückgestellt bis {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="327"/>
        <source>Nobody (unassigned)</source>
        <translation>Niemand (nicht zugeordnet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="339"/>
        <source>Follow-up reassigned</source>
        <translation>Wiedervorlage neu zugewiesen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="340"/>
        <source>{0} follow-ups reassigned</source>
        <translation>{0} Wiedervorlagen neu zugewiesen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="353"/>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="355"/>
        <source>Delete the follow-up “{0}” for {1}?</source>
        <translation>Die Wiedervorlage „{0}“ für {1} löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="360"/>
        <source>{0}

This cannot be undone. To keep it on record, mark it done instead.</source>
        <translation>{0}

Dies kann nicht rückgängig gemacht werden. Um sie aufzubewahren, markieren Sie sie stattdessen als erledigt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="365"/>
        <source>Delete follow-up</source>
        <translation>Wiedervorlage löschen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="367"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="368"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="377"/>
        <source>Follow-up deleted</source>
        <translation>Wiedervorlage gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="378"/>
        <source>{0} follow-ups deleted</source>
        <translation>{0} Wiedervorlagen gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="394"/>
        <source>Cannot open this follow-up</source>
        <translation>Diese Wiedervorlage kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="416"/>
        <source>Cannot open this contact</source>
        <translation>Dieser Kontakt kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>FollowupCardList</name>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="196"/>
        <source>Overdue · {0}</source>
        <translation>Überfällig · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="197"/>
        <source>Due today · {0}</source>
        <translation>Heute fällig · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="211"/>
        <source>Showing {0} of {1} follow-ups.</source>
        <translation>{0} von {1} Wiedervorlagen angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="213"/>
        <source>The Follow-ups page lists them all.</source>
        <translation>Die Seite Wiedervorlagen zeigt alle an.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="214"/>
        <source>Open Follow-ups</source>
        <translation>Wiedervorlagen öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="217"/>
        <source>Show {0} more</source>
        <translation>{0} weitere anzeigen</translation>
    </message>
</context>
<context>
    <name>FollowupCardWidget</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="144"/>
        <source>High priority</source>
        <translation>Hohe Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="145"/>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="157"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="159"/>
        <source>Mark this follow-up as done</source>
        <translation>Diese Wiedervorlage als erledigt markieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="161"/>
        <source>Snooze</source>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="162"/>
        <source>Move this follow-up to later</source>
        <translation>Diese Wiedervorlage auf später verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="167"/>
        <source>Log this follow-up…</source>
        <translation>Diese Wiedervorlage erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="170"/>
        <source>Log the contact you make for this follow-up; saving it marks the follow-up done</source>
        <translation>Den Kontakt erfassen, den Sie für diese Wiedervorlage aufnehmen; beim Speichern wird die Wiedervorlage als erledigt markiert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="210"/>
        <source>Last contacts</source>
        <translation>Letzte Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="220"/>
        <source>No contacts logged yet</source>
        <translation>Noch keine Kontakte erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="245"/>
        <source>Open {0}</source>
        <translation>{0} öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="254"/>
        <source>Due {0}</source>
        <translation>Fällig {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="259"/>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="279"/>
        <source>{0}. Press Enter to open the customer.</source>
        <translation>{0}. Enter öffnet den Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="280"/>
        <source>Mark done: {0}</source>
        <translation>Als erledigt markieren: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="281"/>
        <source>Snooze: {0}</source>
        <translation>Zurückstellen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="282"/>
        <source>Log this follow-up: {0}</source>
        <translation>Diese Wiedervorlage erfassen: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>Edit follow-up</source>
        <translation>Wiedervorlage bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="62"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="69"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="73"/>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="75"/>
        <source>Optional, e.g. 14:30. Empty: any time that day.</source>
        <translation>Optional, z. B. 14:30. Leer: jederzeit an diesem Tag.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="78"/>
        <source>Any time</source>
        <translation>Beliebige Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="82"/>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="85"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="87"/>
        <source>&amp;High priority: show it first</source>
        <translation>&amp;Hohe Priorität: zuerst anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="88"/>
        <source>Priority:</source>
        <translation>Priorität:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="91"/>
        <source>What should be done, e.g. “Ring back with the repair quote”</source>
        <translation>Was zu tun ist, z. B. „Mit dem Kostenvoranschlag für die Reparatur zurückrufen“</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter speichert; Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Plan follow-up</source>
        <translation>Wiedervorlage planen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="151"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="164"/>
        <source>Done {0}; its due date ({1}) stays as it was.</source>
        <translation>Erledigt {0}; das Fälligkeitsdatum ({1}) bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="168"/>
        <source>Done {0} by {1}; its due date ({2}) stays as it was.</source>
        <translation>Erledigt {0} von {1}; das Fälligkeitsdatum ({2}) bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="197"/>
        <source>Pick “{0}” from the list of matches, or type another name</source>
        <translation>Wählen Sie „{0}“ aus der Trefferliste oder geben Sie einen anderen Namen ein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="198"/>
        <source>Choose a customer: type a name and pick them from the list</source>
        <translation>Kunden wählen: Namen eingeben und aus der Liste auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="204"/>
        <source>is {0:,} characters long; the limit is {1:,}</source>
        <translation>ist {0:,} Zeichen lang; erlaubt sind {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="228"/>
        <source>Follow-up planned for {0} on {1}</source>
        <translation>Wiedervorlage für {0} am {1} geplant</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="242"/>
        <source>Follow-up for {0} saved</source>
        <translation>Wiedervorlage für {0} gespeichert</translation>
    </message>
</context>
<context>
    <name>FollowupFields</name>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="63"/>
        <source>Type a due date like {0}, or pick one</source>
        <translation>Geben Sie ein Fälligkeitsdatum wie {0} ein oder wählen Sie eines aus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="80"/>
        <source>&apos;{0}&apos; is not a time like 14:30</source>
        <translation>„{0}“ ist keine Uhrzeit wie 14:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="87"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="89"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="91"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="93"/>
        <source>in {0} days</source>
        <translation>in {0} Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="95"/>
        <source>the day before yesterday — in the past</source>
        <translation>vorgestern — in der Vergangenheit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="96"/>
        <source>{0} days ago — in the past</source>
        <translation>vor {0} Tagen — in der Vergangenheit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="117"/>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="127"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="140"/>
        <location filename="../../ui/dialogs/followup_fields.py" line="143"/>
        <source>Pick a date from the calendar</source>
        <translation>Ein Datum im Kalender auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="155"/>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="158"/>
        <source>In 2 days</source>
        <translation>In 2 Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="161"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="214"/>
        <source>Type a date like {0}, or use a button.</source>
        <translation>Geben Sie ein Datum wie {0} ein oder verwenden Sie eine Schaltfläche.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="259"/>
        <source>Type a name, email or phone number…</source>
        <translation>Name, E-Mail oder Telefonnummer eingeben…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="261"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="269"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="272"/>
        <source>Choose another customer</source>
        <translation>Anderen Kunden auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="327"/>
        <source>No customer matches “{0}”. Check the spelling, or add the customer first.</source>
        <translation>Kein Kunde passt zu „{0}“. Prüfen Sie die Schreibweise oder legen Sie den Kunden zuerst an.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <location filename="../../ui/models/followup_format.py" line="34"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="35"/>
        <location filename="../../ui/models/followup_format.py" line="170"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="36"/>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="37"/>
        <location filename="../../ui/models/followups_model.py" line="82"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="40"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="41"/>
        <source>From a contact</source>
        <translation>Aus einem Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="42"/>
        <source>Stay in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="43"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="150"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="152"/>
        <source>{0} days</source>
        <translation>{0} Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="159"/>
        <source>Overdue by {0}</source>
        <translation>Überfällig seit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="162"/>
        <source>Overdue since {0} today</source>
        <translation>Überfällig seit heute {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="167"/>
        <source>Due today at {0}</source>
        <translation>Heute um {0} fällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="172"/>
        <source>Due in {0}</source>
        <translation>Fällig in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="177"/>
        <source>Done {0} by {1}</source>
        <translation>Erledigt am {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="180"/>
        <source>Done {0}</source>
        <translation>Erledigt am {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="75"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="76"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="77"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="78"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="79"/>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="80"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="81"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="230"/>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="231"/>
        <source>This column cannot be sorted</source>
        <translation>Diese Spalte kann nicht sortiert werden</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="275"/>
        <source>Nobody</source>
        <translation>Niemand</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="286"/>
        <source>{0} at {1}</source>
        <translation>{0} um {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="289"/>
        <source>{0}, any time of the day</source>
        <translation>{0}, zu jeder Tageszeit</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="295"/>
        <source>Not assigned to anyone yet</source>
        <translation>Noch niemandem zugeordnet</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="299"/>
        <source>Made from a contact: double-click to open that contact</source>
        <translation>Aus einem Kontakt erstellt: Doppelklick öffnet diesen Kontakt</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../ui/pages/followups.py" line="82"/>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="83"/>
        <source>Plan a follow-up (Ctrl+Shift+N)</source>
        <translation>Wiedervorlage planen (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="96"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="161"/>
        <source>Plan a follow-up</source>
        <translation>Wiedervorlage planen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="162"/>
        <source>Show all follow-ups</source>
        <translation>Alle Wiedervorlagen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="181"/>
        <source>{0} overdue</source>
        <translation>{0} überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="268"/>
        <source>{0} follow-ups shown</source>
        <translation>{0} Wiedervorlagen angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="270"/>
        <source>1 follow-up shown</source>
        <translation>1 Wiedervorlage angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="272"/>
        <source>{0} overdue in all</source>
        <translation>{0} überfällig insgesamt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="274"/>
        <source>No follow-ups match these filters</source>
        <translation>Keine Wiedervorlagen passen zu diesen Filtern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="288"/>
        <source>No open follow-ups</source>
        <translation>Keine offenen Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="289"/>
        <source>Nothing is overdue</source>
        <translation>Nichts ist überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="290"/>
        <source>Nothing is due today</source>
        <translation>Heute ist nichts fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="291"/>
        <source>Nothing planned ahead</source>
        <translation>Nichts im Voraus geplant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="292"/>
        <source>No follow-ups done yet</source>
        <translation>Noch keine Wiedervorlagen erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="293"/>
        <source>No follow-ups yet</source>
        <translation>Noch keine Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="297"/>
        <source>Everything planned is done. Plan the next call-back or check-in with Ctrl+Shift+N.</source>
        <translation>Alles Geplante ist erledigt. Planen Sie den nächsten Rückruf oder die nächste Nachfrage mit Strg+Umschalt+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="299"/>
        <source>Every follow-up is on time. Well done!</source>
        <translation>Alle Wiedervorlagen sind im Zeitplan. Gut gemacht!</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="300"/>
        <source>Nothing needs doing today. Upcoming follow-ups show under “Upcoming”.</source>
        <translation>Heute ist nichts zu tun. Kommende Wiedervorlagen stehen unter „Demnächst“.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="301"/>
        <source>No follow-ups are planned for later days. Plan one with Ctrl+Shift+N.</source>
        <translation>Für spätere Tage sind keine Wiedervorlagen geplant. Planen Sie eine mit Strg+Umschalt+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="302"/>
        <source>Follow-ups marked done (Ctrl+D) are listed here with who did them and when.</source>
        <translation>Als erledigt markierte Wiedervorlagen (Strg+D) stehen hier, mit Angabe, wer sie wann erledigt hat.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="304"/>
        <source>Plan a call-back or a check-in with Ctrl+Shift+N, and Carebook reminds you when it is due.</source>
        <translation>Planen Sie einen Rückruf oder eine Nachfrage mit Strg+Umschalt+N, und Carebook erinnert Sie, wenn er fällig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="314"/>
        <source>{0} Only some follow-ups are shown: try “Show all follow-ups”.</source>
        <translation>{0} Es werden nur einige Wiedervorlagen angezeigt: Versuchen Sie „Alle Wiedervorlagen anzeigen“.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="319"/>
        <location filename="../../ui/pages/followups.py" line="320"/>
        <source>The follow-ups could not be read</source>
        <translation>Die Wiedervorlagen konnten nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/followups.py" line="377"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="55"/>
        <source>Is this how the file looks?</source>
        <translation>Sieht die Datei so aus?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="58"/>
        <source>Carebook found the text encoding and the separator by itself. If the names look wrong or everything is in one column, choose another one.</source>
        <translation>Carebook hat die Textkodierung und das Trennzeichen selbst erkannt. Wenn die Namen falsch aussehen oder alles in einer Spalte steht, wählen Sie eine andere Einstellung.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="72"/>
        <source>Text &amp;encoding:</source>
        <translation>Text&amp;kodierung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="73"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="80"/>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="114"/>
        <source>Reading {0} again…</source>
        <translation>{0} wird erneut gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="137"/>
        <source>{0} (found in the file)</source>
        <translation>{0} (in der Datei gefunden)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="143"/>
        <source>Found by Carebook: {0}; {1}.</source>
        <translation>Von Carebook erkannt: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="153"/>
        <source>(no heading)</source>
        <translation>(keine Überschrift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="164"/>
        <source>Columns: {0}. The numbers on the left are the lines of the file.</source>
        <translation>Spalten: {0}. Die Zahlen links sind die Zeilen der Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="169"/>
        <source>More rows follow: {0:,}.</source>
        <translation>Weitere Zeilen folgen: {0:,}.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="56"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="57"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="58"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="59"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="60"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="61"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="64"/>
        <source>Earlier imports, newest first</source>
        <translation>Frühere Importe, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="70"/>
        <source>No imports yet.</source>
        <translation>Noch keine Importe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="72"/>
        <source>&amp;Undo the chosen import</source>
        <translation>Gewählten Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="118"/>
        <source>Undone {0}</source>
        <translation>Rückgängig gemacht {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="119"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="139"/>
        <source>Undo this import?</source>
        <translation>Diesen Import rückgängig machen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="141"/>
        <source>Undo import {0}? The rows it created are removed and the fields it changed get their earlier values. If anything was added or changed since, Carebook says so and changes nothing.</source>
        <translation>Import {0} rückgängig machen? Die dabei angelegten Zeilen werden entfernt und die geänderten Felder erhalten ihre früheren Werte. Wurde seitdem etwas hinzugefügt oder geändert, meldet Carebook das und ändert nichts.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="145"/>
        <source>Undo the import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="146"/>
        <source>Keep it</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="149"/>
        <source>Undoing import {0}…</source>
        <translation>Import {0} wird rückgängig gemacht…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="163"/>
        <source>rows removed: {0:,}</source>
        <translation>entfernte Zeilen: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="166"/>
        <source>customers given back their earlier values: {0:,}</source>
        <translation>Kunden mit wiederhergestellten früheren Werten: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="168"/>
        <source>Import {0} undone — {1}.</source>
        <translation>Import {0} rückgängig gemacht – {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="170"/>
        <source>Kept: {0}.</source>
        <translation>Behalten: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="174"/>
        <source>Import {0} undone</source>
        <translation>Import {0} rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="180"/>
        <source>Import not undone</source>
        <translation>Import nicht rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="190"/>
        <source>Customers (vCard)</source>
        <translation>Kunden (vCard)</translation>
    </message>
</context>
<context>
    <name>ImportMatchesModel</name>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="29"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="30"/>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="31"/>
        <source>Already in Carebook</source>
        <translation>Bereits in Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="32"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="33"/>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="36"/>
        <source>Update this customer</source>
        <translation>Diesen Kunden aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="37"/>
        <source>Skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="38"/>
        <source>Add as a new customer</source>
        <translation>Als neuen Kunden hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="139"/>
        <source>Double-click or press F2 to choose</source>
        <translation>Zum Auswählen doppelklicken oder F2 drücken</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="117"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="122"/>
        <source>The line of the file (the header is line 1)</source>
        <translation>Die Zeile in der Datei (die Kopfzeile ist Zeile 1)</translation>
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
        <translation>„{0}“ wird gelesen als {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="188"/>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="35"/>
        <source>UTF-8 with BOM (Excel “CSV UTF-8”)</source>
        <translation>UTF-8 mit BOM (Excel „CSV UTF-8“)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="36"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="37"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel „Unicode-Text“)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="38"/>
        <source>Windows, Western European (Excel “CSV”)</source>
        <translation>Windows, Westeuropäisch (Excel „CSV“)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="41"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="42"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="43"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="30"/>
        <source>Name: title before it (Dr.)</source>
        <translation>Name: Titel davor (Dr.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="31"/>
        <source>Name: first name</source>
        <translation>Name: Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="32"/>
        <source>Name: middle name</source>
        <translation>Name: zweiter Vorname</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="33"/>
        <source>Name: last name</source>
        <translation>Name: Nachname</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="34"/>
        <source>Name: after it (Jr.)</source>
        <translation>Name: Zusatz danach (jun.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="35"/>
        <source>Nickname (the name when there is no other)</source>
        <translation>Spitzname (der Name, wenn es keinen anderen gibt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="36"/>
        <source>Phone: mobile (taken first)</source>
        <translation>Telefon: mobil (wird zuerst genommen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="37"/>
        <source>Phone: work</source>
        <translation>Telefon: geschäftlich</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="38"/>
        <source>Phone: home</source>
        <translation>Telefon: privat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="39"/>
        <source>Phone: other</source>
        <translation>Telefon: sonstige</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="40"/>
        <source>Address: street</source>
        <translation>Adresse: Straße</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="41"/>
        <source>Address: house number</source>
        <translation>Adresse: Hausnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="42"/>
        <source>Address: PO box</source>
        <translation>Adresse: Postfach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="43"/>
        <source>Address: postcode</source>
        <translation>Adresse: Postleitzahl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="44"/>
        <source>Address: city</source>
        <translation>Adresse: Ort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="45"/>
        <source>Address: region or state</source>
        <translation>Adresse: Region oder Bundesland</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="46"/>
        <source>Address: country</source>
        <translation>Adresse: Land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="47"/>
        <source>Type of the values beside it (Home, Work…)</source>
        <translation>Art der Werte daneben (Privat, Arbeit…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="48"/>
        <source>Notes, after the column&apos;s heading</source>
        <translation>Notizen, nach der Spaltenüberschrift</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="40"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="41"/>
        <source>Contacts (calls, visits, emails…)</source>
        <translation>Kontakte (Anrufe, Besuche, E-Mails…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="42"/>
        <source>Feedback scores (CSAT, NPS, CES)</source>
        <translation>Bewertungen (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="43"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="46"/>
        <source>When it happened</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="47"/>
        <source>Customer&apos;s name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="48"/>
        <source>Customer&apos;s email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="49"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="50"/>
        <source>Direction (inbound/outbound)</source>
        <translation>Richtung (eingehend/ausgehend)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="51"/>
        <source>Reason</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="52"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="53"/>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="54"/>
        <source>Status (open/resolved)</source>
        <translation>Status (offen/gelöst)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="55"/>
        <source>Resolved at first contact (yes/no)</source>
        <translation>Beim ersten Kontakt gelöst (ja/nein)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="56"/>
        <source>Resolved at</source>
        <translation>Gelöst am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="57"/>
        <source>Minutes waited</source>
        <translation>Wartezeit in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="58"/>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="59"/>
        <source>Received at</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="60"/>
        <source>Kind (csat/nps/ces)</source>
        <translation>Art (csat/nps/ces)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="61"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="62"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="63"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="64"/>
        <source>Due time</source>
        <translation>Fälligkeitszeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="65"/>
        <source>Assigned to</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="66"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="67"/>
        <source>Priority (normal/high)</source>
        <translation>Priorität (normal/hoch)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="68"/>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="125"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="131"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="132"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="197"/>
        <source>Earlier imports</source>
        <translation>Frühere Importe</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="61"/>
        <source>{0:,} / {1:,}: {2:,} too many</source>
        <translation>{0:,} / {1:,}: {2:,} zu viel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="63"/>
        <source>{0:,} / {1:,}</source>
        <translation>{0:,} / {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="65"/>
        <source>{0:,} of {1:,} characters used</source>
        <translation>{0:,} von {1:,} Zeichen verwendet</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_actions.py" line="57"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="63"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Kontakt erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="69"/>
        <source>New &amp;follow-up…</source>
        <translation>Neue &amp;Wiedervorlage…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="75"/>
        <source>Record a &amp;score…</source>
        <translation>Bewer&amp;tung erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="87"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="90"/>
        <source>Backups and &amp;restore…</source>
        <translation>Sicherungen und Wieder&amp;herstellung…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="93"/>
        <source>&amp;Move this shop to a server…</source>
        <translation>Dieses Geschäft auf einen Server &amp;verschieben…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="99"/>
        <source>Find &amp;duplicates…</source>
        <translation>&amp;Dubletten suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="102"/>
        <source>&amp;Connect to the shop&apos;s server…</source>
        <translation>&amp;Mit dem Server des Geschäfts verbinden…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="111"/>
        <source>&amp;Find a customer</source>
        <translation>Kunden &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="115"/>
        <source>Shop &amp;settings…</source>
        <translation>&amp;Einstellungen des Geschäfts…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="119"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Mitarbeitende…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="122"/>
        <source>&amp;Who is at the counter…</source>
        <translation>&amp;Wer ist an der Kasse…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="129"/>
        <source>Show &amp;toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="135"/>
        <source>&amp;System colours</source>
        <translation>&amp;Systemfarben</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="136"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="137"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="154"/>
        <source>&amp;Next record</source>
        <translation>&amp;Nächster Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="160"/>
        <source>&amp;Previous record</source>
        <translation>&amp;Vorheriger Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="173"/>
        <source>&amp;About Carebook</source>
        <translation>Ü&amp;ber Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="177"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="224"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="229"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="230"/>
        <source>&amp;Colours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="236"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="241"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="248"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="249"/>
        <source>Log contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="250"/>
        <source>New follow-up</source>
        <translation>Neue Wiedervorlage</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="276"/>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Find a customer first, then record their score</source>
        <translation>Suchen Sie zuerst den Kunden, dann erfassen Sie seine Bewertung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Data: {0}</source>
        <translation>Daten: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Carebook keeps its data in {0}</source>
        <translation>Carebook speichert seine Daten in {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="62"/>
        <source>Which column is which?</source>
        <translation>Welche Spalte ist welche?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="65"/>
        <source>Carebook matched the columns by their headings. Change any choice; columns set to “Leave out” are not imported. Required columns are marked with *.</source>
        <translation>Carebook hat die Spalten anhand ihrer Überschriften zugeordnet. Ändern Sie jede Auswahl nach Bedarf; Spalten mit „Auslassen“ werden nicht importiert. Pflichtspalten sind mit * markiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="75"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="110"/>
        <source>{0} file: Carebook knows its columns.</source>
        <translation>{0}-Datei: Carebook kennt ihre Spalten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="112"/>
        <source>Your choices for a file with these headings are used again.</source>
        <translation>Ihre Auswahl für eine Datei mit diesen Überschriften wird wiederverwendet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Column of the file</source>
        <translation>Spalte der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="136"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="205"/>
        <source>(no heading)</source>
        <translation>(keine Überschrift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="140"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="146"/>
        <source>Import the column “{0}” as</source>
        <translation>Spalte „{0}“ importieren als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="147"/>
        <source>Leave out</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="197"/>
        <source>Choose a file column for: {0}.</source>
        <translation>Wählen Sie eine Spalte der Datei für: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="201"/>
        <source>{0} of {1} columns will be imported.</source>
        <translation>{0} von {1} Spalten werden importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="204"/>
        <source>{0} (values: {1:,})</source>
        <translation>{0} (Werte: {1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="208"/>
        <source>Not imported: {0}.</source>
        <translation>Nicht importiert: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="210"/>
        <source>Not imported, empty in every row: {0}.</source>
        <translation>Nicht importiert, in jeder Zeile leer: {0}.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="70"/>
        <source>Customers you already have</source>
        <translation>Kunden, die Sie schon haben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="73"/>
        <source>These rows look like customers already in Carebook (same email, same phone or a very similar name). Choose for each: update the customer, skip the row, or add a new customer.</source>
        <translation>Diese Zeilen sehen aus wie Kunden, die bereits in Carebook sind (gleiche E-Mail, gleiche Telefonnummer oder sehr ähnlicher Name). Wählen Sie für jede: Kunden aktualisieren, Zeile überspringen oder als neuen Kunden hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="93"/>
        <source>Rows that match customers already in Carebook</source>
        <translation>Zeilen, die zu Kunden in Carebook passen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>&amp;Update</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>S&amp;kip</source>
        <translation>Über&amp;springen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>Add as &amp;new</source>
        <translation>Als &amp;neu hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="104"/>
        <source>For the chosen rows:</source>
        <translation>Für die gewählten Zeilen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="111"/>
        <source>Apply to &amp;all rows</source>
        <translation>Auf a&amp;lle Zeilen anwenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="127"/>
        <source>Looking for customers you already have…</source>
        <translation>Suche nach Kunden, die Sie schon haben…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="153"/>
        <source>Could not look for matching customers: {0}</source>
        <translation>Passende Kunden konnten nicht gesucht werden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="168"/>
        <source>No row matches a customer you already have: every row is new.</source>
        <translation>Keine Zeile passt zu einem vorhandenen Kunden: Jede Zeile ist neu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="172"/>
        <source>Matching rows: {0:,} — to update: {1:,}, to skip: {2:,}, to add as new: {3:,}.</source>
        <translation>Passende Zeilen: {0:,} – zu aktualisieren: {1:,}, zu überspringen: {2:,}, als neu hinzuzufügen: {3:,}.</translation>
    </message>
</context>
<context>
    <name>MergeCompare</name>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="124"/>
        <source>Record kept</source>
        <translation>Behaltener Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="130"/>
        <source>Keep #{0}</source>
        <translation>Nr. {0} behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="133"/>
        <source>Keep customer number {0}; the other record is merged into it</source>
        <translation>Kundennummer {0} behalten; der andere Datensatz wird in diesen übernommen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="146"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="148"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="160"/>
        <source>Every contact, follow-up, score and tag of the other record moves to the record kept.</source>
        <translation>Alle Kontakte, Wiedervorlagen, Bewertungen und Schlagwörter des anderen Datensatzes gehen auf den behaltenen Datensatz über.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="176"/>
        <source>Contacts: {0} · Follow-ups: {1} · Scores: {2}</source>
        <translation>Kontakte: {0} · Wiedervorlagen: {1} · Bewertungen: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="186"/>
        <source>(empty on both)</source>
        <translation>(bei beiden leer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="198"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="204"/>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="206"/>
        <source>Keep both texts, one after the other</source>
        <translation>Beide Texte behalten, nacheinander</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Duplicates and merge</source>
        <translation>Dubletten und Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="70"/>
        <source>Likely duplicates</source>
        <translation>Wahrscheinliche Dubletten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="71"/>
        <source>Merged earlier</source>
        <translation>Früher zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="93"/>
        <source>Likely duplicates, most likely first</source>
        <translation>Wahrscheinliche Dubletten, wahrscheinlichste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="111"/>
        <source>Look &amp;again</source>
        <translation>Erneut &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="121"/>
        <source>Choose a pair on the left to compare the two records.</source>
        <translation>Wählen Sie links ein Paar, um die beiden Datensätze zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="127"/>
        <source>The two customers side by side</source>
        <translation>Die beiden Kunden nebeneinander</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="136"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="171"/>
        <source>Looking for customers entered twice…</source>
        <translation>Suche nach doppelt erfassten Kunden…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="187"/>
        <source>No likely duplicates: no two customers share an email, a phone or a very similar name.</source>
        <translation>Keine wahrscheinlichen Dubletten: Keine zwei Kunden haben dieselbe E-Mail, dieselbe Telefonnummer oder einen sehr ähnlichen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="197"/>
        <source>Could not look for duplicates: {0}</source>
        <translation>Dubletten konnten nicht gesucht werden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="218"/>
        <source>One of these customers no longer exists. Click “Look again”.</source>
        <translation>Einer dieser Kunden existiert nicht mehr. Klicken Sie auf „Erneut suchen“.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="231"/>
        <source>Merge the other record into customer #{0}</source>
        <translation>Den anderen Datensatz in Kunde #{0} zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="242"/>
        <source>Merge these records?</source>
        <translation>Diese Datensätze zusammenführen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="244"/>
        <source>Merge “{0}” (#{1}) into “{2}” (#{3})?

Every contact, follow-up, score and tag moves to #{3}, which takes the values you chose; #{1} is removed. You can undo the merge later.</source>
        <translation>„{0}“ (#{1}) in „{2}“ (#{3}) zusammenführen?

Alle Kontakte, Wiedervorlagen, Bewertungen und Schlagwörter gehen an #{3}, der die von Ihnen gewählten Werte erhält; #{1} wird entfernt. Sie können das Zusammenführen später rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="247"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="248"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Not merged</source>
        <translation>Nicht zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Merged into “{0}”. Moved — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>In „{0}“ zusammengeführt. Übertragen – Kontakte: {1}, Wiedervorlagen: {2}, Bewertungen: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>No more likely duplicates.</source>
        <translation>Keine weiteren wahrscheinlichen Dubletten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Merged into it</source>
        <translation>Darin zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="299"/>
        <source>Merges, newest first</source>
        <translation>Zusammenführungen, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="303"/>
        <source>No merges yet.</source>
        <translation>Noch keine Zusammenführungen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="305"/>
        <source>Undo &amp;merge</source>
        <translation>Zusammenführung rü&amp;ckgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="311"/>
        <source>Undoing a merge brings back the record merged away, with its own contacts, follow-ups, scores and tags, and puts the record kept back as it was.</source>
        <translation>Beim Rückgängigmachen kommt der zusammengeführte Datensatz mit seinen eigenen Kontakten, Wiedervorlagen, Bewertungen und Schlagwörtern zurück, und der behaltene Datensatz wird wieder wie vorher.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="329"/>
        <source>#{0} (no longer exists)</source>
        <translation>#{0} (existiert nicht mehr)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="331"/>
        <source>Undone {0}</source>
        <translation>Rückgängig gemacht {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="333"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="360"/>
        <source>Merge not undone</source>
        <translation>Zusammenführung nicht rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="363"/>
        <source>Merge undone: both records are back</source>
        <translation>Zusammenführung rückgängig gemacht: Beide Datensätze sind wieder da</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="365"/>
        <source>Merge undone: customer #{0} is back (contacts: {1}).</source>
        <translation>Zusammenführung rückgängig gemacht: Kunde #{0} ist wieder da (Kontakte: {1}).</translation>
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
        <translation>Vorheriger Monat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="62"/>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="65"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="74"/>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="163"/>
        <source>Previous month: {0}</source>
        <translation>Vorheriger Monat: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="166"/>
        <source>Next month: {0}</source>
        <translation>Nächster Monat: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="168"/>
        <source>Month shown: {0}</source>
        <translation>Angezeigter Monat: {0}</translation>
    </message>
</context>
<context>
    <name>MoveShopDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="50"/>
        <source>Move this shop to a server</source>
        <translation>Dieses Geschäft auf einen Server verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="53"/>
        <source>Move this shop</source>
        <translation>Dieses Geschäft verschieben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="57"/>
        <source>Copy every customer, contact, follow-up, score, setting and the import and merge history into an empty database: on the shop&apos;s server, so several counters can work together, or into a new file. This shop stays as it is.</source>
        <translation>Alle Kunden, Kontakte, Wiedervorlagen, Bewertungen, Einstellungen sowie den Import- und Zusammenführungsverlauf in eine leere Datenbank kopieren: auf den Server des Geschäfts, damit mehrere Kassen zusammenarbeiten können, oder in eine neue Datei. Dieses Geschäft bleibt unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="67"/>
        <source>postgresql://shop@back-office/shop, or a file</source>
        <translation>postgresql://shop@back-office/shop oder eine Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="68"/>
        <source>Where to copy the shop</source>
        <translation>Wohin das Geschäft kopiert werden soll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="71"/>
        <source>Choose a &amp;file…</source>
        <translation>&amp;Datei wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="76"/>
        <source>&amp;Server address or file:</source>
        <translation>&amp;Serveradresse oder Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="79"/>
        <source>The database must be empty; your server&apos;s administrator creates it (see the README).</source>
        <translation>Die Datenbank muss leer sein; der Administrator Ihres Servers legt sie an (siehe README).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="95"/>
        <source>&amp;Copy the shop</source>
        <translation>Geschäft &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="98"/>
        <source>&amp;Open the new shop</source>
        <translation>Neues Geschäft ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="132"/>
        <source>Copy the shop into a new file</source>
        <translation>Geschäft in eine neue Datei kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="133"/>
        <source>Carebook files (*.sqlite3)</source>
        <translation>Carebook-Dateien (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="145"/>
        <source>Copying…</source>
        <translation>Wird kopiert…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="169"/>
        <source>Copied to {0}. Customers: {1}, contacts: {2}, follow-ups: {3}, scores: {4}. Checked: every table holds the same number of rows and the figures of all {5} months are the same.</source>
        <translation>Nach {0} kopiert. Kunden: {1}, Kontakte: {2}, Wiedervorlagen: {3}, Bewertungen: {4}. Geprüft: Jede Tabelle enthält gleich viele Zeilen und die Kennzahlen aller {5} Monate sind gleich.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="187"/>
        <source>Nothing was copied: {0}</source>
        <translation>Es wurde nichts kopiert: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="213"/>
        <source>The new shop could not be opened</source>
        <translation>Das neue Geschäft konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the file</source>
        <translation>der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="221"/>
        <source>Carebook now works with the shop on {0}: {1}</source>
        <translation>Carebook arbeitet jetzt mit dem Geschäft auf {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../ui/pdf_printing.py" line="104"/>
        <source>There is nothing to print yet.</source>
        <translation>Es gibt noch nichts zu drucken.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="107"/>
        <source>The chosen pages are not in this document.</source>
        <translation>Die gewählten Seiten sind nicht in diesem Dokument.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="111"/>
        <source>The printer could not be started. Check that it is connected and ready.</source>
        <translation>Der Drucker konnte nicht gestartet werden. Prüfen Sie, ob er angeschlossen und bereit ist.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="125"/>
        <source>The printer stopped accepting pages.</source>
        <translation>Der Drucker nimmt keine Seiten mehr an.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="132"/>
        <source>Page {0} could not be drawn for printing.</source>
        <translation>Seite {0} konnte nicht für den Druck aufbereitet werden.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="155"/>
        <source>Print {0}</source>
        <translation>{0} drucken</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="45"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="62"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="69"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="72"/>
        <source>Fit to width</source>
        <translation>An Breite anpassen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="75"/>
        <source>Whole page</source>
        <translation>Ganze Seite</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="80"/>
        <source>Previous page</source>
        <translation>Vorherige Seite</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="84"/>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="89"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="189"/>
        <source>Page </source>
        <translation>Seite </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="90"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="181"/>
        <source>No pages</source>
        <translation>Keine Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="184"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="191"/>
        <source> of {0}</source>
        <translation> von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="201"/>
        <source>Page {0} of {1}</source>
        <translation>Seite {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="264"/>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="265"/>
        <source>Zoom {0}%</source>
        <translation>Zoom {0} %</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="72"/>
        <source>Check the rows</source>
        <translation>Zeilen prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="75"/>
        <source>Every row as it will be imported. Marked cells cannot be imported: point at one to see why.</source>
        <translation>Jede Zeile so, wie sie importiert wird. Markierte Zellen können nicht importiert werden: Zeigen Sie auf eine, um den Grund zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="89"/>
        <source>Rows of the file, bad cells marked</source>
        <translation>Zeilen der Datei, fehlerhafte Zellen markiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="94"/>
        <source>Show only the rows with problems</source>
        <translation>Nur Zeilen mit Problemen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="119"/>
        <source>Checking the rows ({0:,})…</source>
        <translation>Zeilen werden geprüft ({0:,})…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="159"/>
        <source>Good rows: {0:,}. Rows with problems: {1:,} (marked). Fix them in the file and start again, or skip them.</source>
        <translation>Gute Zeilen: {0:,}. Zeilen mit Problemen: {1:,} (markiert). Korrigieren Sie sie in der Datei und beginnen Sie neu, oder überspringen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="164"/>
        <source>&amp;Skip the rows with problems ({0:,}) and import the others ({1:,})</source>
        <translation>Zeilen mit Problemen ({0:,}) ü&amp;berspringen und die übrigen ({1:,}) importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="173"/>
        <source>Every row is good ({0:,}).</source>
        <translation>Alle Zeilen sind in Ordnung ({0:,}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="183"/>
        <source>The rows could not be checked: {0}</source>
        <translation>Die Zeilen konnten nicht geprüft werden: {0}</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <location filename="../../ui/widgets/reconnect_bar.py" line="14"/>
        <source>Reconnecting to the shop&apos;s server…</source>
        <translation>Verbindung zum Server des Geschäfts wird wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="52"/>
        <source>Open Today</source>
        <translation>Heute öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="58"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="59"/>
        <source>Dismiss the reminder</source>
        <translation>Erinnerung ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="95"/>
        <source>Follow-up due:</source>
        <translation>Wiedervorlage fällig:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="100"/>
        <source>{0} follow-ups due:</source>
        <translation>{0} Wiedervorlagen fällig:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="105"/>
        <source>{0} and {1} more</source>
        <translation>{0} und {1} weitere</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="144"/>
        <source>Stay-in-touch follow-ups were not planned: {0}</source>
        <translation>Wiedervorlagen zum In-Kontakt-Bleiben wurden nicht geplant: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="213"/>
        <source>Follow-up due: {0}</source>
        <translation>Wiedervorlage fällig: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="217"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n Wiedervorlage ist fällig</numerusform>
            <numerusform>%n Wiedervorlagen sind fällig</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../ui/pages/report_files.py" line="52"/>
        <source>Cannot save the report: {0} is a folder.</source>
        <translation>Der Bericht kann nicht gespeichert werden: {0} ist ein Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="56"/>
        <source>Cannot save the report: the folder {0} does not exist.</source>
        <translation>Der Bericht kann nicht gespeichert werden: Der Ordner {0} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="84"/>
        <location filename="../../ui/pages/report_files.py" line="97"/>
        <source>Cannot prepare the report for the viewer in {0}: {1}.</source>
        <translation>Der Bericht kann in {0} nicht für die Anzeige vorbereitet werden: {1}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="32"/>
        <source>Carebook summary {0}</source>
        <translation>Carebook-Übersicht {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="40"/>
        <source>Save the monthly summary</source>
        <translation>Monatsübersicht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="47"/>
        <source>Report not saved</source>
        <translation>Bericht nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="58"/>
        <source>Saved the summary as {0}</source>
        <translation>Übersicht gespeichert als {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="71"/>
        <source>Printing the summary…</source>
        <translation>Übersicht wird gedruckt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="72"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="77"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="86"/>
        <source>Not printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="94"/>
        <source>Sent the summary for {0} to the printer</source>
        <translation>Übersicht für {0} an den Drucker gesendet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="100"/>
        <source>Cannot open the report</source>
        <translation>Der Bericht kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="107"/>
        <source>No PDF viewer opened the report. It is saved as {0}; use Save as… to keep a copy.</source>
        <translation>Kein PDF-Programm hat den Bericht geöffnet. Er ist als {0} gespeichert; mit „Speichern unter…“ können Sie eine Kopie behalten.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="76"/>
        <location filename="../../ui/pages/reports.py" line="285"/>
        <location filename="../../ui/pages/reports.py" line="286"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="85"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="91"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>Im PDF-&amp;Programm öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="97"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="101"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="125"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="234"/>
        <source>The PDF that was made cannot be shown.</source>
        <translation>Das erstellte PDF kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250"/>
        <source>The summary for {0} could not be made</source>
        <translation>Die Übersicht für {0} konnte nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="259"/>
        <source>Making the summary for {0}…</source>
        <translation>Übersicht für {0} wird erstellt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="260"/>
        <source>Counting the month&apos;s contacts, scores and follow-ups. A busy month takes a few seconds.</source>
        <translation>Die Kontakte, Bewertungen und Wiedervorlagen des Monats werden gezählt. Ein arbeitsreicher Monat dauert ein paar Sekunden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>Making the summary for {0}</source>
        <translation>Übersicht für {0} wird erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="294"/>
        <source>1 page</source>
        <translation>1 Seite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="296"/>
        <source>{0} pages</source>
        <translation>{0} Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="298"/>
        <source>Monthly summary for {0} · {1} · made at {2}</source>
        <translation>Monatsübersicht für {0} · {1} · erstellt um {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="302"/>
        <source>Monthly summary for {0}</source>
        <translation>Monatsübersicht für {0}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="37"/>
        <location filename="../../ui/dialogs/import_run.py" line="81"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="38"/>
        <location filename="../../ui/dialogs/import_run.py" line="82"/>
        <source>All rows are written in one go.</source>
        <translation>Alle Zeilen werden in einem Durchgang geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="42"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="47"/>
        <source>&amp;Cancel the import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="49"/>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="52"/>
        <source>Imports, newest first</source>
        <translation>Importe, neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="85"/>
        <source>Importing {0}…</source>
        <translation>{0} wird importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="86"/>
        <source>Cancel stops the import; nothing is written then.</source>
        <translation>Abbrechen beendet den Import; dann wird nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="126"/>
        <source>Checked {0:,} of {1:,} rows…</source>
        <translation>{0:,} von {1:,} Zeilen geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="128"/>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="136"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="137"/>
        <source>Import number {0} is saved.</source>
        <translation>Import Nummer {0} ist gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="141"/>
        <source>This is import number {0}. It can be undone: the rows it created are removed and the fields it changed are put back.</source>
        <translation>Dies ist Import Nummer {0}. Er kann rückgängig gemacht werden: Die angelegten Zeilen werden entfernt und die geänderten Felder zurückgesetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="152"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="153"/>
        <source>The import failed and nothing was written: {0}</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts geschrieben: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="157"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="158"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="165"/>
        <source>The database is as it was before.</source>
        <translation>Die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="187"/>
        <source>Import undone</source>
        <translation>Import rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="188"/>
        <source>Import number {0} was taken back.</source>
        <translation>Import Nummer {0} wurde zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="195"/>
        <location filename="../../ui/dialogs/import_run.py" line="199"/>
        <source>new customers: {0:,}</source>
        <translation>neue Kunden: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="196"/>
        <source>new contacts: {0:,}</source>
        <translation>neue Kontakte: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="197"/>
        <source>new scores: {0:,}</source>
        <translation>neue Bewertungen: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="198"/>
        <source>new follow-ups: {0:,}</source>
        <translation>neue Wiedervorlagen: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="203"/>
        <source>customers updated: {0:,}</source>
        <translation>aktualisierte Kunden: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="205"/>
        <source>customers added for the rows: {0:,}</source>
        <translation>für die Zeilen angelegte Kunden: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="207"/>
        <source>rows already stored: {0:,}</source>
        <translation>bereits gespeicherte Zeilen: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="208"/>
        <source>Imported from {0} — {1}.</source>
        <translation>Importiert aus {0} – {1}.</translation>
    </message>
</context>
<context>
    <name>SatisfactionPage</name>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="66"/>
        <location filename="../../ui/pages/satisfaction.py" line="273"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="101"/>
        <source>CSAT % by month</source>
        <translation>CSAT % je Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="104"/>
        <source>NPS by month</source>
        <translation>NPS je Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="106"/>
        <source>Contacts per channel</source>
        <translation>Kontakte je Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="107"/>
        <source>Promoters, passives and detractors</source>
        <translation>Promotoren, Indifferente und Kritiker</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="109"/>
        <source>Working out the figures…</source>
        <translation>Kennzahlen werden berechnet…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="135"/>
        <source>By staff member</source>
        <translation>Nach Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="144"/>
        <source>Satisfaction figures and charts</source>
        <translation>Zufriedenheitskennzahlen und Diagramme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="196"/>
        <source>Figures per staff member</source>
        <translation>Kennzahlen je Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="253"/>
        <source>{0}, compared with {1}</source>
        <translation>{0}, verglichen mit {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="257"/>
        <source>{0} so far (days 1–{2}), compared with the same days of {1}</source>
        <translation>{0} bisher (Tage 1–{2}), verglichen mit denselben Tagen im {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="284"/>
        <source>the same days of {0}</source>
        <translation>denselben Tagen im {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="288"/>
        <source>No contacts in this month</source>
        <translation>Keine Kontakte in diesem Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="289"/>
        <source>No NPS responses in this month</source>
        <translation>Keine NPS-Antworten in diesem Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="302"/>
        <source>Nothing was recorded in {0} yet. Log contacts with Ctrl+L and record the customer&apos;s score there; the figures and charts fill in as you go.</source>
        <translation>Im {0} wurde noch nichts erfasst. Erfassen Sie Kontakte mit Strg+L und tragen Sie dort die Bewertung des Kunden ein; Kennzahlen und Diagramme füllen sich nach und nach.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="314"/>
        <source>No CSAT responses in these 12 months</source>
        <translation>Keine CSAT-Antworten in diesen 12 Monaten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="315"/>
        <source>No NPS responses in these 12 months</source>
        <translation>Keine NPS-Antworten in diesen 12 Monaten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="318"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="326"/>
        <source>The figures could not be read: {0}</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="30"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>1 response</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="31"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>{0} responses</source>
        <translation>{0} Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="61"/>
        <source>{0}: {1} contacts ({2} of all contacts)</source>
        <translation>{0}: {1} Kontakte ({2} aller Kontakte)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="72"/>
        <source>Promoters (9–10)</source>
        <translation>Promotoren (9–10)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="73"/>
        <source>Passives (7–8)</source>
        <translation>Indifferente (7–8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="74"/>
        <source>Detractors (0–6)</source>
        <translation>Kritiker (0–6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="85"/>
        <source>no NPS responses</source>
        <translation>keine NPS-Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="86"/>
        <source>{0} · NPS {1}</source>
        <translation>{0} · NPS {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="93"/>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="94"/>
        <source>{0} contacts</source>
        <translation>{0} Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="48"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Zufriedenheit (CSAT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="49"/>
        <source>100 × CSAT scores of 4 or 5 ÷ all CSAT responses received in the month (scores go from 1 to 5).
Higher is better: 80% or more is good.</source>
        <translation>100 × CSAT-Bewertungen von 4 oder 5 ÷ alle im Monat eingegangenen CSAT-Antworten (Bewertungen von 1 bis 5).
Höher ist besser: 80 % oder mehr ist gut.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="59"/>
        <source>Net promoter (NPS)</source>
        <translation>Weiterempfehlung (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="60"/>
        <source>100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses received in the month (scores go from 0 to 10); it ranges from −100 to 100.
Higher is better: above 0 is good, above 50 is excellent.</source>
        <translation>100 × (Bewertungen 9–10 minus Bewertungen 0–6) ÷ alle im Monat eingegangenen NPS-Antworten (Bewertungen von 0 bis 10); der Wert liegt zwischen −100 und 100.
Höher ist besser: über 0 ist gut, über 50 ist hervorragend.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="71"/>
        <source>Effort (CES, 1–7)</source>
        <translation>Aufwand (CES, 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="72"/>
        <source>The mean CES score received in the month, from 1 (very hard) to 7 (very easy).
Higher is better: 5 or more means most customers found it easy.</source>
        <translation>Der Mittelwert der im Monat eingegangenen CES-Bewertungen, von 1 (sehr schwer) bis 7 (sehr einfach).
Höher ist besser: 5 oder mehr bedeutet, dass es die meisten Kunden einfach fanden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="82"/>
        <source>First-contact resolution</source>
        <translation>Lösung beim ersten Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="83"/>
        <source>100 × inbound contacts resolved at the first contact ÷ all inbound contacts of the month.
Higher is better: 70% or more is good.</source>
        <translation>100 × beim ersten Kontakt gelöste eingehende Kontakte ÷ alle eingehenden Kontakte des Monats.
Höher ist besser: 70 % oder mehr ist gut.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="93"/>
        <source>Self-service share</source>
        <translation>Anteil Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="94"/>
        <source>100 × self-service contacts ÷ all contacts of the month.
A higher share means more customers found their answer on their own.</source>
        <translation>100 × Selbstbedienungskontakte ÷ alle Kontakte des Monats.
Ein höherer Anteil bedeutet, dass mehr Kunden ihre Antwort selbst gefunden haben.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="104"/>
        <source>Median resolution time</source>
        <translation>Median Lösungszeit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="105"/>
        <source>The middle value of the time from contact to resolution, over the month&apos;s resolved contacts (half took longer, half were quicker).
Lower is better.</source>
        <translation>Der mittlere Wert der Zeit vom Kontakt bis zur Lösung, über die gelösten Kontakte des Monats (die Hälfte dauerte länger, die Hälfte ging schneller).
Niedriger ist besser.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="115"/>
        <source>Median wait</source>
        <translation>Median Wartezeit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="116"/>
        <source>The middle value of the minutes customers waited, over the month&apos;s inbound contacts with a recorded wait.
Lower is better.</source>
        <translation>Der mittlere Wert der Wartezeit der Kunden in Minuten, über die eingehenden Kontakte des Monats mit erfasster Wartezeit.
Niedriger ist besser.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="126"/>
        <source>Follow-ups on time</source>
        <translation>Wiedervorlagen pünktlich</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="127"/>
        <source>Of the follow-ups due in the month, those done by their due date (and time, when one was set).
Higher is better: aim for all of them.</source>
        <translation>Von den im Monat fälligen Wiedervorlagen die bis zum Fälligkeitsdatum (und zur Uhrzeit, falls gesetzt) erledigten.
Höher ist besser: Ziel sind alle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="137"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="138"/>
        <source>Every contact logged with a time in the month (the shop&apos;s local time).</source>
        <translation>Jeder Kontakt, der mit einem Zeitpunkt in diesem Monat erfasst wurde (Ortszeit des Geschäfts).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="146"/>
        <source>New customers</source>
        <translation>Neue Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="147"/>
        <source>Customers added to Carebook in the month.</source>
        <translation>In diesem Monat in Carebook angelegte Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="189"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="290"/>
        <source>{0} h</source>
        <translation>{0} Std.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="193"/>
        <source>{0} d {1} h</source>
        <translation>{0} T. {1} Std.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="195"/>
        <source>{0} d</source>
        <translation>{0} T.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="207"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="291"/>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="212"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="222"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="223"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="224"/>
        <source>no responses this month</source>
        <translation>keine Antworten in diesem Monat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="225"/>
        <source>no inbound contacts</source>
        <translation>keine eingehenden Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="226"/>
        <source>no contacts resolved</source>
        <translation>keine gelösten Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="227"/>
        <source>no waits recorded</source>
        <translation>keine Wartezeiten erfasst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="228"/>
        <source>no contacts</source>
        <translation>keine Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="229"/>
        <source>no follow-ups due</source>
        <translation>keine Wiedervorlagen fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="253"/>
        <source>of 1 inbound contact</source>
        <translation>von 1 eingehenden Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="254"/>
        <source>of {0} inbound contacts</source>
        <translation>von {0} eingehenden Kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="259"/>
        <source>1 still open</source>
        <translation>1 noch offen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="260"/>
        <source>{0} still open</source>
        <translation>{0} noch offen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="264"/>
        <source>{0} hours · {1}</source>
        <translation>{0} Stunden · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="267"/>
        <source>inbound contacts</source>
        <translation>eingehende Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="269"/>
        <source>{0} of {1} contacts</source>
        <translation>{0} von {1} Kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="274"/>
        <source>{0} done on time</source>
        <translation>{0} pünktlich erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="277"/>
        <source>1 overdue now</source>
        <translation>1 jetzt überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="278"/>
        <source>{0} overdue now</source>
        <translation>{0} jetzt überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="280"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="282"/>
        <source>{0} inbound · {1} open</source>
        <translation>{0} eingehend · {1} offen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="283"/>
        <source>added in the month</source>
        <translation>im Monat angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="287"/>
        <source>{0} pts</source>
        <translation>{0} Pkt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="300"/>
        <source>no comparison: one of the two months has no data</source>
        <translation>kein Vergleich: Einer der beiden Monate hat keine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="313"/>
        <source>no change from {0}</source>
        <translation>unverändert gegenüber {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="319"/>
        <source>up {0} from {1}</source>
        <translation>um {0} gestiegen gegenüber {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="321"/>
        <source>down {0} from {1}</source>
        <translation>um {0} gesunken gegenüber {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="324"/>
        <source>{0} (better)</source>
        <translation>{0} (besser)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="326"/>
        <source>{0} (worse)</source>
        <translation>{0} (schlechter)</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../ui/save_target.py" line="25"/>
        <source>{0} was not replaced: {1}. Choose another file.</source>
        <translation>{0} wurde nicht ersetzt: {1}. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="37"/>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="38"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="40"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="38"/>
        <source>Record a score</source>
        <translation>Bewertung erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="50"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="78"/>
        <source>&amp;Score:</source>
        <translation>&amp;Bewertung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="80"/>
        <source>What the customer said, if anything</source>
        <translation>Was der Kunde gesagt hat, falls etwas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="81"/>
        <source>Co&amp;mment:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="82"/>
        <source>Record score</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="113"/>
        <source>pick a score from the buttons or type its number</source>
        <translation>Wählen Sie eine Bewertung über die Schaltflächen oder geben Sie ihre Zahl ein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="122"/>
        <source>{0} {1} recorded</source>
        <translation>{0} {1} erfasst</translation>
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
        <translation>nicht angegeben</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="136"/>
        <source>Find a customer (Ctrl+K)</source>
        <translation>Kunden suchen (Strg+K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="137"/>
        <source>Find a customer</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="139"/>
        <source>Type a name, company, email or phone number; use the arrow keys and Enter to open one.</source>
        <translation>Geben Sie Name, Firma, E-Mail oder Telefonnummer ein; mit den Pfeiltasten und Enter öffnen Sie einen Kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="232"/>
        <source>No customer matches “{0}”. Press Ctrl+N to add a new customer.</source>
        <translation>Kein Kunde passt zu „{0}“. Mit Strg+N legen Sie einen neuen Kunden an.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="241"/>
        <source>Search failed: {0}</source>
        <translation>Suche fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="98"/>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>“{0}” is not a country of the list: type part of its name and pick it</source>
        <translation>„{0}“ ist kein Land aus der Liste: Geben Sie einen Teil des Namens ein und wählen Sie es aus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="59"/>
        <source>Shop settings</source>
        <translation>Einstellungen des Geschäfts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>e.g. Corner Bikes</source>
        <translation>z. B. Fahrrad-Eck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Name des Geschäfts:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="73"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Choose a logo file</source>
        <translation>Logodatei wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="80"/>
        <source>A PNG or JPEG image printed at the top of monthly reports.</source>
        <translation>Ein PNG- oder JPEG-Bild, das oben auf den Monatsberichten gedruckt wird.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="88"/>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonregion:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Phone numbers typed without a country code belong to this country.</source>
        <translation>Telefonnummern ohne Landesvorwahl gehören zu diesem Land.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="93"/>
        <source>This computer&apos;s time zone</source>
        <translation>Zeitzone dieses Computers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="98"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Days, months and due dates follow this zone.</source>
        <translation>Tage, Monate und Fälligkeiten richten sich nach dieser Zeitzone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="104"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="105"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="107"/>
        <source>P&amp;aper size:</source>
        <translation>P&amp;apierformat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="115"/>
        <source>&amp;Report language:</source>
        <translation>&amp;Berichtssprache:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="117"/>
        <source>The language of the monthly PDF, whatever language each counter uses.</source>
        <translation>Die Sprache des Monats-PDFs, unabhängig von der Sprache der einzelnen Kassen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="122"/>
        <source>As in the shop&apos;s country</source>
        <translation>Wie im Land des Geschäfts</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="123"/>
        <source>Day first (31/12/2026)</source>
        <translation>Tag zuerst (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="124"/>
        <source>Month first (12/31/2026)</source>
        <translation>Monat zuerst (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="128"/>
        <source>&amp;Dates in imported files:</source>
        <translation>&amp;Datumsformat in importierten Dateien:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="130"/>
        <source>How a date like 03/11/2026 in a spreadsheet&apos;s file is read.</source>
        <translation>Wie ein Datum wie 03/11/2026 in einer Tabellendatei gelesen wird.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="137"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="141"/>
        <source>&amp;Backup folder:</source>
        <translation>&amp;Sicherungsordner:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="143"/>
        <source>Leave empty to keep backups in the data folder. Another disk is safer.</source>
        <translation>Leer lassen, um Sicherungen im Datenordner aufzubewahren. Ein anderes Laufwerk ist sicherer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148"/>
        <source>The seat of an owner</source>
        <translation>Der Arbeitsplatz eines Inhabers</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="149"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Make the backups on this computer</source>
        <translation>Die Sicherungen auf diesem Computer erstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>Backups &amp;made by:</source>
        <translation>Sicherungen &amp;erstellt von:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="156"/>
        <source>For a shop on a server: the computer that makes the automatic backups.</source>
        <translation>Für ein Geschäft auf einem Server: der Computer, der die automatischen Sicherungen erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="161"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="169"/>
        <source>Lan&amp;guage of this counter:</source>
        <translation>Spra&amp;che dieser Kasse:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="171"/>
        <source>This computer only. Carebook uses the new language from its next start.</source>
        <translation>Nur dieser Computer. Carebook verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="175"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Nur ein Inhaber kann die Einstellungen des Geschäfts ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="182"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>&apos;{0}&apos; is not an image file that can be read</source>
        <translation>„{0}“ ist keine lesbare Bilddatei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Logo des Geschäfts wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30"/>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/widgets/sidebar.py" line="112"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="33"/>
        <source>Snooze follow-up</source>
        <translation>Wiedervorlage zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="38"/>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="41"/>
        <source>Bring back “{0}” for {1} on:</source>
        <translation>„{0}“ für {1} wieder vorlegen am:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="56"/>
        <source>At a set &amp;time</source>
        <translation>Zu fester &amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="73"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="75"/>
        <source>Without a time it is due from the start of the day.</source>
        <translation>Ohne Uhrzeit ist sie ab Tagesbeginn fällig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="79"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Zurückstellen</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="22"/>
        <source>In 1 &amp;hour</source>
        <translation>In 1 &amp;Stunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="23"/>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Morgen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="24"/>
        <source>&amp;Next week</source>
        <translation>&amp;Nächste Woche</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="43"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Datum wählen…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="52"/>
        <source>Staff</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="57"/>
        <source>Only an owner can add or change staff.</source>
        <translation>Nur ein Inhaber kann Mitarbeitende hinzufügen oder ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="63"/>
        <source>Staff members</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="68"/>
        <source>Selected staff member</source>
        <translation>Ausgewählte/r Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="73"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="74"/>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="88"/>
        <source>Add a staff member</source>
        <translation>Mitarbeiter/in hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="91"/>
        <source>Name as it appears on contacts</source>
        <translation>Name, wie er bei Kontakten erscheint</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="93"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="94"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="95"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="144"/>
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Activate</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="178"/>
        <source>Deactivated staff disappear from pickers; their past contacts keep their name.</source>
        <translation>Deaktivierte Mitarbeitende erscheinen nicht mehr in Auswahllisten; ihre früheren Kontakte behalten ihren Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="191"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="199"/>
        <source>Not changed</source>
        <translation>Nicht geändert</translation>
    </message>
</context>
<context>
    <name>StaffFiguresModel</name>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="28"/>
        <source>Staff member</source>
        <translation>Mitarbeiter/in</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="29"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="30"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
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
        <translation>CSAT-Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="34"/>
        <source>Follow-ups on time</source>
        <translation>Wiedervorlagen pünktlich</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="37"/>
        <source>First-contact resolution: inbound contacts resolved at once ÷ inbound contacts</source>
        <translation>Lösung beim ersten Kontakt: sofort gelöste eingehende Kontakte ÷ eingehende Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="40"/>
        <source>Satisfied customers: CSAT scores of 4 or 5 ÷ CSAT responses on their contacts</source>
        <translation>Zufriedene Kunden: CSAT-Bewertungen von 4 oder 5 ÷ CSAT-Antworten zu ihren Kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="43"/>
        <source>Follow-ups assigned to them and due this month: done on time of due</source>
        <translation>Ihnen zugeordnete, in diesem Monat fällige Wiedervorlagen: pünktlich erledigte von fälligen</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="59"/>
        <source>(no staff)</source>
        <translation>(keine Mitarbeitenden)</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="126"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="148"/>
        <source>{0}: no inbound contacts this month</source>
        <translation>{0}: keine eingehenden Kontakte in diesem Monat</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="149"/>
        <source>{0}: {1} of {2} inbound contacts resolved at the first contact</source>
        <translation>{0}: {1} von {2} eingehenden Kontakten beim ersten Kontakt gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="154"/>
        <source>{0}: no CSAT responses this month</source>
        <translation>{0}: keine CSAT-Antworten in diesem Monat</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="155"/>
        <source>{0}: {1} satisfied, from {2} responses</source>
        <translation>{0}: {1} zufrieden, von {2} Antworten</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="160"/>
        <source>{0}: no follow-ups due this month</source>
        <translation>{0}: keine Wiedervorlagen in diesem Monat fällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="161"/>
        <source>{0}: {1} of {2} follow-ups done on time ({3})</source>
        <translation>{0}: {1} von {2} Wiedervorlagen pünktlich erledigt ({3})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="208"/>
        <source>Ready to import</source>
        <translation>Bereit zum Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="209"/>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Das wird der Import tun. Noch wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="220"/>
        <source>Click Import to write all of it in one go. If anything goes wrong, nothing is written; and the import can be undone afterwards.</source>
        <translation>Klicken Sie auf „Importieren“, um alles in einem Durchgang zu schreiben. Geht etwas schief, wird nichts geschrieben; außerdem lässt sich der Import danach rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="247"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="258"/>
        <source>some rows cannot be imported (lines {0})</source>
        <translation>einige Zeilen können nicht importiert werden (Zeilen {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="265"/>
        <source>{0} — rows to import: {1:,}</source>
        <translation>{0} – zu importierende Zeilen: {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="276"/>
        <source>New customers:</source>
        <translation>Neue Kunden:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="277"/>
        <source>New contacts:</source>
        <translation>Neue Kontakte:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="278"/>
        <source>New scores:</source>
        <translation>Neue Bewertungen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="279"/>
        <source>New follow-ups:</source>
        <translation>Neue Wiedervorlagen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="283"/>
        <source>Customers updated:</source>
        <translation>Aktualisierte Kunden:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="284"/>
        <source>Rows already stored (left out):</source>
        <translation>Bereits gespeicherte Zeilen (ausgelassen):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="286"/>
        <source>New customers named in the rows:</source>
        <translation>Neue, in den Zeilen genannte Kunden:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="287"/>
        <source>New staff members:</source>
        <translation>Neue Mitarbeitende:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="289"/>
        <source>New tags:</source>
        <translation>Neue Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="291"/>
        <source>Bad rows skipped:</source>
        <translation>Übersprungene fehlerhafte Zeilen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="294"/>
        <source>Rows you chose to skip:</source>
        <translation>Von Ihnen übersprungene Zeilen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="300"/>
        <source>Cannot import: {0}</source>
        <translation>Import nicht möglich: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="60"/>
        <source>we got in touch</source>
        <translation>wir haben uns gemeldet</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="62"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="67"/>
        <source>{0} at {1}</source>
        <translation>{0} um {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="71"/>
        <source>Follow-up done</source>
        <translation>Wiedervorlage erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="73"/>
        <source>Follow-up overdue since {0}</source>
        <translation>Wiedervorlage überfällig seit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="75"/>
        <source>Follow-up due today</source>
        <translation>Wiedervorlage heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="76"/>
        <source>Follow-up due {0}</source>
        <translation>Wiedervorlage fällig am {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="79"/>
        <source>{0} {1} of {2}</source>
        <translation>{0} {1} von {2}</translation>
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
        <translation>erledigt von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="101"/>
        <source>for {0}</source>
        <translation>für {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="141"/>
        <source>Logged by {0}</source>
        <translation>Erfasst von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="145"/>
        <source>Due {0}</source>
        <translation>Fällig {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="147"/>
        <source>Done {0}</source>
        <translation>Erledigt am {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="149"/>
        <source>For {0}</source>
        <translation>Für {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="115"/>
        <source>History of contacts, follow-ups and scores</source>
        <translation>Verlauf der Kontakte, Wiedervorlagen und Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="124"/>
        <source>No contacts, follow-ups or scores yet.</source>
        <translation>Noch keine Kontakte, Wiedervorlagen oder Bewertungen.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="83"/>
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="85"/>
        <source>Everyone&apos;s</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="92"/>
        <source>Show the follow-ups of every staff member</source>
        <translation>Die Wiedervorlagen aller Mitarbeitenden anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="106"/>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Contacts today</source>
        <translation>Kontakte heute</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="107"/>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Open contacts</source>
        <translation>Offene Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="108"/>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="109"/>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="150"/>
        <location filename="../../ui/pages/today.py" line="336"/>
        <source>Nothing due — well done</source>
        <translation>Nichts fällig – gut gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="154"/>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="158"/>
        <source>See upcoming follow-ups</source>
        <translation>Kommende Wiedervorlagen ansehen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="162"/>
        <source>Reading today&apos;s follow-ups…</source>
        <translation>Die heutigen Wiedervorlagen werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="180"/>
        <source>{0} due</source>
        <translation>{0} fällig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="284"/>
        <source>{0} ({1}, turns {2})</source>
        <translation>{0} ({1}, wird {2})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="285"/>
        <source>Birthdays this week: {0}</source>
        <translation>Geburtstage diese Woche: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="307"/>
        <source>everyone&apos;s follow-ups</source>
        <translation>Wiedervorlagen aller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="309"/>
        <source>follow-ups for {0} and unassigned ones</source>
        <translation>Wiedervorlagen für {0} und nicht zugeordnete</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Your contacts today</source>
        <translation>Ihre Kontakte heute</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="315"/>
        <source>Contacts logged today</source>
        <translation>Heute erfasste Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Your open contacts</source>
        <translation>Ihre offenen Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="319"/>
        <source>Contacts not resolved yet, of any day</source>
        <translation>Noch nicht gelöste Kontakte, von jedem Tag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Follow-ups past their due date or time</source>
        <translation>Wiedervorlagen, deren Fälligkeitsdatum oder -zeit vorbei ist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Follow-ups due later today</source>
        <translation>Später heute fällige Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="326"/>
        <source>No follow-up is overdue or due today. Log a contact when a customer calls or comes by.</source>
        <translation>Keine Wiedervorlage ist überfällig oder heute fällig. Erfassen Sie einen Kontakt, wenn ein Kunde anruft oder vorbeikommt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="330"/>
        <source>1 follow-up is coming up in the next 7 days.</source>
        <translation>In den nächsten 7 Tagen steht 1 Wiedervorlage an.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="332"/>
        <source>{0} follow-ups are coming up in the next 7 days.</source>
        <translation>In den nächsten 7 Tagen stehen {0} Wiedervorlagen an.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="335"/>
        <source>Switch to Everyone&apos;s to see your colleagues&apos; follow-ups.</source>
        <translation>Wechseln Sie zu „Alle“, um die Wiedervorlagen Ihrer Kolleginnen und Kollegen zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="61"/>
        <source>Marked done: {0}</source>
        <translation>Als erledigt markiert: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="66"/>
        <source>Resolve its contact</source>
        <translation>Zugehörigen Kontakt lösen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="105"/>
        <source>Snoozed until {0}: {1}</source>
        <translation>Zurückgestellt bis {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="128"/>
        <source>Contact resolved</source>
        <translation>Kontakt gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="158"/>
        <source>Undone</source>
        <translation>Rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="163"/>
        <source>Follow-up not changed</source>
        <translation>Wiedervorlage nicht geändert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="346"/>
        <source>Choose who is at the counter to see only their follow-ups</source>
        <translation>Wählen Sie, wer an der Kasse ist, um nur deren Wiedervorlagen zu sehen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="348"/>
        <source>Show the follow-ups of {0} and unassigned ones</source>
        <translation>Die Wiedervorlagen von {0} und die nicht zugeordneten anzeigen</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="29"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="40"/>
        <location filename="../../ui/widgets/undo_bar.py" line="41"/>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/unsaved.py" line="47"/>
        <source>Changes to {0}&apos;s details</source>
        <translation>Änderungen an den Angaben von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="70"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="71"/>
        <source>Not saved yet:
{0}

Save before quitting?</source>
        <translation>Noch nicht gespeichert:
{0}

Vor dem Beenden speichern?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="73"/>
        <source>Save and quit</source>
        <translation>Speichern und beenden</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="74"/>
        <source>Quit without saving</source>
        <translation>Beenden ohne zu speichern</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="75"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
</context>
<context>
    <name>UpcomingSection</name>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="45"/>
        <source>Upcoming follow-ups</source>
        <translation>Kommende Wiedervorlagen</translation>
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
            <numerusform>Demnächst, innerhalb von %n Tag ({0})</numerusform>
            <numerusform>Demnächst, innerhalb von %n Tagen ({0})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Show the follow-ups due soon</source>
        <translation>Die bald fälligen Wiedervorlagen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Hide them</source>
        <translation>Ausblenden</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="47"/>
        <location filename="../../ui/dialogs/welcome.py" line="54"/>
        <source>Welcome to Carebook</source>
        <translation>Willkommen bei Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="57"/>
        <source>Two questions and you are ready. You can change both later under Edit › Shop settings.</source>
        <translation>Zwei Fragen, dann kann es losgehen. Sie können beides später unter Bearbeiten › Einstellungen des Geschäfts ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="71"/>
        <source>e.g. Corner Bikes</source>
        <translation>z. B. Fahrrad-Eck</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="72"/>
        <source>Your &amp;shop&apos;s name:</source>
        <translation>Name Ihres &amp;Geschäfts:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="74"/>
        <source>e.g. Maria Jensen</source>
        <translation>z. B. Maria Jensen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="77"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ihr Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="79"/>
        <source>You become the shop&apos;s owner in Carebook: you can add staff and change settings.</source>
        <translation>Sie werden in Carebook Inhaber/in des Geschäfts: Sie können Mitarbeitende hinzufügen und Einstellungen ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="87"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="89"/>
        <source>How do you want to start?</source>
        <translation>Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="91"/>
        <source>Start with an empty customer list</source>
        <translation>Mit einer leeren Kundenliste beginnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="93"/>
        <source>Load demo data to try Carebook first (made-up customers, contacts and scores)</source>
        <translation>Zuerst Demodaten laden, um Carebook auszuprobieren (erfundene Kunden, Kontakte und Bewertungen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="96"/>
        <source>Import my customers from a spreadsheet (CSV) or an address book (vCard)</source>
        <translation>Meine Kunden aus einer Tabelle (CSV) oder einem Adressbuch (vCard) importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="105"/>
        <source>This counter joins a shop on a &amp;server…</source>
        <translation>Diese Kasse tritt einem Geschäft auf einem &amp;Server bei…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="108"/>
        <source>Several counters share one shop on a PostgreSQL server: connect to it instead</source>
        <translation>Mehrere Kassen teilen sich ein Geschäft auf einem PostgreSQL-Server: stattdessen damit verbinden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Start Carebook</source>
        <translation>Carebook starten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="159"/>
        <source>Please enter your shop&apos;s name.</source>
        <translation>Bitte geben Sie den Namen Ihres Geschäfts ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="162"/>
        <source>Please enter your name.</source>
        <translation>Bitte geben Sie Ihren Namen ein.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>There is no active staff member called “{0}”.</source>
        <translation>Es gibt keine aktive Mitarbeiterin und keinen aktiven Mitarbeiter namens „{0}“.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="115"/>
        <source>Use this computer&apos;s file</source>
        <translation>Datei dieses Computers verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Cannot open the shop&apos;s server</source>
        <translation>Der Server des Geschäfts kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Staff member not found</source>
        <translation>Mitarbeiter/in nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>Carebook</source>
        <translation>Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>Carebook cannot start</source>
        <translation>Carebook kann nicht starten</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/widgets/chart_bars.py" line="56"/>
        <location filename="../../ui/widgets/chart_bars.py" line="131"/>
        <source>Nothing to show yet</source>
        <translation>Noch nichts anzuzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="54"/>
        <source>No data in these months</source>
        <translation>Keine Daten in diesen Monaten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="91"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="258"/>
        <source>{0}: no data</source>
        <translation>{0}: keine Daten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="121"/>
        <source>No data yet</source>
        <translation>Noch keine Daten</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="110"/>
        <source>The details were written to {0}.</source>
        <translation>Die Details wurden in {0} geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="112"/>
        <source>The details could not be written to the log file.</source>
        <translation>Die Details konnten nicht in die Protokolldatei geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Something went wrong inside Carebook: {0}</source>
        <translation>In Carebook ist ein Fehler aufgetreten: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="118"/>
        <source>Your data is safe. Carebook keeps running; if a window looks wrong, close and reopen it.</source>
        <translation>Ihre Daten sind sicher. Carebook läuft weiter; wenn ein Fenster falsch aussieht, schließen und öffnen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="128"/>
        <source>Unexpected error</source>
        <translation>Unerwarteter Fehler</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="85"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="86"/>
        <source>No shop is open, so there is nothing to back up.</source>
        <translation>Es ist kein Geschäft geöffnet, daher gibt es nichts zu sichern.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="96"/>
        <source>Backup saved: {0}</source>
        <translation>Sicherung gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="101"/>
        <source>No backup made</source>
        <translation>Keine Sicherung erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="104"/>
        <source>A backup is being made already.</source>
        <translation>Es wird bereits eine Sicherung erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="108"/>
        <source>Making a backup…</source>
        <translation>Sicherung wird erstellt…</translation>
    </message>
</context>
<context>
    <name>db_recovery</name>
    <message>
        <location filename="../../ui/db_recovery.py" line="68"/>
        <source>it cannot be opened</source>
        <translation>sie lässt sich nicht öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="71"/>
        <source>{0} links between records point nowhere</source>
        <translation>{0} Verknüpfungen zwischen Datensätzen führen ins Leere</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="77"/>
        <source>Carebook found problems in its data file {0} ({1}).

It can set this file aside (renamed, not deleted) and continue with the newest good backup, made {2}. Anything entered after that backup is in the set-aside file only.</source>
        <translation>Carebook hat Probleme in seiner Datendatei {0} gefunden ({1}).

Carebook kann diese Datei beiseitelegen (umbenannt, nicht gelöscht) und mit der neuesten intakten Sicherung weiterarbeiten, erstellt {2}. Was nach dieser Sicherung eingegeben wurde, steht nur in der beiseitegelegten Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="85"/>
        <location filename="../../ui/db_recovery.py" line="95"/>
        <source>The data file is damaged</source>
        <translation>Die Datendatei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="87"/>
        <source>Set it aside and use the backup</source>
        <translation>Beiseitelegen und die Sicherung verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="88"/>
        <source>Keep the damaged file for now</source>
        <translation>Beschädigte Datei vorerst behalten</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="96"/>
        <source>Carebook found problems in its data file {0} ({1}) and no good backup to replace it. Make a copy of the file before changing anything, and ask for help.</source>
        <translation>Carebook hat Probleme in seiner Datendatei {0} gefunden ({1}) und keine intakte Sicherung, die sie ersetzen könnte. Kopieren Sie die Datei, bevor Sie etwas ändern, und holen Sie sich Hilfe.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="149"/>
        <location filename="../../ui/db_recovery.py" line="184"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="150"/>
        <source>The damaged file was kept as {0}. Carebook now starts with the backup made {1}.</source>
        <translation>Die beschädigte Datei wurde als {0} aufbewahrt. Carebook startet jetzt mit der Sicherung vom {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="176"/>
        <source>Not restored</source>
        <translation>Nicht wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="185"/>
        <source>The damaged file was kept as {0}. Carebook now works with the backup made {1}.</source>
        <translation>Die beschädigte Datei wurde als {0} aufbewahrt. Carebook arbeitet jetzt mit der Sicherung vom {1}.</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="30"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="32"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="48"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="49"/>
        <source>Overdue since {0}</source>
        <translation>Überfällig seit {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="53"/>
        <source>Overdue by 1 day</source>
        <translation>1 Tag überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="54"/>
        <source>Overdue by {0} days</source>
        <translation>{0} Tage überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="57"/>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="58"/>
        <source>Due at {0}</source>
        <translation>Fällig um {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="61"/>
        <source>Due {0}</source>
        <translation>Fällig {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="62"/>
        <source>Due {0} at {1}</source>
        <translation>Fällig {0} um {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="68"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="70"/>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="75"/>
        <source>{0} at {1}</source>
        <translation>{0} um {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="86"/>
        <source>No scores yet</source>
        <translation>Noch keine Bewertungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="87"/>
        <source>Last score {0}</source>
        <translation>Letzte Bewertung {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="92"/>
        <source>No open contacts</source>
        <translation>Keine offenen Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="94"/>
        <source>1 open contact</source>
        <translation>1 offener Kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="95"/>
        <source>{0} open contacts</source>
        <translation>{0} offene Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="101"/>
        <source>Unassigned</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="104"/>
        <source>For {0}</source>
        <translation>Für {0}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="302"/>
        <source>Something could not be done</source>
        <translation>Etwas konnte nicht ausgeführt werden</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../ui/keys.py" line="71"/>
        <source>Any dialog</source>
        <translation>Jeder Dialog</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="72"/>
        <source>Log a contact</source>
        <translation>Kontakt erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="76"/>
        <source>Save, from any field</source>
        <translation>Speichern, aus jedem Feld</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="83"/>
        <source>Channel: {0}</source>
        <translation>Kanal: {0}</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
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
        <translation>Selbstbedienung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Inbound</source>
        <translation>Eingehend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Outbound</source>
        <translation>Ausgehend</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Inquiry</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Order / return</source>
        <translation>Bestellung / Rückgabe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Billing</source>
        <translation>Rechnung / Zahlung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Compliment</source>
        <translation>Lob</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Resolved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Owner</source>
        <translation>Inhaber/in</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Staff</source>
        <translation>Mitarbeiter/in</translation>
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
        <translation>Zufriedenheit (1 = sehr unzufrieden, 5 = sehr zufrieden)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Would recommend us (0 = not at all, 10 = certainly)</source>
        <translation>Würde uns empfehlen (0 = überhaupt nicht, 10 = auf jeden Fall)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Ease (1 = very hard, 7 = very easy)</source>
        <translation>Aufwand (1 = sehr schwer, 7 = sehr einfach)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="111"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="132"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="178"/>
        <source>Follow-ups</source>
        <translation>Wiedervorlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="164"/>
        <source>Satisfaction</source>
        <translation>Zufriedenheit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="177"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
</context>
<context>
    <name>scheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="134"/>
        <source>Backup saved: {0}</source>
        <translation>Sicherung gespeichert: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="144"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Die automatische Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="27"/>
        <source>In the future</source>
        <translation>In der Zukunft</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="29"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="31"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="33"/>
        <source>{0} days ago</source>
        <translation>Vor {0} Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="35"/>
        <source>{0} weeks ago</source>
        <translation>Vor {0} Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="38"/>
        <source>{0} months ago</source>
        <translation>Vor {0} Monaten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="39"/>
        <source>{0} years ago</source>
        <translation>Vor {0} Jahren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="55"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
</TS>
