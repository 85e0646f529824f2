#!/usr/bin/env bash
# What `quickstart.sh run` shows when there is no display: the engine driven from calldeck-cli.
# The user's own data is only read (status, contacts); the import demo writes to a scratch directory.
set -uo pipefail
cli="${1:?usage: headless-demo.sh path/to/calldeck-cli}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

echo "== Engine status (your data directory) =="
"$cli" status
echo
echo "== Your contacts =="
"$cli" contacts list
echo
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
echo "== Importing the sample contacts into a scratch directory ($scratch) =="
echo "   (the sample holds two broken rows on purpose: every bad row is reported by line)"
"$cli" --data-dir "$scratch" contacts import "$root/resources/samples/contacts-sample.csv"
echo "   exit code: $? (0 = all imported, 3 = imported with some rows rejected)"
echo
"$cli" --data-dir "$scratch" contacts list
echo
echo "== A call on the built-in sandbox line (simulated: nothing leaves this computer) =="
echo "   The offline AI agent (espeak-ng, no key, no network) calls the dental receptionist persona."
CALLDECK_LISTEN=127.0.0.1:0 "$cli" --data-dir "$scratch" call --to +15555550100 --persona dental \
    --agent offline --contact-name "Bright Smile Dental" \
    --goal "get the earliest cleaning appointment this week" \
    --ask "When is your earliest opening for a cleaning this week?" --obtain appointment_time \
    --ask "How much is a cleaning?" --obtain price \
    --max-price 150 --approvals approve --hangup-after 120
echo "   exit code: $? (0 = the call completed)"
echo
echo "Run '$cli --help' for everything the command line can do."
