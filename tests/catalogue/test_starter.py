"""The starter catalogue: enough entries, all valid, sourced, and identical everywhere; its
editions: shipped revisions never change, and a newer release reaches every home."""

from __future__ import annotations

import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from click.testing import CliRunner

from casebook.cli import cli
from casebook.home import load_starter, update_starter
from catalogue import starter
from catalogue.catalogue import Catalogue
from catalogue.revision import Revision

# The revisions of the first release (2026-11-25), counters 1 to 48, as every installation
# made since holds them: computed from the committed edition-1 files before editions
# existed. A shipped revision must never change (sync would see an equivocation).
SHIPPED = [
    "9bbf6cc394e726caece55a2fe5d79a37ce34b6da7f056688dbd4a6f954e589c7",
    "e72bb9f3acf53fd79268e88f6adf7eb75de0105a4c60f9107c44175bcb964438",
    "67627ea605da1f587fa50168f24cd90b2ab267aa5394898b57baee52e47c64a9",
    "4e171bf1c569e433fce3ecb218dd88ddf394f8afac167d81daa3140f1750c944",
    "de16efc09d299acd4ec1a04da62e8c2f4eeac18f99496bc49695c37dc47068f6",
    "29e3316ecbfe77260ab574d49100dd8e387ad0cffae51a72ef2bfbba23f09e69",
    "10402737180b93a7716448c6a211ae070b5ee3068f4a2ac17579af328da28fcd",
    "116b5ddf7c8a758ad313dc5aa3ae3e99fd5ca04380244fb6ab62b2ba281221bb",
    "298fb2030c21743fd936392c2fd3ef698b60cb84cc7dc057c5af9bed809c0ac7",
    "36f69081bccf576df43732918384a26aa3fb3f7790600317bf7572c9e81a4c87",
    "b4a20a99579981d7e58a4b38893f940f3537e378180195ccc9dc843d6bec7c09",
    "f4ac91fb11e9bf974a6591e376132454116865d24124c9701958b2eaf7f09979",
    "d9847d39a9b49a59f40f26d6ab17fcadb229583c40bc9ad2e344cfaa459c8c96",
    "e6df5996f465995333c9193dc32df8283ce62e80d087db9c8bff9af3a2707cb1",
    "b6299db32d0fef0983bc0b107ba0e7a24e9494206764372245432766d0e4a72e",
    "deaf20b3ec7a8923698a534e2dc8f0bd17c794d1df4758fe7e8ea6523589eee4",
    "150a21db3ddc9c8ce56cfbfb5ba83c9e7f5428ed17dbf38f596c0316e069cf72",
    "adfabca3cd64bea96db58c29ea8cd9be046c06cf0d4434c654d6da6421cee282",
    "cc591ad66211b1c201f4559d27c5c5a2c5b4ebcaa914b954286cc63e2e60a136",
    "72bddf9107250c8a23ad0780d26392cfcc17570f47b5f979f6cb0dedffa0f578",
    "7b8ce0b6969359193c91b5d31c109f47a707a17896b76a97356cc28c6eb50c9f",
    "7bcffc3f23a5550e919c0d25d9761560a9d243b28034b950837432802d6ef9a8",
    "e719fee0588555e546fa9ebb76d56e2c02a166aabefff7c194945a39dc8b5d89",
    "297d91cdf1b29ba88ea7c43103d579975a18f6c6304dc3055fe21459a8e113c8",
    "8f645c0425f8ea36695f4f625cad721700f7deb2b9c44e701a2ef7a9f2ed20ff",
    "211cbbcd764488a5568fcd9358074611921cc7a935314095907873e7907f1672",
    "97193569d548c84287509c726473031c2faffdf5a0eeab699dac3a0fabefea36",
    "9457b2f960dca3c393bec594f2bae6e15051217a0f5a68bfa23e35dda039c94a",
    "bd8310d31125d60c00f16eec9b46a6223fa50c67df73902990a2a97b1b5e4f26",
    "1a7f7fe878f96f9152c35c595bbacae2ba9d6d6a5ba015d4d83a998a26d40ee2",
    "a454303e15fb6514d746858a3e758b447cf6f8b8bdf9239091a2b299a6b36c78",
    "f54cd9ad991f1c419a29ad2a0cb9a1c4bd7bdc849d77083fea319a1a92b2ec18",
    "5402269d78e34815a345dcad6c5d295844c8f4b8f6bb8589727a49773068a001",
    "02d4ed38a5e103868c682813a41318ef73fc4293c0749ff5318b66ab523b36b8",
    "4e7e43b970ff831fbc60fd3b8769f924465a8dffdd9e1433f109076f59066b4b",
    "f28d346e1d154a6667d672f0b6f5a16c71ebadf505a990aae272a06e40e67be7",
    "0e363a26a4d0c4928c1a56ac283b260a4db874f3f2c1b8bed53ba03275e7c05b",
    "7ad4ea2529c9539406d9d7d579268ee29901234562ad823792e375a5b61e02ab",
    "63c140d77fe219f6f756095d28b1a36a39406fb7d9e7d3e404b5bc4f6fb41a6a",
    "2668aa2ecad4b1e50fb7ff2eddaa9c963805c67c4539f6434cc2d4e2a55d32ec",
    "7b3df972c6f60794cf6ca5b4983dccda15f28d09e5726614c7c2904aaa919130",
    "a8f37784145e2eb9b63bd9776e6085d67a71b5060f4b8ae31ce10199b2a6785e",
    "6eb97b38204e25baabbdd76ae2bb14f607decbeeca3af5e282bf0aca93d8ef68",
    "cb0aba3b460b6620f1aece1efbd7ba461355a11d6248b2bef6292daca3ea6aac",
    "10d25e15d15c8eb8f773ac46ddef21d4c342a63aec7e71a610822342df08fdcf",
    "1555facb81c3330a7fee14a9dd72b409871d01f7836142236262068b55d0763b",
    "b5f3d5d6fd53bbaa7aeaca415da7efc91ea810dc1fbbb65505074d203306a39d",
    "095c74dd2bc56c13c95a00844174f5068878f892b37fe5851191ad20178bdd52",
]


