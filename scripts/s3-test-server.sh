#!/usr/bin/env bash
# An S3-compatible server for the attachment tests: moto's server (`moto[server]` from PyPI),
# installed into a virtual environment under target/ on first use, started on a free loopback
# port. Used by scripts/test.sh (and so by .ci/run):
#   eval "$(scripts/s3-test-server.sh start)"   # exports OVERSIGHT_TEST_S3_URL and S3_TEST_SERVER_PID
#   scripts/s3-test-server.sh stop "$S3_TEST_SERVER_PID"
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

venv="target/s3-test-venv"
moto_version="5.2.5"

case "${1:-}" in
  start)
    if [[ ! -x "$venv/bin/moto_server" ]]; then
      python3 -m venv "$venv" >&2
      "$venv/bin/pip" install --quiet --disable-pip-version-check "moto[server]==${moto_version}" >&2
    fi
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')"
    log="target/s3-test-server.log"
    "$venv/bin/moto_server" -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
    pid=$!
    for _ in $(seq 1 60); do
      if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:${port}/moto-api/', timeout=1)" 2>/dev/null; then
        echo "export OVERSIGHT_TEST_S3_URL=http://127.0.0.1:${port} S3_TEST_SERVER_PID=${pid}"
        exit 0
      fi
      if ! kill -0 "$pid" 2>/dev/null; then
        echo "moto_server exited; see $log" >&2
        exit 1
      fi
      sleep 0.5
    done
    kill "$pid" 2>/dev/null || true
    echo "moto_server did not answer on port ${port} within 30 s; see $log" >&2
    exit 1
    ;;
  stop)
    if [[ -n "${2:-}" ]]; then kill "$2" 2>/dev/null || true; fi
    ;;
  *)
    echo "usage: $0 start | stop <pid>" >&2
    exit 2
    ;;
esac
