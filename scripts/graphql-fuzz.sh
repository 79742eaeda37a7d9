#!/usr/bin/env bash
# Schema-driven GraphQL fuzzing of the real server (issue 20 item 5, docs/adr/0047): starts
# `target/debug/oversight serve` on a temporary SQLite database seeded with the demo data and the
# industry plugins, issues a token for each demo role (officers of every tier, the review
# department, an auditor, two testing institutions, an enterprise user, the plugin
# administrator), and runs tests/graphql-fuzz/fuzz.py (hypothesis-graphql, the generator of
# schemathesis' GraphQL mode, installed from tests/graphql-fuzz/requirements.txt into a virtual
# environment under target/ on first use) over every query and mutation of schema.graphql. Fails on any 5xx, INTERNAL code or internal detail in an answer, and on a
# panic in the server's log. Called by scripts/test.sh after the build; alone:
#   scripts/graphql-fuzz.sh     # GRAPHQL_FUZZ_EXAMPLES per operation (default 53), and at least
#                               # GRAPHQL_FUZZ_MIN_REQUESTS (default 10000) in all
#   GRAPHQL_FUZZ_ONLY='MutationRoot\.issue' scripts/graphql-fuzz.sh
#   GRAPHQL_FUZZ_SEED=7 GRAPHQL_FUZZ_EXAMPLES=200 scripts/graphql-fuzz.sh   # a longer hunt elsewhere
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

venv="target/graphql-fuzz-venv"
requirements="tests/graphql-fuzz/requirements.txt"
examples="${GRAPHQL_FUZZ_EXAMPLES:-53}"
min_requests="${GRAPHQL_FUZZ_MIN_REQUESTS:-10000}"

# (Re)installed when missing or older than the pinned requirements.
if [[ ! -f "$venv/installed" || "$requirements" -nt "$venv/installed" ]]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements"
  touch "$venv/installed"
fi

# Hypothesis keeps its cache (the constants it harvests) under target/, not in the checkout.
export HYPOTHESIS_STORAGE_DIRECTORY="$PWD/target/hypothesis"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

started=$(date +%s)
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
export OVERSIGHT_DATABASE_URL="sqlite://${work}/fuzz.sqlite?mode=rwc" OVERSIGHT_LOG=warn
OVERSIGHT_JWT_HS256_SECRET="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
export OVERSIGHT_JWT_HS256_SECRET
# Thousands of requests a minute from one principal: the rate limit would answer most with 429.
export OVERSIGHT_RATE_LIMIT_PER_SECOND=1000000 OVERSIGHT_RATE_LIMIT_BURST=1000000
export OVERSIGHT_PUBLIC_LOOKUPS_PER_MINUTE=1000000 OVERSIGHT_PUBLIC_LOOKUP_BURST=1000000
# The industry plugins, pinned, so that judging and the industries' declarations are reached.
mkdir -p "$work/plugins"
cp target/debug/liboversight_plugin_*.so "$work/plugins/"
export OVERSIGHT_PLUGINS_DIR="$work/plugins" OVERSIGHT_PLUGINS_LOCK="$work/plugins.lock"
OVERSIGHT_ATTACHMENTS_URL="file://${work}/attachments"
export OVERSIGHT_ATTACHMENTS_URL
target/debug/oversight plugins pin >/dev/null
target/debug/oversight migrate up >/dev/null
# A small demo registry (the seed is the default: the same rows every run).
target/debug/oversight seed demo --enterprises 40 >"$work/seed.txt"
# `# label [key]` then the token on the next line, for each demo role.
python3 - "$work/seed.txt" >"$work/tokens.tsv" <<'PY'
import re, sys
lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
for i, line in enumerate(lines):
    m = re.match(r"^# .* \[(\w+)\]$", line)
    if m and i + 1 < len(lines):
        print(f"{m.group(1)}\t{lines[i + 1].strip()}")
PY
if [[ "$(wc -l <"$work/tokens.tsv")" -lt 3 ]]; then
  echo "graphql-fuzz: the demo seeder printed fewer than three tokens" >&2
  exit 1
fi
target/debug/oversight serve --bind "127.0.0.1:${port}" 2>"$work/server.log" &
server_pid=$!
for _ in $(seq 1 60); do
  if python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:${port}/healthz', timeout=1)" 2>/dev/null; then
    break
  fi
  sleep 0.5
done

status=0
"$venv/bin/python" tests/graphql-fuzz/fuzz.py --url "http://127.0.0.1:${port}/graphql" \
  --schema schema.graphql --tokens "$work/tokens.tsv" --examples "$examples" --min-requests "$min_requests" \
  ${GRAPHQL_FUZZ_ONLY:+--only "$GRAPHQL_FUZZ_ONLY"} ${GRAPHQL_FUZZ_SEED:+--seed "$GRAPHQL_FUZZ_SEED"} || status=$?
# An error the server logged while answering generated input is a finding too, even when the
# answer itself looked fine (the log is at `warn`, so only warnings and errors are in it).
# (The level may come wrapped in colour codes: matched as a word, not between spaces.)
if grep -naE 'panicked|(^|[^A-Z_])ERROR([^A-Z_]|$)' "$work/server.log" | head -20 | grep .; then
  echo "graphql-fuzz: the server logged a panic or an error (lines above)" >&2
  status=1
fi
if ! kill -0 "$server_pid" 2>/dev/null; then
  echo "graphql-fuzz: the server is no longer running" >&2
  status=1
fi
warnings="$(grep -aE '(^|[^A-Z_])WARN([^A-Z_]|$)' "$work/server.log" || true)"
if [[ -n "$warnings" ]]; then
  echo "graphql-fuzz: $(wc -l <<<"$warnings") warning(s) in the server's log, the first five:"
  head -5 <<<"$warnings"
fi
echo "graphql-fuzz: $(( $(date +%s) - started )) s in all (seeding and start included)"
exit "$status"
