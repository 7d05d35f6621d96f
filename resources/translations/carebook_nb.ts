<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33"/>
        <source>About Carebook</source>
        <translation>Om Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="37"/>
        <source>Carebook {0}</source>
        <translation>Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Customer care for small shops: customers, contacts, follow-ups and satisfaction.</source>
        <translation>Kundeservice for små butikker: kunder, kontakter, oppfølginger og kundetilfredshet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>Data folder:</source>
        <translation>Datamappe:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="56"/>
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>Log file:</source>
        <translation>Loggfil:</translation>
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
        <translation>Åpne datamappen</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="67"/>
        <source>Add a tag</source>
        <translation>Legg til en etikett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="69"/>
        <source>Add a tag to {0}.</source>
        <translation>Legg til en etikett på {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="83"/>
        <source>Choose or type a tag, e.g. VIP</source>
        <translation>Velg eller skriv en etikett, f.eks. VIP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Etikett:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>A new name creates the tag.</source>
        <translation>Et nytt navn oppretter etiketten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="87"/>
        <source>Add tag</source>
        <translation>Legg til etikett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="95"/>
        <source>Tag “{0}” added to {1}</source>
        <translation>Etiketten «{0}» er lagt til på {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="97"/>
        <source> ({0} had it already)</source>
        <translation> ({0} hadde den allerede)</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <location filename="../../ui/arrivals.py" line="127"/>
        <source>New follow-up for you: {0}, due {1}</source>
        <translation>Ny oppfølging til deg: {0}, frist {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals.py" line="131"/>
        <source>%n new follow-ups for you</source>
        <translation>
            <numerusform>%n ny oppfølging til deg</numerusform>
            <numerusform>%n nye oppfølginger til deg</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="106"/>
        <source>The quick check of the data file could not run: {0}</source>
        <translation>Hurtigkontrollen av datafilen kunne ikke kjøres: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="56"/>
        <source>Backups and restore</source>
        <translation>Sikkerhetskopier og gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="62"/>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="66"/>
        <source>Carebook copies your data by itself: when you quit, and every 30 minutes while you work. It keeps the newest copy of each of the last 12 days, 10 weeks and 9 months.</source>
        <translation>Carebook kopierer dataene dine av seg selv: når du avslutter, og hvert 30. minutt mens du jobber. Den nyeste kopien fra hver av de siste 12 dagene, 10 ukene og 9 månedene blir tatt vare på.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="84"/>
        <source>Backups, newest first</source>
        <translation>Sikkerhetskopier, nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="92"/>
        <source>No backups yet. Click “Back up now”, or let Carebook make one when you quit.</source>
        <translation>Ingen sikkerhetskopier ennå. Klikk «Ta sikkerhetskopi nå», eller la Carebook lage en når du avslutter.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="100"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="103"/>
        <source>Replace the current data with the chosen backup</source>
        <translation>Erstatt de nåværende dataene med den valgte sikkerhetskopien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="105"/>
        <source>Restore from a &amp;file…</source>
        <translation>Gjenopprett fra en &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="107"/>
        <source>&amp;Open folder</source>
        <translation>Å&amp;pne mappen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="141"/>
        <source>Folder: {0} (change it in Shop settings)</source>
        <translation>Mappe: {0} (endre den i Butikkinnstillinger)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="151"/>
        <source>Your data before the last restore</source>
        <translation>Dataene dine før siste gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="153"/>
        <source>Your data before an earlier restore</source>
        <translation>Dataene dine før en tidligere gjenoppretting</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="183"/>
        <source>Making a backup…</source>
        <translation>Lager sikkerhetskopi…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="187"/>
        <source>Backup saved: {0}</source>
        <translation>Sikkerhetskopi lagret: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="191"/>
        <source>No backup made: {0}</source>
        <translation>Ingen sikkerhetskopi laget: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="203"/>
        <source>Restore a backup</source>
        <translation>Gjenopprett en sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="204"/>
        <source>Carebook backups (*.sqlite3 *.before-restore*);;All files (*)</source>
        <translation>Carebook-sikkerhetskopier (*.sqlite3 *.before-restore*);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="214"/>
        <source>Replace the shop on the server, which every counter uses, with the backup {0}?

Everything entered since that backup is set aside: the current data is first kept as a backup in {1}, so you can go back to it.</source>
        <translation>Erstatte butikken på serveren, som alle kassene bruker, med sikkerhetskopien {0}?

Alt som er lagt inn siden den sikkerhetskopien, settes til side: de nåværende dataene tas først vare på som en sikkerhetskopi i {1}, så du kan gå tilbake til dem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="220"/>
        <source>Replace all of Carebook&apos;s data with the backup {0}?

Everything entered since that backup is set aside: the current data is kept as {1} in {2}, so you can go back to it.</source>
        <translation>Erstatte alle dataene i Carebook med sikkerhetskopien {0}?

Alt som er lagt inn siden den sikkerhetskopien, settes til side: de nåværende dataene tas vare på som {1} i {2}, så du kan gå tilbake til dem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="229"/>
        <source>This backup holds far less than the current data: {0}.</source>
        <translation>Denne sikkerhetskopien inneholder langt mindre enn de nåværende dataene: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="230"/>
        <source>{0} customers -&gt; {1}, {2} contacts -&gt; {3}</source>
        <translation>{0} kunder -&gt; {1}, {2} kontakter -&gt; {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="239"/>
        <source>Restore this backup?</source>
        <translation>Gjenopprette denne sikkerhetskopien?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="241"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="251"/>
        <source>Not restored</source>
        <translation>Ikke gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="260"/>
        <source>Restored {0}. The data as it was before is kept in {1}.</source>
        <translation>{0} er gjenopprettet. Dataene slik de var før, er tatt vare på i {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="262"/>
        <source>Backup restored</source>
        <translation>Sikkerhetskopien er gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="270"/>
        <source>Cannot open the folder</source>
        <translation>Kan ikke åpne mappen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="283"/>
        <source>Regular backup</source>
        <translation>Vanlig sikkerhetskopi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="285"/>
        <source>Before an upgrade</source>
        <translation>Før en oppgradering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="287"/>
        <source>Before a restore</source>
        <translation>Før en gjenoppretting</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/base.py" line="284"/>
        <source>Draft kept: it comes back the next time you open this.</source>
        <translation>Utkastet er tatt vare på: det kommer tilbake neste gang du åpner dette.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="301"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="302"/>
        <source>What you typed in “{0}” is not saved yet.</source>
        <translation>Det du skrev i «{0}», er ikke lagret ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="306"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="307"/>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="308"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="335"/>
        <source>{0} saves from any field</source>
        <translation>{0} lagrer fra alle felt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="363"/>
        <source>Please check</source>
        <translation>Sjekk dette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="366"/>
        <location filename="../../ui/dialogs/base.py" line="374"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
</context>
<context>
    <name>BulkDialogs</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="40"/>
        <source>1 customer</source>
        <translation>1 kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="42"/>
        <source>{0} customers</source>
        <translation>{0} kunder</translation>
    </message>
</context>
<context>
    <name>BulkFollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="109"/>
        <source>Plan follow-ups</source>
        <translation>Planlegg oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="112"/>
        <source>Plan one follow-up for each of {0}.</source>
        <translation>Planlegg én oppfølging for hver av {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="117"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="119"/>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>&amp;Time:</source>
        <translation>&amp;Klokkeslett:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>Optional, e.g. 14:30.</source>
        <translation>Valgfritt, f.eks. 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="125"/>
        <source>Nobody yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="132"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Tildelt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="133"/>
        <source>&amp;High priority: show them first</source>
        <translation>&amp;Høy prioritet: vis dem først</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="134"/>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="136"/>
        <source>What should be done, e.g. “Tell them about the spring sale”</source>
        <translation>Hva som skal gjøres, f.eks. «Fortell om vårsalget»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter lagrer; Shift+Enter starter en ny linje.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="141"/>
        <source>Plan {0}</source>
        <translation>Planlegg {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>1 follow-up</source>
        <translation>1 oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>{0} follow-ups</source>
        <translation>{0} oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="178"/>
        <source>{0} planned</source>
        <translation>{0} planlagt</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="119"/>
        <source>Deleted at another counter. Your changes are kept on screen; saving will say what can be done.</source>
        <translation>Slettet i en annen kasse. Endringene dine står fortsatt på skjermen; ved lagring får du vite hva som kan gjøres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="123"/>
        <source>Changed at another counter. Your changes are kept; saving will compare them.</source>
        <translation>Endret i en annen kasse. Endringene dine er beholdt; ved lagring blir de sammenlignet.</translation>
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
        <translation>Kontaktkanal, hurtigtast {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="54"/>
        <source>What to do with this row</source>
        <translation>Hva som skal gjøres med denne raden</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <location filename="../../ui/colleagues.py" line="121"/>
        <source>Also at the counters: {0}</source>
        <translation>Også i kassene: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="128"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="131"/>
        <source>Nobody chosen</source>
        <translation>Ingen valgt</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="133"/>
        <source>{0} at {1}: seen just now</source>
        <translation>{0} på {1}: sett akkurat nå</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="136"/>
        <source>{0} at {1}: last seen at {2}</source>
        <translation>{0} på {1}: sist sett kl. {2}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="46"/>
        <source>Changed at another counter</source>
        <translation>Endret i en annen kasse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="54"/>
        <source>Someone saved this record at another counter while you were editing it. Choose which value to keep for each field both of you changed.</source>
        <translation>Noen lagret denne oppføringen i en annen kasse mens du redigerte den. Velg hvilken verdi som skal beholdes for hvert felt dere begge endret.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Yours</source>
        <translation>Din</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>At the other counter</source>
        <translation>I den andre kassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="76"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: yours</source>
        <translation>{0}: din</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: at the other counter</source>
        <translation>{0}: i den andre kassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="98"/>
        <source>Merged by themselves: {0}</source>
        <translation>Slått sammen av seg selv: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="103"/>
        <source>Keep all mine</source>
        <translation>Behold alle mine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="104"/>
        <source>Take all theirs</source>
        <translation>Ta alle deres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="105"/>
        <source>Save my choices</source>
        <translation>Lagre valgene mine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="108"/>
        <source>Back to the form</source>
        <translation>Tilbake til skjemaet</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="104"/>
        <source>Deleted at another counter</source>
        <translation>Slettet i en annen kasse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="105"/>
        <source>This record was deleted at another counter (or merged into another record), so your changes cannot be saved to it. What you typed is kept: it comes back as a draft the next time you open this.</source>
        <translation>Denne oppføringen ble slettet i en annen kasse (eller slått sammen med en annen), så endringene dine kan ikke lagres i den. Det du skrev, er tatt vare på: det kommer tilbake som utkast neste gang du åpner dette.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="125"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="133"/>
        <source>It was deleted at another counter in the meantime.</source>
        <translation>Den ble slettet i en annen kasse i mellomtiden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="137"/>
        <source>It was changed at another counter since you looked at it, so nothing was done. Look at it again, then try once more.</source>
        <translation>Den ble endret i en annen kasse etter at du så på den, så ingenting ble gjort. Se på den igjen, og prøv så på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="142"/>
        <source>Changed at another counter</source>
        <translation>Endret i en annen kasse</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="52"/>
        <source>Connect to the shop&apos;s server</source>
        <translation>Koble til butikkens server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="58"/>
        <source>A shop with several counters keeps its data on a PostgreSQL server, usually the back-office PC. Ask whoever set it up for these details.</source>
        <translation>En butikk med flere kasser har dataene sine på en PostgreSQL-server, vanligvis PC-en på bakrommet. Spør den som satte den opp, om disse opplysningene.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="68"/>
        <source>e.g. 192.168.1.10 or backoffice.local</source>
        <translation>f.eks. 192.168.1.10 eller backoffice.local</translation>
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
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Bruker:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="81"/>
        <source>kept on this computer; type to change it</source>
        <translation>lagret på denne datamaskinen; skriv for å endre det</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="84"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;ord:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="86"/>
        <source>Kept in this computer&apos;s keychain (or an owner-only file), never shown.</source>
        <translation>Lagres i nøkkelringen på denne datamaskinen (eller i en fil bare eieren kan lese), vises aldri.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="89"/>
        <source>&amp;Test</source>
        <translation>&amp;Test</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="125"/>
        <source>Please fill this in.</source>
        <translation>Fyll ut dette.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="144"/>
        <source>Connecting to {0}…</source>
        <translation>Kobler til {0}…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Edit contact</source>
        <translation>Rediger kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Log a contact</source>
        <translation>Registrer en kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save contact</source>
        <translation>Lagre kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="169"/>
        <source>Enter saves; Ctrl+Enter saves from any field, the notes too</source>
        <translation>Enter lagrer; Ctrl+Enter lagrer fra alle felt, også notatene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="182"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="184"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="188"/>
        <source>Anyone (unassigned)</source>
        <translation>Hvem som helst (ikke tildelt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="212"/>
        <source>This follow-up (due {0}) is already done.</source>
        <translation>Denne oppfølgingen (frist {0}) er allerede utført.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="214"/>
        <source>Logging the follow-up due {0}. Saving marks it done.</source>
        <translation>Registrerer oppfølgingen med frist {0}. Når du lagrer, merkes den som utført.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="235"/>
        <source>on {0}</source>
        <translation>den {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="259"/>
        <source>{0} for {1}</source>
        <translation>{0} for {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <source>Contact saved</source>
        <translation>Kontakten er lagret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <location filename="../../ui/dialogs/contact_dialog.py" line="332"/>
        <source>Contact updated</source>
        <translation>Kontakten er oppdatert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="98"/>
        <source>Move the rest to Notes</source>
        <translation>Flytt resten til Notater</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="101"/>
        <source>Keep the first {0} characters as the summary, the rest goes to the top of Notes</source>
        <translation>Behold de første {0} tegnene som sammendrag, resten havner øverst i Notater</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="133"/>
        <source>Moved {0:,} characters to Notes</source>
        <translation>Flyttet {0:,} tegn til Notater</translation>
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
        <translation>Fornavn og etternavn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="78"/>
        <location filename="../../ui/dialogs/contact_sections.py" line="80"/>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="82"/>
        <source>N&amp;ame:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="83"/>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="84"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="89"/>
        <source>Channel:</source>
        <translation>Kanal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="90"/>
        <source>Alt+1 … Alt+7 choose a channel</source>
        <translation>Alt+1 … Alt+7 velger en kanal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="92"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Innkommende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="93"/>
        <source>The customer got in touch</source>
        <translation>Kunden tok kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="94"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Utgående</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="95"/>
        <source>The shop got in touch</source>
        <translation>Butikken tok kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="101"/>
        <source>Direction:</source>
        <translation>Retning:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>Å&amp;rsak:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="111"/>
        <source>One line: what was it about?</source>
        <translation>Én linje: hva gjaldt det?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="112"/>
        <source>&amp;Summary:</source>
        <translation>&amp;Sammendrag:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="115"/>
        <source>Details, if any (Ctrl+Enter saves)</source>
        <translation>Detaljer, om noen (Ctrl+Enter lagrer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="117"/>
        <source>Not&amp;es:</source>
        <translation>Notat&amp;er:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="118"/>
        <source>Resol&amp;ved in this contact</source>
        <translation>&amp;Løst i denne kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="120"/>
        <source>Nothing is left to do: the contact counts as resolved at first contact</source>
        <translation>Ingenting gjenstår: kontakten telles som løst ved første kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="123"/>
        <source>Resolved in this contact</source>
        <translation>Løst i denne kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="135"/>
        <source>W&amp;hen:</source>
        <translation>Ti&amp;dspunkt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="137"/>
        <source>S&amp;taff:</source>
        <translation>&amp;Ansatt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="140"/>
        <source>How long the customer waited before being served; leave empty if unknown</source>
        <translation>Hvor lenge kunden ventet før betjening; la stå tomt hvis ukjent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="143"/>
        <source>How long the contact took; leave empty if unknown</source>
        <translation>Hvor lenge kontakten varte; la stå tomt hvis ukjent</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="145"/>
        <source>&amp;Waited:</source>
        <translation>&amp;Ventet:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="146"/>
        <source>&amp;Duration:</source>
        <translation>Varig&amp;het:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="149"/>
        <source>minutes</source>
        <translation>minutter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="152"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="153"/>
        <source>Unticked, the contact is open: something is still to be done</source>
        <translation>Uten hake er kontakten åpen: noe gjenstår å gjøre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="157"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="164"/>
        <source>Satisfaction (optional)</source>
        <translation>Tilfredshet (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="174"/>
        <source>What the customer said about it</source>
        <translation>Hva kunden sa om det</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="175"/>
        <source>&amp;Feedback:</source>
        <translation>Tilbake&amp;melding:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="179"/>
        <source>Scores:</source>
        <translation>Vurderinger:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="185"/>
        <source>Follow-up (optional)</source>
        <translation>Oppfølging (valgfritt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="188"/>
        <source>No follow-up</source>
        <translation>Ingen oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="189"/>
        <source>In 2 days</source>
        <translation>Om 2 dager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="190"/>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="191"/>
        <source>On a date…</source>
        <translation>På en dato…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="198"/>
        <source>Follow-up date</source>
        <translation>Dato for oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="202"/>
        <source>Follow-&amp;up:</source>
        <translation>&amp;Oppfølging:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="209"/>
        <source>Assi&amp;gned to:</source>
        <translation>&amp;Tildelt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="212"/>
        <source>What to do (the summary if left empty)</source>
        <translation>Hva som skal gjøres (sammendraget hvis tomt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="214"/>
        <source>Fo&amp;llow-up note:</source>
        <translation>Notat til oppfølgin&amp;gen:</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="80"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="81"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="82"/>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="83"/>
        <source>Custom range</source>
        <translation>Egendefinert periode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="87"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="98"/>
        <source>All channels</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="99"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="102"/>
        <source>All reasons</source>
        <translation>Alle årsaker</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="103"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="105"/>
        <location filename="../../ui/widgets/contact_filters.py" line="133"/>
        <source>All staff</source>
        <translation>Alle ansatte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="106"/>
        <source>Staff</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="107"/>
        <source>Open and resolved</source>
        <translation>Åpne og løste</translation>
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
        <translation>{0} (åpen)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="198"/>
        <source>Click to sort by this column</source>
        <translation>Klikk for å sortere etter denne kolonnen</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="199"/>
        <source>Sort by date, customer, channel, reason, staff or status</source>
        <translation>Sorter etter dato, kunde, kanal, årsak, ansatt eller status</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="206"/>
        <source>Date</source>
        <translation>Dato</translation>
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
        <translation>Retning</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="210"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="211"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="212"/>
        <source>Staff</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="214"/>
        <source>Wait</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="215"/>
        <source>Duration</source>
        <translation>Varighet</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="257"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="269"/>
        <source>Resolved in the first contact, {0}</source>
        <translation>Løst ved første kontakt, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="270"/>
        <source>Resolved {0}</source>
        <translation>Løst {0}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="66"/>
        <location filename="../../ui/pages/contacts.py" line="100"/>
        <source>Log a contact</source>
        <translation>Registrer en kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="67"/>
        <source>Log a contact (Ctrl+L)</source>
        <translation>Registrer en kontakt (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="78"/>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="79"/>
        <source>Edit the contact (Enter or double-click)</source>
        <translation>Rediger kontakten (Enter eller dobbeltklikk)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="80"/>
        <source>&amp;Resolve</source>
        <translation>Merk som &amp;løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="81"/>
        <source>Mark the selected contacts resolved</source>
        <translation>Merk de valgte kontaktene som løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="82"/>
        <source>Re&amp;open</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="83"/>
        <source>Open the selected contacts again</source>
        <translation>Åpne de valgte kontaktene igjen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="85"/>
        <source>Open &amp;customer</source>
        <translation>Åpne &amp;kunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="99"/>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="122"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="199"/>
        <source>Contacts could not be loaded: {0}</source>
        <translation>Kontaktene kunne ikke lastes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="223"/>
        <source>Contacts can be sorted by date, customer, channel, reason, staff or status.</source>
        <translation>Kontaktene kan sorteres etter dato, kunde, kanal, årsak, ansatt eller status.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="232"/>
        <source>Could not load contacts: {0}</source>
        <translation>Kunne ikke laste kontaktene: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="234"/>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="236"/>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="238"/>
        <source>{0} contacts</source>
        <translation>{0} kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="246"/>
        <source>No contacts match these filters</source>
        <translation>Ingen kontakter passer til disse filtrene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="248"/>
        <source>No contacts in {0}</source>
        <translation>Ingen kontakter i {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="249"/>
        <source>Try another period, or clear the filters.</source>
        <translation>Prøv en annen periode, eller fjern filtrene.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="251"/>
        <source>Log a contact with Ctrl+L when a customer calls, writes or comes by the shop.</source>
        <translation>Registrer en kontakt med Ctrl+L når en kunde ringer, skriver eller kommer innom butikken.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="307"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="315"/>
        <source>Contacts resolved: {0}</source>
        <translation>Kontakter merket som løst: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="317"/>
        <source>Contacts reopened: {0}</source>
        <translation>Kontakter gjenåpnet: {0}</translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="29"/>
        <source>Click to change who is at the counter</source>
        <translation>Klikk for å endre hvem som står i kassen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="39"/>
        <source>Nobody at the counter — choose</source>
        <translation>Ingen i kassen – velg</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="41"/>
        <source>At the counter: {0}</source>
        <translation>I kassen: {0}</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="24"/>
        <source>Who is at the counter?</source>
        <translation>Hvem står i kassen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="26"/>
        <source>Contacts you log and follow-ups you complete are recorded under this name.</source>
        <translation>Kontakter du registrerer og oppfølginger du utfører, lagres under dette navnet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="31"/>
        <source>Staff members</source>
        <translation>Ansatte</translation>
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
        <translation>1 kunde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="47"/>
        <source>{0} customers</source>
        <translation>{0} kunder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="57"/>
        <source>Add &amp;tag…</source>
        <translation>Legg til e&amp;tikett…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="63"/>
        <source>Plan &amp;follow-ups…</source>
        <translation>Planlegg &amp;oppfølginger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="68"/>
        <source>Move to t&amp;rash</source>
        <translation>Flytt til &amp;papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="73"/>
        <source>&amp;Restore</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="76"/>
        <source>Add a tag to the selected customers (Ctrl+T)</source>
        <translation>Legg til en etikett på de valgte kundene (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="79"/>
        <source>Plan one follow-up for each selected customer</source>
        <translation>Planlegg én oppfølging for hver valgte kunde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="82"/>
        <source>Move the selected customers to the trash (Delete)</source>
        <translation>Flytt de valgte kundene til papirkurven (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="85"/>
        <source>Take the selected customers out of the trash</source>
        <translation>Ta de valgte kundene ut av papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="129"/>
        <source>Select all {0}</source>
        <translation>Alle {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="143"/>
        <source>{0} selected</source>
        <translation>{0} valgt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="147"/>
        <source>Select several with Shift or Ctrl</source>
        <translation>Velg flere med Shift eller Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="160"/>
        <source>No demo data</source>
        <translation>Ingen demodata</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="165"/>
        <source>Demo data loaded</source>
        <translation>Demodata er lastet inn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="174"/>
        <source>&amp;Log contact…</source>
        <translation>Registrer &amp;kontakt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="179"/>
        <source>&amp;Edit in a window…</source>
        <translation>&amp;Rediger i eget vindu…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="193"/>
        <location filename="../../ui/pages/customer_actions.py" line="300"/>
        <location filename="../../ui/pages/customer_actions.py" line="307"/>
        <source>Not done</source>
        <translation>Ikke utført</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="214"/>
        <source>Plan many follow-ups?</source>
        <translation>Planlegge mange oppfølginger?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="215"/>
        <source>This plans a separate follow-up for each of {0}.</source>
        <translation>Dette planlegger en egen oppfølging for hver av {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="218"/>
        <source>Continue</source>
        <translation>Fortsett</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="219"/>
        <location filename="../../ui/pages/customer_actions.py" line="246"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="234"/>
        <location filename="../../ui/pages/customer_actions.py" line="238"/>
        <source>Move {0} to the trash? Their contacts and scores stay in the figures.</source>
        <translation>Flytte {0} til papirkurven? Kontaktene og vurderingene deres blir værende i tallene.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="243"/>
        <source>Move to the trash</source>
        <translation>Flytt til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="245"/>
        <source>Move to trash</source>
        <translation>Flytt til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="254"/>
        <location filename="../../ui/pages/customer_actions.py" line="260"/>
        <source>{0} moved to the trash</source>
        <translation>{0} flyttet til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="275"/>
        <location filename="../../ui/pages/customer_actions.py" line="279"/>
        <source>{0} restored</source>
        <translation>{0} gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="315"/>
        <source>Undone</source>
        <translation>Angret</translation>
    </message>
</context>
<context>
    <name>CustomerChoicesModel</name>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="74"/>
        <source>Create new customer “{0}”</source>
        <translation>Opprett ny kunde «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="78"/>
        <source>Add a phone number or email in this dialog; saved with the contact</source>
        <translation>Legg til et telefonnummer eller en e-postadresse i denne dialogen; lagres sammen med kontakten</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="94"/>
        <source>Log contact</source>
        <translation>Registrer kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="95"/>
        <source>Follow-up</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="96"/>
        <source>Score</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="97"/>
        <source>Move to trash</source>
        <translation>Flytt til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="98"/>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="99"/>
        <source>Privacy</source>
        <translation>Personvern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="100"/>
        <source>Export everything about this customer, or erase them</source>
        <translation>Eksporter alt om denne kunden, eller slett kunden for godt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="104"/>
        <source>Export everything about this customer…</source>
        <translation>Eksporter alt om denne kunden…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="107"/>
        <source>Erase for good…</source>
        <translation>Slett for godt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="111"/>
        <source>Log a call, email or visit from this customer ({0})</source>
        <translation>Registrer en samtale, e-post eller et besøk fra denne kunden ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="116"/>
        <source>Plan a follow-up for this customer ({0})</source>
        <translation>Planlegg en oppfølging for denne kunden ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="119"/>
        <source>Record a CSAT, NPS or CES score ({0})</source>
        <translation>Registrer en CSAT-, NPS- eller CES-vurdering ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="121"/>
        <source>Move this customer to the trash</source>
        <translation>Flytt denne kunden til papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="122"/>
        <source>Take this customer out of the trash</source>
        <translation>Ta denne kunden ut av papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="137"/>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="139"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Lagre endringene (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="141"/>
        <source>Revert</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="142"/>
        <source>Put back the stored details</source>
        <translation>Sett tilbake de lagrede opplysningene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="144"/>
        <location filename="../../ui/pages/customer_detail.py" line="403"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="159"/>
        <source>The customer&apos;s details</source>
        <translation>Kundens opplysninger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="181"/>
        <source>H&amp;istory</source>
        <translation>&amp;Historikk</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="182"/>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details</source>
        <translation>&amp;Opplysninger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="209"/>
        <source>Select a customer to see their details and history.
Alt+Down and Alt+Up move through the list.</source>
        <translation>Velg en kunde for å se opplysninger og historikk.
Alt+Ned og Alt+Opp flytter gjennom listen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="224"/>
        <source>Save the customer&apos;s details</source>
        <translation>Lagre kundens opplysninger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="276"/>
        <source>customer since {0}</source>
        <translation>kunde siden {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="278"/>
        <source>1 open contact</source>
        <translation>1 åpen kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="280"/>
        <source>{0} open contacts</source>
        <translation>{0} åpne kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="284"/>
        <source>This customer&apos;s personal data was erased; it cannot be edited.</source>
        <translation>Personopplysningene til denne kunden er slettet; kunden kan ikke redigeres.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="287"/>
        <source>In the trash since {0}. Restore the customer to work with them again.</source>
        <translation>I papirkurven siden {0}. Gjenopprett kunden for å jobbe med kunden igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="309"/>
        <source>H&amp;istory ({0})</source>
        <translation>&amp;Historikk ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details (unsaved)</source>
        <translation>&amp;Opplysninger (ikke lagret)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="348"/>
        <location filename="../../ui/pages/customer_detail.py" line="351"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="380"/>
        <source>{0} saved</source>
        <translation>{0} er lagret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="404"/>
        <source>You changed {0}&apos;s details. Save the changes?</source>
        <translation>Du har endret opplysningene til {0}. Lagre endringene?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Discard changes</source>
        <translation>Forkast endringene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>Edit customer</source>
        <translation>Rediger kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Add customer</source>
        <translation>Legg til kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="119"/>
        <source>{0} (in the trash) already has this email address.</source>
        <translation>{0} (i papirkurven) har allerede denne e-postadressen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="121"/>
        <source>{0} already has this email address.</source>
        <translation>{0} har allerede denne e-postadressen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="123"/>
        <source>Open that customer</source>
        <translation>Åpne den kunden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="124"/>
        <source>Open {0}</source>
        <translation>Åpne {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="141"/>
        <source>Save anyway</source>
        <translation>Lagre likevel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="178"/>
        <source>{0} saved. {1}</source>
        <translation>{0} er lagret. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="180"/>
        <source>{0} added</source>
        <translation>{0} er lagt til</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="182"/>
        <source>{0} saved</source>
        <translation>{0} er lagret</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../ui/field_labels.py" line="27"/>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="28"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="29"/>
        <source>Email</source>
        <translation>E-post</translation>
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
        <translation>Foretrukket kanal</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="33"/>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="34"/>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="35"/>
        <source>Marketing consent</source>
        <translation>Samtykke til markedsføring</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="36"/>
        <source>Stay in touch</source>
        <translation>Hold kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="37"/>
        <source>Customer since</source>
        <translation>Kunde siden</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="38"/>
        <source>Birthday</source>
        <translation>Fødselsdag</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="92"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="116"/>
        <source>{0}: set</source>
        <translation>{0}: angitt</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="130"/>
        <source>{0} (yes/no)</source>
        <translation>{0} (ja/nei)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="132"/>
        <source>{0} (separated by ;)</source>
        <translation>{0} (skilt med ;)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="155"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="157"/>
        <source>No</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="160"/>
        <source>every {0} days</source>
        <translation>hver {0}. dag</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/field_labels.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="43"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="44"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-post:</translation>
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
        <translation>Foretrekker:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="48"/>
        <source>&amp;Tags:</source>
        <translation>Eti&amp;ketter:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="49"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otater:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="50"/>
        <source>Marketing:</source>
        <translation>Markedsføring:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="51"/>
        <source>Stay in touch:</source>
        <translation>Hold kontakten:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="56"/>
        <source>Wants news and offers</source>
        <translation>Vil ha nyheter og tilbud</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="58"/>
        <source>The customer agreed to receive marketing news and offers</source>
        <translation>Kunden har samtykket til å motta nyheter og tilbud</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="63"/>
        <source>Marketing: wants news and offers</source>
        <translation>Markedsføring: vil ha nyheter og tilbud</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="64"/>
        <source>Stay in touch every so many days</source>
        <translation>Hold kontakten med så mange dagers mellomrom</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="65"/>
        <source>Stay in touch: remind us every so many days</source>
        <translation>Hold kontakten: minn oss på det med så mange dagers mellomrom</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="70"/>
        <source>Separate tags with ;</source>
        <translation>Skill etikettene med ;</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="71"/>
        <source>A follow-up is planned when nobody has been in touch for that long</source>
        <translation>En oppfølging planlegges når ingen har vært i kontakt på så lenge</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="129"/>
        <source>No preference</source>
        <translation>Ingen preferanse</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="183"/>
        <source>every</source>
        <translation>etter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="184"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="228"/>
        <source>e.g. VIP; wholesale</source>
        <translation>f.eks. VIP; grossist</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="73"/>
        <location filename="../../ui/widgets/customer_picker.py" line="182"/>
        <source>Type a name, company, phone or email</source>
        <translation>Skriv navn, firma, telefon eller e-post</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="74"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="76"/>
        <source>Type to find a customer; use the arrow keys and Enter to choose one.</source>
        <translation>Skriv for å finne en kunde; bruk piltastene og Enter for å velge.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="84"/>
        <source>&amp;New customer</source>
        <translation>&amp;Ny kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="88"/>
        <source>Create a new customer with this contact</source>
        <translation>Opprett en ny kunde med denne kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="160"/>
        <source>No company, phone or email on file</source>
        <translation>Ingen firma, telefon eller e-post registrert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="162"/>
        <source>{0} — in the trash</source>
        <translation>{0} – i papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="180"/>
        <source>A new customer is created with this contact</source>
        <translation>En ny kunde opprettes med denne kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="193"/>
        <source>Matching customers</source>
        <translation>Kunder som passer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="263"/>
        <source>Search failed: {0}</source>
        <translation>Søket mislyktes: {0}</translation>
    </message>
</context>
<context>
    <name>CustomersEmpty</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="209"/>
        <source>Add a customer</source>
        <translation>Legg til en kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="210"/>
        <source>Load demo data</source>
        <translation>Last inn demodata</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="211"/>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="212"/>
        <source>Show customers</source>
        <translation>Vis kunder</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="219"/>
        <source>No customers match these filters</source>
        <translation>Ingen kunder passer til disse filtrene</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="220"/>
        <source>Clear the filters to see everyone, or try another tag or channel.</source>
        <translation>Fjern filtrene for å se alle, eller prøv en annen etikett eller kanal.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="223"/>
        <source>The trash is empty</source>
        <translation>Papirkurven er tom</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="224"/>
        <source>Customers you move to the trash wait here until you restore them.</source>
        <translation>Kunder du flytter til papirkurven, venter her til du gjenoppretter dem.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="227"/>
        <source>No customers yet</source>
        <translation>Ingen kunder ennå</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="228"/>
        <source>Add your first customer (Ctrl+N) or load demo data to try Carebook.</source>
        <translation>Legg til din første kunde (Ctrl+N), eller last inn demodata for å prøve Carebook.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/models/customers_model.py" line="69"/>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="73"/>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="74"/>
        <source>Last contact</source>
        <translation>Siste kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="75"/>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="76"/>
        <source>Last score</source>
        <translation>Siste vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="339"/>
        <source>Open follow-ups. Click to sort by this column</source>
        <translation>Åpne oppfølginger. Klikk for å sortere etter denne kolonnen</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="343"/>
        <source>The latest CSAT, NPS or CES score. Click to sort, best or worst first</source>
        <translation>Siste CSAT-, NPS- eller CES-vurdering. Klikk for å sortere, beste eller dårligste først</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="347"/>
        <source>Click to sort by this column</source>
        <translation>Klikk for å sortere etter denne kolonnen</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="348"/>
        <source>Sort by name, company, last contact, follow-ups or last score</source>
        <translation>Sorter etter navn, firma, siste kontakt, oppfølginger eller siste vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="384"/>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="394"/>
        <source>a low score</source>
        <translation>lav vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="396"/>
        <source>a high score</source>
        <translation>høy vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="401"/>
        <source>not a valid number</source>
        <translation>ikke et gyldig nummer</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="429"/>
        <source>Never</source>
        <translation>Aldri</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="439"/>
        <source>In the trash since {0}</source>
        <translation>I papirkurven siden {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="444"/>
        <source>{0} — kept as typed: not a valid number for the shop&apos;s region</source>
        <translation>{0} – beholdt slik det ble skrevet: ikke et gyldig nummer for butikkens region</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="449"/>
        <source>No contact logged yet</source>
        <translation>Ingen kontakt registrert ennå</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="450"/>
        <source>Last contact: {0}</source>
        <translation>Siste kontakt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="454"/>
        <source>{0} open follow-ups</source>
        <translation>{0} åpne oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="459"/>
        <source>{0}: {1} of {2}–{3}</source>
        <translation>{0}: {1} av {2}–{3}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="69"/>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="70"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Legg til en kunde (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="265"/>
        <source>{0} in the trash</source>
        <translation>{0} i papirkurven</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="267"/>
        <source>The trash is empty</source>
        <translation>Papirkurven er tom</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="271"/>
        <source>No customers match</source>
        <translation>Ingen kunder passer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="273"/>
        <source>1 customer matches</source>
        <translation>1 kunde passer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="275"/>
        <source>{0} match</source>
        <translation>{0} passer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="289"/>
        <location filename="../../ui/pages/customers.py" line="290"/>
        <source>The customers could not be read</source>
        <translation>Kundene kunne ikke leses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="396"/>
        <source>this customer</source>
        <translation>denne kunden</translation>
    </message>
</context>
<context>
    <name>CustomersTable</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="95"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edits.py" line="15"/>
        <source>Left and Right move between the parts; type or use Up and Down to change one</source>
        <translation>Venstre og Høyre flytter mellom delene; skriv eller bruk Opp og Ned for å endre en del</translation>
    </message>
</context>
<context>
    <name>DetailDrafts</name>
    <message>
        <location filename="../../ui/pages/detail_drafts.py" line="71"/>
        <source>Draft restored: unsaved changes to {0}</source>
        <translation>Utkast gjenopprettet: ulagrede endringer i {0}</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="28"/>
        <source>Discard draft</source>
        <translation>Forkast utkastet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="30"/>
        <source>Discard the restored draft</source>
        <translation>Forkast det gjenopprettede utkastet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="42"/>
        <source>Draft restored: what you typed here before (kept at {0}) is back.</source>
        <translation>Utkast gjenopprettet: det du skrev her tidligere (lagret {0}), er tilbake.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="25"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="26"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="27"/>
        <source>Likely</source>
        <translation>Sannsynlighet</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="31"/>
        <source>same email</source>
        <translation>samme e-post</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="32"/>
        <source>same phone</source>
        <translation>samme telefon</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="33"/>
        <source>same name</source>
        <translation>samme navn</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="34"/>
        <source>similar names</source>
        <translation>lignende navn</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="53"/>
        <source>Customer number {0}</source>
        <translation>Kundenummer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="106"/>
        <source>How likely these two are one customer, from what they share</source>
        <translation>Hvor sannsynlig det er at disse to er samme kunde, ut fra det de har felles</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="164"/>
        <source>Erase a customer</source>
        <translation>Slett en kunde for godt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="176"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Slett for godt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>&amp;Delete these backups</source>
        <translation>Slett &amp;disse sikkerhetskopiene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="200"/>
        <source>Erase {0}?</source>
        <translation>Slette {0} for godt?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="204"/>
        <source>Erasing removes this customer&apos;s personal data for good:
• name, company, email, phone, address, notes and tags are removed; the record is renamed “{0}”;
• the text of their contacts, follow-ups and score comments is blanked;
• the contacts, follow-ups and scores themselves stay, without personal data, so the monthly figures still add up.</source>
        <translation>Sletting fjerner personopplysningene til denne kunden for godt:
• navn, firma, e-post, telefon, adresse, notater og etiketter fjernes; oppføringen får navnet «{0}»;
• teksten i kundens kontakter, oppfølginger og vurderingskommentarer tømmes;
• selve kontaktene, oppfølgingene og vurderingene blir værende, uten personopplysninger, slik at månedstallene fortsatt stemmer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="213"/>
        <source>This cannot be undone.</source>
        <translation>Dette kan ikke angres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="219"/>
        <source>Older backups still hold this customer&apos;s data ({0}). After erasing, you can delete them.</source>
        <translation>Eldre sikkerhetskopier inneholder fortsatt dataene til denne kunden ({0}). Etter slettingen kan du slette dem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="225"/>
        <source>I understand: erase {0} for good</source>
        <translation>Jeg forstår: slett {0} for godt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="241"/>
        <source>Backups that still hold the erased data</source>
        <translation>Sikkerhetskopier som fortsatt inneholder de slettede dataene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="259"/>
        <source>Not erased</source>
        <translation>Ikke slettet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="263"/>
        <source>Customer erased</source>
        <translation>Kunden er slettet for godt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="264"/>
        <source>{0} is erased</source>
        <translation>{0} er slettet for godt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="267"/>
        <source>The record is now “{0}”. Kept without personal data — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>Oppføringen heter nå «{0}». Beholdt uten personopplysninger – kontakter: {1}, oppfølginger: {2}, vurderinger: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="289"/>
        <source>Made before the erase, these backups still hold this customer&apos;s data ({0}). Delete them to remove it everywhere (newer backups will not have it).</source>
        <translation>Disse sikkerhetskopiene ble laget før slettingen og inneholder fortsatt dataene til denne kunden ({0}). Slett dem for å fjerne dataene overalt (nyere sikkerhetskopier har dem ikke).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="294"/>
        <source>No backup holds this customer&apos;s data.</source>
        <translation>Ingen sikkerhetskopi inneholder dataene til denne kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="303"/>
        <source>Delete these backups?</source>
        <translation>Slette disse sikkerhetskopiene?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="305"/>
        <source>Delete the backups made before the erase ({0})? You cannot restore them afterwards; the next backup will be made without this customer&apos;s data.</source>
        <translation>Slette sikkerhetskopiene som ble laget før slettingen ({0})? Du kan ikke gjenopprette dem etterpå; neste sikkerhetskopi lages uten dataene til denne kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="308"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="309"/>
        <source>Keep them</source>
        <translation>Behold dem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="315"/>
        <source>Not all backups were deleted</source>
        <translation>Ikke alle sikkerhetskopiene ble slettet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="320"/>
        <source>The older backups are deleted: no backup holds this data.</source>
        <translation>De eldre sikkerhetskopiene er slettet: ingen sikkerhetskopi inneholder disse dataene.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="43"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="44"/>
        <source>Contacts (the contact log)</source>
        <translation>Kontakter (kontaktloggen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="45"/>
        <source>Feedback scores</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="49"/>
        <source>Every customer is exported; customers in the trash and erased ones are left out.</source>
        <translation>Alle kunder eksporteres; kunder i papirkurven og kunder som er slettet for godt, utelates.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Every contact is exported, except those of customers in the trash or erased.</source>
        <translation>Alle kontakter eksporteres, unntatt de som tilhører kunder i papirkurven eller kunder som er slettet for godt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="55"/>
        <source>Every score is exported, except those of customers in the trash or erased.</source>
        <translation>Alle vurderinger eksporteres, unntatt de som tilhører kunder i papirkurven eller kunder som er slettet for godt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="58"/>
        <source>Every follow-up is exported, done ones included, except those of customers in the trash.</source>
        <translation>Alle oppfølginger eksporteres, også de utførte, unntatt de som tilhører kunder i papirkurven.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="81"/>
        <source>Spreadsheet (CSV, opens in Excel)</source>
        <translation>Regneark (CSV, åpnes i Excel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="84"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="88"/>
        <source>Address book (vCard, for phones and mail programs)</source>
        <translation>Adressebok (vCard, for telefoner og e-postprogrammer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="91"/>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>Calendar of the open follow-ups (iCalendar)</source>
        <translation>Kalender med de åpne oppfølgingene (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="98"/>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>Export</source>
        <translation>Eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>Write Carebook&apos;s data to a file that other programs open.</source>
        <translation>Skriv dataene fra Carebook til en fil som andre programmer kan åpne.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;What:</source>
        <translation>&amp;Hva:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="140"/>
        <source>As:</source>
        <translation>Som:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="142"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="143"/>
        <source>Follow-ups &amp;of:</source>
        <translation>Oppfølginger &amp;for:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="145"/>
        <source>All customers</source>
        <translation>Alle kunder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148"/>
        <source>Only the customers selected on the page ({0})</source>
        <translation>Bare kundene som er valgt på siden ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Which:</source>
        <translation>H&amp;vilke:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="160"/>
        <source>Exporting</source>
        <translation>Eksporterer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="170"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="199"/>
        <source>Each open follow-up becomes a calendar event with a reminder, in the shop&apos;s time zone. The customer&apos;s name is only in the text, never invited.</source>
        <translation>Hver åpen oppfølging blir en kalenderhendelse med påminnelse, i butikkens tidssone. Kundens navn står bare i teksten, kunden blir aldri invitert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="204"/>
        <source>Only the customers selected on the page are exported.</source>
        <translation>Bare kundene som er valgt på siden, eksporteres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="206"/>
        <source>Every customer outside the trash is exported as a card.</source>
        <translation>Alle kunder utenfor papirkurven eksporteres som et kort.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="209"/>
        <source>The filters of the page you came from are not applied.</source>
        <translation>Filtrene på siden du kom fra, brukes ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="245"/>
        <source>Export to</source>
        <translation>Eksporter til</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="252"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>Not exported</source>
        <translation>Ikke eksportert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="270"/>
        <source>Exported to {1} — customers: {0:,}</source>
        <translation>Eksportert til {1} – kunder: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exported to {1} — follow-ups: {0:,}</source>
        <translation>Eksportert til {1} – oppfølginger: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="274"/>
        <source>Exported to {1} — rows: {0:,}</source>
        <translation>Eksportert til {1} – rader: {0:,}</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="77"/>
        <source>Export everything about a customer</source>
        <translation>Eksporter alt om en kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="83"/>
        <source>Carebook writes everything it holds about {0}: the customer record and tags, every contact, follow-up and score. Each as JSON (for a data request) and as CSV files that a spreadsheet opens. The files go into a new folder that only you can read.</source>
        <translation>Carebook skriver ut alt den har om {0}: kundeoppføringen og etikettene, alle kontakter, oppfølginger og vurderinger. Alt både som JSON (for en innsynsbegjæring) og som CSV-filer som et regneark kan åpne. Filene legges i en ny mappe som bare du kan lese.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="98"/>
        <source>&amp;Into the folder:</source>
        <translation>&amp;Til mappen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="102"/>
        <source>&amp;Open the folder</source>
        <translation>Å&amp;pne mappen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="115"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="121"/>
        <source>Export into which folder?</source>
        <translation>Eksportere til hvilken mappe?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="131"/>
        <source>Choose the folder to export into.</source>
        <translation>Velg mappen det skal eksporteres til.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="141"/>
        <source>Saved in {1} — files: {0}, contacts: {2}, follow-ups: {3}, scores: {4}.</source>
        <translation>Lagret i {1} – filer: {0}, kontakter: {2}, oppfølginger: {3}, vurderinger: {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="149"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="151"/>
        <source>Exported everything about {0}</source>
        <translation>Alt om {0} er eksportert</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="123"/>
        <source>Which file?</source>
        <translation>Hvilken fil?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>A CSV file from a spreadsheet (in Excel: File › Save As › CSV UTF-8), or an address book saved as vCard (.vcf). Nothing is written until the last step, and every import can be undone.</source>
        <translation>En CSV-fil fra et regneark (i Excel: Fil › Lagre som › CSV UTF-8), eller en adressebok lagret som vCard (.vcf). Ingenting skrives før siste trinn, og hver import kan angres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="135"/>
        <source>The file to import</source>
        <translation>Filen som skal importeres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="136"/>
        <source>File to import</source>
        <translation>Fil som skal importeres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="138"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Bla gjennom…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>&amp;File:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="150"/>
        <source>The file holds:</source>
        <translation>Filen inneholder:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="163"/>
        <source>&amp;Earlier imports…</source>
        <translation>&amp;Tidligere importer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="164"/>
        <source>See the earlier imports and undo one</source>
        <translation>Se de tidligere importene og angre en av dem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="191"/>
        <source>Each row needs: {0}.</source>
        <translation>Hver rad må ha: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="198"/>
        <source>Choose the file to import</source>
        <translation>Velg filen som skal importeres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="199"/>
        <source>CSV or vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>CSV- eller vCard-filer (*.csv *.txt *.vcf *.vcard);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="232"/>
        <source>Reading {0}…</source>
        <translation>Leser {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="248"/>
        <source>{0}: an address book (cards: {1}); each card becomes a customer.</source>
        <translation>{0}: en adressebok (kort: {1}); hvert kort blir en kunde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="251"/>
        <source>{0} — rows: {1:,}, columns: {2}.</source>
        <translation>{0} – rader: {1:,}, kolonner: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="255"/>
        <source>Carebook knows this file: an export of {0}.</source>
        <translation>Carebook kjenner igjen denne filen: en eksport fra {0}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="78"/>
        <source>Tag</source>
        <translation>Etikett</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="79"/>
        <source>Show only customers with this tag</source>
        <translation>Vis bare kunder med denne etiketten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="80"/>
        <source>All tags</source>
        <translation>Alle etiketter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="85"/>
        <source>Preferred channel</source>
        <translation>Foretrukket kanal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="86"/>
        <source>Show only customers who prefer this channel</source>
        <translation>Vis bare kunder som foretrekker denne kanalen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="87"/>
        <source>Any channel</source>
        <translation>Alle kanaler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="88"/>
        <source>No preference</source>
        <translation>Ingen preferanse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="91"/>
        <source>&amp;Not contacted for</source>
        <translation>&amp;Ikke kontaktet på</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="94"/>
        <source>Customers whose last contact is older than this, or who never had one</source>
        <translation>Kunder der siste kontakt er eldre enn dette, eller som aldri har hatt en</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="100"/>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="101"/>
        <source>Not contacted for so many days</source>
        <translation>Ikke kontaktet på så mange dager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="103"/>
        <source>Clear filters</source>
        <translation>Fjern filtre</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers in use</source>
        <translation>Aktive kunder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Trash</source>
        <translation>Papirkurv</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Customers moved to the trash; restore them from here</source>
        <translation>Kunder flyttet til papirkurven; gjenopprett dem herfra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="126"/>
        <source>Show:</source>
        <translation>Vis:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="53"/>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="58"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="60"/>
        <source>Open (not done)</source>
        <translation>Åpne (ikke utført)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="61"/>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="62"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="63"/>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="64"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="65"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="72"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="74"/>
        <source>Any date</source>
        <translation>Alle datoer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="75"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="76"/>
        <source>This week</source>
        <translation>Denne uken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="77"/>
        <source>Next 7 days</source>
        <translation>Neste 7 dager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="78"/>
        <source>This month</source>
        <translation>Denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="79"/>
        <source>Last month</source>
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="80"/>
        <source>Choose dates…</source>
        <translation>Velg datoer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due from</source>
        <translation>Frist fra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due until</source>
        <translation>Frist til</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="95"/>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="100"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Tildelt:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="101"/>
        <source>S&amp;tate:</source>
        <translation>Til&amp;stand:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="102"/>
        <source>D&amp;ue:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me ({0})</source>
        <translation>Meg ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me</source>
        <translation>Meg</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="162"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="163"/>
        <source>Nobody yet (unassigned)</source>
        <translation>Ingen ennå (ikke tildelt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="172"/>
        <source>Choose who is at the counter first</source>
        <translation>Velg først hvem som står i kassen</translation>
    </message>
</context>
<context>
    <name>FollowupActions</name>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="73"/>
        <source>Mark &amp;done</source>
        <translation>&amp;Merk som utført</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="81"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="87"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Utsett</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="94"/>
        <source>Re&amp;assign to</source>
        <translation>&amp;Tildel til</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="105"/>
        <source>&amp;Log contact…</source>
        <translation>Registrer &amp;kontakt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="110"/>
        <source>Log the contact for this follow-up; it is marked done on saving</source>
        <translation>Registrer kontakten for denne oppfølgingen; den merkes som utført når du lagrer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="115"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="120"/>
        <source>Show &amp;customer</source>
        <translation>Vis ku&amp;nde</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="125"/>
        <source>Open the c&amp;ontact it came from</source>
        <translation>Åpne kontakten den kom &amp;fra</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="174"/>
        <location filename="../../ui/pages/followups_actions.py" line="178"/>
        <location filename="../../ui/pages/followups_actions.py" line="186"/>
        <location filename="../../ui/pages/followups_actions.py" line="188"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="207"/>
        <source>Undone</source>
        <translation>Angret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="218"/>
        <source>Follow-up marked done</source>
        <translation>Oppfølgingen er merket som utført</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="219"/>
        <source>{0} follow-ups marked done</source>
        <translation>{0} oppfølginger er merket som utført</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="225"/>
        <source>Resolve its contact</source>
        <translation>Merk kontakten som løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="227"/>
        <source>Resolve their contacts</source>
        <translation>Merk kontaktene som løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="237"/>
        <source>Contact resolved</source>
        <translation>Kontakten er merket som løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="238"/>
        <source>{0} contacts resolved</source>
        <translation>{0} kontakter er merket som løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="251"/>
        <source>Follow-up reopened</source>
        <translation>Oppfølgingen er gjenåpnet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="252"/>
        <source>{0} follow-ups reopened</source>
        <translation>{0} oppfølginger er gjenåpnet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="273"/>
        <source>Follow-up snoozed until {1}</source>
        <translation>Oppfølgingen er utsatt til {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="274"/>
        <source>{0} follow-ups snoozed until {1}</source>
        <translation>{0} oppfølginger er utsatt til {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="327"/>
        <source>Nobody (unassigned)</source>
        <translation>Ingen (ikke tildelt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="339"/>
        <source>Follow-up reassigned</source>
        <translation>Oppfølgingen er tildelt på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="340"/>
        <source>{0} follow-ups reassigned</source>
        <translation>{0} oppfølginger er tildelt på nytt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="353"/>
        <source>(no note)</source>
        <translation>(uten notat)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="355"/>
        <source>Delete the follow-up “{0}” for {1}?</source>
        <translation>Slette oppfølgingen «{0}» for {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="360"/>
        <source>{0}

This cannot be undone. To keep it on record, mark it done instead.</source>
        <translation>{0}

Dette kan ikke angres. Vil du ta vare på den, kan du heller merke den som utført.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="365"/>
        <source>Delete follow-up</source>
        <translation>Slett oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="367"/>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="368"/>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="377"/>
        <source>Follow-up deleted</source>
        <translation>Oppfølgingen er slettet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="378"/>
        <source>{0} follow-ups deleted</source>
        <translation>{0} oppfølginger er slettet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="394"/>
        <source>Cannot open this follow-up</source>
        <translation>Kan ikke åpne denne oppfølgingen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="416"/>
        <source>Cannot open this contact</source>
        <translation>Kan ikke åpne denne kontakten</translation>
    </message>
</context>
<context>
    <name>FollowupCardList</name>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="196"/>
        <source>Overdue · {0}</source>
        <translation>Over fristen · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="197"/>
        <source>Due today · {0}</source>
        <translation>Frist i dag · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="211"/>
        <source>Showing {0} of {1} follow-ups.</source>
        <translation>Viser {0} av {1} oppfølginger.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="213"/>
        <source>The Follow-ups page lists them all.</source>
        <translation>Siden Oppfølginger viser alle.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="214"/>
        <source>Open Follow-ups</source>
        <translation>Åpne Oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="217"/>
        <source>Show {0} more</source>
        <translation>Vis {0} til</translation>
    </message>
</context>
<context>
    <name>FollowupCardWidget</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="144"/>
        <source>High priority</source>
        <translation>Høy prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="145"/>
        <source>Stay in touch</source>
        <translation>Hold kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="157"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="159"/>
        <source>Mark this follow-up as done</source>
        <translation>Merk denne oppfølgingen som utført</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="161"/>
        <source>Snooze</source>
        <translation>Utsett</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="162"/>
        <source>Move this follow-up to later</source>
        <translation>Flytt denne oppfølgingen til senere</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="167"/>
        <source>Log this follow-up…</source>
        <translation>Registrer denne oppfølgingen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="170"/>
        <source>Log the contact you make for this follow-up; saving it marks the follow-up done</source>
        <translation>Registrer kontakten du tar for denne oppfølgingen; når du lagrer, merkes oppfølgingen som utført</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="210"/>
        <source>Last contacts</source>
        <translation>Siste kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="220"/>
        <source>No contacts logged yet</source>
        <translation>Ingen kontakter registrert ennå</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="245"/>
        <source>Open {0}</source>
        <translation>Åpne {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="254"/>
        <source>Due {0}</source>
        <translation>Frist {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="259"/>
        <source>(no note)</source>
        <translation>(uten notat)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="279"/>
        <source>{0}. Press Enter to open the customer.</source>
        <translation>{0}. Trykk Enter for å åpne kunden.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="280"/>
        <source>Mark done: {0}</source>
        <translation>Merk som utført: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="281"/>
        <source>Snooze: {0}</source>
        <translation>Utsett: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="282"/>
        <source>Log this follow-up: {0}</source>
        <translation>Registrer denne oppfølgingen: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>Edit follow-up</source>
        <translation>Rediger oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>New follow-up</source>
        <translation>Ny oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="62"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="69"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Frist:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="73"/>
        <source>&amp;Time:</source>
        <translation>K&amp;lokkeslett:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="75"/>
        <source>Optional, e.g. 14:30. Empty: any time that day.</source>
        <translation>Valgfritt, f.eks. 14:30. Tomt: når som helst den dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="78"/>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="82"/>
        <source>Nobody yet</source>
        <translation>Ingen ennå</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="85"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Tildelt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="87"/>
        <source>&amp;High priority: show it first</source>
        <translation>&amp;Høy prioritet: vis den først</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="88"/>
        <source>Priority:</source>
        <translation>Prioritet:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="91"/>
        <source>What should be done, e.g. “Ring back with the repair quote”</source>
        <translation>Hva som skal gjøres, f.eks. «Ring tilbake med pristilbudet på reparasjonen»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter lagrer; Shift+Enter starter en ny linje.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Plan follow-up</source>
        <translation>Planlegg oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="151"/>
        <source>{0} (inactive)</source>
        <translation>{0} (inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="164"/>
        <source>Done {0}; its due date ({1}) stays as it was.</source>
        <translation>Utført {0}; fristen ({1}) forblir som den var.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="168"/>
        <source>Done {0} by {1}; its due date ({2}) stays as it was.</source>
        <translation>Utført {0} av {1}; fristen ({2}) forblir som den var.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="197"/>
        <source>Pick “{0}” from the list of matches, or type another name</source>
        <translation>Velg «{0}» fra listen over treff, eller skriv et annet navn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="198"/>
        <source>Choose a customer: type a name and pick them from the list</source>
        <translation>Velg en kunde: skriv et navn og velg kunden fra listen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="204"/>
        <source>is {0:,} characters long; the limit is {1:,}</source>
        <translation>er {0:,} tegn lang; grensen er {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="228"/>
        <source>Follow-up planned for {0} on {1}</source>
        <translation>Oppfølging planlagt for {0} den {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="242"/>
        <source>Follow-up for {0} saved</source>
        <translation>Oppfølgingen for {0} er lagret</translation>
    </message>
</context>
<context>
    <name>FollowupFields</name>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="63"/>
        <source>Type a due date like {0}, or pick one</source>
        <translation>Skriv en fristdato som {0}, eller velg en</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="80"/>
        <source>&apos;{0}&apos; is not a time like 14:30</source>
        <translation>«{0}» er ikke et klokkeslett som 14:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="87"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="89"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="91"/>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="93"/>
        <source>in {0} days</source>
        <translation>om {0} dager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="95"/>
        <source>the day before yesterday — in the past</source>
        <translation>i forgårs – i fortiden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="96"/>
        <source>{0} days ago — in the past</source>
        <translation>for {0} dager siden – i fortiden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="117"/>
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
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
        <translation>Velg en dato i kalenderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="155"/>
        <source>Tomorrow</source>
        <translation>I morgen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="158"/>
        <source>In 2 days</source>
        <translation>Om 2 dager</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="161"/>
        <source>Next week</source>
        <translation>Neste uke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="214"/>
        <source>Type a date like {0}, or use a button.</source>
        <translation>Skriv en dato som {0}, eller bruk en knapp.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="259"/>
        <source>Type a name, email or phone number…</source>
        <translation>Skriv et navn, en e-postadresse eller et telefonnummer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="261"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="269"/>
        <source>Change…</source>
        <translation>Endre…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="272"/>
        <source>Choose another customer</source>
        <translation>Velg en annen kunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="327"/>
        <source>No customer matches “{0}”. Check the spelling, or add the customer first.</source>
        <translation>Ingen kunde samsvarer med «{0}». Sjekk stavemåten, eller legg til kunden først.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <location filename="../../ui/models/followup_format.py" line="34"/>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="35"/>
        <location filename="../../ui/models/followup_format.py" line="170"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="36"/>
        <source>Upcoming</source>
        <translation>Kommende</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="37"/>
        <location filename="../../ui/models/followups_model.py" line="82"/>
        <source>Done</source>
        <translation>Utført</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="40"/>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="41"/>
        <source>From a contact</source>
        <translation>Fra en kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="42"/>
        <source>Stay in touch</source>
        <translation>Hold kontakten</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="43"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="150"/>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="152"/>
        <source>{0} days</source>
        <translation>{0} dager</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="159"/>
        <source>Overdue by {0}</source>
        <translation>{0} over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="162"/>
        <source>Overdue since {0} today</source>
        <translation>Over fristen siden kl. {0} i dag</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="167"/>
        <source>Due today at {0}</source>
        <translation>Frist i dag kl. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="172"/>
        <source>Due in {0}</source>
        <translation>Frist om {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="177"/>
        <source>Done {0} by {1}</source>
        <translation>Utført {0} av {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="180"/>
        <source>Done {0}</source>
        <translation>Utført {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="75"/>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="76"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="77"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="78"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="79"/>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="80"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="81"/>
        <source>Origin</source>
        <translation>Opphav</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="230"/>
        <source>Click to sort by this column</source>
        <translation>Klikk for å sortere etter denne kolonnen</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="231"/>
        <source>This column cannot be sorted</source>
        <translation>Denne kolonnen kan ikke sorteres</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="275"/>
        <source>Nobody</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="286"/>
        <source>{0} at {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="289"/>
        <source>{0}, any time of the day</source>
        <translation>{0}, når som helst den dagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="295"/>
        <source>Not assigned to anyone yet</source>
        <translation>Ikke tildelt noen ennå</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="299"/>
        <source>Made from a contact: double-click to open that contact</source>
        <translation>Laget fra en kontakt: dobbeltklikk for å åpne kontakten</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../ui/pages/followups.py" line="82"/>
        <source>New follow-up</source>
        <translation>Ny oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="83"/>
        <source>Plan a follow-up (Ctrl+Shift+N)</source>
        <translation>Planlegg en oppfølging (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="96"/>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="161"/>
        <source>Plan a follow-up</source>
        <translation>Planlegg en oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="162"/>
        <source>Show all follow-ups</source>
        <translation>Vis alle oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="181"/>
        <source>{0} overdue</source>
        <translation>{0} over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="268"/>
        <source>{0} follow-ups shown</source>
        <translation>{0} oppfølginger vises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="270"/>
        <source>1 follow-up shown</source>
        <translation>1 oppfølging vises</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="272"/>
        <source>{0} overdue in all</source>
        <translation>{0} over fristen totalt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="274"/>
        <source>No follow-ups match these filters</source>
        <translation>Ingen oppfølginger passer til disse filtrene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="288"/>
        <source>No open follow-ups</source>
        <translation>Ingen åpne oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="289"/>
        <source>Nothing is overdue</source>
        <translation>Ingenting er over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="290"/>
        <source>Nothing is due today</source>
        <translation>Ingenting har frist i dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="291"/>
        <source>Nothing planned ahead</source>
        <translation>Ingenting planlagt fremover</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="292"/>
        <source>No follow-ups done yet</source>
        <translation>Ingen oppfølginger utført ennå</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="293"/>
        <source>No follow-ups yet</source>
        <translation>Ingen oppfølginger ennå</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="297"/>
        <source>Everything planned is done. Plan the next call-back or check-in with Ctrl+Shift+N.</source>
        <translation>Alt som var planlagt, er utført. Planlegg neste tilbakeringing eller oppfølgingssamtale med Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="299"/>
        <source>Every follow-up is on time. Well done!</source>
        <translation>Alle oppfølginger er i rute. Bra jobbet!</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="300"/>
        <source>Nothing needs doing today. Upcoming follow-ups show under “Upcoming”.</source>
        <translation>Ingenting må gjøres i dag. Kommende oppfølginger vises under «Kommende».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="301"/>
        <source>No follow-ups are planned for later days. Plan one with Ctrl+Shift+N.</source>
        <translation>Ingen oppfølginger er planlagt for senere dager. Planlegg en med Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="302"/>
        <source>Follow-ups marked done (Ctrl+D) are listed here with who did them and when.</source>
        <translation>Oppfølginger som er merket som utført (Ctrl+D), vises her med hvem som utførte dem og når.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="304"/>
        <source>Plan a call-back or a check-in with Ctrl+Shift+N, and Carebook reminds you when it is due.</source>
        <translation>Planlegg en tilbakeringing eller en oppfølgingssamtale med Ctrl+Shift+N, så minner Carebook deg på det når fristen kommer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="314"/>
        <source>{0} Only some follow-ups are shown: try “Show all follow-ups”.</source>
        <translation>{0} Bare noen av oppfølgingene vises: prøv «Vis alle oppfølginger».</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="319"/>
        <location filename="../../ui/pages/followups.py" line="320"/>
        <source>The follow-ups could not be read</source>
        <translation>Oppfølgingene kunne ikke leses</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/followups.py" line="377"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n valgt</numerusform>
            <numerusform>%n valgt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="55"/>
        <source>Is this how the file looks?</source>
        <translation>Ser filen slik ut?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="58"/>
        <source>Carebook found the text encoding and the separator by itself. If the names look wrong or everything is in one column, choose another one.</source>
        <translation>Carebook fant tegnkodingen og skilletegnet selv. Hvis navnene ser feil ut eller alt står i én kolonne, velg noe annet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="72"/>
        <source>Text &amp;encoding:</source>
        <translation>&amp;Tegnkoding:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="73"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Skilletegn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="80"/>
        <source>The first rows of the file</source>
        <translation>De første radene i filen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="114"/>
        <source>Reading {0} again…</source>
        <translation>Leser {0} på nytt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="137"/>
        <source>{0} (found in the file)</source>
        <translation>{0} (funnet i filen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="143"/>
        <source>Found by Carebook: {0}; {1}.</source>
        <translation>Funnet av Carebook: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="153"/>
        <source>(no heading)</source>
        <translation>(uten overskrift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="164"/>
        <source>Columns: {0}. The numbers on the left are the lines of the file.</source>
        <translation>Kolonner: {0}. Tallene til venstre er linjene i filen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="169"/>
        <source>More rows follow: {0:,}.</source>
        <translation>Flere rader følger: {0:,}.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="56"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="57"/>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="58"/>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="59"/>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="60"/>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="61"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="64"/>
        <source>Earlier imports, newest first</source>
        <translation>Tidligere importer, nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="70"/>
        <source>No imports yet.</source>
        <translation>Ingen importer ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="72"/>
        <source>&amp;Undo the chosen import</source>
        <translation>&amp;Angre den valgte importen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="118"/>
        <source>Undone {0}</source>
        <translation>Angret {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="119"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="139"/>
        <source>Undo this import?</source>
        <translation>Angre denne importen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="141"/>
        <source>Undo import {0}? The rows it created are removed and the fields it changed get their earlier values. If anything was added or changed since, Carebook says so and changes nothing.</source>
        <translation>Angre import {0}? Radene den opprettet, fjernes, og feltene den endret, får tilbake de tidligere verdiene. Hvis noe er lagt til eller endret siden, sier Carebook fra og endrer ingenting.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="145"/>
        <source>Undo the import</source>
        <translation>Angre importen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="146"/>
        <source>Keep it</source>
        <translation>Behold den</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="149"/>
        <source>Undoing import {0}…</source>
        <translation>Angrer import {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="163"/>
        <source>rows removed: {0:,}</source>
        <translation>rader fjernet: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="166"/>
        <source>customers given back their earlier values: {0:,}</source>
        <translation>kunder som har fått tilbake tidligere verdier: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="168"/>
        <source>Import {0} undone — {1}.</source>
        <translation>Import {0} er angret – {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="170"/>
        <source>Kept: {0}.</source>
        <translation>Beholdt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="174"/>
        <source>Import {0} undone</source>
        <translation>Import {0} er angret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="180"/>
        <source>Import not undone</source>
        <translation>Importen ble ikke angret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="190"/>
        <source>Customers (vCard)</source>
        <translation>Kunder (vCard)</translation>
    </message>
</context>
<context>
    <name>ImportMatchesModel</name>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="29"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="30"/>
        <source>In the file</source>
        <translation>I filen</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="31"/>
        <source>Already in Carebook</source>
        <translation>Allerede i Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="32"/>
        <source>Why</source>
        <translation>Hvorfor</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="33"/>
        <source>What to do</source>
        <translation>Hva som skal gjøres</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="36"/>
        <source>Update this customer</source>
        <translation>Oppdater denne kunden</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="37"/>
        <source>Skip the row</source>
        <translation>Hopp over raden</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="38"/>
        <source>Add as a new customer</source>
        <translation>Legg til som ny kunde</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="139"/>
        <source>Double-click or press F2 to choose</source>
        <translation>Dobbeltklikk eller trykk F2 for å velge</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="117"/>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="122"/>
        <source>The line of the file (the header is line 1)</source>
        <translation>Linjen i filen (overskriftslinjen er linje 1)</translation>
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
        <translation>«{0}» leses som {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="188"/>
        <source>Row</source>
        <translation>Rad</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="35"/>
        <source>UTF-8 with BOM (Excel “CSV UTF-8”)</source>
        <translation>UTF-8 med BOM (Excel «CSV UTF-8»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="36"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="37"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel «Unicode-tekst»)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="38"/>
        <source>Windows, Western European (Excel “CSV”)</source>
        <translation>Windows, vesteuropeisk (Excel «CSV»)</translation>
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
        <translation>Navn: tittel foran (dr.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="31"/>
        <source>Name: first name</source>
        <translation>Navn: fornavn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="32"/>
        <source>Name: middle name</source>
        <translation>Navn: mellomnavn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="33"/>
        <source>Name: last name</source>
        <translation>Navn: etternavn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="34"/>
        <source>Name: after it (Jr.)</source>
        <translation>Navn: etter navnet (jr.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="35"/>
        <source>Nickname (the name when there is no other)</source>
        <translation>Kallenavn (navnet når det ikke finnes noe annet)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="36"/>
        <source>Phone: mobile (taken first)</source>
        <translation>Telefon: mobil (brukes først)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="37"/>
        <source>Phone: work</source>
        <translation>Telefon: arbeid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="38"/>
        <source>Phone: home</source>
        <translation>Telefon: hjem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="39"/>
        <source>Phone: other</source>
        <translation>Telefon: annen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="40"/>
        <source>Address: street</source>
        <translation>Adresse: gate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="41"/>
        <source>Address: house number</source>
        <translation>Adresse: husnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="42"/>
        <source>Address: PO box</source>
        <translation>Adresse: postboks</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="43"/>
        <source>Address: postcode</source>
        <translation>Adresse: postnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="44"/>
        <source>Address: city</source>
        <translation>Adresse: poststed</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="45"/>
        <source>Address: region or state</source>
        <translation>Adresse: fylke eller delstat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="46"/>
        <source>Address: country</source>
        <translation>Adresse: land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="47"/>
        <source>Type of the values beside it (Home, Work…)</source>
        <translation>Typen til verdiene ved siden av (Hjem, Arbeid …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="48"/>
        <source>Notes, after the column&apos;s heading</source>
        <translation>Notater, etter kolonneoverskriften</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="40"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="41"/>
        <source>Contacts (calls, visits, emails…)</source>
        <translation>Kontakter (samtaler, besøk, e-poster …)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="42"/>
        <source>Feedback scores (CSAT, NPS, CES)</source>
        <translation>Vurderinger (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="43"/>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="46"/>
        <source>When it happened</source>
        <translation>Når det skjedde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="47"/>
        <source>Customer&apos;s name</source>
        <translation>Kundens navn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="48"/>
        <source>Customer&apos;s email</source>
        <translation>Kundens e-post</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="49"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="50"/>
        <source>Direction (inbound/outbound)</source>
        <translation>Retning (innkommende/utgående)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="51"/>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="52"/>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="53"/>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="54"/>
        <source>Status (open/resolved)</source>
        <translation>Status (åpen/løst)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="55"/>
        <source>Resolved at first contact (yes/no)</source>
        <translation>Løst ved første kontakt (ja/nei)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="56"/>
        <source>Resolved at</source>
        <translation>Løst (tidspunkt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="57"/>
        <source>Minutes waited</source>
        <translation>Ventetid i minutter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="58"/>
        <source>Duration in minutes</source>
        <translation>Varighet i minutter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="59"/>
        <source>Received at</source>
        <translation>Mottatt (tidspunkt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="60"/>
        <source>Kind (csat/nps/ces)</source>
        <translation>Type (csat/nps/ces)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="61"/>
        <source>Score</source>
        <translation>Vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="62"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="63"/>
        <source>Due date</source>
        <translation>Fristdato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="64"/>
        <source>Due time</source>
        <translation>Fristklokkeslett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="65"/>
        <source>Assigned to</source>
        <translation>Tildelt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="66"/>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="67"/>
        <source>Priority (normal/high)</source>
        <translation>Prioritet (normal/høy)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="68"/>
        <source>Done at</source>
        <translation>Utført (tidspunkt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="125"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="131"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="132"/>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="197"/>
        <source>Earlier imports</source>
        <translation>Tidligere importer</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="61"/>
        <source>{0:,} / {1:,}: {2:,} too many</source>
        <translation>{0:,} / {1:,}: {2:,} for mange</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="63"/>
        <source>{0:,} / {1:,}</source>
        <translation>{0:,} / {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="65"/>
        <source>{0:,} of {1:,} characters used</source>
        <translation>{0:,} av {1:,} tegn brukt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_actions.py" line="57"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Ny kunde…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="63"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Registrer en kontakt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="69"/>
        <source>New &amp;follow-up…</source>
        <translation>Ny &amp;oppfølging…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="75"/>
        <source>Record a &amp;score…</source>
        <translation>Registrer en &amp;vurdering…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="87"/>
        <source>&amp;Back up now</source>
        <translation>Ta sikkerhets&amp;kopi nå</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="90"/>
        <source>Backups and &amp;restore…</source>
        <translation>Sikkerhetskopier og &amp;gjenoppretting…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="93"/>
        <source>&amp;Move this shop to a server…</source>
        <translation>&amp;Flytt denne butikken til en server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="99"/>
        <source>Find &amp;duplicates…</source>
        <translation>Finn &amp;duplikater…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="102"/>
        <source>&amp;Connect to the shop&apos;s server…</source>
        <translation>Koble til &amp;butikkens server…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="111"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Finn en kunde</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="115"/>
        <source>Shop &amp;settings…</source>
        <translation>Butikk&amp;innstillinger…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="119"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Ansatte…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="122"/>
        <source>&amp;Who is at the counter…</source>
        <translation>&amp;Hvem står i kassen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="129"/>
        <source>Show &amp;toolbar</source>
        <translation>Vis &amp;verktøylinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="135"/>
        <source>&amp;System colours</source>
        <translation>&amp;Systemfarger</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="136"/>
        <source>&amp;Light</source>
        <translation>&amp;Lyse</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="137"/>
        <source>&amp;Dark</source>
        <translation>&amp;Mørke</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="154"/>
        <source>&amp;Next record</source>
        <translation>&amp;Neste oppføring</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="160"/>
        <source>&amp;Previous record</source>
        <translation>&amp;Forrige oppføring</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="173"/>
        <source>&amp;About Carebook</source>
        <translation>&amp;Om Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="177"/>
        <source>About &amp;Qt</source>
        <translation>Om &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="224"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="229"/>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="230"/>
        <source>&amp;Colours</source>
        <translation>F&amp;arger</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="236"/>
        <source>&amp;Go</source>
        <translation>&amp;Gå til</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="241"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="248"/>
        <source>New customer</source>
        <translation>Ny kunde</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="249"/>
        <source>Log contact</source>
        <translation>Registrer kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="250"/>
        <source>New follow-up</source>
        <translation>Ny oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="276"/>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Find a customer first, then record their score</source>
        <translation>Finn kunden først, og registrer deretter vurderingen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Data: {0}</source>
        <translation>Data: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Carebook keeps its data in {0}</source>
        <translation>Carebook lagrer dataene sine i {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="62"/>
        <source>Which column is which?</source>
        <translation>Hvilken kolonne er hva?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="65"/>
        <source>Carebook matched the columns by their headings. Change any choice; columns set to “Leave out” are not imported. Required columns are marked with *.</source>
        <translation>Carebook har koblet kolonnene etter overskriftene. Du kan endre alle valg; kolonner satt til «Utelat» importeres ikke. Påkrevde kolonner er merket med *.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="75"/>
        <source>Columns of the file</source>
        <translation>Kolonnene i filen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="110"/>
        <source>{0} file: Carebook knows its columns.</source>
        <translation>{0}-fil: Carebook kjenner kolonnene.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="112"/>
        <source>Your choices for a file with these headings are used again.</source>
        <translation>Valgene dine for en fil med disse overskriftene brukes på nytt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Column of the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Values</source>
        <translation>Verdier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Imported as</source>
        <translation>Importeres som</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="136"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="205"/>
        <source>(no heading)</source>
        <translation>(uten overskrift)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="140"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="146"/>
        <source>Import the column “{0}” as</source>
        <translation>Importer kolonnen «{0}» som</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="147"/>
        <source>Leave out</source>
        <translation>Utelat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="197"/>
        <source>Choose a file column for: {0}.</source>
        <translation>Velg en kolonne i filen for: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="201"/>
        <source>{0} of {1} columns will be imported.</source>
        <translation>{0} av {1} kolonner blir importert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="204"/>
        <source>{0} (values: {1:,})</source>
        <translation>{0} (verdier: {1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="208"/>
        <source>Not imported: {0}.</source>
        <translation>Ikke importert: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="210"/>
        <source>Not imported, empty in every row: {0}.</source>
        <translation>Ikke importert, tom i alle rader: {0}.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="70"/>
        <source>Customers you already have</source>
        <translation>Kunder du allerede har</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="73"/>
        <source>These rows look like customers already in Carebook (same email, same phone or a very similar name). Choose for each: update the customer, skip the row, or add a new customer.</source>
        <translation>Disse radene ligner på kunder som allerede finnes i Carebook (samme e-post, samme telefon eller et svært likt navn). Velg for hver: oppdater kunden, hopp over raden eller legg til en ny kunde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="93"/>
        <source>Rows that match customers already in Carebook</source>
        <translation>Rader som passer med kunder som allerede finnes i Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>&amp;Update</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>S&amp;kip</source>
        <translation>&amp;Hopp over</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>Add as &amp;new</source>
        <translation>Legg til som &amp;ny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="104"/>
        <source>For the chosen rows:</source>
        <translation>For de valgte radene:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="111"/>
        <source>Apply to &amp;all rows</source>
        <translation>Bruk på &amp;alle rader</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="127"/>
        <source>Looking for customers you already have…</source>
        <translation>Ser etter kunder du allerede har…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="153"/>
        <source>Could not look for matching customers: {0}</source>
        <translation>Kunne ikke se etter kunder som passer: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="168"/>
        <source>No row matches a customer you already have: every row is new.</source>
        <translation>Ingen rad passer med en kunde du allerede har: alle radene er nye.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="172"/>
        <source>Matching rows: {0:,} — to update: {1:,}, to skip: {2:,}, to add as new: {3:,}.</source>
        <translation>Rader som passer: {0:,} – oppdateres: {1:,}, hoppes over: {2:,}, legges til som nye: {3:,}.</translation>
    </message>
</context>
<context>
    <name>MergeCompare</name>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="124"/>
        <source>Record kept</source>
        <translation>Oppføring som beholdes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="130"/>
        <source>Keep #{0}</source>
        <translation>Behold nr. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="133"/>
        <source>Keep customer number {0}; the other record is merged into it</source>
        <translation>Behold kundenummer {0}; den andre oppføringen slås sammen med denne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="146"/>
        <source>Tags</source>
        <translation>Etiketter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="148"/>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="160"/>
        <source>Every contact, follow-up, score and tag of the other record moves to the record kept.</source>
        <translation>Alle kontakter, oppfølginger, vurderinger og etiketter fra den andre oppføringen flyttes til oppføringen som beholdes.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="176"/>
        <source>Contacts: {0} · Follow-ups: {1} · Scores: {2}</source>
        <translation>Kontakter: {0} · Oppfølginger: {1} · Vurderinger: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="186"/>
        <source>(empty on both)</source>
        <translation>(tom i begge)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="198"/>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="204"/>
        <source>Both</source>
        <translation>Begge</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="206"/>
        <source>Keep both texts, one after the other</source>
        <translation>Behold begge tekstene, den ene etter den andre</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Duplicates and merge</source>
        <translation>Duplikater og sammenslåing</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="70"/>
        <source>Likely duplicates</source>
        <translation>Sannsynlige duplikater</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="71"/>
        <source>Merged earlier</source>
        <translation>Slått sammen tidligere</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="93"/>
        <source>Likely duplicates, most likely first</source>
        <translation>Sannsynlige duplikater, de mest sannsynlige først</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="111"/>
        <source>Look &amp;again</source>
        <translation>Se &amp;etter igjen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="121"/>
        <source>Choose a pair on the left to compare the two records.</source>
        <translation>Velg et par til venstre for å sammenligne de to oppføringene.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="127"/>
        <source>The two customers side by side</source>
        <translation>De to kundene side om side</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="136"/>
        <source>&amp;Merge</source>
        <translation>&amp;Slå sammen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="171"/>
        <source>Looking for customers entered twice…</source>
        <translation>Ser etter kunder som er lagt inn to ganger…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="187"/>
        <source>No likely duplicates: no two customers share an email, a phone or a very similar name.</source>
        <translation>Ingen sannsynlige duplikater: ingen kunder har samme e-post, telefon eller et svært likt navn.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="197"/>
        <source>Could not look for duplicates: {0}</source>
        <translation>Kunne ikke se etter duplikater: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="218"/>
        <source>One of these customers no longer exists. Click “Look again”.</source>
        <translation>En av disse kundene finnes ikke lenger. Klikk «Se etter igjen».</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="231"/>
        <source>Merge the other record into customer #{0}</source>
        <translation>Slå sammen den andre oppføringen med kunde nr. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="242"/>
        <source>Merge these records?</source>
        <translation>Slå sammen disse oppføringene?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="244"/>
        <source>Merge “{0}” (#{1}) into “{2}” (#{3})?

Every contact, follow-up, score and tag moves to #{3}, which takes the values you chose; #{1} is removed. You can undo the merge later.</source>
        <translation>Slå sammen «{0}» (nr. {1}) med «{2}» (nr. {3})?

Alle kontakter, oppfølginger, vurderinger og etiketter flyttes til nr. {3}, som får verdiene du valgte; nr. {1} fjernes. Du kan angre sammenslåingen senere.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="247"/>
        <source>Merge</source>
        <translation>Slå sammen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="248"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Not merged</source>
        <translation>Ikke slått sammen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Merged into “{0}”. Moved — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>Slått sammen med «{0}». Flyttet – kontakter: {1}, oppfølginger: {2}, vurderinger: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>No more likely duplicates.</source>
        <translation>Ingen flere sannsynlige duplikater.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Kept</source>
        <translation>Beholdt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Merged into it</source>
        <translation>Slått sammen med den</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="299"/>
        <source>Merges, newest first</source>
        <translation>Sammenslåinger, nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="303"/>
        <source>No merges yet.</source>
        <translation>Ingen sammenslåinger ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="305"/>
        <source>Undo &amp;merge</source>
        <translation>Angre sa&amp;mmenslåingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="311"/>
        <source>Undoing a merge brings back the record merged away, with its own contacts, follow-ups, scores and tags, and puts the record kept back as it was.</source>
        <translation>Når du angrer en sammenslåing, kommer den sammenslåtte oppføringen tilbake med egne kontakter, oppfølginger, vurderinger og etiketter, og oppføringen som ble beholdt, settes tilbake slik den var.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="329"/>
        <source>#{0} (no longer exists)</source>
        <translation>nr. {0} (finnes ikke lenger)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="331"/>
        <source>Undone {0}</source>
        <translation>Angret {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="333"/>
        <source>Merged</source>
        <translation>Slått sammen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="360"/>
        <source>Merge not undone</source>
        <translation>Sammenslåingen ble ikke angret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="363"/>
        <source>Merge undone: both records are back</source>
        <translation>Sammenslåingen er angret: begge oppføringene er tilbake</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="365"/>
        <source>Merge undone: customer #{0} is back (contacts: {1}).</source>
        <translation>Sammenslåingen er angret: kunde nr. {0} er tilbake (kontakter: {1}).</translation>
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
        <translation>Forrige måned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="62"/>
        <source>Next month</source>
        <translation>Neste måned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="65"/>
        <source>Month</source>
        <translation>Måned</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="74"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="163"/>
        <source>Previous month: {0}</source>
        <translation>Forrige måned: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="166"/>
        <source>Next month: {0}</source>
        <translation>Neste måned: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="168"/>
        <source>Month shown: {0}</source>
        <translation>Måned som vises: {0}</translation>
    </message>
</context>
<context>
    <name>MoveShopDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="50"/>
        <source>Move this shop to a server</source>
        <translation>Flytt denne butikken til en server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="53"/>
        <source>Move this shop</source>
        <translation>Flytt denne butikken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="57"/>
        <source>Copy every customer, contact, follow-up, score, setting and the import and merge history into an empty database: on the shop&apos;s server, so several counters can work together, or into a new file. This shop stays as it is.</source>
        <translation>Kopier alle kunder, kontakter, oppfølginger, vurderinger, innstillinger og historikken over importer og sammenslåinger til en tom database: på butikkens server, slik at flere kasser kan jobbe sammen, eller til en ny fil. Denne butikken forblir som den er.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="67"/>
        <source>postgresql://shop@back-office/shop, or a file</source>
        <translation>postgresql://shop@back-office/shop, eller en fil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="68"/>
        <source>Where to copy the shop</source>
        <translation>Hvor butikken skal kopieres</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="71"/>
        <source>Choose a &amp;file…</source>
        <translation>Velg en &amp;fil…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="76"/>
        <source>&amp;Server address or file:</source>
        <translation>&amp;Serveradresse eller fil:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="79"/>
        <source>The database must be empty; your server&apos;s administrator creates it (see the README).</source>
        <translation>Databasen må være tom; serveradministratoren din oppretter den (se README).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="95"/>
        <source>&amp;Copy the shop</source>
        <translation>&amp;Kopier butikken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="98"/>
        <source>&amp;Open the new shop</source>
        <translation>Å&amp;pne den nye butikken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="132"/>
        <source>Copy the shop into a new file</source>
        <translation>Kopier butikken til en ny fil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="133"/>
        <source>Carebook files (*.sqlite3)</source>
        <translation>Carebook-filer (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="145"/>
        <source>Copying…</source>
        <translation>Kopierer…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="169"/>
        <source>Copied to {0}. Customers: {1}, contacts: {2}, follow-ups: {3}, scores: {4}. Checked: every table holds the same number of rows and the figures of all {5} months are the same.</source>
        <translation>Kopiert til {0}. Kunder: {1}, kontakter: {2}, oppfølginger: {3}, vurderinger: {4}. Kontrollert: alle tabeller har like mange rader, og tallene for alle {5} månedene er de samme.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="187"/>
        <source>Nothing was copied: {0}</source>
        <translation>Ingenting ble kopiert: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="213"/>
        <source>The new shop could not be opened</source>
        <translation>Den nye butikken kunne ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the server</source>
        <translation>serveren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the file</source>
        <translation>filen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="221"/>
        <source>Carebook now works with the shop on {0}: {1}</source>
        <translation>Carebook jobber nå med butikken på {0}: {1}</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../ui/pdf_printing.py" line="104"/>
        <source>There is nothing to print yet.</source>
        <translation>Det er ingenting å skrive ut ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="107"/>
        <source>The chosen pages are not in this document.</source>
        <translation>De valgte sidene finnes ikke i dette dokumentet.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="111"/>
        <source>The printer could not be started. Check that it is connected and ready.</source>
        <translation>Skriveren kunne ikke startes. Sjekk at den er koblet til og klar.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="125"/>
        <source>The printer stopped accepting pages.</source>
        <translation>Skriveren sluttet å ta imot sider.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="132"/>
        <source>Page {0} could not be drawn for printing.</source>
        <translation>Side {0} kunne ikke tegnes for utskrift.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="155"/>
        <source>Print {0}</source>
        <translation>Skriv ut {0}</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="45"/>
        <source>Report preview</source>
        <translation>Forhåndsvisning av rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="62"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="69"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="72"/>
        <source>Fit to width</source>
        <translation>Tilpass til bredden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="75"/>
        <source>Whole page</source>
        <translation>Hele siden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="80"/>
        <source>Previous page</source>
        <translation>Forrige side</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="84"/>
        <source>Page number</source>
        <translation>Sidenummer</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="89"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="189"/>
        <source>Page </source>
        <translation>Side </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="90"/>
        <source>Next page</source>
        <translation>Neste side</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="181"/>
        <source>No pages</source>
        <translation>Ingen sider</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="184"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="191"/>
        <source> of {0}</source>
        <translation> av {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="201"/>
        <source>Page {0} of {1}</source>
        <translation>Side {0} av {1}</translation>
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
        <translation>Kontroller radene</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="75"/>
        <source>Every row as it will be imported. Marked cells cannot be imported: point at one to see why.</source>
        <translation>Alle radene slik de blir importert. Merkede celler kan ikke importeres: pek på en for å se hvorfor.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="89"/>
        <source>Rows of the file, bad cells marked</source>
        <translation>Radene i filen, med feil celler merket</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="94"/>
        <source>Show only the rows with problems</source>
        <translation>Vis bare radene med problemer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="119"/>
        <source>Checking the rows ({0:,})…</source>
        <translation>Kontrollerer radene ({0:,})…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="159"/>
        <source>Good rows: {0:,}. Rows with problems: {1:,} (marked). Fix them in the file and start again, or skip them.</source>
        <translation>Gode rader: {0:,}. Rader med problemer: {1:,} (merket). Rett dem i filen og start på nytt, eller hopp over dem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="164"/>
        <source>&amp;Skip the rows with problems ({0:,}) and import the others ({1:,})</source>
        <translation>&amp;Hopp over radene med problemer ({0:,}) og importer de andre ({1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="173"/>
        <source>Every row is good ({0:,}).</source>
        <translation>Alle radene er gode ({0:,}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="183"/>
        <source>The rows could not be checked: {0}</source>
        <translation>Radene kunne ikke kontrolleres: {0}</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <location filename="../../ui/widgets/reconnect_bar.py" line="14"/>
        <source>Reconnecting to the shop&apos;s server…</source>
        <translation>Kobler til butikkens server igjen…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="52"/>
        <source>Open Today</source>
        <translation>Åpne I dag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="58"/>
        <source>Dismiss</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="59"/>
        <source>Dismiss the reminder</source>
        <translation>Lukk påminnelsen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="95"/>
        <source>Follow-up due:</source>
        <translation>Oppfølging med frist:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="100"/>
        <source>{0} follow-ups due:</source>
        <translation>{0} oppfølginger med frist:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="105"/>
        <source>{0} and {1} more</source>
        <translation>{0} og {1} til</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="144"/>
        <source>Stay-in-touch follow-ups were not planned: {0}</source>
        <translation>«Hold kontakten»-oppfølginger ble ikke planlagt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="213"/>
        <source>Follow-up due: {0}</source>
        <translation>Oppfølging med frist: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="217"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n oppfølging har frist nå</numerusform>
            <numerusform>%n oppfølginger har frist nå</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../ui/pages/report_files.py" line="52"/>
        <source>Cannot save the report: {0} is a folder.</source>
        <translation>Kan ikke lagre rapporten: {0} er en mappe.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="56"/>
        <source>Cannot save the report: the folder {0} does not exist.</source>
        <translation>Kan ikke lagre rapporten: mappen {0} finnes ikke.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="84"/>
        <location filename="../../ui/pages/report_files.py" line="97"/>
        <source>Cannot prepare the report for the viewer in {0}: {1}.</source>
        <translation>Kan ikke klargjøre rapporten for visning i {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="32"/>
        <source>Carebook summary {0}</source>
        <translation>Carebook-oversikt {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="40"/>
        <source>Save the monthly summary</source>
        <translation>Lagre månedsoversikten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="47"/>
        <source>Report not saved</source>
        <translation>Rapporten ble ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="58"/>
        <source>Saved the summary as {0}</source>
        <translation>Oversikten er lagret som {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="71"/>
        <source>Printing the summary…</source>
        <translation>Skriver ut oversikten…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="72"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="77"/>
        <source>Printing</source>
        <translation>Utskrift</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="86"/>
        <source>Not printed</source>
        <translation>Ikke skrevet ut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="94"/>
        <source>Sent the summary for {0} to the printer</source>
        <translation>Oversikten for {0} er sendt til skriveren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="100"/>
        <source>Cannot open the report</source>
        <translation>Kan ikke åpne rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="107"/>
        <source>No PDF viewer opened the report. It is saved as {0}; use Save as… to keep a copy.</source>
        <translation>Ingen PDF-leser åpnet rapporten. Den er lagret som {0}; bruk Lagre som… for å beholde en kopi.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="76"/>
        <location filename="../../ui/pages/reports.py" line="285"/>
        <location filename="../../ui/pages/reports.py" line="286"/>
        <source>Updating…</source>
        <translation>Oppdaterer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="85"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Lagre som…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>&amp;Skriv ut…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="91"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>Å&amp;pne i PDF-leser</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="97"/>
        <source>Zoom in</source>
        <translation>Zoom inn</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="101"/>
        <source>Zoom out</source>
        <translation>Zoom ut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="125"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="234"/>
        <source>The PDF that was made cannot be shown.</source>
        <translation>PDF-filen som ble laget, kan ikke vises.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250"/>
        <source>The summary for {0} could not be made</source>
        <translation>Oversikten for {0} kunne ikke lages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="259"/>
        <source>Making the summary for {0}…</source>
        <translation>Lager oversikten for {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="260"/>
        <source>Counting the month&apos;s contacts, scores and follow-ups. A busy month takes a few seconds.</source>
        <translation>Teller månedens kontakter, vurderinger og oppfølginger. En travel måned tar noen sekunder.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>Making the summary for {0}</source>
        <translation>Lager oversikten for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="294"/>
        <source>1 page</source>
        <translation>1 side</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="296"/>
        <source>{0} pages</source>
        <translation>{0} sider</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="298"/>
        <source>Monthly summary for {0} · {1} · made at {2}</source>
        <translation>Månedsoversikt for {0} · {1} · laget kl. {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="302"/>
        <source>Monthly summary for {0}</source>
        <translation>Månedsoversikt for {0}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="37"/>
        <location filename="../../ui/dialogs/import_run.py" line="81"/>
        <source>Importing</source>
        <translation>Importerer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="38"/>
        <location filename="../../ui/dialogs/import_run.py" line="82"/>
        <source>All rows are written in one go.</source>
        <translation>Alle radene skrives på én gang.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="42"/>
        <source>Import progress</source>
        <translation>Fremdrift for importen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="47"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Avbryt importen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="49"/>
        <source>&amp;Undo this import</source>
        <translation>A&amp;ngre denne importen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="52"/>
        <source>Imports, newest first</source>
        <translation>Importer, nyeste først</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="85"/>
        <source>Importing {0}…</source>
        <translation>Importerer {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="86"/>
        <source>Cancel stops the import; nothing is written then.</source>
        <translation>Avbryt stopper importen; da skrives ingenting.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="126"/>
        <source>Checked {0:,} of {1:,} rows…</source>
        <translation>Kontrollert {0:,} av {1:,} rader…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="128"/>
        <source>Writing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="136"/>
        <source>Imported</source>
        <translation>Importert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="137"/>
        <source>Import number {0} is saved.</source>
        <translation>Import nummer {0} er lagret.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="141"/>
        <source>This is import number {0}. It can be undone: the rows it created are removed and the fields it changed are put back.</source>
        <translation>Dette er import nummer {0}. Den kan angres: radene den opprettet, fjernes, og feltene den endret, settes tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="152"/>
        <source>Nothing was imported</source>
        <translation>Ingenting ble importert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="153"/>
        <source>The import failed and nothing was written: {0}</source>
        <translation>Importen mislyktes, og ingenting ble skrevet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="157"/>
        <source>Import cancelled</source>
        <translation>Importen er avbrutt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="158"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Importen ble avbrutt. Ingenting ble skrevet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="165"/>
        <source>The database is as it was before.</source>
        <translation>Databasen er som den var før.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="187"/>
        <source>Import undone</source>
        <translation>Importen er angret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="188"/>
        <source>Import number {0} was taken back.</source>
        <translation>Import nummer {0} ble trukket tilbake.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="195"/>
        <location filename="../../ui/dialogs/import_run.py" line="199"/>
        <source>new customers: {0:,}</source>
        <translation>nye kunder: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="196"/>
        <source>new contacts: {0:,}</source>
        <translation>nye kontakter: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="197"/>
        <source>new scores: {0:,}</source>
        <translation>nye vurderinger: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="198"/>
        <source>new follow-ups: {0:,}</source>
        <translation>nye oppfølginger: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="203"/>
        <source>customers updated: {0:,}</source>
        <translation>kunder oppdatert: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="205"/>
        <source>customers added for the rows: {0:,}</source>
        <translation>kunder lagt til for radene: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="207"/>
        <source>rows already stored: {0:,}</source>
        <translation>rader som allerede var lagret: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="208"/>
        <source>Imported from {0} — {1}.</source>
        <translation>Importert fra {0} – {1}.</translation>
    </message>
</context>
<context>
    <name>SatisfactionPage</name>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="66"/>
        <location filename="../../ui/pages/satisfaction.py" line="273"/>
        <source>Updating…</source>
        <translation>Oppdaterer…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="101"/>
        <source>CSAT % by month</source>
        <translation>CSAT % per måned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="104"/>
        <source>NPS by month</source>
        <translation>NPS per måned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="106"/>
        <source>Contacts per channel</source>
        <translation>Kontakter per kanal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="107"/>
        <source>Promoters, passives and detractors</source>
        <translation>Ambassadører, passive og kritikere</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="109"/>
        <source>Working out the figures…</source>
        <translation>Regner ut tallene…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="135"/>
        <source>By staff member</source>
        <translation>Per ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="144"/>
        <source>Satisfaction figures and charts</source>
        <translation>Tall og diagrammer for kundetilfredshet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="196"/>
        <source>Figures per staff member</source>
        <translation>Tall per ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="253"/>
        <source>{0}, compared with {1}</source>
        <translation>{0}, sammenlignet med {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="257"/>
        <source>{0} so far (days 1–{2}), compared with the same days of {1}</source>
        <translation>{0} så langt (dag 1–{2}), sammenlignet med de samme dagene i {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="284"/>
        <source>the same days of {0}</source>
        <translation>de samme dagene i {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="288"/>
        <source>No contacts in this month</source>
        <translation>Ingen kontakter denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="289"/>
        <source>No NPS responses in this month</source>
        <translation>Ingen NPS-svar denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="302"/>
        <source>Nothing was recorded in {0} yet. Log contacts with Ctrl+L and record the customer&apos;s score there; the figures and charts fill in as you go.</source>
        <translation>Ingenting er registrert i {0} ennå. Registrer kontakter med Ctrl+L, og registrer kundens vurdering der; tallene og diagrammene fylles ut etter hvert.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="314"/>
        <source>No CSAT responses in these 12 months</source>
        <translation>Ingen CSAT-svar de siste 12 månedene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="315"/>
        <source>No NPS responses in these 12 months</source>
        <translation>Ingen NPS-svar de siste 12 månedene</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="318"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="326"/>
        <source>The figures could not be read: {0}</source>
        <translation>Tallene kunne ikke leses: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="30"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>1 response</source>
        <translation>1 svar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="31"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>{0} responses</source>
        <translation>{0} svar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="61"/>
        <source>{0}: {1} contacts ({2} of all contacts)</source>
        <translation>{0}: {1} kontakter ({2} av alle kontakter)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="72"/>
        <source>Promoters (9–10)</source>
        <translation>Ambassadører (9–10)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="73"/>
        <source>Passives (7–8)</source>
        <translation>Passive (7–8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="74"/>
        <source>Detractors (0–6)</source>
        <translation>Kritikere (0–6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="85"/>
        <source>no NPS responses</source>
        <translation>ingen NPS-svar</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="86"/>
        <source>{0} · NPS {1}</source>
        <translation>{0} · NPS {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="93"/>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="94"/>
        <source>{0} contacts</source>
        <translation>{0} kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="48"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Tilfredshet (CSAT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="49"/>
        <source>100 × CSAT scores of 4 or 5 ÷ all CSAT responses received in the month (scores go from 1 to 5).
Higher is better: 80% or more is good.</source>
        <translation>100 × CSAT-vurderinger på 4 eller 5 ÷ alle CSAT-svar mottatt i måneden (vurderingene går fra 1 til 5).
Høyere er bedre: 80 % eller mer er bra.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="59"/>
        <source>Net promoter (NPS)</source>
        <translation>Net Promoter (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="60"/>
        <source>100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses received in the month (scores go from 0 to 10); it ranges from −100 to 100.
Higher is better: above 0 is good, above 50 is excellent.</source>
        <translation>100 × (vurderinger 9–10 minus vurderinger 0–6) ÷ alle NPS-svar mottatt i måneden (vurderingene går fra 0 til 10); verdien ligger mellom −100 og 100.
Høyere er bedre: over 0 er bra, over 50 er utmerket.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="71"/>
        <source>Effort (CES, 1–7)</source>
        <translation>Innsats (CES, 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="72"/>
        <source>The mean CES score received in the month, from 1 (very hard) to 7 (very easy).
Higher is better: 5 or more means most customers found it easy.</source>
        <translation>Gjennomsnittlig CES-vurdering mottatt i måneden, fra 1 (svært vanskelig) til 7 (svært enkelt).
Høyere er bedre: 5 eller mer betyr at de fleste kundene syntes det var enkelt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="82"/>
        <source>First-contact resolution</source>
        <translation>Løst ved første kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="83"/>
        <source>100 × inbound contacts resolved at the first contact ÷ all inbound contacts of the month.
Higher is better: 70% or more is good.</source>
        <translation>100 × innkommende kontakter løst ved første kontakt ÷ alle innkommende kontakter i måneden.
Høyere er bedre: 70 % eller mer er bra.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="93"/>
        <source>Self-service share</source>
        <translation>Andel selvbetjening</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="94"/>
        <source>100 × self-service contacts ÷ all contacts of the month.
A higher share means more customers found their answer on their own.</source>
        <translation>100 × selvbetjeningskontakter ÷ alle kontakter i måneden.
En høyere andel betyr at flere kunder fant svaret selv.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="104"/>
        <source>Median resolution time</source>
        <translation>Median løsningstid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="105"/>
        <source>The middle value of the time from contact to resolution, over the month&apos;s resolved contacts (half took longer, half were quicker).
Lower is better.</source>
        <translation>Midtverdien av tiden fra kontakt til løsning, for månedens løste kontakter (halvparten tok lengre tid, halvparten gikk raskere).
Lavere er bedre.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="115"/>
        <source>Median wait</source>
        <translation>Median ventetid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="116"/>
        <source>The middle value of the minutes customers waited, over the month&apos;s inbound contacts with a recorded wait.
Lower is better.</source>
        <translation>Midtverdien av minuttene kundene ventet, for månedens innkommende kontakter med registrert ventetid.
Lavere er bedre.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="126"/>
        <source>Follow-ups on time</source>
        <translation>Oppfølginger i tide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="127"/>
        <source>Of the follow-ups due in the month, those done by their due date (and time, when one was set).
Higher is better: aim for all of them.</source>
        <translation>Av oppfølgingene med frist i måneden, de som ble utført innen fristdatoen (og klokkeslettet, når det var satt).
Høyere er bedre: sikt mot alle.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="137"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="138"/>
        <source>Every contact logged with a time in the month (the shop&apos;s local time).</source>
        <translation>Alle kontakter registrert med et tidspunkt i måneden (butikkens lokale tid).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="146"/>
        <source>New customers</source>
        <translation>Nye kunder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="147"/>
        <source>Customers added to Carebook in the month.</source>
        <translation>Kunder lagt til i Carebook i løpet av måneden.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="189"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="290"/>
        <source>{0} h</source>
        <translation>{0} t</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="193"/>
        <source>{0} d {1} h</source>
        <translation>{0} d {1} t</translation>
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
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="222"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="223"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="224"/>
        <source>no responses this month</source>
        <translation>ingen svar denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="225"/>
        <source>no inbound contacts</source>
        <translation>ingen innkommende kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="226"/>
        <source>no contacts resolved</source>
        <translation>ingen kontakter løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="227"/>
        <source>no waits recorded</source>
        <translation>ingen ventetid registrert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="228"/>
        <source>no contacts</source>
        <translation>ingen kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="229"/>
        <source>no follow-ups due</source>
        <translation>ingen oppfølginger med frist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="253"/>
        <source>of 1 inbound contact</source>
        <translation>av 1 innkommende kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="254"/>
        <source>of {0} inbound contacts</source>
        <translation>av {0} innkommende kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="259"/>
        <source>1 still open</source>
        <translation>1 fortsatt åpen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="260"/>
        <source>{0} still open</source>
        <translation>{0} fortsatt åpne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="264"/>
        <source>{0} hours · {1}</source>
        <translation>{0} timer · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="267"/>
        <source>inbound contacts</source>
        <translation>innkommende kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="269"/>
        <source>{0} of {1} contacts</source>
        <translation>{0} av {1} kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="274"/>
        <source>{0} done on time</source>
        <translation>{0} utført i tide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="277"/>
        <source>1 overdue now</source>
        <translation>1 over fristen nå</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="278"/>
        <source>{0} overdue now</source>
        <translation>{0} over fristen nå</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="280"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="282"/>
        <source>{0} inbound · {1} open</source>
        <translation>{0} innkommende · {1} åpne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="283"/>
        <source>added in the month</source>
        <translation>lagt til i måneden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="287"/>
        <source>{0} pts</source>
        <translation>{0} poeng</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="300"/>
        <source>no comparison: one of the two months has no data</source>
        <translation>ingen sammenligning: en av de to månedene mangler data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="313"/>
        <source>no change from {0}</source>
        <translation>ingen endring fra {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="319"/>
        <source>up {0} from {1}</source>
        <translation>opp {0} fra {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="321"/>
        <source>down {0} from {1}</source>
        <translation>ned {0} fra {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="324"/>
        <source>{0} (better)</source>
        <translation>{0} (bedre)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="326"/>
        <source>{0} (worse)</source>
        <translation>{0} (dårligere)</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../ui/save_target.py" line="25"/>
        <source>{0} was not replaced: {1}. Choose another file.</source>
        <translation>{0} ble ikke erstattet: {1}. Velg en annen fil.</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="37"/>
        <source>Replace the file?</source>
        <translation>Erstatte filen?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="38"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} finnes allerede. Vil du erstatte den?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Erstatt</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="40"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="38"/>
        <source>Record a score</source>
        <translation>Registrer en vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="50"/>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="78"/>
        <source>&amp;Score:</source>
        <translation>&amp;Vurdering:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="80"/>
        <source>What the customer said, if anything</source>
        <translation>Hva kunden sa, om noe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="81"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="82"/>
        <source>Record score</source>
        <translation>Registrer vurdering</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="113"/>
        <source>pick a score from the buttons or type its number</source>
        <translation>velg en vurdering med knappene eller skriv tallet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="122"/>
        <source>{0} {1} recorded</source>
        <translation>{0} {1} registrert</translation>
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
        <translation>ikke gitt</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="136"/>
        <source>Find a customer (Ctrl+K)</source>
        <translation>Finn en kunde (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="137"/>
        <source>Find a customer</source>
        <translation>Finn en kunde</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="139"/>
        <source>Type a name, company, email or phone number; use the arrow keys and Enter to open one.</source>
        <translation>Skriv navn, firma, e-post eller telefonnummer; bruk piltastene og Enter for å åpne en kunde.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="232"/>
        <source>No customer matches “{0}”. Press Ctrl+N to add a new customer.</source>
        <translation>Ingen kunde passer med «{0}». Trykk Ctrl+N for å legge til en ny kunde.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="241"/>
        <source>Search failed: {0}</source>
        <translation>Søket mislyktes: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="98"/>
        <source>Matching customers</source>
        <translation>Kunder som passer</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>“{0}” is not a country of the list: type part of its name and pick it</source>
        <translation>«{0}» er ikke et land i listen: skriv en del av navnet og velg det</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="59"/>
        <source>Shop settings</source>
        <translation>Butikkinnstillinger</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>e.g. Corner Bikes</source>
        <translation>f.eks. Hjørnesykkel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Shop &amp;name:</source>
        <translation>Butikkens &amp;navn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>No logo</source>
        <translation>Ingen logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="73"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Velg…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Choose a logo file</source>
        <translation>Velg en logofil</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="80"/>
        <source>A PNG or JPEG image printed at the top of monthly reports.</source>
        <translation>Et PNG- eller JPEG-bilde som skrives øverst i månedsrapportene.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="88"/>
        <source>&amp;Phone region:</source>
        <translation>&amp;Telefonregion:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Phone numbers typed without a country code belong to this country.</source>
        <translation>Telefonnumre som skrives uten landskode, hører til dette landet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="93"/>
        <source>This computer&apos;s time zone</source>
        <translation>Tidssonen til denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="98"/>
        <source>&amp;Time zone:</source>
        <translation>T&amp;idssone:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Days, months and due dates follow this zone.</source>
        <translation>Dager, måneder og frister følger denne tidssonen.</translation>
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
        <translation>P&amp;apirstørrelse:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="115"/>
        <source>&amp;Report language:</source>
        <translation>&amp;Rapportspråk:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="117"/>
        <source>The language of the monthly PDF, whatever language each counter uses.</source>
        <translation>Språket i den månedlige PDF-en, uansett hvilket språk hver kasse bruker.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="122"/>
        <source>As in the shop&apos;s country</source>
        <translation>Som i butikkens land</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="123"/>
        <source>Day first (31/12/2026)</source>
        <translation>Dag først (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="124"/>
        <source>Month first (12/31/2026)</source>
        <translation>Måned først (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="128"/>
        <source>&amp;Dates in imported files:</source>
        <translation>&amp;Datoer i importerte filer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="130"/>
        <source>How a date like 03/11/2026 in a spreadsheet&apos;s file is read.</source>
        <translation>Hvordan en dato som 03/11/2026 i en regnearkfil leses.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="137"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Choose the backup folder</source>
        <translation>Velg mappen for sikkerhetskopier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="141"/>
        <source>&amp;Backup folder:</source>
        <translation>Mappe for sikker&amp;hetskopier:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="143"/>
        <source>Leave empty to keep backups in the data folder. Another disk is safer.</source>
        <translation>La stå tomt for å ha sikkerhetskopiene i datamappen. En annen disk er tryggere.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148"/>
        <source>The seat of an owner</source>
        <translation>Kassen til en eier</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="149"/>
        <source>This computer</source>
        <translation>Denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Make the backups on this computer</source>
        <translation>Lag sikkerhetskopiene på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>Backups &amp;made by:</source>
        <translation>Sikkerhetskopier lages a&amp;v:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="156"/>
        <source>For a shop on a server: the computer that makes the automatic backups.</source>
        <translation>For en butikk på en server: datamaskinen som lager de automatiske sikkerhetskopiene.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="161"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="169"/>
        <source>Lan&amp;guage of this counter:</source>
        <translation>Språ&amp;k i denne kassen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="171"/>
        <source>This computer only. Carebook uses the new language from its next start.</source>
        <translation>Bare denne datamaskinen. Carebook bruker det nye språket fra neste oppstart.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="175"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Bare en eier kan endre butikkens innstillinger.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="182"/>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>&apos;{0}&apos; is not an image file that can be read</source>
        <translation>«{0}» er ikke en bildefil som kan leses</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Velg butikkens logo</translation>
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
        <translation>Hurtigtaster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/widgets/sidebar.py" line="112"/>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="33"/>
        <source>Snooze follow-up</source>
        <translation>Utsett oppfølging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="38"/>
        <source>(no note)</source>
        <translation>(uten notat)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="41"/>
        <source>Bring back “{0}” for {1} on:</source>
        <translation>Hent fram igjen «{0}» for {1}:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="56"/>
        <source>At a set &amp;time</source>
        <translation>På et bestemt &amp;klokkeslett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="73"/>
        <source>Time</source>
        <translation>Klokkeslett</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="75"/>
        <source>Without a time it is due from the start of the day.</source>
        <translation>Uten klokkeslett har den frist fra starten av dagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="79"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Utsett</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="22"/>
        <source>In 1 &amp;hour</source>
        <translation>Om 1 &amp;time</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="23"/>
        <source>&amp;Tomorrow</source>
        <translation>I &amp;morgen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="24"/>
        <source>&amp;Next week</source>
        <translation>&amp;Neste uke</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="43"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Velg en dato…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="52"/>
        <source>Staff</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="57"/>
        <source>Only an owner can add or change staff.</source>
        <translation>Bare en eier kan legge til eller endre ansatte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="63"/>
        <source>Staff members</source>
        <translation>Ansatte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="68"/>
        <source>Selected staff member</source>
        <translation>Valgt ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="73"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="74"/>
        <source>Save changes</source>
        <translation>Lagre endringer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="88"/>
        <source>Add a staff member</source>
        <translation>Legg til en ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="91"/>
        <source>Name as it appears on contacts</source>
        <translation>Navnet slik det vises på kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="93"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;avn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="94"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="95"/>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="144"/>
        <source>(inactive)</source>
        <translation>(inaktiv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Deactivate</source>
        <translation>Deaktiver</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Activate</source>
        <translation>Aktiver</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="178"/>
        <source>Deactivated staff disappear from pickers; their past contacts keep their name.</source>
        <translation>Deaktiverte ansatte forsvinner fra valglistene; tidligere kontakter beholder navnet deres.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="191"/>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="199"/>
        <source>Not changed</source>
        <translation>Ikke endret</translation>
    </message>
</context>
<context>
    <name>StaffFiguresModel</name>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="28"/>
        <source>Staff member</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="29"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="30"/>
        <source>Inbound</source>
        <translation>Innkommende</translation>
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
        <translation>CSAT-svar</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="34"/>
        <source>Follow-ups on time</source>
        <translation>Oppfølginger i tide</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="37"/>
        <source>First-contact resolution: inbound contacts resolved at once ÷ inbound contacts</source>
        <translation>Løst ved første kontakt: innkommende kontakter løst med en gang ÷ innkommende kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="40"/>
        <source>Satisfied customers: CSAT scores of 4 or 5 ÷ CSAT responses on their contacts</source>
        <translation>Fornøyde kunder: CSAT-vurderinger på 4 eller 5 ÷ CSAT-svar på den ansattes kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="43"/>
        <source>Follow-ups assigned to them and due this month: done on time of due</source>
        <translation>Oppfølginger tildelt den ansatte med frist denne måneden: utført i tide av alle med frist</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="59"/>
        <source>(no staff)</source>
        <translation>(ingen ansatt)</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="126"/>
        <source>{0} of {1}</source>
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="148"/>
        <source>{0}: no inbound contacts this month</source>
        <translation>{0}: ingen innkommende kontakter denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="149"/>
        <source>{0}: {1} of {2} inbound contacts resolved at the first contact</source>
        <translation>{0}: {1} av {2} innkommende kontakter løst ved første kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="154"/>
        <source>{0}: no CSAT responses this month</source>
        <translation>{0}: ingen CSAT-svar denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="155"/>
        <source>{0}: {1} satisfied, from {2} responses</source>
        <translation>{0}: {1} fornøyde, av {2} svar</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="160"/>
        <source>{0}: no follow-ups due this month</source>
        <translation>{0}: ingen oppfølginger med frist denne måneden</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="161"/>
        <source>{0}: {1} of {2} follow-ups done on time ({3})</source>
        <translation>{0}: {1} av {2} oppfølginger utført i tide ({3})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="208"/>
        <source>Ready to import</source>
        <translation>Klar til import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="209"/>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Dette er hva importen vil gjøre. Ingenting er skrevet ennå.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="220"/>
        <source>Click Import to write all of it in one go. If anything goes wrong, nothing is written; and the import can be undone afterwards.</source>
        <translation>Klikk Importer for å skrive alt på én gang. Hvis noe går galt, skrives ingenting; og importen kan angres etterpå.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="247"/>
        <source>Counting…</source>
        <translation>Teller…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="258"/>
        <source>some rows cannot be imported (lines {0})</source>
        <translation>noen rader kan ikke importeres (linje {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="265"/>
        <source>{0} — rows to import: {1:,}</source>
        <translation>{0} – rader som skal importeres: {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="276"/>
        <source>New customers:</source>
        <translation>Nye kunder:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="277"/>
        <source>New contacts:</source>
        <translation>Nye kontakter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="278"/>
        <source>New scores:</source>
        <translation>Nye vurderinger:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="279"/>
        <source>New follow-ups:</source>
        <translation>Nye oppfølginger:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="283"/>
        <source>Customers updated:</source>
        <translation>Kunder oppdatert:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="284"/>
        <source>Rows already stored (left out):</source>
        <translation>Rader som allerede er lagret (utelatt):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="286"/>
        <source>New customers named in the rows:</source>
        <translation>Nye kunder nevnt i radene:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="287"/>
        <source>New staff members:</source>
        <translation>Nye ansatte:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="289"/>
        <source>New tags:</source>
        <translation>Nye etiketter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="291"/>
        <source>Bad rows skipped:</source>
        <translation>Feil rader hoppet over:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="294"/>
        <source>Rows you chose to skip:</source>
        <translation>Rader du valgte å hoppe over:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="300"/>
        <source>Cannot import: {0}</source>
        <translation>Kan ikke importere: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="60"/>
        <source>we got in touch</source>
        <translation>vi tok kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="62"/>
        <source>open</source>
        <translation>åpen</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="67"/>
        <source>{0} at {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="71"/>
        <source>Follow-up done</source>
        <translation>Oppfølging utført</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="73"/>
        <source>Follow-up overdue since {0}</source>
        <translation>Oppfølging over fristen siden {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="75"/>
        <source>Follow-up due today</source>
        <translation>Oppfølging med frist i dag</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="76"/>
        <source>Follow-up due {0}</source>
        <translation>Oppfølging med frist {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="79"/>
        <source>{0} {1} of {2}</source>
        <translation>{0} {1} av {2}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="91"/>
        <location filename="../../ui/models/timeline_model.py" line="105"/>
        <source>{0} — {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="99"/>
        <source>done by {0}</source>
        <translation>utført av {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="101"/>
        <source>for {0}</source>
        <translation>for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="141"/>
        <source>Logged by {0}</source>
        <translation>Registrert av {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="145"/>
        <source>Due {0}</source>
        <translation>Frist {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="147"/>
        <source>Done {0}</source>
        <translation>Utført {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="149"/>
        <source>For {0}</source>
        <translation>For {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="115"/>
        <source>History of contacts, follow-ups and scores</source>
        <translation>Historikk over kontakter, oppfølginger og vurderinger</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="124"/>
        <source>No contacts, follow-ups or scores yet.</source>
        <translation>Ingen kontakter, oppfølginger eller vurderinger ennå.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="83"/>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="85"/>
        <source>Everyone&apos;s</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="92"/>
        <source>Show the follow-ups of every staff member</source>
        <translation>Vis oppfølgingene til alle ansatte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="106"/>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Contacts today</source>
        <translation>Kontakter i dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="107"/>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Open contacts</source>
        <translation>Åpne kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="108"/>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="109"/>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="150"/>
        <location filename="../../ui/pages/today.py" line="336"/>
        <source>Nothing due — well done</source>
        <translation>Ingenting med frist – bra jobbet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="154"/>
        <source>Log a contact</source>
        <translation>Registrer en kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="158"/>
        <source>See upcoming follow-ups</source>
        <translation>Se kommende oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="162"/>
        <source>Reading today&apos;s follow-ups…</source>
        <translation>Leser dagens oppfølginger…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="180"/>
        <source>{0} due</source>
        <translation>{0} med frist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="284"/>
        <source>{0} ({1}, turns {2})</source>
        <translation>{0} ({1}, fyller {2})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="285"/>
        <source>Birthdays this week: {0}</source>
        <translation>Fødselsdager denne uken: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="307"/>
        <source>everyone&apos;s follow-ups</source>
        <translation>alles oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="309"/>
        <source>follow-ups for {0} and unassigned ones</source>
        <translation>oppfølginger for {0} og de som ikke er tildelt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Your contacts today</source>
        <translation>Dine kontakter i dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="315"/>
        <source>Contacts logged today</source>
        <translation>Kontakter registrert i dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Your open contacts</source>
        <translation>Dine åpne kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="319"/>
        <source>Contacts not resolved yet, of any day</source>
        <translation>Kontakter som ikke er løst ennå, fra alle dager</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Follow-ups past their due date or time</source>
        <translation>Oppfølginger der fristdatoen eller klokkeslettet er passert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Follow-ups due later today</source>
        <translation>Oppfølginger med frist senere i dag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="326"/>
        <source>No follow-up is overdue or due today. Log a contact when a customer calls or comes by.</source>
        <translation>Ingen oppfølginger er over fristen eller har frist i dag. Registrer en kontakt når en kunde ringer eller kommer innom.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="330"/>
        <source>1 follow-up is coming up in the next 7 days.</source>
        <translation>1 oppfølging kommer i løpet av de neste 7 dagene.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="332"/>
        <source>{0} follow-ups are coming up in the next 7 days.</source>
        <translation>{0} oppfølginger kommer i løpet av de neste 7 dagene.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="335"/>
        <source>Switch to Everyone&apos;s to see your colleagues&apos; follow-ups.</source>
        <translation>Bytt til Alles for å se oppfølgingene til kollegaene dine.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="61"/>
        <source>Marked done: {0}</source>
        <translation>Merket som utført: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="66"/>
        <source>Resolve its contact</source>
        <translation>Merk kontakten som løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="105"/>
        <source>Snoozed until {0}: {1}</source>
        <translation>Utsatt til {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="128"/>
        <source>Contact resolved</source>
        <translation>Kontakten er merket som løst</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="158"/>
        <source>Undone</source>
        <translation>Angret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="163"/>
        <source>Follow-up not changed</source>
        <translation>Oppfølgingen ble ikke endret</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="346"/>
        <source>Choose who is at the counter to see only their follow-ups</source>
        <translation>Velg hvem som står i kassen for å se bare deres oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="348"/>
        <source>Show the follow-ups of {0} and unassigned ones</source>
        <translation>Vis oppfølgingene til {0} og de som ikke er tildelt</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="29"/>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="40"/>
        <location filename="../../ui/widgets/undo_bar.py" line="41"/>
        <source>Close this message</source>
        <translation>Lukk denne meldingen</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/unsaved.py" line="47"/>
        <source>Changes to {0}&apos;s details</source>
        <translation>Endringer i opplysningene til {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="70"/>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="71"/>
        <source>Not saved yet:
{0}

Save before quitting?</source>
        <translation>Ikke lagret ennå:
{0}

Lagre før du avslutter?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="73"/>
        <source>Save and quit</source>
        <translation>Lagre og avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="74"/>
        <source>Quit without saving</source>
        <translation>Avslutt uten å lagre</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="75"/>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
<context>
    <name>UpcomingSection</name>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="45"/>
        <source>Upcoming follow-ups</source>
        <translation>Kommende oppfølginger</translation>
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
            <numerusform>Kommende i løpet av %n dag ({0})</numerusform>
            <numerusform>Kommende i løpet av %n dager ({0})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Show the follow-ups due soon</source>
        <translation>Vis oppfølgingene som snart har frist</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Hide them</source>
        <translation>Skjul dem</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="47"/>
        <location filename="../../ui/dialogs/welcome.py" line="54"/>
        <source>Welcome to Carebook</source>
        <translation>Velkommen til Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="57"/>
        <source>Two questions and you are ready. You can change both later under Edit › Shop settings.</source>
        <translation>To spørsmål, så er du klar. Du kan endre begge senere under Rediger › Butikkinnstillinger.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="71"/>
        <source>e.g. Corner Bikes</source>
        <translation>f.eks. Hjørnesykkel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="72"/>
        <source>Your &amp;shop&apos;s name:</source>
        <translation>Navnet på &amp;butikken:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="74"/>
        <source>e.g. Maria Jensen</source>
        <translation>f.eks. Kari Nordmann</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="77"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Ditt navn:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="79"/>
        <source>You become the shop&apos;s owner in Carebook: you can add staff and change settings.</source>
        <translation>Du blir butikkens eier i Carebook: du kan legge til ansatte og endre innstillinger.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="87"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="89"/>
        <source>How do you want to start?</source>
        <translation>Hvordan vil du starte?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="91"/>
        <source>Start with an empty customer list</source>
        <translation>Start med en tom kundeliste</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="93"/>
        <source>Load demo data to try Carebook first (made-up customers, contacts and scores)</source>
        <translation>Last inn demodata for å prøve Carebook først (oppdiktede kunder, kontakter og vurderinger)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="96"/>
        <source>Import my customers from a spreadsheet (CSV) or an address book (vCard)</source>
        <translation>Importer kundene mine fra et regneark (CSV) eller en adressebok (vCard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="105"/>
        <source>This counter joins a shop on a &amp;server…</source>
        <translation>Denne kassen kobles til en butikk på en &amp;server…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="108"/>
        <source>Several counters share one shop on a PostgreSQL server: connect to it instead</source>
        <translation>Flere kasser deler én butikk på en PostgreSQL-server: koble til den i stedet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Start Carebook</source>
        <translation>Start Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="159"/>
        <source>Please enter your shop&apos;s name.</source>
        <translation>Skriv inn navnet på butikken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="162"/>
        <source>Please enter your name.</source>
        <translation>Skriv inn navnet ditt.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>There is no active staff member called “{0}”.</source>
        <translation>Det finnes ingen aktiv ansatt som heter «{0}».</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Try again</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="115"/>
        <source>Use this computer&apos;s file</source>
        <translation>Bruk filen på denne datamaskinen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116"/>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Cannot open the shop&apos;s server</source>
        <translation>Kan ikke åpne butikkens server</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Staff member not found</source>
        <translation>Fant ikke den ansatte</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>Carebook</source>
        <translation>Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>Carebook cannot start</source>
        <translation>Carebook kan ikke starte</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/widgets/chart_bars.py" line="56"/>
        <location filename="../../ui/widgets/chart_bars.py" line="131"/>
        <source>Nothing to show yet</source>
        <translation>Ingenting å vise ennå</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="54"/>
        <source>No data in these months</source>
        <translation>Ingen data i disse månedene</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="91"/>
        <source>no data</source>
        <translation>ingen data</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="258"/>
        <source>{0}: no data</source>
        <translation>{0}: ingen data</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="121"/>
        <source>No data yet</source>
        <translation>Ingen data ennå</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="110"/>
        <source>The details were written to {0}.</source>
        <translation>Detaljene ble skrevet til {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="112"/>
        <source>The details could not be written to the log file.</source>
        <translation>Detaljene kunne ikke skrives til loggfilen.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Something went wrong inside Carebook: {0}</source>
        <translation>Noe gikk galt i Carebook: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="118"/>
        <source>Your data is safe. Carebook keeps running; if a window looks wrong, close and reopen it.</source>
        <translation>Dataene dine er trygge. Carebook fortsetter å kjøre; hvis et vindu ser feil ut, lukk det og åpne det igjen.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="128"/>
        <source>Unexpected error</source>
        <translation>Uventet feil</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="85"/>
        <source>Back up now</source>
        <translation>Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="86"/>
        <source>No shop is open, so there is nothing to back up.</source>
        <translation>Ingen butikk er åpen, så det er ingenting å sikkerhetskopiere.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="96"/>
        <source>Backup saved: {0}</source>
        <translation>Sikkerhetskopi lagret: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="101"/>
        <source>No backup made</source>
        <translation>Ingen sikkerhetskopi laget</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="104"/>
        <source>A backup is being made already.</source>
        <translation>En sikkerhetskopi lages allerede.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="108"/>
        <source>Making a backup…</source>
        <translation>Lager sikkerhetskopi…</translation>
    </message>
</context>
<context>
    <name>db_recovery</name>
    <message>
        <location filename="../../ui/db_recovery.py" line="68"/>
        <source>it cannot be opened</source>
        <translation>den kan ikke åpnes</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="71"/>
        <source>{0} links between records point nowhere</source>
        <translation>{0} koblinger mellom oppføringer peker ingen steder</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="77"/>
        <source>Carebook found problems in its data file {0} ({1}).

It can set this file aside (renamed, not deleted) and continue with the newest good backup, made {2}. Anything entered after that backup is in the set-aside file only.</source>
        <translation>Carebook fant problemer i datafilen {0} ({1}).

Den kan legge filen til side (omdøpt, ikke slettet) og fortsette med den nyeste feilfrie sikkerhetskopien, tatt {2}. Det som ble registrert etter den sikkerhetskopien, finnes bare i filen som ble lagt til side.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="85"/>
        <location filename="../../ui/db_recovery.py" line="95"/>
        <source>The data file is damaged</source>
        <translation>Datafilen er skadet</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="87"/>
        <source>Set it aside and use the backup</source>
        <translation>Legg den til side og bruk sikkerhetskopien</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="88"/>
        <source>Keep the damaged file for now</source>
        <translation>Behold den skadede filen inntil videre</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="96"/>
        <source>Carebook found problems in its data file {0} ({1}) and no good backup to replace it. Make a copy of the file before changing anything, and ask for help.</source>
        <translation>Carebook fant problemer i datafilen {0} ({1}) og ingen feilfri sikkerhetskopi å erstatte den med. Ta en kopi av filen før du endrer noe, og be om hjelp.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="149"/>
        <location filename="../../ui/db_recovery.py" line="184"/>
        <source>Backup restored</source>
        <translation>Sikkerhetskopien er gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="150"/>
        <source>The damaged file was kept as {0}. Carebook now starts with the backup made {1}.</source>
        <translation>Den skadede filen er tatt vare på som {0}. Carebook starter nå med sikkerhetskopien fra {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="176"/>
        <source>Not restored</source>
        <translation>Ikke gjenopprettet</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="185"/>
        <source>The damaged file was kept as {0}. Carebook now works with the backup made {1}.</source>
        <translation>Den skadede filen er tatt vare på som {0}. Carebook bruker nå sikkerhetskopien fra {1}.</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="30"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="32"/>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="48"/>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="49"/>
        <source>Overdue since {0}</source>
        <translation>Over fristen siden {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="53"/>
        <source>Overdue by 1 day</source>
        <translation>1 dag over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="54"/>
        <source>Overdue by {0} days</source>
        <translation>{0} dager over fristen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="57"/>
        <source>Due today</source>
        <translation>Frist i dag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="58"/>
        <source>Due at {0}</source>
        <translation>Frist kl. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="61"/>
        <source>Due {0}</source>
        <translation>Frist {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="62"/>
        <source>Due {0} at {1}</source>
        <translation>Frist {0} kl. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="68"/>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="70"/>
        <source>tomorrow</source>
        <translation>i morgen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="75"/>
        <source>{0} at {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="86"/>
        <source>No scores yet</source>
        <translation>Ingen vurderinger ennå</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="87"/>
        <source>Last score {0}</source>
        <translation>Siste vurdering {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="92"/>
        <source>No open contacts</source>
        <translation>Ingen åpne kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="94"/>
        <source>1 open contact</source>
        <translation>1 åpen kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="95"/>
        <source>{0} open contacts</source>
        <translation>{0} åpne kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="101"/>
        <source>Unassigned</source>
        <translation>Ikke tildelt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="104"/>
        <source>For {0}</source>
        <translation>For {0}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="302"/>
        <source>Something could not be done</source>
        <translation>Noe kunne ikke gjøres</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../ui/keys.py" line="71"/>
        <source>Any dialog</source>
        <translation>Alle dialoger</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="72"/>
        <source>Log a contact</source>
        <translation>Registrer en kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="76"/>
        <source>Save, from any field</source>
        <translation>Lagre, fra alle felt</translation>
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
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>In person</source>
        <translation>Personlig oppmøte</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Social media</source>
        <translation>Sosiale medier</translation>
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
        <translation>Selvbetjening</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Inbound</source>
        <translation>Innkommende</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Outbound</source>
        <translation>Utgående</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Inquiry</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Technical</source>
        <translation>Teknisk</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Order / return</source>
        <translation>Bestilling / retur</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Billing</source>
        <translation>Faktura</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Recommendation</source>
        <translation>Anbefaling</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Complaint</source>
        <translation>Klage</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Compliment</source>
        <translation>Ros</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>High</source>
        <translation>Høy</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Owner</source>
        <translation>Eier</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Staff</source>
        <translation>Ansatt</translation>
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
        <translation>Tilfredshet (1 = svært misfornøyd, 5 = svært fornøyd)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Would recommend us (0 = not at all, 10 = certainly)</source>
        <translation>Vil anbefale oss (0 = absolutt ikke, 10 = helt sikkert)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Ease (1 = very hard, 7 = very easy)</source>
        <translation>Enkelhet (1 = svært vanskelig, 7 = svært enkelt)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="111"/>
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="132"/>
        <source>Customers</source>
        <translation>Kunder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="178"/>
        <source>Follow-ups</source>
        <translation>Oppfølginger</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="164"/>
        <source>Satisfaction</source>
        <translation>Tilfredshet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="177"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
</context>
<context>
    <name>scheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="134"/>
        <source>Backup saved: {0}</source>
        <translation>Sikkerhetskopi lagret: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="144"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Den automatiske sikkerhetskopieringen mislyktes: {0}</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="27"/>
        <source>In the future</source>
        <translation>I fremtiden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="29"/>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="31"/>
        <source>Yesterday</source>
        <translation>I går</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="33"/>
        <source>{0} days ago</source>
        <translation>For {0} dager siden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="35"/>
        <source>{0} weeks ago</source>
        <translation>For {0} uker siden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="38"/>
        <source>{0} months ago</source>
        <translation>For {0} måneder siden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="39"/>
        <source>{0} years ago</source>
        <translation>For {0} år siden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="55"/>
        <source>{0}, {1}</source>
        <translation>{0} kl. {1}</translation>
    </message>
</context>
</TS>
