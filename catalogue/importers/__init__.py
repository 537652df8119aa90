"""Importers: public registers, the workshop spreadsheet and generic tables into entries.

`import_file(catalogue, format, path, …)` is the one operation (progress, cancel, report);
`read_file(format, path)` reads without a catalogue (for a preview);
`write_workshop_template(path)` writes the workshop intake spreadsheet;
`preview` guesses a file's format and reads a generic table's columns (for the wizard).
"""

from .importer import FORMATS, EntryNote, ImportReport, PreviewRow, import_file, read_file
from .records import ParsedFile, Record, RowNote, RowProblem
from .workshop import write_template as write_workshop_template

__all__ = [
    "FORMATS",
    "EntryNote",
    "ImportReport",
    "ParsedFile",
    "PreviewRow",
    "Record",
    "RowNote",
    "RowProblem",
    "import_file",
    "read_file",
    "write_workshop_template",
]
