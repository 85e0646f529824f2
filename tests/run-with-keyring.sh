#!/usr/bin/env bash
# Runs a test against a real Secret Service: a private D-Bus session with gnome-keyring unlocked
# by a throw-away password. An empty password would not create the login collection.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "run-with-keyring: dbus-run-session and gnome-keyring-daemon are required (packaging/install-deps.sh)" >&2
    exit 1
fi
export CALLDECK_TEST_HOME="$(mktemp -d)"
trap 'rm -rf "$CALLDECK_TEST_HOME"' EXIT
exec env HOME="$CALLDECK_TEST_HOME" XDG_DATA_HOME="$CALLDECK_TEST_HOME/.local/share" \
    dbus-run-session -- bash -c '
        eval "$(printf "%s" "calldeck-test" | gnome-keyring-daemon --unlock --components=secrets)" >/dev/null
        exec "$@"' keyring "$@"
