#!/usr/bin/env bash
# Memory of `npm run mock:server` around one big upload by curl, and the time to its answer.
# Not a test (its figures depend on the machine): run it by hand after changing mocks/http.
#   bash scripts/measure-mock-upload.sh [bytes, default 600000000]
# Each case gets a fresh server. RSS and peak RSS (VmHWM) are the server's node process's.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-600000000}
BIG=$(mktemp /tmp/mock-upload-XXXXXX.bin)
PORT=${MEASURE_PORT:-8797}
B=http://127.0.0.1:$PORT
SERVER_GROUP=
cleanup() {
  [ -n "$SERVER_GROUP" ] && kill -- "-$SERVER_GROUP" 2>/dev/null || true
  rm -f "$BIG"
}
trap cleanup EXIT
head -c "$SIZE" /dev/zero > "$BIG"

kib() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
field() { awk -v f="$1:" '$1 == f { print $2 }' "/proc/$2/status"; }

measure() {
  local label=$1 query=$2; shift 2
  setsid npm run mock:server --silent -- --port "$PORT" --empty > /dev/null 2>&1 &
  SERVER_GROUP=$!
  until curl -s -o /dev/null "$B/__mock/info"; do sleep 0.2; done
  local pid
  pid=$(ss -ltnpH "sport = :$PORT" | sed -E 's/.*pid=([0-9]+).*/\1/' | head -1)
  local token
  token=$(curl -s -X POST "$B/api/auth/token" -H 'Content-Type: application/json' \
    -d '{"accountid":"demo","key":"demo-key"}' | tr -d '"')
  sleep 1
  local before
  before=$(field VmRSS "$pid")
  local out
  out=$(curl -s -o /tmp/measure-answer.json -w '%{http_code} %{time_total} %{size_upload}' "$@" \
    -H "X-Auth-Token: $token" -H 'X-Auth-AccountId: demo' -F "file=@$BIG" "$B/api/media/upload?filename=big.bin$query")
  local peak after
  peak=$(field VmHWM "$pid")
  sleep 1
  after=$(field VmRSS "$pid")
  read -r code seconds sent <<< "$out"
  printf '%-44s HTTP %s in %6.2f s, curl sent %10d B; RSS %s -> peak %s, %s after; %s\n' \
    "$label" "$code" "$seconds" "$sent" "$(kib "$before")" "$(kib "$peak")" "$(kib "$after")" "$(head -c 90 /tmp/measure-answer.json)"
  kill -- "-$SERVER_GROUP"
  wait "$SERVER_GROUP" 2>/dev/null || true
  SERVER_GROUP=
}

echo "One upload of $SIZE bytes to $B:"
measure 'no maxsize' ''
measure 'maxsize=1000000 (curl: Expect: 100-continue)' '&maxsize=1000000'
measure 'maxsize=1000000 (no Expect, as a browser)' '&maxsize=1000000' -H 'Expect:'
measure 'maxsize=1000000 (chunked: no length known)' '&maxsize=1000000' -H 'Expect:' -H 'Transfer-Encoding: chunked'
