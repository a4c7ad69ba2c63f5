#!/usr/bin/env bash
# test.sh: build libreorg in build/ and run every test suite (c, python,
# gjs), then print one closing line `N passed, N failed` (and `, N skipped`
# when some were skipped) computed from build/meson-logs/testlog.json.
#
# Exits non-zero when a test failed, when the build failed, or when no test ran.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
set -uo pipefail

cd "$(dirname "$0")/.."

summary_and_exit () {
  # $1: status of the build and test run (0 = ran to completion)
  local status=$1
  local log=build/meson-logs/testlog.json
  local counts
  if [ -f "$log" ]; then
    counts=$(/usr/bin/python3 - "$log" <<'PY'
import json, sys

passed = failed = skipped = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        line = line.strip()
        if not line:
            continue
        try:
            result = json.loads(line).get("result")
        except ValueError:
            failed += 1
            continue
        if result in ("OK", "EXPECTEDFAIL"):
            passed += 1
        elif result == "SKIP":
            skipped += 1
        else:  # FAIL, TIMEOUT, ERROR, UNEXPECTEDPASS and anything unknown
            failed += 1
print(passed, failed, skipped)
PY
    ) || counts="0 1 0"
  else
    counts="0 0 0"
  fi
  local passed failed skipped
  read -r passed failed skipped <<<"$counts"

  local line="$passed passed, $failed failed"
  if [ "$skipped" -gt 0 ]; then
    line="$line, $skipped skipped"
  fi
  echo
  echo "$line"

  if [ "$status" -ne 0 ] || [ "$failed" -gt 0 ] || [ "$passed" -eq 0 ]; then
    exit 1
  fi
  exit 0
}

bash build-aux/install-deps.sh || summary_and_exit 1

# A stale log from an earlier run must not be counted.
rm -f build/meson-logs/testlog.json

if [ ! -f build/meson-private/coredata.dat ]; then
  meson setup build || summary_and_exit 1
fi
meson compile -C build || summary_and_exit 1

meson test -C build --print-errorlogs
summary_and_exit $?
