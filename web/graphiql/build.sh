#!/usr/bin/env bash
# Copy the pinned, offline GraphiQL assets into an output directory.
#
#   web/graphiql/build.sh <outdir>
#
# Produces exactly these files in <outdir> (served by the server at /graphiql/assets/<name>):
#   react.production.min.js      react@18.3.1      umd/react.production.min.js
#   react-dom.production.min.js  react-dom@18.3.1  umd/react-dom.production.min.js
#   graphiql.min.js              graphiql@3.8.3    graphiql.min.js (UMD; bundles graphql 16.9.0 itself)
#   graphiql.min.css             graphiql@3.8.3    graphiql.min.css (fonts/images inlined as data: URIs)
#   boot.js                      this directory    boot.js (page boot script, kept out of index.html for CSP)
# index.html is not copied: the server serves web/graphiql/index.html itself at GET /graphql.
#
# npm ci runs only when node_modules is missing or older than package-lock.json.
set -euo pipefail

if [[ $# -ne 1 || -z "$1" ]]; then
  echo "usage: $0 <outdir>" >&2
  exit 2
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$1"

stamp="$here/node_modules/.package-lock.json"   # written by npm on every install/ci
if [[ ! -d "$here/node_modules" || ! -f "$stamp" || "$here/package-lock.json" -nt "$stamp" ]]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi

mkdir -p "$out"

copy() { # <source under node_modules or here> <dest name>
  local src="$1" dest="$2"
  if [[ ! -s "$src" ]]; then
    echo "build.sh: missing or empty asset: $src" >&2
    exit 1
  fi
  install -m 0644 "$src" "$out/$dest"
}

nm="$here/node_modules"
copy "$nm/react/umd/react.production.min.js"         react.production.min.js
copy "$nm/react-dom/umd/react-dom.production.min.js" react-dom.production.min.js
copy "$nm/graphiql/graphiql.min.js"                  graphiql.min.js
copy "$nm/graphiql/graphiql.min.css"                 graphiql.min.css
copy "$here/boot.js"                                 boot.js

# Files are copied byte-for-byte (they match the lockfile's integrity hashes). The two
# graphiql files end in a sourceMappingURL comment whose .map is not shipped: only an open
# devtools panel asks for it, and gets a 404.

echo "graphiql assets written to $out:"
(cd "$out" && ls -l react.production.min.js react-dom.production.min.js graphiql.min.js graphiql.min.css boot.js)
