"""`assist-desktop --self-test`: prove that this installation can do its work, on this machine.

Meant for the built (PyInstaller) program first of all: a bundle that lost a module, a
resource, a native library, keyring's entry points or a Qt plugin fails here with one line
that says what, rather than in front of a solicitor. It also runs from the source tree.

Each check prints one line ("ok" or "FAIL", its name, what it found); the exit status is 0
only if every check passed. Nothing is left behind: the test database lives in a temporary
folder that is deleted at the end, with throw-away keys and the fast test KDF parameters.
No window is shown; on a machine with no display the offscreen Qt platform is used.
"""
from __future__ import annotations

import importlib
import inspect
import importlib.metadata
import importlib.util
import os
import pkgutil
import platform
import secrets
import sys
import tempfile
import time
import typing
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, TextIO

import assist_desktop
from assist_desktop import __version__

# Not imported by the module walk: running it would start the application.
_NOT_IMPORTED = {"assist_desktop.__main__"}
# keyring finds its backends through these entry points; which ones this OS needs.
_KEYRING_BACKENDS = {"linux": ("SecretService", "libsecret", "KWallet"),
                     "darwin": ("macOS",), "win32": ("Windows",)}
_CENTRE = "Self-test Centre"


class CheckFailed(Exception):
    """A check found something wrong; str() is the one-line reason."""


@dataclass
class _State:
    """What one check hands to a later one (the PDF goes to the Qt check)."""
    database_id: str = ""
    recovery_code: str = ""
    pdf: bytes | None = None


# --- the checks -----------------------------------------------------------------------------
def check_modules(_state: _State) -> str:
    names, failed = [], []
    for info in pkgutil.walk_packages(assist_desktop.__path__, "assist_desktop."):
        if info.name in _NOT_IMPORTED:
            continue
        try:
            importlib.import_module(info.name)
            names.append(info.name)
        except Exception as exc:  # noqa: BLE001 - reported, one line each
            failed.append(f"{info.name} ({type(exc).__name__}: {str(exc)[:80]})")
    if failed:
        raise CheckFailed(f"{len(failed)} module(s) do not import: {'; '.join(failed[:3])}")
    if len(names) < 20:
        raise CheckFailed(f"only {len(names)} modules found: the package is incomplete")
    migrations = [n for n in names if n.startswith("assist_desktop.storage.migrations.m")]
    if not migrations:
        raise CheckFailed("no schema migrations found")
    return f"{len(names)} modules import, {len(migrations)} schema migrations"


def check_resources(_state: _State) -> str:
    from assist_desktop.platform import paths
    from assist_desktop.domain.deadline_rules import load_default_rules
    for parts in (("fonts", "DejaVuSerif.ttf"), ("fonts", "NotoNaskhArabic-Regular.ttf"),
                  ("icons", "app.svg"), ("rules", "deadline_rules.json")):
        paths.resource(*parts)  # raises FileNotFoundError naming the resource
    root = paths.resources_root()
    files = sum(1 for p in root.rglob("*") if p.is_file())
    rules = load_default_rules()
    return f"{files} files under {root}; {len(rules)} deadline rules"


def check_calendars(_state: _State) -> str:
    from assist_desktop.domain.working_days import JURISDICTIONS, calendar_for
    christmas = date(date.today().year, 12, 25)
    for jurisdiction in JURISDICTIONS:
        if calendar_for(jurisdiction).holiday_name(christmas) is None:
            raise CheckFailed(f"no public holidays for {jurisdiction}")
    return f"public holidays for {', '.join(JURISDICTIONS)}"


def check_database(state: _State) -> str:
    from assist_desktop.security.kdf import TEST_PARAMETERS, KdfPolicy
    from assist_desktop.services.vault import Vault
    from assist_desktop.storage.migrations import LATEST_VERSION
    passphrase = "self test " + secrets.token_urlsafe(18)
    with tempfile.TemporaryDirectory(prefix="assist-self-test-") as folder:
        vault = Vault(Path(folder), kdf_policy=KdfPolicy(TEST_PARAMETERS))
        centre, code = vault.create(centre_name=_CENTRE, jurisdiction="england-wales",
                                    admin_username="selftest", admin_full_name="Self Test",
                                    passphrase=passphrase)
        try:
            state.database_id, state.recovery_code = centre.centre.database_id, code
            centre.services.users.add_user("selftest-reader", "Self Test Reader",
                                           ["support-worker"], passphrase, must_change=False)
            centre.services.settings.set_policy(idle_lock_minutes=7)
        finally:
            centre.lock()
        header = vault.db_path.read_bytes()[:16]
        if header.startswith(b"SQLite format 3"):
            raise CheckFailed("the database file is not encrypted")
        centre = vault.unlock("selftest-reader", passphrase)  # the second key slot
        try:
            policy = centre.services.settings.policy()
            version = centre.db.schema_version()
            problems = centre.db.integrity_problems()
        finally:
            centre.lock()
        admin = vault.unlock("selftest", passphrase)
        try:
            users = {u.username for u in admin.services.users.list_users()}
            broken = admin.services.audit.chain_problems()
        finally:
            admin.lock()
    if users != {"selftest", "selftest-reader"} or policy.idle_lock_minutes != 7:
        raise CheckFailed("what was written did not read back")
    if version != LATEST_VERSION or problems:
        raise CheckFailed(f"schema {version} of {LATEST_VERSION}; integrity: {problems[:2]}")
    if broken:
        raise CheckFailed(f"the audit log: {broken[0]}")
    return (f"created an encrypted database (schema {version}), wrote, reopened with two "
            f"passphrases, read back; audit chain intact")


