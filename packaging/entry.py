"""The frozen app's one entry script: `casebook` (the command line) and `casebook-gui` (the
desktop app: a windowed executable of its own on Windows and macOS, a symbolic link to
`casebook` elsewhere) are built from it into one folder; the name it was started under says
which.

`casebook-gui [--home DIR]` is `casebook [--home DIR] gui`.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # First of all: in the keyword index builder's spawned child (search/keyword_build.py), this
    # runs the child's work and exits.
    multiprocessing.freeze_support()
    # Everything the app needs is inside the folder; never ask the Hugging Face hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    from casebook.cli import main

    # The name it was started under: on Linux casebook-gui is a symbolic link to casebook,
    # and sys.executable has the link resolved.
    name = os.path.basename(sys.argv[0] or sys.executable).lower()
    if name.startswith("casebook-gui"):
        main([*sys.argv[1:], "gui"])
    main()
