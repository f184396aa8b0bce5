#!/usr/bin/env bash
# Starts Haat on the embedded defaults (embedded PostgreSQL, in-process queue) and waits for /ready.
set -euo pipefail
dir=$(mktemp -d)
chmod 755 "$dir"
port=38080
env -u DATABASE_URL -u REDIS_URL PORT=$port EMBEDDED_PG_DIR="$dir/pg" EMBEDDED_PG_PORT=38432 \
  STORAGE_DIR="$dir/files" node bin/haat.js serve >"$dir/log" 2>&1 &
pid=$!
cleanup() { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$dir"; }
trap cleanup EXIT
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/ready" 2>/dev/null | grep -q '"ready"'; then
    echo "embedded smoke: /ready answered"
    exit 0
  fi
  if ! kill -0 "$pid" 2>/dev/null; then break; fi
  sleep 0.5
done
echo "embedded smoke: /ready did not answer; log follows" >&2
cat "$dir/log" >&2
exit 1
