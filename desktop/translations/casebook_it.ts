<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
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
&lt;p&gt;Un catalogo di buone pratiche di IA per le città e le regioni europee, conservato sul vostro
computer e scambiato con i partner in pacchetti firmati.&lt;/p&gt;
&lt;p&gt;Software libero con licenza EUPL 1.2. I casi iniziali sono CC BY 4.0.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Traduzioni.&lt;/b&gt; I testi dell&apos;interfaccia in finlandese, olandese, italiano, rumeno e lettone
sono prime bozze, che i partner possono correggere. Per correggerne una, aprite
&lt;code&gt;desktop/translations/casebook_{code}.ts&lt;/code&gt; in Qt Linguist
(&lt;code&gt;pyside6-linguist&lt;/code&gt;), modificate il testo, salvate ed eseguite
&lt;code&gt;make translations&lt;/code&gt;; oppure inviate il file corretto agli sviluppatori.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="212"/>
        <source>About Casebook</source>
        <translation>Informazioni su Casebook</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../backend.py" line="207"/>
        <source>Something went wrong — {error}; details in the log</source>
        <translation>Qualcosa è andato storto — {error}; dettagli nel log</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="176"/>
        <source>%Ln invalid row(s). Nothing is imported unless you fix them in the file (then go Back and Next to check again) or import only the valid rows:</source>
        <translation>
            <numerusform>%Ln riga non valida. Non viene importato nulla a meno che non la correggiate nel file (poi premete Precedente e poi Successivo per ricontrollare) o importiate solo le righe valide:</numerusform>
            <numerusform>%Ln righe non valide. Non viene importato nulla a meno che non le correggiate nel file (poi premete Precedente e poi Successivo per ricontrollare) o importiate solo le righe valide:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../window_menus.py" line="197"/>
        <source>Delete saved search “{name}”…</source>
        <translation>Elimina la ricerca salvata «{name}»…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="61"/>
        <source>New collection</source>
        <translation>Nuova raccolta</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="62"/>
        <source>Name of the collection:</source>
        <translation>Nome della raccolta:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="75"/>
        <source>Created the collection “{name}”.</source>
        <translation>Creata la raccolta «{name}».</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="82"/>
        <source>Rename collection</source>
        <translation>Rinomina la raccolta</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="83"/>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="90"/>
        <source>Renamed to “{new}”.</source>
        <translation>Rinominata in «{new}».</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="97"/>
        <source>Introduction</source>
        <translation>Introduzione</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="98"/>
        <source>Introduction (shown on the cover of exports):</source>
        <translation>Introduzione (mostrata sulla copertina delle esportazioni):</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="104"/>
        <source>Introduction saved.</source>
        <translation>Introduzione salvata.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="109"/>
        <source>this collection</source>
        <translation>questa raccolta</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="112"/>
        <source>Delete collection?</source>
        <translation>Eliminare la raccolta?</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="113"/>
        <source>Delete the collection “{name}”? The cases in it stay in the library.</source>
        <translation>Eliminare la raccolta «{name}»? I casi che contiene restano nella biblioteca.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="120"/>
        <source>Deleted the collection “{name}”.</source>
        <translation>Eliminata la raccolta «{name}».</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="125"/>
        <source>the collection</source>
        <translation>la raccolta</translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="128"/>
        <source>Added %n case(s) to “{name}”.</source>
        <translation>
            <numerusform>%n caso aggiunto a «{name}».</numerusform>
            <numerusform>%n casi aggiunti a «{name}».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="138"/>
        <source>Removed %n case(s) from the collection (they stay in the library).</source>
        <translation>
            <numerusform>%n caso tolto dalla raccolta (resta nella biblioteca).</numerusform>
            <numerusform>%n casi tolti dalla raccolta (restano nella biblioteca).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="153"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="154"/>
        <source>Note on this case in the collection:</source>
        <translation>Nota su questo caso nella raccolta:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="162"/>
        <source>Note saved.</source>
        <translation>Nota salvata.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="176"/>
        <source>Moved.</source>
        <translation>Spostato.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="186"/>
        <source>Add to collection</source>
        <translation>Aggiungi alla raccolta</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="191"/>
        <location filename="../library/collections_ui.py" line="229"/>
        <source>New collection…</source>
        <translation>Nuova raccolta…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="196"/>
        <source>Remove from this collection</source>
        <translation>Togli da questa raccolta</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="201"/>
        <source>Note…</source>
        <translation>Nota…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="204"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="208"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="219"/>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="221"/>
        <source>Rename…</source>
        <translation>Rinomina…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="223"/>
        <source>Introduction…</source>
        <translation>Introduzione…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="226"/>
        <source>Delete collection…</source>
        <translation>Elimina la raccolta…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="245"/>
        <source>Export “{name}”</source>
        <translation>Esporta «{name}»</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="111"/>
        <source>; {count} deleted cases left out</source>
        <translation>; casi eliminati esclusi: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="118"/>
        <source>Exported {count} cases to {path} ({size} KB)</source>
        <translation>Esportato in {path} ({size} KB), casi: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="129"/>
        <source>Export cancelled; no file was written</source>
        <translation>Esportazione annullata; nessun file è stato scritto</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../exchange/conflicts.py" line="171"/>
        <source>Resolve conflict — {title}</source>
        <translation>Risolvi il conflitto — {title}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="172"/>
        <source>Conflict resolver</source>
        <translation>Risoluzione dei conflitti</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/conflicts.py" line="177"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; was edited in %n places before they exchanged, so it has %n versions. They differ in the highlighted rows: choose one version per row, or use all of one version, or write the value you want in the last column; then save. Every version stays in the history; the merged one travels to partners in the next bundle.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; è stato modificato in %n luoghi prima che si scambiassero i dati, quindi ne esistono %n versioni. Differiscono nelle righe evidenziate: scegliete una versione per ogni riga, oppure usate tutta una versione, oppure scrivete il valore voluto nell&apos;ultima colonna; poi salvate. Ogni versione resta nella cronologia; quella unita arriva ai partner con il prossimo pacchetto.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; è stato modificato in %n luoghi prima che si scambiassero i dati, quindi ne esistono %n versioni. Differiscono nelle righe evidenziate: scegliete una versione per ogni riga, oppure usate tutta una versione, oppure scrivete il valore voluto nell&apos;ultima colonna; poi salvate. Ogni versione resta nella cronologia; quella unita arriva ai partner con il prossimo pacchetto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="188"/>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="190"/>
        <location filename="../exchange/conflicts.py" line="191"/>
        <source>Show only the fields that differ</source>
        <translation>Mostra solo i campi che differiscono</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="197"/>
        <source>Versions side by side</source>
        <translation>Versioni a confronto</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="208"/>
        <source>Resolver message</source>
        <translation>Messaggio della risoluzione</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="212"/>
        <location filename="../exchange/conflicts.py" line="214"/>
        <source>Save merged version</source>
        <translation>Salva la versione unita</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="216"/>
        <source>Close without resolving</source>
        <translation>Chiudi senza risolvere</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="223"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Campo&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="226"/>
        <source> (shown now)</source>
        <translation> (mostrata ora)</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="229"/>
        <source>&lt;b&gt;Version {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;installation {origin}</source>
        <translation>&lt;b&gt;Versione {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;installazione {origin}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="239"/>
        <source>Version {letter}</source>
        <translation>Versione {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="241"/>
        <source>Use all of this version</source>
        <translation>Usa tutta questa versione</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="243"/>
        <source>Use all of version {letter}</source>
        <translation>Usa tutta la versione {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="250"/>
        <source>&lt;b&gt;Merged version&lt;/b&gt;&lt;br&gt;what is saved; you can edit it</source>
        <translation>&lt;b&gt;Versione unita&lt;/b&gt;&lt;br&gt;quello che viene salvato; potete modificarla</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="252"/>
        <source>Merged version</source>
        <translation>Versione unita</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="299"/>
        <source>{field} in version {letter}</source>
        <translation>{field} nella versione {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="310"/>
        <source>Use this</source>
        <translation>Usa questo</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="312"/>
        <source>Use {field} from version {letter}</source>
        <translation>Usa {field} dalla versione {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="327"/>
        <source>Merged {field}</source>
        <translation>{field} unito</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="414"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="434"/>
        <source>Not saved: {reason}. Nothing was changed.</source>
        <translation>Non salvato: {reason}. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../detail.py" line="64"/>
        <source>{size} bytes</source>
        <translation>{size} byte</translation>
    </message>
    <message>
        <location filename="../detail.py" line="86"/>
        <source>Entry details</source>
        <translation>Dettagli del caso</translation>
    </message>
    <message>
        <location filename="../detail.py" line="114"/>
        <source>Select a case to see it here.</source>
        <translation>Selezionate un caso per vederlo qui.</translation>
    </message>
    <message>
        <location filename="../detail.py" line="137"/>
        <source>Matched:</source>
        <translation>Corrispondenze:</translation>
    </message>
    <message>
        <location filename="../detail.py" line="147"/>
        <source>Resolve…</source>
        <translation>Risolvi…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="180"/>
        <source>Links</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../detail.py" line="186"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../detail.py" line="194"/>
        <source>Source and licence</source>
        <translation>Fonte e licenza</translation>
    </message>
    <message>
        <location filename="../detail.py" line="198"/>
        <source>Similar cases</source>
        <translation>Casi simili</translation>
    </message>
    <message>
        <location filename="../detail.py" line="208"/>
        <source>none found</source>
        <translation>nessuno trovato</translation>
    </message>
    <message>
        <location filename="../detail.py" line="210"/>
        <source>looking…</source>
        <translation>ricerca in corso…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="215"/>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <location filename="../detail.py" line="226"/>
        <source>updated {updated} · created {created} · id {id}</source>
        <translation>aggiornato {updated} · creato {created} · id {id}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="276"/>
        <source>deleted</source>
        <translation>ha eliminato</translation>
    </message>
    <message>
        <location filename="../detail.py" line="279"/>
        <source>changed {fields}</source>
        <translation>ha modificato {fields}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="281"/>
        <source>created</source>
        <translation>ha creato</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="73"/>
        <source>similar cases need semantic search, which is turned off in Settings</source>
        <translation>i casi simili richiedono la ricerca per significato, disattivata nelle Impostazioni</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="77"/>
        <source>similar cases need semantic search, which this build does not have</source>
        <translation>i casi simili richiedono la ricerca per significato, che questa versione non ha</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="81"/>
        <source>similar cases appear when semantic search is ready</source>
        <translation>i casi simili compaiono quando la ricerca per significato è pronta</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <location filename="../detail.py" line="142"/>
        <source>⚠ %n concurrent versions of this entry exist; this one is shown until the conflict is resolved.</source>
        <translation>
            <numerusform>⚠ Esistono %n versioni concorrenti di questo caso; viene mostrata questa finché il conflitto non è risolto.</numerusform>
            <numerusform>⚠ Esistono %n versioni concorrenti di questo caso; viene mostrata questa finché il conflitto non è risolto.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../editor.py" line="132"/>
        <source>Edit — {title}</source>
        <translation>Modifica — {title}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="134"/>
        <source>New case</source>
        <translation>Nuovo caso</translation>
    </message>
    <message>
        <location filename="../editor.py" line="136"/>
        <source>Entry editor</source>
        <translation>Modifica del caso</translation>
    </message>
    <message>
        <location filename="../editor.py" line="162"/>
        <source>Similar cases warning</source>
        <translation>Avviso di casi simili</translation>
    </message>
    <message>
        <location filename="../editor.py" line="189"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location filename="../editor.py" line="191"/>
        <source>Add files… (or drop them here)</source>
        <translation>Aggiungi file… (o trascinateli qui)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="217"/>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <location filename="../editor.py" line="221"/>
        <source>Discard changes</source>
        <translation>Scarta le modifiche</translation>
    </message>
    <message>
        <location filename="../editor.py" line="279"/>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} byte)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="334"/>
        <source>Transfer {n}, {column}: {message}</source>
        <translation>Trasferimento {n}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="416"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (allegato al salvataggio)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Discard changes?</source>
        <translation>Scartare le modifiche?</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Throw away what you typed in this form?</source>
        <translation>Scartare quello che avete scritto in questo modulo?</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="35"/>
        <source>Basics</source>
        <translation>Dati di base</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="39"/>
        <source>Title *</source>
        <translation>Titolo *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="40"/>
        <source>≤ 200 characters</source>
        <translation>≤ 200 caratteri</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="44"/>
        <source>Summary *</source>
        <translation>Sintesi *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="46"/>
        <source>a few sentences, ≤ 1,000 characters</source>
        <translation>qualche frase, ≤ 1.000 caratteri</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="50"/>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="52"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="56"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="60"/>
        <source>Language *</source>
        <translation>Lingua *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="61"/>
        <source>of the text: en, nl, fi, it, ro, lv…</source>
        <translation>del testo: en, nl, fi, it, ro, lv…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="65"/>
        <source>Tags</source>
        <translation>Etichette</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="67"/>
        <source>comma-separated</source>
        <translation>separate da virgole</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="72"/>
        <source>Organisation and place</source>
        <translation>Organizzazione e luogo</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="74"/>
        <source>Organisation *</source>
        <translation>Organizzazione *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="77"/>
        <source>Organisation type</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="83"/>
        <source>Country *</source>
        <translation>Paese *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="84"/>
        <source>two letters: FI, NL, IT, RO, LV…</source>
        <translation>due lettere: FI, NL, IT, RO, LV…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="86"/>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="89"/>
        <source>NUTS code</source>
        <translation>Codice NUTS</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="90"/>
        <source>e.g. FI197</source>
        <translation>es. FI197</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="94"/>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="95"/>
        <source>year or date: 2023, 2023-05</source>
        <translation>anno o data: 2023, 2023-05</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="97"/>
        <source>Ended</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="101"/>
        <source>AI and governance</source>
        <translation>IA e governance</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="105"/>
        <source>AI techniques</source>
        <translation>Tecniche di IA</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="111"/>
        <source>Policy areas</source>
        <translation>Settori di intervento</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="113"/>
        <source>COFOG codes: 01.3, 07.4…</source>
        <translation>codici COFOG: 01.3, 07.4…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="117"/>
        <source>Governance themes</source>
        <translation>Temi di governance</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="123"/>
        <source>AI Act risk</source>
        <translation>Rischio secondo l&apos;AI Act</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="128"/>
        <source>Legal basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="132"/>
        <source>Human oversight</source>
        <translation>Supervisione umana</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="135"/>
        <source>Provider / vendor</source>
        <translation>Fornitore</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="136"/>
        <source>Data sources</source>
        <translation>Fonti dei dati</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="137"/>
        <source>Risks and mitigations</source>
        <translation>Rischi e misure di mitigazione</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="141"/>
        <source>Good practice</source>
        <translation>Buona pratica</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="143"/>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="144"/>
        <source>Problem addressed</source>
        <translation>Problema affrontato</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="145"/>
        <source>Evidence of success</source>
        <translation>Prove di successo</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="147"/>
        <source>Transfer potential</source>
        <translation>Trasferibilità</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="150"/>
        <source>Difficulties and lessons</source>
        <translation>Difficoltà e lezioni apprese</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="155"/>
        <source>Learning trail</source>
        <translation>Percorso di apprendimento</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="159"/>
        <source>Interreg project</source>
        <translation>Progetto Interreg</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="160"/>
        <source>e.g. AI4Citizens</source>
        <translation>es. AI4Citizens</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="163"/>
        <source>Policy instrument</source>
        <translation>Strumento di policy</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="167"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="173"/>
        <source>Expert opinion</source>
        <translation>Parere degli esperti</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="178"/>
        <location filename="../transfers_table.py" line="49"/>
        <source>Transfers</source>
        <translation>Trasferimenti</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="184"/>
        <source>Links and attachments</source>
        <translation>Link e allegati</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="188"/>
        <source>Links</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="190"/>
        <source>one per line: title | https://…</source>
        <translation>uno per riga: titolo | https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="194"/>
        <source>Source code</source>
        <translation>Codice sorgente</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="195"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="197"/>
        <source>Contact name</source>
        <translation>Nome del referente</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="198"/>
        <source>Contact e-mail</source>
        <translation>E-mail del referente</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="199"/>
        <source>Contact page</source>
        <translation>Pagina dei contatti</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="214"/>
        <source>Practice</source>
        <translation>Pratica</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="218"/>
        <source>Who and where</source>
        <translation>Chi e dove</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="231"/>
        <source>To follow up</source>
        <translation>Da seguire</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="243"/>
        <source>is required; fill it in</source>
        <translation>è obbligatorio; compilalo</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="244"/>
        <source>must not be empty</source>
        <translation>non può essere vuoto</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="245"/>
        <source>must be text</source>
        <translation>deve essere un testo</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="246"/>
        <source>must be a list</source>
        <translation>deve essere un elenco</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="247"/>
        <source>must be a whole number</source>
        <translation>deve essere un numero intero</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="250"/>
        <source>is {length} characters long; shorten it to at most {most}</source>
        <translation>è lungo {length} caratteri; accorcialo a non più di {most}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="256"/>
        <source>{value} is not allowed; use one of: {choices}</source>
        <translation>{value} non è ammesso; usa uno di: {choices}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="261"/>
        <source>{value} is not a country code; use two letters such as FI, NL, IT, RO or LV</source>
        <translation>{value} non è un codice di paese; usa due lettere come FI, NL, IT, RO o LV</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="268"/>
        <source>{value} is the EU statistical code; use the ISO code {code}</source>
        <translation>{value} è il codice statistico dell&apos;UE; usa il codice ISO {code}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="275"/>
        <source>{value} is not a language code; use a code such as en, nl, fi, it, ro or lv</source>
        <translation>{value} non è un codice di lingua; usa un codice come en, nl, fi, it, ro o lv</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="283"/>
        <source>{value} is not a NUTS code; use the country prefix and up to three characters, such as FI1B or NL329</source>
        <translation>{value} non è un codice NUTS; usa il prefisso del paese e fino a tre caratteri, come FI1B o NL329</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="292"/>
        <source>NUTS code {nuts} is not in country {country}; NUTS codes there start with {prefix}</source>
        <translation>Il codice NUTS {nuts} non è nel paese {country}; lì i codici NUTS iniziano con {prefix}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="300"/>
        <source>must be a date written as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>deve essere una data scritta come AAAA, AAAA-MM o AAAA-MM-GG</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="307"/>
        <source>{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-03-01</source>
        <translation>{value} non è una data; scrivi AAAA, AAAA-MM o AAAA-MM-GG, come 2024-03-01</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="314"/>
        <source>end {end} is before start {start}</source>
        <translation>la fine {end} è prima dell&apos;inizio {start}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="318"/>
        <source>{value} is not a web address; write it as https://…</source>
        <translation>{value} non è un indirizzo web; scrivilo come https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="322"/>
        <source>{value} is not an e-mail address; write it as name@example.org</source>
        <translation>{value} non è un indirizzo e-mail; scrivilo come nome@example.org</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="24"/>
        <source>Partner *</source>
        <translation>Partner *</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="25"/>
        <source>Action plan</source>
        <translation>Piano d&apos;azione</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="26"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="27"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="53"/>
        <source>Add transfer</source>
        <translation>Aggiungi trasferimento</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="55"/>
        <source>Remove transfer</source>
        <translation>Rimuovi trasferimento</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../entry_model.py" line="64"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="65"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="66"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="67"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="68"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="69"/>
        <source>Updated</source>
        <translation>Aggiornato</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="71"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="72"/>
        <source>Interreg project</source>
        <translation>Progetto Interreg</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../window_menus.py" line="201"/>
        <source>Resolve a conflict…</source>
        <translation>Risolvi un conflitto…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="77"/>
        <source>Exchange with partners…</source>
        <translation>Scambio con i partner…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="80"/>
        <source>Resolve conflict…</source>
        <translation>Risolvi il conflitto…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="133"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="155"/>
        <source>Created the identity of {org}. Fingerprint: {fp}. Export the identity file and hand it to your partners.</source>
        <translation>Creata l&apos;identità di {org}. Impronta: {fp}. Esportate il file di identità e consegnatelo ai vostri partner.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="179"/>
        <source>Wrote {path} (fingerprint {fp}). Hand it to your partners.</source>
        <translation>Scritto {path} (impronta {fp}). Consegnatelo ai vostri partner.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="201"/>
        <source>Added {org} ({status}). Fingerprint: {fp}</source>
        <translation>Aggiunto {org} ({status}). Impronta: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="203"/>
        <source>{org} was already a partner ({status}). Fingerprint: {fp}</source>
        <translation>{org} era già un partner ({status}). Impronta: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="215"/>
        <source>Not added: {reason}</source>
        <translation>Non aggiunto: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="222"/>
        <source>Read this fingerprint aloud with {org} (by phone or in person) and check that theirs is the same:

{fp}

Trust {org}? Their bundles are accepted from now on.</source>
        <translation>Leggete ad alta voce questa impronta insieme a {org} (per telefono o di persona) e verificate che la loro sia identica:

{fp}

Considerare attendibile {org}? Da ora i suoi pacchetti vengono accettati.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="225"/>
        <source>Compare the fingerprint</source>
        <translation>Confrontate l&apos;impronta</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="238"/>
        <source>Trusted {org} ({fp}).</source>
        <translation>{org} ora è attendibile ({fp}).</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="248"/>
        <source>Revoke the key?</source>
        <translation>Revocare la chiave?</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="250"/>
        <source>Revoke the key of {org}? Entries already received from them stay; anything newer they sign is refused from now on, and a revoked key cannot be trusted again.</source>
        <translation>Revocare la chiave di {org}? I casi già ricevuti restano; tutto ciò che firmerà in seguito verrà rifiutato, e una chiave revocata non può tornare attendibile.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="263"/>
        <source>Revoked the key of {org}.</source>
        <translation>Revocata la chiave di {org}.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="278"/>
        <source>Wrote {name}: {revisions}, {blobs}.</source>
        <translation>Scritto {name}: {revisions}, {blobs}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="280"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revisione</numerusform>
            <numerusform>%Ln revisioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="281"/>
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln allegato</numerusform>
            <numerusform>%Ln allegati</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="284"/>
        <source>Nothing new for this partner since the last bundle.</source>
        <translation>Niente di nuovo per questo partner dall&apos;ultimo pacchetto.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="286"/>
        <source>The catalogue has no revisions to send yet.</source>
        <translation>Il catalogo non ha ancora revisioni da inviare.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="291"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Esportazione annullata; nessun file è stato scritto.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="294"/>
        <source>Not exported: {reason}</source>
        <translation>Non esportato: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="334"/>
        <source>No case is in conflict.</source>
        <translation>Nessun caso è in conflitto.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="342"/>
        <source>Resolve a conflict</source>
        <translation>Risolvi un conflitto</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="343"/>
        <source>Cases in conflict:</source>
        <translation>Casi in conflitto:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="388"/>
        <source>Resolved “{title}”: the merged version is saved.</source>
        <translation>Risolto «{title}»: la versione unita è salvata.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="417"/>
        <source>Import a bundle</source>
        <translation>Importa un pacchetto</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="428"/>
        <source>Export everything</source>
        <translation>Esporta tutto</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="430"/>
        <source>Export for {org}</source>
        <translation>Esporta per {org}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="446"/>
        <source>Export the identity file</source>
        <translation>Esporta il file di identità</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="457"/>
        <source>Add a partner from its identity file</source>
        <translation>Aggiungi un partner dal suo file di identità</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="468"/>
        <source>Create this installation&apos;s identity</source>
        <translation>Crea l&apos;identità di questa installazione</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="469"/>
        <source>Your organisation, as partners know it:</source>
        <translation>La vostra organizzazione, come la conoscono i partner:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="476"/>
        <source>Choose the shared sync folder</source>
        <translation>Scegliete la cartella di sincronizzazione condivisa</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="21"/>
        <source>Casebook bundle (*.casebook)</source>
        <translation>Pacchetto Casebook (*.casebook)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="22"/>
        <source>Casebook identity (*.id *.json);;All files (*)</source>
        <translation>Identità Casebook (*.id *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="27"/>
        <source>The file is larger than a bundle may be. Ask the partner for a bundle of what is new since the last one.</source>
        <translation>Il file è più grande di quanto possa esserlo un pacchetto. Chiedete al partner un pacchetto con le sole novità dall&apos;ultimo.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="32"/>
        <source>The file is damaged or is not a Casebook bundle. Ask the partner to send it again.</source>
        <translation>Il file è danneggiato o non è un pacchetto Casebook. Chiedete al partner di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="36"/>
        <source>A signature does not match: the file was changed after it was signed. Ask the partner to send it again.</source>
        <translation>Una firma non corrisponde: il file è stato modificato dopo la firma. Chiedete al partner di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="41"/>
        <source>It was signed by a key you do not trust. Add the partner&apos;s identity file and trust it after comparing the fingerprint with them, then import again.</source>
        <translation>È stato firmato con una chiave che non considerate attendibile. Aggiungete il file di identità del partner e rendetelo attendibile dopo aver confrontato l&apos;impronta con lui, poi importate di nuovo.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="46"/>
        <source>It holds new revisions from a partner whose key you revoked. Ask that partner for a new identity file.</source>
        <translation>Contiene nuove revisioni di un partner di cui avete revocato la chiave. Chiedete a quel partner un nuovo file di identità.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="51"/>
        <source>A revision does not match its hash: the file was changed. Ask the partner to send it again.</source>
        <translation>Una revisione non corrisponde al suo hash: il file è stato modificato. Chiedete al partner di inviarlo di nuovo.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="56"/>
        <source>Its list of contents does not match the file: lines are missing or extra (a copy that stopped half-way?). Wait until it is complete, or ask for it again.</source>
        <translation>L&apos;indice del contenuto non corrisponde al file: mancano righe o ce ne sono in più (una copia interrotta a metà?). Aspettate che sia completo, o chiedetelo di nuovo.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="61"/>
        <source>An entry in it is not valid. Tell the partner which line, so they can fix it.</source>
        <translation>Un caso al suo interno non è valido. Indicate al partner quale riga, così può correggerlo.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="65"/>
        <source>A partner signed two different revisions with the same number (a copied or restored installation). Tell the partner; do not trust copies of one installation.</source>
        <translation>Un partner ha firmato due revisioni diverse con lo stesso numero (un&apos;installazione copiata o ripristinata). Avvisate il partner; non considerate attendibili le copie di una stessa installazione.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="72"/>
        <source>trusted</source>
        <translation>attendibile</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="73"/>
        <source>not trusted yet</source>
        <translation>non ancora attendibile</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="74"/>
        <source>revoked</source>
        <translation>revocato</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="75"/>
        <source>this installation</source>
        <translation>questa installazione</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="107"/>
        <source>Already have all {n} revisions from {source}; nothing changed.</source>
        <translation>Sono già presenti tutte le revisioni ({n}) di {source}; nulla è cambiato.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="110"/>
        <source>Imported from {source}: {added} new, {updated} updated, {deleted} deleted, {conflicts}; {already}.</source>
        <translation>Importato da {source}: nuovi {added}, aggiornati {updated}, eliminati {deleted}, {conflicts}; {already}.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="123"/>
        <source>Resolve them under Conflicts in the sidebar.</source>
        <translation>Risolveteli in Conflitti nella barra laterale.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="136"/>
        <source>It failed verification.</source>
        <translation>La verifica non è riuscita.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="138"/>
        <source>Refused: {plain} Nothing was imported. ({detail})</source>
        <translation>Rifiutato: {plain} Non è stato importato nulla. ({detail})</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="142"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importazione annullata; non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="143"/>
        <source>Not imported: {reason}</source>
        <translation>Non importato: {reason}</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../exchange/dialog.py" line="117"/>
        <location filename="../exchange/dialog.py" line="118"/>
        <source>Exchange with partners</source>
        <translation>Scambio con i partner</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="123"/>
        <source>This installation</source>
        <translation>Questa installazione</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="126"/>
        <source>This installation&apos;s identity</source>
        <translation>Identità di questa installazione</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="131"/>
        <source>Create identity…</source>
        <translation>Crea l&apos;identità…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="133"/>
        <source>Export identity file…</source>
        <translation>Esporta il file di identità…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="141"/>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="144"/>
        <source>Partners and their trust</source>
        <translation>I partner e la loro attendibilità</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Trust</source>
        <translation>Attendibilità</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Fingerprint</source>
        <translation>Impronta</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="161"/>
        <source>Held aside and flagged installations</source>
        <translation>Installazioni messe da parte e segnalate</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="164"/>
        <source>Add partner…</source>
        <translation>Aggiungi partner…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="165"/>
        <source>Trust…</source>
        <translation>Rendi attendibile…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="166"/>
        <source>Revoke…</source>
        <translation>Revoca…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="168"/>
        <source>Export for this partner…</source>
        <translation>Esporta per questo partner…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="181"/>
        <source>Bundles and conflicts</source>
        <translation>Pacchetti e conflitti</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="184"/>
        <source>Export everything…</source>
        <translation>Esporta tutto…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="186"/>
        <source>Import a bundle…</source>
        <translation>Importa un pacchetto…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="187"/>
        <source>Resolve conflicts…</source>
        <translation>Risolvi i conflitti…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="190"/>
        <source>or drop a .casebook file here or on the main window</source>
        <translation>oppure trascinate un file .casebook qui o sulla finestra principale</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="196"/>
        <location filename="../exchange/dialog.py" line="200"/>
        <source>Sync folder</source>
        <translation>Cartella di sincronizzazione</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="205"/>
        <source>Choose folder…</source>
        <translation>Scegli la cartella…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="208"/>
        <source>Stop syncing</source>
        <translation>Interrompi la sincronizzazione</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="210"/>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="219"/>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="225"/>
        <source>Progress</source>
        <translation>Avanzamento</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="229"/>
        <source>Cancel the work in progress</source>
        <translation>Annulla il lavoro in corso</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="231"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="261"/>
        <source>The identity cannot be used: {problem}</source>
        <translation>L&apos;identità non è utilizzabile: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="268"/>
        <source>This installation has no identity yet. Create one to sign what you export; partners trust it by its fingerprint.</source>
        <translation>Questa installazione non ha ancora un&apos;identità. Createla per firmare ciò che esportate; i partner la considerano attendibile in base all&apos;impronta.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="275"/>
        <source>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Fingerprint, to read aloud to partners:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Impronta, da leggere ad alta voce ai partner:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>Resolve conflicts ({n})…</source>
        <translation>Risolvi i conflitti ({n})…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>No conflicts</source>
        <translation>Nessun conflitto</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/dialog.py" line="315"/>
        <source>&lt;b&gt;Held aside: %n revision(s)&lt;/b&gt; of installations you do not trust (yet): kept, not shown, passed on to partners, and applied when you trust their key.</source>
        <translation>
            <numerusform>&lt;b&gt;Messa da parte: %n revisione&lt;/b&gt; di installazioni di cui non ti fidi (ancora): conservata, non mostrata, inoltrata ai partner e applicata quando ti fiderai della loro chiave.</numerusform>
            <numerusform>&lt;b&gt;Messe da parte: %n revisioni&lt;/b&gt; di installazioni di cui non ti fidi (ancora): conservate, non mostrate, inoltrate ai partner e applicate quando ti fiderai della loro chiave.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="329"/>
        <source>&lt;b&gt;Flagged: {who}&lt;/b&gt; signed two different revisions with the same number (a Casebook folder copied to another computer and used on both). Both are kept; a case edited on both shows as a conflict.</source>
        <translation>&lt;b&gt;Segnalata: {who}&lt;/b&gt; ha firmato due revisioni diverse con lo stesso numero (una cartella di Casebook copiata su un altro computer e usata su entrambi). Sono conservate entrambe; un caso modificato su entrambi appare come conflitto.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="343"/>
        <source>Off. Choose a folder your partners already share (Nextcloud, SharePoint, Syncthing): new bundles found there are imported, and what is new here is written there.</source>
        <translation>Disattivata. Scegliete una cartella che i vostri partner già condividono (Nextcloud, SharePoint, Syncthing): i nuovi pacchetti trovati lì vengono importati, e le novità di qui vengono scritte lì.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="349"/>
        <source>On: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Checked when a file arrives there, every five minutes, and with Sync now.</source>
        <translation>Attiva: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Controllata quando vi arriva un file, ogni cinque minuti e con Sincronizza ora.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="400"/>
        <source>Working…</source>
        <translation>In corso…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../window_menus.py" line="182"/>
        <source>Export selected</source>
        <translation>Esporta la selezione</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="154"/>
        <source>Select cases in the list first</source>
        <translation>Selezionate prima dei casi nell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="165"/>
        <source>{count} cases</source>
        <translation>casi: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="169"/>
        <source>Export {count} selected case(s)</source>
        <translation>Esporta i casi selezionati ({count})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../library/export_ui.py" line="63"/>
        <source>Language of the export</source>
        <translation>Lingua dell&apos;esportazione</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="89"/>
        <source>already had {had} of its %n revision(s)</source>
        <translation>
            <numerusform>già presenti {had} delle sue %n revisione</numerusform>
            <numerusform>già presenti {had} delle sue %n revisioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="92"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../importing/column_mapping.py" line="61"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="63"/>
        <source>Choose the entry field each column fills. Columns left at “not imported” are ignored. Title, summary, organisation, country and language are required.</source>
        <translation>Scegliete il campo del caso che ogni colonna compila. Le colonne lasciate su «non importata» vengono ignorate. Titolo, sintesi, organizzazione, paese e lingua sono obbligatori.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="71"/>
        <source>Sheet:</source>
        <translation>Foglio:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="73"/>
        <source>Sheet</source>
        <translation>Foglio</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="78"/>
        <source>Load mapping…</source>
        <translation>Carica la corrispondenza…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="80"/>
        <source>Save mapping…</source>
        <translation>Salva la corrispondenza…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="86"/>
        <source>Column mapping</source>
        <translation>Corrispondenza delle colonne</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="89"/>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="90"/>
        <source>First values</source>
        <translation>Primi valori</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="91"/>
        <source>Entry field</source>
        <translation>Campo del caso</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="103"/>
        <source>Language of every row</source>
        <translation>Lingua di tutte le righe</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="105"/>
        <source>e.g. en, nl, fi (when no column gives it)</source>
        <translation>es. en, nl, fi (se nessuna colonna la indica)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="108"/>
        <source>Country of every row</source>
        <translation>Paese di tutte le righe</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="110"/>
        <source>e.g. FI (when no column gives it)</source>
        <translation>es. FI (se nessuna colonna lo indica)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="115"/>
        <source>Language of every row:</source>
        <translation>Lingua di tutte le righe:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="116"/>
        <source>Country of every row:</source>
        <translation>Paese di tutte le righe:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="134"/>
        <source>Reading the columns…</source>
        <translation>Lettura delle colonne…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="156"/>
        <source>Go Back to choose another format or file.</source>
        <translation>Premete Precedente per scegliere un altro formato o file.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="176"/>
        <source>Entry field for {column}</source>
        <translation>Campo per {column}</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="178"/>
        <source>— not imported —</source>
        <translation>— non importata —</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="180"/>
        <source>id: matches rows when a newer file is imported</source>
        <translation>id: riconosce le righe quando si importa un file più recente</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="243"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Ogni campo può venire da una sola colonna: {fields}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="250"/>
        <source>Still needed: {fields}. Choose the column for each, or type a value below.</source>
        <translation>Mancano ancora: {fields}. Scegliete la colonna per ciascuno, o scrivete un valore qui sotto.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="258"/>
        <source>Every required field has a column or a value.</source>
        <translation>Ogni campo obbligatorio ha una colonna o un valore.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="284"/>
        <source>Save the column mapping</source>
        <translation>Salva la corrispondenza delle colonne</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="297"/>
        <source>Cannot write {path} ({reason}); choose another file.</source>
        <translation>Impossibile scrivere {path} ({reason}); scegliete un altro file.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="303"/>
        <source>Saved the mapping as {path}.</source>
        <translation>Corrispondenza salvata come {path}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="308"/>
        <source>Load a column mapping</source>
        <translation>Carica una corrispondenza delle colonne</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="325"/>
        <source>{path} is not a mapping file ({reason}).</source>
        <translation>{path} non è un file di corrispondenza ({reason}).</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="347"/>
        <source>The file has no column {columns}; those lines of the mapping are left out.</source>
        <translation>Il file non ha la colonna {columns}; quelle righe della corrispondenza vengono tralasciate.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="37"/>
        <source>new</source>
        <translation>nuovo</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="38"/>
        <source>update</source>
        <translation>aggiornamento</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="39"/>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="40"/>
        <source>conflict</source>
        <translation>conflitto</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="41"/>
        <source>kept as edited here</source>
        <translation>mantenuto come modificato qui</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="42"/>
        <source>invalid: not imported</source>
        <translation>non valido: non importato</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="45"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="46"/>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="47"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="48"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="49"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="50"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="51"/>
        <source>Source id</source>
        <translation>Id nella fonte</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="69"/>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="71"/>
        <location filename="../importing/import_steps.py" line="235"/>
        <location filename="../importing/import_wizard.py" line="91"/>
        <source>Import</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="81"/>
        <source>The first rows as they will be imported</source>
        <translation>Le prime righe come verranno importate</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <location filename="../importing/import_steps.py" line="96"/>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <source>What happens</source>
        <translation>Cosa succede</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="93"/>
        <source>Invalid rows</source>
        <translation>Righe non valide</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="97"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="98"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="116"/>
        <source>{file}, read as: {kind}</source>
        <translation>{file}, letto come: {kind}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="123"/>
        <source>Reading and checking every row…</source>
        <translation>Lettura e verifica di tutte le righe…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="130"/>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="136"/>
        <source>{rows} rows read: {new} new, {updated} to update, {unchanged} unchanged, {invalid} invalid.</source>
        <translation>Righe lette: {rows}; nuove {new}, da aggiornare {updated}, invariate {unchanged}, non valide {invalid}.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="148"/>
        <source>Nothing new to import.</source>
        <translation>Niente di nuovo da importare.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="185"/>
        <source>Import the {valid} valid rows and skip the {invalid} invalid ones</source>
        <translation>Importa le righe valide ({valid}) e salta quelle non valide ({invalid})</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="200"/>
        <source>Stopped. Go Back to choose another file, or Next to check again.</source>
        <translation>Interrotto. Premete Precedente per scegliere un altro file, o Successivo per ricontrollare.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="205"/>
        <source>This file cannot be imported as {kind}: {reason}</source>
        <translation>Questo file non può essere importato come {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="209"/>
        <source>Nothing was imported. Go Back to choose another format or file.</source>
        <translation>Non è stato importato nulla. Premete Precedente per scegliere un altro formato o file.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="247"/>
        <source>New entries</source>
        <translation>Nuovi casi</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="251"/>
        <source>Show the new entries in the list</source>
        <translation>Mostra i nuovi casi nell&apos;elenco</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="269"/>
        <source>Importing {file}…</source>
        <translation>Importazione di {file}…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="281"/>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="289"/>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {skipped} skipped (invalid rows).</source>
        <translation>Importato {file}: nuovi {new}, aggiornati {updated}, invariati {unchanged}, conflitti {conflicts}, saltati {skipped} (righe non valide).</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="309"/>
        <source>New entries (double-click one to open it):</source>
        <translation>Nuovi casi (doppio clic per aprirne uno):</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="351"/>
        <location filename="../importing/import_wizard.py" line="192"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Importazione annullata; non è stato importato nulla.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="355"/>
        <source>Not imported: {reason}. Nothing was written.</source>
        <translation>Non importato: {reason}. Non è stato scritto nulla.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="185"/>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="210"/>
        <source>What to import</source>
        <translation>Cosa importare</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="211"/>
        <source>Choose the kind of file, then the file.</source>
        <translation>Scegliete il tipo di file, poi il file.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="230"/>
        <source>The file to import (or drop it on the main window)</source>
        <translation>Il file da importare (o trascinatelo sulla finestra principale)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="232"/>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="236"/>
        <source>Choose file…</source>
        <translation>Scegli il file…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="261"/>
        <source>Tables (*.xlsx *.csv *.json)</source>
        <translation>Tabelle (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="265"/>
        <source>Import a file</source>
        <translation>Importa un file</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="282"/>
        <source>Looking at the file…</source>
        <translation>Esame del file…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="288"/>
        <source>This looks like: {kind}. Change it above if it is not.</source>
        <translation>Sembra: {kind}. Cambiatelo qui sopra se non lo è.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="30"/>
        <source>Workshop spreadsheet</source>
        <translation>Foglio di calcolo del workshop</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="31"/>
        <source>The intake spreadsheet from File &gt; Workshop template…, filled in: one row per practice.</source>
        <translation>Il foglio di raccolta da File &gt; Modello per workshop…, compilato: una riga per pratica.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="39"/>
        <source>EU Public Sector Tech Watch</source>
        <translation>EU Public Sector Tech Watch</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="40"/>
        <source>pstw_dataset.xlsx (sheet “PSTW DB”), about 2,000 cases; CC BY 4.0.</source>
        <translation>pstw_dataset.xlsx (foglio «PSTW DB»), circa 2.000 casi; CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="46"/>
        <source>Dutch algorithm register</source>
        <translation>Registro olandese degli algoritmi</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="47"/>
        <source>algoritmes.json from algoritmes.overheid.nl; entries in Dutch.</source>
        <translation>algoritmes.json da algoritmes.overheid.nl; casi in olandese.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="53"/>
        <source>US federal AI use case inventory</source>
        <translation>Inventario dei casi d&apos;uso dell&apos;IA del governo federale USA</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="54"/>
        <source>The 2025 inventory as CSV or xlsx; public domain.</source>
        <translation>L&apos;inventario 2025 in CSV o xlsx; pubblico dominio.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="58"/>
        <source>Other table: CSV</source>
        <translation>Altra tabella: CSV</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="59"/>
        <source>Any CSV file (UTF-8) with a header row; you choose the columns.</source>
        <translation>Qualsiasi file CSV (UTF-8) con una riga di intestazione; le colonne le scegliete voi.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="65"/>
        <source>Other table: Excel</source>
        <translation>Altra tabella: Excel</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="66"/>
        <source>Any .xlsx sheet with a header row; you choose the columns.</source>
        <translation>Qualsiasi foglio .xlsx con una riga di intestazione; le colonne le scegliete voi.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="72"/>
        <source>Other table: JSON</source>
        <translation>Altra tabella: JSON</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="73"/>
        <source>A JSON list of records (objects); you choose the fields.</source>
        <translation>Un elenco JSON di record (oggetti); i campi li scegliete voi.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="104"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="105"/>
        <source>Cancel the import</source>
        <translation>Annulla l&apos;importazione</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../importing/importing.py" line="44"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="47"/>
        <source>Workshop mode…</source>
        <translation>Modalità workshop…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="50"/>
        <source>Workshop template…</source>
        <translation>Modello per workshop…</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/importing.py" line="106"/>
        <source>Recorded. %n practice(s) recorded this session.</source>
        <translation>
            <numerusform>Registrata. %n pratica registrata in questa sessione.</numerusform>
            <numerusform>Registrata. %n pratiche registrate in questa sessione.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="118"/>
        <source>Save the workshop spreadsheet</source>
        <translation>Salva il foglio di calcolo del workshop</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Cartella di lavoro Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="145"/>
        <source>Wrote {name}. Fill in one row per practice, then File &gt; Import… it.</source>
        <translation>Scritto {name}. Compilate una riga per pratica, poi importatelo con File &gt; Importa….</translation>
    </message>
</context>
<context>
    <name>LearningTrail</name>
    <message>
        <location filename="../trail/report_export.py" line="41"/>
        <source>PDF document</source>
        <translation>Documento PDF</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="42"/>
        <source>Word document</source>
        <translation>Documento Word</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="43"/>
        <source>Excel workbook</source>
        <translation>Cartella di lavoro Excel</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="44"/>
        <source>Markdown text</source>
        <translation>Testo Markdown</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="45"/>
        <source>Web page</source>
        <translation>Pagina web</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="223"/>
        <source>Wrote the transfer report to {path}</source>
        <translation>Il rapporto sui trasferimenti è stato scritto in {path}</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="233"/>
        <source>Export cancelled; no file was written</source>
        <translation>Esportazione annullata; nessun file è stato scritto</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="38"/>
        <source>No practice has Interreg data yet: fill in its project, validation or transfers in the case&apos;s form.</source>
        <translation>Nessuna pratica ha ancora dati Interreg: compila il progetto, la validazione o i trasferimenti nel modulo del caso.</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="90"/>
        <source>Identified</source>
        <translation>Identificata</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="92"/>
        <source>Studied</source>
        <translation>Studiata</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="101"/>
        <source>Transferred: {detail}</source>
        <translation>Trasferita: {detail}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="105"/>
        <source>Transferred</source>
        <translation>Trasferita</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="112"/>
        <source>A practice of {partner}</source>
        <translation>Una pratica di {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="115"/>
        <source>Transfer {number} to {partner}</source>
        <translation>Trasferimento {number} a {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="119"/>
        <source>into {plan}</source>
        <translation>in {plan}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="129"/>
        <source>In {partner}&apos;s collections: {names}</source>
        <translation>Nelle raccolte di {partner}: {names}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="159"/>
        <source>nothing recorded</source>
        <translation>nulla di registrato</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="172"/>
        <source>Validation</source>
        <translation>Validazione</translation>
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
        <translation>Ricerca</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Cases</source>
        <translation>Casi</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="290"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln caso</numerusform>
            <numerusform>%Ln casi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="347"/>
        <source>%Ln case(s) in this collection</source>
        <translation>
            <numerusform>%Ln caso in questa raccolta</numerusform>
            <numerusform>%Ln casi in questa raccolta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Type a search or tick some filters, then save it</source>
        <translation>Scrivete una ricerca o spuntate dei filtri, poi salvatela</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>A saved search needs a name</source>
        <translation>Una ricerca salvata ha bisogno di un nome</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Replace saved search</source>
        <translation>Sostituisci la ricerca salvata</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>A saved search “{name}” exists. Replace it?</source>
        <translation>Esiste già una ricerca salvata «{name}». Sostituirla?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Saved the search “{name}”</source>
        <translation>Ricerca «{name}» salvata</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Delete saved search</source>
        <translation>Elimina la ricerca salvata</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Delete the saved search “{name}”?</source>
        <translation>Eliminare la ricerca salvata «{name}»?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Added the case.</source>
        <translation>Caso aggiunto.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Saved the case.</source>
        <translation>Caso salvato.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="531"/>
        <source>Unsaved drafts</source>
        <translation>Bozze non salvate</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="534"/>
        <source>%n case(s) were being edited and not saved:</source>
        <translation>
            <numerusform>%n caso era in modifica e non è stato salvato:</numerusform>
            <numerusform>%n casi erano in modifica e non sono stati salvati:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539"/>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Later</source>
        <translation>Più tardi</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Discard drafts?</source>
        <translation>Scartare le bozze?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Throw away the unsaved text of these cases?</source>
        <translation>Scartare il testo non salvato di questi casi?</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="563"/>
        <source>Deleted %Ln case(s) — Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln caso eliminato — annullate con Ctrl+Z.</numerusform>
            <numerusform>%Ln casi eliminati — annullate con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="579"/>
        <source>Restored.</source>
        <translation>Ripristinato.</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="27"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="28"/>
        <source>Stop the work in the background</source>
        <translation>Ferma il lavoro in background</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="29"/>
        <source>Cancel background work</source>
        <translation>Annulla il lavoro in background</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="71"/>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Clear search</source>
        <translation>Cancella la ricerca</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="78"/>
        <source>Next case</source>
        <translation>Caso successivo</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>Previous case</source>
        <translation>Caso precedente</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="83"/>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="87"/>
        <source>New case…</source>
        <translation>Nuovo caso…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="90"/>
        <source>Edit case…</source>
        <translation>Modifica il caso…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="93"/>
        <source>Delete case</source>
        <translation>Elimina il caso</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="97"/>
        <source>Undo delete</source>
        <translation>Annulla l&apos;eliminazione</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>Settings…</source>
        <translation>Impostazioni…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="120"/>
        <source>Export collection</source>
        <translation>Esporta la raccolta</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="122"/>
        <source>Export selected cases</source>
        <translation>Esporta i casi selezionati</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="126"/>
        <source>Export learning trail…</source>
        <translation>Esporta il percorso di apprendimento…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="138"/>
        <source>Save search…</source>
        <translation>Salva la ricerca…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="145"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="146"/>
        <source>About Casebook…</source>
        <translation>Informazioni su Casebook…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="164"/>
        <source>Choose a collection in the sidebar first</source>
        <translation>Scegliete prima una raccolta nella barra laterale</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="31"/>
        <source>Hybrid</source>
        <translation>Ibrida</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="32"/>
        <source>Keyword</source>
        <translation>Parola chiave</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="33"/>
        <source>Meaning</source>
        <translation>Significato</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="76"/>
        <source>Search cases — words, or what you need (Ctrl+F)</source>
        <translation>Cerca casi — parole, o ciò che vi serve (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="82"/>
        <source>Search mode</source>
        <translation>Modalità di ricerca</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="86"/>
        <source>Did you mean</source>
        <translation>Forse cercavi</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="89"/>
        <source>semantic search: waiting…</source>
        <translation>ricerca per significato: in attesa…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="90"/>
        <source>Semantic search state</source>
        <translation>Stato della ricerca per significato</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="103"/>
        <source>semantic search: off (Settings)</source>
        <translation>ricerca per significato: disattivata (Impostazioni)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="221"/>
        <source>Did you mean {word}?</source>
        <translation>Forse cercavi {word}?</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="241"/>
        <source>Keyword index: cancelled; it is built at the next search</source>
        <translation>Indice delle parole chiave: annullato; verrà creato alla prossima ricerca</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="252"/>
        <location filename="../library/search_panel.py" line="279"/>
        <source>semantic search: indexing…</source>
        <translation>ricerca per significato: indicizzazione…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="260"/>
        <source>semantic search: not available in this build</source>
        <translation>ricerca per significato: non disponibile in questa versione</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="266"/>
        <source>semantic search: failed to load (see the log)</source>
        <translation>ricerca per significato: caricamento non riuscito (vedere il log)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="271"/>
        <source>semantic search: loading…</source>
        <translation>ricerca per significato: caricamento…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="296"/>
        <source>semantic search: ready</source>
        <translation>ricerca per significato: pronta</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="313"/>
        <source>semantic search: paused — &lt;a href=&quot;resume&quot;&gt;resume&lt;/a&gt;</source>
        <translation>ricerca per significato: in pausa — &lt;a href=&quot;resume&quot;&gt;riprendi&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="320"/>
        <source>semantic search: indexing failed (see the log)</source>
        <translation>ricerca per significato: indicizzazione non riuscita (vedere il log)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../trail/report_export.py" line="76"/>
        <location filename="../trail/report_export.py" line="138"/>
        <source>Export learning trail</source>
        <translation>Esporta il percorso di apprendimento</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="81"/>
        <source>All projects</source>
        <translation>Tutti i progetti</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="82"/>
        <source>All partners</source>
        <translation>Tutti i partner</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="88"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="92"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="98"/>
        <source>&amp;Project:</source>
        <translation>&amp;Progetto:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="99"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="101"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="163"/>
        <source>Replace file</source>
        <translation>Sostituisci il file</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="164"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} esiste già. Sostituirlo?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="318"/>
        <source>%n conflict(s): changed here and in the file; both versions kept. Resolve them under Conflicts in the sidebar.</source>
        <translation>
            <numerusform>%n conflitto: modificato qui e nel file; entrambe le versioni sono conservate. Risolvetelo in Conflitti nella barra laterale.</numerusform>
            <numerusform>%n conflitti: modificati qui e nel file; entrambe le versioni sono conservate. Risolveteli in Conflitti nella barra laterale.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="331"/>
        <source>%n possible duplicate(s) (same title as another entry):</source>
        <translation>
            <numerusform>%n possibile duplicato (stesso titolo di un altro caso):</numerusform>
            <numerusform>%n possibili duplicati (stesso titolo di un altro caso):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="340"/>
        <source>%n row(s) merged or skipped:</source>
        <translation>
            <numerusform>%n riga unita o saltata:</numerusform>
            <numerusform>%n righe unite o saltate:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="372"/>
        <source>%Ln entry(ies) added by the import</source>
        <translation>
            <numerusform>%Ln caso aggiunto dall&apos;importazione</numerusform>
            <numerusform>%Ln casi aggiunti dall&apos;importazione</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../library/search_panel.py" line="212"/>
        <source>%Ln results ({mode}, {took})</source>
        <translation>
            <numerusform>%Ln risultato ({mode}, {took})</numerusform>
            <numerusform>%Ln risultati ({mode}, {took})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../theme.py" line="18"/>
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../theme.py" line="19"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location filename="../theme.py" line="20"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <location filename="../settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Search by meaning (loads a language model, ~500 MB of memory)</source>
        <translation>Ricerca per significato (carica un modello linguistico, ~500 MB di memoria)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Semantic search</source>
        <translation>Ricerca per significato</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Meaning model</source>
        <translation>Modello del significato</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Interface language</source>
        <translation>Lingua dell&apos;interfaccia</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>As the system ({language})</source>
        <translation>Come il sistema ({language})</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Home folder</source>
        <translation>Cartella principale</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Another home folder: start Casebook with &lt;code&gt;--home FOLDER&lt;/code&gt; or set &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. The appearance changes at once; the rest applies at the next start.</source>
        <translation>Un&apos;altra cartella principale: avviate Casebook con &lt;code&gt;--home CARTELLA&lt;/code&gt; o impostate &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. L&apos;aspetto cambia subito; il resto vale dal prossimo avvio.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Choose folder…</source>
        <translation>Scegli cartella…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Use the shipped model</source>
        <translation>Usa il modello incluso</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Shipped: all-MiniLM-L6-v2</source>
        <translation>Incluso: all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>Folder of a sentence-transformers model</source>
        <translation>Cartella di un modello sentence-transformers</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Not a model folder</source>
        <translation>Non è una cartella di modello</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>This folder cannot be used as the meaning model: {problem}</source>
        <translation>Questa cartella non può essere usata come modello del significato: {problem}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../sidebar.py" line="21"/>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="22"/>
        <source>Organisation type</source>
        <translation>Tipo di organizzazione</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="23"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="24"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="25"/>
        <source>AI technique</source>
        <translation>Tecnica di IA</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="26"/>
        <source>Policy area</source>
        <translation>Settore di intervento</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="27"/>
        <source>AI Act risk</source>
        <translation>Rischio secondo l&apos;AI Act</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="28"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="29"/>
        <source>Validation</source>
        <translation>Validazione</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="30"/>
        <source>Interreg project</source>
        <translation>Progetto Interreg</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="31"/>
        <source>Transferred to</source>
        <translation>Trasferito a</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="33"/>
        <source>Concept</source>
        <translation>Concetto</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="69"/>
        <source>Library, collections and filters</source>
        <translation>Biblioteca, raccolte e filtri</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="74"/>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="75"/>
        <source>Recently added</source>
        <translation>Aggiunti di recente</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="76"/>
        <location filename="../sidebar.py" line="141"/>
        <source>Conflicts</source>
        <translation>Conflitti</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="77"/>
        <source>Learning trail</source>
        <translation>Percorso di apprendimento</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="78"/>
        <source>Collections</source>
        <translation>Raccolte</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="79"/>
        <source>Saved searches</source>
        <translation>Ricerche salvate</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="80"/>
        <source>Filters</source>
        <translation>Filtri</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="136"/>
        <source>Library ({count})</source>
        <translation>Biblioteca ({count})</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="139"/>
        <source>Conflicts ({count})</source>
        <translation>Conflitti ({count})</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <location filename="../exchange/sync_folder.py" line="110"/>
        <source>Sync folder: off.</source>
        <translation>Cartella di sincronizzazione: disattivata.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="114"/>
        <source>Sync folder: {folder} is not a folder; nothing changed.</source>
        <translation>Cartella di sincronizzazione: {folder} non è una cartella; nulla è cambiato.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="166"/>
        <source>Sync folder: {folder} cannot be reached; trying again in five minutes.</source>
        <translation>Cartella di sincronizzazione: {folder} non è raggiungibile; nuovo tentativo tra cinque minuti.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="169"/>
        <source>Sync folder: pass cancelled; what was imported before stays.</source>
        <translation>Cartella di sincronizzazione: passaggio annullato; ciò che era già stato importato resta.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="171"/>
        <source>Sync folder: {reason}</source>
        <translation>Cartella di sincronizzazione: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="177"/>
        <source>Last pass at {time}: {what}</source>
        <translation>Ultimo passaggio alle {time}: {what}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="178"/>
        <source>Sync folder: </source>
        <translation>Cartella di sincronizzazione: </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="189"/>
        <source>imported {revisions} from {bundles}, {conflicts}</source>
        <translation>importazione da {bundles}: {revisions}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="190"/>
        <location filename="../exchange/sync_folder.py" line="204"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revisione</numerusform>
            <numerusform>%Ln revisioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="191"/>
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n pacchetto</numerusform>
            <numerusform>%n pacchetti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="192"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflitto</numerusform>
            <numerusform>%n conflitti</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="197"/>
        <source>refused {name} ({message})</source>
        <translation>rifiutato {name} ({message})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="201"/>
        <source>wrote {name} ({revisions})</source>
        <translation>scritto {name} ({revisions})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="209"/>
        <source>nothing new in either direction</source>
        <translation>niente di nuovo in nessuna delle due direzioni</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="210"/>
        <source>Sync folder: {what}.</source>
        <translation>Cartella di sincronizzazione: {what}.</translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <location filename="../trail/trail_view.py" line="63"/>
        <source>&amp;Project:</source>
        <translation>&amp;Progetto:</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="65"/>
        <source>Project</source>
        <translation>Progetto</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="68"/>
        <source>All projects</source>
        <translation>Tutti i progetti</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="77"/>
        <source>Learning trail</source>
        <translation>Percorso di apprendimento</translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="140"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n pratica</numerusform>
            <numerusform>%n pratiche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="141"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="142"/>
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n trasferimento</numerusform>
            <numerusform>%n trasferimenti</numerusform>
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
        <translation>&lt;h3&gt;Benvenuti in Casebook&lt;/h3&gt;
&lt;p&gt;Questo catalogo comincia con brevi schede su casi pubblici di IA ben documentati, ciascuna con
la sua fonte. Cose da provare:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Scrivete nella casella di ricerca (&lt;b&gt;Ctrl+F&lt;/b&gt;) — parole che ricordate (&lt;i&gt;auto scanner&lt;/i&gt;) o ciò
che vi serve (&lt;i&gt;aiutare i residenti a ottenere risposte di notte&lt;/i&gt;); i risultati arrivano mentre scrivete.&lt;/li&gt;
&lt;li&gt;Spuntate i filtri a sinistra (paese, tecnica di IA, rischio secondo l&apos;AI Act…) per restringere l&apos;elenco.&lt;/li&gt;
&lt;li&gt;Selezionate un caso per leggerlo; i &lt;i&gt;Casi simili&lt;/i&gt; in fondo portano a casi collegati.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; registra una nuova pratica; ciò che scrivete resta come bozza finché non salvate.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../app.py" line="154"/>
        <source>Welcome</source>
        <translation>Benvenuti</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../importing/workshop_mode.py" line="42"/>
        <location filename="../importing/workshop_mode.py" line="43"/>
        <source>Workshop mode</source>
        <translation>Modalità workshop</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="60"/>
        <source>Practices recorded</source>
        <translation>Pratiche registrate</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="64"/>
        <source>Save &amp;&amp; next (Ctrl+Enter)</source>
        <translation>Salva &amp;&amp; avanti (Ctrl+Invio)</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="67"/>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/workshop_mode.py" line="80"/>
        <source>%n practice(s) recorded this session</source>
        <translation>
            <numerusform>%n pratica registrata in questa sessione</numerusform>
            <numerusform>%n pratiche registrate in questa sessione</numerusform>
        </translation>
    </message>
</context>
</TS>
