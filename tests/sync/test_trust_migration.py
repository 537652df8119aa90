"""Issue 14's migration: homes and trust lists of the earlier form (installation ids that
are UUIDs, bound to keys on the trust list; schema 4) move to the new form without losing a
revision or a trust decision."""

from __future__ import annotations

import json
from pathlib import Path

from catalogue.catalogue import Catalogue
from catalogue.migrations import SCHEMA_VERSION
from sync import (
    add_partner,
    current_identity,
    export_bundle,
    import_bundle,
    list_partners,
    load_identity,
    trust_partner,
)
from sync.identity import origin_key
from tests.conftest import sample_entry

from .homes import make_home, view_json


def legacy_home(path: Path, org: str) -> None:
    """A home as the first sync version left it: a UUID installation id bound to its key,
    no epoch prefix, schema 4."""
    with make_home(path, org) as cat:
        previous = cat.conn.execute(
            "SELECT value FROM meta WHERE key = 'previous_installation_id'"
        ).fetchone()[0]
        fp = load_identity(cat).fingerprint
        cat.conn.execute(
            "DELETE FROM meta WHERE key IN ('origin_prefix', 'previous_installation_id')"
        )
        cat.conn.execute("UPDATE meta SET value = ? WHERE key = 'installation_id'", (previous,))
        cat.conn.execute("DELETE FROM partner_installations WHERE installation != ?", (previous,))
        assert cat.conn.execute("SELECT fingerprint FROM partner_installations").fetchone() == (fp,)
        cat.conn.execute("DROP TABLE held_revisions")
        cat.conn.execute("DROP TABLE statements")
        cat.conn.execute("PRAGMA user_version = 4")


def legacy_public_file(cat: Catalogue) -> bytes:
    """The identity file the first sync version wrote (no statement)."""
    me = load_identity(cat)
    value = json.loads(me.public_file())
    value.pop("statement", None)
    value["installation"] = cat.installation_id
    return json.dumps(value).encode()


def test_earlier_homes_keep_every_revision_and_trust_decision(tmp_path: Path) -> None:
    legacy_home(tmp_path / "a", "City of Tampere")
    legacy_home(tmp_path / "b", "Riga Digital Agency")
    a = Catalogue.open(tmp_path / "a", auto_backup=False)
    b = Catalogue.open(tmp_path / "b", auto_backup=False)
    assert origin_key(a.installation_id) is None  # still the earlier id until sync runs
    for x, y in ((a, b), (b, a)):
        # The earlier Casebook's identity files bind the UUIDs, as `partner add` did.
        partner, _ = add_partner(x, legacy_public_file(y))
        trust_partner(x, partner.fingerprint)
    a.add_entry(sample_entry(title="Permit chatbot"))
    b.add_entry(sample_entry(title="Parking scan cars"))
    legacy_a = a.installation_id
    export_bundle(b, tmp_path / "b1.casebook")  # B moves to an id naming its key here
    assert origin_key(b.installation_id) == load_identity(b).fingerprint
    import_bundle(a, tmp_path / "b1.casebook")
    a.close()
    b.close()
    # The schema moves on; nothing is lost.
    a = Catalogue.open(tmp_path / "a", auto_backup=False)
    assert a.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert [p.status for p in list_partners(a)] == ["trusted"]
    assert sorted(e.title for e in a.list_entries()) == ["Parking scan cars", "Permit chatbot"]
    me = current_identity(a)
    assert origin_key(me.installation) == me.fingerprint
    assert legacy_a in me.earlier
    a.add_entry(sample_entry(title="Welfare risk model"))
    export_bundle(a, tmp_path / "a.casebook")
    b = Catalogue.open(tmp_path / "b", auto_backup=False)
    summary = import_bundle(b, tmp_path / "a.casebook")
    assert summary.held_aside == 0
    assert view_json(a) == view_json(b)
    # A partner who never knew A's earlier id learns it from A's identity file now.
    c = make_home(tmp_path / "c", "Piemonte Innova")
    partner, _ = add_partner(c, current_identity(a).public_file())
    trust_partner(c, partner.fingerprint)
    assert legacy_a in [i.installation for i in list_partners(c)[0].installations]
    partner, _ = add_partner(c, current_identity(b).public_file())
    trust_partner(c, partner.fingerprint)
    summary = import_bundle(c, tmp_path / "a.casebook")
    assert summary.held_aside == 0
    assert view_json(c) == view_json(a)
    for cat in (a, b, c):
        assert cat.check() == []
        cat.close()
