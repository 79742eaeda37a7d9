#!/usr/bin/env bash
# Builds everything (plugins included) and starts the demo server on a freshly
# seeded SQLite database at ./data/demo.sqlite. This is the README's first command.
# Extra arguments go to `oversight demo` (e.g. --enterprises 1000 --bind 0.0.0.0:8080).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
cargo build --workspace
exec target/debug/oversight demo "$@"
