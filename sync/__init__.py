"""Sync: identities, trust list, signed bundles, conflicts. Imports only `catalogue`.

The functions below are what the command line and the desktop call; each takes an open
`Catalogue` and returns a summary dataclass (or raises a `CasebookError` the user can fix;
a refused bundle is a `BundleRefused` carrying SYNC.md's error code and the line).
"""

from .aside import apply_aside, held_aside
from .bundle import Limits
from .conflicts import Conflict, Head, conflict_of, list_conflicts, resolve
from .delivery import InstallationDelivery, PartnerDelivery, delivery_status
from .errors import BundleRefused, KeyProblem
from .exchange import (
    ExportSummary,
    ImportSummary,
    export_bundle,
    import_bundle,
    partner_acknowledged,
    verify_bundle,
)
from .folder import FolderSummary, prune_folder, sync_folder
from .identity import Identity, current_identity, has_identity, init_identity, load_identity
from .revocation import apply_revocations, revoke_partner
from .trust import (
    Partner,
    add_partner,
    find_partner,
    list_partners,
    remove_partner,
    trust_partner,
)

__all__ = [
    "BundleRefused",
    "Conflict",
    "ExportSummary",
    "FolderSummary",
    "Head",
    "Identity",
    "ImportSummary",
    "InstallationDelivery",
    "KeyProblem",
    "Limits",
    "Partner",
    "PartnerDelivery",
    "add_partner",
    "apply_aside",
    "apply_revocations",
    "conflict_of",
    "current_identity",
    "delivery_status",
    "export_bundle",
    "find_partner",
    "has_identity",
    "held_aside",
    "import_bundle",
    "init_identity",
    "list_conflicts",
    "list_partners",
    "load_identity",
    "partner_acknowledged",
    "prune_folder",
    "remove_partner",
    "resolve",
    "revoke_partner",
    "sync_folder",
    "trust_partner",
    "verify_bundle",
]
