"""The library's panels around the list: searching and the indexes (`search_panel.py`),
collections (`collections_ui.py`) and exporting (`export_ui.py`)."""
