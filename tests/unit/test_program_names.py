"""Names starting with '@' belong to programs (the backup job, the recovery throttle)."""
from assist_desktop.backup.scheduled import JOB_USERNAME
from assist_desktop.security.key_slots import is_program_name


def test_program_names():
    assert is_program_name(JOB_USERNAME) and is_program_name("@recovery")
    assert not any(is_program_name(name) for name in ("ada", "", None, "a@b"))