PARTNERS_WITHOUT_A_CASE_BEFORE = {
    "Bacău County Council",
    "Bucharest-Ilfov Regional Development Agency",
    "Piemonte Innova",
}


def by_counter() -> dict[int, Revision]:
    return {r.counter: r for r in starter.revisions()}


def entry_ids() -> list[str]:
    return [starter.entry_id(slug) for slug in starter.slugs()]


def test_index_lists_exactly_the_entry_files() -> None:
    folder = resources.files("catalogue.starter").joinpath("entries")
    files = sorted(p.name for p in folder.iterdir() if p.name.endswith(".json"))
    listed = [name.file for name in starter.names()]
    assert sorted(listed) == files
    assert len(set(listed)) == len(listed)
    assert len(set(starter.slugs())) == len(starter.slugs())


def test_at_least_forty_valid_sourced_licensed_entries() -> None:
    bodies = starter.load_bodies()
    assert len(bodies) >= 40
    for slug, body in bodies.items():
        assert body["source"]["dataset"] == "starter", slug
        assert body["source"]["url"].startswith("https://"), slug
        assert body["source"]["url"] in [link["url"] for link in body["links"]], slug
        assert body["source"]["licence"] == starter.LICENCE, slug
        assert body["source"]["attribution"] == starter.ATTRIBUTION, slug


def test_covers_the_partners_countries() -> None:
    countries = {b["location"]["country"] for b in starter.load_bodies().values()}
    assert {"FI", "NL", "IT", "RO", "LV"} <= countries


def test_every_partner_has_a_case_of_its_own() -> None:
    organisations = [b["organisation"]["name"] for b in starter.load_bodies().values()]
    for partner in PARTNERS_WITHOUT_A_CASE_BEFORE:
        assert any(partner in name for name in organisations), partner


def test_the_ai4citizens_entry_has_its_interreg_fields() -> None:
    body = starter.load_bodies()["gov-ai4citizens-interreg-europe"]
    assert body["interreg"]["project"].startswith("AI4Citizens")
    assert "02C0455" in body["interreg"]["project"]
    assert body["interreg"]["policy_instrument"].startswith("Tampere City Strategy 2030")


def test_the_three_corrections_of_this_release() -> None:
    bodies = starter.load_bodies()
    assert bodies["fi-auroraai-national-programme"]["dates"]["start"] == "2020-02-06"
    syri = bodies["nl-syri-court-ruling-2020"]["description"]
    assert "intervening party" in syri
    assert "the trade union FNV, and two citizens sued" not in syri
    clauses = bodies["gov-eu-model-ai-procurement-clauses"]["source"]["url"]
    assert "/2025/" in clauses


def test_revisions_are_identical_on_every_installation(tmp_path: Path) -> None:
    assert [r.rev for r in starter.revisions()] == [r.rev for r in starter.revisions()]
    lists = []
    for name in ("a", "b"):
        with Catalogue.open(tmp_path / name) as cat:
            cat.add_revisions(starter.revisions())
            assert not cat.add_revisions(starter.revisions())  # idempotent
            lists.append(json.dumps([e.__dict__ for e in cat.list_entries()]))
    assert lists[0] == lists[1]


