"""Getting practices into the window: the menus and drops (`importing.py`), the import
wizard (`import_wizard.py`, its parts in `wizard_parts.py`, the column mapping in
`column_mapping.py`, the check and the run in `import_steps.py`) and workshop mode
(`workshop_mode.py`). The importers are loaded on first use."""
