<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
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
&lt;p&gt;Un catalog de bune practici privind IA pentru orașele și regiunile europene, păstrat pe propriul
calculator și schimbat cu partenerii în pachete semnate.&lt;/p&gt;
&lt;p&gt;Software liber sub licența EUPL 1.2. Cazurile inițiale sunt sub licența CC BY 4.0.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Traduceri.&lt;/b&gt; Textele interfeței în finlandeză, neerlandeză, italiană, română și letonă
sunt primele versiuni de lucru, pe care partenerii le pot corecta. Pentru a corecta o traducere, deschideți
&lt;code&gt;desktop/translations/casebook_{code}.ts&lt;/code&gt; în Qt Linguist
(&lt;code&gt;pyside6-linguist&lt;/code&gt;), modificați formularea, salvați și rulați
&lt;code&gt;make translations&lt;/code&gt;; sau trimiteți fișierul corectat dezvoltatorilor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="212"/>
        <source>About Casebook</source>
        <translation>Despre Casebook</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../backend.py" line="207"/>
        <source>Something went wrong — {error}; details in the log</source>
        <translation>Ceva nu a mers — {error}; detalii în jurnal</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="176"/>
        <source>%Ln invalid row(s). Nothing is imported unless you fix them in the file (then go Back and Next to check again) or import only the valid rows:</source>
        <translation>
            <numerusform>%Ln rând nevalid. Nu se importă nimic decât dacă îl corectați în fișier (apoi reveniți cu Înapoi și apăsați Înainte pentru o nouă verificare) sau importați doar rândurile valide:</numerusform>
            <numerusform>%Ln rânduri nevalide. Nu se importă nimic decât dacă le corectați în fișier (apoi reveniți cu Înapoi și apăsați Înainte pentru o nouă verificare) sau importați doar rândurile valide:</numerusform>
            <numerusform>%Ln de rânduri nevalide. Nu se importă nimic decât dacă le corectați în fișier (apoi reveniți cu Înapoi și apăsați Înainte pentru o nouă verificare) sau importați doar rândurile valide:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../window_menus.py" line="197"/>
        <source>Delete saved search “{name}”…</source>
        <translation>Ștergeți căutarea salvată „{name}”…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="61"/>
        <source>New collection</source>
        <translation>Colecție nouă</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="62"/>
        <source>Name of the collection:</source>
        <translation>Numele colecției:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="75"/>
        <source>Created the collection “{name}”.</source>
        <translation>Colecția „{name}” a fost creată.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="82"/>
        <source>Rename collection</source>
        <translation>Redenumiți colecția</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="83"/>
        <source>New name:</source>
        <translation>Nume nou:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="90"/>
        <source>Renamed to “{new}”.</source>
        <translation>Redenumită „{new}”.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="97"/>
        <source>Introduction</source>
        <translation>Introducere</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="98"/>
        <source>Introduction (shown on the cover of exports):</source>
        <translation>Introducere (apare pe coperta exporturilor):</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="104"/>
        <source>Introduction saved.</source>
        <translation>Introducerea a fost salvată.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="109"/>
        <source>this collection</source>
        <translation>această colecție</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="112"/>
        <source>Delete collection?</source>
        <translation>Ștergeți colecția?</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="113"/>
        <source>Delete the collection “{name}”? The cases in it stay in the library.</source>
        <translation>Ștergeți colecția „{name}”? Cazurile din ea rămân în bibliotecă.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="120"/>
        <source>Deleted the collection “{name}”.</source>
        <translation>Colecția „{name}” a fost ștearsă.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="125"/>
        <source>the collection</source>
        <translation>colecția</translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="128"/>
        <source>Added %n case(s) to “{name}”.</source>
        <translation>
            <numerusform>%n caz adăugat în „{name}”.</numerusform>
            <numerusform>%n cazuri adăugate în „{name}”.</numerusform>
            <numerusform>%n de cazuri adăugate în „{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="138"/>
        <source>Removed %n case(s) from the collection (they stay in the library).</source>
        <translation>
            <numerusform>%n caz scos din colecție (rămâne în bibliotecă).</numerusform>
            <numerusform>%n cazuri scoase din colecție (rămân în bibliotecă).</numerusform>
            <numerusform>%n de cazuri scoase din colecție (rămân în bibliotecă).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="153"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="154"/>
        <source>Note on this case in the collection:</source>
        <translation>Notă despre acest caz în colecție:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="162"/>
        <source>Note saved.</source>
        <translation>Nota a fost salvată.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="176"/>
        <source>Moved.</source>
        <translation>Mutat.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="186"/>
        <source>Add to collection</source>
        <translation>Adăugați în colecție</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="191"/>
        <location filename="../library/collections_ui.py" line="229"/>
        <source>New collection…</source>
        <translation>Colecție nouă…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="196"/>
        <source>Remove from this collection</source>
        <translation>Scoateți din această colecție</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="201"/>
        <source>Note…</source>
        <translation>Notă…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="204"/>
        <source>Move up</source>
        <translation>Mutați în sus</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="208"/>
        <source>Move down</source>
        <translation>Mutați în jos</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="219"/>
        <source>Export</source>
        <translation>Exportați</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="221"/>
        <source>Rename…</source>
        <translation>Redenumiți…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="223"/>
        <source>Introduction…</source>
        <translation>Introducere…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="226"/>
        <source>Delete collection…</source>
        <translation>Ștergeți colecția…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="245"/>
        <source>Export “{name}”</source>
        <translation>Exportați „{name}”</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="111"/>
        <source>; {count} deleted cases left out</source>
        <translation>; cazuri șterse omise: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="118"/>
        <source>Exported {count} cases to {path} ({size} KB)</source>
        <translation>Exportat în {path} ({size} KB), cazuri: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="129"/>
        <source>Export cancelled; no file was written</source>
        <translation>Export anulat; nu s-a scris niciun fișier</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../exchange/conflicts.py" line="171"/>
        <source>Resolve conflict — {title}</source>
        <translation>Rezolvați conflictul — {title}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="172"/>
        <source>Conflict resolver</source>
        <translation>Rezolvarea conflictelor</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/conflicts.py" line="177"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; was edited in %n places before they exchanged, so it has %n versions. They differ in the highlighted rows: choose one version per row, or use all of one version, or write the value you want in the last column; then save. Every version stays in the history; the merged one travels to partners in the next bundle.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; a fost modificat în %n locuri înainte ca acestea să facă schimbul, așa că are %n versiuni. Ele diferă în rândurile evidențiate: alegeți câte o versiune pentru fiecare rând, folosiți integral una dintre versiuni sau scrieți valoarea dorită în ultima coloană; apoi salvați. Toate versiunile rămân în istoric; versiunea îmbinată ajunge la parteneri în următorul pachet.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; a fost modificat în %n locuri înainte ca acestea să facă schimbul, așa că are %n versiuni. Ele diferă în rândurile evidențiate: alegeți câte o versiune pentru fiecare rând, folosiți integral una dintre versiuni sau scrieți valoarea dorită în ultima coloană; apoi salvați. Toate versiunile rămân în istoric; versiunea îmbinată ajunge la parteneri în următorul pachet.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; a fost modificat în %n de locuri înainte ca acestea să facă schimbul, așa că are %n de versiuni. Ele diferă în rândurile evidențiate: alegeți câte o versiune pentru fiecare rând, folosiți integral una dintre versiuni sau scrieți valoarea dorită în ultima coloană; apoi salvați. Toate versiunile rămân în istoric; versiunea îmbinată ajunge la parteneri în următorul pachet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="188"/>
        <source>What to do</source>
        <translation>Ce aveți de făcut</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="190"/>
        <location filename="../exchange/conflicts.py" line="191"/>
        <source>Show only the fields that differ</source>
        <translation>Afișați doar câmpurile care diferă</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="197"/>
        <source>Versions side by side</source>
        <translation>Versiuni alăturate</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="208"/>
        <source>Resolver message</source>
        <translation>Mesajul rezolvării</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="212"/>
        <location filename="../exchange/conflicts.py" line="214"/>
        <source>Save merged version</source>
        <translation>Salvați versiunea îmbinată</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="216"/>
        <source>Close without resolving</source>
        <translation>Închideți fără a rezolva</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="223"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Câmp&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="226"/>
        <source> (shown now)</source>
        <translation> (afișată acum)</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="229"/>
        <source>&lt;b&gt;Version {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;installation {origin}</source>
        <translation>&lt;b&gt;Versiunea {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;instalarea {origin}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="239"/>
        <source>Version {letter}</source>
        <translation>Versiunea {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="241"/>
        <source>Use all of this version</source>
        <translation>Folosiți integral această versiune</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="243"/>
        <source>Use all of version {letter}</source>
        <translation>Folosiți integral versiunea {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="250"/>
        <source>&lt;b&gt;Merged version&lt;/b&gt;&lt;br&gt;what is saved; you can edit it</source>
        <translation>&lt;b&gt;Versiunea îmbinată&lt;/b&gt;&lt;br&gt;ce se salvează; o puteți modifica</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="252"/>
        <source>Merged version</source>
        <translation>Versiunea îmbinată</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="299"/>
        <source>{field} in version {letter}</source>
        <translation>{field} în versiunea {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="310"/>
        <source>Use this</source>
        <translation>Folosiți aceasta</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="312"/>
        <source>Use {field} from version {letter}</source>
        <translation>Folosiți {field} din versiunea {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="327"/>
        <source>Merged {field}</source>
        <translation>{field} îmbinat</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="414"/>
        <source>Saving…</source>
        <translation>Se salvează…</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="434"/>
        <source>Not saved: {reason}. Nothing was changed.</source>
        <translation>Nesalvat: {reason}. Nu s-a modificat nimic.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../detail.py" line="64"/>
        <source>{size} bytes</source>
        <translation>{size} octeți</translation>
    </message>
    <message>
        <location filename="../detail.py" line="86"/>
        <source>Entry details</source>
        <translation>Detaliile cazului</translation>
    </message>
    <message>
        <location filename="../detail.py" line="114"/>
        <source>Select a case to see it here.</source>
        <translation>Selectați un caz pentru a-l vedea aici.</translation>
    </message>
    <message>
        <location filename="../detail.py" line="137"/>
        <source>Matched:</source>
        <translation>Potriviri:</translation>
    </message>
    <message>
        <location filename="../detail.py" line="147"/>
        <source>Resolve…</source>
        <translation>Rezolvați…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="180"/>
        <source>Links</source>
        <translation>Linkuri</translation>
    </message>
    <message>
        <location filename="../detail.py" line="186"/>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <location filename="../detail.py" line="194"/>
        <source>Source and licence</source>
        <translation>Sursa și licența</translation>
    </message>
    <message>
        <location filename="../detail.py" line="198"/>
        <source>Similar cases</source>
        <translation>Cazuri similare</translation>
    </message>
    <message>
        <location filename="../detail.py" line="208"/>
        <source>none found</source>
        <translation>nu s-a găsit niciunul</translation>
    </message>
    <message>
        <location filename="../detail.py" line="210"/>
        <source>looking…</source>
        <translation>se caută…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="215"/>
        <source>History</source>
        <translation>Istoric</translation>
    </message>
    <message>
        <location filename="../detail.py" line="226"/>
        <source>updated {updated} · created {created} · id {id}</source>
        <translation>actualizat {updated} · creat {created} · id {id}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="276"/>
        <source>deleted</source>
        <translation>a șters</translation>
    </message>
    <message>
        <location filename="../detail.py" line="279"/>
        <source>changed {fields}</source>
        <translation>a modificat {fields}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="281"/>
        <source>created</source>
        <translation>a creat</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="73"/>
        <source>similar cases need semantic search, which is turned off in Settings</source>
        <translation>cazurile similare necesită căutarea după sens, care este oprită în Setări</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="77"/>
        <source>similar cases need semantic search, which this build does not have</source>
        <translation>cazurile similare necesită căutarea după sens, pe care această versiune nu o are</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="81"/>
        <source>similar cases appear when semantic search is ready</source>
        <translation>cazurile similare apar când căutarea după sens este gata</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <location filename="../detail.py" line="142"/>
        <source>⚠ %n concurrent versions of this entry exist; this one is shown until the conflict is resolved.</source>
        <translation>
            <numerusform>⚠ Există %n versiune concurentă a acestui caz; aceasta este afișată până la rezolvarea conflictului.</numerusform>
            <numerusform>⚠ Există %n versiuni concurente ale acestui caz; aceasta este afișată până la rezolvarea conflictului.</numerusform>
            <numerusform>⚠ Există %n de versiuni concurente ale acestui caz; aceasta este afișată până la rezolvarea conflictului.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../editor.py" line="132"/>
        <source>Edit — {title}</source>
        <translation>Editare — {title}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="134"/>
        <source>New case</source>
        <translation>Caz nou</translation>
    </message>
    <message>
        <location filename="../editor.py" line="136"/>
        <source>Entry editor</source>
        <translation>Editarea cazului</translation>
    </message>
    <message>
        <location filename="../editor.py" line="162"/>
        <source>Similar cases warning</source>
        <translation>Avertisment privind cazuri similare</translation>
    </message>
    <message>
        <location filename="../editor.py" line="189"/>
        <source>Attachments</source>
        <translation>Atașamente</translation>
    </message>
    <message>
        <location filename="../editor.py" line="191"/>
        <source>Add files… (or drop them here)</source>
        <translation>Adăugați fișiere… (sau trageți-le aici)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="217"/>
        <source>Save</source>
        <translation>Salvați</translation>
    </message>
    <message>
        <location filename="../editor.py" line="221"/>
        <source>Discard changes</source>
        <translation>Renunțați la modificări</translation>
    </message>
    <message>
        <location filename="../editor.py" line="279"/>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} octeți)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="334"/>
        <source>Transfer {n}, {column}: {message}</source>
        <translation>Transferul {n}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="416"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (atașat la salvare)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Discard changes?</source>
        <translation>Renunțați la modificări?</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Throw away what you typed in this form?</source>
        <translation>Renunțați la ce ați scris în acest formular?</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="35"/>
        <source>Basics</source>
        <translation>Date de bază</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="39"/>
        <source>Title *</source>
        <translation>Titlu *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="40"/>
        <source>≤ 200 characters</source>
        <translation>≤ 200 de caractere</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="44"/>
        <source>Summary *</source>
        <translation>Rezumat *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="46"/>
        <source>a few sentences, ≤ 1,000 characters</source>
        <translation>câteva fraze, ≤ 1.000 de caractere</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="50"/>
        <source>Description</source>
        <translation>Descriere</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="52"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="56"/>
        <source>Status</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="60"/>
        <source>Language *</source>
        <translation>Limbă *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="61"/>
        <source>of the text: en, nl, fi, it, ro, lv…</source>
        <translation>a textului: en, nl, fi, it, ro, lv…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="65"/>
        <source>Tags</source>
        <translation>Etichete</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="67"/>
        <source>comma-separated</source>
        <translation>separate prin virgulă</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="72"/>
        <source>Organisation and place</source>
        <translation>Organizație și loc</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="74"/>
        <source>Organisation *</source>
        <translation>Organizație *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="77"/>
        <source>Organisation type</source>
        <translation>Tipul organizației</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="83"/>
        <source>Country *</source>
        <translation>Țară *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="84"/>
        <source>two letters: FI, NL, IT, RO, LV…</source>
        <translation>două litere: FI, NL, IT, RO, LV…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="86"/>
        <source>City</source>
        <translation>Oraș</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="89"/>
        <source>NUTS code</source>
        <translation>Cod NUTS</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="90"/>
        <source>e.g. FI197</source>
        <translation>de ex. FI197</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="94"/>
        <source>Started</source>
        <translation>Început</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="95"/>
        <source>year or date: 2023, 2023-05</source>
        <translation>an sau dată: 2023, 2023-05</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="97"/>
        <source>Ended</source>
        <translation>Încheiat</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="101"/>
        <source>AI and governance</source>
        <translation>IA și guvernanță</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="105"/>
        <source>AI techniques</source>
        <translation>Tehnici de IA</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="111"/>
        <source>Policy areas</source>
        <translation>Domenii de politică</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="113"/>
        <source>COFOG codes: 01.3, 07.4…</source>
        <translation>coduri COFOG: 01.3, 07.4…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="117"/>
        <source>Governance themes</source>
        <translation>Teme de guvernanță</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="123"/>
        <source>AI Act risk</source>
        <translation>Risc conform AI Act</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="128"/>
        <source>Legal basis</source>
        <translation>Temei juridic</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="132"/>
        <source>Human oversight</source>
        <translation>Supraveghere umană</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="135"/>
        <source>Provider / vendor</source>
        <translation>Furnizor</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="136"/>
        <source>Data sources</source>
        <translation>Surse de date</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="137"/>
        <source>Risks and mitigations</source>
        <translation>Riscuri și măsuri de atenuare</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="141"/>
        <source>Good practice</source>
        <translation>Bună practică</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="143"/>
        <source>Purpose</source>
        <translation>Scop</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="144"/>
        <source>Problem addressed</source>
        <translation>Problema abordată</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="145"/>
        <source>Evidence of success</source>
        <translation>Dovezi de succes</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="147"/>
        <source>Transfer potential</source>
        <translation>Potențial de transfer</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="150"/>
        <source>Difficulties and lessons</source>
        <translation>Dificultăți și lecții învățate</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="155"/>
        <source>Learning trail</source>
        <translation>Parcursul învățării</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="159"/>
        <source>Interreg project</source>
        <translation>Proiect Interreg</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="160"/>
        <source>e.g. AI4Citizens</source>
        <translation>de ex. AI4Citizens</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="163"/>
        <source>Policy instrument</source>
        <translation>Instrument de politică</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="167"/>
        <source>Validation</source>
        <translation>Validare</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="173"/>
        <source>Expert opinion</source>
        <translation>Opinia experților</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="178"/>
        <location filename="../transfers_table.py" line="49"/>
        <source>Transfers</source>
        <translation>Transferuri</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="184"/>
        <source>Links and attachments</source>
        <translation>Linkuri și atașamente</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="188"/>
        <source>Links</source>
        <translation>Linkuri</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="190"/>
        <source>one per line: title | https://…</source>
        <translation>câte unul pe rând: titlu | https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="194"/>
        <source>Source code</source>
        <translation>Cod sursă</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="195"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="197"/>
        <source>Contact name</source>
        <translation>Persoană de contact</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="198"/>
        <source>Contact e-mail</source>
        <translation>E-mailul persoanei de contact</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="199"/>
        <source>Contact page</source>
        <translation>Pagina de contact</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="214"/>
        <source>Practice</source>
        <translation>Practică</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="218"/>
        <source>Who and where</source>
        <translation>Cine și unde</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="231"/>
        <source>To follow up</source>
        <translation>De urmărit</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="243"/>
        <source>is required; fill it in</source>
        <translation>este obligatoriu; completați-l</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="244"/>
        <source>must not be empty</source>
        <translation>nu poate fi gol</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="245"/>
        <source>must be text</source>
        <translation>trebuie să fie text</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="246"/>
        <source>must be a list</source>
        <translation>trebuie să fie o listă</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="247"/>
        <source>must be a whole number</source>
        <translation>trebuie să fie un număr întreg</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="250"/>
        <source>is {length} characters long; shorten it to at most {most}</source>
        <translation>are {length} de caractere; scurtați-l la cel mult {most}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="256"/>
        <source>{value} is not allowed; use one of: {choices}</source>
        <translation>{value} nu este permis; folosiți una dintre: {choices}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="261"/>
        <source>{value} is not a country code; use two letters such as FI, NL, IT, RO or LV</source>
        <translation>{value} nu este un cod de țară; folosiți două litere, de exemplu FI, NL, IT, RO sau LV</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="268"/>
        <source>{value} is the EU statistical code; use the ISO code {code}</source>
        <translation>{value} este codul statistic al UE; folosiți codul ISO {code}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="275"/>
        <source>{value} is not a language code; use a code such as en, nl, fi, it, ro or lv</source>
        <translation>{value} nu este un cod de limbă; folosiți un cod precum en, nl, fi, it, ro sau lv</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="283"/>
        <source>{value} is not a NUTS code; use the country prefix and up to three characters, such as FI1B or NL329</source>
        <translation>{value} nu este un cod NUTS; folosiți prefixul țării și cel mult trei caractere, de exemplu FI1B sau NL329</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="292"/>
        <source>NUTS code {nuts} is not in country {country}; NUTS codes there start with {prefix}</source>
        <translation>Codul NUTS {nuts} nu este în țara {country}; acolo codurile NUTS încep cu {prefix}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="300"/>
        <source>must be a date written as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>trebuie să fie o dată scrisă ca AAAA, AAAA-LL sau AAAA-LL-ZZ</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="307"/>
        <source>{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-03-01</source>
        <translation>{value} nu este o dată; scrieți AAAA, AAAA-LL sau AAAA-LL-ZZ, de exemplu 2024-03-01</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="314"/>
        <source>end {end} is before start {start}</source>
        <translation>sfârșitul {end} este înainte de început {start}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="318"/>
        <source>{value} is not a web address; write it as https://…</source>
        <translation>{value} nu este o adresă web; scrieți-o ca https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="322"/>
        <source>{value} is not an e-mail address; write it as name@example.org</source>
        <translation>{value} nu este o adresă de e-mail; scrieți-o ca nume@example.org</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="24"/>
        <source>Partner *</source>
        <translation>Partener *</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="25"/>
        <source>Action plan</source>
        <translation>Plan de acțiune</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="26"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="27"/>
        <source>Note</source>
        <translation>Notă</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="53"/>
        <source>Add transfer</source>
        <translation>Adaugă transfer</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="55"/>
        <source>Remove transfer</source>
        <translation>Elimină transferul</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../entry_model.py" line="64"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="65"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="66"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="67"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="68"/>
        <source>Status</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="69"/>
        <source>Updated</source>
        <translation>Actualizat</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="71"/>
        <source>Validation</source>
        <translation>Validare</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="72"/>
        <source>Interreg project</source>
        <translation>Proiect Interreg</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../window_menus.py" line="201"/>
        <source>Resolve a conflict…</source>
        <translation>Rezolvați un conflict…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="77"/>
        <source>Exchange with partners…</source>
        <translation>Schimb cu partenerii…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="80"/>
        <source>Resolve conflict…</source>
        <translation>Rezolvați conflictul…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="133"/>
        <source>Import</source>
        <translation>Importați</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="155"/>
        <source>Created the identity of {org}. Fingerprint: {fp}. Export the identity file and hand it to your partners.</source>
        <translation>Identitatea organizației {org} a fost creată. Amprentă: {fp}. Exportați fișierul de identitate și dați-l partenerilor.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="179"/>
        <source>Wrote {path} (fingerprint {fp}). Hand it to your partners.</source>
        <translation>S-a scris {path} (amprenta {fp}). Dați-l partenerilor.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="201"/>
        <source>Added {org} ({status}). Fingerprint: {fp}</source>
        <translation>{org} a fost adăugat ({status}). Amprentă: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="203"/>
        <source>{org} was already a partner ({status}). Fingerprint: {fp}</source>
        <translation>{org} era deja partener ({status}). Amprentă: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="215"/>
        <source>Not added: {reason}</source>
        <translation>Neadăugat: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="222"/>
        <source>Read this fingerprint aloud with {org} (by phone or in person) and check that theirs is the same:

{fp}

Trust {org}? Their bundles are accepted from now on.</source>
        <translation>Citiți cu voce tare această amprentă împreună cu {org} (la telefon sau față în față) și verificați că a lor este aceeași:

{fp}

Aveți încredere în {org}? Pachetele lor sunt acceptate de acum înainte.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="225"/>
        <source>Compare the fingerprint</source>
        <translation>Comparați amprenta</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="238"/>
        <source>Trusted {org} ({fp}).</source>
        <translation>{org} este acum de încredere ({fp}).</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="248"/>
        <source>Revoke the key?</source>
        <translation>Revocați cheia?</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="250"/>
        <source>Revoke the key of {org}? Entries already received from them stay; anything newer they sign is refused from now on, and a revoked key cannot be trusted again.</source>
        <translation>Revocați cheia organizației {org}? Cazurile primite deja de la ei rămân; tot ce semnează de acum înainte este refuzat, iar o cheie revocată nu mai poate fi considerată de încredere.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="263"/>
        <source>Revoked the key of {org}.</source>
        <translation>Cheia organizației {org} a fost revocată.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="278"/>
        <source>Wrote {name}: {revisions}, {blobs}.</source>
        <translation>S-a scris {name}: {revisions}, {blobs}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="280"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revizie</numerusform>
            <numerusform>%Ln revizii</numerusform>
            <numerusform>%Ln de revizii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="281"/>
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln atașament</numerusform>
            <numerusform>%Ln atașamente</numerusform>
            <numerusform>%Ln de atașamente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="284"/>
        <source>Nothing new for this partner since the last bundle.</source>
        <translation>Nimic nou pentru acest partener de la ultimul pachet.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="286"/>
        <source>The catalogue has no revisions to send yet.</source>
        <translation>Catalogul nu are încă revizii de trimis.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="291"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export anulat; nu s-a scris niciun fișier.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="294"/>
        <source>Not exported: {reason}</source>
        <translation>Neexportat: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="334"/>
        <source>No case is in conflict.</source>
        <translation>Niciun caz nu este în conflict.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="342"/>
        <source>Resolve a conflict</source>
        <translation>Rezolvați un conflict</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="343"/>
        <source>Cases in conflict:</source>
        <translation>Cazuri în conflict:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="388"/>
        <source>Resolved “{title}”: the merged version is saved.</source>
        <translation>„{title}” a fost rezolvat: versiunea îmbinată este salvată.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="417"/>
        <source>Import a bundle</source>
        <translation>Importați un pachet</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="428"/>
        <source>Export everything</source>
        <translation>Exportați tot</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="430"/>
        <source>Export for {org}</source>
        <translation>Exportați pentru {org}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="446"/>
        <source>Export the identity file</source>
        <translation>Exportați fișierul de identitate</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="457"/>
        <source>Add a partner from its identity file</source>
        <translation>Adăugați un partener din fișierul său de identitate</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="468"/>
        <source>Create this installation&apos;s identity</source>
        <translation>Creați identitatea acestei instalări</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="469"/>
        <source>Your organisation, as partners know it:</source>
        <translation>Organizația dvs., așa cum o cunosc partenerii:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="476"/>
        <source>Choose the shared sync folder</source>
        <translation>Alegeți dosarul de sincronizare partajat</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="21"/>
        <source>Casebook bundle (*.casebook)</source>
        <translation>Pachet Casebook (*.casebook)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="22"/>
        <source>Casebook identity (*.id *.json);;All files (*)</source>
        <translation>Identitate Casebook (*.id *.json);;Toate fișierele (*)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="27"/>
        <source>The file is larger than a bundle may be. Ask the partner for a bundle of what is new since the last one.</source>
        <translation>Fișierul este mai mare decât poate fi un pachet. Cereți partenerului un pachet doar cu noutățile de la ultimul.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="32"/>
        <source>The file is damaged or is not a Casebook bundle. Ask the partner to send it again.</source>
        <translation>Fișierul este deteriorat sau nu este un pachet Casebook. Cereți partenerului să îl trimită din nou.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="36"/>
        <source>A signature does not match: the file was changed after it was signed. Ask the partner to send it again.</source>
        <translation>O semnătură nu se potrivește: fișierul a fost modificat după semnare. Cereți partenerului să îl trimită din nou.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="41"/>
        <source>It was signed by a key you do not trust. Add the partner&apos;s identity file and trust it after comparing the fingerprint with them, then import again.</source>
        <translation>A fost semnat cu o cheie în care nu aveți încredere. Adăugați fișierul de identitate al partenerului și marcați-l ca fiind de încredere după ce ați comparat amprenta împreună, apoi importați din nou.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="46"/>
        <source>It holds new revisions from a partner whose key you revoked. Ask that partner for a new identity file.</source>
        <translation>Conține revizii noi de la un partener a cărui cheie ați revocat-o. Cereți acelui partener un nou fișier de identitate.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="51"/>
        <source>A revision does not match its hash: the file was changed. Ask the partner to send it again.</source>
        <translation>O revizie nu corespunde hash-ului său: fișierul a fost modificat. Cereți partenerului să îl trimită din nou.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="56"/>
        <source>Its list of contents does not match the file: lines are missing or extra (a copy that stopped half-way?). Wait until it is complete, or ask for it again.</source>
        <translation>Lista conținutului nu corespunde fișierului: lipsesc rânduri sau sunt în plus (o copiere oprită la jumătate?). Așteptați să fie complet sau cereți-l din nou.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="61"/>
        <source>An entry in it is not valid. Tell the partner which line, so they can fix it.</source>
        <translation>Un caz din el nu este valid. Spuneți partenerului care rând, ca să îl poată corecta.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="65"/>
        <source>A partner signed two different revisions with the same number (a copied or restored installation). Tell the partner; do not trust copies of one installation.</source>
        <translation>Un partener a semnat două revizii diferite cu același număr (o instalare copiată sau restaurată). Anunțați partenerul; nu aveți încredere în copii ale aceleiași instalări.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="72"/>
        <source>trusted</source>
        <translation>de încredere</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="73"/>
        <source>not trusted yet</source>
        <translation>încă nu e de încredere</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="74"/>
        <source>revoked</source>
        <translation>revocat</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="75"/>
        <source>this installation</source>
        <translation>această instalare</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="107"/>
        <source>Already have all {n} revisions from {source}; nothing changed.</source>
        <translation>Toate reviziile ({n}) de la {source} sunt deja aici; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="110"/>
        <source>Imported from {source}: {added} new, {updated} updated, {deleted} deleted, {conflicts}; {already}.</source>
        <translation>Importat de la {source}: noi {added}, actualizate {updated}, șterse {deleted}, {conflicts}; {already}.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="123"/>
        <source>Resolve them under Conflicts in the sidebar.</source>
        <translation>Rezolvați-le la Conflicte, în bara laterală.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="136"/>
        <source>It failed verification.</source>
        <translation>Verificarea a eșuat.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="138"/>
        <source>Refused: {plain} Nothing was imported. ({detail})</source>
        <translation>Refuzat: {plain} Nu s-a importat nimic. ({detail})</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="142"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import anulat; nu s-a importat nimic.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="143"/>
        <source>Not imported: {reason}</source>
        <translation>Neimportat: {reason}</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../exchange/dialog.py" line="117"/>
        <location filename="../exchange/dialog.py" line="118"/>
        <source>Exchange with partners</source>
        <translation>Schimb cu partenerii</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="123"/>
        <source>This installation</source>
        <translation>Această instalare</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="126"/>
        <source>This installation&apos;s identity</source>
        <translation>Identitatea acestei instalări</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="131"/>
        <source>Create identity…</source>
        <translation>Creați identitatea…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="133"/>
        <source>Export identity file…</source>
        <translation>Exportați fișierul de identitate…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="141"/>
        <source>Partners</source>
        <translation>Parteneri</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="144"/>
        <source>Partners and their trust</source>
        <translation>Partenerii și încrederea în ei</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Trust</source>
        <translation>Încredere</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Fingerprint</source>
        <translation>Amprentă</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="161"/>
        <source>Held aside and flagged installations</source>
        <translation>Instalări puse deoparte și semnalate</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="164"/>
        <source>Add partner…</source>
        <translation>Adăugați partener…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="165"/>
        <source>Trust…</source>
        <translation>Acordați încredere…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="166"/>
        <source>Revoke…</source>
        <translation>Revocați…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="168"/>
        <source>Export for this partner…</source>
        <translation>Exportați pentru acest partener…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="181"/>
        <source>Bundles and conflicts</source>
        <translation>Pachete și conflicte</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="184"/>
        <source>Export everything…</source>
        <translation>Exportați tot…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="186"/>
        <source>Import a bundle…</source>
        <translation>Importați un pachet…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="187"/>
        <source>Resolve conflicts…</source>
        <translation>Rezolvați conflictele…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="190"/>
        <source>or drop a .casebook file here or on the main window</source>
        <translation>sau trageți aici un fișier .casebook ori în fereastra principală</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="196"/>
        <location filename="../exchange/dialog.py" line="200"/>
        <source>Sync folder</source>
        <translation>Dosar de sincronizare</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="205"/>
        <source>Choose folder…</source>
        <translation>Alegeți dosarul…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="208"/>
        <source>Stop syncing</source>
        <translation>Opriți sincronizarea</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="210"/>
        <source>Sync now</source>
        <translation>Sincronizați acum</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="219"/>
        <source>Result</source>
        <translation>Rezultat</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="225"/>
        <source>Progress</source>
        <translation>Progres</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="229"/>
        <source>Cancel the work in progress</source>
        <translation>Anulați lucrul în curs</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="231"/>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="261"/>
        <source>The identity cannot be used: {problem}</source>
        <translation>Identitatea nu poate fi folosită: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="268"/>
        <source>This installation has no identity yet. Create one to sign what you export; partners trust it by its fingerprint.</source>
        <translation>Această instalare nu are încă o identitate. Creați una pentru a semna ce exportați; partenerii o recunosc ca fiind de încredere după amprentă.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="275"/>
        <source>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Fingerprint, to read aloud to partners:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Amprenta, de citit cu voce tare partenerilor:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>Resolve conflicts ({n})…</source>
        <translation>Rezolvați conflictele ({n})…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>No conflicts</source>
        <translation>Niciun conflict</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/dialog.py" line="315"/>
        <source>&lt;b&gt;Held aside: %n revision(s)&lt;/b&gt; of installations you do not trust (yet): kept, not shown, passed on to partners, and applied when you trust their key.</source>
        <translation>
            <numerusform>&lt;b&gt;Pusă deoparte: %n revizie&lt;/b&gt; a instalărilor în care nu aveți (încă) încredere: păstrată, neafișată, transmisă partenerilor și aplicată când aveți încredere în cheia lor.</numerusform>
            <numerusform>&lt;b&gt;Puse deoparte: %n revizii&lt;/b&gt; ale instalărilor în care nu aveți (încă) încredere: păstrate, neafișate, transmise partenerilor și aplicate când aveți încredere în cheia lor.</numerusform>
            <numerusform>&lt;b&gt;Puse deoparte: %n de revizii&lt;/b&gt; ale instalărilor în care nu aveți (încă) încredere: păstrate, neafișate, transmise partenerilor și aplicate când aveți încredere în cheia lor.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="329"/>
        <source>&lt;b&gt;Flagged: {who}&lt;/b&gt; signed two different revisions with the same number (a Casebook folder copied to another computer and used on both). Both are kept; a case edited on both shows as a conflict.</source>
        <translation>&lt;b&gt;Semnalată: {who}&lt;/b&gt; a semnat două revizii diferite cu același număr (un dosar Casebook copiat pe alt calculator și folosit pe amândouă). Ambele sunt păstrate; un caz editat pe amândouă apare ca un conflict.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="343"/>
        <source>Off. Choose a folder your partners already share (Nextcloud, SharePoint, Syncthing): new bundles found there are imported, and what is new here is written there.</source>
        <translation>Oprit. Alegeți un dosar pe care partenerii îl partajează deja (Nextcloud, SharePoint, Syncthing): pachetele noi găsite acolo sunt importate, iar noutățile de aici sunt scrise acolo.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="349"/>
        <source>On: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Checked when a file arrives there, every five minutes, and with Sync now.</source>
        <translation>Pornit: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Verificat când sosește un fișier, la fiecare cinci minute și la Sincronizați acum.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="400"/>
        <source>Working…</source>
        <translation>Se lucrează…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../window_menus.py" line="182"/>
        <source>Export selected</source>
        <translation>Exportați selecția</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="154"/>
        <source>Select cases in the list first</source>
        <translation>Selectați mai întâi cazuri din listă</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="165"/>
        <source>{count} cases</source>
        <translation>cazuri: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="169"/>
        <source>Export {count} selected case(s)</source>
        <translation>Exportați cazurile selectate ({count})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../library/export_ui.py" line="63"/>
        <source>Language of the export</source>
        <translation>Limba exportului</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limba:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="89"/>
        <source>already had {had} of its %n revision(s)</source>
        <translation>
            <numerusform>avea deja {had} din %n revizie</numerusform>
            <numerusform>avea deja {had} din cele %n revizii</numerusform>
            <numerusform>avea deja {had} din cele %n de revizii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="92"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicte</numerusform>
            <numerusform>%n de conflicte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../importing/column_mapping.py" line="61"/>
        <source>Columns</source>
        <translation>Coloane</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="63"/>
        <source>Choose the entry field each column fills. Columns left at “not imported” are ignored. Title, summary, organisation, country and language are required.</source>
        <translation>Alegeți câmpul cazului pe care îl completează fiecare coloană. Coloanele lăsate pe „nu se importă” sunt ignorate. Titlul, rezumatul, organizația, țara și limba sunt obligatorii.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="71"/>
        <source>Sheet:</source>
        <translation>Foaie:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="73"/>
        <source>Sheet</source>
        <translation>Foaie</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="78"/>
        <source>Load mapping…</source>
        <translation>Încărcați corespondența…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="80"/>
        <source>Save mapping…</source>
        <translation>Salvați corespondența…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="86"/>
        <source>Column mapping</source>
        <translation>Corespondența coloanelor</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="89"/>
        <source>Column</source>
        <translation>Coloană</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="90"/>
        <source>First values</source>
        <translation>Primele valori</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="91"/>
        <source>Entry field</source>
        <translation>Câmpul cazului</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="103"/>
        <source>Language of every row</source>
        <translation>Limba tuturor rândurilor</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="105"/>
        <source>e.g. en, nl, fi (when no column gives it)</source>
        <translation>de ex. en, nl, fi (dacă nicio coloană nu o indică)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="108"/>
        <source>Country of every row</source>
        <translation>Țara tuturor rândurilor</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="110"/>
        <source>e.g. FI (when no column gives it)</source>
        <translation>de ex. FI (dacă nicio coloană nu o indică)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="115"/>
        <source>Language of every row:</source>
        <translation>Limba tuturor rândurilor:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="116"/>
        <source>Country of every row:</source>
        <translation>Țara tuturor rândurilor:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="134"/>
        <source>Reading the columns…</source>
        <translation>Se citesc coloanele…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="156"/>
        <source>Go Back to choose another format or file.</source>
        <translation>Reveniți cu Înapoi pentru a alege alt format sau alt fișier.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="176"/>
        <source>Entry field for {column}</source>
        <translation>Câmpul pentru {column}</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="178"/>
        <source>— not imported —</source>
        <translation>— nu se importă —</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="180"/>
        <source>id: matches rows when a newer file is imported</source>
        <translation>id: recunoaște rândurile când se importă un fișier mai nou</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="243"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Fiecare câmp poate proveni dintr-o singură coloană: {fields}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="250"/>
        <source>Still needed: {fields}. Choose the column for each, or type a value below.</source>
        <translation>Mai lipsesc: {fields}. Alegeți coloana pentru fiecare sau scrieți o valoare mai jos.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="258"/>
        <source>Every required field has a column or a value.</source>
        <translation>Fiecare câmp obligatoriu are o coloană sau o valoare.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="284"/>
        <source>Save the column mapping</source>
        <translation>Salvați corespondența coloanelor</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="297"/>
        <source>Cannot write {path} ({reason}); choose another file.</source>
        <translation>Nu se poate scrie {path} ({reason}); alegeți alt fișier.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="303"/>
        <source>Saved the mapping as {path}.</source>
        <translation>Corespondența a fost salvată ca {path}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="308"/>
        <source>Load a column mapping</source>
        <translation>Încărcați o corespondență a coloanelor</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="325"/>
        <source>{path} is not a mapping file ({reason}).</source>
        <translation>{path} nu este un fișier de corespondență ({reason}).</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="347"/>
        <source>The file has no column {columns}; those lines of the mapping are left out.</source>
        <translation>Fișierul nu are coloana {columns}; acele rânduri ale corespondenței sunt omise.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="37"/>
        <source>new</source>
        <translation>nou</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="38"/>
        <source>update</source>
        <translation>actualizare</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="39"/>
        <source>unchanged</source>
        <translation>neschimbat</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="40"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="41"/>
        <source>kept as edited here</source>
        <translation>păstrat așa cum a fost editat aici</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="42"/>
        <source>invalid: not imported</source>
        <translation>nevalid: nu se importă</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="45"/>
        <source>Title</source>
        <translation>Titlu</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="46"/>
        <source>Organisation</source>
        <translation>Organizație</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="47"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="48"/>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="49"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="50"/>
        <source>Status</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="51"/>
        <source>Source id</source>
        <translation>Id în sursă</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="69"/>
        <source>Check</source>
        <translation>Verificare</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="71"/>
        <location filename="../importing/import_steps.py" line="235"/>
        <location filename="../importing/import_wizard.py" line="91"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="81"/>
        <source>The first rows as they will be imported</source>
        <translation>Primele rânduri, așa cum vor fi importate</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <location filename="../importing/import_steps.py" line="96"/>
        <source>Row</source>
        <translation>Rând</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <source>What happens</source>
        <translation>Ce se întâmplă</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="93"/>
        <source>Invalid rows</source>
        <translation>Rânduri nevalide</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="97"/>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="98"/>
        <source>Problem</source>
        <translation>Problemă</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="116"/>
        <source>{file}, read as: {kind}</source>
        <translation>{file}, citit ca: {kind}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="123"/>
        <source>Reading and checking every row…</source>
        <translation>Se citesc și se verifică toate rândurile…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="130"/>
        <source>Reading…</source>
        <translation>Se citește…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="136"/>
        <source>{rows} rows read: {new} new, {updated} to update, {unchanged} unchanged, {invalid} invalid.</source>
        <translation>Rânduri citite: {rows}; noi {new}, de actualizat {updated}, neschimbate {unchanged}, nevalide {invalid}.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="148"/>
        <source>Nothing new to import.</source>
        <translation>Nimic nou de importat.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="185"/>
        <source>Import the {valid} valid rows and skip the {invalid} invalid ones</source>
        <translation>Importați rândurile valide ({valid}) și săriți peste cele nevalide ({invalid})</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="200"/>
        <source>Stopped. Go Back to choose another file, or Next to check again.</source>
        <translation>Oprit. Reveniți cu Înapoi pentru a alege alt fișier sau apăsați Înainte pentru o nouă verificare.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="205"/>
        <source>This file cannot be imported as {kind}: {reason}</source>
        <translation>Acest fișier nu poate fi importat ca {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="209"/>
        <source>Nothing was imported. Go Back to choose another format or file.</source>
        <translation>Nu s-a importat nimic. Reveniți cu Înapoi pentru a alege alt format sau alt fișier.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="247"/>
        <source>New entries</source>
        <translation>Cazuri noi</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="251"/>
        <source>Show the new entries in the list</source>
        <translation>Afișați cazurile noi în listă</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="269"/>
        <source>Importing {file}…</source>
        <translation>Se importă {file}…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="281"/>
        <source>Importing…</source>
        <translation>Se importă…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="289"/>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {skipped} skipped (invalid rows).</source>
        <translation>S-a importat {file}: noi {new}, actualizate {updated}, neschimbate {unchanged}, conflicte {conflicts}, omise {skipped} (rânduri nevalide).</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="309"/>
        <source>New entries (double-click one to open it):</source>
        <translation>Cazuri noi (dublu clic pentru a deschide unul):</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="351"/>
        <location filename="../importing/import_wizard.py" line="192"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import anulat; nu s-a importat nimic.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="355"/>
        <source>Not imported: {reason}. Nothing was written.</source>
        <translation>Neimportat: {reason}. Nu s-a scris nimic.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="185"/>
        <source>Cancelling…</source>
        <translation>Se anulează…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="210"/>
        <source>What to import</source>
        <translation>Ce importați</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="211"/>
        <source>Choose the kind of file, then the file.</source>
        <translation>Alegeți tipul de fișier, apoi fișierul.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="230"/>
        <source>The file to import (or drop it on the main window)</source>
        <translation>Fișierul de importat (sau trageți-l în fereastra principală)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="232"/>
        <source>File to import</source>
        <translation>Fișier de importat</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="236"/>
        <source>Choose file…</source>
        <translation>Alegeți fișierul…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="261"/>
        <source>Tables (*.xlsx *.csv *.json)</source>
        <translation>Tabele (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="265"/>
        <source>Import a file</source>
        <translation>Importați un fișier</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="282"/>
        <source>Looking at the file…</source>
        <translation>Se examinează fișierul…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="288"/>
        <source>This looks like: {kind}. Change it above if it is not.</source>
        <translation>Pare să fie: {kind}. Schimbați mai sus dacă nu este.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="30"/>
        <source>Workshop spreadsheet</source>
        <translation>Foaie de calcul pentru atelier</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="31"/>
        <source>The intake spreadsheet from File &gt; Workshop template…, filled in: one row per practice.</source>
        <translation>Foaia de colectare din Fișier &gt; Șablon pentru atelier…, completată: câte un rând pentru fiecare practică.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="39"/>
        <source>EU Public Sector Tech Watch</source>
        <translation>EU Public Sector Tech Watch</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="40"/>
        <source>pstw_dataset.xlsx (sheet “PSTW DB”), about 2,000 cases; CC BY 4.0.</source>
        <translation>pstw_dataset.xlsx (foaia „PSTW DB”), circa 2.000 de cazuri; CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="46"/>
        <source>Dutch algorithm register</source>
        <translation>Registrul olandez al algoritmilor</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="47"/>
        <source>algoritmes.json from algoritmes.overheid.nl; entries in Dutch.</source>
        <translation>algoritmes.json de la algoritmes.overheid.nl; cazuri în neerlandeză.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="53"/>
        <source>US federal AI use case inventory</source>
        <translation>Inventarul cazurilor de utilizare a IA al guvernului federal SUA</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="54"/>
        <source>The 2025 inventory as CSV or xlsx; public domain.</source>
        <translation>Inventarul din 2025, în CSV sau xlsx; domeniu public.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="58"/>
        <source>Other table: CSV</source>
        <translation>Alt tabel: CSV</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="59"/>
        <source>Any CSV file (UTF-8) with a header row; you choose the columns.</source>
        <translation>Orice fișier CSV (UTF-8) cu rând de antet; dvs. alegeți coloanele.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="65"/>
        <source>Other table: Excel</source>
        <translation>Alt tabel: Excel</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="66"/>
        <source>Any .xlsx sheet with a header row; you choose the columns.</source>
        <translation>Orice foaie .xlsx cu rând de antet; dvs. alegeți coloanele.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="72"/>
        <source>Other table: JSON</source>
        <translation>Alt tabel: JSON</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="73"/>
        <source>A JSON list of records (objects); you choose the fields.</source>
        <translation>O listă JSON de înregistrări (obiecte); dvs. alegeți câmpurile.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="104"/>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="105"/>
        <source>Cancel the import</source>
        <translation>Anulați importul</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../importing/importing.py" line="44"/>
        <source>Import…</source>
        <translation>Importați…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="47"/>
        <source>Workshop mode…</source>
        <translation>Mod atelier…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="50"/>
        <source>Workshop template…</source>
        <translation>Șablon pentru atelier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/importing.py" line="106"/>
        <source>Recorded. %n practice(s) recorded this session.</source>
        <translation>
            <numerusform>Înregistrat. %n practică înregistrată în această sesiune.</numerusform>
            <numerusform>Înregistrat. %n practici înregistrate în această sesiune.</numerusform>
            <numerusform>Înregistrat. %n de practici înregistrate în această sesiune.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="118"/>
        <source>Save the workshop spreadsheet</source>
        <translation>Salvați foaia de calcul pentru atelier</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Registru de lucru Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="145"/>
        <source>Wrote {name}. Fill in one row per practice, then File &gt; Import… it.</source>
        <translation>S-a scris {name}. Completați câte un rând pentru fiecare practică, apoi importați-l cu Fișier &gt; Importați….</translation>
    </message>
</context>
<context>
    <name>LearningTrail</name>
    <message>
        <location filename="../trail/report_export.py" line="41"/>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="42"/>
        <source>Word document</source>
        <translation>Document Word</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="43"/>
        <source>Excel workbook</source>
        <translation>Registru de lucru Excel</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="44"/>
        <source>Markdown text</source>
        <translation>Text Markdown</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="45"/>
        <source>Web page</source>
        <translation>Pagină web</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="223"/>
        <source>Wrote the transfer report to {path}</source>
        <translation>Raportul privind transferurile a fost scris în {path}</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="233"/>
        <source>Export cancelled; no file was written</source>
        <translation>Export anulat; nu s-a scris niciun fișier</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="38"/>
        <source>No practice has Interreg data yet: fill in its project, validation or transfers in the case&apos;s form.</source>
        <translation>Nicio practică nu are încă date Interreg: completați proiectul, validarea sau transferurile în formularul cazului.</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="90"/>
        <source>Identified</source>
        <translation>Identificată</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="92"/>
        <source>Studied</source>
        <translation>Studiată</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="101"/>
        <source>Transferred: {detail}</source>
        <translation>Transferată: {detail}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="105"/>
        <source>Transferred</source>
        <translation>Transferată</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="112"/>
        <source>A practice of {partner}</source>
        <translation>O practică a partenerului {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="115"/>
        <source>Transfer {number} to {partner}</source>
        <translation>Transferul {number} către {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="119"/>
        <source>into {plan}</source>
        <translation>în {plan}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="129"/>
        <source>In {partner}&apos;s collections: {names}</source>
        <translation>În colecțiile partenerului {partner}: {names}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="159"/>
        <source>nothing recorded</source>
        <translation>nimic înregistrat</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="172"/>
        <source>Validation</source>
        <translation>Validare</translation>
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
        <translation>Căutare</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Cases</source>
        <translation>Cazuri</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="290"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caz</numerusform>
            <numerusform>%Ln cazuri</numerusform>
            <numerusform>%Ln de cazuri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="347"/>
        <source>%Ln case(s) in this collection</source>
        <translation>
            <numerusform>%Ln caz în această colecție</numerusform>
            <numerusform>%Ln cazuri în această colecție</numerusform>
            <numerusform>%Ln de cazuri în această colecție</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Type a search or tick some filters, then save it</source>
        <translation>Scrieți o căutare sau bifați niște filtre, apoi salvați-o</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>A saved search needs a name</source>
        <translation>O căutare salvată are nevoie de un nume</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Replace saved search</source>
        <translation>Înlocuiți căutarea salvată</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>A saved search “{name}” exists. Replace it?</source>
        <translation>Există deja o căutare salvată „{name}”. O înlocuiți?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Saved the search “{name}”</source>
        <translation>Căutarea „{name}” a fost salvată</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Delete saved search</source>
        <translation>Ștergeți căutarea salvată</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Delete the saved search “{name}”?</source>
        <translation>Ștergeți căutarea salvată „{name}”?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Added the case.</source>
        <translation>Cazul a fost adăugat.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Saved the case.</source>
        <translation>Cazul a fost salvat.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="531"/>
        <source>Unsaved drafts</source>
        <translation>Ciorne nesalvate</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="534"/>
        <source>%n case(s) were being edited and not saved:</source>
        <translation>
            <numerusform>%n caz era în curs de editare și nu a fost salvat:</numerusform>
            <numerusform>%n cazuri erau în curs de editare și nu au fost salvate:</numerusform>
            <numerusform>%n de cazuri erau în curs de editare și nu au fost salvate:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539"/>
        <source>Restore</source>
        <translation>Restaurați</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Later</source>
        <translation>Mai târziu</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Discard</source>
        <translation>Renunțați</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Discard drafts?</source>
        <translation>Renunțați la ciorne?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Throw away the unsaved text of these cases?</source>
        <translation>Renunțați la textul nesalvat al acestor cazuri?</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="563"/>
        <source>Deleted %Ln case(s) — Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln caz șters — anulați cu Ctrl+Z.</numerusform>
            <numerusform>%Ln cazuri șterse — anulați cu Ctrl+Z.</numerusform>
            <numerusform>%Ln de cazuri șterse — anulați cu Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="579"/>
        <source>Restored.</source>
        <translation>Restaurat.</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="27"/>
        <source>Cancel</source>
        <translation>Anulați</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="28"/>
        <source>Stop the work in the background</source>
        <translation>Opriți lucrul din fundal</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="29"/>
        <source>Cancel background work</source>
        <translation>Anulați lucrul din fundal</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="71"/>
        <source>Find</source>
        <translation>Căutați</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Clear search</source>
        <translation>Goliți căutarea</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="78"/>
        <source>Next case</source>
        <translation>Cazul următor</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>Previous case</source>
        <translation>Cazul anterior</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="83"/>
        <source>Quit</source>
        <translation>Ieșire</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="87"/>
        <source>New case…</source>
        <translation>Caz nou…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="90"/>
        <source>Edit case…</source>
        <translation>Editați cazul…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="93"/>
        <source>Delete case</source>
        <translation>Ștergeți cazul</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="97"/>
        <source>Undo delete</source>
        <translation>Anulați ștergerea</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>Settings…</source>
        <translation>Setări…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="120"/>
        <source>Export collection</source>
        <translation>Exportați colecția</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="122"/>
        <source>Export selected cases</source>
        <translation>Exportați cazurile selectate</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="126"/>
        <source>Export learning trail…</source>
        <translation>Exportați parcursul învățării…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editare</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="138"/>
        <source>Save search…</source>
        <translation>Salvați căutarea…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="145"/>
        <source>&amp;Help</source>
        <translation>A&amp;jutor</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="146"/>
        <source>About Casebook…</source>
        <translation>Despre Casebook…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="164"/>
        <source>Choose a collection in the sidebar first</source>
        <translation>Alegeți mai întâi o colecție din bara laterală</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="31"/>
        <source>Hybrid</source>
        <translation>Hibrid</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="32"/>
        <source>Keyword</source>
        <translation>Cuvânt-cheie</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="33"/>
        <source>Meaning</source>
        <translation>Sens</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="76"/>
        <source>Search cases — words, or what you need (Ctrl+F)</source>
        <translation>Căutați cazuri — cuvinte sau ce vă trebuie (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="82"/>
        <source>Search mode</source>
        <translation>Mod de căutare</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="86"/>
        <source>Did you mean</source>
        <translation>Poate ați vrut să scrieți</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="89"/>
        <source>semantic search: waiting…</source>
        <translation>căutare după sens: în așteptare…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="90"/>
        <source>Semantic search state</source>
        <translation>Starea căutării după sens</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="103"/>
        <source>semantic search: off (Settings)</source>
        <translation>căutare după sens: oprită (Setări)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="221"/>
        <source>Did you mean {word}?</source>
        <translation>Poate ați vrut să scrieți {word}?</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="241"/>
        <source>Keyword index: cancelled; it is built at the next search</source>
        <translation>Indexul de cuvinte-cheie: anulat; se construiește la următoarea căutare</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="252"/>
        <location filename="../library/search_panel.py" line="279"/>
        <source>semantic search: indexing…</source>
        <translation>căutare după sens: se indexează…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="260"/>
        <source>semantic search: not available in this build</source>
        <translation>căutare după sens: indisponibilă în această versiune</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="266"/>
        <source>semantic search: failed to load (see the log)</source>
        <translation>căutare după sens: încărcarea a eșuat (vedeți jurnalul)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="271"/>
        <source>semantic search: loading…</source>
        <translation>căutare după sens: se încarcă…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="296"/>
        <source>semantic search: ready</source>
        <translation>căutare după sens: pregătită</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="313"/>
        <source>semantic search: paused — &lt;a href=&quot;resume&quot;&gt;resume&lt;/a&gt;</source>
        <translation>căutare după sens: în pauză — &lt;a href=&quot;resume&quot;&gt;reluați&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="320"/>
        <source>semantic search: indexing failed (see the log)</source>
        <translation>căutare după sens: indexarea a eșuat (vedeți jurnalul)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../trail/report_export.py" line="76"/>
        <location filename="../trail/report_export.py" line="138"/>
        <source>Export learning trail</source>
        <translation>Exportați parcursul învățării</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="81"/>
        <source>All projects</source>
        <translation>Toate proiectele</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="82"/>
        <source>All partners</source>
        <translation>Toți partenerii</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="88"/>
        <source>File</source>
        <translation>Fișier</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="92"/>
        <source>Choose…</source>
        <translation>Alegeți…</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="98"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proiect:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="99"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artener:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="101"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ișier:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="163"/>
        <source>Replace file</source>
        <translation>Înlocuiți fișierul</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="164"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} există deja. Îl înlocuiți?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="318"/>
        <source>%n conflict(s): changed here and in the file; both versions kept. Resolve them under Conflicts in the sidebar.</source>
        <translation>
            <numerusform>%n conflict: modificat aici și în fișier; ambele versiuni sunt păstrate. Rezolvați-l la Conflicte, în bara laterală.</numerusform>
            <numerusform>%n conflicte: modificate aici și în fișier; ambele versiuni sunt păstrate. Rezolvați-le la Conflicte, în bara laterală.</numerusform>
            <numerusform>%n de conflicte: modificate aici și în fișier; ambele versiuni sunt păstrate. Rezolvați-le la Conflicte, în bara laterală.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="331"/>
        <source>%n possible duplicate(s) (same title as another entry):</source>
        <translation>
            <numerusform>%n posibil duplicat (același titlu ca alt caz):</numerusform>
            <numerusform>%n posibile duplicate (același titlu ca alt caz):</numerusform>
            <numerusform>%n de posibile duplicate (același titlu ca alt caz):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="340"/>
        <source>%n row(s) merged or skipped:</source>
        <translation>
            <numerusform>%n rând îmbinat sau omis:</numerusform>
            <numerusform>%n rânduri îmbinate sau omise:</numerusform>
            <numerusform>%n de rânduri îmbinate sau omise:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="372"/>
        <source>%Ln entry(ies) added by the import</source>
        <translation>
            <numerusform>%Ln caz adăugat de import</numerusform>
            <numerusform>%Ln cazuri adăugate de import</numerusform>
            <numerusform>%Ln de cazuri adăugate de import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../library/search_panel.py" line="212"/>
        <source>%Ln results ({mode}, {took})</source>
        <translation>
            <numerusform>%Ln rezultat ({mode}, {took})</numerusform>
            <numerusform>%Ln rezultate ({mode}, {took})</numerusform>
            <numerusform>%Ln de rezultate ({mode}, {took})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../theme.py" line="18"/>
        <source>As the system</source>
        <translation>Ca sistemul</translation>
    </message>
    <message>
        <location filename="../theme.py" line="19"/>
        <source>Light</source>
        <translation>Luminos</translation>
    </message>
    <message>
        <location filename="../theme.py" line="20"/>
        <source>Dark</source>
        <translation>Întunecat</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <location filename="../settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Setări</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Search by meaning (loads a language model, ~500 MB of memory)</source>
        <translation>Căutare după sens (încarcă un model lingvistic, ~500 MB de memorie)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Semantic search</source>
        <translation>Căutare după sens</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Meaning model</source>
        <translation>Modelul de sens</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Interface language</source>
        <translation>Limba interfeței</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>As the system ({language})</source>
        <translation>Ca sistemul ({language})</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Appearance</source>
        <translation>Aspect</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Open</source>
        <translation>Deschideți</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Home folder</source>
        <translation>Dosarul principal</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Another home folder: start Casebook with &lt;code&gt;--home FOLDER&lt;/code&gt; or set &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. The appearance changes at once; the rest applies at the next start.</source>
        <translation>Alt dosar principal: porniți Casebook cu &lt;code&gt;--home DOSAR&lt;/code&gt; sau setați &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. Aspectul se schimbă imediat; restul se aplică la următoarea pornire.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Choose folder…</source>
        <translation>Alegeți dosarul…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Use the shipped model</source>
        <translation>Folosiți modelul inclus</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Shipped: all-MiniLM-L6-v2</source>
        <translation>Inclus: all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>Folder of a sentence-transformers model</source>
        <translation>Dosarul unui model sentence-transformers</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Not a model folder</source>
        <translation>Nu este un dosar de model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>This folder cannot be used as the meaning model: {problem}</source>
        <translation>Acest dosar nu poate fi folosit ca model de sens: {problem}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../sidebar.py" line="21"/>
        <source>Country</source>
        <translation>Țară</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="22"/>
        <source>Organisation type</source>
        <translation>Tipul organizației</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="23"/>
        <source>Kind</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="24"/>
        <source>Status</source>
        <translation>Stadiu</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="25"/>
        <source>AI technique</source>
        <translation>Tehnică de IA</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="26"/>
        <source>Policy area</source>
        <translation>Domeniu de politică</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="27"/>
        <source>AI Act risk</source>
        <translation>Risc conform AI Act</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="28"/>
        <source>Dataset</source>
        <translation>Set de date</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="29"/>
        <source>Validation</source>
        <translation>Validare</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="30"/>
        <source>Interreg project</source>
        <translation>Proiect Interreg</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="31"/>
        <source>Transferred to</source>
        <translation>Transferat către</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="33"/>
        <source>Concept</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="69"/>
        <source>Library, collections and filters</source>
        <translation>Bibliotecă, colecții și filtre</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="74"/>
        <source>Library</source>
        <translation>Bibliotecă</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="75"/>
        <source>Recently added</source>
        <translation>Adăugate recent</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="76"/>
        <location filename="../sidebar.py" line="141"/>
        <source>Conflicts</source>
        <translation>Conflicte</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="77"/>
        <source>Learning trail</source>
        <translation>Parcursul învățării</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="78"/>
        <source>Collections</source>
        <translation>Colecții</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="79"/>
        <source>Saved searches</source>
        <translation>Căutări salvate</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="80"/>
        <source>Filters</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="136"/>
        <source>Library ({count})</source>
        <translation>Bibliotecă ({count})</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="139"/>
        <source>Conflicts ({count})</source>
        <translation>Conflicte ({count})</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <location filename="../exchange/sync_folder.py" line="110"/>
        <source>Sync folder: off.</source>
        <translation>Dosar de sincronizare: oprit.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="114"/>
        <source>Sync folder: {folder} is not a folder; nothing changed.</source>
        <translation>Dosar de sincronizare: {folder} nu este un dosar; nu s-a schimbat nimic.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="166"/>
        <source>Sync folder: {folder} cannot be reached; trying again in five minutes.</source>
        <translation>Dosar de sincronizare: {folder} nu poate fi accesat; se reîncearcă peste cinci minute.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="169"/>
        <source>Sync folder: pass cancelled; what was imported before stays.</source>
        <translation>Dosar de sincronizare: trecere anulată; ce s-a importat înainte rămâne.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="171"/>
        <source>Sync folder: {reason}</source>
        <translation>Dosar de sincronizare: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="177"/>
        <source>Last pass at {time}: {what}</source>
        <translation>Ultima trecere la {time}: {what}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="178"/>
        <source>Sync folder: </source>
        <translation>Dosar de sincronizare: </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="189"/>
        <source>imported {revisions} from {bundles}, {conflicts}</source>
        <translation>importat din {bundles}: {revisions}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="190"/>
        <location filename="../exchange/sync_folder.py" line="204"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revizie</numerusform>
            <numerusform>%Ln revizii</numerusform>
            <numerusform>%Ln de revizii</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="191"/>
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n pachet</numerusform>
            <numerusform>%n pachete</numerusform>
            <numerusform>%n de pachete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="192"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicte</numerusform>
            <numerusform>%n de conflicte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="197"/>
        <source>refused {name} ({message})</source>
        <translation>refuzat {name} ({message})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="201"/>
        <source>wrote {name} ({revisions})</source>
        <translation>scris {name} ({revisions})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="209"/>
        <source>nothing new in either direction</source>
        <translation>nimic nou în niciuna dintre direcții</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="210"/>
        <source>Sync folder: {what}.</source>
        <translation>Dosar de sincronizare: {what}.</translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <location filename="../trail/trail_view.py" line="63"/>
        <source>&amp;Project:</source>
        <translation>&amp;Proiect:</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="65"/>
        <source>Project</source>
        <translation>Proiect</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="68"/>
        <source>All projects</source>
        <translation>Toate proiectele</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="77"/>
        <source>Learning trail</source>
        <translation>Parcursul învățării</translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="140"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n practică</numerusform>
            <numerusform>%n practici</numerusform>
            <numerusform>%n de practici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="141"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partener</numerusform>
            <numerusform>%n parteneri</numerusform>
            <numerusform>%n de parteneri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="142"/>
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n transfer</numerusform>
            <numerusform>%n transferuri</numerusform>
            <numerusform>%n de transferuri</numerusform>
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
        <translation>&lt;h3&gt;Bun venit în Casebook&lt;/h3&gt;
&lt;p&gt;Acest catalog începe cu fișe scurte despre cazuri publice de IA bine documentate, fiecare cu
sursa sa. De încercat:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Scrieți în caseta de căutare (&lt;b&gt;Ctrl+F&lt;/b&gt;) — cuvinte pe care vi le amintiți (&lt;i&gt;mașini cu scanare&lt;/i&gt;) sau ce
vă trebuie (&lt;i&gt;ajutor pentru locuitori care vor răspunsuri noaptea&lt;/i&gt;); rezultatele apar pe măsură ce scrieți.&lt;/li&gt;
&lt;li&gt;Bifați filtre în stânga (țară, tehnică de IA, risc conform AI Act…) pentru a restrânge lista.&lt;/li&gt;
&lt;li&gt;Selectați un caz pentru a-l citi; &lt;i&gt;Cazuri similare&lt;/i&gt;, în partea de jos, duc la cazuri înrudite.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; înregistrează o practică nouă; ce scrieți este păstrat ca ciornă până la salvare.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../app.py" line="154"/>
        <source>Welcome</source>
        <translation>Bun venit</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../importing/workshop_mode.py" line="42"/>
        <location filename="../importing/workshop_mode.py" line="43"/>
        <source>Workshop mode</source>
        <translation>Mod atelier</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="60"/>
        <source>Practices recorded</source>
        <translation>Practici înregistrate</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="64"/>
        <source>Save &amp;&amp; next (Ctrl+Enter)</source>
        <translation>Salvați &amp;&amp; următorul (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="67"/>
        <source>Close</source>
        <translation>Închideți</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/workshop_mode.py" line="80"/>
        <source>%n practice(s) recorded this session</source>
        <translation>
            <numerusform>%n practică înregistrată în această sesiune</numerusform>
            <numerusform>%n practici înregistrate în această sesiune</numerusform>
            <numerusform>%n de practici înregistrate în această sesiune</numerusform>
        </translation>
    </message>
</context>
</TS>
