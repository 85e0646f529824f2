#!/usr/bin/env bash
# The README's two commands.
#
#   packaging/quickstart.sh run    install what is missing, build, start CallDeck: the desktop window
#                                  when a display is available, otherwise a headless engine run of
#                                  calldeck-cli
#   packaging/quickstart.sh test   install what is missing, build, run the whole test suite (ctest)
#
# BUILD_DIR (default ./build) and JOBS (default: number of cores) can be set in the environment.
set -euo pipefail

mode="${1:-run}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${BUILD_DIR:-$root/build}"
jobs="${JOBS:-$(nproc)}"

case "$mode" in
    run|test) ;;
    *) echo "usage: $0 run|test" >&2; exit 1 ;;
esac

"$root/packaging/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --parallel "$jobs"

if [[ "$mode" == "test" ]]; then
    exec ctest --test-dir "$build" --output-on-failure --parallel "$jobs" --timeout 300
fi

if [[ -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ]]; then
    exec "$build/app/calldeck" "${@:2}"
fi

echo
echo "No display found: showing the CallDeck engine from the command line (calldeck-cli)."
echo "Start the desktop window on a machine with a display, or under Xvfb:"
echo "  xvfb-run -a $build/app/calldeck"
echo
exec "$root/packaging/headless-demo.sh" "$build/app/calldeck-cli"