def _recovery_sheet_builder() -> Callable[..., bytes]:
    """The documents builder that takes a RecoverySheetInput and returns PDF bytes."""
    import assist_desktop.documents as documents
    from assist_desktop.documents.inputs_admin import RecoverySheetInput
    for info in pkgutil.iter_modules(documents.__path__, "assist_desktop.documents."):
        module = importlib.import_module(info.name)
        for _name, fn in inspect.getmembers(module, inspect.isfunction):
            if fn.__module__ != module.__name__ or fn.__name__.startswith("_"):
                continue
            try:
                hints = typing.get_type_hints(fn)
            except Exception:  # noqa: BLE001 - a hint we cannot resolve is not our builder
                continue
            if hints.get("return") is bytes and RecoverySheetInput in hints.values():
                return fn
    raise CheckFailed("no recovery-sheet builder in assist_desktop.documents")


def check_pdf(state: _State) -> str:
    from assist_desktop.documents.inputs_admin import RecoverySheetInput
    if not state.recovery_code:
        raise CheckFailed("not run: the database check did not give a recovery code")
    build = _recovery_sheet_builder()
    started = time.perf_counter()
    pdf = build(RecoverySheetInput(centre_name=_CENTRE, recovery_code=state.recovery_code,
                                   created=date.today(), database_id=state.database_id))
    elapsed = time.perf_counter() - started
    if not isinstance(pdf, bytes) or not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise CheckFailed(f"{build.__module__}.{build.__name__} did not return a PDF")
    state.pdf = pdf
    return f"{build.__module__}.{build.__name__}: {len(pdf):,} bytes in {elapsed:.2f} s"


def check_keychain(_state: _State) -> str:
    from assist_desktop.security.device_keychain import DeviceKeychain
    found = {ep.name: ep.value for ep in importlib.metadata.entry_points(group="keyring.backends")}
    wanted = _KEYRING_BACKENDS.get(sys.platform, ())
    missing = [name for name in wanted
               if name not in found or importlib.util.find_spec(found[name]) is None]
    if missing:
        raise CheckFailed(f"keyring backends missing from this build: {', '.join(missing)}")
    keychain = DeviceKeychain(timeout=5.0)
    available = keychain.available()
    try:
        backend = keychain.backend_id()
    except Exception as exc:  # noqa: BLE001 - detection itself must work
        raise CheckFailed(f"keychain detection failed ({type(exc).__name__})") from None
    verdict = ("usable for 'remember on this computer'" if available
               else "not usable here; unlocking uses passphrases")
    return f"keyring backends {', '.join(sorted(found))}; detected {backend}: {verdict}"


def check_qt(state: _State) -> str:
    if state.pdf is None:
        raise CheckFailed("not run: no PDF was built to open")
    _choose_headless_platform()
    from assist_desktop.gui import self_check
    report = self_check.run_checks(state.pdf)
    if _CENTRE not in " ".join(report.pdf_text.split()):
        raise CheckFailed("QtPdf opened the PDF but its text is not the recovery sheet's")
    return report.summary()


CHECKS: list[tuple[str, Callable[[_State], str]]] = [
    ("modules", check_modules),
    ("resources", check_resources),
    ("calendars", check_calendars),
    ("database", check_database),
    ("pdf", check_pdf),
    ("keychain", check_keychain),
    ("qt", check_qt),
]


# --- running them ---------------------------------------------------------------------------
def _choose_headless_platform() -> None:
    """On Linux with no display at all, use the offscreen platform instead of aborting."""
    if sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM") \
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def run(out: TextIO | None = None) -> int:
    """Run every check, one line each; 0 if all passed, 1 otherwise."""
    out = out or sys.stdout
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    print(f"ASSIST Desktop {__version__} self-test ({frozen}; Python {platform.python_version()}"
          f"; {platform.system()} {platform.machine()})", file=out, flush=True)
    state, failures = _State(), 0
    for name, check in CHECKS:
        started = time.perf_counter()
        try:
            detail, ok = check(state), True
        except CheckFailed as exc:
            detail, ok = str(exc), False
        except Exception as exc:  # noqa: BLE001 - one line per check, never a traceback
            detail, ok = f"{type(exc).__name__}: {str(exc)[:200]}", False
        failures += not ok
        took = time.perf_counter() - started
        print(f"{'ok  ' if ok else 'FAIL'}  {name:<9} {detail} [{took:.2f} s]", file=out,
              flush=True)
    verdict = "passed" if not failures else f"FAILED ({failures} of {len(CHECKS)} checks)"
    print(f"self-test {verdict}", file=out, flush=True)
    return 0 if not failures else 1