# The second release (2026-12-05: editions 2, three partner cases), counters 49 to 99: shipped
# too, so these may never change either.
SECOND_RELEASE = [
    "17113552a4972ef72e326765b8d9e5cc94de17b77d4ec1f5f9cd05dee94d6b68",
    "f90f733e8501868cb6a70efb31072f244f6327aad862ee90dd27b70aa79ef159",
    "9b1a55f498448a523fc1b6f48c17e9af82047355ca7ba009f09102870c3f2e3a",
    "992e4f887c3a023f78b99be4e79ac7cf20f170f0e16ba02efb4e6851753a2026",
    "b2902d0b9c0a45755ff2a525370a76d2ff6c77b33f52e45f26960ce678f6bb2d",
    "acba3242fff485078114785805b6c60983ebd02cdd4327e51fb378863b6e90bd",
    "99e70b382aa3a3188982ff8086a7793cf48143f2edf9cd1b942a59e66f113375",
    "98a59ebdf040a79982e9f315a6d2ae6eb53af5ac042d76d76910c664cd20aaac",
    "0d48d44b357aa357da357a65a766cc988c53ae55ed96d994f596a6fa5d76ee0f",
    "7caf6946b71477c55820ddc446d25f7609b2a59be119fde0077953b53660c45e",
    "1e47cdc473bda414d92f4526fd191973bbe0a84e333ce584457fff5d09a3560b",
    "9fa2e992c4a9cb7fd10a455369a12f1f912455fe93775ec39f22621147d2affc",
    "33fa5f261543117322081896df76807768c1f9124bfc7b88e7a4f0b418e78e4f",
    "9b7693a8a49beee28c10d22d95354f54d610d40a4faab8e85cedfa9991da9655",
    "6e66df301060240b620d40a46dccaf555071409821d76e89d07e1f0743fb49ae",
    "74da0a65816f3730ce798f1e479a51b6d8a58ef33a98c90b37173e6577bb2ee9",
    "0f7fdb5402fc055a5e498542e831d599412948c04194465a9292dcc0a4d8edd1",
    "946f450a2a099a82bbf50d7bcb30b0794267c05c92b9a61ad61f0c8b605cbfe3",
    "9fe42fea640bb7ae1273bc073b7f662ca41320e432726ea092c81a795d706267",
    "a5c13d66111e96a75126976deaed3582ee6455b7dcf731ee56d2520e0ba4ebc6",
    "1e8c88b6439a1d33a97ebcdb483e5bc344c4dae77974ba3291282ccde19dee48",
    "cfb85d779c9af9d4b4971a71bc642dd6cbea486a4a523377d31c79626e21529d",
    "2f114b4bc1b271cb97c0887a1419f1634bef89d05e2807b68f8acee4469ad0a4",
    "220fe727f24dda47e75882f6b8006e8b9ff2e704c3f0d7392810f523755f299a",
    "515cf627ea89392f693e87d521e319994e3b0277be36d37102bc23674f06f27c",
    "15a66fd02ad1315620c405e822d6fcf5d7c9f5c33ff1b3f6169fcb3196073158",
    "f5c03626f146c7dac1b5992cf422dce8efd75cda6d3727a52b846c4497be1c53",
    "bd803555ca98091cf2fc34857b992b219fb1496d87879bf253502df7f4da42f9",
    "73420315206522520c8466e2ef1f5316723096da14f6794b7a001ef00d1534a2",
    "2aadf44ba365aa3b2b74f5976056b71d72ea21ff333ba2531c21076ffdbaaec3",
    "e91068f5be3a91944daba4e2e248a69c3e6cda29c0acaf59f7df5c63f1755c63",
    "37032600b2094ecca37fa8d96c0e3ace782cb666820dd5fba3a5e53718d74647",
    "1818107f553449466f80dfcc54160f5091aa45e4ee550d472360d924ab332c36",
    "1fcd6205f16d3278963bef2491992a149ca944a69414855a00811ec1e2eba62b",
    "f34e7d18933fd99ad9dbd4c25fce17fd7d096ac670c01f4a171cd932174b3bb6",
    "c89d374093c280e2a6d8aa61c342e6e52bc7d957ee5161f9af213b13aaad8152",
    "7a4918ff8038a1ef58faa9cc6f9b32461e6285a1a89fdee1a7c54abf70921e76",
    "defcf78d4d1a1a937732593e43a35b4b6c5479e28881516bb1e21ffa9bc9e254",
    "8f46882df9e579789907a42ea0317d63967a683d62a3b106b870cfc0feae4e70",
    "f359889246f696bb7bd69dc809e6a9849c66b2c61b65be8f9f29eadf2e75de89",
    "1910c9182e59a0a4db66b6c2c9d1285bac234747ca4ace999e47810e475e6acf",
    "ce685740eaa631bd2c44b4327317a2d75d74a435b5546aedfbc4a2adfad52968",
    "50388d53745ce257535298c924e300be643a0298812d489b246d1c1f919ca2d6",
    "1d178c95d29b1a04f448c4eb87a1d0698a4962818d81ceb434c731d0607217ad",
    "4bfe1489fa512ea28b5de9991b4937f117d3ec3467ff63e71f3ba20f079bdd43",
    "92f3b98a53ef3d7c64f993a2989a3315cac250449d51bc35a30ee431ec33a8d6",
    "568e48adada3898e02dca176593a4278752594f997df0cace557783ca18d1180",
    "eb1a326399194aef8229590e75c63b966fdf845ff112b5e990e83c07755e55aa",
    "c23e3b026ffa2fca65e4c754a5d695d139ea26944774c77cd9203ebbd0c109b6",
    "9990fa4f9ee0b7c0c6d46f9714e1448afe8e6cc81f795ac218cad433cf7c7f28",
    "1c57f10050d9f4eabc47c8b4017725484d60d34928e44f6fd35bc4c264e96988",
]


