#!/usr/bin/env bash
# Runs the whole test suite: checks schema.graphql (linter, generated TypeScript client),
# builds everything (plugins included), audits the real
# server against the GraphQL-over-HTTP spec, then runs every Rust test on SQLite and,
# when PostgreSQL is reachable, on PostgreSQL too. This is the README's test command.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# PostgreSQL: use OVERSIGHT_TEST_POSTGRES_URL if set, else the local server if it answers.
if [[ -z "${OVERSIGHT_TEST_POSTGRES_URL:-}" ]] && command -v pg_isready >/dev/null \
   && pg_isready -q -h 127.0.0.1 -p 5432; then
  export OVERSIGHT_TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:5432/postgres"
fi
if [[ -n "${OVERSIGHT_TEST_POSTGRES_URL:-}" ]]; then
  echo "==> PostgreSQL tests run against ${OVERSIGHT_TEST_POSTGRES_URL}"
  # Drop test databases left by earlier (interrupted) runs.
  if command -v psql >/dev/null; then
    psql "$OVERSIGHT_TEST_POSTGRES_URL" -Atc \
      "SELECT datname FROM pg_database WHERE datname LIKE 'oversight\_test\_%'" 2>/dev/null |
      while read -r db; do psql "$OVERSIGHT_TEST_POSTGRES_URL" -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"; done
  fi
else
  cat <<'BANNER'
################################################################################
##  PostgreSQL tests are SKIPPED: OVERSIGHT_TEST_POSTGRES_URL is not set and no  ##
##  PostgreSQL answers on 127.0.0.1:5432. Only SQLite is covered by this run.    ##
################################################################################
BANNER
fi

# S3-compatible server for the attachment store's tests (moto, installed under target/ on first
# use), unless one is given; stopped on exit.
S3_TEST_SERVER_PID=""
if [[ -z "${OVERSIGHT_TEST_S3_URL:-}" ]]; then
  echo "==> starting the S3-compatible test server (scripts/s3-test-server.sh)"
  eval "$(scripts/s3-test-server.sh start)"
fi
echo "==> attachment store tests on S3 at ${OVERSIGHT_TEST_S3_URL}"
trap 'scripts/s3-test-server.sh stop "$S3_TEST_SERVER_PID"' EXIT

echo "==> schema contract: linter and generated TypeScript client (scripts/schema-check.sh)"
scripts/schema-check.sh

echo "==> building the workspace (plugins included)"
cargo build --workspace --all-targets

echo "==> GraphQL-over-HTTP audit (graphql-http serverAudits) against the real server"
audit_dir="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
export OVERSIGHT_DATABASE_URL="sqlite://${audit_dir}/audit.sqlite?mode=rwc" OVERSIGHT_LOG=warn
OVERSIGHT_JWT_HS256_SECRET="$(python3 -c 'import secrets; print(secrets.token_hex(32))')"
export OVERSIGHT_JWT_HS256_SECRET
target/debug/oversight migrate up >/dev/null
# The endpoint admits no anonymous request; the audit sends a platform token.
token="$(target/debug/oversight token issue --org platform --role plugin_administrator --subject http-audit --hours 1)"
target/debug/oversight serve --bind "127.0.0.1:${port}" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null || true; rm -rf "$audit_dir"; scripts/s3-test-server.sh stop "$S3_TEST_SERVER_PID"' EXIT
AUDIT_WAIT_SECONDS=30 AUDIT_AUTHORIZATION="Bearer ${token}" \
  bash tests/http-audit/run.sh "http://127.0.0.1:${port}/graphql"
unset OVERSIGHT_DATABASE_URL OVERSIGHT_LOG OVERSIGHT_JWT_HS256_SECRET
kill "$server_pid" 2>/dev/null || true
wait "$server_pid" 2>/dev/null || true

echo "==> GraphQL fuzzing from the schema against the real server (scripts/graphql-fuzz.sh)"
scripts/graphql-fuzz.sh

echo "==> Rust tests (cargo nextest)"
cargo nextest run --workspace --no-fail-fast
