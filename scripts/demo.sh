#!/usr/bin/env bash
# Builds everything (plugins included) and starts the demo server on a freshly
# seeded SQLite database at ./data/demo.sqlite. This is the README's first command.
# Extra arguments go to `oversight demo` (e.g. --enterprises 1000 --bind 0.0.0.0:8080).
# `oversight demo` prints a token per demo role and serves with the demo clock on
# (demo_clock): the plugin administrator can move the supervision calendar forward with
# `advanceDemoClock`, to walk the README's walkthrough past its 15- and 30-day deadlines.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --workspace

# Install the industry plugins just built and pin them: on a real deployment the
# plugin administrator pins only the files they reviewed (`oversight plugins pin`).
mkdir -p data/plugins
rm -f data/plugins/*.so data/plugins.lock
for lib in target/debug/liboversight_plugin_*.so; do
  cp "$lib" data/plugins/
done
export OVERSIGHT_PLUGINS_DIR=data/plugins OVERSIGHT_PLUGINS_LOCK=data/plugins.lock
target/debug/oversight plugins pin
target/debug/oversight plugins list

echo "Starting the demo: tokens follow; the demo clock is on (README, Walkthrough)."
exec target/debug/oversight demo "$@"
