"""`python -m casebook`."""

from casebook.cli import main

# Guarded: a spawned child process (the keyword index builder, the model) imports this
# module again under another name, and must not run the command line.
if __name__ == "__main__":
    main()
