#!/usr/bin/env bash
# Runs the date-dependent tests with the system clock set to each day of one week (and across a
# month end and a year end) through libfaketime, so a verdict that depends on the day the suite
# happens to run shows up here rather than on a user's Monday.
#
#   tests/run-on-each-weekday.sh [BUILD_DIR] [CTEST_REGEX]
#
# BUILD_DIR defaults to ./build; CTEST_REGEX to the planner, extractor and whole-flow tests. The
# clock starts at 10:00 UTC on each day and runs on from there; monotonic time is left alone so
# timers behave. Needs the `faketime` package (packaging/install-deps.sh installs it).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${1:-$root/build}"
regex="${2:-^(tst_calendar_phrases|tst_booking_every_day|tst_temporal_extractor|tst_offline_planner|tst_date_mention|tst_offline_extractor|tst_cli_task|tst_workflow_gui)$}"
lib=$(find /usr/lib -name 'libfaketime.so.1' -path '*faketime*' 2>/dev/null | grep -v MT | head -1)
[[ -n "$lib" ]] || { echo "run-on-each-weekday: libfaketime not found (apt-get install faketime)" >&2; exit 1; }

days=(2026-12-07 2026-12-08 2026-12-09 2026-12-10 2026-12-11 2026-12-12 2026-12-13 2026-11-30 2026-12-31)
failed=()
for day in "${days[@]}"; do
    echo "== $(date -u -d "$day" +'%A %Y-%m-%d') =="
    # CALLDECK_TEST_WEEKDAY=system makes the tests that set their own clock read this faked one.
    if ! LD_PRELOAD="$lib" FAKETIME="@$day 10:00:00" FAKETIME_DONT_FAKE_MONOTONIC=1 FAKETIME_DONT_RESET=1 \
         CALLDECK_TEST_WEEKDAY=system ctest --test-dir "$build" -R "$regex" --output-on-failure --timeout 400; then
        failed+=("$day")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run-on-each-weekday: failed on ${failed[*]}" >&2
    exit 1
fi
echo "run-on-each-weekday: passed on all ${#days[@]} days"
