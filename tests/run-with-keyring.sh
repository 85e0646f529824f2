#!/usr/bin/env bash
# Runs a test against a real Secret Service: a private D-Bus session with gnome-keyring unlocked
# by a throw-away password. An empty password would not create the login collection.
set -euo pipefail
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null; then
        echo "run-with-keyring: $tool is required (packages dbus, gnome-keyring; see packaging/install-deps.sh)" >&2
        exit 1
    fi
done
export CALLDECK_TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$CALLDECK_TEST_HOME"' EXIT
# The daemon forks before it owns org.freedesktop.secrets on the bus; wait for the name so the
# test talks to this unlocked daemon, not to a second one D-Bus would activate on demand.
exec env HOME="$CALLDECK_TEST_HOME" XDG_DATA_HOME="$CALLDECK_TEST_HOME/.local/share" \
    XDG_RUNTIME_DIR="$CALLDECK_TEST_HOME/run" \
    dbus-run-session -- bash -c '
        mkdir -p -m 700 "$XDG_RUNTIME_DIR"
        eval "$(printf "%s" "calldeck-test" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
        for _ in $(seq 100); do
            if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                   org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q "boolean true"; then
                exec "$@"
            fi
            sleep 0.1
        done
        echo "run-with-keyring: gnome-keyring-daemon did not appear on the session bus" >&2
        exit 1' keyring "$@"
