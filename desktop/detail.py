"""The detail pane: a readable page for one entry, safe whatever its fields contain.

Every value is HTML-escaped; the description is Markdown rendered by Qt with raw HTML
switched off. Nothing is ever loaded from outside (`loadResource` answers nothing), and a
link opens in the system browser only when clicked (web and mail links only). Links to other
entries ("Similar cases") open them here.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QWidget

from catalogue import presentation
from catalogue.catalogue import EntryRecord, HistoryItem

from . import theme
from .entry_model import snippet_html
from .i18n import date, isolate, language, number, translate

ENTRY_SCHEME = "casebook"
_MARKDOWN = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
_SAFE_SCHEMES = ("http", "https", "mailto")


def entry_url(entry_id: str) -> QUrl:
    return QUrl(f"{ENTRY_SCHEME}:entry/{entry_id}")


def _e(value: Any) -> str:
    """Text for the pane's HTML: escaped, and isolated when it has right-to-left letters
    or bidi controls (catalogue text comes from partners)."""
    return html.escape(isolate(str(value)), quote=True)


def _link(url: str, text: str) -> str:
    scheme = QUrl(url).scheme().lower()
    if scheme not in _SAFE_SCHEMES:
        return _e(text if text == url else f"{text} ({url})")
    return f'<a href="{_e(url)}">{_e(text)}</a>'


def _field(label: str) -> str:
    """A field label in the interface language: the editor's translation of the same label."""
    return translate("EntryEditor", label)


def _bytes(size: int) -> str:
    return translate("Detail", "{size} bytes").format(size=number(size))


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    cells = "".join(
        f'<tr><td style="color:{theme.colour("dim")};padding-right:12px">{_e(k)}</td>'
        f"<td>{v}</td></tr>"
        for k, v in rows
    )
    return f"<table cellspacing=2>{cells}</table>"


