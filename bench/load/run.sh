#!/usr/bin/env bash
# Load bench: wrk against GET and POST /api/v1/normalize of real `vocab serve` processes (Release build,
# Production environment), one process on SQLite, one on PostgreSQL directly and through nginx, and two on one
# PostgreSQL database through nginx; beside the baselines of the same run: GET /health of the same process (the
# framework's floor for one request) and nginx answering by itself (the HTTP floor through the proxy). Ends with a
# short pass under the default rate limits. Prints one table; everything it starts is stopped on exit.
#
#   bash bench/load/run.sh                         # ~3 min of warm-up and timed runs, plus build and start
#   VOCAB_LOAD_DURATION=10 bash bench/load/run.sh  # seconds per wrk run (default 8)
#   VOCAB_LOAD_ARTIFACTS=/tmp/art bash bench/load/run.sh   # build into --artifacts-path /tmp/art instead of bin/
#   VOCAB_LOAD_NO_BUILD=1 …                        # reuse the last Release build
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
export VOCAB_LOAD_DIR=$root/bench/load
duration=${VOCAB_LOAD_DURATION:-8}
warmup=${VOCAB_LOAD_WARMUP:-20}
batch=${VOCAB_LOAD_BATCH:-100}
export VOCAB_LOAD_BATCH=$batch
# The limiter needs a positive permit count (0 is not "off"): a billion per second never binds.
raised=1000000000

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
[[ -x /usr/sbin/nginx ]] || command -v nginx >/dev/null 2>&1 || need+=(nginx-light)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
if ((${#need[@]})); then
  if [[ $(id -u) != 0 ]]; then echo "missing: ${need[*]} (install them with apt-get, or run as root)" >&2; exit 1; fi
  echo "installing: ${need[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)

work=$(mktemp -d /tmp/vocab-load.XXXXXX)
# PostgreSQL (as user postgres) and nginx's workers (as nobody) keep their files below it.
chmod 755 "$work"
declare -A pid_of=() url_of=()
pgroot=$work/pg
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  local name
  for name in "${!pid_of[@]}"; do kill -TERM "${pid_of[$name]}" 2>/dev/null || true; done
  for name in "${!pid_of[@]}"; do wait "${pid_of[$name]}" 2>/dev/null || true; done
  if [[ -f $pgroot/data/postmaster.pid ]]; then as_pg "$pgbin/pg_ctl" -D "$pgroot/data" -m fast -w stop >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

build=(-c Release -nologo -v q)
dll=$root/src/Vocab.Cli/bin/Release/net10.0/vocab.dll
if [[ -n ${VOCAB_LOAD_ARTIFACTS:-} ]]; then
  build+=(--artifacts-path "$VOCAB_LOAD_ARTIFACTS")
  dll=$VOCAB_LOAD_ARTIFACTS/bin/Vocab.Cli/release/vocab.dll
fi
if [[ -z ${VOCAB_LOAD_NO_BUILD:-} ]]; then
  dotnet build src/Vocab.Cli "${build[@]}" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
fi

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# start NAME DB LIMITS [VAR=VALUE...]: `vocab serve` as a deployment runs it (environment variables only). LIMITS
# is "raised" (rate limits lifted for the load test) or "default" (the shipped limits).
start() {
  local name=$1 db=$2 limits=$3 port
  shift 3
  port=$(free_port)
  local env=(env -u VOCAB_DB -u ASPNETCORE_URLS -u Vocab__RateLimit__PerIpPerSecond -u Vocab__RateLimit__PerTokenPerSecond
    ASPNETCORE_ENVIRONMENT=Production "Vocab__DataProtection__KeysPath=$work/keys")
  if [[ $limits == raised ]]; then
    env+=("Vocab__RateLimit__PerIpPerSecond=$raised" "Vocab__RateLimit__PerTokenPerSecond=$raised")
  fi
  env+=("$@")
  "${env[@]}" dotnet "$dll" serve --db "$db" --urls "http://127.0.0.1:$port" >"$work/$name.log" 2>&1 &
  pid_of[$name]=$!
  url_of[$name]=http://127.0.0.1:$port
  date +%s.%N >"$work/$name.started"
}

# ready NAME: waits for /ready (the snapshot loaded and the label index built).
ready() {
  local name=$1 i
  for ((i = 0; i < 600; i++)); do
    if curl -sf -o /dev/null "${url_of[$name]}/ready"; then
      awk -v n="$name" -v a="$(cat "$work/$name.started")" -v b="$(date +%s.%N)" -v p="${pid_of[$name]}" -v u="${url_of[$name]}" \
        'BEGIN { printf "%s ready after %.1f s (pid %s, %s)\n", n, b - a, p, u }'
      return
    fi
    if ! kill -0 "${pid_of[$name]}" 2>/dev/null; then echo "$name exited before it was ready:" >&2; tail -20 "$work/$name.log" >&2; exit 1; fi
    sleep 0.2
  done
  echo "$name not ready after 120 s" >&2; exit 1
}

stop() {
  local name=$1
  report_process "$name"
  kill -TERM "${pid_of[$name]}"
  wait "${pid_of[$name]}" 2>/dev/null || true
  unset "pid_of[$name]"
}

# report_process NAME: what the process itself counted (5xx answers, unmatched labels it had to drop), its
# resident memory and how much it logged; a leak or an error under load shows here.
report_process() {
  local name=$1 metrics rss
  metrics=$(curl -sf "${url_of[$name]}/metrics" || true)
  rss=$(awk '/VmRSS/ {printf "%.0f MB", $2 / 1024}' "/proc/${pid_of[$name]}/status")
  python3 - "$name" "$rss" "$(du -h "$work/$name.log" | cut -f1)" "$metrics" >>"$work/processes.txt" <<'PY'
import re, sys
name, rss, log, text = sys.argv[1:]
text += "\n"
def total(metric, status=None):
    where = f'[^}}\n]*status="{status}"' if status else ""
    return sum(float(v) for v in re.findall(re.escape(metric) + where + r"[^\n]* (\d+(?:\.\d+)?)\n", text))
ok, client, server = (total("vocab_http_requests_total{", s) for s in ("2xx", "4xx", "5xx"))
dropped = total("vocab_unmatched_dropped_total")
print(f"  {name}: RSS {rss}, log {log}; answers counted by /metrics: {ok:,.0f} 2xx, {client:,.0f} 4xx, "
      f"{server:,.0f} 5xx; unmatched labels dropped: {dropped:,.0f}")
PY
}

# bench SETUP ENDPOINT CONNECTIONS SCRIPT URL [LABELS_PER_REQUEST] [SECONDS]: one wrk run, one row of the table.
bench() {
  local setup=$1 endpoint=$2 connections=$3 script=$4 url=$5 per=${6:-} seconds=${7:-$duration} out
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$VOCAB_LOAD_DIR/$script" "$url" 2>&1) || true
  local result
  result=$(grep '^RESULT' <<<"$out") || { echo "wrk failed for $setup, $endpoint:" >&2; echo "$out" >&2; exit 1; }
  printf '%s\t%s\t%s\t%s\t%s\n' "$setup" "$endpoint" "$connections" "$per" "${result#RESULT }" >>"$work/rows.tsv"
  python3 "$VOCAB_LOAD_DIR/table.py" row "$setup" "$endpoint" "$connections" "$per" "${result#RESULT }"
}

# warm NAME...: the processes timed next, under load at once for $warmup s (not reported). Tiered JIT compilation
# needs tens of seconds of load on a busy 2-core machine before a process answers at its full rate (a cold one
# manages a third of it); warming them together gives their background compilers the CPU in one go.
warm() {
  local name jobs=()
  for name in "$@"; do
    wrk -t1 -c8 -d"${warmup}s" -s "$VOCAB_LOAD_DIR/warm.lua" "${url_of[$name]}/" >/dev/null &
    jobs+=($!)
  done
  wait "${jobs[@]}"
  # The log writer drains what the warm-up queued, and compilation finishes, before the first timed run.
  sleep 3
}

echo "load bench $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores; load average at start:$(uptime | sed 's/.*load average://')"
echo "$(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2), $("$nginx_bin" -v 2>&1 | sed 's/.*: //'), $("$pgbin/postgres" --version), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}')"
echo "wrk -t2, ${duration} s per run after ${warmup} s of warm-up, --latency; POST batches of $batch labels; labels: $(grep -vc '^#' "$VOCAB_LOAD_DIR/labels.txt") from bench/load/labels.txt"
echo "rate limits RAISED for the load runs: Vocab__RateLimit__PerIpPerSecond=$raised, Vocab__RateLimit__PerTokenPerSecond=$raised"
echo "(the last pass runs with the defaults, 300/s per address, to show the limiter's 429s)"

# A throwaway PostgreSQL cluster (TOOLCHAIN.md section 7) for the replicas.
mkdir -p "$pgroot"
[[ $(id -u) == 0 ]] && chown postgres:postgres "$pgroot"
pgport=$(free_port)
as_pg "$pgbin/initdb" -D "$pgroot/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$work/initdb.log"
as_pg "$pgbin/pg_ctl" -D "$pgroot/data" -l "$pgroot/server.log" -w -t 30 \
  -o "-p $pgport -k $pgroot -c listen_addresses=127.0.0.1" start >/dev/null || { cat "$pgroot/server.log"; exit 1; }
"$pgbin/psql" -h 127.0.0.1 -p "$pgport" -U postgres -qAtc "CREATE DATABASE vocab_load"
pg="Host=127.0.0.1;Port=$pgport;Username=postgres;Database=vocab_load"

# Empty stores: the first process on each loads the shipped thesaurus (ontology/) as change 1. "quiet" differs from
# "sqlite" only in writing no per-request log line (a Production process logs one JSON line per API request to
# stdout: Vocab.Requests at Information); "limits" keeps the default rate limits.
start sqlite "$work/vocab.db" raised
start quiet "$work/quiet.db" raised Logging__LogLevel__Vocab.Requests=Warning
start limits "$work/limits.db" default
start pg-a "$pg" raised
ready sqlite
ready quiet
ready limits
ready pg-a
python3 "$VOCAB_LOAD_DIR/table.py" mix "${url_of[sqlite]}"
# The second replica joins once the first has seeded the database; it starts while the SQLite processes warm up.
start pg-b "$pg" raised
warm sqlite quiet
ready pg-b
s=${url_of[sqlite]} q=${url_of[quiet]}

python3 "$VOCAB_LOAD_DIR/table.py" header
# With and without the request log in turn, so a change in the machine's load hits both alike.
bench "1 process direct, SQLite" "GET /health" 64 fixed.lua "$s/health"
bench "1 process direct, SQLite, no req. log" "GET /health" 64 fixed.lua "$q/health"
bench "1 process direct, SQLite" "GET normalize mix" 64 mix.lua "$s/api/v1/normalize"
bench "1 process direct, SQLite, no req. log" "GET normalize mix" 64 mix.lua "$q/api/v1/normalize"
bench "1 process direct, SQLite" "GET normalize HAADF" 16 fixed.lua "$s/api/v1/normalize?label=HAADF"
bench "1 process direct, SQLite" "GET normalize HAADF" 64 fixed.lua "$s/api/v1/normalize?label=HAADF"
bench "1 process direct, SQLite" "POST normalize x$batch" 16 post.lua "$s/api/v1/normalize" "$batch"
stop sqlite
stop quiet

nginx_dir=$work/nginx
mkdir -p "$nginx_dir"
port_floor=$(free_port) port_one=$(free_port) port_two=$(free_port)
sed -e "s#@WORK@#$nginx_dir#g" -e "s#@LOAD@#$VOCAB_LOAD_DIR#g" -e "s#@PORT_FLOOR@#$port_floor#g" \
  -e "s#@PORT_ONE@#$port_one#g" -e "s#@PORT_TWO@#$port_two#g" \
  -e "s#@UPSTREAM_A@#${url_of[pg-a]#http://}#g" -e "s#@UPSTREAM_B@#${url_of[pg-b]#http://}#g" \
  "$VOCAB_LOAD_DIR/nginx.conf.template" >"$nginx_dir/nginx.conf"
"$nginx_bin" -p "$nginx_dir" -e "$nginx_dir/error.log" -c "$nginx_dir/nginx.conf" -g 'daemon off;' &
pid_of[nginx]=$!
for ((i = 0; i < 50; i++)); do curl -sf -o /dev/null "http://127.0.0.1:$port_two/health" && break; sleep 0.1; done
curl -sf -o /dev/null "http://127.0.0.1:$port_two/health" || { echo "nginx did not come up:" >&2; cat "$nginx_dir/error.log" >&2; exit 1; }
a=${url_of[pg-a]} one=http://127.0.0.1:$port_one two=http://127.0.0.1:$port_two
warm pg-a pg-b limits
bench "nginx alone (return 200)" "GET /" 64 fixed.lua "http://127.0.0.1:$port_floor/"
bench "1 process direct, PostgreSQL" "GET /health" 64 fixed.lua "$a/health"
bench "1 process via nginx, PostgreSQL" "GET /health" 64 fixed.lua "$one/health"
bench "2 processes via nginx, PostgreSQL" "GET /health" 64 fixed.lua "$two/health"
bench "1 process direct, PostgreSQL" "GET normalize mix" 64 mix.lua "$a/api/v1/normalize"
bench "1 process via nginx, PostgreSQL" "GET normalize mix" 64 mix.lua "$one/api/v1/normalize"
bench "2 processes via nginx, PostgreSQL" "GET normalize mix" 64 mix.lua "$two/api/v1/normalize"
bench "1 process direct, PostgreSQL" "POST normalize x$batch" 16 post.lua "$a/api/v1/normalize" "$batch"
bench "1 process via nginx, PostgreSQL" "POST normalize x$batch" 16 post.lua "$one/api/v1/normalize" "$batch"
bench "2 processes via nginx, PostgreSQL" "POST normalize x$batch" 16 post.lua "$two/api/v1/normalize" "$batch"

# Default limits (300 requests/s per address): the excess is answered 429 at once, not queued.
bench "1 process direct, SQLite, default limits" "GET normalize HAADF" 64 fixed.lua "${url_of[limits]}/api/v1/normalize?label=HAADF" "" \
  "$(((duration + 1) / 2))"

echo
python3 "$VOCAB_LOAD_DIR/table.py" table "$work/rows.tsv"
echo
echo "processes at the end:"
for name in pg-a pg-b limits; do report_process "$name"; done
cat "$work/processes.txt"
echo "load average at the end:$(uptime | sed 's/.*load average://'); $((SECONDS / 60)) min $((SECONDS % 60)) s in all"
