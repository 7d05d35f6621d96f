<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about.py" line="33"/>
        <source>About Carebook</source>
        <translation>O programie Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="37"/>
        <source>Carebook {0}</source>
        <translation>Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="40"/>
        <source>Customer care for small shops: customers, contacts, follow-ups and satisfaction.</source>
        <translation>Obsługa klientów dla małych sklepów: klienci, kontakty, przypomnienia i zadowolenie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="55"/>
        <source>Data folder:</source>
        <translation>Folder danych:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="56"/>
        <source>Database:</source>
        <translation>Baza danych:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about.py" line="57"/>
        <source>Log file:</source>
        <translation>Plik dziennika:</translation>
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
        <translation>Otwórz folder danych</translation>
    </message>
</context>
<context>
    <name>AddTagDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="67"/>
        <source>Add a tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="69"/>
        <source>Add a tag to {0}.</source>
        <translation>Dodaj tag do: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="83"/>
        <source>Choose or type a tag, e.g. VIP</source>
        <translation>Wybierz lub wpisz tag, np. VIP</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="85"/>
        <source>A new name creates the tag.</source>
        <translation>Nowa nazwa tworzy nowy tag.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="87"/>
        <source>Add tag</source>
        <translation>Dodaj tag</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="95"/>
        <source>Tag “{0}” added to {1}</source>
        <translation>Dodano tag „{0}” do: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="97"/>
        <source> ({0} had it already)</source>
        <translation> (już z tym tagiem: {0})</translation>
    </message>
