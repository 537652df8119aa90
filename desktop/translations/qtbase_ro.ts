<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Dosarul nu a fost găsit.
Verificați dacă numele dosarului este corect.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fișierul nu a fost găsit.
Verificați dacă numele fișierului este corect.</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Fișier %1</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 există deja.
Îl înlocuiți?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Alegeți</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>Ș&amp;tergeți</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Dosar &amp;nou</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Deschideți</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Redenumiți</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvați</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>„%1” este protejat la scriere.
Îl ștergeți totuși?</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Toate fișierele (*)</translation>
        </message>
        <message>
            <source>Alt+Left</source>
            <translation>Alt+Stânga</translation>
        </message>
        <message>
            <source>Alt+Right</source>
            <translation>Alt+Dreapta</translation>
        </message>
        <message>
            <source>Alt+Up</source>
            <translation>Alt+Sus</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Sigur doriți să ștergeți „%1”?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Treceți la vizualizarea detaliată</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Treceți la vizualizarea listă</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Dosarul nu a putut fi șters.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Creați un dosar nou</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Creați un dosar nou</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ștergeți</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Vizualizare detaliată</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Dosare</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Dosar:</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Unitate</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fișier</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Numele fișierului:</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Dosar de fișiere</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fișiere</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Fișiere de tipul:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Găsiți dosarul</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Dosar</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Înainte</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Mergeți la dosarul părinte</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Vizualizare listă</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Lista locurilor și a marcajelor</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Căutați în:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Calculatorul meu</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Dosar nou</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Deschideți</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Dosarul părinte</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Locuri recente</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Eliminați</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Salvare ca</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Scurtătură</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Afișați </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Afișați fișierele &amp;ascunse</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bară laterală</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Necunoscut</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>%1 GB</source>
            <translation>%1 GB</translation>
        </message>
        <message>
            <source>%1 KB</source>
            <translation>%1 KB</translation>
        </message>
        <message>
            <source>%1 MB</source>
            <translation>%1 MB</translation>
        </message>
        <message>
            <source>%1 TB</source>
            <translation>%1 TB</translation>
        </message>
        <message>
            <source>%1 byte(s)</source>
            <translation>%1 octeți</translation>
        </message>
        <message>
            <source>%1 bytes</source>
            <translation>%1 octeți</translation>
        </message>
        <message>
            <source>&lt;b&gt;The name "%1" can not be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuations marks.</source>
            <translation>&lt;b&gt;Numele „%1” nu poate fi folosit.&lt;/b&gt;&lt;p&gt;Încercați alt nume, cu mai puține caractere sau fără semne de punctuație.</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Calculator</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Data modificării</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>Nume de fișier nevalid</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tip</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Calculatorul meu</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nume</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Dimensiune</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tip</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Introduceți o valoare:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiați</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lipiți</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refaceți</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>A&amp;nulați</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Tăiați</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ștergeți</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selectați tot</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>About Qt</source>
            <translation>Despre Qt</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajutor</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ascundeți detaliile...</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Afișați detaliile...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Nu</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Da</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Abandonați</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Aplicați</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulați</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Închideți</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Renunțați</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajutor</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignorați</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;u la toate</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Deschideți</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Resetați</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Restabiliți valorile implicite</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Reîncercați</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Salvați</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Salvați tot</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Da l&amp;a toate</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copiați</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Lipiți</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Refaceți</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>A&amp;nulați</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Copiați adresa &amp;linkului</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Tăiați</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Ștergeți</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Selectați tot</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Terminare</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Ajutor</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>Î&amp;nainte</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>Î&amp;nainte &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; Î&amp;napoi</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Anulați</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Aplicați</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuați</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Gata</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Ajutor</translation>
        </message>
    </context>
</TS>
