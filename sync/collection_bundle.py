"""A collection (or a few entries) exported as a bundle: the `bundle` export format.

The exporters' registry (`catalogue.exporters.register_format`) hands a format's writer only
the document to write, so the format is made for a catalogue: `bundle_format(current)` takes
a function that returns the catalogue the export reads, and `bundle_registered(catalogue)`
registers it while one export runs (the command line wires it up). The
bundle holds the whole signed history of the collection and of its entries, so a partner
who trusts this installation imports them like any other bundle.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from catalogue.catalogue import Catalogue
from catalogue.exporters import FORMATS, ExportDocument, ExportFormat, register_format
from catalogue.jobs import Job

from .exchange import export_bundle

BUNDLE = "bundle"
EXTENSION = ".casebook"
MEDIA_TYPE = "application/vnd.casebook.bundle+jsonl"


def document_objects(document: ExportDocument) -> set[str]:
    """The objects a document's bundle carries: its entries and its collection."""
    objects = {case.id for case in document.cases}
    if document.collection_id:
        objects.add(document.collection_id)
    return objects


def bundle_format(current: Callable[[], Catalogue]) -> ExportFormat:
    """The `bundle` export format, reading revisions from `current()`."""

    def write(document: ExportDocument, out: IO[bytes], job: Job) -> None:
        with tempfile.TemporaryDirectory(prefix="casebook-bundle-") as folder:
            path = Path(folder) / "export.casebook"
            export_bundle(current(), path, objects=document_objects(document), job=job.part(0, 0.9))
            job.report(0.9, "copying the bundle")
            with path.open("rb") as written:
                shutil.copyfileobj(written, out)

    return ExportFormat(BUNDLE, EXTENSION, "Casebook bundle", MEDIA_TYPE, write)


@contextmanager
def bundle_registered(catalogue: Catalogue) -> Iterator[None]:
    """The `bundle` format in the exporters' registry while an export of `catalogue` runs
    (then the registry is as before: the format holds this catalogue)."""
    previous = FORMATS.get(BUNDLE)
    register_format(bundle_format(lambda: catalogue))
    try:
        yield
    finally:
        if previous is None:
            FORMATS.pop(BUNDLE, None)
        else:
            register_format(previous)
