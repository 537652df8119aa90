<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lv_LV">
<context>
    <name>About</name>
    <message>
        <location filename="../settings_dialog.py" line="186"/>
        <source>&lt;h3&gt;Casebook {version}&lt;/h3&gt;
&lt;p&gt;A catalogue of AI good practices for European cities and regions, kept on your own
computer and exchanged with partners in signed bundles.&lt;/p&gt;
&lt;p&gt;Free software under the EUPL 1.2. The starter cases are CC BY 4.0.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Translations.&lt;/b&gt; The Finnish, Dutch, Italian, Romanian and Latvian texts of the
interface are first drafts, for partners to correct. To correct one, open
&lt;code&gt;desktop/translations/casebook_{code}.ts&lt;/code&gt; in Qt Linguist
(&lt;code&gt;pyside6-linguist&lt;/code&gt;), change the wording, save, and run
&lt;code&gt;make translations&lt;/code&gt;; or send the corrected file to the developers.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Casebook {version}&lt;/h3&gt;
&lt;p&gt;Eiropas pilsētu un reģionu mākslīgā intelekta labās prakses katalogs, kas glabājas jūsu
datorā un ar partneriem tiek apmainīts parakstītās paketēs.&lt;/p&gt;
&lt;p&gt;Brīvā programmatūra ar EUPL 1.2 licenci. Sākotnējie gadījumi ir CC BY 4.0.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Tulkojumi.&lt;/b&gt; Saskarnes somu, nīderlandiešu, itāļu, rumāņu un latviešu teksti ir
pirmie melnraksti, ko partneri var labot. Lai labotu tulkojumu, atveriet
&lt;code&gt;desktop/translations/casebook_{code}.ts&lt;/code&gt; programmā Qt Linguist
(&lt;code&gt;pyside6-linguist&lt;/code&gt;), izmainiet formulējumu, saglabājiet un palaidiet
&lt;code&gt;make translations&lt;/code&gt;; vai nosūtiet laboto datni izstrādātājiem.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="212"/>
        <source>About Casebook</source>
        <translation>Par Casebook</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../backend.py" line="207"/>
        <source>Something went wrong — {error}; details in the log</source>
        <translation>Kaut kas nogāja greizi — {error}; sīkāk žurnālā</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="176"/>
        <source>%Ln invalid row(s). Nothing is imported unless you fix them in the file (then go Back and Next to check again) or import only the valid rows:</source>
        <translation>
            <numerusform>%Ln nederīga rinda. Nekas netiks importēts, ja vien neizlabosiet to datnē (tad ejiet Atpakaļ un ar Nākamais pārbaudiet vēlreiz) vai neimportēsiet tikai derīgās rindas:</numerusform>
            <numerusform>%Ln nederīgas rindas. Nekas netiks importēts, ja vien neizlabosiet tās datnē (tad ejiet Atpakaļ un ar Nākamais pārbaudiet vēlreiz) vai neimportēsiet tikai derīgās rindas:</numerusform>
            <numerusform>%Ln nederīgu rindu. Nekas netiks importēts, ja vien neizlabosiet tās datnē (tad ejiet Atpakaļ un ar Nākamais pārbaudiet vēlreiz) vai neimportēsiet tikai derīgās rindas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../window_menus.py" line="197"/>
        <source>Delete saved search “{name}”…</source>
        <translation>Dzēst saglabāto meklējumu „{name}”…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="61"/>
        <source>New collection</source>
        <translation>Jauna kolekcija</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="62"/>
        <source>Name of the collection:</source>
        <translation>Kolekcijas nosaukums:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="75"/>
        <source>Created the collection “{name}”.</source>
        <translation>Izveidota kolekcija „{name}”.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="82"/>
        <source>Rename collection</source>
        <translation>Pārdēvēt kolekciju</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="83"/>
        <source>New name:</source>
        <translation>Jaunais nosaukums:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="90"/>
        <source>Renamed to “{new}”.</source>
        <translation>Pārdēvēta par „{new}”.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="97"/>
        <source>Introduction</source>
        <translation>Ievads</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="98"/>
        <source>Introduction (shown on the cover of exports):</source>
        <translation>Ievads (redzams eksporta titullapā):</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="104"/>
        <source>Introduction saved.</source>
        <translation>Ievads saglabāts.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="109"/>
        <source>this collection</source>
        <translation>šī kolekcija</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="112"/>
        <source>Delete collection?</source>
        <translation>Dzēst kolekciju?</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="113"/>
        <source>Delete the collection “{name}”? The cases in it stay in the library.</source>
        <translation>Dzēst kolekciju „{name}”? Tās gadījumi paliek bibliotēkā.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="120"/>
        <source>Deleted the collection “{name}”.</source>
        <translation>Kolekcija „{name}” izdzēsta.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="125"/>
        <source>the collection</source>
        <translation>kolekcija</translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="128"/>
        <source>Added %n case(s) to “{name}”.</source>
        <translation>
            <numerusform>Kolekcijai „{name}” pievienots %n gadījums.</numerusform>
            <numerusform>Kolekcijai „{name}” pievienoti %n gadījumi.</numerusform>
            <numerusform>Kolekcijai „{name}” pievienoti %n gadījumu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="138"/>
        <source>Removed %n case(s) from the collection (they stay in the library).</source>
        <translation>
            <numerusform>No kolekcijas izņemts %n gadījums (tas paliek bibliotēkā).</numerusform>
            <numerusform>No kolekcijas izņemti %n gadījumi (tie paliek bibliotēkā).</numerusform>
            <numerusform>No kolekcijas izņemti %n gadījumu (tie paliek bibliotēkā).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="153"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="154"/>
        <source>Note on this case in the collection:</source>
        <translation>Piezīme par šo gadījumu kolekcijā:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="162"/>
        <source>Note saved.</source>
        <translation>Piezīme saglabāta.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="176"/>
        <source>Moved.</source>
        <translation>Pārvietots.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="186"/>
        <source>Add to collection</source>
        <translation>Pievienot kolekcijai</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="191"/>
        <location filename="../library/collections_ui.py" line="229"/>
        <source>New collection…</source>
        <translation>Jauna kolekcija…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="196"/>
        <source>Remove from this collection</source>
        <translation>Izņemt no šīs kolekcijas</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="201"/>
        <source>Note…</source>
        <translation>Piezīme…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="204"/>
        <source>Move up</source>
        <translation>Pārvietot augšup</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="208"/>
        <source>Move down</source>
        <translation>Pārvietot lejup</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="219"/>
        <source>Export</source>
        <translation>Eksportēt</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="221"/>
        <source>Rename…</source>
        <translation>Pārdēvēt…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="223"/>
        <source>Introduction…</source>
        <translation>Ievads…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="226"/>
        <source>Delete collection…</source>
        <translation>Dzēst kolekciju…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="245"/>
        <source>Export “{name}”</source>
        <translation>Eksportēt „{name}”</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="111"/>
        <source>; {count} deleted cases left out</source>
        <translation>; izlaisti dzēstie gadījumi: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="118"/>
        <source>Exported {count} cases to {path} ({size} KB)</source>
        <translation>Eksportēts uz {path} ({size} KB), gadījumi: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="129"/>
        <source>Export cancelled; no file was written</source>
        <translation>Eksportēšana atcelta; neviena datne netika ierakstīta</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../exchange/conflicts.py" line="171"/>
        <source>Resolve conflict — {title}</source>
        <translation>Atrisināt konfliktu — {title}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="172"/>
        <source>Conflict resolver</source>
        <translation>Konfliktu risināšana</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/conflicts.py" line="177"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; was edited in %n places before they exchanged, so it has %n versions. They differ in the highlighted rows: choose one version per row, or use all of one version, or write the value you want in the last column; then save. Every version stays in the history; the merged one travels to partners in the next bundle.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; tika rediģēts %n vietā, pirms tās apmainījās ar datiem, tāpēc tam ir %n versija. Tās atšķiras iezīmētajās rindās: katrai rindai izvēlieties vienu versiju, izmantojiet visu vienu versiju vai ierakstiet vajadzīgo vērtību pēdējā kolonnā; tad saglabājiet. Visas versijas paliek vēsturē; apvienotā versija nonāks pie partneriem nākamajā paketē.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; tika rediģēts %n vietās, pirms tās apmainījās ar datiem, tāpēc tam ir %n versijas. Tās atšķiras iezīmētajās rindās: katrai rindai izvēlieties vienu versiju, izmantojiet visu vienu versiju vai ierakstiet vajadzīgo vērtību pēdējā kolonnā; tad saglabājiet. Visas versijas paliek vēsturē; apvienotā versija nonāks pie partneriem nākamajā paketē.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; tika rediģēts %n vietās, pirms tās apmainījās ar datiem, tāpēc tam ir %n versiju. Tās atšķiras iezīmētajās rindās: katrai rindai izvēlieties vienu versiju, izmantojiet visu vienu versiju vai ierakstiet vajadzīgo vērtību pēdējā kolonnā; tad saglabājiet. Visas versijas paliek vēsturē; apvienotā versija nonāks pie partneriem nākamajā paketē.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="188"/>
        <source>What to do</source>
        <translation>Kas jādara</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="190"/>
        <location filename="../exchange/conflicts.py" line="191"/>
        <source>Show only the fields that differ</source>
        <translation>Rādīt tikai atšķirīgos laukus</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="197"/>
        <source>Versions side by side</source>
        <translation>Versijas blakus</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="208"/>
        <source>Resolver message</source>
        <translation>Risinājuma ziņojums</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="212"/>
        <location filename="../exchange/conflicts.py" line="214"/>
        <source>Save merged version</source>
        <translation>Saglabāt apvienoto versiju</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="216"/>
        <source>Close without resolving</source>
        <translation>Aizvērt, neatrisinot</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="223"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lauks&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="226"/>
        <source> (shown now)</source>
        <translation> (tagad redzama)</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="229"/>
        <source>&lt;b&gt;Version {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;installation {origin}</source>
        <translation>&lt;b&gt;Versija {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;instalācija {origin}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="239"/>
        <source>Version {letter}</source>
        <translation>Versija {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="241"/>
        <source>Use all of this version</source>
        <translation>Izmantot visu šo versiju</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="243"/>
        <source>Use all of version {letter}</source>
        <translation>Izmantot visu versiju {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="250"/>
        <source>&lt;b&gt;Merged version&lt;/b&gt;&lt;br&gt;what is saved; you can edit it</source>
        <translation>&lt;b&gt;Apvienotā versija&lt;/b&gt;&lt;br&gt;tas, kas tiks saglabāts; varat to rediģēt</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="252"/>
        <source>Merged version</source>
        <translation>Apvienotā versija</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="299"/>
        <source>{field} in version {letter}</source>
        <translation>{field} versijā {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="310"/>
        <source>Use this</source>
        <translation>Izmantot šo</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="312"/>
        <source>Use {field} from version {letter}</source>
        <translation>Izmantot lauku {field} no versijas {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="327"/>
        <source>Merged {field}</source>
        <translation>Apvienots: {field}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="414"/>
        <source>Saving…</source>
        <translation>Saglabā…</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="434"/>
        <source>Not saved: {reason}. Nothing was changed.</source>
        <translation>Nav saglabāts: {reason}. Nekas netika mainīts.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../detail.py" line="64"/>
        <source>{size} bytes</source>
        <translation>{size} baiti</translation>
    </message>
    <message>
        <location filename="../detail.py" line="86"/>
        <source>Entry details</source>
        <translation>Gadījuma informācija</translation>
    </message>
    <message>
        <location filename="../detail.py" line="114"/>
        <source>Select a case to see it here.</source>
        <translation>Atlasiet gadījumu, lai to redzētu šeit.</translation>
    </message>
    <message>
        <location filename="../detail.py" line="137"/>
        <source>Matched:</source>
        <translation>Atbilstības:</translation>
    </message>
    <message>
        <location filename="../detail.py" line="147"/>
        <source>Resolve…</source>
        <translation>Atrisināt…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="180"/>
        <source>Links</source>
        <translation>Saites</translation>
    </message>
    <message>
        <location filename="../detail.py" line="186"/>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <location filename="../detail.py" line="194"/>
        <source>Source and licence</source>
        <translation>Avots un licence</translation>
    </message>
    <message>
        <location filename="../detail.py" line="198"/>
        <source>Similar cases</source>
        <translation>Līdzīgi gadījumi</translation>
    </message>
    <message>
        <location filename="../detail.py" line="208"/>
        <source>none found</source>
        <translation>nekas nav atrasts</translation>
    </message>
    <message>
        <location filename="../detail.py" line="210"/>
        <source>looking…</source>
        <translation>meklē…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="215"/>
        <source>History</source>
        <translation>Vēsture</translation>
    </message>
    <message>
        <location filename="../detail.py" line="226"/>
        <source>updated {updated} · created {created} · id {id}</source>
        <translation>atjaunināts {updated} · izveidots {created} · id {id}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="276"/>
        <source>deleted</source>
        <translation>dzēsa</translation>
    </message>
    <message>
        <location filename="../detail.py" line="279"/>
        <source>changed {fields}</source>
        <translation>mainīja {fields}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="281"/>
        <source>created</source>
        <translation>izveidoja</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="73"/>
        <source>similar cases need semantic search, which is turned off in Settings</source>
        <translation>līdzīgiem gadījumiem vajag meklēšanu pēc nozīmes, kas ir izslēgta iestatījumos</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="77"/>
        <source>similar cases need semantic search, which this build does not have</source>
        <translation>līdzīgiem gadījumiem vajag meklēšanu pēc nozīmes, kuras šajā versijā nav</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="81"/>
        <source>similar cases appear when semantic search is ready</source>
        <translation>līdzīgi gadījumi parādīsies, kad meklēšana pēc nozīmes būs gatava</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <location filename="../detail.py" line="142"/>
        <source>⚠ %n concurrent versions of this entry exist; this one is shown until the conflict is resolved.</source>
        <translation>
            <numerusform>⚠ Šim gadījumam ir %n vienlaicīga versija; šī tiek rādīta, līdz konflikts būs atrisināts.</numerusform>
            <numerusform>⚠ Šim gadījumam ir %n vienlaicīgas versijas; šī tiek rādīta, līdz konflikts būs atrisināts.</numerusform>
            <numerusform>⚠ Šim gadījumam ir %n vienlaicīgu versiju; šī tiek rādīta, līdz konflikts būs atrisināts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../editor.py" line="132"/>
        <source>Edit — {title}</source>
        <translation>Rediģēt — {title}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="134"/>
        <source>New case</source>
        <translation>Jauns gadījums</translation>
    </message>
    <message>
        <location filename="../editor.py" line="136"/>
        <source>Entry editor</source>
        <translation>Gadījuma rediģēšana</translation>
    </message>
    <message>
        <location filename="../editor.py" line="162"/>
        <source>Similar cases warning</source>
        <translation>Brīdinājums par līdzīgiem gadījumiem</translation>
    </message>
    <message>
        <location filename="../editor.py" line="189"/>
        <source>Attachments</source>
        <translation>Pielikumi</translation>
    </message>
    <message>
        <location filename="../editor.py" line="191"/>
        <source>Add files… (or drop them here)</source>
        <translation>Pievienot datnes… (vai nometiet tās šeit)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="217"/>
        <source>Save</source>
        <translation>Saglabāt</translation>
    </message>
    <message>
        <location filename="../editor.py" line="221"/>
        <source>Discard changes</source>
        <translation>Atmest izmaiņas</translation>
    </message>
    <message>
        <location filename="../editor.py" line="279"/>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} baiti)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="334"/>
        <source>Transfer {n}, {column}: {message}</source>
        <translation>Pārnese {n}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="416"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (tiks pievienots, saglabājot)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Discard changes?</source>
        <translation>Atmest izmaiņas?</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Throw away what you typed in this form?</source>
        <translation>Atmest šajā veidlapā ierakstīto?</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="35"/>
        <source>Basics</source>
        <translation>Pamatdati</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="39"/>
        <source>Title *</source>
        <translation>Nosaukums *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="40"/>
        <source>≤ 200 characters</source>
        <translation>≤ 200 rakstzīmes</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="44"/>
        <source>Summary *</source>
        <translation>Kopsavilkums *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="46"/>
        <source>a few sentences, ≤ 1,000 characters</source>
        <translation>daži teikumi, ≤ 1000 rakstzīmju</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="50"/>
        <source>Description</source>
        <translation>Apraksts</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="52"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="56"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="60"/>
        <source>Language *</source>
        <translation>Valoda *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="61"/>
        <source>of the text: en, nl, fi, it, ro, lv…</source>
        <translation>teksta valoda: en, nl, fi, it, ro, lv…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="65"/>
        <source>Tags</source>
        <translation>Birkas</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="67"/>
        <source>comma-separated</source>
        <translation>atdalītas ar komatiem</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="72"/>
        <source>Organisation and place</source>
        <translation>Organizācija un vieta</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="74"/>
        <source>Organisation *</source>
        <translation>Organizācija *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="77"/>
        <source>Organisation type</source>
        <translation>Organizācijas veids</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="83"/>
        <source>Country *</source>
        <translation>Valsts *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="84"/>
        <source>two letters: FI, NL, IT, RO, LV…</source>
        <translation>divi burti: FI, NL, IT, RO, LV…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="86"/>
        <source>City</source>
        <translation>Pilsēta</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="89"/>
        <source>NUTS code</source>
        <translation>NUTS kods</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="90"/>
        <source>e.g. FI197</source>
        <translation>piem., FI197</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="94"/>
        <source>Started</source>
        <translation>Sākts</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="95"/>
        <source>year or date: 2023, 2023-05</source>
        <translation>gads vai datums: 2023, 2023-05</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="97"/>
        <source>Ended</source>
        <translation>Beigts</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="101"/>
        <source>AI and governance</source>
        <translation>MI un pārvaldība</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="105"/>
        <source>AI techniques</source>
        <translation>MI metodes</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="111"/>
        <source>Policy areas</source>
        <translation>Politikas jomas</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="113"/>
        <source>COFOG codes: 01.3, 07.4…</source>
        <translation>COFOG kodi: 01.3, 07.4…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="117"/>
        <source>Governance themes</source>
        <translation>Pārvaldības tēmas</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="123"/>
        <source>AI Act risk</source>
        <translation>Risks saskaņā ar MI aktu</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="128"/>
        <source>Legal basis</source>
        <translation>Juridiskais pamats</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="132"/>
        <source>Human oversight</source>
        <translation>Cilvēka virsuzraudzība</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="135"/>
        <source>Provider / vendor</source>
        <translation>Piegādātājs</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="136"/>
        <source>Data sources</source>
        <translation>Datu avoti</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="137"/>
        <source>Risks and mitigations</source>
        <translation>Riski un to mazināšana</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="141"/>
        <source>Good practice</source>
        <translation>Labā prakse</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="143"/>
        <source>Purpose</source>
        <translation>Mērķis</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="144"/>
        <source>Problem addressed</source>
        <translation>Risināmā problēma</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="145"/>
        <source>Evidence of success</source>
        <translation>Panākumu pierādījumi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="147"/>
        <source>Transfer potential</source>
        <translation>Pārņemšanas potenciāls</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="150"/>
        <source>Difficulties and lessons</source>
        <translation>Grūtības un gūtās atziņas</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="155"/>
        <source>Learning trail</source>
        <translation>Mācīšanās ceļš</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="159"/>
        <source>Interreg project</source>
        <translation>Interreg projekts</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="160"/>
        <source>e.g. AI4Citizens</source>
        <translation>piem., AI4Citizens</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="163"/>
        <source>Policy instrument</source>
        <translation>Politikas instruments</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="167"/>
        <source>Validation</source>
        <translation>Validācija</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="173"/>
        <source>Expert opinion</source>
        <translation>Ekspertu atzinums</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="178"/>
        <location filename="../transfers_table.py" line="49"/>
        <source>Transfers</source>
        <translation>Pārneses</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="184"/>
        <source>Links and attachments</source>
        <translation>Saites un pielikumi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="188"/>
        <source>Links</source>
        <translation>Saites</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="190"/>
        <source>one per line: title | https://…</source>
        <translation>pa vienai katrā rindā: nosaukums | https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="194"/>
        <source>Source code</source>
        <translation>Pirmkods</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="195"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="197"/>
        <source>Contact name</source>
        <translation>Kontaktpersona</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="198"/>
        <source>Contact e-mail</source>
        <translation>Kontaktpersonas e-pasts</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="199"/>
        <source>Contact page</source>
        <translation>Kontaktu lapa</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="214"/>
        <source>Practice</source>
        <translation>Prakse</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="218"/>
        <source>Who and where</source>
        <translation>Kas un kur</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="231"/>
        <source>To follow up</source>
        <translation>Turpmākie soļi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="243"/>
        <source>is required; fill it in</source>
        <translation>ir obligāts; aizpildiet to</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="244"/>
        <source>must not be empty</source>
        <translation>nedrīkst būt tukšs</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="245"/>
        <source>must be text</source>
        <translation>jābūt tekstam</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="246"/>
        <source>must be a list</source>
        <translation>jābūt sarakstam</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="247"/>
        <source>must be a whole number</source>
        <translation>jābūt veselam skaitlim</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="250"/>
        <source>is {length} characters long; shorten it to at most {most}</source>
        <translation>ir {length} rakstzīmes garš; saīsiniet to līdz {most}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="256"/>
        <source>{value} is not allowed; use one of: {choices}</source>
        <translation>{value} nav atļauts; izmantojiet vienu no: {choices}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="261"/>
        <source>{value} is not a country code; use two letters such as FI, NL, IT, RO or LV</source>
        <translation>{value} nav valsts kods; izmantojiet divus burtus, piemēram, FI, NL, IT, RO vai LV</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="268"/>
        <source>{value} is the EU statistical code; use the ISO code {code}</source>
        <translation>{value} ir ES statistikas kods; izmantojiet ISO kodu {code}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="275"/>
        <source>{value} is not a language code; use a code such as en, nl, fi, it, ro or lv</source>
        <translation>{value} nav valodas kods; izmantojiet kodu, piemēram, en, nl, fi, it, ro vai lv</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="283"/>
        <source>{value} is not a NUTS code; use the country prefix and up to three characters, such as FI1B or NL329</source>
        <translation>{value} nav NUTS kods; izmantojiet valsts prefiksu un ne vairāk kā trīs rakstzīmes, piemēram, FI1B vai NL329</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="292"/>
        <source>NUTS code {nuts} is not in country {country}; NUTS codes there start with {prefix}</source>
        <translation>NUTS kods {nuts} nav valstī {country}; tur NUTS kodi sākas ar {prefix}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="300"/>
        <source>must be a date written as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>jābūt datumam formā GGGG, GGGG-MM vai GGGG-MM-DD</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="307"/>
        <source>{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-03-01</source>
        <translation>{value} nav datums; rakstiet GGGG, GGGG-MM vai GGGG-MM-DD, piemēram, 2024-03-01</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="314"/>
        <source>end {end} is before start {start}</source>
        <translation>beigas {end} ir pirms sākuma {start}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="318"/>
        <source>{value} is not a web address; write it as https://…</source>
        <translation>{value} nav tīmekļa adrese; rakstiet to kā https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="322"/>
        <source>{value} is not an e-mail address; write it as name@example.org</source>
        <translation>{value} nav e-pasta adrese; rakstiet to kā vards@example.org</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="24"/>
        <source>Partner *</source>
        <translation>Partneris *</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="25"/>
        <source>Action plan</source>
        <translation>Rīcības plāns</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="26"/>
        <source>Date</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="27"/>
        <source>Note</source>
        <translation>Piezīme</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="53"/>
        <source>Add transfer</source>
        <translation>Pievienot pārnesi</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="55"/>
        <source>Remove transfer</source>
        <translation>Noņemt pārnesi</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../entry_model.py" line="64"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="65"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="66"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="67"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="68"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="69"/>
        <source>Updated</source>
        <translation>Atjaunināts</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="71"/>
        <source>Validation</source>
        <translation>Validācija</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="72"/>
        <source>Interreg project</source>
        <translation>Interreg projekts</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../window_menus.py" line="201"/>
        <source>Resolve a conflict…</source>
        <translation>Atrisināt konfliktu…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="77"/>
        <source>Exchange with partners…</source>
        <translation>Apmaiņa ar partneriem…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="80"/>
        <source>Resolve conflict…</source>
        <translation>Atrisināt konfliktu…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="133"/>
        <source>Import</source>
        <translation>Importēt</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="155"/>
        <source>Created the identity of {org}. Fingerprint: {fp}. Export the identity file and hand it to your partners.</source>
        <translation>Izveidota organizācijas {org} identitāte. Nospiedums: {fp}. Eksportējiet identitātes datni un nododiet to partneriem.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="179"/>
        <source>Wrote {path} (fingerprint {fp}). Hand it to your partners.</source>
        <translation>Ierakstīts {path} (nospiedums {fp}). Nododiet to partneriem.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="201"/>
        <source>Added {org} ({status}). Fingerprint: {fp}</source>
        <translation>Pievienots {org} ({status}). Nospiedums: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="203"/>
        <source>{org} was already a partner ({status}). Fingerprint: {fp}</source>
        <translation>{org} jau bija partneris ({status}). Nospiedums: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="215"/>
        <source>Not added: {reason}</source>
        <translation>Nav pievienots: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="222"/>
        <source>Read this fingerprint aloud with {org} (by phone or in person) and check that theirs is the same:

{fp}

Trust {org}? Their bundles are accepted from now on.</source>
        <translation>Nolasiet šo nospiedumu skaļi kopā ar {org} (pa tālruni vai klātienē) un pārbaudiet, vai viņu nospiedums ir tāds pats:

{fp}

Uzticēties {org}? No šī brīža viņu paketes tiks pieņemtas.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="225"/>
        <source>Compare the fingerprint</source>
        <translation>Salīdziniet nospiedumu</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="238"/>
        <source>Trusted {org} ({fp}).</source>
        <translation>Uzticas: {org} ({fp}).</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="248"/>
        <source>Revoke the key?</source>
        <translation>Atsaukt atslēgu?</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="250"/>
        <source>Revoke the key of {org}? Entries already received from them stay; anything newer they sign is refused from now on, and a revoked key cannot be trusted again.</source>
        <translation>Atsaukt {org} atslēgu? No viņiem jau saņemtie gadījumi paliek; viss jaunākais, ko viņi paraksta, turpmāk tiks noraidīts, un atsauktai atslēgai vairs nevar uzticēties.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="263"/>
        <source>Revoked the key of {org}.</source>
        <translation>{org} atslēga atsaukta.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="278"/>
        <source>Wrote {name}: {revisions}, {blobs}.</source>
        <translation>Ierakstīts {name}: {revisions}, {blobs}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="280"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln redakcija</numerusform>
            <numerusform>%Ln redakcijas</numerusform>
            <numerusform>%Ln redakciju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="281"/>
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln pielikums</numerusform>
            <numerusform>%Ln pielikumi</numerusform>
            <numerusform>%Ln pielikumu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="284"/>
        <source>Nothing new for this partner since the last bundle.</source>
        <translation>Kopš pēdējās paketes šim partnerim nav nekā jauna.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="286"/>
        <source>The catalogue has no revisions to send yet.</source>
        <translation>Katalogā vēl nav redakciju, ko sūtīt.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="291"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksportēšana atcelta; neviena datne netika ierakstīta.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="294"/>
        <source>Not exported: {reason}</source>
        <translation>Nav eksportēts: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="334"/>
        <source>No case is in conflict.</source>
        <translation>Neviens gadījums nav konfliktā.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="342"/>
        <source>Resolve a conflict</source>
        <translation>Atrisināt konfliktu</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="343"/>
        <source>Cases in conflict:</source>
        <translation>Gadījumi konfliktā:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="388"/>
        <source>Resolved “{title}”: the merged version is saved.</source>
        <translation>„{title}” atrisināts: apvienotā versija ir saglabāta.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="417"/>
        <source>Import a bundle</source>
        <translation>Importēt paketi</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="428"/>
        <source>Export everything</source>
        <translation>Eksportēt visu</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="430"/>
        <source>Export for {org}</source>
        <translation>Eksportēt partnerim {org}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="446"/>
        <source>Export the identity file</source>
        <translation>Eksportēt identitātes datni</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="457"/>
        <source>Add a partner from its identity file</source>
        <translation>Pievienot partneri no tā identitātes datnes</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="468"/>
        <source>Create this installation&apos;s identity</source>
        <translation>Izveidot šīs instalācijas identitāti</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="469"/>
        <source>Your organisation, as partners know it:</source>
        <translation>Jūsu organizācija, kā to pazīst partneri:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="476"/>
        <source>Choose the shared sync folder</source>
        <translation>Izvēlieties koplietojamo sinhronizācijas mapi</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="21"/>
        <source>Casebook bundle (*.casebook)</source>
        <translation>Casebook pakete (*.casebook)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="22"/>
        <source>Casebook identity (*.id *.json);;All files (*)</source>
        <translation>Casebook identitāte (*.id *.json);;Visas datnes (*)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="27"/>
        <source>The file is larger than a bundle may be. Ask the partner for a bundle of what is new since the last one.</source>
        <translation>Datne ir lielāka, nekā drīkst būt pakete. Palūdziet partnerim paketi tikai ar to, kas jauns kopš pēdējās.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="32"/>
        <source>The file is damaged or is not a Casebook bundle. Ask the partner to send it again.</source>
        <translation>Datne ir bojāta vai nav Casebook pakete. Palūdziet partnerim to nosūtīt vēlreiz.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="36"/>
        <source>A signature does not match: the file was changed after it was signed. Ask the partner to send it again.</source>
        <translation>Paraksts nesakrīt: datne mainīta pēc parakstīšanas. Palūdziet partnerim to nosūtīt vēlreiz.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="41"/>
        <source>It was signed by a key you do not trust. Add the partner&apos;s identity file and trust it after comparing the fingerprint with them, then import again.</source>
        <translation>To parakstījusi atslēga, kurai jūs neuzticaties. Pievienojiet partnera identitātes datni un uzticieties tai pēc tam, kad kopā ar partneri esat salīdzinājuši nospiedumu; tad importējiet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="46"/>
        <source>It holds new revisions from a partner whose key you revoked. Ask that partner for a new identity file.</source>
        <translation>Tajā ir jaunas redakcijas no partnera, kura atslēgu jūs atsaucāt. Palūdziet šim partnerim jaunu identitātes datni.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="51"/>
        <source>A revision does not match its hash: the file was changed. Ask the partner to send it again.</source>
        <translation>Redakcija neatbilst savai jaucējvērtībai: datne ir mainīta. Palūdziet partnerim to nosūtīt vēlreiz.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="56"/>
        <source>Its list of contents does not match the file: lines are missing or extra (a copy that stopped half-way?). Wait until it is complete, or ask for it again.</source>
        <translation>Tās satura saraksts neatbilst datnei: trūkst rindu vai ir liekas (kopēšana apstājās pusceļā?). Pagaidiet, līdz tā ir pilnīga, vai palūdziet to vēlreiz.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="61"/>
        <source>An entry in it is not valid. Tell the partner which line, so they can fix it.</source>
        <translation>Kāds tajā esošs gadījums nav derīgs. Pasakiet partnerim, kura rinda, lai viņš to var izlabot.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="65"/>
        <source>A partner signed two different revisions with the same number (a copied or restored installation). Tell the partner; do not trust copies of one installation.</source>
        <translation>Partneris parakstījis divas dažādas redakcijas ar vienu un to pašu numuru (kopēta vai atjaunota instalācija). Pasakiet to partnerim; neuzticieties vienas instalācijas kopijām.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="72"/>
        <source>trusted</source>
        <translation>uzticams</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="73"/>
        <source>not trusted yet</source>
        <translation>vēl nav uzticams</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="74"/>
        <source>revoked</source>
        <translation>atsaukts</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="75"/>
        <source>this installation</source>
        <translation>šī instalācija</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="107"/>
        <source>Already have all {n} revisions from {source}; nothing changed.</source>
        <translation>Visas redakcijas ({n}) no {source} jau ir šeit; nekas nemainījās.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="110"/>
        <source>Imported from {source}: {added} new, {updated} updated, {deleted} deleted, {conflicts}; {already}.</source>
        <translation>Importēts no {source}: jauni {added}, atjaunināti {updated}, dzēsti {deleted}, {conflicts}; {already}.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="123"/>
        <source>Resolve them under Conflicts in the sidebar.</source>
        <translation>Atrisiniet tos sānjoslas sadaļā Konflikti.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="136"/>
        <source>It failed verification.</source>
        <translation>Pārbaude neizdevās.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="138"/>
        <source>Refused: {plain} Nothing was imported. ({detail})</source>
        <translation>Noraidīts: {plain} Nekas netika importēts. ({detail})</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="142"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importēšana atcelta; nekas netika importēts.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="143"/>
        <source>Not imported: {reason}</source>
        <translation>Nav importēts: {reason}</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../exchange/dialog.py" line="117"/>
        <location filename="../exchange/dialog.py" line="118"/>
        <source>Exchange with partners</source>
        <translation>Apmaiņa ar partneriem</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="123"/>
        <source>This installation</source>
        <translation>Šī instalācija</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="126"/>
        <source>This installation&apos;s identity</source>
        <translation>Šīs instalācijas identitāte</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="131"/>
        <source>Create identity…</source>
        <translation>Izveidot identitāti…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="133"/>
        <source>Export identity file…</source>
        <translation>Eksportēt identitātes datni…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="141"/>
        <source>Partners</source>
        <translation>Partneri</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="144"/>
        <source>Partners and their trust</source>
        <translation>Partneri un uzticēšanās tiem</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Trust</source>
        <translation>Uzticēšanās</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Fingerprint</source>
        <translation>Nospiedums</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="161"/>
        <source>Held aside and flagged installations</source>
        <translation>Atliktās un atzīmētās instalācijas</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="164"/>
        <source>Add partner…</source>
        <translation>Pievienot partneri…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="165"/>
        <source>Trust…</source>
        <translation>Uzticēties…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="166"/>
        <source>Revoke…</source>
        <translation>Atsaukt…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="168"/>
        <source>Export for this partner…</source>
        <translation>Eksportēt šim partnerim…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="181"/>
        <source>Bundles and conflicts</source>
        <translation>Paketes un konflikti</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="184"/>
        <source>Export everything…</source>
        <translation>Eksportēt visu…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="186"/>
        <source>Import a bundle…</source>
        <translation>Importēt paketi…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="187"/>
        <source>Resolve conflicts…</source>
        <translation>Atrisināt konfliktus…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="190"/>
        <source>or drop a .casebook file here or on the main window</source>
        <translation>vai nometiet .casebook datni šeit vai galvenajā logā</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="196"/>
        <location filename="../exchange/dialog.py" line="200"/>
        <source>Sync folder</source>
        <translation>Sinhronizācijas mape</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="205"/>
        <source>Choose folder…</source>
        <translation>Izvēlēties mapi…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="208"/>
        <source>Stop syncing</source>
        <translation>Pārtraukt sinhronizēšanu</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="210"/>
        <source>Sync now</source>
        <translation>Sinhronizēt tagad</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="219"/>
        <source>Result</source>
        <translation>Rezultāts</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="225"/>
        <source>Progress</source>
        <translation>Gaita</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="229"/>
        <source>Cancel the work in progress</source>
        <translation>Atcelt notiekošo darbu</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="231"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="261"/>
        <source>The identity cannot be used: {problem}</source>
        <translation>Identitāti nevar izmantot: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="268"/>
        <source>This installation has no identity yet. Create one to sign what you export; partners trust it by its fingerprint.</source>
        <translation>Šai instalācijai vēl nav identitātes. Izveidojiet to, lai parakstītu eksportēto; partneri tai uzticas pēc tās nospieduma.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="275"/>
        <source>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Fingerprint, to read aloud to partners:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Nospiedums, ko nolasīt skaļi partneriem:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>Resolve conflicts ({n})…</source>
        <translation>Atrisināt konfliktus ({n})…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>No conflicts</source>
        <translation>Nav konfliktu</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/dialog.py" line="315"/>
        <source>&lt;b&gt;Held aside: %n revision(s)&lt;/b&gt; of installations you do not trust (yet): kept, not shown, passed on to partners, and applied when you trust their key.</source>
        <translation>
            <numerusform>&lt;b&gt;Atlikta malā: %n versija&lt;/b&gt; no instalācijām, kurām (vēl) neuzticaties: saglabāta, netiek rādīta, tiek nodota partneriem un piemērota, kad uzticēsieties to atslēgai.</numerusform>
            <numerusform>&lt;b&gt;Atliktas malā: %n versijas&lt;/b&gt; no instalācijām, kurām (vēl) neuzticaties: saglabātas, netiek rādītas, tiek nodotas partneriem un piemērotas, kad uzticēsieties to atslēgai.</numerusform>
            <numerusform>&lt;b&gt;Atlikts malā: %n versiju&lt;/b&gt; no instalācijām, kurām (vēl) neuzticaties: saglabātas, netiek rādītas, tiek nodotas partneriem un piemērotas, kad uzticēsieties to atslēgai.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="329"/>
        <source>&lt;b&gt;Flagged: {who}&lt;/b&gt; signed two different revisions with the same number (a Casebook folder copied to another computer and used on both). Both are kept; a case edited on both shows as a conflict.</source>
        <translation>&lt;b&gt;Atzīmēta: {who}&lt;/b&gt; parakstīja divas dažādas versijas ar vienu un to pašu numuru (Casebook mape nokopēta uz citu datoru un lietota abos). Abas tiek saglabātas; abos rediģēts gadījums tiek rādīts kā konflikts.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="343"/>
        <source>Off. Choose a folder your partners already share (Nextcloud, SharePoint, Syncthing): new bundles found there are imported, and what is new here is written there.</source>
        <translation>Izslēgta. Izvēlieties mapi, ko jūsu partneri jau koplieto (Nextcloud, SharePoint, Syncthing): tajā atrastās jaunās paketes tiek importētas, un tas, kas jauns šeit, tiek ierakstīts tur.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="349"/>
        <source>On: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Checked when a file arrives there, every five minutes, and with Sync now.</source>
        <translation>Ieslēgta: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Tiek pārbaudīta, kad tajā ienāk datne, ik pēc piecām minūtēm un ar Sinhronizēt tagad.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="400"/>
        <source>Working…</source>
        <translation>Notiek darbs…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../window_menus.py" line="182"/>
        <source>Export selected</source>
        <translation>Eksportēt atlasītos</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="154"/>
        <source>Select cases in the list first</source>
        <translation>Vispirms sarakstā atlasiet gadījumus</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="165"/>
        <source>{count} cases</source>
        <translation>gadījumi: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="169"/>
        <source>Export {count} selected case(s)</source>
        <translation>Eksportēt atlasītos gadījumus ({count})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../library/export_ui.py" line="63"/>
        <source>Language of the export</source>
        <translation>Eksporta valoda</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="89"/>
        <source>already had {had} of its %n revision(s)</source>
        <translation>
            <numerusform>jau bija {had} no tās %n redakcijas</numerusform>
            <numerusform>jau bija {had} no tās %n redakcijām</numerusform>
            <numerusform>jau bija {had} no tās %n redakcijām</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="92"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikts</numerusform>
            <numerusform>%n konflikti</numerusform>
            <numerusform>%n konfliktu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../importing/column_mapping.py" line="61"/>
        <source>Columns</source>
        <translation>Kolonnas</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="63"/>
        <source>Choose the entry field each column fills. Columns left at “not imported” are ignored. Title, summary, organisation, country and language are required.</source>
        <translation>Izvēlieties, kuru gadījuma lauku aizpilda katra kolonna. Kolonnas ar „neimportēt” tiek ignorētas. Nosaukums, kopsavilkums, organizācija, valsts un valoda ir obligāti.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="71"/>
        <source>Sheet:</source>
        <translation>Lapa:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="73"/>
        <source>Sheet</source>
        <translation>Lapa</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="78"/>
        <source>Load mapping…</source>
        <translation>Ielādēt atbilstību…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="80"/>
        <source>Save mapping…</source>
        <translation>Saglabāt atbilstību…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="86"/>
        <source>Column mapping</source>
        <translation>Kolonnu atbilstība</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="89"/>
        <source>Column</source>
        <translation>Kolonna</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="90"/>
        <source>First values</source>
        <translation>Pirmās vērtības</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="91"/>
        <source>Entry field</source>
        <translation>Gadījuma lauks</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="103"/>
        <source>Language of every row</source>
        <translation>Visu rindu valoda</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="105"/>
        <source>e.g. en, nl, fi (when no column gives it)</source>
        <translation>piem., en, nl, fi (ja neviena kolonna to nenorāda)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="108"/>
        <source>Country of every row</source>
        <translation>Visu rindu valsts</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="110"/>
        <source>e.g. FI (when no column gives it)</source>
        <translation>piem., FI (ja neviena kolonna to nenorāda)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="115"/>
        <source>Language of every row:</source>
        <translation>Visu rindu valoda:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="116"/>
        <source>Country of every row:</source>
        <translation>Visu rindu valsts:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="134"/>
        <source>Reading the columns…</source>
        <translation>Nolasa kolonnas…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="156"/>
        <source>Go Back to choose another format or file.</source>
        <translation>Ejiet Atpakaļ, lai izvēlētos citu formātu vai datni.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="176"/>
        <source>Entry field for {column}</source>
        <translation>Lauks kolonnai {column}</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="178"/>
        <source>— not imported —</source>
        <translation>— neimportēt —</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="180"/>
        <source>id: matches rows when a newer file is imported</source>
        <translation>id: atpazīst rindas, kad tiek importēta jaunāka datne</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="243"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Katrs lauks var nākt tikai no vienas kolonnas: {fields}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="250"/>
        <source>Still needed: {fields}. Choose the column for each, or type a value below.</source>
        <translation>Vēl vajag: {fields}. Katram izvēlieties kolonnu vai ierakstiet vērtību zemāk.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="258"/>
        <source>Every required field has a column or a value.</source>
        <translation>Katram obligātajam laukam ir kolonna vai vērtība.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="284"/>
        <source>Save the column mapping</source>
        <translation>Saglabāt kolonnu atbilstību</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="297"/>
        <source>Cannot write {path} ({reason}); choose another file.</source>
        <translation>Nevar ierakstīt {path} ({reason}); izvēlieties citu datni.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="303"/>
        <source>Saved the mapping as {path}.</source>
        <translation>Atbilstība saglabāta kā {path}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="308"/>
        <source>Load a column mapping</source>
        <translation>Ielādēt kolonnu atbilstību</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="325"/>
        <source>{path} is not a mapping file ({reason}).</source>
        <translation>{path} nav atbilstības datne ({reason}).</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="347"/>
        <source>The file has no column {columns}; those lines of the mapping are left out.</source>
        <translation>Datnē nav kolonnas {columns}; šīs atbilstības rindas tiek izlaistas.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="37"/>
        <source>new</source>
        <translation>jauns</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="38"/>
        <source>update</source>
        <translation>atjaunināt</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="39"/>
        <source>unchanged</source>
        <translation>nemainīts</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="40"/>
        <source>conflict</source>
        <translation>konflikts</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="41"/>
        <source>kept as edited here</source>
        <translation>paturēts, kā rediģēts šeit</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="42"/>
        <source>invalid: not imported</source>
        <translation>nederīgs: netiek importēts</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="45"/>
        <source>Title</source>
        <translation>Nosaukums</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="46"/>
        <source>Organisation</source>
        <translation>Organizācija</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="47"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="48"/>
        <source>Language</source>
        <translation>Valoda</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="49"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="50"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="51"/>
        <source>Source id</source>
        <translation>Avota id</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="69"/>
        <source>Check</source>
        <translation>Pārbaude</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="71"/>
        <location filename="../importing/import_steps.py" line="235"/>
        <location filename="../importing/import_wizard.py" line="91"/>
        <source>Import</source>
        <translation>Importēšana</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="81"/>
        <source>The first rows as they will be imported</source>
        <translation>Pirmās rindas, kā tās tiks importētas</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <location filename="../importing/import_steps.py" line="96"/>
        <source>Row</source>
        <translation>Rinda</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <source>What happens</source>
        <translation>Kas notiks</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="93"/>
        <source>Invalid rows</source>
        <translation>Nederīgās rindas</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="97"/>
        <source>Field</source>
        <translation>Lauks</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="98"/>
        <source>Problem</source>
        <translation>Problēma</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="116"/>
        <source>{file}, read as: {kind}</source>
        <translation>{file}, nolasīts kā: {kind}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="123"/>
        <source>Reading and checking every row…</source>
        <translation>Nolasa un pārbauda katru rindu…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="130"/>
        <source>Reading…</source>
        <translation>Nolasa…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="136"/>
        <source>{rows} rows read: {new} new, {updated} to update, {unchanged} unchanged, {invalid} invalid.</source>
        <translation>Nolasītas rindas: {rows}; jaunas {new}, atjaunināmas {updated}, nemainītas {unchanged}, nederīgas {invalid}.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="148"/>
        <source>Nothing new to import.</source>
        <translation>Nav nekā jauna, ko importēt.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="185"/>
        <source>Import the {valid} valid rows and skip the {invalid} invalid ones</source>
        <translation>Importēt derīgās rindas ({valid}) un izlaist nederīgās ({invalid})</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="200"/>
        <source>Stopped. Go Back to choose another file, or Next to check again.</source>
        <translation>Apturēts. Ejiet Atpakaļ, lai izvēlētos citu datni, vai ar Nākamais pārbaudiet vēlreiz.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="205"/>
        <source>This file cannot be imported as {kind}: {reason}</source>
        <translation>Šo datni nevar importēt kā {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="209"/>
        <source>Nothing was imported. Go Back to choose another format or file.</source>
        <translation>Nekas netika importēts. Ejiet Atpakaļ, lai izvēlētos citu formātu vai datni.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="247"/>
        <source>New entries</source>
        <translation>Jaunie gadījumi</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="251"/>
        <source>Show the new entries in the list</source>
        <translation>Rādīt jaunos gadījumus sarakstā</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="269"/>
        <source>Importing {file}…</source>
        <translation>Importē {file}…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="281"/>
        <source>Importing…</source>
        <translation>Importē…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="289"/>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {skipped} skipped (invalid rows).</source>
        <translation>Importēts {file}: jauni {new}, atjaunināti {updated}, nemainīti {unchanged}, konflikti {conflicts}, izlaisti {skipped} (nederīgas rindas).</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="309"/>
        <source>New entries (double-click one to open it):</source>
        <translation>Jaunie gadījumi (veiciet dubultklikšķi, lai atvērtu):</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="351"/>
        <location filename="../importing/import_wizard.py" line="192"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importēšana atcelta; nekas netika importēts.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="355"/>
        <source>Not imported: {reason}. Nothing was written.</source>
        <translation>Nav importēts: {reason}. Nekas netika ierakstīts.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="185"/>
        <source>Cancelling…</source>
        <translation>Atceļ…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="210"/>
        <source>What to import</source>
        <translation>Ko importēt</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="211"/>
        <source>Choose the kind of file, then the file.</source>
        <translation>Izvēlieties datnes veidu, tad datni.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="230"/>
        <source>The file to import (or drop it on the main window)</source>
        <translation>Importējamā datne (vai nometiet to galvenajā logā)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="232"/>
        <source>File to import</source>
        <translation>Importējamā datne</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="236"/>
        <source>Choose file…</source>
        <translation>Izvēlēties datni…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="261"/>
        <source>Tables (*.xlsx *.csv *.json)</source>
        <translation>Tabulas (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="265"/>
        <source>Import a file</source>
        <translation>Importēt datni</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="282"/>
        <source>Looking at the file…</source>
        <translation>Aplūko datni…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="288"/>
        <source>This looks like: {kind}. Change it above if it is not.</source>
        <translation>Izskatās pēc: {kind}. Ja tā nav, mainiet to augstāk.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="30"/>
        <source>Workshop spreadsheet</source>
        <translation>Darbnīcas izklājlapa</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="31"/>
        <source>The intake spreadsheet from File &gt; Workshop template…, filled in: one row per practice.</source>
        <translation>Datu vākšanas izklājlapa no Datne &gt; Darbnīcas veidne…, aizpildīta: viena rinda katrai praksei.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="39"/>
        <source>EU Public Sector Tech Watch</source>
        <translation>EU Public Sector Tech Watch</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="40"/>
        <source>pstw_dataset.xlsx (sheet “PSTW DB”), about 2,000 cases; CC BY 4.0.</source>
        <translation>pstw_dataset.xlsx (lapa „PSTW DB”), aptuveni 2000 gadījumu; CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="46"/>
        <source>Dutch algorithm register</source>
        <translation>Nīderlandes algoritmu reģistrs</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="47"/>
        <source>algoritmes.json from algoritmes.overheid.nl; entries in Dutch.</source>
        <translation>algoritmes.json no algoritmes.overheid.nl; gadījumi nīderlandiešu valodā.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="53"/>
        <source>US federal AI use case inventory</source>
        <translation>ASV federālās valdības MI lietojumu saraksts</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="54"/>
        <source>The 2025 inventory as CSV or xlsx; public domain.</source>
        <translation>2025. gada saraksts CSV vai xlsx formātā; publiskais domēns.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="58"/>
        <source>Other table: CSV</source>
        <translation>Cita tabula: CSV</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="59"/>
        <source>Any CSV file (UTF-8) with a header row; you choose the columns.</source>
        <translation>Jebkura CSV datne (UTF-8) ar virsrakstu rindu; kolonnas izvēlaties jūs.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="65"/>
        <source>Other table: Excel</source>
        <translation>Cita tabula: Excel</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="66"/>
        <source>Any .xlsx sheet with a header row; you choose the columns.</source>
        <translation>Jebkura .xlsx lapa ar virsrakstu rindu; kolonnas izvēlaties jūs.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="72"/>
        <source>Other table: JSON</source>
        <translation>Cita tabula: JSON</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="73"/>
        <source>A JSON list of records (objects); you choose the fields.</source>
        <translation>JSON ierakstu (objektu) saraksts; laukus izvēlaties jūs.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="104"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="105"/>
        <source>Cancel the import</source>
        <translation>Atcelt importēšanu</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../importing/importing.py" line="44"/>
        <source>Import…</source>
        <translation>Importēt…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="47"/>
        <source>Workshop mode…</source>
        <translation>Darbnīcas režīms…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="50"/>
        <source>Workshop template…</source>
        <translation>Darbnīcas veidne…</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/importing.py" line="106"/>
        <source>Recorded. %n practice(s) recorded this session.</source>
        <translation>
            <numerusform>Saglabāts. Šajā sesijā reģistrēta %n prakse.</numerusform>
            <numerusform>Saglabāts. Šajā sesijā reģistrētas %n prakses.</numerusform>
            <numerusform>Saglabāts. Šajā sesijā reģistrēts %n prakšu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="118"/>
        <source>Save the workshop spreadsheet</source>
        <translation>Saglabāt darbnīcas izklājlapu</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel darbgrāmata (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="145"/>
        <source>Wrote {name}. Fill in one row per practice, then File &gt; Import… it.</source>
        <translation>Ierakstīts {name}. Aizpildiet vienu rindu katrai praksei un tad importējiet to ar Datne &gt; Importēt….</translation>
    </message>
</context>
<context>
    <name>LearningTrail</name>
    <message>
        <location filename="../trail/report_export.py" line="41"/>
        <source>PDF document</source>
        <translation>PDF dokuments</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="42"/>
        <source>Word document</source>
        <translation>Word dokuments</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="43"/>
        <source>Excel workbook</source>
        <translation>Excel darbgrāmata</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="44"/>
        <source>Markdown text</source>
        <translation>Markdown teksts</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="45"/>
        <source>Web page</source>
        <translation>Tīmekļa lapa</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="223"/>
        <source>Wrote the transfer report to {path}</source>
        <translation>Pārneses pārskats ierakstīts datnē {path}</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="233"/>
        <source>Export cancelled; no file was written</source>
        <translation>Eksportēšana atcelta; neviena datne netika ierakstīta</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="38"/>
        <source>No practice has Interreg data yet: fill in its project, validation or transfers in the case&apos;s form.</source>
        <translation>Nevienai praksei vēl nav Interreg datu: aizpildiet tās projektu, validāciju vai pārneses gadījuma veidlapā.</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="90"/>
        <source>Identified</source>
        <translation>Identificēta</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="92"/>
        <source>Studied</source>
        <translation>Izpētīta</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="101"/>
        <source>Transferred: {detail}</source>
        <translation>Pārņemta: {detail}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="105"/>
        <source>Transferred</source>
        <translation>Pārņemta</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="112"/>
        <source>A practice of {partner}</source>
        <translation>Partnera {partner} prakse</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="115"/>
        <source>Transfer {number} to {partner}</source>
        <translation>Pārnese {number} partnerim {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="119"/>
        <source>into {plan}</source>
        <translation>rīcības plānā {plan}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="129"/>
        <source>In {partner}&apos;s collections: {names}</source>
        <translation>Partnera {partner} kolekcijās: {names}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="159"/>
        <source>nothing recorded</source>
        <translation>nekas nav reģistrēts</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="172"/>
        <source>Validation</source>
        <translation>Validācija</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="83"/>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="113"/>
        <location filename="../library/search_panel.py" line="79"/>
        <source>Search</source>
        <translation>Meklēšana</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Cases</source>
        <translation>Gadījumi</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="290"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln gadījums</numerusform>
            <numerusform>%Ln gadījumi</numerusform>
            <numerusform>%Ln gadījumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="347"/>
        <source>%Ln case(s) in this collection</source>
        <translation>
            <numerusform>%Ln gadījums šajā kolekcijā</numerusform>
            <numerusform>%Ln gadījumi šajā kolekcijā</numerusform>
            <numerusform>%Ln gadījumu šajā kolekcijā</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Type a search or tick some filters, then save it</source>
        <translation>Ierakstiet meklējamo vai atzīmējiet filtrus, tad saglabājiet</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>A saved search needs a name</source>
        <translation>Saglabātam meklējumam vajag nosaukumu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Replace saved search</source>
        <translation>Aizstāt saglabāto meklējumu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>A saved search “{name}” exists. Replace it?</source>
        <translation>Saglabāts meklējums „{name}” jau ir. Aizstāt to?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Saved the search “{name}”</source>
        <translation>Meklējums „{name}” saglabāts</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Delete saved search</source>
        <translation>Dzēst saglabāto meklējumu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Delete the saved search “{name}”?</source>
        <translation>Dzēst saglabāto meklējumu „{name}”?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Added the case.</source>
        <translation>Gadījums pievienots.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Saved the case.</source>
        <translation>Gadījums saglabāts.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="531"/>
        <source>Unsaved drafts</source>
        <translation>Nesaglabāti melnraksti</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="534"/>
        <source>%n case(s) were being edited and not saved:</source>
        <translation>
            <numerusform>%n gadījums tika rediģēts un nav saglabāts:</numerusform>
            <numerusform>%n gadījumi tika rediģēti un nav saglabāti:</numerusform>
            <numerusform>%n gadījumu tika rediģēti un nav saglabāti:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539"/>
        <source>Restore</source>
        <translation>Atjaunot</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Later</source>
        <translation>Vēlāk</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Discard</source>
        <translation>Atmest</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Discard drafts?</source>
        <translation>Atmest melnrakstus?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Throw away the unsaved text of these cases?</source>
        <translation>Atmest šo gadījumu nesaglabāto tekstu?</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="563"/>
        <source>Deleted %Ln case(s) — Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Izdzēsts %Ln gadījums — atsaukt ar Ctrl+Z.</numerusform>
            <numerusform>Izdzēsti %Ln gadījumi — atsaukt ar Ctrl+Z.</numerusform>
            <numerusform>Izdzēsti %Ln gadījumu — atsaukt ar Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="579"/>
        <source>Restored.</source>
        <translation>Atjaunots.</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="27"/>
        <source>Cancel</source>
        <translation>Atcelt</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="28"/>
        <source>Stop the work in the background</source>
        <translation>Apturēt fonā notiekošo darbu</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="29"/>
        <source>Cancel background work</source>
        <translation>Atcelt fona darbu</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="71"/>
        <source>Find</source>
        <translation>Meklēt</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Clear search</source>
        <translation>Notīrīt meklēšanu</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="78"/>
        <source>Next case</source>
        <translation>Nākamais gadījums</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>Previous case</source>
        <translation>Iepriekšējais gadījums</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="83"/>
        <source>Quit</source>
        <translation>Iziet</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="87"/>
        <source>New case…</source>
        <translation>Jauns gadījums…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="90"/>
        <source>Edit case…</source>
        <translation>Rediģēt gadījumu…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="93"/>
        <source>Delete case</source>
        <translation>Dzēst gadījumu</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="97"/>
        <source>Undo delete</source>
        <translation>Atsaukt dzēšanu</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>Settings…</source>
        <translation>Iestatījumi…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Datne</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="120"/>
        <source>Export collection</source>
        <translation>Eksportēt kolekciju</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="122"/>
        <source>Export selected cases</source>
        <translation>Eksportēt atlasītos gadījumus</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="126"/>
        <source>Export learning trail…</source>
        <translation>Eksportēt mācīšanās ceļu…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Rediģēt</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="138"/>
        <source>Save search…</source>
        <translation>Saglabāt meklējumu…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Skats</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="145"/>
        <source>&amp;Help</source>
        <translation>&amp;Palīdzība</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="146"/>
        <source>About Casebook…</source>
        <translation>Par Casebook…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="164"/>
        <source>Choose a collection in the sidebar first</source>
        <translation>Vispirms sānjoslā izvēlieties kolekciju</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="31"/>
        <source>Hybrid</source>
        <translation>Hibrīda</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="32"/>
        <source>Keyword</source>
        <translation>Atslēgvārds</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="33"/>
        <source>Meaning</source>
        <translation>Nozīme</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="76"/>
        <source>Search cases — words, or what you need (Ctrl+F)</source>
        <translation>Meklēt gadījumus — vārdi vai tas, kas jums vajadzīgs (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="82"/>
        <source>Search mode</source>
        <translation>Meklēšanas režīms</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="86"/>
        <source>Did you mean</source>
        <translation>Vai domājāt</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="89"/>
        <source>semantic search: waiting…</source>
        <translation>meklēšana pēc nozīmes: gaida…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="90"/>
        <source>Semantic search state</source>
        <translation>Meklēšanas pēc nozīmes stāvoklis</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="103"/>
        <source>semantic search: off (Settings)</source>
        <translation>meklēšana pēc nozīmes: izslēgta (Iestatījumi)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="221"/>
        <source>Did you mean {word}?</source>
        <translation>Vai domājāt {word}?</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="241"/>
        <source>Keyword index: cancelled; it is built at the next search</source>
        <translation>Atslēgvārdu indekss: atcelts; tas tiks izveidots nākamajā meklēšanā</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="252"/>
        <location filename="../library/search_panel.py" line="279"/>
        <source>semantic search: indexing…</source>
        <translation>meklēšana pēc nozīmes: indeksē…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="260"/>
        <source>semantic search: not available in this build</source>
        <translation>meklēšana pēc nozīmes: šajā versijā nav pieejama</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="266"/>
        <source>semantic search: failed to load (see the log)</source>
        <translation>meklēšana pēc nozīmes: neizdevās ielādēt (skatiet žurnālu)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="271"/>
        <source>semantic search: loading…</source>
        <translation>meklēšana pēc nozīmes: ielādē…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="296"/>
        <source>semantic search: ready</source>
        <translation>meklēšana pēc nozīmes: gatava</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="313"/>
        <source>semantic search: paused — &lt;a href=&quot;resume&quot;&gt;resume&lt;/a&gt;</source>
        <translation>meklēšana pēc nozīmes: pauze — &lt;a href=&quot;resume&quot;&gt;turpināt&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="320"/>
        <source>semantic search: indexing failed (see the log)</source>
        <translation>meklēšana pēc nozīmes: indeksēšana neizdevās (skatiet žurnālu)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../trail/report_export.py" line="76"/>
        <location filename="../trail/report_export.py" line="138"/>
        <source>Export learning trail</source>
        <translation>Eksportēt mācīšanās ceļu</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="81"/>
        <source>All projects</source>
        <translation>Visi projekti</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="82"/>
        <source>All partners</source>
        <translation>Visi partneri</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="88"/>
        <source>File</source>
        <translation>Datne</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="92"/>
        <source>Choose…</source>
        <translation>Izvēlēties…</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formāts:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="98"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekts:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="99"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artneris:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Valoda:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="101"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Datne:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="163"/>
        <source>Replace file</source>
        <translation>Aizstāt datni</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="164"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} jau ir. Aizstāt to?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="318"/>
        <source>%n conflict(s): changed here and in the file; both versions kept. Resolve them under Conflicts in the sidebar.</source>
        <translation>
            <numerusform>%n konflikts: mainīts gan šeit, gan datnē; abas versijas paturētas. Atrisiniet to sānjoslas sadaļā Konflikti.</numerusform>
            <numerusform>%n konflikti: mainīti gan šeit, gan datnē; abas versijas paturētas. Atrisiniet tos sānjoslas sadaļā Konflikti.</numerusform>
            <numerusform>%n konfliktu: mainīti gan šeit, gan datnē; abas versijas paturētas. Atrisiniet tos sānjoslas sadaļā Konflikti.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="331"/>
        <source>%n possible duplicate(s) (same title as another entry):</source>
        <translation>
            <numerusform>%n iespējams dublikāts (tāds pats nosaukums kā citam gadījumam):</numerusform>
            <numerusform>%n iespējami dublikāti (tāds pats nosaukums kā citam gadījumam):</numerusform>
            <numerusform>%n iespējamu dublikātu (tāds pats nosaukums kā citam gadījumam):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="340"/>
        <source>%n row(s) merged or skipped:</source>
        <translation>
            <numerusform>%n rinda apvienota vai izlaista:</numerusform>
            <numerusform>%n rindas apvienotas vai izlaistas:</numerusform>
            <numerusform>%n rindu apvienotas vai izlaistas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="372"/>
        <source>%Ln entry(ies) added by the import</source>
        <translation>
            <numerusform>%Ln gadījums pievienots importējot</numerusform>
            <numerusform>%Ln gadījumi pievienoti importējot</numerusform>
            <numerusform>%Ln gadījumu pievienoti importējot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../library/search_panel.py" line="212"/>
        <source>%Ln results ({mode}, {took})</source>
        <translation>
            <numerusform>%Ln rezultāts ({mode}, {took})</numerusform>
            <numerusform>%Ln rezultāti ({mode}, {took})</numerusform>
            <numerusform>%Ln rezultātu ({mode}, {took})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../theme.py" line="18"/>
        <source>As the system</source>
        <translation>Kā sistēmā</translation>
    </message>
    <message>
        <location filename="../theme.py" line="19"/>
        <source>Light</source>
        <translation>Gaišs</translation>
    </message>
    <message>
        <location filename="../theme.py" line="20"/>
        <source>Dark</source>
        <translation>Tumšs</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <location filename="../settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Iestatījumi</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Search by meaning (loads a language model, ~500 MB of memory)</source>
        <translation>Meklēšana pēc nozīmes (ielādē valodas modeli, ~500 MB atmiņas)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Semantic search</source>
        <translation>Meklēšana pēc nozīmes</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Meaning model</source>
        <translation>Nozīmes modelis</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Interface language</source>
        <translation>Saskarnes valoda</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>As the system ({language})</source>
        <translation>Kā sistēmā ({language})</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Appearance</source>
        <translation>Izskats</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Open</source>
        <translation>Atvērt</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Home folder</source>
        <translation>Mājas mape</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Another home folder: start Casebook with &lt;code&gt;--home FOLDER&lt;/code&gt; or set &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. The appearance changes at once; the rest applies at the next start.</source>
        <translation>Cita mājas mape: palaidiet Casebook ar &lt;code&gt;--home MAPE&lt;/code&gt; vai iestatiet &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. Izskats mainās uzreiz; pārējais stāsies spēkā nākamajā palaišanas reizē.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Choose folder…</source>
        <translation>Izvēlēties mapi…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Use the shipped model</source>
        <translation>Izmantot komplektā iekļauto modeli</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Shipped: all-MiniLM-L6-v2</source>
        <translation>Komplektā: all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>Folder of a sentence-transformers model</source>
        <translation>sentence-transformers modeļa mape</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Not a model folder</source>
        <translation>Nav modeļa mape</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>This folder cannot be used as the meaning model: {problem}</source>
        <translation>Šo mapi nevar izmantot kā nozīmes modeli: {problem}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../sidebar.py" line="21"/>
        <source>Country</source>
        <translation>Valsts</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="22"/>
        <source>Organisation type</source>
        <translation>Organizācijas veids</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="23"/>
        <source>Kind</source>
        <translation>Veids</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="24"/>
        <source>Status</source>
        <translation>Statuss</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="25"/>
        <source>AI technique</source>
        <translation>MI metode</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="26"/>
        <source>Policy area</source>
        <translation>Politikas joma</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="27"/>
        <source>AI Act risk</source>
        <translation>Risks saskaņā ar MI aktu</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="28"/>
        <source>Dataset</source>
        <translation>Datu kopa</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="29"/>
        <source>Validation</source>
        <translation>Validācija</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="30"/>
        <source>Interreg project</source>
        <translation>Interreg projekts</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="31"/>
        <source>Transferred to</source>
        <translation>Pārņēmis</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="33"/>
        <source>Concept</source>
        <translation>Jēdziens</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="69"/>
        <source>Library, collections and filters</source>
        <translation>Bibliotēka, kolekcijas un filtri</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="74"/>
        <source>Library</source>
        <translation>Bibliotēka</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="75"/>
        <source>Recently added</source>
        <translation>Nesen pievienotie</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="76"/>
        <location filename="../sidebar.py" line="141"/>
        <source>Conflicts</source>
        <translation>Konflikti</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="77"/>
        <source>Learning trail</source>
        <translation>Mācīšanās ceļš</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="78"/>
        <source>Collections</source>
        <translation>Kolekcijas</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="79"/>
        <source>Saved searches</source>
        <translation>Saglabātie meklējumi</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="80"/>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="136"/>
        <source>Library ({count})</source>
        <translation>Bibliotēka ({count})</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="139"/>
        <source>Conflicts ({count})</source>
        <translation>Konflikti ({count})</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <location filename="../exchange/sync_folder.py" line="110"/>
        <source>Sync folder: off.</source>
        <translation>Sinhronizācijas mape: izslēgta.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="114"/>
        <source>Sync folder: {folder} is not a folder; nothing changed.</source>
        <translation>Sinhronizācijas mape: {folder} nav mape; nekas nemainījās.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="166"/>
        <source>Sync folder: {folder} cannot be reached; trying again in five minutes.</source>
        <translation>Sinhronizācijas mape: {folder} nav sasniedzama; vēlreiz mēģinās pēc piecām minūtēm.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="169"/>
        <source>Sync folder: pass cancelled; what was imported before stays.</source>
        <translation>Sinhronizācijas mape: cikls atcelts; iepriekš importētais paliek.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="171"/>
        <source>Sync folder: {reason}</source>
        <translation>Sinhronizācijas mape: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="177"/>
        <source>Last pass at {time}: {what}</source>
        <translation>Pēdējais cikls plkst. {time}: {what}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="178"/>
        <source>Sync folder: </source>
        <translation>Sinhronizācijas mape: </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="189"/>
        <source>imported {revisions} from {bundles}, {conflicts}</source>
        <translation>importēts no {bundles}: {revisions}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="190"/>
        <location filename="../exchange/sync_folder.py" line="204"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln redakcija</numerusform>
            <numerusform>%Ln redakcijas</numerusform>
            <numerusform>%Ln redakciju</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="191"/>
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n paketes</numerusform>
            <numerusform>%n paketēm</numerusform>
            <numerusform>%n paketēm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="192"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n konflikts</numerusform>
            <numerusform>%n konflikti</numerusform>
            <numerusform>%n konfliktu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="197"/>
        <source>refused {name} ({message})</source>
        <translation>noraidīts {name} ({message})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="201"/>
        <source>wrote {name} ({revisions})</source>
        <translation>ierakstīts {name} ({revisions})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="209"/>
        <source>nothing new in either direction</source>
        <translation>nekā jauna nevienā virzienā</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="210"/>
        <source>Sync folder: {what}.</source>
        <translation>Sinhronizācijas mape: {what}.</translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <location filename="../trail/trail_view.py" line="63"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekts:</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="65"/>
        <source>Project</source>
        <translation>Projekts</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="68"/>
        <source>All projects</source>
        <translation>Visi projekti</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="77"/>
        <source>Learning trail</source>
        <translation>Mācīšanās ceļš</translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="140"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n prakse</numerusform>
            <numerusform>%n prakses</numerusform>
            <numerusform>%n prakšu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="141"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partneris</numerusform>
            <numerusform>%n partneri</numerusform>
            <numerusform>%n partneru</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="142"/>
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n pārnese</numerusform>
            <numerusform>%n pārneses</numerusform>
            <numerusform>%n pārnešu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Welcome</name>
    <message>
        <location filename="../app.py" line="132"/>
        <source>&lt;h3&gt;Welcome to Casebook&lt;/h3&gt;
&lt;p&gt;This catalogue starts with short entries on well-documented public AI cases, each with
its source. Things to try:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Type in the search box (&lt;b&gt;Ctrl+F&lt;/b&gt;) — words you remember (&lt;i&gt;scan cars&lt;/i&gt;) or what
you need (&lt;i&gt;help residents get answers at night&lt;/i&gt;); results come as you type.&lt;/li&gt;
&lt;li&gt;Tick filters on the left (country, AI technique, AI Act risk…) to narrow the list.&lt;/li&gt;
&lt;li&gt;Select a case to read it; &lt;i&gt;Similar cases&lt;/i&gt; at the bottom lead to related ones.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; records a new practice; what you type is kept as a draft until saved.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Laipni lūdzam Casebook&lt;/h3&gt;
&lt;p&gt;Šis katalogs sākas ar īsiem aprakstiem par labi dokumentētiem publiskā sektora MI gadījumiem, katram ar
avotu. Ko pamēģināt:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Rakstiet meklēšanas lodziņā (&lt;b&gt;Ctrl+F&lt;/b&gt;) — vārdus, ko atceraties (&lt;i&gt;automašīnu skenēšana&lt;/i&gt;), vai to,
kas jums vajadzīgs (&lt;i&gt;palīdzēt iedzīvotājiem saņemt atbildes naktī&lt;/i&gt;); rezultāti parādās rakstīšanas laikā.&lt;/li&gt;
&lt;li&gt;Atzīmējiet filtrus pa kreisi (valsts, MI metode, risks saskaņā ar MI aktu…), lai sašaurinātu sarakstu.&lt;/li&gt;
&lt;li&gt;Atlasiet gadījumu, lai to izlasītu; &lt;i&gt;Līdzīgi gadījumi&lt;/i&gt; apakšā ved uz saistītiem gadījumiem.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; reģistrē jaunu praksi; jūsu rakstītais tiek glabāts kā melnraksts līdz saglabāšanai.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../app.py" line="154"/>
        <source>Welcome</source>
        <translation>Laipni lūdzam</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../importing/workshop_mode.py" line="42"/>
        <location filename="../importing/workshop_mode.py" line="43"/>
        <source>Workshop mode</source>
        <translation>Darbnīcas režīms</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="60"/>
        <source>Practices recorded</source>
        <translation>Reģistrētās prakses</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="64"/>
        <source>Save &amp;&amp; next (Ctrl+Enter)</source>
        <translation>Saglabāt &amp;&amp; nākamā (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="67"/>
        <source>Close</source>
        <translation>Aizvērt</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/workshop_mode.py" line="80"/>
        <source>%n practice(s) recorded this session</source>
        <translation>
            <numerusform>Šajā sesijā reģistrēta %n prakse</numerusform>
            <numerusform>Šajā sesijā reģistrētas %n prakses</numerusform>
            <numerusform>Šajā sesijā reģistrēts %n prakšu</numerusform>
        </translation>
    </message>
</context>
</TS>
