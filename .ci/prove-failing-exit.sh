#!/usr/bin/env bash
# A test run with a failing test must exit non-zero in both modes: on the embedded PostgreSQL
# (no DATABASE_URL/REDIS_URL, the README's default) and on the machine's PostgreSQL and Redis.
set -uo pipefail
cd "$(dirname "$0")/.."
database_url="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/test}"
redis_url="${REDIS_URL:-redis://127.0.0.1:6379}"
status=0

check() {
  local mode=$1
  shift
  local log
  log=$(mktemp)
  "$@" npx vitest run --config vitest.canary.config.ts >"$log" 2>&1
  local code=$?
  if [ "$code" -eq 0 ]; then
    echo "prove-failing-exit: $mode: a failing test exited 0; output follows" >&2
    cat "$log" >&2
    status=1
  elif ! grep -q 'fails on purpose' "$log"; then
    echo "prove-failing-exit: $mode: exited $code without running the failing test; output follows" >&2
    cat "$log" >&2
    status=1
  else
    echo "prove-failing-exit: $mode: a failing test exits $code"
  fi
  rm -f "$log"
}

check embedded env -u DATABASE_URL -u REDIS_URL
check services env DATABASE_URL="$database_url" REDIS_URL="$redis_url"
exit $status
