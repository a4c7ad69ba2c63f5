#!/usr/bin/env bash
# example.sh: build libreorg in build/ and run the example report on the
# bundled Manchester December 2010 plan.
#
# SPDX-License-Identifier: LGPL-2.1-or-later
set -euo pipefail

cd "$(dirname "$0")/.."

bash build-aux/install-deps.sh

if [ ! -f build/meson-private/coredata.dat ]; then
  meson setup build
fi
meson compile -C build

exec build/examples/reorg report examples/data/manchester-2010.json
