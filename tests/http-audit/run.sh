#!/usr/bin/env bash
# GraphQL-over-HTTP conformance audit of a running server (graphql-http's serverAudits).
#
#   tests/http-audit/run.sh <url>        e.g. tests/http-audit/run.sh http://127.0.0.1:8080/graphql
#
# Installs the pinned npm packages (npm ci) when node_modules is missing or older than
# package-lock.json, then runs audit.mjs; its exit code is this script's. Environment
# variables understood by audit.mjs (MIN_SHOULD_MAY, AUDIT_AUTHORIZATION, AUDIT_TIMEOUT_MS,
# AUDIT_WAIT_SECONDS) pass through.
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $0 <url>   (e.g. http://127.0.0.1:8080/graphql)" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
stamp="$here/node_modules/.package-lock.json"   # written by npm on every install/ci
if [[ ! -d "$here/node_modules" || ! -f "$stamp" || "$here/package-lock.json" -nt "$stamp" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi

exec node "$here/audit.mjs" "$1"