def test_shipped_revisions_are_unchanged() -> None:
    revisions = by_counter()
    first = starter.names()[: len(SHIPPED)]
    assert all(name.edition == 1 for name in first)
    assert [revisions[n].rev for n in range(1, len(SHIPPED) + 1)] == SHIPPED
    assert all(revisions[n].authored_at == starter.AUTHORED_AT for n in range(1, 49))
    second = range(len(SHIPPED) + 1, len(SHIPPED) + len(SECOND_RELEASE) + 1)
    assert [revisions[n].rev for n in second] == SECOND_RELEASE


def test_an_edition_is_the_next_revision_of_its_entry() -> None:
    revisions = starter.revisions()
    assert [r.counter for r in revisions] == list(range(1, len(revisions) + 1))
    assert {r.origin for r in revisions} == {starter.ORIGIN}
    times = [at for _, at in starter.RELEASES]
    assert times == sorted(set(times))
    assert next(first for first, _ in starter.RELEASES) == 1
    latest: dict[str, Revision] = {}
    for name, revision in zip(starter.names(), revisions, strict=True):
        assert revision.object_id == starter.entry_id(name.slug)
        previous = latest.get(name.slug)
        if previous is None:
            assert name.edition == 1
            assert revision.parents == ()
        else:
            assert revision.parents == (previous.rev,)
            assert revision.authored_at > previous.authored_at
        latest[name.slug] = revision
    # This release: every entry of the first one has an edition 2 (licence, attribution).
    assert {n.slug for n in starter.names() if n.edition == 2} >= set(starter.slugs()[:48])


def test_an_index_out_of_edition_order_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        starter.resources,
        "files",
        lambda _: _Files('["a", "a@3"]'),
    )
    with pytest.raises(ValueError, match="a@3 does not follow edition 1"):
        starter.names()


class _Files:
    def __init__(self, index: str) -> None:
        self.index = index

    def joinpath(self, *_: str) -> _Files:
        return self

    def read_text(self, _: str) -> str:
        return self.index


# -- homes: a fresh one, one made by the first release, one the user changed -----------------


@pytest.fixture
def old_home(tmp_path: Path) -> Iterator[Catalogue]:
    """A home made by the first release: it holds edition 1 of the first 48 entries."""
    cat = Catalogue.open(tmp_path / "old", author="tester", auto_backup=False)
    cat.add_revisions(starter.revisions()[: len(SHIPPED)])
    yield cat
    cat.close()


def shown(cat: Catalogue) -> dict[str, str]:
    return {e.id: cat.get_entry(e.id).rev for e in cat.list_entries()}


def latest_revisions() -> dict[str, str]:
    latest: dict[str, str] = {}
    for revision in starter.revisions():
        latest[revision.object_id] = revision.rev
    return latest


