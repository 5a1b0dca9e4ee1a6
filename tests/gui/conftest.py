"""GUI tests run headless unless a display is asked for explicitly."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