class DetailPane(QTextBrowser):
    """Shows one entry; `entry_link_clicked` asks the window to open another entry."""

    entry_link_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._clicked)
        self.setAccessibleName(translate("Detail", "Entry details"))
        self.entry_id: str | None = None
        self.matched = ""  # the search snippet of this entry, shown above its facts
        self._shown: tuple[Any, ...] = ()  # what is shown, to draw it again in new colours
        self.show_placeholder()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # The system switched between light and dark: draw again with colours for it.
        changed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changed and self._shown:
            show, *args = self._shown
            show(*args)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Nothing is loaded: no remote images, no local files named by an entry."""
        return None

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == ENTRY_SCHEME and url.path().startswith("entry/"):
            self.entry_link_clicked.emit(url.path().removeprefix("entry/"))
        elif url.scheme().lower() in _SAFE_SCHEMES:
            QDesktopServices.openUrl(url)

    def show_placeholder(self, text: str | None = None) -> None:
        self._shown = (self.show_placeholder, text)
        self.entry_id = None
        if text is None:
            text = translate("Detail", "Select a case to see it here.")
        self.setHtml(f"<p style='color:{theme.colour('dim')}'>{_e(text)}</p>")

    def show_entry(
        self,
        record: EntryRecord,
        history: Sequence[HistoryItem] = (),
        similar: Sequence[tuple[str, str]] | None = None,
        similar_note: str | None = None,
    ) -> None:
        """Render `record`; `similar` is [(id, title)] (None: not known yet)."""
        self._shown = (self.show_entry, record, history, similar, similar_note)
        self.entry_id = record.id
        document = QTextDocument(self)
        document.setDocumentMargin(12)
        cursor = QTextCursor(document)
        body = record.body
        lang = language()
        cursor.insertHtml(f"<h2>{_e(body['title'])}</h2>")
        if self.matched:
            cursor.insertBlock()
            cursor.insertHtml(
                f"<p style='background:{theme.colour('match_bg')}'>"
                + _e(translate("Detail", "Matched:"))
                + f" {snippet_html(self.matched)}</p>"
            )
        if record.conflict:
            warning = self.tr(
                "⚠ %n concurrent versions of this entry exist; this one is shown until the "
                "conflict is resolved.",
                "",
                record.live_heads,
            )
            resolve = _e(translate("Detail", "Resolve…"))
            cursor.insertBlock()
            cursor.insertHtml(
                f"<p style='color:{theme.colour('warning')}'>{_e(warning)} "
                f"<a href='{ENTRY_SCHEME}:resolve/{_e(record.id)}'>{resolve}</a>"
                "</p>"
            )
        facts = [(_field(k), _e(v)) for k, v in presentation.facts(body, lang)]
        cursor.insertHtml(_rows(facts))
        for key, label, text in presentation.sections(body, lang):
            cursor.insertBlock()
            cursor.insertHtml(f"<h3>{_e(_field(label))}</h3>")
            cursor.insertBlock()
            if key in presentation.MARKDOWN_SECTIONS:
                cursor.insertMarkdown(text, _MARKDOWN)
                _defuse_links(document)
            else:
                paragraphs = "".join(f"<p>{_e(p)}</p>" for p in text.split("\n") if p.strip())
                cursor.insertHtml(paragraphs)
        for group in presentation.entry_groups(body, lang):
            cursor.insertBlock()
            cursor.insertHtml(f"<h3>{_e(_field(group.label))}</h3>")
            if group.rows:
                cursor.insertBlock()
                cursor.insertHtml(_rows([(_field(k), _e(v)) for k, v in group.rows]))
            for heading, part in group.parts:  # each transfer under its own heading
                cursor.insertBlock()
                cursor.insertHtml(f"<h4>{_e(_field(heading))}</h4>")
                cursor.insertBlock()
                cursor.insertHtml(_rows([(_field(k), _e(v)) for k, v in part]))
        links = presentation.links(body, lang)
        if links:
            cursor.insertBlock()
            cursor.insertHtml("<h3>" + _e(translate("Detail", "Links")) + "</h3>")
            for title, url in links:
                cursor.insertBlock()
                cursor.insertHtml(_link(url, title))
        if body.get("attachments"):
            cursor.insertBlock()
            cursor.insertHtml("<h3>" + _e(translate("Detail", "Attachments")) + "</h3>")
            cursor.insertBlock()
            cursor.insertHtml(
                _rows([(a["name"], _e(_bytes(a["size"]))) for a in body["attachments"]])
            )
        source = presentation.source_lines(body, lang)
        if source:
            cursor.insertBlock()
            cursor.insertHtml("<h3>" + _e(translate("Detail", "Source and licence")) + "</h3>")
            cursor.insertBlock()
            cursor.insertHtml(_rows([(k, _link(v, v) if k == "url" else _e(v)) for k, v in source]))
        cursor.insertBlock()
        cursor.insertHtml("<h3>" + _e(translate("Detail", "Similar cases")) + "</h3>")
        cursor.insertBlock()
        if similar:
            items = "".join(
                f'<li><a href="{_e(entry_url(i).toString())}">{_e(t)}</a></li>' for i, t in similar
            )
            cursor.insertHtml(f"<ul>{items}</ul>")
            _leave_list(cursor)
        else:
            note = similar_note or (
                translate("Detail", "none found")
                if similar is not None
                else translate("Detail", "looking…")
            )
            cursor.insertHtml(f"<p style='color:{theme.colour('dim')}'>{_e(note)}</p>")
        if history:
            cursor.insertBlock()
            cursor.insertHtml("<h3>" + _e(translate("Detail", "History")) + "</h3>")
            cursor.insertBlock()
            lines = [
                (item.authored_at[:16].replace("T", " "), _e(_history_line(item)))
                for item in reversed(history[-8:])
            ]
            cursor.insertHtml(_rows(lines))
        cursor.insertBlock()
        cursor.insertHtml(
            f"<p style='color:{theme.colour('dim')}'>"
            + _e(
                translate("Detail", "updated {updated} · created {created} · id {id}").format(
                    updated=date(record.updated_at), created=date(record.created_at), id=record.id
                )
            )
            + "</p>"
        )
        self.setDocument(document)


def _defuse_links(document: QTextDocument) -> None:
    """Turn links with any scheme but web, mail and our own into plain text (Markdown can
    write `[text](javascript:…)` or `file:` links; they must not even look clickable)."""
    allowed = (*_SAFE_SCHEMES, ENTRY_SCHEME)
    plain = QTextCharFormat()
    plain.setAnchor(False)
    plain.setAnchorHref("")
    plain.setFontUnderline(False)
    plain.setForeground(QPalette().text())
    unsafe = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            char_format = fragment.charFormat()
            scheme = QUrl(char_format.anchorHref()).scheme().lower()
            if char_format.isAnchor() and scheme not in allowed:
                unsafe.append((fragment.position(), fragment.position() + fragment.length()))
            fragments += 1
        block = block.next()
    # Changed after the walk: changing formats splits and merges the fragments walked.
    for start, end in unsafe:
        cursor = QTextCursor(document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(plain)


def _leave_list(cursor: QTextCursor) -> None:
    """A new block after a list that is not one of its items (else the next heading is
    drawn as a bullet)."""
    cursor.insertBlock(QTextBlockFormat())
    current = cursor.currentList()
    if current is not None:
        current.remove(cursor.block())
    cursor.setBlockFormat(QTextBlockFormat())


def _history_line(item: HistoryItem) -> str:
    what = (
        translate("Detail", "deleted")
        if item.op == "delete"
        else (
            translate("Detail", "changed {fields}").format(fields=", ".join(item.changed))
            if item.parents
            else translate("Detail", "created")
        )
    )
    return f"{item.author}: {what}"
