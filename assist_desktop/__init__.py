"""ASSIST Desktop: encrypted case notes for law centres assisting trafficked women."""

__version__ = "0.1.0"
