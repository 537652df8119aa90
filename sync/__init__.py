"""Sync: identities, trust list, signed bundles, conflicts. Imports only `catalogue`.

The functions below are what the command line and the desktop call; each takes an open
`Catalogue` and returns a summary dataclass (or raises a `CasebookError` the user can fix;
a refused bundle is a `BundleRefused` carrying SYNC.md's error code and the line).
"""

from .bundle import Limits
from .conflicts import Conflict, Head, conflict_of, list_conflicts, resolve
from .errors import BundleRefused, KeyProblem
from .exchange import (
    ExportSummary,
    ImportSummary,
    export_bundle,
    import_bundle,
    partner_marks,
    verify_bundle,
)
from .folder import FolderSummary, sync_folder
from .identity import Identity, has_identity, init_identity, load_identity
from .trust import Partner, add_partner, find_partner, list_partners, revoke_partner, trust_partner

__all__ = [
    "BundleRefused",
    "Conflict",
    "ExportSummary",
    "FolderSummary",
    "Head",
    "Identity",
    "ImportSummary",
    "KeyProblem",
    "Limits",
    "Partner",
    "add_partner",
    "conflict_of",
    "export_bundle",
    "find_partner",
    "has_identity",
    "import_bundle",
    "init_identity",
    "list_conflicts",
    "list_partners",
    "load_identity",
    "partner_marks",
    "resolve",
    "revoke_partner",
    "sync_folder",
    "trust_partner",
    "verify_bundle",
]
