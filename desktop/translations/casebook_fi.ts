<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
&lt;p&gt;Luettelo eurooppalaisten kaupunkien ja alueiden tekoälyn hyvistä käytännöistä. Se säilyy omalla
tietokoneellasi, ja sitä vaihdetaan kumppanien kanssa allekirjoitetuin paketein.&lt;/p&gt;
&lt;p&gt;Vapaa ohjelmisto, EUPL 1.2 -lisenssi. Aloitustapausten lisenssi on CC BY 4.0.&lt;/p&gt;
&lt;p&gt;&lt;b&gt;Käännökset.&lt;/b&gt; Käyttöliittymän suomen-, hollannin-, italian-, romanian- ja latviankieliset
tekstit ovat ensimmäisiä luonnoksia, ja kumppanit voivat korjata niitä. Korjaa käännös näin: avaa
&lt;code&gt;desktop/translations/casebook_{code}.ts&lt;/code&gt; Qt Linguistissa
(&lt;code&gt;pyside6-linguist&lt;/code&gt;), muuta sanamuotoa, tallenna ja suorita
&lt;code&gt;make translations&lt;/code&gt;; tai lähetä korjattu tiedosto kehittäjille.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="212"/>
        <source>About Casebook</source>
        <translation>Tietoja Casebookista</translation>
    </message>
