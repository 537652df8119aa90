"""The frozen app's one entry script: `casebook` (the command line) and `casebook-gui` (the
desktop app, a windowed executable on Windows and macOS) are two executables built from it
in one folder; the name it was started under says which.

`casebook-gui [--home DIR]` is `casebook [--home DIR] gui`.
"""

import multiprocessing
import os
import sys

if __name__ == "__main__":
    # First of all: in the keyword index builder's spawned child (search/keyword.py), this
    # runs the child's work and exits.
    multiprocessing.freeze_support()
    # Everything the app needs is inside the folder; never ask the Hugging Face hub.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

    from casebook.cli import main

    name = os.path.basename(sys.executable).lower()
    if name.startswith("casebook-gui"):
        main([*sys.argv[1:], "gui"])
    main()
