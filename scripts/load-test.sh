#!/usr/bin/env bash
# Load test of `sitrep serve` (issue #8): a store of 10,000 synthetic articles with 10 figures each
# (no NLP: `sitrep bench figures` fills the store and indexes the figures ledger, up to 4,000
# threads over 50 states, 40 claimants and two years), served on a free port, then wrk with 20 connections against
#   1. the article endpoint, cycling through 500 different articles, and
#   2. the figures API (/api/v1/figures, the first page of the thread table).
# Prints p50/p90/p95/p99 per target (the target is p95 < 100 ms), the server's CPU time per request
# (from /proc, so it does not depend on what else the machine runs), and the same figures for
# /api/v1/health as a baseline: on a loaded machine, compare with it.
#
#   scripts/load-test.sh [--articles N] [--duration 30s] [--connections 20] [--threads 2]
#                        [--db FILE (reused when it exists)] [--article-path /api/v1/articles/]
#                        [--serve-args "--read-connections 0"]
#
# Needs wrk (Debian: apt-get install -y wrk) and curl. --article-path /articles/ measures the HTML
# article page once it exists.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
articles=10000 duration=30s connections=20 threads=2 db="" article_path=/api/v1/articles/ serve_args=""
while [ $# -gt 0 ]; do
  case "$1" in
    --articles) articles="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --connections) connections="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --article-path) article_path="$2"; shift 2 ;;
    --serve-args) serve_args="$2"; shift 2 ;;
    *) echo "load-test: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "load-test: wrk is missing: apt-get install -y wrk" >&2; exit 1; }
work="$(mktemp -d)"
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
[ -n "$db" ] || db="$work/load.db"

if [ ! -f "$db" ]; then
  echo "== building a store of $articles synthetic articles (10 claims each) in $db"
  "$here/sitrep" bench figures --claims $((articles * 10)) --per-article 10 --runs 1 --db "$db"
fi

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
echo "== sitrep serve --port $port $serve_args (the first start indexes the figures ledger)"
# shellcheck disable=SC2086
"$here/sitrep" serve --db "$db" --port "$port" $serve_args 2>"$work/serve.log" &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 600); do
  curl -fs "$base/api/v1/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$base/api/v1/health" >/dev/null || { echo "load-test: the server did not come up" >&2; exit 1; }

# 500 article ids spread over the store: 5 pages of 100 at different offsets.
: >"$work/articles.txt"
for offset in 0 2000 4000 6000 8000; do
  curl -fs "$base/api/v1/articles?limit=100&offset=$offset" | python3 -c '
import json, sys
for item in json.load(sys.stdin)["items"]:
    print(sys.argv[1] + item["id"])' "$article_path" >>"$work/articles.txt"
done
echo "/api/v1/figures" >"$work/figures.txt"
echo "/api/v1/health" >"$work/health.txt"
curl -fs "$base/api/v1/articles?limit=1&offset=$((articles - 1))" | python3 -c '
import json, sys
sys.exit(0 if json.load(sys.stdin)["items"] else "load-test: the store holds fewer than " + sys.argv[1] + " articles")' "$articles"

# CPU seconds (user + system) the server process has used so far.
cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{ printf "%.3f", ($14 + $15) / hz }' "/proc/$server/stat"
}

run() {
  echo "== $1: wrk -t$threads -c$connections -d$duration --latency ($(wc -l <"$2") distinct paths)"
  curl -fs -o /dev/null -w "   one request: HTTP %{http_code}, %{size_download} bytes\n" "$base$(head -1 "$2")"
  local before out
  before="$(cpu)"
  out="$(WRK_PATHS="$2" wrk -t"$threads" -c"$connections" -d"$duration" --latency \
    -s "$here/scripts/load-paths.lua" "$base")"
  echo "$out" | sed -n '/Requests\/sec/p;/^requests/,$p'
  echo "$out" | awk -v cpu="$(echo "$(cpu) - $before" | bc -l)" '/^requests/ {
    gsub(",", "", $2); printf "server cpu: %.2f ms per request\n", cpu * 1000 / $2 }'
  echo "   load average: $(cut -d' ' -f1-3 /proc/loadavg)"
}
# warm-up: JIT and the database pages of the 500 articles
WRK_PATHS="$work/articles.txt" wrk -t"$threads" -c"$connections" -d10s -s "$here/scripts/load-paths.lua" "$base" >/dev/null
run "article ($article_path{id})" "$work/articles.txt"
run "figures API (/api/v1/figures)" "$work/figures.txt"
run "baseline (/api/v1/health)" "$work/health.txt"