</context>
<context>
    <name>Backend</name>
    <message>
        <location filename="../backend.py" line="207"/>
        <source>Something went wrong — {error}; details in the log</source>
        <translation>Jokin meni vikaan — {error}; tiedot lokissa</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="176"/>
        <source>%Ln invalid row(s). Nothing is imported unless you fix them in the file (then go Back and Next to check again) or import only the valid rows:</source>
        <translation>
            <numerusform>%Ln virheellinen rivi. Mitään ei tuoda, ellet korjaa sitä tiedostoon (palaa sitten Edellinen-painikkeella ja tarkista uudelleen Seuraava-painikkeella) tai tuo vain kelvolliset rivit:</numerusform>
            <numerusform>%Ln virheellistä riviä. Mitään ei tuoda, ellet korjaa niitä tiedostoon (palaa sitten Edellinen-painikkeella ja tarkista uudelleen Seuraava-painikkeella) tai tuo vain kelvolliset rivit:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Collections</name>
    <message>
        <location filename="../window_menus.py" line="197"/>
        <source>Delete saved search “{name}”…</source>
        <translation>Poista tallennettu haku ”{name}”…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="61"/>
        <source>New collection</source>
        <translation>Uusi kokoelma</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="62"/>
        <source>Name of the collection:</source>
        <translation>Kokoelman nimi:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="75"/>
        <source>Created the collection “{name}”.</source>
        <translation>Kokoelma ”{name}” luotiin.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="82"/>
        <source>Rename collection</source>
        <translation>Nimeä kokoelma uudelleen</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="83"/>
        <source>New name:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="90"/>
        <source>Renamed to “{new}”.</source>
        <translation>Uusi nimi: ”{new}”.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="97"/>
        <source>Introduction</source>
        <translation>Johdanto</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="98"/>
        <source>Introduction (shown on the cover of exports):</source>
        <translation>Johdanto (näkyy vientien kansilehdellä):</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="104"/>
        <source>Introduction saved.</source>
        <translation>Johdanto tallennettiin.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="109"/>
        <source>this collection</source>
        <translation>tämä kokoelma</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="112"/>
        <source>Delete collection?</source>
        <translation>Poistetaanko kokoelma?</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="113"/>
        <source>Delete the collection “{name}”? The cases in it stay in the library.</source>
        <translation>Poistetaanko kokoelma ”{name}”? Sen tapaukset jäävät kirjastoon.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="120"/>
        <source>Deleted the collection “{name}”.</source>
        <translation>Kokoelma ”{name}” poistettiin.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="125"/>
        <source>the collection</source>
        <translation>kokoelma</translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="128"/>
        <source>Added %n case(s) to “{name}”.</source>
        <translation>
            <numerusform>%n tapaus lisättiin kokoelmaan ”{name}”.</numerusform>
            <numerusform>%n tapausta lisättiin kokoelmaan ”{name}”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../library/collections_ui.py" line="138"/>
        <source>Removed %n case(s) from the collection (they stay in the library).</source>
        <translation>
            <numerusform>%n tapaus poistettiin kokoelmasta (se jää kirjastoon).</numerusform>
            <numerusform>%n tapausta poistettiin kokoelmasta (ne jäävät kirjastoon).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="153"/>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="154"/>
        <source>Note on this case in the collection:</source>
        <translation>Huomautus tästä tapauksesta kokoelmassa:</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="162"/>
        <source>Note saved.</source>
        <translation>Huomautus tallennettiin.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="176"/>
        <source>Moved.</source>
        <translation>Siirretty.</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="186"/>
        <source>Add to collection</source>
        <translation>Lisää kokoelmaan</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="191"/>
        <location filename="../library/collections_ui.py" line="229"/>
        <source>New collection…</source>
        <translation>Uusi kokoelma…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="196"/>
        <source>Remove from this collection</source>
        <translation>Poista tästä kokoelmasta</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="201"/>
        <source>Note…</source>
        <translation>Huomautus…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="204"/>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="208"/>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="219"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="221"/>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="223"/>
        <source>Introduction…</source>
        <translation>Johdanto…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="226"/>
        <source>Delete collection…</source>
        <translation>Poista kokoelma…</translation>
    </message>
    <message>
        <location filename="../library/collections_ui.py" line="245"/>
        <source>Export “{name}”</source>
        <translation>Vie ”{name}”</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="111"/>
        <source>; {count} deleted cases left out</source>
        <translation>; poistettuja tapauksia jätettiin pois: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="118"/>
        <source>Exported {count} cases to {path} ({size} KB)</source>
        <translation>Vietiin tiedostoon {path} ({size} kt), tapauksia: {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="129"/>
        <source>Export cancelled; no file was written</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../exchange/conflicts.py" line="171"/>
        <source>Resolve conflict — {title}</source>
        <translation>Ratkaise ristiriita — {title}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="172"/>
        <source>Conflict resolver</source>
        <translation>Ristiriitojen ratkaisu</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/conflicts.py" line="177"/>
        <source>&lt;b&gt;{title}&lt;/b&gt; was edited in %n places before they exchanged, so it has %n versions. They differ in the highlighted rows: choose one version per row, or use all of one version, or write the value you want in the last column; then save. Every version stays in the history; the merged one travels to partners in the next bundle.</source>
        <translation>
            <numerusform>Tapausta &lt;b&gt;{title}&lt;/b&gt; muokattiin %n paikassa ennen tietojen vaihtoa, joten siitä on %n versiota. Ne eroavat korostetuilla riveillä: valitse jokaiselle riville yksi versio, käytä kokonaan yhtä versiota tai kirjoita haluamasi arvo viimeiseen sarakkeeseen; tallenna sitten. Kaikki versiot säilyvät historiassa; yhdistetty versio kulkee kumppaneille seuraavassa paketissa.</numerusform>
            <numerusform>Tapausta &lt;b&gt;{title}&lt;/b&gt; muokattiin %n paikassa ennen tietojen vaihtoa, joten siitä on %n versiota. Ne eroavat korostetuilla riveillä: valitse jokaiselle riville yksi versio, käytä kokonaan yhtä versiota tai kirjoita haluamasi arvo viimeiseen sarakkeeseen; tallenna sitten. Kaikki versiot säilyvät historiassa; yhdistetty versio kulkee kumppaneille seuraavassa paketissa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="188"/>
        <source>What to do</source>
        <translation>Mitä tehdä</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="190"/>
        <location filename="../exchange/conflicts.py" line="191"/>
        <source>Show only the fields that differ</source>
        <translation>Näytä vain kentät, jotka eroavat</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="197"/>
        <source>Versions side by side</source>
        <translation>Versiot rinnakkain</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="208"/>
        <source>Resolver message</source>
        <translation>Ratkaisun viesti</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="212"/>
        <location filename="../exchange/conflicts.py" line="214"/>
        <source>Save merged version</source>
        <translation>Tallenna yhdistetty versio</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="216"/>
        <source>Close without resolving</source>
        <translation>Sulje ratkaisematta</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="223"/>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kenttä&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="226"/>
        <source> (shown now)</source>
        <translation> (näkyy nyt)</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="229"/>
        <source>&lt;b&gt;Version {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;installation {origin}</source>
        <translation>&lt;b&gt;Versio {letter}&lt;/b&gt;{shown}&lt;br&gt;{author}, {when}&lt;br&gt;asennus {origin}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="239"/>
        <source>Version {letter}</source>
        <translation>Versio {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="241"/>
        <source>Use all of this version</source>
        <translation>Käytä kokonaan tätä versiota</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="243"/>
        <source>Use all of version {letter}</source>
        <translation>Käytä kokonaan versiota {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="250"/>
        <source>&lt;b&gt;Merged version&lt;/b&gt;&lt;br&gt;what is saved; you can edit it</source>
        <translation>&lt;b&gt;Yhdistetty versio&lt;/b&gt;&lt;br&gt;tämä tallennetaan; voit muokata sitä</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="252"/>
        <source>Merged version</source>
        <translation>Yhdistetty versio</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="299"/>
        <source>{field} in version {letter}</source>
        <translation>{field}, versio {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="310"/>
        <source>Use this</source>
        <translation>Käytä tätä</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="312"/>
        <source>Use {field} from version {letter}</source>
        <translation>Käytä kenttää {field} versiosta {letter}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="327"/>
        <source>Merged {field}</source>
        <translation>Yhdistetty: {field}</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="414"/>
        <source>Saving…</source>
        <translation>Tallennetaan…</translation>
    </message>
    <message>
        <location filename="../exchange/conflicts.py" line="434"/>
        <source>Not saved: {reason}. Nothing was changed.</source>
        <translation>Ei tallennettu: {reason}. Mitään ei muutettu.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../detail.py" line="64"/>
        <source>{size} bytes</source>
        <translation>{size} tavua</translation>
    </message>
    <message>
        <location filename="../detail.py" line="86"/>
        <source>Entry details</source>
        <translation>Tapauksen tiedot</translation>
    </message>
    <message>
        <location filename="../detail.py" line="114"/>
        <source>Select a case to see it here.</source>
        <translation>Valitse tapaus, niin se näkyy tässä.</translation>
    </message>
    <message>
        <location filename="../detail.py" line="137"/>
        <source>Matched:</source>
        <translation>Osumat:</translation>
    </message>
    <message>
        <location filename="../detail.py" line="147"/>
        <source>Resolve…</source>
        <translation>Ratkaise…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="180"/>
        <source>Links</source>
        <translation>Linkit</translation>
    </message>
    <message>
        <location filename="../detail.py" line="186"/>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location filename="../detail.py" line="194"/>
        <source>Source and licence</source>
        <translation>Lähde ja lisenssi</translation>
    </message>
    <message>
        <location filename="../detail.py" line="198"/>
        <source>Similar cases</source>
        <translation>Samankaltaiset tapaukset</translation>
    </message>
    <message>
        <location filename="../detail.py" line="208"/>
        <source>none found</source>
        <translation>ei löytynyt</translation>
    </message>
    <message>
        <location filename="../detail.py" line="210"/>
        <source>looking…</source>
        <translation>haetaan…</translation>
    </message>
    <message>
        <location filename="../detail.py" line="215"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../detail.py" line="226"/>
        <source>updated {updated} · created {created} · id {id}</source>
        <translation>päivitetty {updated} · luotu {created} · tunniste {id}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="276"/>
        <source>deleted</source>
        <translation>poisti</translation>
    </message>
    <message>
        <location filename="../detail.py" line="279"/>
        <source>changed {fields}</source>
        <translation>muutti {fields}</translation>
    </message>
    <message>
        <location filename="../detail.py" line="281"/>
        <source>created</source>
        <translation>loi</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="73"/>
        <source>similar cases need semantic search, which is turned off in Settings</source>
        <translation>samankaltaiset tapaukset tarvitsevat merkityshakua, joka on poistettu käytöstä asetuksissa</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="77"/>
        <source>similar cases need semantic search, which this build does not have</source>
        <translation>samankaltaiset tapaukset tarvitsevat merkityshakua, jota tässä versiossa ei ole</translation>
    </message>
    <message>
        <location filename="../entry_detail.py" line="81"/>
        <source>similar cases appear when semantic search is ready</source>
        <translation>samankaltaiset tapaukset näkyvät, kun merkityshaku on valmis</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message numerus="yes">
        <location filename="../detail.py" line="142"/>
        <source>⚠ %n concurrent versions of this entry exist; this one is shown until the conflict is resolved.</source>
        <translation>
            <numerusform>⚠ Tästä tapauksesta on %n rinnakkaista versiota; tämä näytetään, kunnes ristiriita on ratkaistu.</numerusform>
            <numerusform>⚠ Tästä tapauksesta on %n rinnakkaista versiota; tämä näytetään, kunnes ristiriita on ratkaistu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../editor.py" line="132"/>
        <source>Edit — {title}</source>
        <translation>Muokkaa — {title}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="134"/>
        <source>New case</source>
        <translation>Uusi tapaus</translation>
    </message>
    <message>
        <location filename="../editor.py" line="136"/>
        <source>Entry editor</source>
        <translation>Tapauksen muokkaus</translation>
    </message>
    <message>
        <location filename="../editor.py" line="162"/>
        <source>Similar cases warning</source>
        <translation>Varoitus samankaltaisista tapauksista</translation>
    </message>
    <message>
        <location filename="../editor.py" line="189"/>
        <source>Attachments</source>
        <translation>Liitteet</translation>
    </message>
    <message>
        <location filename="../editor.py" line="191"/>
        <source>Add files… (or drop them here)</source>
        <translation>Lisää tiedostoja… (tai pudota ne tähän)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="217"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location filename="../editor.py" line="221"/>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <location filename="../editor.py" line="279"/>
        <source>{name} ({size} bytes)</source>
        <translation>{name} ({size} tavua)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="334"/>
        <source>Transfer {n}, {column}: {message}</source>
        <translation>Siirto {n}, {column}: {message}</translation>
    </message>
    <message>
        <location filename="../editor.py" line="416"/>
        <source>{name} (attached when saved)</source>
        <translation>{name} (liitetään tallennettaessa)</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Discard changes?</source>
        <translation>Hylätäänkö muutokset?</translation>
    </message>
    <message>
        <location filename="../editor.py" line="481"/>
        <source>Throw away what you typed in this form?</source>
        <translation>Hylätäänkö tähän lomakkeeseen kirjoittamasi teksti?</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="35"/>
        <source>Basics</source>
        <translation>Perustiedot</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="39"/>
        <source>Title *</source>
        <translation>Otsikko *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="40"/>
        <source>≤ 200 characters</source>
        <translation>≤ 200 merkkiä</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="44"/>
        <source>Summary *</source>
        <translation>Tiivistelmä *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="46"/>
        <source>a few sentences, ≤ 1,000 characters</source>
        <translation>muutama virke, ≤ 1 000 merkkiä</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="50"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="52"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="54"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="56"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="60"/>
        <source>Language *</source>
        <translation>Kieli *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="61"/>
        <source>of the text: en, nl, fi, it, ro, lv…</source>
        <translation>tekstin kieli: en, nl, fi, it, ro, lv…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="65"/>
        <source>Tags</source>
        <translation>Asiasanat</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="67"/>
        <source>comma-separated</source>
        <translation>pilkuin eroteltuina</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="72"/>
        <source>Organisation and place</source>
        <translation>Organisaatio ja paikka</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="74"/>
        <source>Organisation *</source>
        <translation>Organisaatio *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="77"/>
        <source>Organisation type</source>
        <translation>Organisaation tyyppi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="83"/>
        <source>Country *</source>
        <translation>Maa *</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="84"/>
        <source>two letters: FI, NL, IT, RO, LV…</source>
        <translation>kaksi kirjainta: FI, NL, IT, RO, LV…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="86"/>
        <source>City</source>
        <translation>Kaupunki</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="89"/>
        <source>NUTS code</source>
        <translation>NUTS-koodi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="90"/>
        <source>e.g. FI197</source>
        <translation>esim. FI197</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="94"/>
        <source>Started</source>
        <translation>Alkoi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="95"/>
        <source>year or date: 2023, 2023-05</source>
        <translation>vuosi tai päivämäärä: 2023, 2023-05</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="97"/>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="101"/>
        <source>AI and governance</source>
        <translation>Tekoäly ja hallinta</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="105"/>
        <source>AI techniques</source>
        <translation>Tekoälymenetelmät</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="111"/>
        <source>Policy areas</source>
        <translation>Politiikan alat</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="113"/>
        <source>COFOG codes: 01.3, 07.4…</source>
        <translation>COFOG-koodit: 01.3, 07.4…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="117"/>
        <source>Governance themes</source>
        <translation>Hallintaan liittyvät teemat</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="123"/>
        <source>AI Act risk</source>
        <translation>Tekoälysäädöksen riskiluokka</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="128"/>
        <source>Legal basis</source>
        <translation>Oikeusperusta</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="132"/>
        <source>Human oversight</source>
        <translation>Ihmisen suorittama valvonta</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="135"/>
        <source>Provider / vendor</source>
        <translation>Toimittaja</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="136"/>
        <source>Data sources</source>
        <translation>Tietolähteet</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="137"/>
        <source>Risks and mitigations</source>
        <translation>Riskit ja niiden hallinta</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="141"/>
        <source>Good practice</source>
        <translation>Hyvä käytäntö</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="143"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="144"/>
        <source>Problem addressed</source>
        <translation>Ratkaistava ongelma</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="145"/>
        <source>Evidence of success</source>
        <translation>Näyttö onnistumisesta</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="147"/>
        <source>Transfer potential</source>
        <translation>Siirrettävyys</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="150"/>
        <source>Difficulties and lessons</source>
        <translation>Vaikeudet ja opit</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="155"/>
        <source>Learning trail</source>
        <translation>Oppimisen polku</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="159"/>
        <source>Interreg project</source>
        <translation>Interreg-hanke</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="160"/>
        <source>e.g. AI4Citizens</source>
        <translation>esim. AI4Citizens</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="163"/>
        <source>Policy instrument</source>
        <translation>Politiikkaväline</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="167"/>
        <source>Validation</source>
        <translation>Vahvistus</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="173"/>
        <source>Expert opinion</source>
        <translation>Asiantuntijalausunto</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="178"/>
        <location filename="../transfers_table.py" line="49"/>
        <source>Transfers</source>
        <translation>Siirrot</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="184"/>
        <source>Links and attachments</source>
        <translation>Linkit ja liitteet</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="188"/>
        <source>Links</source>
        <translation>Linkit</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="190"/>
        <source>one per line: title | https://…</source>
        <translation>yksi riville: otsikko | https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="194"/>
        <source>Source code</source>
        <translation>Lähdekoodi</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="195"/>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="197"/>
        <source>Contact name</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="198"/>
        <source>Contact e-mail</source>
        <translation>Yhteyshenkilön sähköposti</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="199"/>
        <source>Contact page</source>
        <translation>Yhteystietosivu</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="214"/>
        <source>Practice</source>
        <translation>Käytäntö</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="218"/>
        <source>Who and where</source>
        <translation>Kuka ja missä</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="231"/>
        <source>To follow up</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="243"/>
        <source>is required; fill it in</source>
        <translation>on pakollinen; täytä se</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="244"/>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="245"/>
        <source>must be text</source>
        <translation>on oltava tekstiä</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="246"/>
        <source>must be a list</source>
        <translation>on oltava luettelo</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="247"/>
        <source>must be a whole number</source>
        <translation>on oltava kokonaisluku</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="250"/>
        <source>is {length} characters long; shorten it to at most {most}</source>
        <translation>on {length} merkkiä pitkä; lyhennä se enintään {most} merkkiin</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="256"/>
        <source>{value} is not allowed; use one of: {choices}</source>
        <translation>{value} ei ole sallittu; käytä jotakin näistä: {choices}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="261"/>
        <source>{value} is not a country code; use two letters such as FI, NL, IT, RO or LV</source>
        <translation>{value} ei ole maakoodi; käytä kahta kirjainta, kuten FI, NL, IT, RO tai LV</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="268"/>
        <source>{value} is the EU statistical code; use the ISO code {code}</source>
        <translation>{value} on EU:n tilastokoodi; käytä ISO-koodia {code}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="275"/>
        <source>{value} is not a language code; use a code such as en, nl, fi, it, ro or lv</source>
        <translation>{value} ei ole kielikoodi; käytä koodia, kuten en, nl, fi, it, ro tai lv</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="283"/>
        <source>{value} is not a NUTS code; use the country prefix and up to three characters, such as FI1B or NL329</source>
        <translation>{value} ei ole NUTS-koodi; käytä maatunnusta ja enintään kolmea merkkiä, kuten FI1B tai NL329</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="292"/>
        <source>NUTS code {nuts} is not in country {country}; NUTS codes there start with {prefix}</source>
        <translation>NUTS-koodi {nuts} ei ole maassa {country}; siellä NUTS-koodit alkavat {prefix}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="300"/>
        <source>must be a date written as YYYY, YYYY-MM or YYYY-MM-DD</source>
        <translation>on oltava päivämäärä muodossa VVVV, VVVV-KK tai VVVV-KK-PP</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="307"/>
        <source>{value} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, such as 2024-03-01</source>
        <translation>{value} ei ole päivämäärä; kirjoita VVVV, VVVV-KK tai VVVV-KK-PP, kuten 2024-03-01</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="314"/>
        <source>end {end} is before start {start}</source>
        <translation>loppu {end} on ennen alkua {start}</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="318"/>
        <source>{value} is not a web address; write it as https://…</source>
        <translation>{value} ei ole verkko-osoite; kirjoita se muodossa https://…</translation>
    </message>
    <message>
        <location filename="../entry_fields.py" line="322"/>
        <source>{value} is not an e-mail address; write it as name@example.org</source>
        <translation>{value} ei ole sähköpostiosoite; kirjoita se muodossa nimi@example.org</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="24"/>
        <source>Partner *</source>
        <translation>Kumppani *</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="25"/>
        <source>Action plan</source>
        <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="26"/>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="27"/>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="53"/>
        <source>Add transfer</source>
        <translation>Lisää siirto</translation>
    </message>
    <message>
        <location filename="../transfers_table.py" line="55"/>
        <source>Remove transfer</source>
        <translation>Poista siirto</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <location filename="../entry_model.py" line="64"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="65"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="66"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="67"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="68"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="69"/>
        <source>Updated</source>
        <translation>Päivitetty</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="71"/>
        <source>Validation</source>
        <translation>Vahvistus</translation>
    </message>
    <message>
        <location filename="../entry_model.py" line="72"/>
        <source>Interreg project</source>
        <translation>Interreg-hanke</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../window_menus.py" line="201"/>
        <source>Resolve a conflict…</source>
        <translation>Ratkaise ristiriita…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="77"/>
        <source>Exchange with partners…</source>
        <translation>Tietojenvaihto kumppanien kanssa…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="80"/>
        <source>Resolve conflict…</source>
        <translation>Ratkaise ristiriita…</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="133"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="155"/>
        <source>Created the identity of {org}. Fingerprint: {fp}. Export the identity file and hand it to your partners.</source>
        <translation>Organisaation {org} tunniste luotiin. Sormenjälki: {fp}. Vie tunnistetiedosto ja anna se kumppaneillesi.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="179"/>
        <source>Wrote {path} (fingerprint {fp}). Hand it to your partners.</source>
        <translation>Kirjoitettiin {path} (sormenjälki {fp}). Anna se kumppaneillesi.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="201"/>
        <source>Added {org} ({status}). Fingerprint: {fp}</source>
        <translation>{org} lisättiin ({status}). Sormenjälki: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="203"/>
        <source>{org} was already a partner ({status}). Fingerprint: {fp}</source>
        <translation>{org} oli jo kumppani ({status}). Sormenjälki: {fp}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="215"/>
        <source>Not added: {reason}</source>
        <translation>Ei lisätty: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="222"/>
        <source>Read this fingerprint aloud with {org} (by phone or in person) and check that theirs is the same:

{fp}

Trust {org}? Their bundles are accepted from now on.</source>
        <translation>Lue tämä sormenjälki ääneen yhdessä organisaation {org} kanssa (puhelimessa tai kasvokkain) ja tarkista, että heidän sormenjälkensä on sama:

{fp}

Luotetaanko organisaatioon {org}? Sen paketit hyväksytään tästä lähtien.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="225"/>
        <source>Compare the fingerprint</source>
        <translation>Vertaa sormenjälkeä</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="238"/>
        <source>Trusted {org} ({fp}).</source>
        <translation>Luotettu: {org} ({fp}).</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="248"/>
        <source>Revoke the key?</source>
        <translation>Mitätöidäänkö avain?</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="250"/>
        <source>Revoke the key of {org}? Entries already received from them stay; anything newer they sign is refused from now on, and a revoked key cannot be trusted again.</source>
        <translation>Mitätöidäänkö organisaation {org} avain? Siltä jo saadut tapaukset säilyvät; kaikki uudempi, minkä se allekirjoittaa, hylätään tästä lähtien, eikä mitätöityyn avaimeen voi enää luottaa.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="263"/>
        <source>Revoked the key of {org}.</source>
        <translation>Organisaation {org} avain mitätöitiin.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="278"/>
        <source>Wrote {name}: {revisions}, {blobs}.</source>
        <translation>Kirjoitettiin {name}: {revisions}, {blobs}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="280"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revisio</numerusform>
            <numerusform>%Ln revisiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/exchange.py" line="281"/>
        <source>%Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln liite</numerusform>
            <numerusform>%Ln liitettä</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="284"/>
        <source>Nothing new for this partner since the last bundle.</source>
        <translation>Tälle kumppanille ei ole mitään uutta edellisen paketin jälkeen.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="286"/>
        <source>The catalogue has no revisions to send yet.</source>
        <translation>Luettelossa ei ole vielä lähetettäviä revisioita.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="291"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="294"/>
        <source>Not exported: {reason}</source>
        <translation>Ei viety: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="334"/>
        <source>No case is in conflict.</source>
        <translation>Yksikään tapaus ei ole ristiriidassa.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="342"/>
        <source>Resolve a conflict</source>
        <translation>Ratkaise ristiriita</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="343"/>
        <source>Cases in conflict:</source>
        <translation>Ristiriitaiset tapaukset:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="388"/>
        <source>Resolved “{title}”: the merged version is saved.</source>
        <translation>”{title}” ratkaistiin: yhdistetty versio on tallennettu.</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="417"/>
        <source>Import a bundle</source>
        <translation>Tuo paketti</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="428"/>
        <source>Export everything</source>
        <translation>Vie kaikki</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="430"/>
        <source>Export for {org}</source>
        <translation>Vie organisaatiolle {org}</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="446"/>
        <source>Export the identity file</source>
        <translation>Vie tunnistetiedosto</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="457"/>
        <source>Add a partner from its identity file</source>
        <translation>Lisää kumppani sen tunnistetiedostosta</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="468"/>
        <source>Create this installation&apos;s identity</source>
        <translation>Luo tämän asennuksen tunniste</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="469"/>
        <source>Your organisation, as partners know it:</source>
        <translation>Organisaatiosi nimi sellaisena kuin kumppanit sen tuntevat:</translation>
    </message>
    <message>
        <location filename="../exchange/exchange.py" line="476"/>
        <source>Choose the shared sync folder</source>
        <translation>Valitse jaettu synkronointikansio</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="21"/>
        <source>Casebook bundle (*.casebook)</source>
        <translation>Casebook-paketti (*.casebook)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="22"/>
        <source>Casebook identity (*.id *.json);;All files (*)</source>
        <translation>Casebook-tunniste (*.id *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="27"/>
        <source>The file is larger than a bundle may be. Ask the partner for a bundle of what is new since the last one.</source>
        <translation>Tiedosto on suurempi kuin paketti saa olla. Pyydä kumppanilta paketti, jossa on vain edellisen paketin jälkeen tullut uusi aineisto.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="32"/>
        <source>The file is damaged or is not a Casebook bundle. Ask the partner to send it again.</source>
        <translation>Tiedosto on vioittunut tai se ei ole Casebook-paketti. Pyydä kumppania lähettämään se uudelleen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="36"/>
        <source>A signature does not match: the file was changed after it was signed. Ask the partner to send it again.</source>
        <translation>Allekirjoitus ei täsmää: tiedostoa on muutettu allekirjoittamisen jälkeen. Pyydä kumppania lähettämään se uudelleen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="41"/>
        <source>It was signed by a key you do not trust. Add the partner&apos;s identity file and trust it after comparing the fingerprint with them, then import again.</source>
        <translation>Sen on allekirjoittanut avain, johon et luota. Lisää kumppanin tunnistetiedosto ja luota siihen, kun olette verranneet sormenjälkeä yhdessä; tuo sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="46"/>
        <source>It holds new revisions from a partner whose key you revoked. Ask that partner for a new identity file.</source>
        <translation>Siinä on uusia revisioita kumppanilta, jonka avaimen mitätöit. Pyydä kumppanilta uusi tunnistetiedosto.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="51"/>
        <source>A revision does not match its hash: the file was changed. Ask the partner to send it again.</source>
        <translation>Revisio ei vastaa tiivistettään: tiedostoa on muutettu. Pyydä kumppania lähettämään se uudelleen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="56"/>
        <source>Its list of contents does not match the file: lines are missing or extra (a copy that stopped half-way?). Wait until it is complete, or ask for it again.</source>
        <translation>Sen sisällysluettelo ei vastaa tiedostoa: rivejä puuttuu tai on liikaa (kesken jäänyt kopio?). Odota, että tiedosto on valmis, tai pyydä se uudelleen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="61"/>
        <source>An entry in it is not valid. Tell the partner which line, so they can fix it.</source>
        <translation>Jokin sen tapauksista ei ole kelvollinen. Kerro kumppanille, mikä rivi, jotta hän voi korjata sen.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="65"/>
        <source>A partner signed two different revisions with the same number (a copied or restored installation). Tell the partner; do not trust copies of one installation.</source>
        <translation>Kumppani on allekirjoittanut kaksi eri revisiota samalla numerolla (kopioitu tai palautettu asennus). Kerro kumppanille; älä luota saman asennuksen kopioihin.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="72"/>
        <source>trusted</source>
        <translation>luotettu</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="73"/>
        <source>not trusted yet</source>
        <translation>ei vielä luotettu</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="74"/>
        <source>revoked</source>
        <translation>mitätöity</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="75"/>
        <source>this installation</source>
        <translation>tämä asennus</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="107"/>
        <source>Already have all {n} revisions from {source}; nothing changed.</source>
        <translation>Kaikki revisiot ({n}) lähteestä {source} ovat jo täällä; mitään ei muuttunut.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="110"/>
        <source>Imported from {source}: {added} new, {updated} updated, {deleted} deleted, {conflicts}; {already}.</source>
        <translation>Tuotiin lähteestä {source}: uusia {added}, päivitettyjä {updated}, poistettuja {deleted}, {conflicts}; {already}.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="123"/>
        <source>Resolve them under Conflicts in the sidebar.</source>
        <translation>Ratkaise ne sivupalkin kohdassa Ristiriidat.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="136"/>
        <source>It failed verification.</source>
        <translation>Tarkistus epäonnistui.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="138"/>
        <source>Refused: {plain} Nothing was imported. ({detail})</source>
        <translation>Hylätty: {plain} Mitään ei tuotu. ({detail})</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="142"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Tuonti peruttiin; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../exchange/texts.py" line="143"/>
        <source>Not imported: {reason}</source>
        <translation>Ei tuotu: {reason}</translation>
    </message>
</context>
<context>
    <name>ExchangeDialog</name>
    <message>
        <location filename="../exchange/dialog.py" line="117"/>
        <location filename="../exchange/dialog.py" line="118"/>
        <source>Exchange with partners</source>
        <translation>Tietojenvaihto kumppanien kanssa</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="123"/>
        <source>This installation</source>
        <translation>Tämä asennus</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="126"/>
        <source>This installation&apos;s identity</source>
        <translation>Tämän asennuksen tunniste</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="131"/>
        <source>Create identity…</source>
        <translation>Luo tunniste…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="133"/>
        <source>Export identity file…</source>
        <translation>Vie tunnistetiedosto…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="141"/>
        <source>Partners</source>
        <translation>Kumppanit</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="144"/>
        <source>Partners and their trust</source>
        <translation>Kumppanit ja luottamus niihin</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Trust</source>
        <translation>Luottamus</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="147"/>
        <source>Fingerprint</source>
        <translation>Sormenjälki</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="161"/>
        <source>Held aside and flagged installations</source>
        <translation>Sivuun pidetyt ja merkityt asennukset</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="164"/>
        <source>Add partner…</source>
        <translation>Lisää kumppani…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="165"/>
        <source>Trust…</source>
        <translation>Luota…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="166"/>
        <source>Revoke…</source>
        <translation>Mitätöi…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="168"/>
        <source>Export for this partner…</source>
        <translation>Vie tälle kumppanille…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="181"/>
        <source>Bundles and conflicts</source>
        <translation>Paketit ja ristiriidat</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="184"/>
        <source>Export everything…</source>
        <translation>Vie kaikki…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="186"/>
        <source>Import a bundle…</source>
        <translation>Tuo paketti…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="187"/>
        <source>Resolve conflicts…</source>
        <translation>Ratkaise ristiriidat…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="190"/>
        <source>or drop a .casebook file here or on the main window</source>
        <translation>tai pudota .casebook-tiedosto tähän tai pääikkunaan</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="196"/>
        <location filename="../exchange/dialog.py" line="200"/>
        <source>Sync folder</source>
        <translation>Synkronointikansio</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="205"/>
        <source>Choose folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="208"/>
        <source>Stop syncing</source>
        <translation>Lopeta synkronointi</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="210"/>
        <source>Sync now</source>
        <translation>Synkronoi nyt</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="219"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="225"/>
        <source>Progress</source>
        <translation>Edistyminen</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="228"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="229"/>
        <source>Cancel the work in progress</source>
        <translation>Peruuta käynnissä oleva työ</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="231"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="261"/>
        <source>The identity cannot be used: {problem}</source>
        <translation>Tunnistetta ei voi käyttää: {problem}</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="268"/>
        <source>This installation has no identity yet. Create one to sign what you export; partners trust it by its fingerprint.</source>
        <translation>Tällä asennuksella ei ole vielä tunnistetta. Luo se, jotta voit allekirjoittaa viennit; kumppanit luottavat siihen sen sormenjäljen perusteella.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="275"/>
        <source>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Fingerprint, to read aloud to partners:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{org}&lt;/b&gt;&lt;br&gt;Sormenjälki, luettavaksi ääneen kumppaneille:&lt;br&gt;&lt;span style=&apos;font-family:monospace; font-size:14pt&apos;&gt;{fp}&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>Resolve conflicts ({n})…</source>
        <translation>Ratkaise ristiriidat ({n})…</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="299"/>
        <source>No conflicts</source>
        <translation>Ei ristiriitoja</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/dialog.py" line="315"/>
        <source>&lt;b&gt;Held aside: %n revision(s)&lt;/b&gt; of installations you do not trust (yet): kept, not shown, passed on to partners, and applied when you trust their key.</source>
        <translation>
            <numerusform>&lt;b&gt;Sivuun pidetty: %n muutos&lt;/b&gt; asennuksilta, joihin et (vielä) luota: säilytetään, ei näytetä, välitetään kumppaneille ja otetaan käyttöön, kun luotat niiden avaimeen.</numerusform>
            <numerusform>&lt;b&gt;Sivuun pidetty: %n muutosta&lt;/b&gt; asennuksilta, joihin et (vielä) luota: säilytetään, ei näytetä, välitetään kumppaneille ja otetaan käyttöön, kun luotat niiden avaimeen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="329"/>
        <source>&lt;b&gt;Flagged: {who}&lt;/b&gt; signed two different revisions with the same number (a Casebook folder copied to another computer and used on both). Both are kept; a case edited on both shows as a conflict.</source>
        <translation>&lt;b&gt;Merkitty: {who}&lt;/b&gt; allekirjoitti kaksi eri muutosta samalla numerolla (Casebook-kansio kopioitiin toiselle tietokoneelle ja sitä käytettiin molemmilla). Molemmat säilytetään; molemmilla muokattu tapaus näkyy ristiriitana.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="343"/>
        <source>Off. Choose a folder your partners already share (Nextcloud, SharePoint, Syncthing): new bundles found there are imported, and what is new here is written there.</source>
        <translation>Pois päältä. Valitse kansio, jonka kumppanisi jo jakavat (Nextcloud, SharePoint, Syncthing): sieltä löytyvät uudet paketit tuodaan, ja täällä syntynyt uusi aineisto kirjoitetaan sinne.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="349"/>
        <source>On: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Checked when a file arrives there, every five minutes, and with Sync now.</source>
        <translation>Päällä: &lt;b&gt;{folder}&lt;/b&gt;&lt;br&gt;Tarkistetaan, kun kansioon tulee tiedosto, viiden minuutin välein ja Synkronoi nyt -painikkeella.</translation>
    </message>
    <message>
        <location filename="../exchange/dialog.py" line="400"/>
        <source>Working…</source>
        <translation>Työskennellään…</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../window_menus.py" line="182"/>
        <source>Export selected</source>
        <translation>Vie valitut</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="154"/>
        <source>Select cases in the list first</source>
        <translation>Valitse ensin tapauksia luettelosta</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="165"/>
        <source>{count} cases</source>
        <translation>tapauksia {count}</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="169"/>
        <source>Export {count} selected case(s)</source>
        <translation>Vie valitut tapaukset ({count})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../library/export_ui.py" line="63"/>
        <source>Language of the export</source>
        <translation>Viennin kieli</translation>
    </message>
    <message>
        <location filename="../library/export_ui.py" line="67"/>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
</context>
<context>
    <name>ImportCounts</name>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="89"/>
        <source>already had {had} of its %n revision(s)</source>
        <translation>
            <numerusform>jo täällä {had}/%n revisiosta</numerusform>
            <numerusform>jo täällä {had}/%n revisiosta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/texts.py" line="92"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../importing/column_mapping.py" line="61"/>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="63"/>
        <source>Choose the entry field each column fills. Columns left at “not imported” are ignored. Title, summary, organisation, country and language are required.</source>
        <translation>Valitse kenttä, jonka kukin sarake täyttää. Sarakkeet, joiden kohdalla on ”ei tuoda”, ohitetaan. Otsikko, tiivistelmä, organisaatio, maa ja kieli ovat pakollisia.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="71"/>
        <source>Sheet:</source>
        <translation>Taulukko:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="73"/>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="78"/>
        <source>Load mapping…</source>
        <translation>Lataa vastaavuudet…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="80"/>
        <source>Save mapping…</source>
        <translation>Tallenna vastaavuudet…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="86"/>
        <source>Column mapping</source>
        <translation>Sarakkeiden vastaavuudet</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="89"/>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="90"/>
        <source>First values</source>
        <translation>Ensimmäiset arvot</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="91"/>
        <source>Entry field</source>
        <translation>Tapauksen kenttä</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="103"/>
        <source>Language of every row</source>
        <translation>Kaikkien rivien kieli</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="105"/>
        <source>e.g. en, nl, fi (when no column gives it)</source>
        <translation>esim. en, nl, fi (jos mikään sarake ei kerro sitä)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="108"/>
        <source>Country of every row</source>
        <translation>Kaikkien rivien maa</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="110"/>
        <source>e.g. FI (when no column gives it)</source>
        <translation>esim. FI (jos mikään sarake ei kerro sitä)</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="115"/>
        <source>Language of every row:</source>
        <translation>Kaikkien rivien kieli:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="116"/>
        <source>Country of every row:</source>
        <translation>Kaikkien rivien maa:</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="134"/>
        <source>Reading the columns…</source>
        <translation>Luetaan sarakkeita…</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="156"/>
        <source>Go Back to choose another format or file.</source>
        <translation>Valitse toinen muoto tai tiedosto Edellinen-painikkeella.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="176"/>
        <source>Entry field for {column}</source>
        <translation>Sarakkeen {column} kenttä</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="178"/>
        <source>— not imported —</source>
        <translation>— ei tuoda —</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="180"/>
        <source>id: matches rows when a newer file is imported</source>
        <translation>id: tunnistaa rivit, kun uudempi tiedosto tuodaan</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="243"/>
        <source>Each field can come from one column only: {fields}.</source>
        <translation>Kukin kenttä voi tulla vain yhdestä sarakkeesta: {fields}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="250"/>
        <source>Still needed: {fields}. Choose the column for each, or type a value below.</source>
        <translation>Vielä tarvitaan: {fields}. Valitse kullekin sarake tai kirjoita arvo alle.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="258"/>
        <source>Every required field has a column or a value.</source>
        <translation>Jokaisella pakollisella kentällä on sarake tai arvo.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="284"/>
        <source>Save the column mapping</source>
        <translation>Tallenna sarakkeiden vastaavuudet</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="297"/>
        <source>Cannot write {path} ({reason}); choose another file.</source>
        <translation>Tiedostoa {path} ei voi kirjoittaa ({reason}); valitse toinen tiedosto.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="303"/>
        <source>Saved the mapping as {path}.</source>
        <translation>Vastaavuudet tallennettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="308"/>
        <source>Load a column mapping</source>
        <translation>Lataa sarakkeiden vastaavuudet</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="325"/>
        <source>{path} is not a mapping file ({reason}).</source>
        <translation>{path} ei ole vastaavuustiedosto ({reason}).</translation>
    </message>
    <message>
        <location filename="../importing/column_mapping.py" line="347"/>
        <source>The file has no column {columns}; those lines of the mapping are left out.</source>
        <translation>Tiedostossa ei ole saraketta {columns}; nämä vastaavuuksien rivit jätetään pois.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="37"/>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="38"/>
        <source>update</source>
        <translation>päivitys</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="39"/>
        <source>unchanged</source>
        <translation>ennallaan</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="40"/>
        <source>conflict</source>
        <translation>ristiriita</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="41"/>
        <source>kept as edited here</source>
        <translation>säilytetään täällä muokattuna</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="42"/>
        <source>invalid: not imported</source>
        <translation>virheellinen: ei tuoda</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="45"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="46"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="47"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="48"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="49"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="50"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="51"/>
        <source>Source id</source>
        <translation>Lähteen tunniste</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="69"/>
        <source>Check</source>
        <translation>Tarkistus</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="71"/>
        <location filename="../importing/import_steps.py" line="235"/>
        <location filename="../importing/import_wizard.py" line="91"/>
        <source>Import</source>
        <translation>Tuonti</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="81"/>
        <source>The first rows as they will be imported</source>
        <translation>Ensimmäiset rivit sellaisina kuin ne tuodaan</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <location filename="../importing/import_steps.py" line="96"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="84"/>
        <source>What happens</source>
        <translation>Mitä tapahtuu</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="93"/>
        <source>Invalid rows</source>
        <translation>Virheelliset rivit</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="97"/>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="98"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="116"/>
        <source>{file}, read as: {kind}</source>
        <translation>{file}, luettu muodossa: {kind}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="123"/>
        <source>Reading and checking every row…</source>
        <translation>Luetaan ja tarkistetaan kaikki rivit…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="130"/>
        <source>Reading…</source>
        <translation>Luetaan…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="136"/>
        <source>{rows} rows read: {new} new, {updated} to update, {unchanged} unchanged, {invalid} invalid.</source>
        <translation>Rivejä luettu {rows}: uusia {new}, päivitettäviä {updated}, ennallaan {unchanged}, virheellisiä {invalid}.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="148"/>
        <source>Nothing new to import.</source>
        <translation>Ei mitään uutta tuotavaa.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="185"/>
        <source>Import the {valid} valid rows and skip the {invalid} invalid ones</source>
        <translation>Tuo kelvolliset rivit ({valid}) ja ohita virheelliset ({invalid})</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="200"/>
        <source>Stopped. Go Back to choose another file, or Next to check again.</source>
        <translation>Pysäytetty. Valitse toinen tiedosto Edellinen-painikkeella tai tarkista uudelleen Seuraava-painikkeella.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="205"/>
        <source>This file cannot be imported as {kind}: {reason}</source>
        <translation>Tätä tiedostoa ei voi tuoda muodossa {kind}: {reason}</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="209"/>
        <source>Nothing was imported. Go Back to choose another format or file.</source>
        <translation>Mitään ei tuotu. Valitse toinen muoto tai tiedosto Edellinen-painikkeella.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="247"/>
        <source>New entries</source>
        <translation>Uudet tapaukset</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="251"/>
        <source>Show the new entries in the list</source>
        <translation>Näytä uudet tapaukset luettelossa</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="269"/>
        <source>Importing {file}…</source>
        <translation>Tuodaan {file}…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="281"/>
        <source>Importing…</source>
        <translation>Tuodaan…</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="289"/>
        <source>Imported {file}: {new} new, {updated} updated, {unchanged} unchanged, {conflicts} conflicts, {skipped} skipped (invalid rows).</source>
        <translation>Tuotiin {file}: uusia {new}, päivitettyjä {updated}, ennallaan {unchanged}, ristiriitoja {conflicts}, ohitettuja {skipped} (virheelliset rivit).</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="309"/>
        <source>New entries (double-click one to open it):</source>
        <translation>Uudet tapaukset (avaa kaksoisnapsauttamalla):</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="351"/>
        <location filename="../importing/import_wizard.py" line="192"/>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Tuonti peruttiin; mitään ei tuotu.</translation>
    </message>
    <message>
        <location filename="../importing/import_steps.py" line="355"/>
        <source>Not imported: {reason}. Nothing was written.</source>
        <translation>Ei tuotu: {reason}. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="185"/>
        <source>Cancelling…</source>
        <translation>Peruutetaan…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="210"/>
        <source>What to import</source>
        <translation>Mitä tuodaan</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="211"/>
        <source>Choose the kind of file, then the file.</source>
        <translation>Valitse ensin tiedoston tyyppi, sitten tiedosto.</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="230"/>
        <source>The file to import (or drop it on the main window)</source>
        <translation>Tuotava tiedosto (tai pudota se pääikkunaan)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="232"/>
        <source>File to import</source>
        <translation>Tuotava tiedosto</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="236"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="261"/>
        <source>Tables (*.xlsx *.csv *.json)</source>
        <translation>Taulukot (*.xlsx *.csv *.json)</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="265"/>
        <source>Import a file</source>
        <translation>Tuo tiedosto</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="282"/>
        <source>Looking at the file…</source>
        <translation>Tutkitaan tiedostoa…</translation>
    </message>
    <message>
        <location filename="../importing/import_wizard.py" line="288"/>
        <source>This looks like: {kind}. Change it above if it is not.</source>
        <translation>Tämä näyttää olevan: {kind}. Vaihda yllä, jos se ei ole.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="30"/>
        <source>Workshop spreadsheet</source>
        <translation>Työpajan taulukko</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="31"/>
        <source>The intake spreadsheet from File &gt; Workshop template…, filled in: one row per practice.</source>
        <translation>Valikon Tiedosto &gt; Työpajan pohja… keräystaulukko täytettynä: yksi rivi käytäntöä kohden.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="39"/>
        <source>EU Public Sector Tech Watch</source>
        <translation>EU Public Sector Tech Watch</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="40"/>
        <source>pstw_dataset.xlsx (sheet “PSTW DB”), about 2,000 cases; CC BY 4.0.</source>
        <translation>pstw_dataset.xlsx (taulukko ”PSTW DB”), noin 2 000 tapausta; CC BY 4.0.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="46"/>
        <source>Dutch algorithm register</source>
        <translation>Alankomaiden algoritmirekisteri</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="47"/>
        <source>algoritmes.json from algoritmes.overheid.nl; entries in Dutch.</source>
        <translation>algoritmes.json osoitteesta algoritmes.overheid.nl; tapaukset hollanniksi.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="53"/>
        <source>US federal AI use case inventory</source>
        <translation>Yhdysvaltain liittovaltion tekoälyn käyttötapausten luettelo</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="54"/>
        <source>The 2025 inventory as CSV or xlsx; public domain.</source>
        <translation>Vuoden 2025 luettelo CSV- tai xlsx-muodossa; vapaasti käytettävissä (public domain).</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="58"/>
        <source>Other table: CSV</source>
        <translation>Muu taulukko: CSV</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="59"/>
        <source>Any CSV file (UTF-8) with a header row; you choose the columns.</source>
        <translation>Mikä tahansa CSV-tiedosto (UTF-8), jossa on otsikkorivi; valitset sarakkeet itse.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="65"/>
        <source>Other table: Excel</source>
        <translation>Muu taulukko: Excel</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="66"/>
        <source>Any .xlsx sheet with a header row; you choose the columns.</source>
        <translation>Mikä tahansa .xlsx-taulukko, jossa on otsikkorivi; valitset sarakkeet itse.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="72"/>
        <source>Other table: JSON</source>
        <translation>Muu taulukko: JSON</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="73"/>
        <source>A JSON list of records (objects); you choose the fields.</source>
        <translation>JSON-luettelo tietueista (objekteista); valitset kentät itse.</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="104"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../importing/wizard_parts.py" line="105"/>
        <source>Cancel the import</source>
        <translation>Peruuta tuonti</translation>
    </message>
</context>
<context>
    <name>Importing</name>
    <message>
        <location filename="../importing/importing.py" line="44"/>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="47"/>
        <source>Workshop mode…</source>
        <translation>Työpajatila…</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="50"/>
        <source>Workshop template…</source>
        <translation>Työpajan pohja…</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/importing.py" line="106"/>
        <source>Recorded. %n practice(s) recorded this session.</source>
        <translation>
            <numerusform>Tallennettu. Tässä istunnossa on kirjattu %n käytäntö.</numerusform>
            <numerusform>Tallennettu. Tässä istunnossa on kirjattu %n käytäntöä.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="118"/>
        <source>Save the workshop spreadsheet</source>
        <translation>Tallenna työpajan taulukko</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="120"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../importing/importing.py" line="145"/>
        <source>Wrote {name}. Fill in one row per practice, then File &gt; Import… it.</source>
        <translation>Kirjoitettiin {name}. Täytä yksi rivi käytäntöä kohden ja tuo se sitten valikosta Tiedosto &gt; Tuo….</translation>
    </message>
</context>
<context>
    <name>LearningTrail</name>
    <message>
        <location filename="../trail/report_export.py" line="41"/>
        <source>PDF document</source>
        <translation>PDF-asiakirja</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="42"/>
        <source>Word document</source>
        <translation>Word-asiakirja</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="43"/>
        <source>Excel workbook</source>
        <translation>Excel-työkirja</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="44"/>
        <source>Markdown text</source>
        <translation>Markdown-teksti</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="45"/>
        <source>Web page</source>
        <translation>Verkkosivu</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="223"/>
        <source>Wrote the transfer report to {path}</source>
        <translation>Siirtoraportti kirjoitettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="233"/>
        <source>Export cancelled; no file was written</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="38"/>
        <source>No practice has Interreg data yet: fill in its project, validation or transfers in the case&apos;s form.</source>
        <translation>Yhdelläkään käytännöllä ei ole vielä Interreg-tietoja: täytä sen hanke, vahvistus tai siirrot tapauksen lomakkeella.</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="90"/>
        <source>Identified</source>
        <translation>Tunnistettu</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="92"/>
        <source>Studied</source>
        <translation>Tutkittu</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="101"/>
        <source>Transferred: {detail}</source>
        <translation>Siirretty: {detail}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="105"/>
        <source>Transferred</source>
        <translation>Siirretty</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="112"/>
        <source>A practice of {partner}</source>
        <translation>Kumppanin {partner} käytäntö</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="115"/>
        <source>Transfer {number} to {partner}</source>
        <translation>Siirto {number} kumppanille {partner}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="119"/>
        <source>into {plan}</source>
        <translation>toimintasuunnitelmaan {plan}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="129"/>
        <source>In {partner}&apos;s collections: {names}</source>
        <translation>Kumppanin {partner} kokoelmissa: {names}</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="159"/>
        <source>nothing recorded</source>
        <translation>ei kirjauksia</translation>
    </message>
    <message>
        <location filename="../trail/trail_model.py" line="172"/>
        <source>Validation</source>
        <translation>Vahvistus</translation>
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
        <translation>Haku</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="123"/>
        <source>Cases</source>
        <translation>Tapaukset</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="290"/>
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln tapaus</numerusform>
            <numerusform>%Ln tapausta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="347"/>
        <source>%Ln case(s) in this collection</source>
        <translation>
            <numerusform>%Ln tapaus tässä kokoelmassa</numerusform>
            <numerusform>%Ln tapausta tässä kokoelmassa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="390"/>
        <source>Type a search or tick some filters, then save it</source>
        <translation>Kirjoita hakusana tai valitse suodattimia ja tallenna sitten haku</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="400"/>
        <source>A saved search needs a name</source>
        <translation>Tallennettu haku tarvitsee nimen</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="405"/>
        <source>Replace saved search</source>
        <translation>Korvaa tallennettu haku</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="406"/>
        <source>A saved search “{name}” exists. Replace it?</source>
        <translation>Tallennettu haku ”{name}” on jo olemassa. Korvataanko se?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="414"/>
        <source>Saved the search “{name}”</source>
        <translation>Haku ”{name}” tallennettiin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="430"/>
        <source>Delete saved search</source>
        <translation>Poista tallennettu haku</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="431"/>
        <source>Delete the saved search “{name}”?</source>
        <translation>Poistetaanko tallennettu haku ”{name}”?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Added the case.</source>
        <translation>Tapaus lisättiin.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="521"/>
        <source>Saved the case.</source>
        <translation>Tapaus tallennettiin.</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="531"/>
        <source>Unsaved drafts</source>
        <translation>Tallentamattomat luonnokset</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="534"/>
        <source>%n case(s) were being edited and not saved:</source>
        <translation>
            <numerusform>%n tapaus oli muokattavana, eikä sitä tallennettu:</numerusform>
            <numerusform>%n tapausta oli muokattavana, eikä niitä tallennettu:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="539"/>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="540"/>
        <source>Later</source>
        <translation>Myöhemmin</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="541"/>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Discard drafts?</source>
        <translation>Hylätäänkö luonnokset?</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="547"/>
        <source>Throw away the unsaved text of these cases?</source>
        <translation>Hylätäänkö näiden tapausten tallentamaton teksti?</translation>
    </message>
    <message numerus="yes">
        <location filename="../main_window.py" line="563"/>
        <source>Deleted %Ln case(s) — Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%Ln tapaus poistettiin — kumoa näppäimillä Ctrl+Z.</numerusform>
            <numerusform>%Ln tapausta poistettiin — kumoa näppäimillä Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../main_window.py" line="579"/>
        <source>Restored.</source>
        <translation>Palautettu.</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="27"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="28"/>
        <source>Stop the work in the background</source>
        <translation>Pysäytä taustalla käynnissä oleva työ</translation>
    </message>
    <message>
        <location filename="../progress_area.py" line="29"/>
        <source>Cancel background work</source>
        <translation>Peruuta taustatyö</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="71"/>
        <source>Find</source>
        <translation>Etsi</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="75"/>
        <source>Clear search</source>
        <translation>Tyhjennä haku</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="78"/>
        <source>Next case</source>
        <translation>Seuraava tapaus</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="80"/>
        <source>Previous case</source>
        <translation>Edellinen tapaus</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="83"/>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="87"/>
        <source>New case…</source>
        <translation>Uusi tapaus…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="90"/>
        <source>Edit case…</source>
        <translation>Muokkaa tapausta…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="93"/>
        <source>Delete case</source>
        <translation>Poista tapaus</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="97"/>
        <source>Undo delete</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="110"/>
        <source>Settings…</source>
        <translation>Asetukset…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="114"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="120"/>
        <source>Export collection</source>
        <translation>Vie kokoelma</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="122"/>
        <source>Export selected cases</source>
        <translation>Vie valitut tapaukset</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="126"/>
        <source>Export learning trail…</source>
        <translation>Vie oppimisen polku…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="133"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="138"/>
        <source>Save search…</source>
        <translation>Tallenna haku…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="142"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="145"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="146"/>
        <source>About Casebook…</source>
        <translation>Tietoja Casebookista…</translation>
    </message>
    <message>
        <location filename="../window_menus.py" line="164"/>
        <source>Choose a collection in the sidebar first</source>
        <translation>Valitse ensin kokoelma sivupalkista</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="31"/>
        <source>Hybrid</source>
        <translation>Yhdistelmä</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="32"/>
        <source>Keyword</source>
        <translation>Avainsana</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="33"/>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="76"/>
        <source>Search cases — words, or what you need (Ctrl+F)</source>
        <translation>Hae tapauksia — sanoilla tai kuvaamalla tarpeesi (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="82"/>
        <source>Search mode</source>
        <translation>Hakutapa</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="86"/>
        <source>Did you mean</source>
        <translation>Tarkoititko</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="89"/>
        <source>semantic search: waiting…</source>
        <translation>merkityshaku: odottaa…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="90"/>
        <source>Semantic search state</source>
        <translation>Merkityshaun tila</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="103"/>
        <source>semantic search: off (Settings)</source>
        <translation>merkityshaku: pois päältä (Asetukset)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="221"/>
        <source>Did you mean {word}?</source>
        <translation>Tarkoititko {word}?</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="241"/>
        <source>Keyword index: cancelled; it is built at the next search</source>
        <translation>Avainsanahakemisto: peruttu; se rakennetaan seuraavassa haussa</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="252"/>
        <location filename="../library/search_panel.py" line="279"/>
        <source>semantic search: indexing…</source>
        <translation>merkityshaku: indeksoidaan…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="260"/>
        <source>semantic search: not available in this build</source>
        <translation>merkityshaku: ei käytettävissä tässä versiossa</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="266"/>
        <source>semantic search: failed to load (see the log)</source>
        <translation>merkityshaku: lataus epäonnistui (katso loki)</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="271"/>
        <source>semantic search: loading…</source>
        <translation>merkityshaku: ladataan…</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="296"/>
        <source>semantic search: ready</source>
        <translation>merkityshaku: valmis</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="313"/>
        <source>semantic search: paused — &lt;a href=&quot;resume&quot;&gt;resume&lt;/a&gt;</source>
        <translation>merkityshaku: keskeytetty — &lt;a href=&quot;resume&quot;&gt;jatka&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../library/search_panel.py" line="320"/>
        <source>semantic search: indexing failed (see the log)</source>
        <translation>merkityshaku: indeksointi epäonnistui (katso loki)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../trail/report_export.py" line="76"/>
        <location filename="../trail/report_export.py" line="138"/>
        <source>Export learning trail</source>
        <translation>Vie oppimisen polku</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="81"/>
        <source>All projects</source>
        <translation>Kaikki hankkeet</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="82"/>
        <source>All partners</source>
        <translation>Kaikki kumppanit</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="88"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="92"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="97"/>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="98"/>
        <source>&amp;Project:</source>
        <translation>&amp;Hanke:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="99"/>
        <source>P&amp;artner:</source>
        <translation>&amp;Kumppani:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="100"/>
        <source>&amp;Language:</source>
        <translation>K&amp;ieli:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="101"/>
        <source>F&amp;ile:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="163"/>
        <source>Replace file</source>
        <translation>Korvaa tiedosto</translation>
    </message>
    <message>
        <location filename="../trail/report_export.py" line="164"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} on jo olemassa. Korvataanko se?</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="318"/>
        <source>%n conflict(s): changed here and in the file; both versions kept. Resolve them under Conflicts in the sidebar.</source>
        <translation>
            <numerusform>%n ristiriita: muutettu sekä täällä että tiedostossa; molemmat versiot säilytetään. Ratkaise se sivupalkin kohdassa Ristiriidat.</numerusform>
            <numerusform>%n ristiriitaa: muutettu sekä täällä että tiedostossa; molemmat versiot säilytetään. Ratkaise ne sivupalkin kohdassa Ristiriidat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="331"/>
        <source>%n possible duplicate(s) (same title as another entry):</source>
        <translation>
            <numerusform>%n mahdollinen kaksoiskappale (sama otsikko kuin toisella tapauksella):</numerusform>
            <numerusform>%n mahdollista kaksoiskappaletta (sama otsikko kuin toisella tapauksella):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="340"/>
        <source>%n row(s) merged or skipped:</source>
        <translation>
            <numerusform>%n rivi yhdistettiin tai ohitettiin:</numerusform>
            <numerusform>%n riviä yhdistettiin tai ohitettiin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/import_steps.py" line="372"/>
        <source>%Ln entry(ies) added by the import</source>
        <translation>
            <numerusform>%Ln tuonnissa lisätty tapaus</numerusform>
            <numerusform>%Ln tuonnissa lisättyä tapausta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../library/search_panel.py" line="212"/>
        <source>%Ln results ({mode}, {took})</source>
        <translation>
            <numerusform>%Ln tulos ({mode}, {took})</numerusform>
            <numerusform>%Ln tulosta ({mode}, {took})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../theme.py" line="18"/>
        <source>As the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <location filename="../theme.py" line="19"/>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location filename="../theme.py" line="20"/>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../settings_dialog.py" line="56"/>
        <location filename="../settings_dialog.py" line="57"/>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="60"/>
        <source>Search by meaning (loads a language model, ~500 MB of memory)</source>
        <translation>Haku merkityksen perusteella (lataa kielimallin, noin 500 Mt muistia)</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="63"/>
        <source>Semantic search</source>
        <translation>Merkityshaku</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="64"/>
        <source>Meaning model</source>
        <translation>Merkitysmalli</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="66"/>
        <location filename="../settings_dialog.py" line="77"/>
        <source>Interface language</source>
        <translation>Käyttöliittymän kieli</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="71"/>
        <source>As the system ({language})</source>
        <translation>Järjestelmän mukaan ({language})</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="79"/>
        <location filename="../settings_dialog.py" line="83"/>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="90"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="93"/>
        <source>Home folder</source>
        <translation>Kotikansio</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="96"/>
        <source>Another home folder: start Casebook with &lt;code&gt;--home FOLDER&lt;/code&gt; or set &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. The appearance changes at once; the rest applies at the next start.</source>
        <translation>Toinen kotikansio: käynnistä Casebook valitsimella &lt;code&gt;--home KANSIO&lt;/code&gt; tai aseta &lt;code&gt;CASEBOOK_HOME&lt;/code&gt;. Ulkoasu muuttuu heti; muut asetukset tulevat voimaan seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="126"/>
        <source>Choose folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="129"/>
        <source>Use the shipped model</source>
        <translation>Käytä mukana tulevaa mallia</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="140"/>
        <source>Shipped: all-MiniLM-L6-v2</source>
        <translation>Mukana tuleva: all-MiniLM-L6-v2</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="146"/>
        <source>Folder of a sentence-transformers model</source>
        <translation>sentence-transformers-mallin kansio</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="154"/>
        <source>Not a model folder</source>
        <translation>Ei mallikansio</translation>
    </message>
    <message>
        <location filename="../settings_dialog.py" line="155"/>
        <source>This folder cannot be used as the meaning model: {problem}</source>
        <translation>Tätä kansiota ei voi käyttää merkitysmallina: {problem}</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../sidebar.py" line="21"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="22"/>
        <source>Organisation type</source>
        <translation>Organisaation tyyppi</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="23"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="24"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="25"/>
        <source>AI technique</source>
        <translation>Tekoälymenetelmä</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="26"/>
        <source>Policy area</source>
        <translation>Politiikan ala</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="27"/>
        <source>AI Act risk</source>
        <translation>Tekoälyasetuksen riski</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="28"/>
        <source>Dataset</source>
        <translation>Aineisto</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="29"/>
        <source>Validation</source>
        <translation>Vahvistus</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="30"/>
        <source>Interreg project</source>
        <translation>Interreg-hanke</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="31"/>
        <source>Transferred to</source>
        <translation>Siirretty kumppanille</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="33"/>
        <source>Concept</source>
        <translation>Käsite</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="69"/>
        <source>Library, collections and filters</source>
        <translation>Kirjasto, kokoelmat ja suodattimet</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="74"/>
        <source>Library</source>
        <translation>Kirjasto</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="75"/>
        <source>Recently added</source>
        <translation>Äskettäin lisätyt</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="76"/>
        <location filename="../sidebar.py" line="141"/>
        <source>Conflicts</source>
        <translation>Ristiriidat</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="77"/>
        <source>Learning trail</source>
        <translation>Oppimisen polku</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="78"/>
        <source>Collections</source>
        <translation>Kokoelmat</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="79"/>
        <source>Saved searches</source>
        <translation>Tallennetut haut</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="80"/>
        <source>Filters</source>
        <translation>Suodattimet</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="136"/>
        <source>Library ({count})</source>
        <translation>Kirjasto ({count})</translation>
    </message>
    <message>
        <location filename="../sidebar.py" line="139"/>
        <source>Conflicts ({count})</source>
        <translation>Ristiriidat ({count})</translation>
    </message>
</context>
<context>
    <name>SyncFolder</name>
    <message>
        <location filename="../exchange/sync_folder.py" line="110"/>
        <source>Sync folder: off.</source>
        <translation>Synkronointikansio: pois päältä.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="114"/>
        <source>Sync folder: {folder} is not a folder; nothing changed.</source>
        <translation>Synkronointikansio: {folder} ei ole kansio; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="166"/>
        <source>Sync folder: {folder} cannot be reached; trying again in five minutes.</source>
        <translation>Synkronointikansio: kansioon {folder} ei saada yhteyttä; yritetään uudelleen viiden minuutin kuluttua.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="169"/>
        <source>Sync folder: pass cancelled; what was imported before stays.</source>
        <translation>Synkronointikansio: kierros peruttiin; aiemmin tuotu säilyy.</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="171"/>
        <source>Sync folder: {reason}</source>
        <translation>Synkronointikansio: {reason}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="177"/>
        <source>Last pass at {time}: {what}</source>
        <translation>Viimeisin kierros klo {time}: {what}</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="178"/>
        <source>Sync folder: </source>
        <translation>Synkronointikansio: </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="189"/>
        <source>imported {revisions} from {bundles}, {conflicts}</source>
        <translation>tuotiin {revisions} {bundles}, {conflicts}</translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="190"/>
        <location filename="../exchange/sync_folder.py" line="204"/>
        <source>%Ln revision(s)</source>
        <translation>
            <numerusform>%Ln revisio</numerusform>
            <numerusform>%Ln revisiota</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="191"/>
        <source>%n bundle(s)</source>
        <translation>
            <numerusform>%n paketista</numerusform>
            <numerusform>%n paketista</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../exchange/sync_folder.py" line="192"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n ristiriita</numerusform>
            <numerusform>%n ristiriitaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="197"/>
        <source>refused {name} ({message})</source>
        <translation>hylättiin {name} ({message})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="201"/>
        <source>wrote {name} ({revisions})</source>
        <translation>kirjoitettiin {name} ({revisions})</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="209"/>
        <source>nothing new in either direction</source>
        <translation>ei mitään uutta kumpaankaan suuntaan</translation>
    </message>
    <message>
        <location filename="../exchange/sync_folder.py" line="210"/>
        <source>Sync folder: {what}.</source>
        <translation>Synkronointikansio: {what}.</translation>
    </message>
</context>
<context>
    <name>TrailView</name>
    <message>
        <location filename="../trail/trail_view.py" line="63"/>
        <source>&amp;Project:</source>
        <translation>&amp;Hanke:</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="65"/>
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="68"/>
        <source>All projects</source>
        <translation>Kaikki hankkeet</translation>
    </message>
    <message>
        <location filename="../trail/trail_view.py" line="77"/>
        <source>Learning trail</source>
        <translation>Oppimisen polku</translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="140"/>
        <source>%n practice(s)</source>
        <translation>
            <numerusform>%n käytäntö</numerusform>
            <numerusform>%n käytäntöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="141"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n kumppani</numerusform>
            <numerusform>%n kumppania</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../trail/trail_view.py" line="142"/>
        <source>%n transfer(s)</source>
        <translation>
            <numerusform>%n siirto</numerusform>
            <numerusform>%n siirtoa</numerusform>
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
        <translation>&lt;h3&gt;Tervetuloa Casebookiin&lt;/h3&gt;
&lt;p&gt;Luettelossa on aluksi lyhyitä kuvauksia hyvin dokumentoiduista julkisen sektorin tekoälytapauksista,
kukin lähteineen. Kokeile näitä:&lt;/p&gt;
&lt;ul&gt;
&lt;li&gt;Kirjoita hakukenttään (&lt;b&gt;Ctrl+F&lt;/b&gt;) — sanoja, jotka muistat (&lt;i&gt;autojen skannaus&lt;/i&gt;), tai mitä
tarvitset (&lt;i&gt;auta asukkaita saamaan vastauksia yöllä&lt;/i&gt;); tulokset tulevat kirjoittaessasi.&lt;/li&gt;
&lt;li&gt;Rajaa luetteloa valitsemalla suodattimia vasemmalta (maa, tekoälymenetelmä, tekoälysäädöksen riskiluokka…).&lt;/li&gt;
&lt;li&gt;Valitse tapaus lukeaksesi sen; alareunan &lt;i&gt;Samankaltaiset tapaukset&lt;/i&gt; vievät sukulaistapauksiin.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; kirjaa uuden käytännön; kirjoittamasi säilyy luonnoksena, kunnes tallennat.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <location filename="../app.py" line="154"/>
        <source>Welcome</source>
        <translation>Tervetuloa</translation>
    </message>
</context>
<context>
    <name>WorkshopForm</name>
    <message>
        <location filename="../importing/workshop_mode.py" line="42"/>
        <location filename="../importing/workshop_mode.py" line="43"/>
        <source>Workshop mode</source>
        <translation>Työpajatila</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="60"/>
        <source>Practices recorded</source>
        <translation>Kirjatut käytännöt</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="64"/>
        <source>Save &amp;&amp; next (Ctrl+Enter)</source>
        <translation>Tallenna &amp;&amp; seuraava (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../importing/workshop_mode.py" line="67"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message numerus="yes">
        <location filename="../importing/workshop_mode.py" line="80"/>
        <source>%n practice(s) recorded this session</source>
        <translation>
            <numerusform>%n käytäntö kirjattu tässä istunnossa</numerusform>
            <numerusform>%n käytäntöä kirjattu tässä istunnossa</numerusform>
        </translation>
    </message>
</context>
</TS>
