"""What can go wrong with a backup, each with its own one-line message for the person.

Every error is an AssistError, so the CLI prints it on one line and the GUI shows str(error).
"""
from __future__ import annotations

from assist_desktop.domain.errors import AssistError


class BackupError(AssistError):
    """Base class of backup errors."""


class NotABackupError(BackupError):
    def __init__(self, message: str = "This file is not an ASSIST Desktop backup."):
        super().__init__(message)


class BackupDamagedError(BackupError):
    def __init__(self, message: str = ("The backup file is damaged (its contents do not match "
                                       "their checksums), so it cannot be used. Nothing was "
                                       "changed; use another backup.")):
        super().__init__(message)


class BackupTruncatedError(BackupError):
    def __init__(self, message: str = ("The backup file is incomplete: it is shorter than it "
                                       "should be (it was probably cut off while being "
                                       "copied). Nothing was changed; copy it again or use "
                                       "another backup.")):
        super().__init__(message)


class WrongBackupSecretError(BackupError):
    def __init__(self, message: str = "The backup passphrase is not correct."):
        super().__init__(message)


class BackupOriginError(BackupError):
    def __init__(self):
        super().__init__("This backup opens with the recovery code but cannot be proven to have "
                         "been made by this centre (someone may have made it to look like one of "
                         "yours). Nothing was changed. Use the backup passphrase, or another "
                         "backup.")


class NewerBackupError(BackupError):
    """Made by a newer version of the application (format or schema)."""

    def __init__(self, found: int, supported: int, what: str = "schema"):
        super().__init__(
            f"This backup was made by a newer version of ASSIST Desktop ({what} {found}; this "
            f"version reads up to {supported}). Install the newer version to use it; nothing "
            f"was changed.")
        self.found = found
        self.supported = supported


class DestinationError(BackupError):
    """The backup folder cannot be used; nothing was written there."""


class BackupCancelled(BackupError):
    def __init__(self, message: str = "The backup was cancelled; nothing was written and the "
                                      "database was not changed."):
        super().__init__(message)


class BackupCheckFailed(BackupError):
    """The new backup did not pass its checks and was deleted; the live database is untouched."""

    def __init__(self, problems: list[str] | None = None, message: str | None = None):
        super().__init__(message or (
            "The new backup did not pass its check after writing and was deleted; the database "
            "itself was not changed. Try again, or use another drive."))
        self.problems = list(problems or [])


class RestoreError(BackupError):
    """A restore was refused or failed; the data folder is as it was before."""


class ScheduleError(BackupError):
    """Unattended backups are not set up, or the keychain cannot be used."""
