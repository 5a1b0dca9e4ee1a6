"""Entry point of the frozen (PyInstaller) program: the same command line as `assist-desktop`.

With no arguments it starts the desktop application; `--version` and `--self-test` answer
on the terminal and exit.
"""
import multiprocessing
import sys

from assist_desktop.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless today; keeps a future process pool working
    sys.exit(main())
