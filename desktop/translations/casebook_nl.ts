<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
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
&lt;p&gt;Een catalogus van goede praktijken met AI voor Europese steden en regio&apos;s, bewaard op uw eigen
computer en met partners uitgewisseld in ondertekende bundels.&lt;/p&gt;
&lt;p&gt;Vrije software onder de EUPL 1.2. De startcasussen vallen onder CC BY 4.0.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Vertalingen.&lt;/b&gt; De Finse, Nederlandse, Italiaanse, Roemeense en Letse teksten van de
interface zijn eerste versies, bedoeld om door partners verbeterd te worden. Zo verbetert u er een: open
&lt;code&gt;desktop/translations/casebook_{code}.ts&lt;/code&gt; in Qt Linguist
(&lt;code&gt;pyside6-linguist&lt;/code&gt;), pas de tekst aan, sla op en voer
&lt;code&gt;make translations&lt;/code&gt; uit; of stuur het verbeterde bestand naar de ontwikkelaars.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="212"/>
        <source>About Casebook</source>
        <translation>Over Casebook</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../backend.py" line="207"/>
        <source>Something went wrong — {error}; details in the log</source>
        <translation>Er ging iets mis — {error}; details in het logboek</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="176"/>
        <source>%Ln invalid row(s). Nothing is imported unless you fix them in the file (then go Back and Next to check again) or import only the valid rows:</source>
        <translation>
            <numerusform>%Ln ongeldige rij. Er wordt niets geïmporteerd, tenzij u die in het bestand verbetert (ga dan Terug en weer Volgende om opnieuw te controleren) of alleen de geldige rijen importeert:</numerusform>
            <numerusform>%Ln ongeldige rijen. Er wordt niets geïmporteerd, tenzij u ze in het bestand verbetert (ga dan Terug en weer Volgende om opnieuw te controleren) of alleen de geldige rijen importeert:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../window_menus.py" line="197"/>
        <source>Delete saved search “{name}”…</source>
        <translation>Opgeslagen zoekopdracht ‘{name}’ verwijderen…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="61"/>
        <source>New collection</source>
        <translation>Nieuwe collectie</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="62"/>
        <source>Name of the collection:</source>
        <translation>Naam van de collectie:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="75"/>
        <source>Created the collection “{name}”.</source>
        <translation>Collectie ‘{name}’ aangemaakt.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="82"/>
        <source>Rename collection</source>
        <translation>Collectie hernoemen</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="83"/>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="90"/>
        <source>Renamed to “{new}”.</source>
        <translation>Hernoemd tot ‘{new}’.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="97"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="98"/>
        <source>Introduction (shown on the cover of exports):</source>
        <translation>Inleiding (staat op het voorblad van exports):</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="104"/>
        <source>Introduction saved.</source>
        <translation>Inleiding opgeslagen.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="109"/>
        <source>this collection</source>
        <translation>deze collectie</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="112"/>
        <source>Delete collection?</source>
        <translation>Collectie verwijderen?</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="113"/>
        <source>Delete the collection “{name}”? The cases in it stay in the library.</source>
        <translation>De collectie ‘{name}’ verwijderen? De casussen erin blijven in de bibliotheek.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="120"/>
        <source>Deleted the collection “{name}”.</source>
        <translation>Collectie ‘{name}’ verwijderd.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="125"/>
        <source>the collection</source>
        <translation>de collectie</translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="128"/>
        <source>Added %n case(s) to “{name}”.</source>
        <translation>
            <numerusform>%n casus toegevoegd aan ‘{name}’.</numerusform>
            <numerusform>%n casussen toegevoegd aan ‘{name}’.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="138"/>
        <source>Removed %n case(s) from the collection (they stay in the library).</source>
        <translation>
            <numerusform>%n casus uit de collectie gehaald (hij blijft in de bibliotheek).</numerusform>
            <numerusform>%n casussen uit de collectie gehaald (ze blijven in de bibliotheek).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="153"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="154"/>
        <source>Note on this case in the collection:</source>
        <translation>Notitie bij deze casus in de collectie:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="162"/>
        <source>Note saved.</source>
        <translation>Notitie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="176"/>
        <source>Moved.</source>
        <translation>Verplaatst.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="186"/>
        <source>Add to collection</source>
        <translation>Aan collectie toevoegen</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="191"/>
        <location filename="../library/collections_ui.py" line="229"/>
        <source>New collection…</source>
        <translation>Nieuwe collectie…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="196"/>
        <source>Remove from this collection</source>
        <translation>Uit deze collectie halen</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="201"/>
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="204"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="208"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="219"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="221"/>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="223"/>
        <source>Introduction…</source>
        <translation>Inleiding…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="226"/>
        <source>Delete collection…</source>
        <translation>Collectie verwijderen…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="245"/>
        <source>Export “{name}”</source>
        <translation>‘{name}’ exporteren</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="111"/>
        <source>; {count} deleted cases left out</source>
        <translation>; verwijderde casussen weggelaten: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="118"/>
        <source>Exported {count} cases to {path} ({size} KB)</source>
        <translation>Geëxporteerd naar {path} ({size} KB), casussen: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="129"/>
        <source>Export cancelled; no file was written</source>
        <translation>Export geannuleerd; er is geen bestand geschreven</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../exchange/conflicts.py" line="171"/>
        <source>Resolve conflict — {title}</source>
        <translation>Conflict oplossen — {title}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="172"/>
        <source>Conflict resolver</source>
        <translation>Conflicten oplossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/conflicts.py" line="177"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; was edited in %n places before they exchanged, so it has %n versions. They differ in the highlighted rows: choose one version per row, or use all of one version, or write the value you want in the last column; then save. Every version stays in the history; the merged one travels to partners in the next bundle.</source>
        <translation>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; is op %n plaatsen bewerkt voordat die gegevens uitwisselden, dus er zijn %n versies. Ze verschillen in de gemarkeerde rijen: kies per rij één versie, neem één versie helemaal over of typ de gewenste waarde in de laatste kolom; sla daarna op. Elke versie blijft in de geschiedenis; de samengevoegde versie gaat met de volgende bundel naar de partners.</numerusform>
            <numerusform>&lt;b&gt;{title}&lt;/b&gt; is op %n plaatsen bewerkt voordat die gegevens uitwisselden, dus er zijn %n versies. Ze verschillen in de gemarkeerde rijen: kies per rij één versie, neem één versie helemaal over of typ de gewenste waarde in de laatste kolom; sla daarna op. Elke versie blijft in de geschiedenis; de samengevoegde versie gaat met de volgende bundel naar de partners.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="188"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="190"/>
        <location filename="../exchange/conflicts.py" line="191"/>
        <source>Show only the fields that differ</source>
        <translation>Alleen de velden tonen die verschillen</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="197"/>
        <source>Versions side by side</source>
        <translation>Versies naast elkaar</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="208"/>
        <source>Resolver message</source>
        <translation>Melding van het oplossen</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="212"/>
        <location filename="../exchange/conflicts.py" line="214"/>
        <source>Save merged version</source>
        <translation>Samengevoegde versie opslaan</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="216"/>
        <source>Close without resolving</source>
        <translation>Sluiten zonder op te lossen</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="223"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veld&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="226"/>
        <source> (shown now)</source>
        <translation> (nu getoond)</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="229"/>
        <source>&lt;b&gt;Version {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;installation {origin}</source>
        <translation>&lt;b&gt;Versie {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;installatie {origin}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="239"/>
        <source>Version {letter}</source>
        <translation>Versie {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="241"/>
        <source>Use all of this version</source>
        <translation>Deze versie helemaal gebruiken</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="243"/>
        <source>Use all of version {letter}</source>
        <translation>Versie {letter} helemaal gebruiken</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="250"/>
        <source>&lt;b&gt;Merged version&lt;/b&gt;&lt;br&gt;what is saved; you can edit it</source>
        <translation>&lt;b&gt;Samengevoegde versie&lt;/b&gt;&lt;br&gt;wat wordt opgeslagen; u kunt het bewerken</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="252"/>
        <source>Merged version</source>
        <translation>Samengevoegde versie</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="299"/>
        <source>{field} in version {letter}</source>
        <translation>{field} in versie {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="310"/>
        <source>Use this</source>
        <translation>Deze gebruiken</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="312"/>
        <source>Use {field} from version {letter}</source>
        <translation>{field} uit versie {letter} gebruiken</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="327"/>
        <source>Merged {field}</source>
        <translation>Samengevoegd: {field}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="414"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="434"/>
        <source>Not saved: {reason}. Nothing was changed.</source>
        <translation>Niet opgeslagen: {reason}. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../detail.py" line="64"/>
        <source>{size} bytes</source>
        <translation>{size} bytes</translation>
    </message>
    <message>
        <location filename="../detail.py" line="86"/>
        <source>Entry details</source>
        <translation>Details van de casus</translation>
    </message>
    <message>
        <location filename="../detail.py" line="114"/>
        <source>Select a case to see it here.</source>
        <translation>Selecteer een casus om die hier te zien.</translation>
    </message>
    <message>
        <location filename="../detail.py" line="137"/>
        <source>Matched:</source>
        <translation>Gevonden:</translation>
    </message>
    <message>
        <location filename="../detail.py" line="147"/>
        <source>Resolve…</source>
        <translation>Oplossen…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="180"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../detail.py" line="186"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../detail.py" line="194"/>
        <source>Source and licence</source>
        <translation>Bron en licentie</translation>
    </message>
    <message>
        <location filename="../detail.py" line="198"/>
        <source>Similar cases</source>
        <translation>Vergelijkbare casussen</translation>
    </message>
    <message>
        <location filename="../detail.py" line="208"/>
        <source>none found</source>
        <translation>niets gevonden</translation>
    </message>
    <message>
        <location filename="../detail.py" line="210"/>
        <source>looking…</source>
        <translation>zoeken…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="215"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../detail.py" line="226"/>
        <source>updated {updated} · created {created} · id {id}</source>
        <translation>bijgewerkt {updated} · aangemaakt {created} · id {id}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="276"/>
        <source>deleted</source>
        <translation>verwijderde</translation>
    </message>
    <message>
        <location filename="../detail.py" line="279"/>
        <source>changed {fields}</source>
        <translation>wijzigde {fields}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="281"/>
        <source>created</source>
        <translation>maakte aan</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="73"/>
        <source>similar cases need semantic search, which is turned off in Settings</source>
        <translation>vergelijkbare casussen vragen om zoeken op betekenis, dat in Instellingen is uitgeschakeld</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="77"/>
        <source>similar cases need semantic search, which this build does not have</source>
        <translation>vergelijkbare casussen vragen om zoeken op betekenis, dat deze versie niet heeft</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="81"/>
        <source>similar cases appear when semantic search is ready</source>
        <translation>vergelijkbare casussen verschijnen zodra zoeken op betekenis klaar is</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <location filename="../detail.py" line="142"/>
        <source>⚠ %n concurrent versions of this entry exist; this one is shown until the conflict is resolved.</source>
        <translation>
            <numerusform>⚠ Er bestaan %n gelijktijdige versies van deze casus; deze wordt getoond tot het conflict is opgelost.</numerusform>
            <numerusform>⚠ Er bestaan %n gelijktijdige versies van deze casus; deze wordt getoond tot het conflict is opgelost.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../editor.py" line="132"/>
        <source>Edit — {title}</source>
        <translation>Bewerken — {title}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="134"/>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
    <message>
        <location filename="../editor.py" line="136"/>
        <source>Entry editor</source>
        <translation>Casus bewerken</translation>
    </message>
    <message>
        <location filename="../editor.py" line="162"/>
        <source>Similar cases warning</source>
        <translation>Waarschuwing: vergelijkbare casussen</translation>
    </message>
    <message>
        <location filename="../editor.py" line="189"/>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <location filename="../editor.py" line="191"/>
        <source>Add files… (or drop them here)</source>
        <translation>Bestanden toevoegen… (of sleep ze hierheen)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="217"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../editor.py" line="221"/>
        <source>Discard changes</source>
        <translation>Wijzigingen weggooien</translation>
    </message>
    <message>
        <location filename="../editor.py" line="279"/>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} bytes)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="334"/>
        <source>Transfer {n}, {column}: {message}</source>
        <translation>Overdracht {n}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="416"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (wordt bij opslaan bijgevoegd)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Discard changes?</source>
        <translation>Wijzigingen weggooien?</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Throw away what you typed in this form?</source>
        <translation>Wat u in dit formulier hebt getypt weggooien?</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="35"/>
        <source>Basics</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="39"/>
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="40"/>
        <source>≤ 200 characters</source>
        <translation>≤ 200 tekens</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="44"/>
        <source>Summary *</source>
        <translation>Samenvatting *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="46"/>
        <source>a few sentences, ≤ 1,000 characters</source>
        <translation>een paar zinnen, ≤ 1.000 tekens</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="50"/>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="52"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="56"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="60"/>
        <source>Language *</source>
        <translation>Taal *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="61"/>
        <source>of the text: en, nl, fi, it, ro, lv…</source>
        <translation>van de tekst: en, nl, fi, it, ro, lv…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="65"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="67"/>
        <source>comma-separated</source>
        <translation>gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="72"/>
        <source>Organisation and place</source>
        <translation>Organisatie en plaats</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="74"/>
        <source>Organisation *</source>
        <translation>Organisatie *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="77"/>
        <source>Organisation type</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="83"/>
        <source>Country *</source>
        <translation>Land *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="84"/>
        <source>two letters: FI, NL, IT, RO, LV…</source>
        <translation>twee letters: FI, NL, IT, RO, LV…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="86"/>
        <source>City</source>
        <translation>Stad</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="89"/>
        <source>NUTS code</source>
        <translation>NUTS-code</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="90"/>
        <source>e.g. FI197</source>
        <translation>bijv. FI197</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="94"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="95"/>
        <source>year or date: 2023, 2023-05</source>
        <translation>jaar of datum: 2023, 2023-05</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="97"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="101"/>
        <source>AI and governance</source>
        <translation>AI en governance</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="105"/>
        <source>AI techniques</source>
        <translation>AI-technieken</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="111"/>
        <source>Policy areas</source>
        <translation>Beleidsterreinen</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="113"/>
        <source>COFOG codes: 01.3, 07.4…</source>
        <translation>COFOG-codes: 01.3, 07.4…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="117"/>
        <source>Governance themes</source>
        <translation>Governancethema&apos;s</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="123"/>
        <source>AI Act risk</source>
        <translation>Risico volgens de AI-verordening</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="128"/>
        <source>Legal basis</source>
        <translation>Rechtsgrondslag</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="132"/>
        <source>Human oversight</source>
        <translation>Menselijk toezicht</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="135"/>
        <source>Provider / vendor</source>
        <translation>Leverancier</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="136"/>
        <source>Data sources</source>
        <translation>Gegevensbronnen</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="137"/>
        <source>Risks and mitigations</source>
        <translation>Risico&apos;s en maatregelen</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="141"/>
        <source>Good practice</source>
        <translation>Goede praktijk</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="143"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="144"/>
        <source>Problem addressed</source>
        <translation>Aangepakt probleem</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="145"/>
        <source>Evidence of success</source>
        <translation>Bewijs van succes</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="147"/>
        <source>Transfer potential</source>
        <translation>Overdraagbaarheid</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="150"/>
        <source>Difficulties and lessons</source>
        <translation>Moeilijkheden en lessen</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="155"/>
        <source>Learning trail</source>
        <translation>Leertraject</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="159"/>
        <source>Interreg project</source>
        <translation>Interreg-project</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="160"/>
        <source>e.g. AI4Citizens</source>
        <translation>bijv. AI4Citizens</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="163"/>
        <source>Policy instrument</source>
        <translation>Beleidsinstrument</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="167"/>
        <source>Validation</source>
        <translation>Validatie</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="173"/>
        <source>Expert opinion</source>
        <translation>Deskundigenoordeel</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="178"/>
        <location filename="../transfers_table.py" line="49"/>
        <source>Transfers</source>
        <translation>Overdrachten</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="184"/>
        <source>Links and attachments</source>
        <translation>Links en bijlagen</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="188"/>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="190"/>
        <source>one per line: title | https://…</source>
        <translation>één per regel: titel | https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="194"/>
        <source>Source code</source>
        <translation>Broncode</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="195"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="197"/>
        <source>Contact name</source>
        <translation>Naam contactpersoon</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="198"/>
        <source>Contact e-mail</source>
        <translation>E-mail contactpersoon</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="199"/>
        <source>Contact page</source>
        <translation>Contactpagina</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="214"/>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="218"/>
        <source>Who and where</source>
        <translation>Wie en waar</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="231"/>
        <source>To follow up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="243"/>
        <source>is required; fill it in</source>
        <translation>is verplicht; vul het in</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="244"/>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="245"/>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="246"/>
        <source>must be a list</source>
        <translation>moet een lijst zijn</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="247"/>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="250"/>
        <source>is {length} characters long; shorten it to at most {most}</source>
        <translation>is {length} tekens lang; kort het in tot hoogstens {most}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="256"/>
        <source>{value} is not allowed; use one of: {choices}</source>
        <translation>{value} is niet toegestaan; gebruik een van: {choices}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="261"/>
        <source>{value} is not a country code; use two letters such as FI, NL, IT, RO or LV</source>
        <translation>{value} is geen landcode; gebruik twee letters zoals FI, NL, IT, RO of LV</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="268"/>
        <source>{value} is the EU statistical code; use the ISO code {code}</source>
        <translation>{value} is de statistische code van de EU; gebruik de ISO-code {code}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="275"/>
        <source>{value} is not a language code; use a code such as en, nl, fi, it, ro or lv</source>
        <translation>{value} is geen taalcode; gebruik een code zoals en, nl, fi, it, ro of lv</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="283"/>
        <source>{value} is not a NUTS code; use the country prefix and up to three characters, such as FI1B or NL329</source>
        <translation>{value} is geen NUTS-code; gebruik het landvoorvoegsel en hoogstens drie tekens, zoals FI1B of NL329</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="292"/>
        <source>NUTS code {nuts} is not in country {country}; NUTS codes there start with {prefix}</source>
        <translation>NUTS-code {nuts} ligt niet in land {country}; NUTS-codes daar beginnen met {prefix}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="300"/>
        <source>must be a date written as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>moet een datum zijn, geschreven als JJJJ, JJJJ-MM of JJJJ-MM-DD</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="307"/>
        <source>{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-03-01</source>
        <translation>{value} is geen datum; schrijf JJJJ, JJJJ-MM of JJJJ-MM-DD, zoals 2024-03-01</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="314"/>
        <source>end {end} is before start {start}</source>
        <translation>einde {end} ligt vóór begin {start}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="318"/>
        <source>{value} is not a web address; write it as https://…</source>
        <translation>{value} is geen webadres; schrijf het als https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="322"/>
        <source>{value} is not an e-mail address; write it as name@example.org</source>
        <translation>{value} is geen e-mailadres; schrijf het als naam@example.org</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="24"/>
        <source>Partner *</source>
        <translation>Partner *</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="25"/>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="26"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="27"/>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="53"/>
        <source>Add transfer</source>
        <translation>Overdracht toevoegen</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="55"/>
        <source>Remove transfer</source>
        <translation>Overdracht verwijderen</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../entry_model.py" line="64"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="66"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="67"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="69"/>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="71"/>
        <source>Validation</source>
        <translation>Validatie</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="72"/>
        <source>Interreg project</source>
        <translation>Interreg-project</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../window_menus.py" line="201"/>
        <source>Resolve a conflict…</source>
        <translation>Een conflict oplossen…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="77"/>
        <source>Exchange with partners…</source>
        <translation>Uitwisselen met partners…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="80"/>
        <source>Resolve conflict…</source>
        <translation>Conflict oplossen…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="133"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="155"/>
        <source>Created the identity of {org}. Fingerprint: {fp}. Export the identity file and hand it to your partners.</source>
        <translation>Identiteit van {org} aangemaakt. Vingerafdruk: {fp}. Exporteer het identiteitsbestand en geef het aan uw partners.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="179"/>
        <source>Wrote {path} (fingerprint {fp}). Hand it to your partners.</source>
        <translation>{path} geschreven (vingerafdruk {fp}). Geef het aan uw partners.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="201"/>
        <source>Added {org} ({status}). Fingerprint: {fp}</source>
        <translation>{org} toegevoegd ({status}). Vingerafdruk: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="203"/>
        <source>{org} was already a partner ({status}). Fingerprint: {fp}</source>
        <translation>{org} was al partner ({status}). Vingerafdruk: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="215"/>
        <source>Not added: {reason}</source>
        <translation>Niet toegevoegd: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="222"/>
        <source>Read this fingerprint aloud with {org} (by phone or in person) and check that theirs is the same:

{fp}

Trust {org}? Their bundles are accepted from now on.</source>
        <translation>Lees deze vingerafdruk hardop voor met {org} (telefonisch of persoonlijk) en controleer of die van hen dezelfde is:

{fp}

{org} vertrouwen? Hun bundels worden vanaf nu geaccepteerd.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="225"/>
        <source>Compare the fingerprint</source>
        <translation>Vergelijk de vingerafdruk</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="238"/>
        <source>Trusted {org} ({fp}).</source>
        <translation>{org} vertrouwd ({fp}).</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="248"/>
        <source>Revoke the key?</source>
        <translation>Sleutel intrekken?</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="250"/>
        <source>Revoke the key of {org}? Entries already received from them stay; anything newer they sign is refused from now on, and a revoked key cannot be trusted again.</source>
        <translation>De sleutel van {org} intrekken? Casussen die al van hen zijn ontvangen blijven; alles wat zij daarna ondertekenen wordt vanaf nu geweigerd, en een ingetrokken sleutel kan niet opnieuw worden vertrouwd.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="263"/>
        <source>Revoked the key of {org}.</source>
        <translation>Sleutel van {org} ingetrokken.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="278"/>
        <source>Wrote {name}: {revisions}, {blobs}.</source>
        <translation>{name} geschreven: {revisions}, {blobs}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="280"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revisie</numerusform>
            <numerusform>%Ln revisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="281"/>
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln bijlage</numerusform>
            <numerusform>%Ln bijlagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="284"/>
        <source>Nothing new for this partner since the last bundle.</source>
        <translation>Niets nieuws voor deze partner sinds de vorige bundel.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="286"/>
        <source>The catalogue has no revisions to send yet.</source>
        <translation>De catalogus heeft nog geen revisies om te versturen.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="291"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Export geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="294"/>
        <source>Not exported: {reason}</source>
        <translation>Niet geëxporteerd: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="334"/>
        <source>No case is in conflict.</source>
        <translation>Geen enkele casus is in conflict.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="342"/>
        <source>Resolve a conflict</source>
        <translation>Een conflict oplossen</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="343"/>
        <source>Cases in conflict:</source>
        <translation>Casussen in conflict:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="388"/>
        <source>Resolved “{title}”: the merged version is saved.</source>
        <translation>‘{title}’ opgelost: de samengevoegde versie is opgeslagen.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="417"/>
        <source>Import a bundle</source>
        <translation>Een bundel importeren</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="428"/>
        <source>Export everything</source>
        <translation>Alles exporteren</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="430"/>
        <source>Export for {org}</source>
        <translation>Exporteren voor {org}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="446"/>
        <source>Export the identity file</source>
        <translation>Het identiteitsbestand exporteren</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="457"/>
        <source>Add a partner from its identity file</source>
        <translation>Een partner toevoegen uit zijn identiteitsbestand</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="468"/>
        <source>Create this installation&apos;s identity</source>
        <translation>De identiteit van deze installatie aanmaken</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="469"/>
        <source>Your organisation, as partners know it:</source>
        <translation>Uw organisatie, zoals partners haar kennen:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="476"/>
        <source>Choose the shared sync folder</source>
        <translation>Kies de gedeelde synchronisatiemap</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="21"/>
        <source>Casebook bundle (*.casebook)</source>
        <translation>Casebook-bundel (*.casebook)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="22"/>
        <source>Casebook identity (*.id *.json);;All files (*)</source>
        <translation>Casebook-identiteit (*.id *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="27"/>
        <source>The file is larger than a bundle may be. Ask the partner for a bundle of what is new since the last one.</source>
        <translation>Het bestand is groter dan een bundel mag zijn. Vraag de partner om een bundel met wat nieuw is sinds de vorige.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="32"/>
        <source>The file is damaged or is not a Casebook bundle. Ask the partner to send it again.</source>
        <translation>Het bestand is beschadigd of is geen Casebook-bundel. Vraag de partner het opnieuw te sturen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="36"/>
        <source>A signature does not match: the file was changed after it was signed. Ask the partner to send it again.</source>
        <translation>Een handtekening klopt niet: het bestand is na het ondertekenen gewijzigd. Vraag de partner het opnieuw te sturen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="41"/>
        <source>It was signed by a key you do not trust. Add the partner&apos;s identity file and trust it after comparing the fingerprint with them, then import again.</source>
        <translation>Het is ondertekend met een sleutel die u niet vertrouwt. Voeg het identiteitsbestand van de partner toe en vertrouw het nadat u samen de vingerafdruk hebt vergeleken; importeer daarna opnieuw.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="46"/>
        <source>It holds new revisions from a partner whose key you revoked. Ask that partner for a new identity file.</source>
        <translation>Het bevat nieuwe revisies van een partner wiens sleutel u hebt ingetrokken. Vraag die partner om een nieuw identiteitsbestand.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="51"/>
        <source>A revision does not match its hash: the file was changed. Ask the partner to send it again.</source>
        <translation>Een revisie komt niet overeen met haar hash: het bestand is gewijzigd. Vraag de partner het opnieuw te sturen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="56"/>
        <source>Its list of contents does not match the file: lines are missing or extra (a copy that stopped half-way?). Wait until it is complete, or ask for it again.</source>
        <translation>De inhoudsopgave klopt niet met het bestand: er ontbreken regels of er zijn er te veel (een kopie die halverwege stopte?). Wacht tot het compleet is of vraag het opnieuw.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="61"/>
        <source>An entry in it is not valid. Tell the partner which line, so they can fix it.</source>
        <translation>Een casus erin is niet geldig. Laat de partner weten welke regel, zodat die het kan verbeteren.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="65"/>
        <source>A partner signed two different revisions with the same number (a copied or restored installation). Tell the partner; do not trust copies of one installation.</source>
        <translation>Een partner heeft twee verschillende revisies met hetzelfde nummer ondertekend (een gekopieerde of teruggezette installatie). Meld het de partner; vertrouw geen kopieën van één installatie.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="72"/>
        <source>trusted</source>
        <translation>vertrouwd</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="73"/>
        <source>not trusted yet</source>
        <translation>nog niet vertrouwd</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="74"/>
        <source>revoked</source>
        <translation>ingetrokken</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="75"/>
        <source>this installation</source>
        <translation>deze installatie</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="107"/>
        <source>Already have all {n} revisions from {source}; nothing changed.</source>
        <translation>Alle revisies ({n}) van {source} zijn er al; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="110"/>
        <source>Imported from {source}: {added} new, {updated} updated, {deleted} deleted, {conflicts}; {already}.</source>
        <translation>Geïmporteerd van {source}: nieuw {added}, bijgewerkt {updated}, verwijderd {deleted}, {conflicts}; {already}.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="123"/>
        <source>Resolve them under Conflicts in the sidebar.</source>
        <translation>Los ze op onder Conflicten in de zijbalk.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="136"/>
        <source>It failed verification.</source>
        <translation>De controle is mislukt.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="138"/>
        <source>Refused: {plain} Nothing was imported. ({detail})</source>
        <translation>Geweigerd: {plain} Er is niets geïmporteerd. ({detail})</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="142"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="143"/>
        <source>Not imported: {reason}</source>
        <translation>Niet geïmporteerd: {reason}</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../exchange/dialog.py" line="117"/>
        <location filename="../exchange/dialog.py" line="118"/>
        <source>Exchange with partners</source>
        <translation>Uitwisselen met partners</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="123"/>
        <source>This installation</source>
        <translation>Deze installatie</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="126"/>
        <source>This installation&apos;s identity</source>
        <translation>Identiteit van deze installatie</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="131"/>
        <source>Create identity…</source>
        <translation>Identiteit aanmaken…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="133"/>
        <source>Export identity file…</source>
        <translation>Identiteitsbestand exporteren…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="141"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="144"/>
        <source>Partners and their trust</source>
        <translation>Partners en hun vertrouwen</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Fingerprint</source>
        <translation>Vingerafdruk</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="161"/>
        <source>Held aside and flagged installations</source>
        <translation>Apart gehouden en gemarkeerde installaties</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="164"/>
        <source>Add partner…</source>
        <translation>Partner toevoegen…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="165"/>
        <source>Trust…</source>
        <translation>Vertrouwen…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="166"/>
        <source>Revoke…</source>
        <translation>Intrekken…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="168"/>
        <source>Export for this partner…</source>
        <translation>Exporteren voor deze partner…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="181"/>
        <source>Bundles and conflicts</source>
        <translation>Bundels en conflicten</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="184"/>
        <source>Export everything…</source>
        <translation>Alles exporteren…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="186"/>
        <source>Import a bundle…</source>
        <translation>Een bundel importeren…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="187"/>
        <source>Resolve conflicts…</source>
        <translation>Conflicten oplossen…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="190"/>
        <source>or drop a .casebook file here or on the main window</source>
        <translation>of sleep een .casebook-bestand hierheen of naar het hoofdvenster</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="196"/>
        <location filename="../exchange/dialog.py" line="200"/>
        <source>Sync folder</source>
        <translation>Synchronisatiemap</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="205"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="208"/>
        <source>Stop syncing</source>
        <translation>Stoppen met synchroniseren</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="210"/>
        <source>Sync now</source>
        <translation>Nu synchroniseren</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="219"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="225"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="229"/>
        <source>Cancel the work in progress</source>
        <translation>Het lopende werk annuleren</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="231"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="261"/>
        <source>The identity cannot be used: {problem}</source>
        <translation>De identiteit is niet bruikbaar: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="268"/>
        <source>This installation has no identity yet. Create one to sign what you export; partners trust it by its fingerprint.</source>
        <translation>Deze installatie heeft nog geen identiteit. Maak er een aan om te ondertekenen wat u exporteert; partners vertrouwen haar op basis van de vingerafdruk.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="275"/>
        <source>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Fingerprint, to read aloud to partners:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Vingerafdruk, om hardop voor te lezen aan partners:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>Resolve conflicts ({n})…</source>
        <translation>Conflicten oplossen ({n})…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>No conflicts</source>
        <translation>Geen conflicten</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/dialog.py" line="315"/>
        <source>&lt;b&gt;Held aside: %n revision(s)&lt;/b&gt; of installations you do not trust (yet): kept, not shown, passed on to partners, and applied when you trust their key.</source>
        <translation>
            <numerusform>&lt;b&gt;Apart gehouden: %n revisie&lt;/b&gt; van installaties die u (nog) niet vertrouwt: bewaard, niet getoond, doorgegeven aan partners en toegepast zodra u hun sleutel vertrouwt.</numerusform>
            <numerusform>&lt;b&gt;Apart gehouden: %n revisies&lt;/b&gt; van installaties die u (nog) niet vertrouwt: bewaard, niet getoond, doorgegeven aan partners en toegepast zodra u hun sleutel vertrouwt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="329"/>
        <source>&lt;b&gt;Flagged: {who}&lt;/b&gt; signed two different revisions with the same number (a Casebook folder copied to another computer and used on both). Both are kept; a case edited on both shows as a conflict.</source>
        <translation>&lt;b&gt;Gemarkeerd: {who}&lt;/b&gt; ondertekende twee verschillende revisies met hetzelfde nummer (een Casebook-map die naar een andere computer is gekopieerd en op beide is gebruikt). Beide worden bewaard; een casus die op beide is bewerkt, verschijnt als conflict.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="343"/>
        <source>Off. Choose a folder your partners already share (Nextcloud, SharePoint, Syncthing): new bundles found there are imported, and what is new here is written there.</source>
        <translation>Uit. Kies een map die uw partners al delen (Nextcloud, SharePoint, Syncthing): nieuwe bundels die daar verschijnen worden geïmporteerd, en wat hier nieuw is wordt daar geschreven.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="349"/>
        <source>On: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Checked when a file arrives there, every five minutes, and with Sync now.</source>
        <translation>Aan: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Gecontroleerd zodra er een bestand binnenkomt, elke vijf minuten en met Nu synchroniseren.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="400"/>
        <source>Working…</source>
        <translation>Bezig…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../window_menus.py" line="182"/>
        <source>Export selected</source>
        <translation>Selectie exporteren</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="154"/>
        <source>Select cases in the list first</source>
        <translation>Selecteer eerst casussen in de lijst</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="165"/>
        <source>{count} cases</source>
        <translation>casussen: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="169"/>
        <source>Export {count} selected case(s)</source>
        <translation>Geselecteerde casussen exporteren ({count})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../library/export_ui.py" line="63"/>
        <source>Language of the export</source>
        <translation>Taal van de export</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="89"/>
        <source>already had {had} of its %n revision(s)</source>
        <translation>
            <numerusform>al {had} van de %n revisie aanwezig</numerusform>
            <numerusform>al {had} van de %n revisies aanwezig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="92"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../importing/column_mapping.py" line="61"/>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="63"/>
        <source>Choose the entry field each column fills. Columns left at “not imported” are ignored. Title, summary, organisation, country and language are required.</source>
        <translation>Kies voor elke kolom welk veld van de casus die vult. Kolommen op ‘niet importeren’ worden genegeerd. Titel, samenvatting, organisatie, land en taal zijn verplicht.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="71"/>
        <source>Sheet:</source>
        <translation>Werkblad:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="73"/>
        <source>Sheet</source>
        <translation>Werkblad</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="78"/>
        <source>Load mapping…</source>
        <translation>Koppeling laden…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="80"/>
        <source>Save mapping…</source>
        <translation>Koppeling opslaan…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="86"/>
        <source>Column mapping</source>
        <translation>Kolomkoppeling</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="89"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="90"/>
        <source>First values</source>
        <translation>Eerste waarden</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="91"/>
        <source>Entry field</source>
        <translation>Veld van de casus</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="103"/>
        <source>Language of every row</source>
        <translation>Taal van elke rij</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="105"/>
        <source>e.g. en, nl, fi (when no column gives it)</source>
        <translation>bijv. en, nl, fi (als geen kolom die geeft)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="108"/>
        <source>Country of every row</source>
        <translation>Land van elke rij</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="110"/>
        <source>e.g. FI (when no column gives it)</source>
        <translation>bijv. FI (als geen kolom het geeft)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="115"/>
        <source>Language of every row:</source>
        <translation>Taal van elke rij:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="116"/>
        <source>Country of every row:</source>
        <translation>Land van elke rij:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="134"/>
        <source>Reading the columns…</source>
        <translation>Kolommen lezen…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="156"/>
        <source>Go Back to choose another format or file.</source>
        <translation>Ga Terug om een ander formaat of bestand te kiezen.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="176"/>
        <source>Entry field for {column}</source>
        <translation>Veld voor {column}</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="178"/>
        <source>— not imported —</source>
        <translation>— niet importeren —</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="180"/>
        <source>id: matches rows when a newer file is imported</source>
        <translation>id: herkent rijen wanneer een nieuwer bestand wordt geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="243"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Elk veld kan maar uit één kolom komen: {fields}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="250"/>
        <source>Still needed: {fields}. Choose the column for each, or type a value below.</source>
        <translation>Nog nodig: {fields}. Kies voor elk de kolom of typ hieronder een waarde.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="258"/>
        <source>Every required field has a column or a value.</source>
        <translation>Elk verplicht veld heeft een kolom of een waarde.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="284"/>
        <source>Save the column mapping</source>
        <translation>De kolomkoppeling opslaan</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="297"/>
        <source>Cannot write {path} ({reason}); choose another file.</source>
        <translation>Kan {path} niet schrijven ({reason}); kies een ander bestand.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="303"/>
        <source>Saved the mapping as {path}.</source>
        <translation>Koppeling opgeslagen als {path}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="308"/>
        <source>Load a column mapping</source>
        <translation>Een kolomkoppeling laden</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="325"/>
        <source>{path} is not a mapping file ({reason}).</source>
        <translation>{path} is geen koppelingsbestand ({reason}).</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="347"/>
        <source>The file has no column {columns}; those lines of the mapping are left out.</source>
        <translation>Het bestand heeft geen kolom {columns}; die regels van de koppeling worden weggelaten.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="37"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="38"/>
        <source>update</source>
        <translation>bijwerken</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="39"/>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="40"/>
        <source>conflict</source>
        <translation>conflict</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="41"/>
        <source>kept as edited here</source>
        <translation>behouden zoals hier bewerkt</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="42"/>
        <source>invalid: not imported</source>
        <translation>ongeldig: niet geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="45"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="47"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="48"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="49"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="50"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="51"/>
        <source>Source id</source>
        <translation>Bron-id</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="69"/>
        <source>Check</source>
        <translation>Controle</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="71"/>
        <location filename="../importing/import_steps.py" line="235"/>
        <location filename="../importing/import_wizard.py" line="91"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="81"/>
        <source>The first rows as they will be imported</source>
        <translation>De eerste rijen zoals ze worden geïmporteerd</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <location filename="../importing/import_steps.py" line="96"/>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <source>What happens</source>
        <translation>Wat er gebeurt</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="93"/>
        <source>Invalid rows</source>
        <translation>Ongeldige rijen</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="97"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="98"/>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="116"/>
        <source>{file}, read as: {kind}</source>
        <translation>{file}, gelezen als: {kind}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="123"/>
        <source>Reading and checking every row…</source>
        <translation>Elke rij lezen en controleren…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="130"/>
        <source>Reading…</source>
        <translation>Lezen…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="136"/>
        <source>{rows} rows read: {new} new, {updated} to update, {unchanged} unchanged, {invalid} invalid.</source>
        <translation>Rijen gelezen: {rows}; nieuw {new}, bij te werken {updated}, ongewijzigd {unchanged}, ongeldig {invalid}.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="148"/>
        <source>Nothing new to import.</source>
        <translation>Niets nieuws om te importeren.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="185"/>
        <source>Import the {valid} valid rows and skip the {invalid} invalid ones</source>
        <translation>De geldige rijen ({valid}) importeren en de ongeldige ({invalid}) overslaan</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="200"/>
        <source>Stopped. Go Back to choose another file, or Next to check again.</source>
        <translation>Gestopt. Ga Terug om een ander bestand te kiezen, of Volgende om opnieuw te controleren.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="205"/>
        <source>This file cannot be imported as {kind}: {reason}</source>
        <translation>Dit bestand kan niet worden geïmporteerd als {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="209"/>
        <source>Nothing was imported. Go Back to choose another format or file.</source>
        <translation>Er is niets geïmporteerd. Ga Terug om een ander formaat of bestand te kiezen.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="247"/>
        <source>New entries</source>
        <translation>Nieuwe casussen</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="251"/>
        <source>Show the new entries in the list</source>
        <translation>De nieuwe casussen in de lijst tonen</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="269"/>
        <source>Importing {file}…</source>
        <translation>{file} importeren…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="281"/>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="289"/>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {skipped} skipped (invalid rows).</source>
        <translation>{file} geïmporteerd: nieuw {new}, bijgewerkt {updated}, ongewijzigd {unchanged}, conflicten {conflicts}, overgeslagen {skipped} (ongeldige rijen).</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="309"/>
        <source>New entries (double-click one to open it):</source>
        <translation>Nieuwe casussen (dubbelklik om er een te openen):</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="351"/>
        <location filename="../importing/import_wizard.py" line="192"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import geannuleerd; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="355"/>
        <source>Not imported: {reason}. Nothing was written.</source>
        <translation>Niet geïmporteerd: {reason}. Er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="185"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="210"/>
        <source>What to import</source>
        <translation>Wat importeren</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="211"/>
        <source>Choose the kind of file, then the file.</source>
        <translation>Kies het soort bestand, daarna het bestand.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="230"/>
        <source>The file to import (or drop it on the main window)</source>
        <translation>Het te importeren bestand (of sleep het naar het hoofdvenster)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="232"/>
        <source>File to import</source>
        <translation>Te importeren bestand</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="236"/>
        <source>Choose file…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="261"/>
        <source>Tables (*.xlsx *.csv *.json)</source>
        <translation>Tabellen (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="265"/>
        <source>Import a file</source>
        <translation>Een bestand importeren</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="282"/>
        <source>Looking at the file…</source>
        <translation>Het bestand bekijken…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="288"/>
        <source>This looks like: {kind}. Change it above if it is not.</source>
        <translation>Dit lijkt op: {kind}. Wijzig het hierboven als dat niet klopt.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="30"/>
        <source>Workshop spreadsheet</source>
        <translation>Workshopspreadsheet</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="31"/>
        <source>The intake spreadsheet from File &gt; Workshop template…, filled in: one row per practice.</source>
        <translation>Het invulblad van Bestand &gt; Workshopsjabloon…, ingevuld: één rij per praktijk.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="39"/>
        <source>EU Public Sector Tech Watch</source>
        <translation>EU Public Sector Tech Watch</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="40"/>
        <source>pstw_dataset.xlsx (sheet “PSTW DB”), about 2,000 cases; CC BY 4.0.</source>
        <translation>pstw_dataset.xlsx (werkblad ‘PSTW DB’), ongeveer 2.000 casussen; CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="46"/>
        <source>Dutch algorithm register</source>
        <translation>Algoritmeregister van de Nederlandse overheid</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="47"/>
        <source>algoritmes.json from algoritmes.overheid.nl; entries in Dutch.</source>
        <translation>algoritmes.json van algoritmes.overheid.nl; casussen in het Nederlands.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="53"/>
        <source>US federal AI use case inventory</source>
        <translation>Inventaris van AI-toepassingen van de Amerikaanse federale overheid</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="54"/>
        <source>The 2025 inventory as CSV or xlsx; public domain.</source>
        <translation>De inventaris van 2025 als CSV of xlsx; publiek domein.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="58"/>
        <source>Other table: CSV</source>
        <translation>Andere tabel: CSV</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="59"/>
        <source>Any CSV file (UTF-8) with a header row; you choose the columns.</source>
        <translation>Elk CSV-bestand (UTF-8) met een kopregel; u kiest de kolommen.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="65"/>
        <source>Other table: Excel</source>
        <translation>Andere tabel: Excel</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="66"/>
        <source>Any .xlsx sheet with a header row; you choose the columns.</source>
        <translation>Elk .xlsx-werkblad met een kopregel; u kiest de kolommen.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="72"/>
        <source>Other table: JSON</source>
        <translation>Andere tabel: JSON</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="73"/>
        <source>A JSON list of records (objects); you choose the fields.</source>
        <translation>Een JSON-lijst van records (objecten); u kiest de velden.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="104"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="105"/>
        <source>Cancel the import</source>
        <translation>De import annuleren</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../importing/importing.py" line="44"/>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="47"/>
        <source>Workshop mode…</source>
        <translation>Workshopmodus…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="50"/>
        <source>Workshop template…</source>
        <translation>Workshopsjabloon…</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/importing.py" line="106"/>
        <source>Recorded. %n practice(s) recorded this session.</source>
        <translation>
            <numerusform>Vastgelegd. %n praktijk vastgelegd in deze sessie.</numerusform>
            <numerusform>Vastgelegd. %n praktijken vastgelegd in deze sessie.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="118"/>
        <source>Save the workshop spreadsheet</source>
        <translation>De workshopspreadsheet opslaan</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-werkmap (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="145"/>
        <source>Wrote {name}. Fill in one row per practice, then File &gt; Import… it.</source>
        <translation>{name} geschreven. Vul één rij per praktijk in en importeer het daarna met Bestand &gt; Importeren….</translation>
    </message>
</context>
<context>
    <name>LearningTrail</name>
    <message>
        <location filename="../trail/report_export.py" line="41"/>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="42"/>
        <source>Word document</source>
        <translation>Word-document</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="43"/>
        <source>Excel workbook</source>
        <translation>Excel-werkmap</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="44"/>
        <source>Markdown text</source>
        <translation>Markdown-tekst</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="45"/>
        <source>Web page</source>
        <translation>Webpagina</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="223"/>
        <source>Wrote the transfer report to {path}</source>
        <translation>Het overdrachtsrapport is geschreven naar {path}</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="233"/>
        <source>Export cancelled; no file was written</source>
        <translation>Export geannuleerd; er is geen bestand geschreven</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="38"/>
        <source>No practice has Interreg data yet: fill in its project, validation or transfers in the case&apos;s form.</source>
        <translation>Nog geen enkele praktijk heeft Interreg-gegevens: vul het project, de validatie of de overdrachten in op het formulier van de casus.</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="90"/>
        <source>Identified</source>
        <translation>Geïdentificeerd</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="92"/>
        <source>Studied</source>
        <translation>Bestudeerd</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="101"/>
        <source>Transferred: {detail}</source>
        <translation>Overgedragen: {detail}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="105"/>
        <source>Transferred</source>
        <translation>Overgedragen</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="112"/>
        <source>A practice of {partner}</source>
        <translation>Een praktijk van {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="115"/>
        <source>Transfer {number} to {partner}</source>
        <translation>Overdracht {number} aan {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="119"/>
        <source>into {plan}</source>
        <translation>in {plan}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="129"/>
        <source>In {partner}&apos;s collections: {names}</source>
        <translation>In de collecties van {partner}: {names}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="159"/>
        <source>nothing recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="172"/>
        <source>Validation</source>
        <translation>Validatie</translation>
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
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="290"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln casus</numerusform>
            <numerusform>%Ln casussen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="347"/>
        <source>%Ln case(s) in this collection</source>
        <translation>
            <numerusform>%Ln casus in deze collectie</numerusform>
            <numerusform>%Ln casussen in deze collectie</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Type a search or tick some filters, then save it</source>
        <translation>Typ een zoekopdracht of vink filters aan, en sla die dan op</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>A saved search needs a name</source>
        <translation>Een opgeslagen zoekopdracht heeft een naam nodig</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Replace saved search</source>
        <translation>Opgeslagen zoekopdracht vervangen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>A saved search “{name}” exists. Replace it?</source>
        <translation>Er bestaat al een opgeslagen zoekopdracht ‘{name}’. Vervangen?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Saved the search “{name}”</source>
        <translation>Zoekopdracht ‘{name}’ opgeslagen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Delete saved search</source>
        <translation>Opgeslagen zoekopdracht verwijderen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Delete the saved search “{name}”?</source>
        <translation>De opgeslagen zoekopdracht ‘{name}’ verwijderen?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Added the case.</source>
        <translation>Casus toegevoegd.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Saved the case.</source>
        <translation>Casus opgeslagen.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="531"/>
        <source>Unsaved drafts</source>
        <translation>Niet-opgeslagen concepten</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="534"/>
        <source>%n case(s) were being edited and not saved:</source>
        <translation>
            <numerusform>%n casus werd bewerkt en is niet opgeslagen:</numerusform>
            <numerusform>%n casussen werden bewerkt en zijn niet opgeslagen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539"/>
        <source>Restore</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Discard</source>
        <translation>Weggooien</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Discard drafts?</source>
        <translation>Concepten weggooien?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Throw away the unsaved text of these cases?</source>
        <translation>De niet-opgeslagen tekst van deze casussen weggooien?</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="563"/>
        <source>Deleted %Ln case(s) — Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln casus verwijderd — ongedaan maken met Ctrl+Z.</numerusform>
            <numerusform>%Ln casussen verwijderd — ongedaan maken met Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="579"/>
        <source>Restored.</source>
        <translation>Hersteld.</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="27"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="28"/>
        <source>Stop the work in the background</source>
        <translation>Het werk op de achtergrond stoppen</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="29"/>
        <source>Cancel background work</source>
        <translation>Achtergrondwerk annuleren</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="71"/>
        <source>Find</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="78"/>
        <source>Next case</source>
        <translation>Volgende casus</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>Previous case</source>
        <translation>Vorige casus</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="83"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="87"/>
        <source>New case…</source>
        <translation>Nieuwe casus…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="90"/>
        <source>Edit case…</source>
        <translation>Casus bewerken…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="93"/>
        <source>Delete case</source>
        <translation>Casus verwijderen</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="97"/>
        <source>Undo delete</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>Settings…</source>
        <translation>Instellingen…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="120"/>
        <source>Export collection</source>
        <translation>Collectie exporteren</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="122"/>
        <source>Export selected cases</source>
        <translation>Geselecteerde casussen exporteren</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="126"/>
        <source>Export learning trail…</source>
        <translation>Leertraject exporteren…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="138"/>
        <source>Save search…</source>
        <translation>Zoekopdracht opslaan…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="142"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="145"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="146"/>
        <source>About Casebook…</source>
        <translation>Over Casebook…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="164"/>
        <source>Choose a collection in the sidebar first</source>
        <translation>Kies eerst een collectie in de zijbalk</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="31"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="32"/>
        <source>Keyword</source>
        <translation>Trefwoord</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="33"/>
        <source>Meaning</source>
        <translation>Betekenis</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="76"/>
        <source>Search cases — words, or what you need (Ctrl+F)</source>
        <translation>Casussen zoeken — woorden, of wat u nodig hebt (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="82"/>
        <source>Search mode</source>
        <translation>Zoekmodus</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="86"/>
        <source>Did you mean</source>
        <translation>Bedoelde u</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="89"/>
        <source>semantic search: waiting…</source>
        <translation>zoeken op betekenis: wachten…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="90"/>
        <source>Semantic search state</source>
        <translation>Status van zoeken op betekenis</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="103"/>
        <source>semantic search: off (Settings)</source>
        <translation>zoeken op betekenis: uit (Instellingen)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="221"/>
        <source>Did you mean {word}?</source>
        <translation>Bedoelde u {word}?</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="241"/>
        <source>Keyword index: cancelled; it is built at the next search</source>
        <translation>Trefwoordindex: geannuleerd; hij wordt bij de volgende zoekopdracht opgebouwd</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="252"/>
        <location filename="../library/search_panel.py" line="279"/>
        <source>semantic search: indexing…</source>
        <translation>zoeken op betekenis: indexeren…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="260"/>
        <source>semantic search: not available in this build</source>
        <translation>zoeken op betekenis: niet beschikbaar in deze versie</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="266"/>
        <source>semantic search: failed to load (see the log)</source>
        <translation>zoeken op betekenis: laden mislukt (zie het logboek)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="271"/>
        <source>semantic search: loading…</source>
        <translation>zoeken op betekenis: laden…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="296"/>
        <source>semantic search: ready</source>
        <translation>zoeken op betekenis: klaar</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="313"/>
        <source>semantic search: paused — &lt;a href=&quot;resume&quot;&gt;resume&lt;/a&gt;</source>
        <translation>zoeken op betekenis: gepauzeerd — &lt;a href=&quot;resume&quot;&gt;hervatten&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="320"/>
        <source>semantic search: indexing failed (see the log)</source>
        <translation>zoeken op betekenis: indexeren mislukt (zie het logboek)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../trail/report_export.py" line="76"/>
        <location filename="../trail/report_export.py" line="138"/>
        <source>Export learning trail</source>
        <translation>Leertraject exporteren</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="81"/>
        <source>All projects</source>
        <translation>Alle projecten</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="82"/>
        <source>All partners</source>
        <translation>Alle partners</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="88"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="92"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="98"/>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="99"/>
        <source>P&amp;artner:</source>
        <translation>P&amp;artner:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="101"/>
        <source>F&amp;ile:</source>
        <translation>B&amp;estand:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="163"/>
        <source>Replace file</source>
        <translation>Bestand vervangen</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="164"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} bestaat al. Vervangen?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="318"/>
        <source>%n conflict(s): changed here and in the file; both versions kept. Resolve them under Conflicts in the sidebar.</source>
        <translation>
            <numerusform>%n conflict: hier en in het bestand gewijzigd; beide versies bewaard. Los het op onder Conflicten in de zijbalk.</numerusform>
            <numerusform>%n conflicten: hier en in het bestand gewijzigd; beide versies bewaard. Los ze op onder Conflicten in de zijbalk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="331"/>
        <source>%n possible duplicate(s) (same title as another entry):</source>
        <translation>
            <numerusform>%n mogelijk duplicaat (zelfde titel als een andere casus):</numerusform>
            <numerusform>%n mogelijke duplicaten (zelfde titel als een andere casus):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="340"/>
        <source>%n row(s) merged or skipped:</source>
        <translation>
            <numerusform>%n rij samengevoegd of overgeslagen:</numerusform>
            <numerusform>%n rijen samengevoegd of overgeslagen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="372"/>
        <source>%Ln entry(ies) added by the import</source>
        <translation>
            <numerusform>%Ln casus toegevoegd door de import</numerusform>
            <numerusform>%Ln casussen toegevoegd door de import</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../library/search_panel.py" line="212"/>
        <source>%Ln results ({mode}, {took})</source>
        <translation>
            <numerusform>%Ln resultaat ({mode}, {took})</numerusform>
            <numerusform>%Ln resultaten ({mode}, {took})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../theme.py" line="18"/>
        <source>As the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <location filename="../theme.py" line="19"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../theme.py" line="20"/>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <location filename="../settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Search by meaning (loads a language model, ~500 MB of memory)</source>
        <translation>Zoeken op betekenis (laadt een taalmodel, ~500 MB geheugen)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Semantic search</source>
        <translation>Zoeken op betekenis</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Meaning model</source>
        <translation>Betekenismodel</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Interface language</source>
        <translation>Taal van de interface</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>As the system ({language})</source>
        <translation>Zoals het systeem ({language})</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Home folder</source>
        <translation>Thuismap</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Another home folder: start Casebook with &lt;code&gt;--home FOLDER&lt;/code&gt; or set &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. The appearance changes at once; the rest applies at the next start.</source>
        <translation>Een andere thuismap: start Casebook met &lt;code&gt;--home MAP&lt;/code&gt; of stel &lt;code&gt;CASEBOOK_HOME&lt;/code&gt; in. De weergave verandert meteen; de rest geldt vanaf de volgende start.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Choose folder…</source>
        <translation>Map kiezen…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Use the shipped model</source>
        <translation>Het meegeleverde model gebruiken</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Shipped: all-MiniLM-L6-v2</source>
        <translation>Meegeleverd: all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>Folder of a sentence-transformers model</source>
        <translation>Map van een sentence-transformers-model</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Not a model folder</source>
        <translation>Geen modelmap</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>This folder cannot be used as the meaning model: {problem}</source>
        <translation>Deze map kan niet als betekenismodel worden gebruikt: {problem}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../sidebar.py" line="21"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="22"/>
        <source>Organisation type</source>
        <translation>Soort organisatie</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="23"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="24"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="25"/>
        <source>AI technique</source>
        <translation>AI-techniek</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="26"/>
        <source>Policy area</source>
        <translation>Beleidsterrein</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="27"/>
        <source>AI Act risk</source>
        <translation>Risico AI-verordening</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="28"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="29"/>
        <source>Validation</source>
        <translation>Validatie</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="30"/>
        <source>Interreg project</source>
        <translation>Interreg-project</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="31"/>
        <source>Transferred to</source>
        <translation>Overgedragen aan</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="33"/>
        <source>Concept</source>
        <translation>Begrip</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="69"/>
        <source>Library, collections and filters</source>
        <translation>Bibliotheek, collecties en filters</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="74"/>
        <source>Library</source>
        <translation>Bibliotheek</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="75"/>
        <source>Recently added</source>
        <translation>Onlangs toegevoegd</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="76"/>
        <location filename="../sidebar.py" line="141"/>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="77"/>
        <source>Learning trail</source>
        <translation>Leertraject</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="78"/>
        <source>Collections</source>
        <translation>Collecties</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="79"/>
        <source>Saved searches</source>
        <translation>Opgeslagen zoekopdrachten</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="80"/>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="136"/>
        <source>Library ({count})</source>
        <translation>Bibliotheek ({count})</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="139"/>
        <source>Conflicts ({count})</source>
        <translation>Conflicten ({count})</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <location filename="../exchange/sync_folder.py" line="110"/>
        <source>Sync folder: off.</source>
        <translation>Synchronisatiemap: uit.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="114"/>
        <source>Sync folder: {folder} is not a folder; nothing changed.</source>
        <translation>Synchronisatiemap: {folder} is geen map; er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="166"/>
        <source>Sync folder: {folder} cannot be reached; trying again in five minutes.</source>
        <translation>Synchronisatiemap: {folder} is niet bereikbaar; over vijf minuten opnieuw proberen.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="169"/>
        <source>Sync folder: pass cancelled; what was imported before stays.</source>
        <translation>Synchronisatiemap: ronde geannuleerd; wat eerder is geïmporteerd blijft.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="171"/>
        <source>Sync folder: {reason}</source>
        <translation>Synchronisatiemap: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="177"/>
        <source>Last pass at {time}: {what}</source>
        <translation>Laatste ronde om {time}: {what}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="178"/>
        <source>Sync folder: </source>
        <translation>Synchronisatiemap: </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="189"/>
        <source>imported {revisions} from {bundles}, {conflicts}</source>
        <translation>{revisions} geïmporteerd uit {bundles}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="190"/>
        <location filename="../exchange/sync_folder.py" line="204"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revisie</numerusform>
            <numerusform>%Ln revisies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="191"/>
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n bundel</numerusform>
            <numerusform>%n bundels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="192"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="197"/>
        <source>refused {name} ({message})</source>
        <translation>{name} geweigerd ({message})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="201"/>
        <source>wrote {name} ({revisions})</source>
        <translation>{name} geschreven ({revisions})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="209"/>
        <source>nothing new in either direction</source>
        <translation>niets nieuws in beide richtingen</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="210"/>
        <source>Sync folder: {what}.</source>
        <translation>Synchronisatiemap: {what}.</translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <location filename="../trail/trail_view.py" line="63"/>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="65"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="68"/>
        <source>All projects</source>
        <translation>Alle projecten</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="77"/>
        <source>Learning trail</source>
        <translation>Leertraject</translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="140"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n praktijk</numerusform>
            <numerusform>%n praktijken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="141"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="142"/>
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n overdracht</numerusform>
            <numerusform>%n overdrachten</numerusform>
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
        <translation>&lt;h3&gt;Welkom bij Casebook&lt;/h3&gt;
&lt;p&gt;Deze catalogus begint met korte beschrijvingen van goed gedocumenteerde AI-toepassingen bij overheden, elk met
de bron. Probeer eens:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Typ in het zoekvak (&lt;b&gt;Ctrl+F&lt;/b&gt;) — woorden die u zich herinnert (&lt;i&gt;scanauto&apos;s&lt;/i&gt;) of wat
u nodig hebt (&lt;i&gt;inwoners &apos;s nachts antwoord geven&lt;/i&gt;); de resultaten verschijnen terwijl u typt.&lt;/li&gt;
&lt;li&gt;Vink links filters aan (land, AI-techniek, risico volgens de AI-verordening…) om de lijst te verfijnen.&lt;/li&gt;
&lt;li&gt;Selecteer een casus om die te lezen; &lt;i&gt;Vergelijkbare casussen&lt;/i&gt; onderaan leiden naar verwante casussen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; legt een nieuwe praktijk vast; wat u typt wordt als concept bewaard tot het is opgeslagen.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../app.py" line="154"/>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../importing/workshop_mode.py" line="42"/>
        <location filename="../importing/workshop_mode.py" line="43"/>
        <source>Workshop mode</source>
        <translation>Workshopmodus</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="60"/>
        <source>Practices recorded</source>
        <translation>Vastgelegde praktijken</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="64"/>
        <source>Save &amp;&amp; next (Ctrl+Enter)</source>
        <translation>Opslaan &amp;&amp; volgende (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="67"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/workshop_mode.py" line="80"/>
        <source>%n practice(s) recorded this session</source>
        <translation>
            <numerusform>%n praktijk vastgelegd in deze sessie</numerusform>
            <numerusform>%n praktijken vastgelegd in deze sessie</numerusform>
        </translation>
    </message>
</context>
</TS>
