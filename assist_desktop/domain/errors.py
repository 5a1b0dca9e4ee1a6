"""Errors every layer can raise and the GUI and CLI can explain.

Each carries a message meant for the person at the keyboard: one clear sentence, no
traceback, no client data.
"""
from __future__ import annotations


class AssistError(Exception):
    """Base class: str(error) is a message fit to show a user."""


# Opening the store -------------------------------------------------------------------------
class StoreError(AssistError):
    pass


class StoreMissingError(StoreError):
    def __init__(self, message: str = "No ASSIST database was found in this data folder."):
        super().__init__(message)


class StoreExistsError(StoreError):
    def __init__(self, message: str = "This data folder already holds an ASSIST database."):
        super().__init__(message)


class WrongKeyError(StoreError):
    def __init__(self, message: str = "The passphrase is not correct."):
        super().__init__(message)


class NotEncryptedError(StoreError):
    def __init__(self, message: str = ("This file is an unencrypted SQLite database, not an ASSIST "
                                       "database. It was not opened.")):
        super().__init__(message)


class DamagedStoreError(StoreError):
    def __init__(self, message: str = ("The database file is damaged and cannot be opened safely. "
                                       "Restore it from a backup.")):
        super().__init__(message)


class NewerSchemaError(StoreError):
    def __init__(self, found: int, supported: int):
        super().__init__(
            f"This database was written by a newer version of ASSIST Desktop (schema {found}; "
            f"this version reads up to {supported}). Install the newer version to open it.")
        self.found = found
        self.supported = supported


class KeySlotError(StoreError):
    """The key-slot file is missing, unreadable or does not belong to this database."""


class ThrottledError(StoreError):
    def __init__(self, seconds: float):
        wait = max(1, round(seconds))
        super().__init__(f"Too many failed attempts. Try again in {wait} "
                         f"second{'' if wait == 1 else 's'}.")
        self.seconds = seconds


class StoreLockedError(StoreError):
    def __init__(self, message: str = "The database is locked. Unlock it to continue."):
        super().__init__(message)


# Working with records ----------------------------------------------------------------------
class PermissionDenied(AssistError):
    def __init__(self, message: str = "You do not have permission to do this."):
        super().__init__(message)


class NotFound(AssistError):
    def __init__(self, what: str = "record"):
        super().__init__(f"The {what} was not found (it may have been deleted, or you may not "
                         f"have access to it).")


class ValidationError(AssistError):
    """Bad input: names the field so the form or import can point at it."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message


class EditConflict(AssistError):
    def __init__(self, what: str = "record"):
        super().__init__(f"Someone else changed this {what} after you opened it. Your text is "
                         f"kept; reload to see their change before saving again.")


class WeakPassphraseError(AssistError):
    def __init__(self, message: str, suggestions: tuple[str, ...] = ()):
        super().__init__(message)
        self.suggestions = suggestions


class UnprintableText(ValidationError):
    """A document's text has characters that no bundled font can draw. Nothing was stored;
    `characters` describes each ("U+1FAE0 MELTING FACE in witness name")."""

    def __init__(self, characters: tuple[str, ...]):
        shown = "; ".join(characters[:12]) + ("; …" if len(characters) > 12 else "")
        super().__init__("text", f"some characters cannot be printed with the fonts this app "
                                 f"has: {shown}. Nothing was stored. Change the text, or make "
                                 f"the document anyway: each of these characters then prints "
                                 f"as a marker such as [U+1FAE0].")
        self.characters = characters


class CentreSealedError(StoreError):
    """A laptop's centre server is sealed: nobody can sign in until an administrator unseals
    it (the sign-in window keeps asking the server meanwhile)."""

    def __init__(self, message: str = "The centre server is sealed: an administrator must "
                                      "unseal it before anyone can sign in."):
        super().__init__(message)
