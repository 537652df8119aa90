"""JSON: the collection with every entry in full (`casebook.entry/1` bodies), for machines.

Each item has the shape `casebook show ID --json` prints, plus the entry's schema id and the
collection note, so `casebook add --file` accepts an item as it is.
"""

from __future__ import annotations

import json
from typing import IO, Any

from ..entry import CONTENT_SCHEMA as ENTRY_SCHEMA
from ..jobs import Job
from .document import ExportDocument

SCHEMA = "casebook.collection-export/1"


def document_json(document: ExportDocument) -> dict[str, Any]:
    """The export as a JSON-ready dict."""
    return {
        "schema": SCHEMA,
        "exported_on": document.date.isoformat(),
        "collection": {
            "id": document.collection_id,
            "rev": document.collection_rev,
            "name": document.title,
            "introduction": document.introduction,
        },
        "items": [
            {
                "schema": ENTRY_SCHEMA,
                "id": case.id,
                "rev": case.rev,
                "created_at": case.created_at,
                "updated_at": case.updated_at,
                "note": case.note,
                "entry": case.body,
            }
            for case in document.cases
        ],
        "left_out": list(document.left_out),
        "sources": [
            {
                "dataset": group.dataset or None,
                "name": group.name,
                "licence": group.licence or None,
                "attribution": group.attribution or None,
                "items": [number for number, _, _ in group.cases],
            }
            for group in document.sources
        ],
    }


def write_json(document: ExportDocument, out: IO[bytes], job: Job) -> None:
    """Write the export as UTF-8 JSON (readable characters, stable key order)."""
    text = json.dumps(document_json(document), ensure_ascii=False, indent=2, sort_keys=True)
    out.write(text.encode("utf-8") + b"\n")
