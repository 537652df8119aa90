"""Foreign text with right-to-left letters or bidi controls is isolated where the window
draws it (issue 14: a title with U+202E must not turn the rest of its row backwards)."""

from __future__ import annotations

from catalogue.catalogue import EntrySummary
from desktop.detail import _e
from desktop.entry_model import cell_text
from desktop.i18n import isolate

OVERRIDE = "Parking \u202eelbat"  # RIGHT-TO-LEFT OVERRIDE, never closed
ARABIC = "مدينة الرياض"


def test_text_with_bidi_controls_or_rtl_letters_is_isolated_and_other_text_is_not() -> None:
    assert isolate(OVERRIDE) == "\u2068" + OVERRIDE + "\u2069"
    assert isolate(ARABIC) == "\u2068" + ARABIC + "\u2069"
    assert isolate("Rīga, Bacău, Tampere") == "Rīga, Bacău, Tampere"


def test_the_list_and_the_detail_pane_isolate_partner_text() -> None:
    row = EntrySummary("id", OVERRIDE, ARABIC, "SA", None, None, "2026-12-05", False)
    assert cell_text(row, "title") == "\u2068" + OVERRIDE + "\u2069"
    assert cell_text(row, "organisation") == "\u2068" + ARABIC + "\u2069"
    assert _e(OVERRIDE) == "\u2068" + OVERRIDE + "\u2069"
    assert _e("<b>") == "&lt;b&gt;"