def test_a_fresh_home_gets_every_edition_and_shows_the_latest(tmp_path: Path) -> None:
    with Catalogue.open(tmp_path / "fresh", auto_backup=False) as cat:
        changes = load_starter(cat)
        assert sorted(changes.added) == sorted(entry_ids())
        assert cat.count_revisions() == len(starter.names())
        assert shown(cat) == latest_revisions()
        assert not any(e.conflict for e in cat.list_entries())
        bodies = starter.load_bodies()
        for slug in starter.slugs():
            assert cat.get_entry(starter.entry_id(slug)).body == bodies[slug]
        assert not starter.lacks_revisions(cat)
        assert not update_starter(cat)  # nothing more to add
        assert cat.check() == []


def test_an_old_home_gets_the_new_release_when_opened(old_home: Catalogue) -> None:
    assert starter.lacks_revisions(old_home)
    changes = update_starter(old_home)
    new = [starter.entry_id(s) for s in starter.slugs()[len(SHIPPED) :]]
    assert sorted(changes.added) == sorted(new)
    assert sorted(changes.updated) == sorted(entry_ids()[: len(SHIPPED)])
    assert shown(old_home) == latest_revisions()
    assert not any(e.conflict for e in old_home.list_entries())
    assert not starter.lacks_revisions(old_home)
    before = old_home.conn.total_changes
    assert not update_starter(old_home)  # idempotent, and it writes nothing
    assert old_home.conn.total_changes == before
    assert old_home.check() == []


def test_a_home_made_empty_stays_empty(tmp_path: Path) -> None:
    with Catalogue.open(tmp_path / "empty", auto_backup=False) as cat:
        assert not starter.lacks_revisions(cat)
        assert not update_starter(cat)
        assert cat.count_entries() == 0


def test_a_new_edition_goes_beside_the_users_edit_never_over_it(old_home: Catalogue) -> None:
    edited = starter.entry_id("fi-auroraai-national-programme")
    old_home.set_fields(edited, [("status", "in_use")])
    mine = old_home.get_entry(edited).rev
    update_starter(old_home)
    record = old_home.get_entry(edited)
    assert record.conflict  # two live heads: the user's and the new edition
    assert heads(old_home, edited) == {mine, latest_revisions()[edited]}
    assert old_home.revision(mine).body["status"] == "in_use"  # kept as it was
    assert old_home.check() == []


def test_a_new_edition_goes_beside_the_users_delete(old_home: Catalogue) -> None:
    deleted = starter.entry_id("nl-syri-court-ruling-2020")
    old_home.delete_entry(deleted)
    update_starter(old_home)
    # SYNC.md: an edit concurrent with a delete wins over it (nothing is lost); the
    # tombstone stays a head, so the user sees the entry came back and can delete it again.
    record = old_home.get_entry(deleted)
    assert record.rev == latest_revisions()[deleted]
    tombstone = next(h.rev for h in old_home.history(deleted) if h.op == "delete")
    assert heads(old_home, deleted) == {tombstone, latest_revisions()[deleted]}
    assert old_home.check() == []


def heads(cat: Catalogue, object_id: str) -> set[str]:
    return {h.rev for h in cat.history(object_id) if h.head}


def test_the_command_line_brings_an_old_home_up_to_date(tmp_path: Path) -> None:
    home = tmp_path / "cli"
    with Catalogue.open(home, auto_backup=False) as cat:
        cat.add_revisions(starter.revisions()[: len(SHIPPED)])
    result = CliRunner().invoke(cli, ["--home", str(home), "list", "--json"])
    assert result.exit_code == 0, result.output
    assert "Updated the starter catalogue" in result.stderr
    assert len(json.loads(result.stdout)) == len(starter.slugs())
    again = CliRunner().invoke(cli, ["--home", str(home), "list", "--json"])
    assert again.exit_code == 0
    assert "starter" not in again.stderr


def test_partners_relay_the_new_editions_and_sync_recognises_them(tmp_path: Path) -> None:
    from sync import export_bundle, import_bundle
    from tests.sync.homes import befriend, make_home, view_json

    new, old = make_home(tmp_path / "new", "tampere"), make_home(tmp_path / "old", "riga")
    try:
        befriend(new, old)
        befriend(old, new)
        load_starter(new)
        old.add_revisions(starter.revisions()[: len(SHIPPED)])  # made by the first release
        export_bundle(old, tmp_path / "old.casebook")
        assert import_bundle(new, tmp_path / "old.casebook").new_revisions == 0
        export_bundle(new, tmp_path / "new.casebook")
        summary = import_bundle(old, tmp_path / "new.casebook")  # unsigned, known by hash
        assert summary.new_revisions == len(starter.names()) - len(SHIPPED)
        assert view_json(old) == view_json(new)
        assert not starter.lacks_revisions(old)
        assert old.check() == []
    finally:
        new.close()
        old.close()
