"""The words of a readable page about entries, in each language an export can be made in:
one module per language (`en.py`, `fi.py`, `nl.py`, `it.py`, `ro.py`, `lv.py`).

Data only: `catalogue/presentation.py` looks labels up here by key. English is the
reference; every other language must have every English key (a test fails on a missing
one). The translations are first drafts: a partner corrects one by changing the text on
the right of its key, keeping the `{placeholders}` as they are (see README, "Exporting a
collection").

Conventions:
- `field.*`, `ai_act.*`, `resources.*`, `interreg.*`, `transfer.*`, `contact.*` and
  `source.*` are the labels in the left column of a table, written in lower case (the
  exports give them a capital first letter; the terminal shows them as they are).
- `kind.*`, `status.*`, `risk.*`, `assessment.*` and `validation.*` stand alone in a
  row and start with a capital; `organisation_type.*`, `technique.*` and `theme.*` appear
  inside a line and do not.
- `count.cases.*` are plural forms: `one` and `other`, plus `few` in Romanian
  ("2 cazuri", "20 de cazuri") and `zero` in Latvian ("10 gadījumu"), chosen by the
  rules in `presentation.plural_form`.
- `date.full` and `date.month` place `{day}`, `{month}` (a name from `month.N`),
  `{month_number}` and `{year}`.
"""

from __future__ import annotations

from .en import EN
from .fi import FI
from .it import IT
from .lv import LV
from .nl import NL
from .ro import RO

__all__ = ["EN", "TABLES"]

# Language code -> its table; the export languages, in menu order.
TABLES: dict[str, dict[str, str]] = {"en": EN, "fi": FI, "nl": NL, "it": IT, "ro": RO, "lv": LV}
