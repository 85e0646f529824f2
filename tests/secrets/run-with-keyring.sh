#!/usr/bin/env bash
# calldeck_add_test(... KEYRING) looks for the wrapper next to the calling CMakeLists.txt; forward
# to the one shared script in tests/.
exec "$(dirname "$0")/../run-with-keyring.sh" "$@"
