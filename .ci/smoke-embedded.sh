#!/usr/bin/env bash
# Starts Haat on the embedded defaults (embedded PostgreSQL, in-process queue) and waits for /ready.
set -euo pipefail
dir=$(mktemp -d)
chmod 755 "$dir"
# Free ports chosen by the kernel: a Haat (or anything else) already running on this machine must not
# make the smoke fail.
free_port() { node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
port=$(free_port)
pg_port=$(free_port)
env -u DATABASE_URL -u REDIS_URL PORT=$port EMBEDDED_PG_DIR="$dir/pg" EMBEDDED_PG_PORT=$pg_port \
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