</context>
<context>
    <name>Arrivals</name>
    <message>
        <location filename="../../ui/arrivals.py" line="127"/>
        <source>New follow-up for you: {0}, due {1}</source>
        <translation>Nowe przypomnienie dla Ciebie: {0}, termin {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/arrivals.py" line="131"/>
        <source>%n new follow-ups for you</source>
        <translation>
            <numerusform>%n nowe przypomnienie dla Ciebie</numerusform>
            <numerusform>%n nowe przypomnienia dla Ciebie</numerusform>
            <numerusform>%n nowych przypomnień dla Ciebie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="106"/>
        <source>The quick check of the data file could not run: {0}</source>
        <translation>Nie udało się wykonać szybkiego sprawdzenia pliku danych: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="56"/>
        <source>Backups and restore</source>
        <translation>Kopie zapasowe i przywracanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="62"/>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="66"/>
        <source>Carebook copies your data by itself: when you quit, and every 30 minutes while you work. It keeps the newest copy of each of the last 12 days, 10 weeks and 9 months.</source>
        <translation>Carebook sam kopiuje Twoje dane: przy zamykaniu programu i co 30 minut w trakcie pracy. Przechowuje najnowszą kopię z każdego z ostatnich 12 dni, 10 tygodni i 9 miesięcy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="83"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="84"/>
        <source>Backups, newest first</source>
        <translation>Kopie zapasowe, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="92"/>
        <source>No backups yet. Click “Back up now”, or let Carebook make one when you quit.</source>
        <translation>Nie ma jeszcze kopii zapasowych. Kliknij „Zrób kopię zapasową teraz” albo pozwól, by Carebook zrobił ją przy zamykaniu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="100"/>
        <source>&amp;Back up now</source>
        <translation>Zrób &amp;kopię zapasową teraz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="102"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Przywróć…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="103"/>
        <source>Replace the current data with the chosen backup</source>
        <translation>Zastąp bieżące dane wybraną kopią zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="105"/>
        <source>Restore from a &amp;file…</source>
        <translation>Przywróć z pl&amp;iku…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="107"/>
        <source>&amp;Open folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="141"/>
        <source>Folder: {0} (change it in Shop settings)</source>
        <translation>Folder: {0} (zmienisz go w Ustawieniach sklepu)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="151"/>
        <source>Your data before the last restore</source>
        <translation>Twoje dane sprzed ostatniego przywrócenia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="153"/>
        <source>Your data before an earlier restore</source>
        <translation>Twoje dane sprzed wcześniejszego przywrócenia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="183"/>
        <source>Making a backup…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="187"/>
        <source>Backup saved: {0}</source>
        <translation>Zapisano kopię zapasową: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="191"/>
        <source>No backup made: {0}</source>
        <translation>Nie utworzono kopii zapasowej: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="203"/>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="204"/>
        <source>Carebook backups (*.sqlite3 *.before-restore*);;All files (*)</source>
        <translation>Kopie zapasowe Carebook (*.sqlite3 *.before-restore*);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="214"/>
        <source>Replace the shop on the server, which every counter uses, with the backup {0}?

Everything entered since that backup is set aside: the current data is first kept as a backup in {1}, so you can go back to it.</source>
        <translation>Zastąpić sklep na serwerze, z którego korzystają wszystkie stanowiska, kopią zapasową {0}?

Wszystko, co wprowadzono od czasu tej kopii, zostanie odłożone: bieżące dane zostaną najpierw zachowane jako kopia zapasowa w {1}, więc możesz do nich wrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="220"/>
        <source>Replace all of Carebook&apos;s data with the backup {0}?

Everything entered since that backup is set aside: the current data is kept as {1} in {2}, so you can go back to it.</source>
        <translation>Zastąpić wszystkie dane Carebook kopią zapasową {0}?

Wszystko, co wprowadzono od czasu tej kopii, zostanie odłożone: bieżące dane zostaną zachowane jako {1} w {2}, więc możesz do nich wrócić.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="229"/>
        <source>This backup holds far less than the current data: {0}.</source>
        <translation>Ta kopia zapasowa zawiera znacznie mniej niż bieżące dane: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="230"/>
        <source>{0} customers -&gt; {1}, {2} contacts -&gt; {3}</source>
        <translation>klienci: {0} -&gt; {1}, kontakty: {2} -&gt; {3}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="239"/>
        <source>Restore this backup?</source>
        <translation>Przywrócić tę kopię zapasową?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="241"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="242"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="251"/>
        <source>Not restored</source>
        <translation>Nie przywrócono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="260"/>
        <source>Restored {0}. The data as it was before is kept in {1}.</source>
        <translation>Przywrócono {0}. Dane sprzed przywrócenia są zachowane w {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="262"/>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="270"/>
        <source>Cannot open the folder</source>
        <translation>Nie można otworzyć folderu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="283"/>
        <source>Regular backup</source>
        <translation>Zwykła kopia zapasowa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="285"/>
        <source>Before an upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/backups_dialog.py" line="287"/>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
</context>
<context>
    <name>BaseDialog</name>
    <message>
        <location filename="../../ui/dialogs/base.py" line="284"/>
        <source>Draft kept: it comes back the next time you open this.</source>
        <translation>Szkic zachowany: wróci przy następnym otwarciu tego okna.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="301"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="302"/>
        <source>What you typed in “{0}” is not saved yet.</source>
        <translation>To, co wpisano w „{0}”, nie jest jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="306"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="307"/>
        <source>Discard</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="308"/>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="335"/>
        <source>{0} saves from any field</source>
        <translation>{0} zapisuje z dowolnego pola</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="363"/>
        <source>Please check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/base.py" line="366"/>
        <location filename="../../ui/dialogs/base.py" line="374"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
</context>
<context>
    <name>BulkDialogs</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="40"/>
        <source>1 customer</source>
        <translation>1 klient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="42"/>
        <source>{0} customers</source>
        <translation>{0} klientów</translation>
    </message>
</context>
<context>
    <name>BulkFollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="109"/>
        <source>Plan follow-ups</source>
        <translation>Zaplanuj przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="112"/>
        <source>Plan one follow-up for each of {0}.</source>
        <translation>Zaplanuj po jednym przypomnieniu dla każdego z: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="117"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="119"/>
        <source>Any time</source>
        <translation>Dowolna godzina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>&amp;Time:</source>
        <translation>&amp;Godzina:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="121"/>
        <source>Optional, e.g. 14:30.</source>
        <translation>Opcjonalnie, np. 14:30.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="125"/>
        <source>Nobody yet</source>
        <translation>Na razie nikt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="132"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Przypisano do:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="133"/>
        <source>&amp;High priority: show them first</source>
        <translation>&amp;Wysoki priorytet: pokaż je najpierw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="134"/>
        <source>Priority:</source>
        <translation>Priorytet:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="136"/>
        <source>What should be done, e.g. “Tell them about the spring sale”</source>
        <translation>Co trzeba zrobić, np. „Powiedz o wiosennej wyprzedaży”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="139"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter zapisuje; Shift+Enter zaczyna nowy wiersz.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="141"/>
        <source>Plan {0}</source>
        <translation>Zaplanuj {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>1 follow-up</source>
        <translation>1 przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="154"/>
        <source>{0} follow-ups</source>
        <translation>przypomnienia: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/bulk_dialogs.py" line="178"/>
        <source>{0} planned</source>
        <translation>Zaplanowano {0}</translation>
    </message>
</context>
<context>
    <name>ChangedNotice</name>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="119"/>
        <source>Deleted at another counter. Your changes are kept on screen; saving will say what can be done.</source>
        <translation>Usunięto na innym stanowisku. Twoje zmiany zostają na ekranie; przy zapisie zobaczysz, co można zrobić.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/changed_notice.py" line="123"/>
        <source>Changed at another counter. Your changes are kept; saving will compare them.</source>
        <translation>Zmieniono na innym stanowisku. Twoje zmiany zostały zachowane; przy zapisie zostaną porównane.</translation>
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
        <translation>Kanał kontaktu, skrót {0}</translation>
    </message>
</context>
<context>
    <name>ChoiceDelegate</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="54"/>
        <source>What to do with this row</source>
        <translation>Co zrobić z tym wierszem</translation>
    </message>
</context>
<context>
    <name>Colleagues</name>
    <message>
        <location filename="../../ui/colleagues.py" line="121"/>
        <source>Also at the counters: {0}</source>
        <translation>Także przy stanowiskach: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="128"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="131"/>
        <source>Nobody chosen</source>
        <translation>Nikogo nie wybrano</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="133"/>
        <source>{0} at {1}: seen just now</source>
        <translation>{0} na {1}: ostatnio widziano przed chwilą</translation>
    </message>
    <message>
        <location filename="../../ui/colleagues.py" line="136"/>
        <source>{0} at {1}: last seen at {2}</source>
        <translation>{0} na {1}: ostatnio widziano o {2}</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="46"/>
        <source>Changed at another counter</source>
        <translation>Zmieniono na innym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="54"/>
        <source>Someone saved this record at another counter while you were editing it. Choose which value to keep for each field both of you changed.</source>
        <translation>Ktoś zapisał ten wpis na innym stanowisku, gdy go edytowałeś. Wybierz, którą wartość zachować dla każdego pola zmienionego przez was obu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>Yours</source>
        <translation>Twoja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="64"/>
        <source>At the other counter</source>
        <translation>Na innym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="76"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: yours</source>
        <translation>{0}: twoja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="80"/>
        <source>{0}: at the other counter</source>
        <translation>{0}: na innym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="98"/>
        <source>Merged by themselves: {0}</source>
        <translation>Scalone samoczynnie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="103"/>
        <source>Keep all mine</source>
        <translation>Zachowaj wszystkie moje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="104"/>
        <source>Take all theirs</source>
        <translation>Weź wszystkie tamte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="105"/>
        <source>Save my choices</source>
        <translation>Zapisz moje wybory</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_dialog.py" line="108"/>
        <source>Back to the form</source>
        <translation>Wróć do formularza</translation>
    </message>
</context>
<context>
    <name>ConflictFlow</name>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="44"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="46"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="104"/>
        <source>Deleted at another counter</source>
        <translation>Usunięto na innym stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="105"/>
        <source>This record was deleted at another counter (or merged into another record), so your changes cannot be saved to it. What you typed is kept: it comes back as a draft the next time you open this.</source>
        <translation>Ten wpis usunięto na innym stanowisku (lub scalono z innym), więc nie można w nim zapisać twoich zmian. To, co wpisałeś, zostaje zachowane: wróci jako szkic przy następnym otwarciu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="125"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="133"/>
        <source>It was deleted at another counter in the meantime.</source>
        <translation>W międzyczasie usunięto go na innym stanowisku.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="137"/>
        <source>It was changed at another counter since you looked at it, so nothing was done. Look at it again, then try once more.</source>
        <translation>Zmieniono go na innym stanowisku, odkąd go oglądałeś, więc nic nie zrobiono. Obejrzyj go ponownie i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/conflict_flow.py" line="142"/>
        <source>Changed at another counter</source>
        <translation>Zmieniono na innym stanowisku</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="52"/>
        <source>Connect to the shop&apos;s server</source>
        <translation>Połącz z serwerem sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="58"/>
        <source>A shop with several counters keeps its data on a PostgreSQL server, usually the back-office PC. Ask whoever set it up for these details.</source>
        <translation>Sklep z kilkoma stanowiskami przechowuje dane na serwerze PostgreSQL, zwykle na komputerze na zapleczu. Zapytaj osobę, która go konfigurowała, o te dane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="68"/>
        <source>e.g. 192.168.1.10 or backoffice.local</source>
        <translation>np. 192.168.1.10 lub zaplecze.local</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="69"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="73"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="75"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza danych:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="77"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="81"/>
        <source>kept on this computer; type to change it</source>
        <translation>zapisane na tym komputerze; wpisz, aby zmienić</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="84"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="86"/>
        <source>Kept in this computer&apos;s keychain (or an owner-only file), never shown.</source>
        <translation>Przechowywane w pęku kluczy tego komputera (lub w pliku dostępnym tylko dla właściciela), nigdy nie jest wyświetlane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="89"/>
        <source>&amp;Test</source>
        <translation>Sp&amp;rawdź</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="106"/>
        <source>&amp;Connect</source>
        <translation>Połą&amp;cz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="125"/>
        <source>Please fill this in.</source>
        <translation>Wypełnij to pole.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/connect_dialog.py" line="144"/>
        <source>Connecting to {0}…</source>
        <translation>Łączenie z {0}…</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Edit contact</source>
        <translation>Edytuj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="147"/>
        <source>Log a contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="167"/>
        <source>Save contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="169"/>
        <source>Enter saves; Ctrl+Enter saves from any field, the notes too</source>
        <translation>Enter zapisuje; Ctrl+Enter zapisuje z dowolnego pola, także z notatek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="182"/>
        <source>{0} (inactive)</source>
        <translation>{0} (nieaktywny)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="184"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="188"/>
        <source>Anyone (unassigned)</source>
        <translation>Ktokolwiek (nieprzypisane)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="212"/>
        <source>This follow-up (due {0}) is already done.</source>
        <translation>To przypomnienie (termin {0}) jest już wykonane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="214"/>
        <source>Logging the follow-up due {0}. Saving marks it done.</source>
        <translation>Rejestrujesz przypomnienie z terminem {0}. Zapisanie oznaczy je jako wykonane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="235"/>
        <source>on {0}</source>
        <translation>dnia {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="259"/>
        <source>{0} for {1}</source>
        <translation>{0} dla: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <source>Contact saved</source>
        <translation>Zapisano kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_dialog.py" line="325"/>
        <location filename="../../ui/dialogs/contact_dialog.py" line="332"/>
        <source>Contact updated</source>
        <translation>Zaktualizowano kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="98"/>
        <source>Move the rest to Notes</source>
        <translation>Przenieś resztę do notatek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="101"/>
        <source>Keep the first {0} characters as the summary, the rest goes to the top of Notes</source>
        <translation>Zostaw pierwsze znaki ({0}) jako podsumowanie, reszta trafi na początek notatek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_input.py" line="133"/>
        <source>Moved {0:,} characters to Notes</source>
        <translation>Przeniesiono znaki do notatek: {0:,}</translation>
    </message>
</context>
<context>
    <name>ContactFields</name>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="74"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="76"/>
        <source>First and last name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="78"/>
        <location filename="../../ui/dialogs/contact_sections.py" line="80"/>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="82"/>
        <source>N&amp;ame:</source>
        <translation>N&amp;azwa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="83"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="84"/>
        <source>E&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="89"/>
        <source>Channel:</source>
        <translation>Kanał:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="90"/>
        <source>Alt+1 … Alt+7 choose a channel</source>
        <translation>Alt+1 … Alt+7 wybierają kanał</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="92"/>
        <source>&amp;Inbound</source>
        <translation>&amp;Przychodzący</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="93"/>
        <source>The customer got in touch</source>
        <translation>Klient się odezwał</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="94"/>
        <source>&amp;Outbound</source>
        <translation>&amp;Wychodzący</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="95"/>
        <source>The shop got in touch</source>
        <translation>Sklep się odezwał</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="101"/>
        <source>Direction:</source>
        <translation>Kierunek:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="108"/>
        <source>&amp;Reason:</source>
        <translation>P&amp;owód:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="111"/>
        <source>One line: what was it about?</source>
        <translation>Jeden wiersz: czego dotyczył?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="112"/>
        <source>&amp;Summary:</source>
        <translation>Po&amp;dsumowanie:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="115"/>
        <source>Details, if any (Ctrl+Enter saves)</source>
        <translation>Szczegóły, jeśli są (Ctrl+Enter zapisuje)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="117"/>
        <source>Not&amp;es:</source>
        <translation>Notatk&amp;i:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="118"/>
        <source>Resol&amp;ved in this contact</source>
        <translation>Rozwiąza&amp;no w tym kontakcie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="120"/>
        <source>Nothing is left to do: the contact counts as resolved at first contact</source>
        <translation>Nic nie zostało do zrobienia: kontakt liczy się jako rozwiązany przy pierwszym kontakcie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="123"/>
        <source>Resolved in this contact</source>
        <translation>Rozwiązano w tym kontakcie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="135"/>
        <source>W&amp;hen:</source>
        <translation>Kied&amp;y:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="137"/>
        <source>S&amp;taff:</source>
        <translation>Pra&amp;cownik:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="140"/>
        <source>How long the customer waited before being served; leave empty if unknown</source>
        <translation>Jak długo klient czekał na obsługę; zostaw puste, jeśli nie wiadomo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="143"/>
        <source>How long the contact took; leave empty if unknown</source>
        <translation>Jak długo trwał kontakt; zostaw puste, jeśli nie wiadomo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="145"/>
        <source>&amp;Waited:</source>
        <translation>C&amp;zekał:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="146"/>
        <source>&amp;Duration:</source>
        <translation>Czas t&amp;rwania:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="149"/>
        <source>minutes</source>
        <translation>minuty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="152"/>
        <source>Resolved</source>
        <translation>Rozwiązany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="153"/>
        <source>Unticked, the contact is open: something is still to be done</source>
        <translation>Bez zaznaczenia kontakt jest otwarty: coś jeszcze trzeba zrobić</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="157"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="164"/>
        <source>Satisfaction (optional)</source>
        <translation>Zadowolenie (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="174"/>
        <source>What the customer said about it</source>
        <translation>Co klient o tym powiedział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="175"/>
        <source>&amp;Feedback:</source>
        <translation>Opinia k&amp;lienta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="179"/>
        <source>Scores:</source>
        <translation>Oceny:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="185"/>
        <source>Follow-up (optional)</source>
        <translation>Przypomnienie (opcjonalnie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="188"/>
        <source>No follow-up</source>
        <translation>Bez przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="189"/>
        <source>In 2 days</source>
        <translation>Za 2 dni</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="190"/>
        <source>Next week</source>
        <translation>W przyszłym tygodniu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="191"/>
        <source>On a date…</source>
        <translation>W wybranym dniu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="198"/>
        <source>Follow-up date</source>
        <translation>Data przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="202"/>
        <source>Follow-&amp;up:</source>
        <translation>Przypomni&amp;enie:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="209"/>
        <source>Assi&amp;gned to:</source>
        <translation>Przypi&amp;sano do:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="212"/>
        <source>What to do (the summary if left empty)</source>
        <translation>Co zrobić (jeśli puste, użyte zostanie podsumowanie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/contact_sections.py" line="214"/>
        <source>Fo&amp;llow-up note:</source>
        <translation>&amp;Uwagi do przypomnienia:</translation>
    </message>
</context>
<context>
    <name>ContactFilters</name>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="80"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="81"/>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="82"/>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="83"/>
        <source>Custom range</source>
        <translation>Własny zakres</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="87"/>
        <source>Period</source>
        <translation>Okres</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="90"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="98"/>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="99"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="102"/>
        <source>All reasons</source>
        <translation>Wszystkie powody</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="103"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="105"/>
        <location filename="../../ui/widgets/contact_filters.py" line="133"/>
        <source>All staff</source>
        <translation>Wszyscy pracownicy</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="106"/>
        <source>Staff</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="107"/>
        <source>Open and resolved</source>
        <translation>Otwarte i rozwiązane</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="108"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/contact_filters.py" line="135"/>
        <source>{0} (inactive)</source>
        <translation>{0} (nieaktywny)</translation>
    </message>
</context>
<context>
    <name>ContactLine</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="110"/>
        <source>{0} (open)</source>
        <translation>{0} (otwarty)</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="198"/>
        <source>Click to sort by this column</source>
        <translation>Kliknij, aby sortować według tej kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="199"/>
        <source>Sort by date, customer, channel, reason, staff or status</source>
        <translation>Sortuj według daty, klienta, kanału, powodu, pracownika lub statusu</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="206"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="207"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="208"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="209"/>
        <source>Direction</source>
        <translation>Kierunek</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="210"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="211"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="212"/>
        <source>Staff</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="213"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="214"/>
        <source>Wait</source>
        <translation>Oczekiwanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="215"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="257"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="269"/>
        <source>Resolved in the first contact, {0}</source>
        <translation>Rozwiązany przy pierwszym kontakcie, {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/contacts_model.py" line="270"/>
        <source>Resolved {0}</source>
        <translation>Rozwiązany {0}</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="66"/>
        <location filename="../../ui/pages/contacts.py" line="100"/>
        <source>Log a contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="67"/>
        <source>Log a contact (Ctrl+L)</source>
        <translation>Zarejestruj kontakt (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="78"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="79"/>
        <source>Edit the contact (Enter or double-click)</source>
        <translation>Edytuj kontakt (Enter lub dwuklik)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="80"/>
        <source>&amp;Resolve</source>
        <translation>&amp;Rozwiąż</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="81"/>
        <source>Mark the selected contacts resolved</source>
        <translation>Oznacz zaznaczone kontakty jako rozwiązane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="82"/>
        <source>Re&amp;open</source>
        <translation>&amp;Otwórz ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="83"/>
        <source>Open the selected contacts again</source>
        <translation>Otwórz ponownie zaznaczone kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="85"/>
        <source>Open &amp;customer</source>
        <translation>Pokaż &amp;klienta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="99"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="122"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="199"/>
        <source>Contacts could not be loaded: {0}</source>
        <translation>Nie udało się wczytać kontaktów: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="223"/>
        <source>Contacts can be sorted by date, customer, channel, reason, staff or status.</source>
        <translation>Kontakty można sortować według daty, klienta, kanału, powodu, pracownika lub statusu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="232"/>
        <source>Could not load contacts: {0}</source>
        <translation>Nie udało się wczytać kontaktów: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="234"/>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="236"/>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="238"/>
        <source>{0} contacts</source>
        <translation>Kontakty: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="246"/>
        <source>No contacts match these filters</source>
        <translation>Żaden kontakt nie pasuje do tych filtrów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="248"/>
        <source>No contacts in {0}</source>
        <translation>Brak kontaktów w okresie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="249"/>
        <source>Try another period, or clear the filters.</source>
        <translation>Wybierz inny okres albo wyczyść filtry.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="251"/>
        <source>Log a contact with Ctrl+L when a customer calls, writes or comes by the shop.</source>
        <translation>Rejestruj kontakt klawiszami Ctrl+L, gdy klient dzwoni, pisze lub przychodzi do sklepu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="307"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="315"/>
        <source>Contacts resolved: {0}</source>
        <translation>Rozwiązane kontakty: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/contacts.py" line="317"/>
        <source>Contacts reopened: {0}</source>
        <translation>Ponownie otwarte kontakty: {0}</translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="29"/>
        <source>Click to change who is at the counter</source>
        <translation>Kliknij, aby zmienić osobę przy stanowisku</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="39"/>
        <source>Nobody at the counter — choose</source>
        <translation>Nikt przy stanowisku — wybierz</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/counter_button.py" line="41"/>
        <source>At the counter: {0}</source>
        <translation>Przy stanowisku: {0}</translation>
    </message>
</context>
<context>
    <name>CounterDialog</name>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="24"/>
        <source>Who is at the counter?</source>
        <translation>Kto jest przy stanowisku?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="26"/>
        <source>Contacts you log and follow-ups you complete are recorded under this name.</source>
        <translation>Kontakty, które rejestrujesz, i przypomnienia, które wykonujesz, są zapisywane pod tym nazwiskiem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="31"/>
        <source>Staff members</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/counter_dialog.py" line="44"/>
        <source>Start</source>
        <translation>Zacznij</translation>
    </message>
</context>
<context>
    <name>CustomerActions</name>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="45"/>
        <source>1 customer</source>
        <translation>1 klient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="47"/>
        <source>{0} customers</source>
        <translation>{0} klientów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="57"/>
        <source>Add &amp;tag…</source>
        <translation>Dodaj &amp;tag…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="63"/>
        <source>Plan &amp;follow-ups…</source>
        <translation>Zaplanuj &amp;przypomnienia…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="68"/>
        <source>Move to t&amp;rash</source>
        <translation>Przenieś do &amp;kosza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="73"/>
        <source>&amp;Restore</source>
        <translation>P&amp;rzywróć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="76"/>
        <source>Add a tag to the selected customers (Ctrl+T)</source>
        <translation>Dodaj tag do zaznaczonych klientów (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="79"/>
        <source>Plan one follow-up for each selected customer</source>
        <translation>Zaplanuj po jednym przypomnieniu dla każdego zaznaczonego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="82"/>
        <source>Move the selected customers to the trash (Delete)</source>
        <translation>Przenieś zaznaczonych klientów do kosza (Delete)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="85"/>
        <source>Take the selected customers out of the trash</source>
        <translation>Wyjmij zaznaczonych klientów z kosza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="129"/>
        <source>Select all {0}</source>
        <translation>Zaznacz {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="143"/>
        <source>{0} selected</source>
        <translation>Zaznaczone: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="147"/>
        <source>Select several with Shift or Ctrl</source>
        <translation>Zaznacz kilku klientów z wciśniętym Shift lub Ctrl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="160"/>
        <source>No demo data</source>
        <translation>Brak danych demonstracyjnych</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="165"/>
        <source>Demo data loaded</source>
        <translation>Wczytano dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="174"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Zarejestruj kontakt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="179"/>
        <source>&amp;Edit in a window…</source>
        <translation>&amp;Edytuj w oknie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="193"/>
        <location filename="../../ui/pages/customer_actions.py" line="300"/>
        <location filename="../../ui/pages/customer_actions.py" line="307"/>
        <source>Not done</source>
        <translation>Nie wykonano</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="214"/>
        <source>Plan many follow-ups?</source>
        <translation>Zaplanować wiele przypomnień?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="215"/>
        <source>This plans a separate follow-up for each of {0}.</source>
        <translation>Zostanie zaplanowane osobne przypomnienie dla każdego klienta ({0}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="218"/>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="219"/>
        <location filename="../../ui/pages/customer_actions.py" line="246"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="234"/>
        <location filename="../../ui/pages/customer_actions.py" line="238"/>
        <source>Move {0} to the trash? Their contacts and scores stay in the figures.</source>
        <translation>Przenieść do kosza: {0}? Kontakty i oceny pozostaną we wskaźnikach.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="243"/>
        <source>Move to the trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="245"/>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="254"/>
        <location filename="../../ui/pages/customer_actions.py" line="260"/>
        <source>{0} moved to the trash</source>
        <translation>Przeniesiono do kosza: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="275"/>
        <location filename="../../ui/pages/customer_actions.py" line="279"/>
        <source>{0} restored</source>
        <translation>Przywrócono: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_actions.py" line="315"/>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
</context>
<context>
    <name>CustomerChoicesModel</name>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="74"/>
        <source>Create new customer “{0}”</source>
        <translation>Utwórz nowego klienta „{0}”</translation>
    </message>
    <message>
        <location filename="../../ui/models/customer_choices.py" line="78"/>
        <source>Add a phone number or email in this dialog; saved with the contact</source>
        <translation>Dodaj numer telefonu lub e-mail w tym oknie; zostanie zapisany razem z kontaktem</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="94"/>
        <source>Log contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="95"/>
        <source>Follow-up</source>
        <translation>Przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="96"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="97"/>
        <source>Move to trash</source>
        <translation>Przenieś do kosza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="98"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="99"/>
        <source>Privacy</source>
        <translation>Prywatność</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="100"/>
        <source>Export everything about this customer, or erase them</source>
        <translation>Eksportuj wszystkie dane tego klienta albo je wymaż</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="104"/>
        <source>Export everything about this customer…</source>
        <translation>Eksportuj wszystkie dane tego klienta…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="107"/>
        <source>Erase for good…</source>
        <translation>Wymaż na zawsze…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="111"/>
        <source>Log a call, email or visit from this customer ({0})</source>
        <translation>Zarejestruj telefon, e-mail lub wizytę tego klienta ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="116"/>
        <source>Plan a follow-up for this customer ({0})</source>
        <translation>Zaplanuj przypomnienie dla tego klienta ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="119"/>
        <source>Record a CSAT, NPS or CES score ({0})</source>
        <translation>Zapisz ocenę CSAT, NPS lub CES ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="121"/>
        <source>Move this customer to the trash</source>
        <translation>Przenieś tego klienta do kosza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="122"/>
        <source>Take this customer out of the trash</source>
        <translation>Wyjmij tego klienta z kosza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="137"/>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="139"/>
        <source>Save the changes (Ctrl+S)</source>
        <translation>Zapisz zmiany (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="141"/>
        <source>Revert</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="142"/>
        <source>Put back the stored details</source>
        <translation>Przywróć zapisane dane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="144"/>
        <location filename="../../ui/pages/customer_detail.py" line="403"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="159"/>
        <source>The customer&apos;s details</source>
        <translation>Dane klienta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="181"/>
        <source>H&amp;istory</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="182"/>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details</source>
        <translation>&amp;Szczegóły</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="209"/>
        <source>Select a customer to see their details and history.
Alt+Down and Alt+Up move through the list.</source>
        <translation>Wybierz klienta, aby zobaczyć jego dane i historię.
Alt+Strzałka w dół i Alt+Strzałka w górę przechodzą po liście.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="224"/>
        <source>Save the customer&apos;s details</source>
        <translation>Zapisz dane klienta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="276"/>
        <source>customer since {0}</source>
        <translation>klient od {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="278"/>
        <source>1 open contact</source>
        <translation>1 otwarty kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="280"/>
        <source>{0} open contacts</source>
        <translation>Otwarte kontakty: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="284"/>
        <source>This customer&apos;s personal data was erased; it cannot be edited.</source>
        <translation>Dane osobowe tego klienta zostały wymazane; nie można ich edytować.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="287"/>
        <source>In the trash since {0}. Restore the customer to work with them again.</source>
        <translation>W koszu od {0}. Przywróć klienta, aby znów z nim pracować.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="309"/>
        <source>H&amp;istory ({0})</source>
        <translation>&amp;Historia ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="319"/>
        <source>&amp;Details (unsaved)</source>
        <translation>&amp;Szczegóły (niezapisane)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="348"/>
        <location filename="../../ui/pages/customer_detail.py" line="351"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="380"/>
        <source>{0} saved</source>
        <translation>Zapisano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="404"/>
        <source>You changed {0}&apos;s details. Save the changes?</source>
        <translation>Zmieniono dane klienta {0}. Zapisać zmiany?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Discard changes</source>
        <translation>Odrzuć zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_detail.py" line="405"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>Edit customer</source>
        <translation>Edytuj klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="53"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="86"/>
        <source>Add customer</source>
        <translation>Dodaj klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="119"/>
        <source>{0} (in the trash) already has this email address.</source>
        <translation>Klient {0} (w koszu) ma już ten adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="121"/>
        <source>{0} already has this email address.</source>
        <translation>Klient {0} ma już ten adres e-mail.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="123"/>
        <source>Open that customer</source>
        <translation>Otwórz tego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="124"/>
        <source>Open {0}</source>
        <translation>Otwórz: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="141"/>
        <source>Save anyway</source>
        <translation>Zapisz mimo to</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="178"/>
        <source>{0} saved. {1}</source>
        <translation>Zapisano: {0}. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="180"/>
        <source>{0} added</source>
        <translation>Dodano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/customer_dialog.py" line="182"/>
        <source>{0} saved</source>
        <translation>Zapisano: {0}</translation>
    </message>
</context>
<context>
    <name>CustomerField</name>
    <message>
        <location filename="../../ui/field_labels.py" line="27"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="28"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="29"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="30"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="31"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="32"/>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="33"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="34"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="35"/>
        <source>Marketing consent</source>
        <translation>Zgoda marketingowa</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="36"/>
        <source>Stay in touch</source>
        <translation>Stały kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="37"/>
        <source>Customer since</source>
        <translation>Klient od</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="38"/>
        <source>Birthday</source>
        <translation>Urodziny</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="92"/>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="116"/>
        <source>{0}: set</source>
        <translation>{0}: ustawiono</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="130"/>
        <source>{0} (yes/no)</source>
        <translation>{0} (tak/nie)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="132"/>
        <source>{0} (separated by ;)</source>
        <translation>{0} (oddzielone średnikiem ;)</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="155"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="157"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="160"/>
        <source>every {0} days</source>
        <translation>co {0} dni</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../../ui/field_labels.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="43"/>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="44"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="45"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="46"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="47"/>
        <source>Prefers:</source>
        <translation>Preferuje:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="48"/>
        <source>&amp;Tags:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="49"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otatki:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="50"/>
        <source>Marketing:</source>
        <translation>Marketing:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="51"/>
        <source>Stay in touch:</source>
        <translation>Stały kontakt:</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="56"/>
        <source>Wants news and offers</source>
        <translation>Chce otrzymywać nowości i oferty</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="58"/>
        <source>The customer agreed to receive marketing news and offers</source>
        <translation>Klient zgodził się na otrzymywanie informacji marketingowych i ofert</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="63"/>
        <source>Marketing: wants news and offers</source>
        <translation>Marketing: chce otrzymywać nowości i oferty</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="64"/>
        <source>Stay in touch every so many days</source>
        <translation>Utrzymuj kontakt co tyle dni</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="65"/>
        <source>Stay in touch: remind us every so many days</source>
        <translation>Stały kontakt: przypominaj co tyle dni</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="70"/>
        <source>Separate tags with ;</source>
        <translation>Oddziel tagi znakiem ;</translation>
    </message>
    <message>
        <location filename="../../ui/field_labels.py" line="71"/>
        <source>A follow-up is planned when nobody has been in touch for that long</source>
        <translation>Przypomnienie zostanie zaplanowane, gdy przez tyle dni nikt się nie kontaktował</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="129"/>
        <source>No preference</source>
        <translation>Bez preferencji</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="183"/>
        <source>every</source>
        <translation>co</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="184"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/field_editors.py" line="228"/>
        <source>e.g. VIP; wholesale</source>
        <translation>np. VIP; hurt</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="73"/>
        <location filename="../../ui/widgets/customer_picker.py" line="182"/>
        <source>Type a name, company, phone or email</source>
        <translation>Wpisz imię i nazwisko, firmę, telefon lub e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="74"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="76"/>
        <source>Type to find a customer; use the arrow keys and Enter to choose one.</source>
        <translation>Pisz, aby znaleźć klienta; wybierz go strzałkami i klawiszem Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="84"/>
        <source>&amp;New customer</source>
        <translation>&amp;Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="88"/>
        <source>Create a new customer with this contact</source>
        <translation>Utwórz nowego klienta z tym kontaktem</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="160"/>
        <source>No company, phone or email on file</source>
        <translation>Brak firmy, telefonu i e-maila</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="162"/>
        <source>{0} — in the trash</source>
        <translation>{0} — w koszu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="180"/>
        <source>A new customer is created with this contact</source>
        <translation>Z tym kontaktem zostanie utworzony nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="193"/>
        <source>Matching customers</source>
        <translation>Pasujący klienci</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customer_picker.py" line="263"/>
        <source>Search failed: {0}</source>
        <translation>Wyszukiwanie nie powiodło się: {0}</translation>
    </message>
</context>
<context>
    <name>CustomersEmpty</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="209"/>
        <source>Add a customer</source>
        <translation>Dodaj klienta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="210"/>
        <source>Load demo data</source>
        <translation>Wczytaj dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="211"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="212"/>
        <source>Show customers</source>
        <translation>Pokaż klientów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="219"/>
        <source>No customers match these filters</source>
        <translation>Żaden klient nie pasuje do tych filtrów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="220"/>
        <source>Clear the filters to see everyone, or try another tag or channel.</source>
        <translation>Wyczyść filtry, aby zobaczyć wszystkich, albo wybierz inny tag lub kanał.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="223"/>
        <source>The trash is empty</source>
        <translation>Kosz jest pusty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="224"/>
        <source>Customers you move to the trash wait here until you restore them.</source>
        <translation>Klienci przeniesieni do kosza czekają tutaj, aż ich przywrócisz.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="227"/>
        <source>No customers yet</source>
        <translation>Nie ma jeszcze klientów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="228"/>
        <source>Add your first customer (Ctrl+N) or load demo data to try Carebook.</source>
        <translation>Dodaj pierwszego klienta (Ctrl+N) albo wczytaj dane demonstracyjne, aby wypróbować Carebook.</translation>
    </message>
</context>
<context>
    <name>CustomersModel</name>
    <message>
        <location filename="../../ui/models/customers_model.py" line="69"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="73"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="74"/>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="75"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="76"/>
        <source>Last score</source>
        <translation>Ostatnia ocena</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="339"/>
        <source>Open follow-ups. Click to sort by this column</source>
        <translation>Otwarte przypomnienia. Kliknij, aby sortować według tej kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="343"/>
        <source>The latest CSAT, NPS or CES score. Click to sort, best or worst first</source>
        <translation>Najnowsza ocena CSAT, NPS lub CES. Kliknij, aby sortować od najlepszej lub od najgorszej</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="347"/>
        <source>Click to sort by this column</source>
        <translation>Kliknij, aby sortować według tej kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="348"/>
        <source>Sort by name, company, last contact, follow-ups or last score</source>
        <translation>Sortuj według imienia i nazwiska, firmy, ostatniego kontaktu, przypomnień lub ostatniej oceny</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="384"/>
        <source>empty</source>
        <translation>puste</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="394"/>
        <source>a low score</source>
        <translation>niska ocena</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="396"/>
        <source>a high score</source>
        <translation>wysoka ocena</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="401"/>
        <source>not a valid number</source>
        <translation>nieprawidłowy numer</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="429"/>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="439"/>
        <source>In the trash since {0}</source>
        <translation>W koszu od: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="444"/>
        <source>{0} — kept as typed: not a valid number for the shop&apos;s region</source>
        <translation>{0} — zachowany tak, jak wpisano: nieprawidłowy numer dla regionu sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="449"/>
        <source>No contact logged yet</source>
        <translation>Nie zarejestrowano jeszcze żadnego kontaktu</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="450"/>
        <source>Last contact: {0}</source>
        <translation>Ostatni kontakt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="454"/>
        <source>{0} open follow-ups</source>
        <translation>Otwarte przypomnienia: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/customers_model.py" line="459"/>
        <source>{0}: {1} of {2}–{3}</source>
        <translation>{0}: {1} w skali {2}–{3}</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <location filename="../../ui/pages/customers.py" line="69"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="70"/>
        <source>Add a customer (Ctrl+N)</source>
        <translation>Dodaj klienta (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="265"/>
        <source>{0} in the trash</source>
        <translation>W koszu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="267"/>
        <source>The trash is empty</source>
        <translation>Kosz jest pusty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="271"/>
        <source>No customers match</source>
        <translation>Brak pasujących klientów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="273"/>
        <source>1 customer matches</source>
        <translation>Pasuje 1 klient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="275"/>
        <source>{0} match</source>
        <translation>Pasujący klienci: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="289"/>
        <location filename="../../ui/pages/customers.py" line="290"/>
        <source>The customers could not be read</source>
        <translation>Nie udało się odczytać klientów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="396"/>
        <source>this customer</source>
        <translation>ten klient</translation>
    </message>
</context>
<context>
    <name>CustomersTable</name>
    <message>
        <location filename="../../ui/widgets/customers_table.py" line="95"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets/date_edits.py" line="15"/>
        <source>Left and Right move between the parts; type or use Up and Down to change one</source>
        <translation>Strzałki w lewo i w prawo przechodzą między częściami; wpisz wartość lub użyj strzałek w górę i w dół, aby ją zmienić</translation>
    </message>
</context>
<context>
    <name>DetailDrafts</name>
    <message>
        <location filename="../../ui/pages/detail_drafts.py" line="71"/>
        <source>Draft restored: unsaved changes to {0}</source>
        <translation>Przywrócono szkic: niezapisane zmiany klienta {0}</translation>
    </message>
</context>
<context>
    <name>DraftNote</name>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="28"/>
        <source>Discard draft</source>
        <translation>Odrzuć szkic</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="30"/>
        <source>Discard the restored draft</source>
        <translation>Odrzuć przywrócony szkic</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/draft_note.py" line="42"/>
        <source>Draft restored: what you typed here before (kept at {0}) is back.</source>
        <translation>Przywrócono szkic: to, co wpisano tu wcześniej (zachowane {0}), wróciło.</translation>
    </message>
</context>
<context>
    <name>DuplicatesModel</name>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="25"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="26"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="27"/>
        <source>Likely</source>
        <translation>Prawdopodobieństwo</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="31"/>
        <source>same email</source>
        <translation>ten sam e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="32"/>
        <source>same phone</source>
        <translation>ten sam telefon</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="33"/>
        <source>same name</source>
        <translation>to samo imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="34"/>
        <source>similar names</source>
        <translation>podobne imiona i nazwiska</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="53"/>
        <source>Customer number {0}</source>
        <translation>Klient numer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/duplicates_model.py" line="106"/>
        <source>How likely these two are one customer, from what they share</source>
        <translation>Jak bardzo prawdopodobne jest, że to ten sam klient, na podstawie wspólnych danych</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="164"/>
        <source>Erase a customer</source>
        <translation>Wymaż klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="176"/>
        <source>&amp;Erase for good</source>
        <translation>&amp;Wymaż na zawsze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>&amp;Delete these backups</source>
        <translation>&amp;Usuń te kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="200"/>
        <source>Erase {0}?</source>
        <translation>Wymazać: {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="204"/>
        <source>Erasing removes this customer&apos;s personal data for good:
• name, company, email, phone, address, notes and tags are removed; the record is renamed “{0}”;
• the text of their contacts, follow-ups and score comments is blanked;
• the contacts, follow-ups and scores themselves stay, without personal data, so the monthly figures still add up.</source>
        <translation>Wymazanie trwale usuwa dane osobowe tego klienta:
• imię i nazwisko, firma, e-mail, telefon, adres, notatki i tagi zostaną usunięte; rekord otrzyma nazwę „{0}”;
• treść jego kontaktów, przypomnień i komentarzy do ocen zostanie wyczyszczona;
• same kontakty, przypomnienia i oceny pozostaną, bez danych osobowych, więc miesięczne wskaźniki nadal się zgadzają.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="213"/>
        <source>This cannot be undone.</source>
        <translation>Tego nie można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="219"/>
        <source>Older backups still hold this customer&apos;s data ({0}). After erasing, you can delete them.</source>
        <translation>Starsze kopie zapasowe nadal zawierają dane tego klienta ({0}). Po wymazaniu możesz je usunąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="225"/>
        <source>I understand: erase {0} for good</source>
        <translation>Rozumiem: wymaż na zawsze ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="241"/>
        <source>Backups that still hold the erased data</source>
        <translation>Kopie zapasowe, które nadal zawierają wymazane dane</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="259"/>
        <source>Not erased</source>
        <translation>Nie wymazano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="263"/>
        <source>Customer erased</source>
        <translation>Wymazano klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="264"/>
        <source>{0} is erased</source>
        <translation>Wymazano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="267"/>
        <source>The record is now “{0}”. Kept without personal data — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>Rekord nazywa się teraz „{0}”. Zachowano bez danych osobowych — kontakty: {1}, przypomnienia: {2}, oceny: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="289"/>
        <source>Made before the erase, these backups still hold this customer&apos;s data ({0}). Delete them to remove it everywhere (newer backups will not have it).</source>
        <translation>Te kopie zapasowe, utworzone przed wymazaniem, nadal zawierają dane tego klienta ({0}). Usuń je, aby usunąć dane wszędzie (nowsze kopie nie będą ich zawierać).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="294"/>
        <source>No backup holds this customer&apos;s data.</source>
        <translation>Żadna kopia zapasowa nie zawiera danych tego klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="303"/>
        <source>Delete these backups?</source>
        <translation>Usunąć te kopie zapasowe?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="305"/>
        <source>Delete the backups made before the erase ({0})? You cannot restore them afterwards; the next backup will be made without this customer&apos;s data.</source>
        <translation>Usunąć kopie zapasowe utworzone przed wymazaniem ({0})? Nie będzie można ich potem przywrócić; następna kopia zapasowa zostanie utworzona bez danych tego klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="308"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="309"/>
        <source>Keep them</source>
        <translation>Zachowaj je</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="315"/>
        <source>Not all backups were deleted</source>
        <translation>Nie wszystkie kopie zapasowe zostały usunięte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="320"/>
        <source>The older backups are deleted: no backup holds this data.</source>
        <translation>Starsze kopie zapasowe zostały usunięte: żadna kopia nie zawiera tych danych.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="43"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="44"/>
        <source>Contacts (the contact log)</source>
        <translation>Kontakty (rejestr kontaktów)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="45"/>
        <source>Feedback scores</source>
        <translation>Oceny klientów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="46"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="49"/>
        <source>Every customer is exported; customers in the trash and erased ones are left out.</source>
        <translation>Eksportowany jest każdy klient; klienci w koszu i wymazani są pomijani.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="52"/>
        <source>Every contact is exported, except those of customers in the trash or erased.</source>
        <translation>Eksportowany jest każdy kontakt, z wyjątkiem kontaktów klientów w koszu lub wymazanych.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="55"/>
        <source>Every score is exported, except those of customers in the trash or erased.</source>
        <translation>Eksportowana jest każda ocena, z wyjątkiem ocen klientów w koszu lub wymazanych.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="58"/>
        <source>Every follow-up is exported, done ones included, except those of customers in the trash.</source>
        <translation>Eksportowane jest każde przypomnienie, także wykonane, z wyjątkiem przypomnień klientów w koszu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="81"/>
        <source>Spreadsheet (CSV, opens in Excel)</source>
        <translation>Arkusz kalkulacyjny (CSV, otwiera się w Excelu)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="84"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="88"/>
        <source>Address book (vCard, for phones and mail programs)</source>
        <translation>Książka adresowa (vCard, dla telefonów i programów pocztowych)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="91"/>
        <source>vCard files (*.vcf)</source>
        <translation>Pliki vCard (*.vcf)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="95"/>
        <source>Calendar of the open follow-ups (iCalendar)</source>
        <translation>Kalendarz otwartych przypomnień (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="98"/>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="113"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="118"/>
        <source>Write Carebook&apos;s data to a file that other programs open.</source>
        <translation>Zapisz dane Carebook do pliku, który otworzą inne programy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="127"/>
        <source>&amp;What:</source>
        <translation>&amp;Co:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="140"/>
        <source>As:</source>
        <translation>Jako:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="142"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="143"/>
        <source>Follow-ups &amp;of:</source>
        <translation>Przypomnienia &amp;dla:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="145"/>
        <source>All customers</source>
        <translation>Wszyscy klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="148"/>
        <source>Only the customers selected on the page ({0})</source>
        <translation>Tylko klienci zaznaczeni na stronie ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="153"/>
        <source>&amp;Which:</source>
        <translation>&amp;Które:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="160"/>
        <source>Exporting</source>
        <translation>Eksportowanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="170"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="199"/>
        <source>Each open follow-up becomes a calendar event with a reminder, in the shop&apos;s time zone. The customer&apos;s name is only in the text, never invited.</source>
        <translation>Każde otwarte przypomnienie staje się wydarzeniem w kalendarzu z alarmem, w strefie czasowej sklepu. Imię i nazwisko klienta jest tylko w treści; klient nigdy nie jest zapraszany.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="204"/>
        <source>Only the customers selected on the page are exported.</source>
        <translation>Eksportowani są tylko klienci zaznaczeni na stronie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="206"/>
        <source>Every customer outside the trash is exported as a card.</source>
        <translation>Każdy klient spoza kosza jest eksportowany jako wizytówka.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="209"/>
        <source>The filters of the page you came from are not applied.</source>
        <translation>Filtry strony, z której przechodzisz, nie są stosowane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="245"/>
        <source>Export to</source>
        <translation>Eksportuj do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="252"/>
        <location filename="../../ui/dialogs/export_dialog.py" line="282"/>
        <source>Not exported</source>
        <translation>Nie wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="270"/>
        <source>Exported to {1} — customers: {0:,}</source>
        <translation>Wyeksportowano do {1} — klienci: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="272"/>
        <source>Exported to {1} — follow-ups: {0:,}</source>
        <translation>Wyeksportowano do {1} — przypomnienia: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/export_dialog.py" line="274"/>
        <source>Exported to {1} — rows: {0:,}</source>
        <translation>Wyeksportowano do {1} — wiersze: {0:,}</translation>
    </message>
</context>
<context>
    <name>ExportPersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="77"/>
        <source>Export everything about a customer</source>
        <translation>Eksportuj wszystkie dane klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="83"/>
        <source>Carebook writes everything it holds about {0}: the customer record and tags, every contact, follow-up and score. Each as JSON (for a data request) and as CSV files that a spreadsheet opens. The files go into a new folder that only you can read.</source>
        <translation>Carebook zapisze wszystko, co przechowuje o kliencie {0}: rekord klienta i tagi, każdy kontakt, przypomnienie i ocenę. Każdą część jako JSON (na potrzeby wniosku o dane) i jako pliki CSV, które otworzy arkusz kalkulacyjny. Pliki trafią do nowego folderu, który możesz odczytać tylko Ty.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="91"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="98"/>
        <source>&amp;Into the folder:</source>
        <translation>&amp;Do folderu:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="102"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Otwórz folder</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="115"/>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="121"/>
        <source>Export into which folder?</source>
        <translation>Do którego folderu eksportować?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="131"/>
        <source>Choose the folder to export into.</source>
        <translation>Wybierz folder docelowy eksportu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="141"/>
        <source>Saved in {1} — files: {0}, contacts: {2}, follow-ups: {3}, scores: {4}.</source>
        <translation>Zapisano w {1} — pliki: {0}, kontakty: {2}, przypomnienia: {3}, oceny: {4}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="149"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="151"/>
        <source>Exported everything about {0}</source>
        <translation>Wyeksportowano wszystkie dane klienta {0}</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="123"/>
        <source>Which file?</source>
        <translation>Który plik?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="126"/>
        <source>A CSV file from a spreadsheet (in Excel: File › Save As › CSV UTF-8), or an address book saved as vCard (.vcf). Nothing is written until the last step, and every import can be undone.</source>
        <translation>Plik CSV z arkusza kalkulacyjnego (w Excelu: Plik › Zapisz jako › CSV UTF-8) albo książka adresowa zapisana jako vCard (.vcf). Nic nie zostanie zapisane aż do ostatniego kroku, a każdy import można cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="135"/>
        <source>The file to import</source>
        <translation>Plik do importu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="136"/>
        <source>File to import</source>
        <translation>Plik do importu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="138"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="143"/>
        <source>&amp;File:</source>
        <translation>Pl&amp;ik:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="150"/>
        <source>The file holds:</source>
        <translation>Plik zawiera:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="163"/>
        <source>&amp;Earlier imports…</source>
        <translation>&amp;Wcześniejsze importy…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="164"/>
        <source>See the earlier imports and undo one</source>
        <translation>Zobacz wcześniejsze importy i cofnij jeden z nich</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="191"/>
        <source>Each row needs: {0}.</source>
        <translation>Każdy wiersz wymaga: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="198"/>
        <source>Choose the file to import</source>
        <translation>Wybierz plik do importu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="199"/>
        <source>CSV or vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>Pliki CSV lub vCard (*.csv *.txt *.vcf *.vcard);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="232"/>
        <source>Reading {0}…</source>
        <translation>Odczytywanie {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="248"/>
        <source>{0}: an address book (cards: {1}); each card becomes a customer.</source>
        <translation>{0}: książka adresowa (wizytówki: {1}); każda wizytówka stanie się klientem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="251"/>
        <source>{0} — rows: {1:,}, columns: {2}.</source>
        <translation>{0} — wiersze: {1:,}, kolumny: {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="255"/>
        <source>Carebook knows this file: an export of {0}.</source>
        <translation>Carebook zna ten plik: to eksport z programu {0}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="78"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="79"/>
        <source>Show only customers with this tag</source>
        <translation>Pokaż tylko klientów z tym tagiem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="80"/>
        <source>All tags</source>
        <translation>Wszystkie tagi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="85"/>
        <source>Preferred channel</source>
        <translation>Preferowany kanał</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="86"/>
        <source>Show only customers who prefer this channel</source>
        <translation>Pokaż tylko klientów, którzy wolą ten kanał</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="87"/>
        <source>Any channel</source>
        <translation>Dowolny kanał</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="88"/>
        <source>No preference</source>
        <translation>Bez preferencji</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="91"/>
        <source>&amp;Not contacted for</source>
        <translation>&amp;Bez kontaktu od</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="94"/>
        <source>Customers whose last contact is older than this, or who never had one</source>
        <translation>Klienci, których ostatni kontakt jest starszy niż to, albo którzy nie mieli żadnego</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="100"/>
        <source> days</source>
        <translation> dni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="101"/>
        <source>Not contacted for so many days</source>
        <translation>Bez kontaktu od tylu dni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="103"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="108"/>
        <source>Customers in use</source>
        <translation>Aktywni klienci</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="110"/>
        <source>Customers moved to the trash; restore them from here</source>
        <translation>Klienci przeniesieni do kosza; tu możesz ich przywrócić</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customer_filters.py" line="126"/>
        <source>Show:</source>
        <translation>Pokaż:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="53"/>
        <source>Assigned to</source>
        <translation>Przypisano do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="58"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="60"/>
        <source>Open (not done)</source>
        <translation>Otwarte (niewykonane)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="61"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="62"/>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="63"/>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="64"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="65"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="72"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="74"/>
        <source>Any date</source>
        <translation>Dowolna data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="75"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="76"/>
        <source>This week</source>
        <translation>Ten tydzień</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="77"/>
        <source>Next 7 days</source>
        <translation>Następne 7 dni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="78"/>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="79"/>
        <source>Last month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="80"/>
        <source>Choose dates…</source>
        <translation>Wybierz daty…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due from</source>
        <translation>Termin od</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="90"/>
        <source>Due until</source>
        <translation>Termin do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="95"/>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="100"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Przypisano do:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="101"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tan:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="102"/>
        <source>D&amp;ue:</source>
        <translation>Ter&amp;min:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me ({0})</source>
        <translation>Ja ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="161"/>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="162"/>
        <source>Everyone</source>
        <translation>Wszyscy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="163"/>
        <source>Nobody yet (unassigned)</source>
        <translation>Na razie nikt (nieprzypisane)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_filters.py" line="172"/>
        <source>Choose who is at the counter first</source>
        <translation>Najpierw wybierz, kto jest przy stanowisku</translation>
    </message>
</context>
<context>
    <name>FollowupActions</name>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="73"/>
        <source>Mark &amp;done</source>
        <translation>Oznacz jako &amp;wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="81"/>
        <source>&amp;Reopen</source>
        <translation>Otwórz &amp;ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="87"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Odłóż</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="94"/>
        <source>Re&amp;assign to</source>
        <translation>Przypi&amp;sz do</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="99"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="105"/>
        <source>&amp;Log contact…</source>
        <translation>&amp;Zarejestruj kontakt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="110"/>
        <source>Log the contact for this follow-up; it is marked done on saving</source>
        <translation>Zarejestruj kontakt dla tego przypomnienia; po zapisaniu zostanie ono oznaczone jako wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="115"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="120"/>
        <source>Show &amp;customer</source>
        <translation>Pokaż &amp;klienta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="125"/>
        <source>Open the c&amp;ontact it came from</source>
        <translation>Otwórz kon&amp;takt źródłowy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="174"/>
        <location filename="../../ui/pages/followups_actions.py" line="178"/>
        <location filename="../../ui/pages/followups_actions.py" line="186"/>
        <location filename="../../ui/pages/followups_actions.py" line="188"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="207"/>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="218"/>
        <source>Follow-up marked done</source>
        <translation>Przypomnienie oznaczone jako wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="219"/>
        <source>{0} follow-ups marked done</source>
        <translation>Przypomnienia oznaczone jako wykonane: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="225"/>
        <source>Resolve its contact</source>
        <translation>Rozwiąż jego kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="227"/>
        <source>Resolve their contacts</source>
        <translation>Rozwiąż ich kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="237"/>
        <source>Contact resolved</source>
        <translation>Rozwiązano kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="238"/>
        <source>{0} contacts resolved</source>
        <translation>Rozwiązane kontakty: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="251"/>
        <source>Follow-up reopened</source>
        <translation>Przypomnienie otwarte ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="252"/>
        <source>{0} follow-ups reopened</source>
        <translation>Przypomnienia otwarte ponownie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="273"/>
        <source>Follow-up snoozed until {1}</source>
        <translation>Przypomnienie odłożone do {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="274"/>
        <source>{0} follow-ups snoozed until {1}</source>
        <translation>Przypomnienia odłożone do {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="327"/>
        <source>Nobody (unassigned)</source>
        <translation>Nikt (nieprzypisane)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="339"/>
        <source>Follow-up reassigned</source>
        <translation>Przypomnienie przypisane ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="340"/>
        <source>{0} follow-ups reassigned</source>
        <translation>Przypomnienia przypisane ponownie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="353"/>
        <source>(no note)</source>
        <translation>(bez notatki)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="355"/>
        <source>Delete the follow-up “{0}” for {1}?</source>
        <translation>Usunąć przypomnienie „{0}” (klient: {1})?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="360"/>
        <source>{0}

This cannot be undone. To keep it on record, mark it done instead.</source>
        <translation>{0}

Tego nie można cofnąć. Aby zachować je w historii, zamiast tego oznacz je jako wykonane.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="365"/>
        <source>Delete follow-up</source>
        <translation>Usuń przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="367"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="368"/>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="377"/>
        <source>Follow-up deleted</source>
        <translation>Usunięto przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="378"/>
        <source>{0} follow-ups deleted</source>
        <translation>Usunięte przypomnienia: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="394"/>
        <source>Cannot open this follow-up</source>
        <translation>Nie można otworzyć tego przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups_actions.py" line="416"/>
        <source>Cannot open this contact</source>
        <translation>Nie można otworzyć tego kontaktu</translation>
    </message>
</context>
<context>
    <name>FollowupCardList</name>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="196"/>
        <source>Overdue · {0}</source>
        <translation>Zaległe · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="197"/>
        <source>Due today · {0}</source>
        <translation>Na dziś · {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="211"/>
        <source>Showing {0} of {1} follow-ups.</source>
        <translation>Pokazano {0} z {1} przypomnień.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="213"/>
        <source>The Follow-ups page lists them all.</source>
        <translation>Strona Przypomnienia pokazuje je wszystkie.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="214"/>
        <source>Open Follow-ups</source>
        <translation>Otwórz Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_list.py" line="217"/>
        <source>Show {0} more</source>
        <translation>Pokaż kolejne: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupCardWidget</name>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="144"/>
        <source>High priority</source>
        <translation>Wysoki priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="145"/>
        <source>Stay in touch</source>
        <translation>Stały kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="157"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="159"/>
        <source>Mark this follow-up as done</source>
        <translation>Oznacz to przypomnienie jako wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="161"/>
        <source>Snooze</source>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="162"/>
        <source>Move this follow-up to later</source>
        <translation>Przesuń to przypomnienie na później</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="167"/>
        <source>Log this follow-up…</source>
        <translation>Zarejestruj to przypomnienie…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="170"/>
        <source>Log the contact you make for this follow-up; saving it marks the follow-up done</source>
        <translation>Zarejestruj kontakt wykonany w ramach tego przypomnienia; zapisanie oznaczy przypomnienie jako wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="210"/>
        <source>Last contacts</source>
        <translation>Ostatnie kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="220"/>
        <source>No contacts logged yet</source>
        <translation>Nie zarejestrowano jeszcze kontaktów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="245"/>
        <source>Open {0}</source>
        <translation>Otwórz: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="254"/>
        <source>Due {0}</source>
        <translation>Termin: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="259"/>
        <source>(no note)</source>
        <translation>(bez notatki)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="279"/>
        <source>{0}. Press Enter to open the customer.</source>
        <translation>{0}. Naciśnij Enter, aby otworzyć klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="280"/>
        <source>Mark done: {0}</source>
        <translation>Oznacz jako wykonane: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="281"/>
        <source>Snooze: {0}</source>
        <translation>Odłóż: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_card.py" line="282"/>
        <source>Log this follow-up: {0}</source>
        <translation>Zarejestruj to przypomnienie: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>Edit follow-up</source>
        <translation>Edytuj przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="53"/>
        <source>New follow-up</source>
        <translation>Nowe przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="62"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Klient:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="69"/>
        <source>&amp;Due on:</source>
        <translation>&amp;Termin:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="73"/>
        <source>&amp;Time:</source>
        <translation>&amp;Godzina:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="75"/>
        <source>Optional, e.g. 14:30. Empty: any time that day.</source>
        <translation>Opcjonalnie, np. 14:30. Puste: o dowolnej porze tego dnia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="78"/>
        <source>Any time</source>
        <translation>Dowolna godzina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="82"/>
        <source>Nobody yet</source>
        <translation>Na razie nikt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="85"/>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Przypisano do:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="87"/>
        <source>&amp;High priority: show it first</source>
        <translation>&amp;Wysoki priorytet: pokaż je najpierw</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="88"/>
        <source>Priority:</source>
        <translation>Priorytet:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="91"/>
        <source>What should be done, e.g. “Ring back with the repair quote”</source>
        <translation>Co trzeba zrobić, np. „Oddzwoń z wyceną naprawy”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="94"/>
        <source>Enter saves; Shift+Enter starts a new line.</source>
        <translation>Enter zapisuje; Shift+Enter zaczyna nowy wiersz.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="105"/>
        <source>Plan follow-up</source>
        <translation>Zaplanuj przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="151"/>
        <source>{0} (inactive)</source>
        <translation>{0} (nieaktywny)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="164"/>
        <source>Done {0}; its due date ({1}) stays as it was.</source>
        <translation>Wykonano {0}; termin ({1}) pozostaje bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="168"/>
        <source>Done {0} by {1}; its due date ({2}) stays as it was.</source>
        <translation>Wykonano {0} (wykonawca: {1}); termin ({2}) pozostaje bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="197"/>
        <source>Pick “{0}” from the list of matches, or type another name</source>
        <translation>Wybierz „{0}” z listy pasujących albo wpisz inne imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="198"/>
        <source>Choose a customer: type a name and pick them from the list</source>
        <translation>Wybierz klienta: wpisz imię i nazwisko i wybierz go z listy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="204"/>
        <source>is {0:,} characters long; the limit is {1:,}</source>
        <translation>ma {0:,} znaków; limit to {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="228"/>
        <source>Follow-up planned for {0} on {1}</source>
        <translation>Zaplanowano przypomnienie dla: {0}, termin {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_dialog.py" line="242"/>
        <source>Follow-up for {0} saved</source>
        <translation>Zapisano przypomnienie dla: {0}</translation>
    </message>
</context>
<context>
    <name>FollowupFields</name>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="63"/>
        <source>Type a due date like {0}, or pick one</source>
        <translation>Wpisz termin, np. {0}, albo go wybierz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="80"/>
        <source>&apos;{0}&apos; is not a time like 14:30</source>
        <translation>„{0}” to nie jest godzina w postaci 14:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="87"/>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="89"/>
        <source>tomorrow</source>
        <translation>jutro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="91"/>
        <source>yesterday</source>
        <translation>wczoraj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="93"/>
        <source>in {0} days</source>
        <translation>za {0} dni</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="95"/>
        <source>the day before yesterday — in the past</source>
        <translation>przedwczoraj — w przeszłości</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="96"/>
        <source>{0} days ago — in the past</source>
        <translation>{0} dni temu — w przeszłości</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="117"/>
        <source>YYYY-MM-DD</source>
        <translation>RRRR-MM-DD</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="127"/>
        <source>Calendar</source>
        <translation>Kalendarz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="140"/>
        <location filename="../../ui/dialogs/followup_fields.py" line="143"/>
        <source>Pick a date from the calendar</source>
        <translation>Wybierz datę z kalendarza</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="155"/>
        <source>Tomorrow</source>
        <translation>Jutro</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="158"/>
        <source>In 2 days</source>
        <translation>Za 2 dni</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="161"/>
        <source>Next week</source>
        <translation>W przyszłym tygodniu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="214"/>
        <source>Type a date like {0}, or use a button.</source>
        <translation>Wpisz datę, np. {0}, albo użyj przycisku.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="259"/>
        <source>Type a name, email or phone number…</source>
        <translation>Wpisz imię i nazwisko, e-mail lub numer telefonu…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="261"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="269"/>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="272"/>
        <source>Choose another customer</source>
        <translation>Wybierz innego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/followup_fields.py" line="327"/>
        <source>No customer matches “{0}”. Check the spelling, or add the customer first.</source>
        <translation>Żaden klient nie pasuje do „{0}”. Sprawdź pisownię albo najpierw dodaj klienta.</translation>
    </message>
</context>
<context>
    <name>FollowupsModel</name>
    <message>
        <location filename="../../ui/models/followup_format.py" line="34"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="35"/>
        <location filename="../../ui/models/followup_format.py" line="170"/>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="36"/>
        <source>Upcoming</source>
        <translation>Nadchodzące</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="37"/>
        <location filename="../../ui/models/followups_model.py" line="82"/>
        <source>Done</source>
        <translation>Wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="40"/>
        <source>Manual</source>
        <translation>Ręczne</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="41"/>
        <source>From a contact</source>
        <translation>Z kontaktu</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="42"/>
        <source>Stay in touch</source>
        <translation>Stały kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="43"/>
        <source>Imported</source>
        <translation>Zaimportowane</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="150"/>
        <source>1 day</source>
        <translation>1 dzień</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="152"/>
        <source>{0} days</source>
        <translation>{0} dni</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="159"/>
        <source>Overdue by {0}</source>
        <translation>Zaległe o {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="162"/>
        <source>Overdue since {0} today</source>
        <translation>Zaległe od dziś, godz. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="167"/>
        <source>Due today at {0}</source>
        <translation>Na dziś, godz. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="172"/>
        <source>Due in {0}</source>
        <translation>Termin za {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="177"/>
        <source>Done {0} by {1}</source>
        <translation>Wykonane {0}, wykonał(a): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followup_format.py" line="180"/>
        <source>Done {0}</source>
        <translation>Wykonane {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="75"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="76"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="77"/>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="78"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="79"/>
        <source>Assigned to</source>
        <translation>Przypisano do</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="80"/>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="81"/>
        <source>Origin</source>
        <translation>Pochodzenie</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="230"/>
        <source>Click to sort by this column</source>
        <translation>Kliknij, aby sortować według tej kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="231"/>
        <source>This column cannot be sorted</source>
        <translation>Tej kolumny nie można sortować</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="275"/>
        <source>Nobody</source>
        <translation>Nikt</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="286"/>
        <source>{0} at {1}</source>
        <translation>{0}, godz. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="289"/>
        <source>{0}, any time of the day</source>
        <translation>{0}, o dowolnej porze</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="295"/>
        <source>Not assigned to anyone yet</source>
        <translation>Jeszcze nikomu nieprzypisane</translation>
    </message>
    <message>
        <location filename="../../ui/models/followups_model.py" line="299"/>
        <source>Made from a contact: double-click to open that contact</source>
        <translation>Utworzone z kontaktu: kliknij dwukrotnie, aby otworzyć ten kontakt</translation>
    </message>
</context>
<context>
    <name>FollowupsPage</name>
    <message>
        <location filename="../../ui/pages/followups.py" line="82"/>
        <source>New follow-up</source>
        <translation>Nowe przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="83"/>
        <source>Plan a follow-up (Ctrl+Shift+N)</source>
        <translation>Zaplanuj przypomnienie (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="96"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="161"/>
        <source>Plan a follow-up</source>
        <translation>Zaplanuj przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="162"/>
        <source>Show all follow-ups</source>
        <translation>Pokaż wszystkie przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="181"/>
        <source>{0} overdue</source>
        <translation>Zaległe: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="268"/>
        <source>{0} follow-ups shown</source>
        <translation>Pokazane przypomnienia: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="270"/>
        <source>1 follow-up shown</source>
        <translation>Pokazano 1 przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="272"/>
        <source>{0} overdue in all</source>
        <translation>Zaległe łącznie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="274"/>
        <source>No follow-ups match these filters</source>
        <translation>Żadne przypomnienie nie pasuje do tych filtrów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="288"/>
        <source>No open follow-ups</source>
        <translation>Brak otwartych przypomnień</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="289"/>
        <source>Nothing is overdue</source>
        <translation>Nic nie jest zaległe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="290"/>
        <source>Nothing is due today</source>
        <translation>Na dziś nic nie ma</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="291"/>
        <source>Nothing planned ahead</source>
        <translation>Nic nie zaplanowano na kolejne dni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="292"/>
        <source>No follow-ups done yet</source>
        <translation>Nie wykonano jeszcze żadnych przypomnień</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="293"/>
        <source>No follow-ups yet</source>
        <translation>Nie ma jeszcze przypomnień</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="297"/>
        <source>Everything planned is done. Plan the next call-back or check-in with Ctrl+Shift+N.</source>
        <translation>Wszystko, co zaplanowano, jest wykonane. Zaplanuj kolejny telefon lub kontakt klawiszami Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="299"/>
        <source>Every follow-up is on time. Well done!</source>
        <translation>Każde przypomnienie jest w terminie. Dobra robota!</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="300"/>
        <source>Nothing needs doing today. Upcoming follow-ups show under “Upcoming”.</source>
        <translation>Na dziś nic nie trzeba robić. Nadchodzące przypomnienia są w zakładce „Nadchodzące”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="301"/>
        <source>No follow-ups are planned for later days. Plan one with Ctrl+Shift+N.</source>
        <translation>Na kolejne dni nie zaplanowano przypomnień. Zaplanuj je klawiszami Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="302"/>
        <source>Follow-ups marked done (Ctrl+D) are listed here with who did them and when.</source>
        <translation>Przypomnienia oznaczone jako wykonane (Ctrl+D) są tu wymienione wraz z tym, kto i kiedy je wykonał.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="304"/>
        <source>Plan a call-back or a check-in with Ctrl+Shift+N, and Carebook reminds you when it is due.</source>
        <translation>Zaplanuj telefon lub kontakt klawiszami Ctrl+Shift+N, a Carebook przypomni Ci, gdy nadejdzie termin.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="314"/>
        <source>{0} Only some follow-ups are shown: try “Show all follow-ups”.</source>
        <translation>{0} Pokazano tylko część przypomnień: spróbuj „Pokaż wszystkie przypomnienia”.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="319"/>
        <location filename="../../ui/pages/followups.py" line="320"/>
        <source>The follow-ups could not be read</source>
        <translation>Nie udało się odczytać przypomnień</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/followups.py" line="377"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n zaznaczone</numerusform>
            <numerusform>%n zaznaczone</numerusform>
            <numerusform>%n zaznaczonych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FormatPage</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="55"/>
        <source>Is this how the file looks?</source>
        <translation>Czy plik tak wygląda?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="58"/>
        <source>Carebook found the text encoding and the separator by itself. If the names look wrong or everything is in one column, choose another one.</source>
        <translation>Carebook sam rozpoznał kodowanie znaków i separator. Jeśli nazwy wyglądają źle albo wszystko jest w jednej kolumnie, wybierz inne ustawienie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="72"/>
        <source>Text &amp;encoding:</source>
        <translation>Kodowanie &amp;znaków:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="73"/>
        <source>&amp;Separator:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="80"/>
        <source>The first rows of the file</source>
        <translation>Pierwsze wiersze pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="114"/>
        <source>Reading {0} again…</source>
        <translation>Ponowne odczytywanie {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="137"/>
        <source>{0} (found in the file)</source>
        <translation>{0} (wykryte w pliku)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="143"/>
        <source>Found by Carebook: {0}; {1}.</source>
        <translation>Wykryte przez Carebook: {0}; {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="153"/>
        <source>(no heading)</source>
        <translation>(bez nagłówka)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="164"/>
        <source>Columns: {0}. The numbers on the left are the lines of the file.</source>
        <translation>Kolumny: {0}. Liczby po lewej to numery wierszy pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="169"/>
        <source>More rows follow: {0:,}.</source>
        <translation>Kolejne wiersze: {0:,}.</translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="56"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="57"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="58"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="59"/>
        <source>Created</source>
        <translation>Utworzone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="60"/>
        <source>Updated</source>
        <translation>Zaktualizowane</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="61"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="64"/>
        <source>Earlier imports, newest first</source>
        <translation>Wcześniejsze importy, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="70"/>
        <source>No imports yet.</source>
        <translation>Nie ma jeszcze importów.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="72"/>
        <source>&amp;Undo the chosen import</source>
        <translation>&amp;Cofnij wybrany import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="118"/>
        <source>Undone {0}</source>
        <translation>Cofnięto {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="119"/>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="139"/>
        <source>Undo this import?</source>
        <translation>Cofnąć ten import?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="141"/>
        <source>Undo import {0}? The rows it created are removed and the fields it changed get their earlier values. If anything was added or changed since, Carebook says so and changes nothing.</source>
        <translation>Cofnąć import {0}? Utworzone przez niego wiersze zostaną usunięte, a zmienione pola odzyskają wcześniejsze wartości. Jeśli od tego czasu coś dodano lub zmieniono, Carebook o tym powie i niczego nie zmieni.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="145"/>
        <source>Undo the import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="146"/>
        <source>Keep it</source>
        <translation>Zachowaj go</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="149"/>
        <source>Undoing import {0}…</source>
        <translation>Cofanie importu {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="163"/>
        <source>rows removed: {0:,}</source>
        <translation>usunięte wiersze: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="166"/>
        <source>customers given back their earlier values: {0:,}</source>
        <translation>klienci z przywróconymi wcześniejszymi wartościami: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="168"/>
        <source>Import {0} undone — {1}.</source>
        <translation>Cofnięto import {0} — {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="170"/>
        <source>Kept: {0}.</source>
        <translation>Zachowano: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="174"/>
        <source>Import {0} undone</source>
        <translation>Cofnięto import {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="180"/>
        <source>Import not undone</source>
        <translation>Nie cofnięto importu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="190"/>
        <source>Customers (vCard)</source>
        <translation>Klienci (vCard)</translation>
    </message>
</context>
<context>
    <name>ImportMatchesModel</name>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="29"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="30"/>
        <source>In the file</source>
        <translation>W pliku</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="31"/>
        <source>Already in Carebook</source>
        <translation>Już w Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="32"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="33"/>
        <source>What to do</source>
        <translation>Co zrobić</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="36"/>
        <source>Update this customer</source>
        <translation>Zaktualizuj tego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="37"/>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="38"/>
        <source>Add as a new customer</source>
        <translation>Dodaj jako nowego klienta</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_matches_model.py" line="139"/>
        <source>Double-click or press F2 to choose</source>
        <translation>Kliknij dwukrotnie lub naciśnij F2, aby wybrać</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="117"/>
        <source>Line</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="122"/>
        <source>The line of the file (the header is line 1)</source>
        <translation>Wiersz pliku (nagłówek to wiersz 1)</translation>
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
        <translation>„{0}” zostanie odczytane jako {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/import_preview_model.py" line="188"/>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="35"/>
        <source>UTF-8 with BOM (Excel “CSV UTF-8”)</source>
        <translation>UTF-8 z BOM (Excel „CSV UTF-8”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="36"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="37"/>
        <source>UTF-16 (Excel “Unicode text”)</source>
        <translation>UTF-16 (Excel „Tekst Unicode”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="38"/>
        <source>Windows, Western European (Excel “CSV”)</source>
        <translation>Windows, zachodnioeuropejskie (Excel „CSV”)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="41"/>
        <source>Comma ( , )</source>
        <translation>Przecinek ( , )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="42"/>
        <source>Semicolon ( ; )</source>
        <translation>Średnik ( ; )</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_format.py" line="43"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="30"/>
        <source>Name: title before it (Dr.)</source>
        <translation>Imię i nazwisko: tytuł przed nim (dr)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="31"/>
        <source>Name: first name</source>
        <translation>Imię i nazwisko: imię</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="32"/>
        <source>Name: middle name</source>
        <translation>Imię i nazwisko: drugie imię</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="33"/>
        <source>Name: last name</source>
        <translation>Imię i nazwisko: nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="34"/>
        <source>Name: after it (Jr.)</source>
        <translation>Imię i nazwisko: po nim (jr)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="35"/>
        <source>Nickname (the name when there is no other)</source>
        <translation>Pseudonim (nazwa, gdy nie ma innej)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="36"/>
        <source>Phone: mobile (taken first)</source>
        <translation>Telefon: komórkowy (brany najpierw)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="37"/>
        <source>Phone: work</source>
        <translation>Telefon: służbowy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="38"/>
        <source>Phone: home</source>
        <translation>Telefon: domowy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="39"/>
        <source>Phone: other</source>
        <translation>Telefon: inny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="40"/>
        <source>Address: street</source>
        <translation>Adres: ulica</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="41"/>
        <source>Address: house number</source>
        <translation>Adres: numer domu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="42"/>
        <source>Address: PO box</source>
        <translation>Adres: skrytka pocztowa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="43"/>
        <source>Address: postcode</source>
        <translation>Adres: kod pocztowy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="44"/>
        <source>Address: city</source>
        <translation>Adres: miejscowość</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="45"/>
        <source>Address: region or state</source>
        <translation>Adres: województwo lub region</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="46"/>
        <source>Address: country</source>
        <translation>Adres: kraj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="47"/>
        <source>Type of the values beside it (Home, Work…)</source>
        <translation>Rodzaj wartości obok (domowy, służbowy…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="48"/>
        <source>Notes, after the column&apos;s heading</source>
        <translation>Notatki, po nagłówku kolumny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="40"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="41"/>
        <source>Contacts (calls, visits, emails…)</source>
        <translation>Kontakty (telefony, wizyty, e-maile…)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="42"/>
        <source>Feedback scores (CSAT, NPS, CES)</source>
        <translation>Oceny klientów (CSAT, NPS, CES)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="43"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="46"/>
        <source>When it happened</source>
        <translation>Kiedy to było</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="47"/>
        <source>Customer&apos;s name</source>
        <translation>Imię i nazwisko klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="48"/>
        <source>Customer&apos;s email</source>
        <translation>E-mail klienta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="49"/>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="50"/>
        <source>Direction (inbound/outbound)</source>
        <translation>Kierunek (przychodzący/wychodzący)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="51"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="52"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="53"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="54"/>
        <source>Status (open/resolved)</source>
        <translation>Status (otwarty/rozwiązany)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="55"/>
        <source>Resolved at first contact (yes/no)</source>
        <translation>Rozwiązany przy pierwszym kontakcie (tak/nie)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="56"/>
        <source>Resolved at</source>
        <translation>Rozwiązano o</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="57"/>
        <source>Minutes waited</source>
        <translation>Minuty oczekiwania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="58"/>
        <source>Duration in minutes</source>
        <translation>Czas trwania w minutach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="59"/>
        <source>Received at</source>
        <translation>Otrzymano o</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="60"/>
        <source>Kind (csat/nps/ces)</source>
        <translation>Rodzaj (csat/nps/ces)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="61"/>
        <source>Score</source>
        <translation>Ocena</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="62"/>
        <source>Comment</source>
        <translation>Komentarz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="63"/>
        <source>Due date</source>
        <translation>Data terminu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="64"/>
        <source>Due time</source>
        <translation>Godzina terminu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="65"/>
        <source>Assigned to</source>
        <translation>Przypisano do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="66"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="67"/>
        <source>Priority (normal/high)</source>
        <translation>Priorytet (normalny/wysoki)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_pages.py" line="68"/>
        <source>Done at</source>
        <translation>Wykonano o</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="125"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="131"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="132"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_history.py" line="197"/>
        <source>Earlier imports</source>
        <translation>Wcześniejsze importy</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="61"/>
        <source>{0:,} / {1:,}: {2:,} too many</source>
        <translation>{0:,} / {1:,}: o {2:,} za dużo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="63"/>
        <source>{0:,} / {1:,}</source>
        <translation>{0:,} / {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/length_counter.py" line="65"/>
        <source>{0:,} of {1:,} characters used</source>
        <translation>Wykorzystano znaków: {0:,} z {1:,}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_actions.py" line="57"/>
        <source>&amp;New customer…</source>
        <translation>&amp;Nowy klient…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="63"/>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Zarejestruj kontakt…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="69"/>
        <source>New &amp;follow-up…</source>
        <translation>Nowe &amp;przypomnienie…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="75"/>
        <source>Record a &amp;score…</source>
        <translation>Zapisz &amp;ocenę…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="81"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importuj…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="84"/>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="87"/>
        <source>&amp;Back up now</source>
        <translation>Zrób kopię zapasową &amp;teraz</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="90"/>
        <source>Backups and &amp;restore…</source>
        <translation>Kopie zapasowe i przy&amp;wracanie…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="93"/>
        <source>&amp;Move this shop to a server…</source>
        <translation>Przenieś ten sklep na &amp;serwer…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="99"/>
        <source>Find &amp;duplicates…</source>
        <translation>Znajdź &amp;duplikaty…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="102"/>
        <source>&amp;Connect to the shop&apos;s server…</source>
        <translation>Połą&amp;cz z serwerem sklepu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="107"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="111"/>
        <source>&amp;Find a customer</source>
        <translation>&amp;Znajdź klienta</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="115"/>
        <source>Shop &amp;settings…</source>
        <translation>&amp;Ustawienia sklepu…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="119"/>
        <source>S&amp;taff…</source>
        <translation>&amp;Pracownicy…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="122"/>
        <source>&amp;Who is at the counter…</source>
        <translation>&amp;Kto jest przy stanowisku…</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="126"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="129"/>
        <source>Show &amp;toolbar</source>
        <translation>Pokaż pasek &amp;narzędzi</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="135"/>
        <source>&amp;System colours</source>
        <translation>&amp;Systemowe</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="136"/>
        <source>&amp;Light</source>
        <translation>&amp;Jasne</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="137"/>
        <source>&amp;Dark</source>
        <translation>&amp;Ciemne</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="154"/>
        <source>&amp;Next record</source>
        <translation>&amp;Następny rekord</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="160"/>
        <source>&amp;Previous record</source>
        <translation>&amp;Poprzedni rekord</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="167"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiaturowe</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="173"/>
        <source>&amp;About Carebook</source>
        <translation>&amp;O programie Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="177"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="213"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="224"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="229"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="230"/>
        <source>&amp;Colours</source>
        <translation>&amp;Kolory</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="236"/>
        <source>&amp;Go</source>
        <translation>Prze&amp;jdź</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="241"/>
        <source>&amp;Help</source>
        <translation>P&amp;omoc</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="248"/>
        <source>New customer</source>
        <translation>Nowy klient</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="249"/>
        <source>Log contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="250"/>
        <source>New follow-up</source>
        <translation>Nowe przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/main_actions.py" line="276"/>
        <source>Everywhere</source>
        <translation>Wszędzie</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="138"/>
        <source>Main toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383"/>
        <source>Find a customer first, then record their score</source>
        <translation>Najpierw znajdź klienta, potem zapisz jego ocenę</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="463"/>
        <source>Data: {0}</source>
        <translation>Dane: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="464"/>
        <source>Carebook keeps its data in {0}</source>
        <translation>Carebook przechowuje dane w {0}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="62"/>
        <source>Which column is which?</source>
        <translation>Która kolumna jest którą?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="65"/>
        <source>Carebook matched the columns by their headings. Change any choice; columns set to “Leave out” are not imported. Required columns are marked with *.</source>
        <translation>Carebook dopasował kolumny według nagłówków. Możesz zmienić każdy wybór; kolumny ustawione na „Pomiń” nie są importowane. Wymagane kolumny są oznaczone gwiazdką *.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="75"/>
        <source>Columns of the file</source>
        <translation>Kolumny pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="110"/>
        <source>{0} file: Carebook knows its columns.</source>
        <translation>Plik {0}: Carebook zna jego kolumny.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="112"/>
        <source>Your choices for a file with these headings are used again.</source>
        <translation>Twoje wybory dla pliku z takimi nagłówkami zostaną użyte ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Column of the file</source>
        <translation>Kolumna pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Values</source>
        <translation>Wartości</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="125"/>
        <source>Imported as</source>
        <translation>Importowane jako</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="136"/>
        <location filename="../../ui/dialogs/import_mapping.py" line="205"/>
        <source>(no heading)</source>
        <translation>(bez nagłówka)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="140"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="146"/>
        <source>Import the column “{0}” as</source>
        <translation>Importuj kolumnę „{0}” jako</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="147"/>
        <source>Leave out</source>
        <translation>Pomiń</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="197"/>
        <source>Choose a file column for: {0}.</source>
        <translation>Wybierz kolumnę pliku dla: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="201"/>
        <source>{0} of {1} columns will be imported.</source>
        <translation>Zostanie zaimportowanych kolumn: {0} z {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="204"/>
        <source>{0} (values: {1:,})</source>
        <translation>{0} (wartości: {1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="208"/>
        <source>Not imported: {0}.</source>
        <translation>Nieimportowane: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_mapping.py" line="210"/>
        <source>Not imported, empty in every row: {0}.</source>
        <translation>Nieimportowane, puste w każdym wierszu: {0}.</translation>
    </message>
</context>
<context>
    <name>MatchPage</name>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="70"/>
        <source>Customers you already have</source>
        <translation>Klienci, których już masz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="73"/>
        <source>These rows look like customers already in Carebook (same email, same phone or a very similar name). Choose for each: update the customer, skip the row, or add a new customer.</source>
        <translation>Te wiersze wyglądają na klientów, którzy już są w Carebook (ten sam e-mail, ten sam telefon lub bardzo podobne imię i nazwisko). Dla każdego wybierz: zaktualizuj klienta, pomiń wiersz albo dodaj nowego klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="93"/>
        <source>Rows that match customers already in Carebook</source>
        <translation>Wiersze pasujące do klientów, którzy już są w Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>&amp;Update</source>
        <translation>&amp;Aktualizuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>S&amp;kip</source>
        <translation>&amp;Pomiń</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="102"/>
        <source>Add as &amp;new</source>
        <translation>Dodaj jako &amp;nowego</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="104"/>
        <source>For the chosen rows:</source>
        <translation>Dla wybranych wierszy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="111"/>
        <source>Apply to &amp;all rows</source>
        <translation>Zastosuj do &amp;wszystkich wierszy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="127"/>
        <source>Looking for customers you already have…</source>
        <translation>Szukanie klientów, których już masz…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="153"/>
        <source>Could not look for matching customers: {0}</source>
        <translation>Nie udało się wyszukać pasujących klientów: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="168"/>
        <source>No row matches a customer you already have: every row is new.</source>
        <translation>Żaden wiersz nie pasuje do istniejącego klienta: każdy wiersz jest nowy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_match.py" line="172"/>
        <source>Matching rows: {0:,} — to update: {1:,}, to skip: {2:,}, to add as new: {3:,}.</source>
        <translation>Pasujące wiersze: {0:,} — do aktualizacji: {1:,}, do pominięcia: {2:,}, do dodania jako nowi: {3:,}.</translation>
    </message>
</context>
<context>
    <name>MergeCompare</name>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="124"/>
        <source>Record kept</source>
        <translation>Zachowany rekord</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="130"/>
        <source>Keep #{0}</source>
        <translation>Zachowaj nr {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="133"/>
        <source>Keep customer number {0}; the other record is merged into it</source>
        <translation>Zachowaj klienta numer {0}; drugi rekord zostanie z nim scalony</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="146"/>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="148"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="160"/>
        <source>Every contact, follow-up, score and tag of the other record moves to the record kept.</source>
        <translation>Każdy kontakt, przypomnienie, ocena i tag drugiego rekordu przejdą do zachowanego rekordu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="176"/>
        <source>Contacts: {0} · Follow-ups: {1} · Scores: {2}</source>
        <translation>Kontakty: {0} · Przypomnienia: {1} · Oceny: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="186"/>
        <source>(empty on both)</source>
        <translation>(puste w obu)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="198"/>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="204"/>
        <source>Both</source>
        <translation>Oba</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_compare.py" line="206"/>
        <source>Keep both texts, one after the other</source>
        <translation>Zachowaj oba teksty, jeden po drugim</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="64"/>
        <source>Duplicates and merge</source>
        <translation>Duplikaty i scalanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="70"/>
        <source>Likely duplicates</source>
        <translation>Prawdopodobne duplikaty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="71"/>
        <source>Merged earlier</source>
        <translation>Scalone wcześniej</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="93"/>
        <source>Likely duplicates, most likely first</source>
        <translation>Prawdopodobne duplikaty, od najbardziej prawdopodobnych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="111"/>
        <source>Look &amp;again</source>
        <translation>Szukaj &amp;ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="121"/>
        <source>Choose a pair on the left to compare the two records.</source>
        <translation>Wybierz parę po lewej, aby porównać oba rekordy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="127"/>
        <source>The two customers side by side</source>
        <translation>Dwaj klienci obok siebie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="136"/>
        <source>&amp;Merge</source>
        <translation>&amp;Scal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="142"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="171"/>
        <source>Looking for customers entered twice…</source>
        <translation>Szukanie klientów wpisanych dwukrotnie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="187"/>
        <source>No likely duplicates: no two customers share an email, a phone or a very similar name.</source>
        <translation>Brak prawdopodobnych duplikatów: żadnych dwóch klientów nie łączy e-mail, telefon ani bardzo podobne imię i nazwisko.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="197"/>
        <source>Could not look for duplicates: {0}</source>
        <translation>Nie udało się wyszukać duplikatów: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="218"/>
        <source>One of these customers no longer exists. Click “Look again”.</source>
        <translation>Jeden z tych klientów już nie istnieje. Kliknij „Szukaj ponownie”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="231"/>
        <source>Merge the other record into customer #{0}</source>
        <translation>Scal drugi rekord z klientem nr {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="242"/>
        <source>Merge these records?</source>
        <translation>Scalić te rekordy?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="244"/>
        <source>Merge “{0}” (#{1}) into “{2}” (#{3})?

Every contact, follow-up, score and tag moves to #{3}, which takes the values you chose; #{1} is removed. You can undo the merge later.</source>
        <translation>Scalić „{0}” (nr {1}) z „{2}” (nr {3})?

Każdy kontakt, przypomnienie, ocena i tag przejdą do nr {3}, który przyjmie wybrane przez Ciebie wartości; nr {1} zostanie usunięty. Scalenie można później cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="247"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="248"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="258"/>
        <source>Not merged</source>
        <translation>Nie scalono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="263"/>
        <source>Merged into “{0}”. Moved — contacts: {1}, follow-ups: {2}, scores: {3}.</source>
        <translation>Scalono z „{0}”. Przeniesiono — kontakty: {1}, przypomnienia: {2}, oceny: {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="274"/>
        <source>No more likely duplicates.</source>
        <translation>Nie ma więcej prawdopodobnych duplikatów.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Kept</source>
        <translation>Zachowany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>Merged into it</source>
        <translation>Scalony z nim</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="297"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="299"/>
        <source>Merges, newest first</source>
        <translation>Scalenia, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="303"/>
        <source>No merges yet.</source>
        <translation>Nie ma jeszcze scaleń.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="305"/>
        <source>Undo &amp;merge</source>
        <translation>Cofnij scal&amp;enie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="311"/>
        <source>Undoing a merge brings back the record merged away, with its own contacts, follow-ups, scores and tags, and puts the record kept back as it was.</source>
        <translation>Cofnięcie scalenia przywraca scalony rekord wraz z jego kontaktami, przypomnieniami, ocenami i tagami, a zachowany rekord wraca do poprzedniego stanu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="329"/>
        <source>#{0} (no longer exists)</source>
        <translation>nr {0} (już nie istnieje)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="331"/>
        <source>Undone {0}</source>
        <translation>Cofnięto {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="333"/>
        <source>Merged</source>
        <translation>Scalono</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="360"/>
        <source>Merge not undone</source>
        <translation>Nie cofnięto scalenia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="363"/>
        <source>Merge undone: both records are back</source>
        <translation>Cofnięto scalenie: oba rekordy wróciły</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/merge_dialog.py" line="365"/>
        <source>Merge undone: customer #{0} is back (contacts: {1}).</source>
        <translation>Cofnięto scalenie: klient nr {0} wrócił (kontakty: {1}).</translation>
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
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="62"/>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="65"/>
        <source>Month</source>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="74"/>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="163"/>
        <source>Previous month: {0}</source>
        <translation>Poprzedni miesiąc: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="166"/>
        <source>Next month: {0}</source>
        <translation>Następny miesiąc: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/month_picker.py" line="168"/>
        <source>Month shown: {0}</source>
        <translation>Wyświetlany miesiąc: {0}</translation>
    </message>
</context>
<context>
    <name>MoveShopDialog</name>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="50"/>
        <source>Move this shop to a server</source>
        <translation>Przenieś ten sklep na serwer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="53"/>
        <source>Move this shop</source>
        <translation>Przenieś ten sklep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="57"/>
        <source>Copy every customer, contact, follow-up, score, setting and the import and merge history into an empty database: on the shop&apos;s server, so several counters can work together, or into a new file. This shop stays as it is.</source>
        <translation>Skopiuj wszystkich klientów, kontakty, przypomnienia, oceny, ustawienia oraz historię importów i scaleń do pustej bazy danych: na serwerze sklepu, aby kilka stanowisk mogło pracować razem, albo do nowego pliku. Ten sklep pozostanie bez zmian.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="67"/>
        <source>postgresql://shop@back-office/shop, or a file</source>
        <translation>postgresql://sklep@zaplecze/sklep albo plik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="68"/>
        <source>Where to copy the shop</source>
        <translation>Dokąd skopiować sklep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="71"/>
        <source>Choose a &amp;file…</source>
        <translation>Wybierz &amp;plik…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="76"/>
        <source>&amp;Server address or file:</source>
        <translation>&amp;Adres serwera lub plik:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="79"/>
        <source>The database must be empty; your server&apos;s administrator creates it (see the README).</source>
        <translation>Baza danych musi być pusta; tworzy ją administrator serwera (zobacz README).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="95"/>
        <source>&amp;Copy the shop</source>
        <translation>&amp;Kopiuj sklep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="98"/>
        <source>&amp;Open the new shop</source>
        <translation>&amp;Otwórz nowy sklep</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="132"/>
        <source>Copy the shop into a new file</source>
        <translation>Skopiuj sklep do nowego pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="133"/>
        <source>Carebook files (*.sqlite3)</source>
        <translation>Pliki Carebook (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="145"/>
        <source>Copying…</source>
        <translation>Kopiowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="169"/>
        <source>Copied to {0}. Customers: {1}, contacts: {2}, follow-ups: {3}, scores: {4}. Checked: every table holds the same number of rows and the figures of all {5} months are the same.</source>
        <translation>Skopiowano do {0}. Klienci: {1}, kontakty: {2}, przypomnienia: {3}, oceny: {4}. Sprawdzono: każda tabela ma tyle samo wierszy, a wskaźniki wszystkich miesięcy ({5}) są takie same.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="187"/>
        <source>Nothing was copied: {0}</source>
        <translation>Nic nie skopiowano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="213"/>
        <source>The new shop could not be opened</source>
        <translation>Nie udało się otworzyć nowego sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the server</source>
        <translation>na serwerze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="220"/>
        <source>the file</source>
        <translation>w pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/move_dialog.py" line="221"/>
        <source>Carebook now works with the shop on {0}: {1}</source>
        <translation>Carebook pracuje teraz ze sklepem ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>PdfPrinting</name>
    <message>
        <location filename="../../ui/pdf_printing.py" line="104"/>
        <source>There is nothing to print yet.</source>
        <translation>Nie ma jeszcze nic do wydrukowania.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="107"/>
        <source>The chosen pages are not in this document.</source>
        <translation>Wybranych stron nie ma w tym dokumencie.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="111"/>
        <source>The printer could not be started. Check that it is connected and ready.</source>
        <translation>Nie udało się uruchomić drukarki. Sprawdź, czy jest podłączona i gotowa.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="125"/>
        <source>The printer stopped accepting pages.</source>
        <translation>Drukarka przestała przyjmować strony.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="132"/>
        <source>Page {0} could not be drawn for printing.</source>
        <translation>Nie udało się przygotować strony {0} do druku.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_printing.py" line="155"/>
        <source>Print {0}</source>
        <translation>Drukuj {0}</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="45"/>
        <source>Report preview</source>
        <translation>Podgląd raportu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="62"/>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="69"/>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="72"/>
        <source>Fit to width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="75"/>
        <source>Whole page</source>
        <translation>Cała strona</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="80"/>
        <source>Previous page</source>
        <translation>Poprzednia strona</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="84"/>
        <source>Page number</source>
        <translation>Numer strony</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="89"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="189"/>
        <source>Page </source>
        <translation>Strona </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="90"/>
        <source>Next page</source>
        <translation>Następna strona</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="181"/>
        <source>No pages</source>
        <translation>Brak stron</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="184"/>
        <location filename="../../ui/widgets/pdf_viewer.py" line="191"/>
        <source> of {0}</source>
        <translation> z {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="201"/>
        <source>Page {0} of {1}</source>
        <translation>Strona {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="264"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/pdf_viewer.py" line="265"/>
        <source>Zoom {0}%</source>
        <translation>Powiększenie {0}%</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="72"/>
        <source>Check the rows</source>
        <translation>Sprawdź wiersze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="75"/>
        <source>Every row as it will be imported. Marked cells cannot be imported: point at one to see why.</source>
        <translation>Każdy wiersz tak, jak zostanie zaimportowany. Oznaczonych komórek nie można zaimportować: wskaż jedną, aby zobaczyć dlaczego.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="89"/>
        <source>Rows of the file, bad cells marked</source>
        <translation>Wiersze pliku, błędne komórki oznaczone</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="94"/>
        <source>Show only the rows with problems</source>
        <translation>Pokaż tylko wiersze z problemami</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="119"/>
        <source>Checking the rows ({0:,})…</source>
        <translation>Sprawdzanie wierszy ({0:,})…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="159"/>
        <source>Good rows: {0:,}. Rows with problems: {1:,} (marked). Fix them in the file and start again, or skip them.</source>
        <translation>Poprawne wiersze: {0:,}. Wiersze z problemami: {1:,} (oznaczone). Popraw je w pliku i zacznij od nowa albo je pomiń.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="164"/>
        <source>&amp;Skip the rows with problems ({0:,}) and import the others ({1:,})</source>
        <translation>&amp;Pomiń wiersze z problemami ({0:,}) i zaimportuj pozostałe ({1:,})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="173"/>
        <source>Every row is good ({0:,}).</source>
        <translation>Wszystkie wiersze są poprawne ({0:,}).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="183"/>
        <source>The rows could not be checked: {0}</source>
        <translation>Nie udało się sprawdzić wierszy: {0}</translation>
    </message>
</context>
<context>
    <name>ReconnectBar</name>
    <message>
        <location filename="../../ui/widgets/reconnect_bar.py" line="14"/>
        <source>Reconnecting to the shop&apos;s server…</source>
        <translation>Ponowne łączenie z serwerem sklepu…</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="52"/>
        <source>Open Today</source>
        <translation>Otwórz Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="58"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="59"/>
        <source>Dismiss the reminder</source>
        <translation>Zamknij przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="95"/>
        <source>Follow-up due:</source>
        <translation>Termin przypomnienia:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="100"/>
        <source>{0} follow-ups due:</source>
        <translation>Przypomnienia z terminem ({0}):</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/reminder_banner.py" line="105"/>
        <source>{0} and {1} more</source>
        <translation>{0} i jeszcze {1}</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location filename="../../ui/reminders.py" line="144"/>
        <source>Stay-in-touch follow-ups were not planned: {0}</source>
        <translation>Nie zaplanowano przypomnień o stałym kontakcie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/reminders.py" line="213"/>
        <source>Follow-up due: {0}</source>
        <translation>Termin przypomnienia: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/reminders.py" line="217"/>
        <source>%n follow-ups are due</source>
        <translation>
            <numerusform>%n przypomnienie do wykonania</numerusform>
            <numerusform>%n przypomnienia do wykonania</numerusform>
            <numerusform>%n przypomnień do wykonania</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../ui/pages/report_files.py" line="52"/>
        <source>Cannot save the report: {0} is a folder.</source>
        <translation>Nie można zapisać raportu: {0} jest folderem.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="56"/>
        <source>Cannot save the report: the folder {0} does not exist.</source>
        <translation>Nie można zapisać raportu: folder {0} nie istnieje.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_files.py" line="84"/>
        <location filename="../../ui/pages/report_files.py" line="97"/>
        <source>Cannot prepare the report for the viewer in {0}: {1}.</source>
        <translation>Nie można przygotować raportu dla przeglądarki w {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="32"/>
        <source>Carebook summary {0}</source>
        <translation>Podsumowanie Carebook {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="40"/>
        <source>Save the monthly summary</source>
        <translation>Zapisz podsumowanie miesięczne</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="41"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="47"/>
        <source>Report not saved</source>
        <translation>Nie zapisano raportu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="58"/>
        <source>Saved the summary as {0}</source>
        <translation>Zapisano podsumowanie jako {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="71"/>
        <source>Printing the summary…</source>
        <translation>Drukowanie podsumowania…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="72"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="77"/>
        <source>Printing</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="86"/>
        <source>Not printed</source>
        <translation>Nie wydrukowano</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="94"/>
        <source>Sent the summary for {0} to the printer</source>
        <translation>Wysłano podsumowanie za okres {0} do drukarki</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="100"/>
        <source>Cannot open the report</source>
        <translation>Nie można otworzyć raportu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/report_actions.py" line="107"/>
        <source>No PDF viewer opened the report. It is saved as {0}; use Save as… to keep a copy.</source>
        <translation>Żadna przeglądarka PDF nie otworzyła raportu. Jest zapisany jako {0}; użyj polecenia Zapisz jako…, aby zachować kopię.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="76"/>
        <location filename="../../ui/pages/reports.py" line="285"/>
        <location filename="../../ui/pages/reports.py" line="286"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="85"/>
        <source>&amp;Save as…</source>
        <translation>Zapisz &amp;jako…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="88"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="91"/>
        <source>&amp;Open in PDF viewer</source>
        <translation>&amp;Otwórz w przeglądarce PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="97"/>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="101"/>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="125"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="234"/>
        <source>The PDF that was made cannot be shown.</source>
        <translation>Utworzonego pliku PDF nie można wyświetlić.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="250"/>
        <source>The summary for {0} could not be made</source>
        <translation>Nie udało się utworzyć podsumowania za okres {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="259"/>
        <source>Making the summary for {0}…</source>
        <translation>Tworzenie podsumowania za okres {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="260"/>
        <source>Counting the month&apos;s contacts, scores and follow-ups. A busy month takes a few seconds.</source>
        <translation>Liczenie kontaktów, ocen i przypomnień z tego miesiąca. Pracowity miesiąc zajmuje kilka sekund.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="266"/>
        <source>Making the summary for {0}</source>
        <translation>Tworzenie podsumowania za okres {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="294"/>
        <source>1 page</source>
        <translation>1 strona</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="296"/>
        <source>{0} pages</source>
        <translation>Strony: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="298"/>
        <source>Monthly summary for {0} · {1} · made at {2}</source>
        <translation>Podsumowanie miesięczne za okres {0} · {1} · utworzono {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="302"/>
        <source>Monthly summary for {0}</source>
        <translation>Podsumowanie miesięczne za okres {0}</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="37"/>
        <location filename="../../ui/dialogs/import_run.py" line="81"/>
        <source>Importing</source>
        <translation>Importowanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="38"/>
        <location filename="../../ui/dialogs/import_run.py" line="82"/>
        <source>All rows are written in one go.</source>
        <translation>Wszystkie wiersze są zapisywane za jednym razem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="42"/>
        <source>Import progress</source>
        <translation>Postęp importu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="47"/>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Anuluj import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="49"/>
        <source>&amp;Undo this import</source>
        <translation>&amp;Cofnij ten import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="52"/>
        <source>Imports, newest first</source>
        <translation>Importy, od najnowszych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="85"/>
        <source>Importing {0}…</source>
        <translation>Importowanie {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="86"/>
        <source>Cancel stops the import; nothing is written then.</source>
        <translation>Anuluj zatrzymuje import; wtedy nic nie zostanie zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="118"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="126"/>
        <source>Checked {0:,} of {1:,} rows…</source>
        <translation>Sprawdzono {0:,} z {1:,} wierszy…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="128"/>
        <source>Writing…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="136"/>
        <source>Imported</source>
        <translation>Zaimportowano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="137"/>
        <source>Import number {0} is saved.</source>
        <translation>Import numer {0} został zapisany.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="141"/>
        <source>This is import number {0}. It can be undone: the rows it created are removed and the fields it changed are put back.</source>
        <translation>To jest import numer {0}. Można go cofnąć: utworzone przez niego wiersze zostaną usunięte, a zmienione pola przywrócone.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="152"/>
        <source>Nothing was imported</source>
        <translation>Nic nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="153"/>
        <source>The import failed and nothing was written: {0}</source>
        <translation>Import się nie powiódł i nic nie zapisano: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="157"/>
        <source>Import cancelled</source>
        <translation>Anulowano import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="158"/>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Import został anulowany. Nic nie zapisano.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="165"/>
        <source>The database is as it was before.</source>
        <translation>Baza danych jest taka jak przedtem.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="187"/>
        <source>Import undone</source>
        <translation>Cofnięto import</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="188"/>
        <source>Import number {0} was taken back.</source>
        <translation>Import numer {0} został wycofany.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="195"/>
        <location filename="../../ui/dialogs/import_run.py" line="199"/>
        <source>new customers: {0:,}</source>
        <translation>nowi klienci: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="196"/>
        <source>new contacts: {0:,}</source>
        <translation>nowe kontakty: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="197"/>
        <source>new scores: {0:,}</source>
        <translation>nowe oceny: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="198"/>
        <source>new follow-ups: {0:,}</source>
        <translation>nowe przypomnienia: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="203"/>
        <source>customers updated: {0:,}</source>
        <translation>zaktualizowani klienci: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="205"/>
        <source>customers added for the rows: {0:,}</source>
        <translation>klienci dodani dla wierszy: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="207"/>
        <source>rows already stored: {0:,}</source>
        <translation>wiersze już zapisane: {0:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_run.py" line="208"/>
        <source>Imported from {0} — {1}.</source>
        <translation>Zaimportowano z {0} — {1}.</translation>
    </message>
</context>
<context>
    <name>SatisfactionPage</name>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="66"/>
        <location filename="../../ui/pages/satisfaction.py" line="273"/>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="101"/>
        <source>CSAT % by month</source>
        <translation>CSAT % według miesięcy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="104"/>
        <source>NPS by month</source>
        <translation>NPS według miesięcy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="106"/>
        <source>Contacts per channel</source>
        <translation>Kontakty według kanału</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="107"/>
        <source>Promoters, passives and detractors</source>
        <translation>Promotorzy, neutralni i krytycy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="109"/>
        <source>Working out the figures…</source>
        <translation>Obliczanie wskaźników…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="135"/>
        <source>By staff member</source>
        <translation>Według pracownika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="144"/>
        <source>Satisfaction figures and charts</source>
        <translation>Wskaźniki zadowolenia i wykresy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="196"/>
        <source>Figures per staff member</source>
        <translation>Wskaźniki według pracownika</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="253"/>
        <source>{0}, compared with {1}</source>
        <translation>{0} w porównaniu z: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="257"/>
        <source>{0} so far (days 1–{2}), compared with the same days of {1}</source>
        <translation>{0} do dziś (dni 1–{2}) w porównaniu z tymi samymi dniami miesiąca: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="284"/>
        <source>the same days of {0}</source>
        <translation>te same dni miesiąca: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="288"/>
        <source>No contacts in this month</source>
        <translation>Brak kontaktów w tym miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="289"/>
        <source>No NPS responses in this month</source>
        <translation>Brak odpowiedzi NPS w tym miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="302"/>
        <source>Nothing was recorded in {0} yet. Log contacts with Ctrl+L and record the customer&apos;s score there; the figures and charts fill in as you go.</source>
        <translation>W okresie {0} nic jeszcze nie zarejestrowano. Rejestruj kontakty klawiszami Ctrl+L i tam zapisuj ocenę klienta; wskaźniki i wykresy będą się uzupełniać na bieżąco.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="314"/>
        <source>No CSAT responses in these 12 months</source>
        <translation>Brak odpowiedzi CSAT w tych 12 miesiącach</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="315"/>
        <source>No NPS responses in these 12 months</source>
        <translation>Brak odpowiedzi NPS w tych 12 miesiącach</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="318"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="326"/>
        <source>The figures could not be read: {0}</source>
        <translation>Nie udało się odczytać wskaźników: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="30"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>1 response</source>
        <translation>1 odpowiedź</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="31"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="235"/>
        <source>{0} responses</source>
        <translation>Odpowiedzi: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="61"/>
        <source>{0}: {1} contacts ({2} of all contacts)</source>
        <translation>{0}: kontakty: {1} ({2} wszystkich kontaktów)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="72"/>
        <source>Promoters (9–10)</source>
        <translation>Promotorzy (9–10)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="73"/>
        <source>Passives (7–8)</source>
        <translation>Neutralni (7–8)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="74"/>
        <source>Detractors (0–6)</source>
        <translation>Krytycy (0–6)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_charts.py" line="85"/>
        <source>no NPS responses</source>
        <translation>brak odpowiedzi NPS</translation>
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
        <translation>Kontakty: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="48"/>
        <source>Satisfaction (CSAT)</source>
        <translation>Zadowolenie (CSAT)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="49"/>
        <source>100 × CSAT scores of 4 or 5 ÷ all CSAT responses received in the month (scores go from 1 to 5).
Higher is better: 80% or more is good.</source>
        <translation>100 × oceny CSAT 4 lub 5 ÷ wszystkie odpowiedzi CSAT otrzymane w miesiącu (oceny od 1 do 5).
Im więcej, tym lepiej: 80% lub więcej to dobry wynik.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="59"/>
        <source>Net promoter (NPS)</source>
        <translation>Wskaźnik rekomendacji (NPS)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="60"/>
        <source>100 × (scores 9–10 minus scores 0–6) ÷ all NPS responses received in the month (scores go from 0 to 10); it ranges from −100 to 100.
Higher is better: above 0 is good, above 50 is excellent.</source>
        <translation>100 × (oceny 9–10 minus oceny 0–6) ÷ wszystkie odpowiedzi NPS otrzymane w miesiącu (oceny od 0 do 10); wynik mieści się w zakresie od −100 do 100.
Im więcej, tym lepiej: powyżej 0 to dobry wynik, powyżej 50 — doskonały.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="71"/>
        <source>Effort (CES, 1–7)</source>
        <translation>Wysiłek (CES, 1–7)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="72"/>
        <source>The mean CES score received in the month, from 1 (very hard) to 7 (very easy).
Higher is better: 5 or more means most customers found it easy.</source>
        <translation>Średnia ocena CES otrzymana w miesiącu, od 1 (bardzo trudno) do 7 (bardzo łatwo).
Im więcej, tym lepiej: 5 lub więcej oznacza, że większości klientów poszło łatwo.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="82"/>
        <source>First-contact resolution</source>
        <translation>Rozwiązane za 1. razem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="83"/>
        <source>100 × inbound contacts resolved at the first contact ÷ all inbound contacts of the month.
Higher is better: 70% or more is good.</source>
        <translation>100 × kontakty przychodzące rozwiązane przy pierwszym kontakcie ÷ wszystkie kontakty przychodzące w miesiącu.
Im więcej, tym lepiej: 70% lub więcej to dobry wynik.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="93"/>
        <source>Self-service share</source>
        <translation>Udział samoobsługi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="94"/>
        <source>100 × self-service contacts ÷ all contacts of the month.
A higher share means more customers found their answer on their own.</source>
        <translation>100 × kontakty samoobsługowe ÷ wszystkie kontakty w miesiącu.
Większy udział oznacza, że więcej klientów samodzielnie znalazło odpowiedź.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="104"/>
        <source>Median resolution time</source>
        <translation>Mediana czasu rozwiązania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="105"/>
        <source>The middle value of the time from contact to resolution, over the month&apos;s resolved contacts (half took longer, half were quicker).
Lower is better.</source>
        <translation>Środkowa wartość czasu od kontaktu do rozwiązania, dla kontaktów rozwiązanych w miesiącu (połowa trwała dłużej, połowa krócej).
Im mniej, tym lepiej.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="115"/>
        <source>Median wait</source>
        <translation>Mediana czasu oczekiwania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="116"/>
        <source>The middle value of the minutes customers waited, over the month&apos;s inbound contacts with a recorded wait.
Lower is better.</source>
        <translation>Środkowa wartość liczby minut oczekiwania klientów, dla kontaktów przychodzących w miesiącu z zapisanym czasem oczekiwania.
Im mniej, tym lepiej.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="126"/>
        <source>Follow-ups on time</source>
        <translation>Przypomnienia w terminie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="127"/>
        <source>Of the follow-ups due in the month, those done by their due date (and time, when one was set).
Higher is better: aim for all of them.</source>
        <translation>Spośród przypomnień z terminem w miesiącu te wykonane do terminu (i godziny, jeśli ją ustawiono).
Im więcej, tym lepiej: celem są wszystkie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="137"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="138"/>
        <source>Every contact logged with a time in the month (the shop&apos;s local time).</source>
        <translation>Każdy kontakt zarejestrowany z godziną w miesiącu (czas lokalny sklepu).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="146"/>
        <source>New customers</source>
        <translation>Nowi klienci</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="147"/>
        <source>Customers added to Carebook in the month.</source>
        <translation>Klienci dodani do Carebook w miesiącu.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="189"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="290"/>
        <source>{0} h</source>
        <translation>{0} godz.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="193"/>
        <source>{0} d {1} h</source>
        <translation>{0} dn. {1} godz.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="195"/>
        <source>{0} d</source>
        <translation>{0} dn.</translation>
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
        <translation>{0} z {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="222"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="223"/>
        <location filename="../../ui/pages/satisfaction_figures.py" line="224"/>
        <source>no responses this month</source>
        <translation>brak odpowiedzi w tym miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="225"/>
        <source>no inbound contacts</source>
        <translation>brak kontaktów przychodzących</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="226"/>
        <source>no contacts resolved</source>
        <translation>brak rozwiązanych kontaktów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="227"/>
        <source>no waits recorded</source>
        <translation>brak zapisanych czasów oczekiwania</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="228"/>
        <source>no contacts</source>
        <translation>brak kontaktów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="229"/>
        <source>no follow-ups due</source>
        <translation>brak przypomnień z terminem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="253"/>
        <source>of 1 inbound contact</source>
        <translation>z 1 kontaktu przychodzącego</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="254"/>
        <source>of {0} inbound contacts</source>
        <translation>z kontaktów przychodzących: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="259"/>
        <source>1 still open</source>
        <translation>1 nadal otwarty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="260"/>
        <source>{0} still open</source>
        <translation>nadal otwarte: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="264"/>
        <source>{0} hours · {1}</source>
        <translation>{0} godz. · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="267"/>
        <source>inbound contacts</source>
        <translation>kontakty przychodzące</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="269"/>
        <source>{0} of {1} contacts</source>
        <translation>{0} z {1} kontaktów</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="274"/>
        <source>{0} done on time</source>
        <translation>wykonane w terminie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="277"/>
        <source>1 overdue now</source>
        <translation>1 obecnie zaległe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="278"/>
        <source>{0} overdue now</source>
        <translation>obecnie zaległe: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="280"/>
        <source>{0} · {1}</source>
        <translation>{0} · {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="282"/>
        <source>{0} inbound · {1} open</source>
        <translation>przychodzące: {0} · otwarte: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="283"/>
        <source>added in the month</source>
        <translation>dodani w miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="287"/>
        <source>{0} pts</source>
        <translation>{0} pkt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="300"/>
        <source>no comparison: one of the two months has no data</source>
        <translation>brak porównania: jeden z dwóch miesięcy nie ma danych</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="313"/>
        <source>no change from {0}</source>
        <translation>bez zmian względem: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="319"/>
        <source>up {0} from {1}</source>
        <translation>wzrost o {0} względem: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="321"/>
        <source>down {0} from {1}</source>
        <translation>spadek o {0} względem: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="324"/>
        <source>{0} (better)</source>
        <translation>{0} (lepiej)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction_figures.py" line="326"/>
        <source>{0} (worse)</source>
        <translation>{0} (gorzej)</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <location filename="../../ui/save_target.py" line="25"/>
        <source>{0} was not replaced: {1}. Choose another file.</source>
        <translation>Nie zastąpiono {0}: {1}. Wybierz inny plik.</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="37"/>
        <source>Replace the file?</source>
        <translation>Zastąpić plik?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="38"/>
        <source>{0} already exists. Replace it?</source>
        <translation>{0} już istnieje. Zastąpić go?</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="39"/>
        <source>&amp;Replace</source>
        <translation>&amp;Zastąp</translation>
    </message>
    <message>
        <location filename="../../ui/save_target.py" line="40"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ScoreDialog</name>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="38"/>
        <source>Record a score</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="50"/>
        <source>Customer:</source>
        <translation>Klient:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="70"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="78"/>
        <source>&amp;Score:</source>
        <translation>&amp;Ocena:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="80"/>
        <source>What the customer said, if anything</source>
        <translation>Co powiedział klient, jeśli cokolwiek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="81"/>
        <source>Co&amp;mment:</source>
        <translation>&amp;Komentarz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="82"/>
        <source>Record score</source>
        <translation>Zapisz ocenę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="113"/>
        <source>pick a score from the buttons or type its number</source>
        <translation>wybierz ocenę przyciskiem albo wpisz jej liczbę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/score_dialog.py" line="122"/>
        <source>{0} {1} recorded</source>
        <translation>Zapisano {0} {1}</translation>
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
        <translation>nie podano</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="136"/>
        <source>Find a customer (Ctrl+K)</source>
        <translation>Znajdź klienta (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="137"/>
        <source>Find a customer</source>
        <translation>Znajdź klienta</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="139"/>
        <source>Type a name, company, email or phone number; use the arrow keys and Enter to open one.</source>
        <translation>Wpisz imię i nazwisko, firmę, e-mail lub numer telefonu; otwórz klienta strzałkami i klawiszem Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="232"/>
        <source>No customer matches “{0}”. Press Ctrl+N to add a new customer.</source>
        <translation>Żaden klient nie pasuje do „{0}”. Naciśnij Ctrl+N, aby dodać nowego klienta.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="241"/>
        <source>Search failed: {0}</source>
        <translation>Wyszukiwanie nie powiodło się: {0}</translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../ui/widgets/search_box.py" line="98"/>
        <source>Matching customers</source>
        <translation>Pasujący klienci</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="40"/>
        <source>“{0}” is not a country of the list: type part of its name and pick it</source>
        <translation>„{0}” nie jest krajem z listy: wpisz część nazwy i wybierz go</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="59"/>
        <source>Shop settings</source>
        <translation>Ustawienia sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="68"/>
        <source>e.g. Corner Bikes</source>
        <translation>np. Rowery na Rogu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="69"/>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nazwa sklepu:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="72"/>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="73"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="136"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="74"/>
        <source>Choose a logo file</source>
        <translation>Wybierz plik logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="78"/>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="80"/>
        <source>A PNG or JPEG image printed at the top of monthly reports.</source>
        <translation>Obraz PNG lub JPEG drukowany na górze raportów miesięcznych.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="88"/>
        <source>&amp;Phone region:</source>
        <translation>&amp;Region telefonów:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="90"/>
        <source>Phone numbers typed without a country code belong to this country.</source>
        <translation>Numery telefonów wpisane bez kodu kraju należą do tego kraju.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="93"/>
        <source>This computer&apos;s time zone</source>
        <translation>Strefa czasowa tego komputera</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="98"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Strefa czasowa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="100"/>
        <source>Days, months and due dates follow this zone.</source>
        <translation>Dni, miesiące i terminy są liczone według tej strefy.</translation>
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
        <translation>Rozmiar &amp;papieru:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="115"/>
        <source>&amp;Report language:</source>
        <translation>&amp;Język raportu:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="117"/>
        <source>The language of the monthly PDF, whatever language each counter uses.</source>
        <translation>Język miesięcznego raportu PDF, niezależnie od języka używanego na poszczególnych stanowiskach.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="122"/>
        <source>As in the shop&apos;s country</source>
        <translation>Jak w kraju sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="123"/>
        <source>Day first (31/12/2026)</source>
        <translation>Najpierw dzień (31/12/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="124"/>
        <source>Month first (12/31/2026)</source>
        <translation>Najpierw miesiąc (12/31/2026)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="128"/>
        <source>&amp;Dates in imported files:</source>
        <translation>&amp;Daty w importowanych plikach:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="130"/>
        <source>How a date like 03/11/2026 in a spreadsheet&apos;s file is read.</source>
        <translation>Jak odczytywać datę w rodzaju 03/11/2026 w pliku z arkusza kalkulacyjnego.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="137"/>
        <location filename="../../ui/dialogs/settings_dialog.py" line="245"/>
        <source>Choose the backup folder</source>
        <translation>Wybierz folder kopii zapasowych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="141"/>
        <source>&amp;Backup folder:</source>
        <translation>Folder &amp;kopii zapasowych:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="143"/>
        <source>Leave empty to keep backups in the data folder. Another disk is safer.</source>
        <translation>Zostaw puste, aby przechowywać kopie zapasowe w folderze danych. Inny dysk jest bezpieczniejszy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="148"/>
        <source>The seat of an owner</source>
        <translation>Stanowisko właściciela</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="149"/>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="150"/>
        <source>Make the backups on this computer</source>
        <translation>Twórz kopie zapasowe na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="154"/>
        <source>Backups &amp;made by:</source>
        <translation>Kopie &amp;tworzy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="156"/>
        <source>For a shop on a server: the computer that makes the automatic backups.</source>
        <translation>Dla sklepu na serwerze: komputer, który tworzy automatyczne kopie zapasowe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="161"/>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="169"/>
        <source>Lan&amp;guage of this counter:</source>
        <translation>Ję&amp;zyk tego stanowiska:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="171"/>
        <source>This computer only. Carebook uses the new language from its next start.</source>
        <translation>Tylko ten komputer. Carebook użyje nowego języka od następnego uruchomienia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="175"/>
        <source>Only an owner can change the shop&apos;s settings.</source>
        <translation>Tylko właściciel może zmieniać ustawienia sklepu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="182"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="222"/>
        <source>&apos;{0}&apos; is not an image file that can be read</source>
        <translation>„{0}” nie jest plikiem obrazu, który da się odczytać</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="236"/>
        <source>Choose the shop&apos;s logo</source>
        <translation>Wybierz logo sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settings_dialog.py" line="237"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="30"/>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="34"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiaturowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/shortcuts_dialog.py" line="35"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../ui/widgets/sidebar.py" line="112"/>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="33"/>
        <source>Snooze follow-up</source>
        <translation>Odłóż przypomnienie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="38"/>
        <source>(no note)</source>
        <translation>(bez notatki)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="41"/>
        <source>Bring back “{0}” for {1} on:</source>
        <translation>Przypomnij ponownie „{0}” ({1}) dnia:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="56"/>
        <source>At a set &amp;time</source>
        <translation>O określonej &amp;godzinie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="61"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="73"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="75"/>
        <source>Without a time it is due from the start of the day.</source>
        <translation>Bez godziny termin obowiązuje od początku dnia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="79"/>
        <source>&amp;Snooze</source>
        <translation>&amp;Odłóż</translation>
    </message>
</context>
<context>
    <name>SnoozeMenu</name>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="22"/>
        <source>In 1 &amp;hour</source>
        <translation>Za 1 &amp;godzinę</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="23"/>
        <source>&amp;Tomorrow</source>
        <translation>&amp;Jutro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="24"/>
        <source>&amp;Next week</source>
        <translation>W przyszłym &amp;tygodniu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/snooze_menu.py" line="43"/>
        <source>&amp;Pick a date…</source>
        <translation>&amp;Wybierz datę…</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="52"/>
        <source>Staff</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="57"/>
        <source>Only an owner can add or change staff.</source>
        <translation>Tylko właściciel może dodawać i zmieniać pracowników.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="63"/>
        <source>Staff members</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="68"/>
        <source>Selected staff member</source>
        <translation>Wybrany pracownik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="72"/>
        <source>&amp;Name:</source>
        <translation>&amp;Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="73"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="74"/>
        <source>Save changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="88"/>
        <source>Add a staff member</source>
        <translation>Dodaj pracownika</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="91"/>
        <source>Name as it appears on contacts</source>
        <translation>Imię i nazwisko widoczne przy kontaktach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="93"/>
        <source>N&amp;ame:</source>
        <translation>Imię i &amp;nazwisko:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="94"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ola:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="95"/>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="114"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="144"/>
        <source>(inactive)</source>
        <translation>(nieaktywny)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Deactivate</source>
        <translation>Dezaktywuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="176"/>
        <source>Activate</source>
        <translation>Aktywuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="178"/>
        <source>Deactivated staff disappear from pickers; their past contacts keep their name.</source>
        <translation>Nieaktywni pracownicy znikają z list wyboru; ich dawne kontakty zachowują ich imię i nazwisko.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="191"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/staff_dialog.py" line="199"/>
        <source>Not changed</source>
        <translation>Bez zmian</translation>
    </message>
</context>
<context>
    <name>StaffFiguresModel</name>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="28"/>
        <source>Staff member</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="29"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="30"/>
        <source>Inbound</source>
        <translation>Przychodzące</translation>
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
        <translation>Odpowiedzi CSAT</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="34"/>
        <source>Follow-ups on time</source>
        <translation>Przypomnienia w terminie</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="37"/>
        <source>First-contact resolution: inbound contacts resolved at once ÷ inbound contacts</source>
        <translation>Rozwiązanie przy pierwszym kontakcie: kontakty przychodzące rozwiązane od razu ÷ kontakty przychodzące</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="40"/>
        <source>Satisfied customers: CSAT scores of 4 or 5 ÷ CSAT responses on their contacts</source>
        <translation>Zadowoleni klienci: oceny CSAT 4 lub 5 ÷ odpowiedzi CSAT dotyczące kontaktów pracownika</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="43"/>
        <source>Follow-ups assigned to them and due this month: done on time of due</source>
        <translation>Przypomnienia pracownika z terminem w tym miesiącu: wykonane w terminie / wszystkie z terminem</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="59"/>
        <source>(no staff)</source>
        <translation>(bez pracownika)</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="126"/>
        <source>{0} of {1}</source>
        <translation>{0} z {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="148"/>
        <source>{0}: no inbound contacts this month</source>
        <translation>{0}: brak kontaktów przychodzących w tym miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="149"/>
        <source>{0}: {1} of {2} inbound contacts resolved at the first contact</source>
        <translation>{0}: rozwiązane przy pierwszym kontakcie: {1} z {2} kontaktów przychodzących</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="154"/>
        <source>{0}: no CSAT responses this month</source>
        <translation>{0}: brak odpowiedzi CSAT w tym miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="155"/>
        <source>{0}: {1} satisfied, from {2} responses</source>
        <translation>{0}: zadowoleni: {1}, z odpowiedzi: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="160"/>
        <source>{0}: no follow-ups due this month</source>
        <translation>{0}: brak przypomnień z terminem w tym miesiącu</translation>
    </message>
    <message>
        <location filename="../../ui/models/staff_figures_model.py" line="161"/>
        <source>{0}: {1} of {2} follow-ups done on time ({3})</source>
        <translation>{0}: wykonane w terminie: {1} z {2} przypomnień ({3})</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="208"/>
        <source>Ready to import</source>
        <translation>Gotowe do importu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="209"/>
        <source>This is what the import will do. Nothing has been written yet.</source>
        <translation>Oto co zrobi import. Nic jeszcze nie zostało zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="220"/>
        <source>Click Import to write all of it in one go. If anything goes wrong, nothing is written; and the import can be undone afterwards.</source>
        <translation>Kliknij Importuj, aby zapisać wszystko za jednym razem. Jeśli coś pójdzie nie tak, nic nie zostanie zapisane; import można też później cofnąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="247"/>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="258"/>
        <source>some rows cannot be imported (lines {0})</source>
        <translation>niektórych wierszy nie można zaimportować (wiersze {0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="265"/>
        <source>{0} — rows to import: {1:,}</source>
        <translation>{0} — wiersze do importu: {1:,}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="276"/>
        <source>New customers:</source>
        <translation>Nowi klienci:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="277"/>
        <source>New contacts:</source>
        <translation>Nowe kontakty:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="278"/>
        <source>New scores:</source>
        <translation>Nowe oceny:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="279"/>
        <source>New follow-ups:</source>
        <translation>Nowe przypomnienia:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="283"/>
        <source>Customers updated:</source>
        <translation>Zaktualizowani klienci:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="284"/>
        <source>Rows already stored (left out):</source>
        <translation>Wiersze już zapisane (pominięte):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="286"/>
        <source>New customers named in the rows:</source>
        <translation>Nowi klienci wymienieni w wierszach:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="287"/>
        <source>New staff members:</source>
        <translation>Nowi pracownicy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="289"/>
        <source>New tags:</source>
        <translation>Nowe tagi:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="291"/>
        <source>Bad rows skipped:</source>
        <translation>Pominięte błędne wiersze:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="294"/>
        <source>Rows you chose to skip:</source>
        <translation>Wiersze pominięte przez Ciebie:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_review.py" line="300"/>
        <source>Cannot import: {0}</source>
        <translation>Nie można zaimportować: {0}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="60"/>
        <source>we got in touch</source>
        <translation>z naszej inicjatywy</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="62"/>
        <source>open</source>
        <translation>otwarty</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="67"/>
        <source>{0} at {1}</source>
        <translation>{0}, godz. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="71"/>
        <source>Follow-up done</source>
        <translation>Przypomnienie wykonane</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="73"/>
        <source>Follow-up overdue since {0}</source>
        <translation>Przypomnienie zaległe od: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="75"/>
        <source>Follow-up due today</source>
        <translation>Przypomnienie na dziś</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="76"/>
        <source>Follow-up due {0}</source>
        <translation>Przypomnienie, termin: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="79"/>
        <source>{0} {1} of {2}</source>
        <translation>{0} {1} z {2}</translation>
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
        <translation>wykonał(a): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="101"/>
        <source>for {0}</source>
        <translation>dla: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="141"/>
        <source>Logged by {0}</source>
        <translation>Zarejestrował(a): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="145"/>
        <source>Due {0}</source>
        <translation>Termin: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="147"/>
        <source>Done {0}</source>
        <translation>Wykonane: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/models/timeline_model.py" line="149"/>
        <source>For {0}</source>
        <translation>Dla: {0}</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="115"/>
        <source>History of contacts, follow-ups and scores</source>
        <translation>Historia kontaktów, przypomnień i ocen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/timeline_view.py" line="124"/>
        <source>No contacts, follow-ups or scores yet.</source>
        <translation>Nie ma jeszcze kontaktów, przypomnień ani ocen.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/pages/today.py" line="83"/>
        <source>Mine</source>
        <translation>Moje</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="85"/>
        <source>Everyone&apos;s</source>
        <translation>Wszystkich</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="92"/>
        <source>Show the follow-ups of every staff member</source>
        <translation>Pokaż przypomnienia wszystkich pracowników</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="106"/>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Contacts today</source>
        <translation>Kontakty dzisiaj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="107"/>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Open contacts</source>
        <translation>Otwarte kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="108"/>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="109"/>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="150"/>
        <location filename="../../ui/pages/today.py" line="336"/>
        <source>Nothing due — well done</source>
        <translation>Nic na dziś — dobra robota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="154"/>
        <source>Log a contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="158"/>
        <source>See upcoming follow-ups</source>
        <translation>Zobacz nadchodzące przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="162"/>
        <source>Reading today&apos;s follow-ups…</source>
        <translation>Odczytywanie dzisiejszych przypomnień…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="180"/>
        <source>{0} due</source>
        <translation>Termin: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="284"/>
        <source>{0} ({1}, turns {2})</source>
        <translation>{0} ({1}, kończy {2})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="285"/>
        <source>Birthdays this week: {0}</source>
        <translation>Urodziny w tym tygodniu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="307"/>
        <source>everyone&apos;s follow-ups</source>
        <translation>przypomnienia wszystkich</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="309"/>
        <source>follow-ups for {0} and unassigned ones</source>
        <translation>przypomnienia dla: {0} i nieprzypisane</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="314"/>
        <source>Your contacts today</source>
        <translation>Twoje dzisiejsze kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="315"/>
        <source>Contacts logged today</source>
        <translation>Kontakty zarejestrowane dzisiaj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="318"/>
        <source>Your open contacts</source>
        <translation>Twoje otwarte kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="319"/>
        <source>Contacts not resolved yet, of any day</source>
        <translation>Kontakty jeszcze nierozwiązane, z dowolnego dnia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="321"/>
        <source>Follow-ups past their due date or time</source>
        <translation>Przypomnienia po terminie (dacie lub godzinie)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="322"/>
        <source>Follow-ups due later today</source>
        <translation>Przypomnienia z terminem później dzisiaj</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="326"/>
        <source>No follow-up is overdue or due today. Log a contact when a customer calls or comes by.</source>
        <translation>Żadne przypomnienie nie jest zaległe ani na dziś. Zarejestruj kontakt, gdy klient zadzwoni lub przyjdzie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="330"/>
        <source>1 follow-up is coming up in the next 7 days.</source>
        <translation>W ciągu najbliższych 7 dni jest 1 przypomnienie.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="332"/>
        <source>{0} follow-ups are coming up in the next 7 days.</source>
        <translation>Przypomnienia w ciągu najbliższych 7 dni: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="335"/>
        <source>Switch to Everyone&apos;s to see your colleagues&apos; follow-ups.</source>
        <translation>Przełącz na „Wszystkich”, aby zobaczyć przypomnienia współpracowników.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="61"/>
        <source>Marked done: {0}</source>
        <translation>Oznaczono jako wykonane: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="66"/>
        <source>Resolve its contact</source>
        <translation>Rozwiąż jego kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="105"/>
        <source>Snoozed until {0}: {1}</source>
        <translation>Odłożono do {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="128"/>
        <source>Contact resolved</source>
        <translation>Rozwiązano kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="158"/>
        <source>Undone</source>
        <translation>Cofnięto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today_actions.py" line="163"/>
        <source>Follow-up not changed</source>
        <translation>Nie zmieniono przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="346"/>
        <source>Choose who is at the counter to see only their follow-ups</source>
        <translation>Wybierz, kto jest przy stanowisku, aby widzieć tylko jego przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="348"/>
        <source>Show the follow-ups of {0} and unassigned ones</source>
        <translation>Pokaż przypomnienia dla: {0} i nieprzypisane</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="29"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/undo_bar.py" line="40"/>
        <location filename="../../ui/widgets/undo_bar.py" line="41"/>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../ui/unsaved.py" line="47"/>
        <source>Changes to {0}&apos;s details</source>
        <translation>Zmiany danych klienta {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="70"/>
        <source>Unsaved changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="71"/>
        <source>Not saved yet:
{0}

Save before quitting?</source>
        <translation>Jeszcze niezapisane:
{0}

Zapisać przed zamknięciem?</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="73"/>
        <source>Save and quit</source>
        <translation>Zapisz i zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="74"/>
        <source>Quit without saving</source>
        <translation>Zakończ bez zapisywania</translation>
    </message>
    <message>
        <location filename="../../ui/unsaved.py" line="75"/>
        <source>Keep editing</source>
        <translation>Edytuj dalej</translation>
    </message>
</context>
<context>
    <name>UpcomingSection</name>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="45"/>
        <source>Upcoming follow-ups</source>
        <translation>Nadchodzące przypomnienia</translation>
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
            <numerusform>Nadchodzące w ciągu najbliższego %n dnia ({0})</numerusform>
            <numerusform>Nadchodzące w ciągu najbliższych %n dni ({0})</numerusform>
            <numerusform>Nadchodzące w ciągu najbliższych %n dni ({0})</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Show the follow-ups due soon</source>
        <translation>Pokaż przypomnienia z bliskim terminem</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/upcoming_section.py" line="86"/>
        <source>Hide them</source>
        <translation>Ukryj je</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="47"/>
        <location filename="../../ui/dialogs/welcome.py" line="54"/>
        <source>Welcome to Carebook</source>
        <translation>Witaj w Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="57"/>
        <source>Two questions and you are ready. You can change both later under Edit › Shop settings.</source>
        <translation>Dwa pytania i gotowe. Oba ustawienia możesz później zmienić w menu Edycja › Ustawienia sklepu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="71"/>
        <source>e.g. Corner Bikes</source>
        <translation>np. Rowery na Rogu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="72"/>
        <source>Your &amp;shop&apos;s name:</source>
        <translation>&amp;Nazwa Twojego sklepu:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="74"/>
        <source>e.g. Maria Jensen</source>
        <translation>np. Maria Kowalska</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="77"/>
        <source>&amp;Your name:</source>
        <translation>&amp;Twoje imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="79"/>
        <source>You become the shop&apos;s owner in Carebook: you can add staff and change settings.</source>
        <translation>Zostaniesz właścicielem sklepu w Carebook: możesz dodawać pracowników i zmieniać ustawienia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="87"/>
        <source>&amp;Country:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="89"/>
        <source>How do you want to start?</source>
        <translation>Jak chcesz zacząć?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="91"/>
        <source>Start with an empty customer list</source>
        <translation>Zacznij od pustej listy klientów</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="93"/>
        <source>Load demo data to try Carebook first (made-up customers, contacts and scores)</source>
        <translation>Wczytaj dane demonstracyjne, aby najpierw wypróbować Carebook (zmyśleni klienci, kontakty i oceny)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="96"/>
        <source>Import my customers from a spreadsheet (CSV) or an address book (vCard)</source>
        <translation>Zaimportuj moich klientów z arkusza kalkulacyjnego (CSV) lub książki adresowej (vCard)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="105"/>
        <source>This counter joins a shop on a &amp;server…</source>
        <translation>To stanowisko dołącza do sklepu na &amp;serwerze…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="108"/>
        <source>Several counters share one shop on a PostgreSQL server: connect to it instead</source>
        <translation>Kilka stanowisk korzysta z jednego sklepu na serwerze PostgreSQL: połącz się z nim zamiast tego</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Start Carebook</source>
        <translation>Uruchom Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="125"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="159"/>
        <source>Please enter your shop&apos;s name.</source>
        <translation>Wpisz nazwę swojego sklepu.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/welcome.py" line="162"/>
        <source>Please enter your name.</source>
        <translation>Wpisz swoje imię i nazwisko.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="83"/>
        <source>There is no active staff member called “{0}”.</source>
        <translation>Nie ma aktywnego pracownika o nazwie „{0}”.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="115"/>
        <source>Use this computer&apos;s file</source>
        <translation>Użyj pliku z tego komputera</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="116"/>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Cannot open the shop&apos;s server</source>
        <translation>Nie można otworzyć serwera sklepu</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="163"/>
        <source>Staff member not found</source>
        <translation>Nie znaleziono pracownika</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="180"/>
        <source>Carebook</source>
        <translation>Carebook</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="206"/>
        <source>Carebook cannot start</source>
        <translation>Nie można uruchomić programu Carebook</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <location filename="../../ui/widgets/chart_bars.py" line="56"/>
        <location filename="../../ui/widgets/chart_bars.py" line="131"/>
        <source>Nothing to show yet</source>
        <translation>Na razie nie ma czego pokazać</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="54"/>
        <source>No data in these months</source>
        <translation>Brak danych w tych miesiącach</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="91"/>
        <source>no data</source>
        <translation>brak danych</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/chart_line.py" line="258"/>
        <source>{0}: no data</source>
        <translation>{0}: brak danych</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/charts.py" line="121"/>
        <source>No data yet</source>
        <translation>Nie ma jeszcze danych</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <location filename="../../ui/crash.py" line="110"/>
        <source>The details were written to {0}.</source>
        <translation>Szczegóły zapisano w {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="112"/>
        <source>The details could not be written to the log file.</source>
        <translation>Nie udało się zapisać szczegółów w pliku dziennika.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="115"/>
        <source>Something went wrong inside Carebook: {0}</source>
        <translation>Coś poszło nie tak w programie Carebook: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="118"/>
        <source>Your data is safe. Carebook keeps running; if a window looks wrong, close and reopen it.</source>
        <translation>Twoje dane są bezpieczne. Carebook działa dalej; jeśli jakieś okno wygląda źle, zamknij je i otwórz ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="128"/>
        <source>Unexpected error</source>
        <translation>Nieoczekiwany błąd</translation>
    </message>
</context>
<context>
    <name>data_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="85"/>
        <source>Back up now</source>
        <translation>Zrób kopię zapasową teraz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="86"/>
        <source>No shop is open, so there is nothing to back up.</source>
        <translation>Żaden sklep nie jest otwarty, więc nie ma czego kopiować.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="96"/>
        <source>Backup saved: {0}</source>
        <translation>Zapisano kopię zapasową: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="101"/>
        <source>No backup made</source>
        <translation>Nie utworzono kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="104"/>
        <source>A backup is being made already.</source>
        <translation>Kopia zapasowa jest już tworzona.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/data_dialogs.py" line="108"/>
        <source>Making a backup…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
</context>
<context>
    <name>db_recovery</name>
    <message>
        <location filename="../../ui/db_recovery.py" line="68"/>
        <source>it cannot be opened</source>
        <translation>nie da się go otworzyć</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="71"/>
        <source>{0} links between records point nowhere</source>
        <translation>powiązania między rekordami prowadzące donikąd: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="77"/>
        <source>Carebook found problems in its data file {0} ({1}).

It can set this file aside (renamed, not deleted) and continue with the newest good backup, made {2}. Anything entered after that backup is in the set-aside file only.</source>
        <translation>Carebook znalazł problemy w pliku danych {0} ({1}).

Może odłożyć ten plik (ze zmienioną nazwą, nie usunięty) i kontynuować z najnowszą poprawną kopią zapasową, wykonaną {2}. To, co wpisano po tej kopii, jest tylko w odłożonym pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="85"/>
        <location filename="../../ui/db_recovery.py" line="95"/>
        <source>The data file is damaged</source>
        <translation>Plik danych jest uszkodzony</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="87"/>
        <source>Set it aside and use the backup</source>
        <translation>Odłóż go na bok i użyj kopii zapasowej</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="88"/>
        <source>Keep the damaged file for now</source>
        <translation>Na razie zachowaj uszkodzony plik</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="96"/>
        <source>Carebook found problems in its data file {0} ({1}) and no good backup to replace it. Make a copy of the file before changing anything, and ask for help.</source>
        <translation>Carebook znalazł problemy w pliku danych {0} ({1}) i nie ma poprawnej kopii zapasowej, która mogłaby go zastąpić. Zanim cokolwiek zmienisz, zrób kopię pliku i poproś o pomoc.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="149"/>
        <location filename="../../ui/db_recovery.py" line="184"/>
        <source>Backup restored</source>
        <translation>Przywrócono kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="150"/>
        <source>The damaged file was kept as {0}. Carebook now starts with the backup made {1}.</source>
        <translation>Uszkodzony plik zachowano jako {0}. Carebook uruchamia się teraz z kopii zapasowej utworzonej {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="176"/>
        <source>Not restored</source>
        <translation>Nie przywrócono</translation>
    </message>
    <message>
        <location filename="../../ui/db_recovery.py" line="185"/>
        <source>The damaged file was kept as {0}. Carebook now works with the backup made {1}.</source>
        <translation>Uszkodzony plik zachowano jako {0}. Carebook pracuje teraz na kopii zapasowej utworzonej {1}.</translation>
    </message>
</context>
<context>
    <name>followups</name>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="30"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="32"/>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="48"/>
        <source>Overdue</source>
        <translation>Zaległe</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="49"/>
        <source>Overdue since {0}</source>
        <translation>Zaległe od {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="53"/>
        <source>Overdue by 1 day</source>
        <translation>Zaległe o 1 dzień</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="54"/>
        <source>Overdue by {0} days</source>
        <translation>Zaległe o {0} dni</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="57"/>
        <source>Due today</source>
        <translation>Na dziś</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="58"/>
        <source>Due at {0}</source>
        <translation>Termin: godz. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="61"/>
        <source>Due {0}</source>
        <translation>Termin: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="62"/>
        <source>Due {0} at {1}</source>
        <translation>Termin: {0}, godz. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="68"/>
        <source>today</source>
        <translation>dziś</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="70"/>
        <source>tomorrow</source>
        <translation>jutro</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="75"/>
        <source>{0} at {1}</source>
        <translation>{0}, godz. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="86"/>
        <source>No scores yet</source>
        <translation>Brak ocen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="87"/>
        <source>Last score {0}</source>
        <translation>Ostatnia ocena: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="92"/>
        <source>No open contacts</source>
        <translation>Brak otwartych kontaktów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="94"/>
        <source>1 open contact</source>
        <translation>1 otwarty kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="95"/>
        <source>{0} open contacts</source>
        <translation>Otwarte kontakty: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="101"/>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/followup_text.py" line="104"/>
        <source>For {0}</source>
        <translation>Dla: {0}</translation>
    </message>
</context>
<context>
    <name>jobs</name>
    <message>
        <location filename="../../ui/jobs.py" line="302"/>
        <source>Something could not be done</source>
        <translation>Nie udało się czegoś wykonać</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <location filename="../../ui/keys.py" line="71"/>
        <source>Any dialog</source>
        <translation>Dowolne okno</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="72"/>
        <source>Log a contact</source>
        <translation>Zarejestruj kontakt</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="76"/>
        <source>Save, from any field</source>
        <translation>Zapisz, z dowolnego pola</translation>
    </message>
    <message>
        <location filename="../../ui/keys.py" line="83"/>
        <source>Channel: {0}</source>
        <translation>Kanał: {0}</translation>
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
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>In person</source>
        <translation>Osobiście</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="22"/>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="23"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="24"/>
        <source>Chat</source>
        <translation>Czat</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="25"/>
        <source>Self-service</source>
        <translation>Samoobsługa</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Inbound</source>
        <translation>Przychodzący</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Outbound</source>
        <translation>Wychodzący</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>Inquiry</source>
        <translation>Zapytanie</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>Technical</source>
        <translation>Techniczny</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="35"/>
        <source>Order / return</source>
        <translation>Zamówienie / zwrot</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Billing</source>
        <translation>Płatności i faktury</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Recommendation</source>
        <translation>Rekomendacja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Complaint</source>
        <translation>Reklamacja</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="39"/>
        <source>Compliment</source>
        <translation>Pochwała</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="40"/>
        <source>Other</source>
        <translation>Inne</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43"/>
        <source>Open</source>
        <translation>Otwarty</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>Resolved</source>
        <translation>Rozwiązany</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Normal</source>
        <translation>Normalny</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="48"/>
        <source>High</source>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51"/>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>Staff</source>
        <translation>Pracownik</translation>
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
        <translation>Zadowolenie (1 = bardzo niezadowolony, 5 = bardzo zadowolony)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="61"/>
        <source>Would recommend us (0 = not at all, 10 = certainly)</source>
        <translation>Polecenie nas innym (0 = na pewno nie, 10 = na pewno tak)</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="62"/>
        <source>Ease (1 = very hard, 7 = very easy)</source>
        <translation>Łatwość (1 = bardzo trudno, 7 = bardzo łatwo)</translation>
    </message>
</context>
<context>
    <name>pages</name>
    <message>
        <location filename="../../ui/pages/contacts.py" line="111"/>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/customers.py" line="132"/>
        <source>Customers</source>
        <translation>Klienci</translation>
    </message>
    <message>
        <location filename="../../ui/pages/followups.py" line="178"/>
        <source>Follow-ups</source>
        <translation>Przypomnienia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../ui/pages/satisfaction.py" line="164"/>
        <source>Satisfaction</source>
        <translation>Zadowolenie</translation>
    </message>
    <message>
        <location filename="../../ui/pages/today.py" line="177"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
</context>
<context>
    <name>scheduler</name>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="134"/>
        <source>Backup saved: {0}</source>
        <translation>Zapisano kopię zapasową: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/backup_scheduler.py" line="144"/>
        <source>The automatic backup failed: {0}</source>
        <translation>Automatyczna kopia zapasowa nie powiodła się: {0}</translation>
    </message>
</context>
<context>
    <name>time</name>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="27"/>
        <source>In the future</source>
        <translation>W przyszłości</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="29"/>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="31"/>
        <source>Yesterday</source>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="33"/>
        <source>{0} days ago</source>
        <translation>{0} dni temu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="35"/>
        <source>{0} weeks ago</source>
        <translation>{0} tyg. temu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="38"/>
        <source>{0} months ago</source>
        <translation>{0} mies. temu</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="39"/>
        <source>{0} years ago</source>
        <translation>przed {0} laty</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/relative_time.py" line="55"/>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
</context>
</TS>
