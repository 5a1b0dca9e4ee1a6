#!/usr/bin/env bash
# Run a command with a real Secret Service: a private D-Bus session bus and a throw-away,
# unlocked gnome-keyring-daemon on it. Nothing touches the user's own keyring or bus.
#
#   bash tools/with_secret_service.sh make test
#   bash tools/with_secret_service.sh .venv/bin/python -m pytest -q -m keyring_real
#
# Needs (Debian/Ubuntu): apt-get install -y dbus gnome-keyring
# The command runs with ASSIST_REQUIRE_SECRET_SERVICE=1, so the keyring_real tests fail
# (instead of skipping) if the Secret Service is not usable: a broken CI set-up is not
# silently skipped. The command's exit status is this script's exit status.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "usage: $0 COMMAND [ARGS...]" >&2
    exit 2
fi

if [ -z "${_ASSIST_SECRET_SERVICE_INNER:-}" ]; then
    missing=""
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
    done
    if [ -n "$missing" ]; then
        echo "$0: not found:$missing (install: apt-get install -y dbus gnome-keyring)" >&2
        exit 127
    fi
    export _ASSIST_SECRET_SERVICE_INNER=1
    # The session runs in its own process group, so that an interrupt or a CI time-out
    # (INT/TERM to this script) stops all of it: bus, keyring daemon and the command.
    # (dbus-run-session itself would die alone and leave its children running.)
    set -m
    dbus-run-session -- bash "$0" "$@" &
    session=$!
    # shellcheck disable=SC2329  # called by the traps below
    stop() {
        kill -TERM -- "-$session" 2>/dev/null || true
        wait "$session" 2>/dev/null || true
        exit "$1"
    }
    trap 'stop 130' INT
    trap 'stop 143' TERM
    status=0
    wait "$session" || status=$?
    exit "$status"
fi
unset _ASSIST_SECRET_SERVICE_INNER

# --- inside the private session bus ------------------------------------------------------
work="$(mktemp -d "${TMPDIR:-/tmp}/assist-secret-service.XXXXXX")"
mkdir -m 700 "$work/run" "$work/data"
daemon_pid=""

# shellcheck disable=SC2329  # called by the EXIT trap
cleanup() {
    if [ -n "$daemon_pid" ] && kill -0 "$daemon_pid" 2>/dev/null; then
        kill "$daemon_pid" 2>/dev/null || true
        wait "$daemon_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# A random password for a keyring that lives only as long as this run. Its own data and
# runtime directories keep it away from any desktop keyring of the user running this.
password="$(head -c 24 /dev/urandom | base64)"
printf '%s' "$password" | env -u GNOME_KEYRING_CONTROL \
    XDG_DATA_HOME="$work/data" XDG_RUNTIME_DIR="$work/run" \
    gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$work/daemon.log" 2>&1 &
daemon_pid=$!
unset password

has_owner() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
        | grep -q "boolean true"
}
for _ in $(seq 100); do
    if has_owner; then break; fi
    if ! kill -0 "$daemon_pid" 2>/dev/null; then break; fi
    sleep 0.1
done
if ! has_owner; then
    echo "$0: gnome-keyring-daemon did not provide the Secret Service; its output:" >&2
    cat "$work/daemon.log" >&2 || true
    exit 1
fi

export ASSIST_REQUIRE_SECRET_SERVICE=1
export ASSIST_SECRET_SERVICE_PID="$daemon_pid"  # lets a test pause it (SIGSTOP) to fake a hang
status=0
"$@" || status=$?
exit "$status"
