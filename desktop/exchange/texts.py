"""The words of exchanging: SYNC.md's refusal codes in plain words with what to do, a
partner's trust status, an import's summary. All in the translation context "Exchange"
(its counts, Qt plural messages, in "ImportCounts"); shared by the actions, the view and
the sync folder."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject

from catalogue.jobs import Cancelled

from ..backend import describe_error
from ..i18n import counted

if TYPE_CHECKING:
    import sync

SUFFIX = ".casebook"
BUNDLE_FILTER = QT_TRANSLATE_NOOP("Exchange", "Casebook bundle (*.casebook)")
IDENTITY_FILTER = QT_TRANSLATE_NOOP("Exchange", "Casebook identity (*.id *.json);;All files (*)")

# SYNC.md's refusal codes in plain words, with what to do (the code and line follow, for
# the partner who made the bundle).
REFUSALS = {
    "E_SIZE": QT_TRANSLATE_NOOP(
        "Exchange",
        "The file is larger than a bundle may be. Ask the partner for a bundle of what is "
        "new since the last one.",
    ),
    "E_PARSE": QT_TRANSLATE_NOOP(
        "Exchange",
        "The file is damaged or is not a Casebook bundle. Ask the partner to send it again.",
    ),
    "E_SIGNATURE": QT_TRANSLATE_NOOP(
        "Exchange",
        "A signature does not match: the file was changed after it was signed. Ask the "
        "partner to send it again.",
    ),
    "E_UNKNOWN_KEY": QT_TRANSLATE_NOOP(
        "Exchange",
        "It was signed by a key you do not trust. Add the partner's identity file and trust "
        "it after comparing the fingerprint with them, then import again.",
    ),
    "E_REVOKED": QT_TRANSLATE_NOOP(
        "Exchange",
        "It holds new revisions from a partner whose key you revoked. Ask that partner for "
        "a new identity file.",
    ),
    "E_HASH": QT_TRANSLATE_NOOP(
        "Exchange",
        "A revision does not match its hash: the file was changed. Ask the partner to send "
        "it again.",
    ),
    "E_MANIFEST": QT_TRANSLATE_NOOP(
        "Exchange",
        "Its list of contents does not match the file: lines are missing or extra (a copy "
        "that stopped half-way?). Wait until it is complete, or ask for it again.",
    ),
    "E_SCHEMA": QT_TRANSLATE_NOOP(
        "Exchange",
        "An entry in it is not valid. Tell the partner which line, so they can fix it.",
    ),
    "E_EQUIVOCATION": QT_TRANSLATE_NOOP(
        "Exchange",
        "A partner signed two different revisions with the same number (a copied or "
        "restored installation). Tell the partner; do not trust copies of one installation.",
    ),
}
STATUS_LABELS = {
    "trusted": QT_TRANSLATE_NOOP("Exchange", "trusted"),
    "untrusted": QT_TRANSLATE_NOOP("Exchange", "not trusted yet"),
    "revoked": QT_TRANSLATE_NOOP("Exchange", "revoked"),
    "self": QT_TRANSLATE_NOOP("Exchange", "this installation"),
}


def translate(text: object) -> str:
    """`text` (marked with QT_TRANSLATE_NOOP in context "Exchange") in the interface language."""
    return QCoreApplication.translate("Exchange", str(text))


class ImportCounts(QObject):
    """The counts of an import's summary: a QObject, so that lupdate sees Qt plural
    messages (`tr` with a count) and each language gives its plural forms."""

    def already(self, had: int, n: int) -> str:
        return counted(self.tr("already had {had} of its %n revision(s)", "", n), n).format(had=had)

    def conflicts(self, n: int) -> str:
        return counted(self.tr("%n conflict(s)", "", n), n)


def status_label(status: str) -> str:
    """A partner's trust status in words."""
    return translate(STATUS_LABELS.get(status, status))


def import_text(s: sync.ImportSummary) -> str:
    """An import's summary in words: new / updated / already had / conflicts."""
    from sync.envelope import grouped

    source = f"{s.exporter_org} ({grouped(s.exporter_fingerprint)[:9]}…)"
    counts = ImportCounts()
    if s.new_revisions == 0:
        return QCoreApplication.translate(
            "Exchange", "Already have all {n} revisions from {source}; nothing changed."
        ).format(n=s.revisions, source=source)
    text = QCoreApplication.translate(
        "Exchange",
        "Imported from {source}: {added} new, {updated} updated, {deleted} deleted, "
        "{conflicts}; {already}.",
    ).format(
        source=source,
        added=len(s.added),
        updated=len(s.updated),
        deleted=len(s.deleted),
        already=counts.already(s.already_had, s.revisions),
        conflicts=counts.conflicts(len(s.conflicts)),
    )
    if s.conflicts:
        text += " " + QCoreApplication.translate(
            "Exchange", "Resolve them under Conflicts in the sidebar."
        )
    return text


def refusal_text(exc: BaseException) -> str:
    """Why an import failed, in plain words: for a refused bundle what SYNC.md's code
    means and what to do, then the code and line."""
    from sync import BundleRefused

    if isinstance(exc, BundleRefused):
        plain = translate(
            str(REFUSALS.get(exc.code, QT_TRANSLATE_NOOP("Exchange", "It failed verification.")))
        )
        return QCoreApplication.translate(
            "Exchange", "Refused: {plain} Nothing was imported. ({detail})"
        ).format(plain=plain, detail=exc.message)
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Exchange", "Import cancelled; nothing was imported.")
    return QCoreApplication.translate("Exchange", "Not imported: {reason}").format(
        reason=describe_error(exc)
    )
