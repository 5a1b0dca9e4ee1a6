"""Every service member a screen uses works on a laptop: offered by the centre server, or
done on the laptop by its client implementation. Read from the source (screen_calls.py): no
server, no Qt. A screen that reached a member the server does not offer would meet "The centre
server does not offer this operation" only when someone used it on a laptop."""
from __future__ import annotations

import ast
import inspect
import typing

import pytest

from screen_calls import screen_uses


@pytest.fixture(scope="module")
def uses():
    return screen_uses()


def _server_backups_offered() -> set[tuple[str, str]]:
    from assist_desktop.server.backups import BackupDesk
    return set(BackupDesk(None, None).methods_for(None))


def _problem(use, allowed, backups, hints) -> str | None:
    from assist_desktop.remote.services import LAPTOP_SIDE, RemoteService
    from assist_desktop.services.case_service import RecordOps
    from assist_desktop.wire import exposed
    if use.path == "server_backups":
        return None if (use.path, use.name) in backups else "not offered by the server"
    if "." in use.path:        # a sub-service: bind() offers RecordOps' public methods
        ok = inspect.isfunction(vars(RecordOps).get(use.name)) and not use.name.startswith("_")
        return None if ok else "not a RecordOps method, so not offered"
    laptop = LAPTOP_SIDE.get(use.path, RemoteService)
    if any(use.name in vars(k) for k in laptop.__mro__ if issubclass(k, RemoteService)):
        return None            # done on the laptop (its own Calls are checked below)
    if use.callables:
        return (f"is given a function ({', '.join(sorted(use.callables))}), which cannot "
                "travel to the server")
    if (use.path, use.name) in allowed:
        return None
    server = exposed.service_class(hints[use.path])
    member = inspect.getattr_static(server, use.name, None)
    if isinstance(member, property):
        return ("is a property: on a laptop it would be a call object (always true), never "
                "the value")
    return "not offered by the server (wire/exposed.py)"


def test_every_service_member_the_screens_use_works_on_a_laptop(uses):
    from assist_desktop.services import open_centre
    from assist_desktop.wire import exposed
    hints = typing.get_type_hints(open_centre.CentreServices,
                                  vars(open_centre) | exposed._doc_ns())
    allowed, backups = exposed.allowed(), _server_backups_offered()
    problems = [f"{u.path}.{u.name} ({u.where}): {why}" for u in uses
                if (why := _problem(u, allowed, backups, hints))]
    assert not problems, "\n".join(problems)
    # the reading follows the services into the screens (a sample of each way they travel)
    found = {(u.path, u.name) for u in uses}
    assert {("clients", "caseload"), ("matters.parties", "create"),        # kept, sub-service
            ("statements", "save_scratch"),                                # through a mixin
            ("children.pregnancies", "update"),                            # passed as callable
            ("statistics", "allowed"), ("server_backups", "start")} <= found


def test_the_calls_the_laptop_makes_itself_are_offered():
    """The laptop-side methods (Save as, exports, the import) call the server by name."""
    from assist_desktop.remote import services
    from assist_desktop.wire import exposed
    offered = set(exposed.allowed()) | _server_backups_offered() | exposed.SERVER_CONTROL
    tree = ast.parse(inspect.getsource(services))
    named = {(n.args[0].value, n.args[1].value) for n in ast.walk(tree)
             if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
             and n.func.attr == "call" and len(n.args) >= 2
             and all(isinstance(a, ast.Constant) for a in n.args[:2])}
    assert len(named) > 10 and not named - offered, sorted(named - offered)
