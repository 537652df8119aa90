"""Descriptions are Markdown: read them safely, once, for every format.

Raw HTML is never passed through (markdown-it with `html` off shows it as text), images are
never loaded (an image becomes a link with its alt text), and only the link schemes that
markdown-it allows survive (no `javascript:`, `vbscript:`, `file:` or `data:`). Headings
inside a description are demoted below the case's own headings.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .document import clean

# Links made clickable in the exports; any other scheme is shown as text.
SAFE_SCHEMES = frozenset({"http", "https", "mailto"})

# A description's `# Heading` becomes this level in the exported document (the case is 2).
HEADING_OFFSET = 2


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style; `href` when it is a link."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    href: str | None = None


@dataclass
class Block:
    """A paragraph-like piece of a description, for writers that lay out text themselves.

    kind: `paragraph`, `heading` (with `level`), `item` (with its `marker`: "•" or "3."),
    `quote` or `code`; `indent` counts list and quote nesting.
    """

    kind: str
    runs: list[Run] = field(default_factory=list)
    indent: int = 0
    marker: str = ""
    level: int = 0

    @property
    def text(self) -> str:
        """The block's plain text."""
        return "".join(r.text for r in self.runs)


def safe_href(url: str) -> str | None:
    """The address if it is a web or mail link (http, https, mailto), else None."""
    url = clean(url).strip()
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in SAFE_SCHEMES else None


def _render_image(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    # Never an <img>: nothing remote is loaded. The alt text links to the address instead.
    token = tokens[idx]
    alt = html.escape(token.content or "image")
    src = str(token.attrGet("src") or "")
    if not src:
        return f"[{alt}]"
    return f'<a href="{html.escape(src)}" rel="noopener noreferrer">[image: {alt}]</a>'


def _render_link_open(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    tokens[idx].attrSet("rel", "noopener noreferrer")
    rendered: str = self.renderToken(tokens, idx, options, env)
    return rendered


def _render_heading(self: Any, tokens: Sequence[Token], idx: int, options: Any, env: Any) -> str:
    token = tokens[idx]
    level = min(int(token.tag[1]) + HEADING_OFFSET, 6)
    return f"<h{level}>" if token.nesting == 1 else f"</h{level}>\n"


@cache
def parser() -> MarkdownIt:
    """The one Markdown parser of the exporters (CommonMark, HTML off, no typographer)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.add_render_rule("image", _render_image)
    md.add_render_rule("link_open", _render_link_open)
    md.add_render_rule("heading_open", _render_heading)
    md.add_render_rule("heading_close", _render_heading)
    return md


def to_html(text: str) -> str:
    """A description as safe HTML (no raw HTML, no images, headings demoted)."""
    rendered: str = parser().render(clean(text))
    return rendered


def _inline_runs(token: Token) -> list[Run]:
    runs: list[Run] = []
    bold = italic = 0
    href: str | None = None
    for child in token.children or []:
        kind = child.type
        if kind == "text":
            runs.append(Run(child.content, bold > 0, italic > 0, False, href))
        elif kind == "code_inline":
            runs.append(Run(child.content, bold > 0, italic > 0, True, href))
        elif kind in ("softbreak",):
            runs.append(Run(" ", bold > 0, italic > 0, False, href))
        elif kind == "hardbreak":
            runs.append(Run("\n", bold > 0, italic > 0, False, href))
        elif kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "link_open":
            href = str(child.attrGet("href") or "") or None
        elif kind == "link_close":
            href = None
        elif kind == "image":
            alt = child.content or "image"
            src = str(child.attrGet("src") or "")
            runs.append(Run(f"[image: {alt}]", bold > 0, italic > 0, False, src or None))
        else:  # anything else markdown-it may emit is shown as its text, never as markup
            runs.append(Run(child.content, bold > 0, italic > 0, False, href))
    return [r for r in runs if r.text]


def blocks(text: str) -> list[Block]:
    """A description as a flat list of blocks (for the PDF and DOCX writers)."""
    tokens = parser().parse(clean(text))
    found: list[Block] = []
    lists: list[list[int]] = []  # per open list: [next number] or [-1] for bullets
    quote = 0
    fresh_item = False
    heading = 0
    for token in tokens:
        kind = token.type
        if kind == "bullet_list_open":
            lists.append([-1])
        elif kind == "ordered_list_open":
            lists.append([int(token.attrGet("start") or 1)])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            lists.pop()
        elif kind == "list_item_open":
            fresh_item = True
        elif kind == "blockquote_open":
            quote += 1
        elif kind == "blockquote_close":
            quote -= 1
        elif kind == "heading_open":
            heading = min(int(token.tag[1]) + HEADING_OFFSET, 6)
        elif kind == "heading_close":
            heading = 0
        elif kind in ("fence", "code_block"):
            found.append(
                Block("code", [Run(token.content.rstrip("\n"), code=True)], len(lists) + quote)
            )
        elif kind == "inline":
            runs = _inline_runs(token)
            indent = len(lists) + quote
            if heading:
                found.append(Block("heading", runs, indent, level=heading))
            elif fresh_item and lists:
                number = lists[-1]
                marker = "•" if number[0] < 0 else f"{number[0]}."
                if number[0] >= 0:
                    number[0] += 1
                found.append(Block("item", runs, indent, marker=marker))
            else:
                found.append(Block("quote" if quote else "paragraph", runs, indent))
            fresh_item = False
    return found


# -- Markdown out -------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!])")
_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^(\s{0,3})(#{1,6})(\s|$)")


def escape_markdown(text: str) -> str:
    """Plain text made literal in Markdown (no emphasis, links, HTML or headings)."""
    out = _MD_SPECIAL.sub(r"\\\1", clean(text))
    # A line that starts with "1." or "-" would become a list item.
    return re.sub(
        r"(?m)^(\s*)(\d+)([.)])", r"\1\2\\\3", re.sub(r"(?m)^(\s*)([-+])", r"\1\\\2", out)
    )


def _escape_html_outside_code(line: str) -> str:
    # `\<` keeps HTML literal; `\![` turns an image (loaded by any viewer) into "!" + a link.
    parts = re.split(r"(`+[^`]*`+)", line)
    return "".join(p if p.startswith("`") else _neutralise(p) for p in parts)


# A link to a script or a local file is shown as text by markdown-it, but not by every viewer.
_BAD_LINK = re.compile(r"\]\(\s*<?\s*(javascript|vbscript|data|file):", re.IGNORECASE)


def _neutralise(text: str) -> str:
    text = text.replace("<", "\\<").replace("![", "\\![")
    return _BAD_LINK.sub(lambda m: "]\\(" + m.group(0)[2:], text)


def safe_markdown(text: str) -> str:
    """A description kept as Markdown, but with raw HTML made literal (`\\<`, outside code),
    images turned into links, and headings demoted below the case's own, so it reads the
    same in any viewer and loads nothing."""
    out: list[str] = []
    fence: str | None = None
    for line in clean(text).split("\n"):
        opening = _FENCE.match(line)
        if fence is not None:
            out.append(line)
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        heading = _ATX.match(line)
        if heading:
            level = min(len(heading.group(2)) + HEADING_OFFSET, 6)
            line = heading.group(1) + "#" * level + line[heading.end(2) :]
        out.append(_escape_html_outside_code(line))
    return "\n".join(out)
