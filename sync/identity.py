"""This installation's identity: an Ed25519 key pair and the organisation it speaks for.

The private key lives in the home's `keys/` with file mode 0600, never in the database or a
bundle; a key file that others can read is refused until its mode is fixed. The public part
is handed to partners as an identity file (`identity export`).
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    load_pem_private_key,
)

from catalogue.canonical import canonical_bytes
from catalogue.catalogue import Catalogue
from catalogue.errors import InvalidInput
from catalogue.revision import utc_now
from catalogue.sync_store import SyncStore

from .envelope import b64encode, fingerprint, grouped, public_bytes, seal
from .errors import KeyProblem

IDENTITY_TYPE = "casebook.identity/1"
INSTALLATION_TYPE = "casebook.installation/1"
STATEMENT_TYPE = "application/vnd.casebook.statement+json"

# An installation id that names its key: the key's fingerprint and a random epoch.
_KEYED_ORIGIN = re.compile(r"^([0-9a-f]{40}):[0-9a-f]{16}$")


def origin_key(origin: str) -> str | None:
    """The fingerprint an installation id names (`fingerprint:epoch`), or None for an id
    of the earlier form (a UUID), whose key is what the trust list records for it."""
    match = _KEYED_ORIGIN.match(origin)
    return match.group(1) if match else None


KEY_FILE = "ed25519-private.pem"
INFO_FILE = "identity.json"


# Bidirectional embeddings, overrides, isolates and marks: in a name they reorder what a
# terminal or a list shows after them.
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def org_problem(org: object) -> str | None:
    """Why `org` is not an organisation name (None if it is one): 1 to 200 characters, not
    blank, without control characters, line breaks or bidirectional controls (SYNC.md,
    amendments: a name must not be able to forge a line or hide a part of itself)."""
    if not isinstance(org, str) or not org.strip() or len(org) > 200:
        return "must name the organisation (1 to 200 characters)"
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") or c in BIDI_CONTROLS for c in org):
        return "must not contain control characters, line breaks or bidirectional controls"
    return None


@dataclass(frozen=True)
class Identity:
    """This installation's signing identity."""

    org: str
    installation: str
    key: Ed25519PrivateKey
    public_key: bytes
    fingerprint: str
    created_at: str
    earlier: tuple[str, ...] = ()  # installation ids of the earlier form this key signs for

    @property
    def grouped_fingerprint(self) -> str:
        """The fingerprint in groups of four, to read aloud."""
        return grouped(self.fingerprint)

    def public_file(self) -> bytes:
        """The identity file partners add with `partner add` (canonical JSON). The ids of
        the earlier form this key signs for travel in a `casebook.installation/1`
        statement signed by the key, so partners who never knew them accept their
        revisions."""
        value: dict[str, object] = {
            "type": IDENTITY_TYPE,
            "org": self.org,
            "installation": self.installation,
            "key": b64encode(self.public_key),
            "fingerprint": self.grouped_fingerprint,
            "created_at": self.created_at,
        }
        if self.earlier:
            statement = {
                "type": INSTALLATION_TYPE,
                "key": b64encode(self.public_key),
                "installations": sorted(self.earlier),
            }
            envelope = seal(STATEMENT_TYPE, canonical_bytes(statement), self.key)
            value["statement"] = json.loads(envelope)
        return canonical_bytes(value)


def _paths(home: Path) -> tuple[Path, Path]:
    return home / "keys" / KEY_FILE, home / "keys" / INFO_FILE


def check_key_mode(path: Path) -> None:
    """Refuse a private key file that anyone but its owner may read or write."""
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        raise KeyProblem(
            f"{path} has mode {mode:04o}, so others on this computer could read the private "
            f"key; run `chmod 600 {path}` and try again"
        )


def init_identity(catalogue: Catalogue, org: str) -> Identity:
    """Make this installation's key pair; refuses if it already has one."""
    org = org.strip()
    problem = org_problem(org)
    if problem is not None:
        raise InvalidInput(f"--org {problem}")
    key_path, info_path = _paths(catalogue.home)
    if key_path.exists():
        existing = load_identity(catalogue)
        raise InvalidInput(
            f"this installation already has an identity ({existing.org}, "
            f"{existing.grouped_fingerprint}); partners trust that key, so it is kept"
        )
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    key_path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(key_path.parent, 0o700)
    created_at = utc_now()
    info_path.write_text(json.dumps({"org": org, "created_at": created_at}) + "\n", "utf-8")
    # O_EXCL with mode 0600 from the start: the key is never readable by others, not even
    # for a moment.
    fd = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    return bind_self(catalogue, load_identity(catalogue))


def has_identity(catalogue: Catalogue) -> bool:
    """Whether `identity init` has been run in this home."""
    return _paths(catalogue.home)[0].exists()


def load_identity(catalogue: Catalogue) -> Identity:
    """This installation's identity; `KeyProblem` if there is none or its key is unsafe."""
    key_path, info_path = _paths(catalogue.home)
    if not key_path.exists():
        raise KeyProblem(
            "this installation has no identity yet; run `casebook identity init --org NAME`"
        )
    check_key_mode(key_path)
    try:
        key = load_pem_private_key(key_path.read_bytes(), password=None)
        info = json.loads(info_path.read_text("utf-8"))
        org, created_at = str(info["org"]), str(info["created_at"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise KeyProblem(
            f"{key_path.parent} is damaged ({exc}); restore it from a backup"
        ) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise KeyProblem(f"{key_path} is not an Ed25519 key; restore it from a backup")
    raw = public_bytes(key)
    fp = fingerprint(raw)
    earlier = sorted(i for i in SyncStore(catalogue).installations_of(fp) if origin_key(i) is None)
    return Identity(org, catalogue.installation_id, key, raw, fp, created_at, tuple(earlier))


def current_identity(catalogue: Catalogue) -> Identity:
    """This installation's identity with the installation id its key signs for now (a home
    whose id does not name its key yet is moved to one that does: `bind_self`)."""
    return bind_self(catalogue, load_identity(catalogue))


def bind_self(catalogue: Catalogue, identity: Identity) -> Identity:
    """Record that this key signs for this installation id (again after a restore, which
    starts a new id signed by the same key), and move a home whose id does not name its key
    yet (made before December 2026) to an id that does (`fingerprint:epoch`; SYNC.md,
    amendments). The earlier id stays bound to the key, so its revisions still travel.
    Returns the identity with the id now in use."""
    store = SyncStore(catalogue)
    if not store.is_self(identity.fingerprint, identity.installation):
        _bind(catalogue, store, identity)
    if not identity.installation.startswith(identity.fingerprint + ":"):
        installation = catalogue.begin_epoch(identity.fingerprint + ":")
        earlier = tuple(sorted({*identity.earlier, identity.installation}))
        identity = dataclasses.replace(identity, installation=installation, earlier=earlier)
        _bind(catalogue, store, identity)
    return identity


def _bind(catalogue: Catalogue, store: SyncStore, identity: Identity) -> None:
    with catalogue.atomic():
        store.set_self(identity.fingerprint, identity.org, b64encode(identity.public_key))
        owner = store.installation_owner(identity.installation)
        if owner is not None and owner != identity.fingerprint:
            raise KeyProblem(
                f"installation {identity.installation} is registered to another key "
                f"({grouped(owner)}); this home was copied from a partner"
            )
        store.bind_installation(identity.installation, identity.fingerprint)
