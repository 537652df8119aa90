"""Exchanging with partners in the window: the actions and their work (`exchange.py`), the
Exchange view (`dialog.py`), the watched sync folder (`sync_folder.py`), the conflict
resolver (`conflicts.py`) and the words for outcomes and refusals (`texts.py`). Nothing here
imports `sync` at module level: it is loaded on first use."""
