#!/usr/bin/env bash
# Benchmark of the FabMob site against nginx (serving the site's own static export, precompressed with
# brotli -q 11 and gzip -9), bare Kestrel serving the same files from memory (the ceiling of the stack), and Hugo.
#
#   bench/run.sh --quick   200 articles, a few seconds per measure, br only (CI smoke run: fails only on a crash)
#   bench/run.sh --load    200 articles, throughput and bytes only: every page, encoding and connection count,
#                          the ceiling, the old on-the-fly nginx and OutputCache (about 12 minutes on 2 cores)
#   bench/run.sh --full    200, 2,000 and 10,000 articles, everything (about 30 minutes on 2 cores)
#
# Installs wrk, nginx (with Debian's brotli_static module), brotli and hugo from Debian if missing, publishes the site in Release, generates the
# synthetic content trees (bench/FabMob.Bench.Corpus), measures everything side by side in one run and
# writes bench/results.md (also printed). All load goes to 127.0.0.1, every load is bounded in time
# (wrk -d), and every process started here is stopped on exit. Speed never makes it fail: only a
# crash does (a server that dies or never answers, a build or a tool that fails).
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$PWD
BENCH=$ROOT/bench
OUT=$BENCH/out
WORK=$OUT/work
APP_DIR=$OUT/app
APP_DLL=$APP_DIR/FabMob.Web.dll
# The same app published without ReadyToRun (`-p:PublishReadyToRun=false`, IL compiled at run time): its restart is
# measured too (--full), as issue 16 asks for both publications.
APP_IL_DIR=$OUT/app-il
# The site runs as docs/deploiement.md deploys it: a gen0 budget of 16 MiB (the default follows the
# processor's cache; this machine's 105 MiB L3 gives ~50 MiB, and a 10,000-article start then peaks
# ~30 MiB higher for no gain in time). Only the site's own processes get it (start_app and the export).
APP_GC=(DOTNET_GCgen0size=0x1000000)
CORPUS_DLL=$OUT/corpus-tool/FabMob.Bench.Corpus.dll
CEILING_DLL=$OUT/ceiling/FabMob.Bench.Ceiling.dll
# The floor of MVC: the empty application of the SDK's own `dotnet new mvc` template (one controller, its Razor views and
# layout), generated at each run and published as the app is (framework-dependent ReadyToRun for this machine).
MVC_FLOOR_SRC=$OUT/mvc-floor-src
MVC_FLOOR_DLL=$OUT/mvc-floor/MvcFloor.dll
RESULTS=${BENCH_RESULTS:-$BENCH/results.md}  # BENCH_RESULTS: write elsewhere (the CI smoke run keeps bench/results.md)
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DEBIAN_FRONTEND=noninteractive
ENCODING_HEADER='Accept-Encoding: gzip, br'

MODE=${1:---full}
case $MODE in
  --quick)
    SIZES=(200); CONNECTIONS=(32); WARMUP=1; DURATION=2; ROUNDS=1; ROUND_SECONDS=2; JIT_MAX=4; ENCODINGS=(br); LOAD_ONLY=0
    COLD_RUNS=2; COLD_RUNS_LARGE=2; EDIT_RUNS=2; EDIT_RUNS_LARGE=2; COLD_LIMIT=120; EXPERIMENTS=quick
    ;;
  --full|--load)
    SIZES=(200 2000 10000); CONNECTIONS=(32 128); WARMUP=${BENCH_WARMUP:-2}; DURATION=${BENCH_DURATION:-6}; JIT_MAX=30
    # The main table: per cell, ROUNDS interleaved rounds of ROUND_SECONDS s per server (load_rounds), as long in all as
    # the single 6 s run per server they replace.
    ROUNDS=${BENCH_ROUNDS:-3}; ROUND_SECONDS=${BENCH_ROUND_SECONDS:-2}
    ENCODINGS=(identity br gzip); LOAD_ONLY=0
    COLD_RUNS=5; COLD_RUNS_LARGE=3; EDIT_RUNS=5; EDIT_RUNS_LARGE=3; COLD_LIMIT=300; EXPERIMENTS=full
    if [ "$MODE" = --load ]; then SIZES=(200); LOAD_ONLY=1; fi
    ;;
  -h|--help)
    sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
    exit 0
    ;;
  *)
    echo "usage: bench/run.sh [--quick|--load|--full]" >&2
    exit 2
    ;;
esac
SMALL=${SIZES[0]}
LARGE=${SIZES[${#SIZES[@]}-1]}

# ---------------------------------------------------------------------------------------------
# helpers

RUN_START=$(date +%s)
PIDS=()
NOTES=()
STEP="start"

say() { printf '== [%4ss] %s\n' "$(( $(date +%s) - RUN_START ))" "$*" >&2; }
fail() { printf 'bench: CRASH (%s): %s\n' "$STEP" "$*" >&2; exit 1; }
note() { NOTES+=("$*"); say "note: $*"; }

# What a step no longer needs is moved aside (a rename) and deleted when the run is over: on ext4 without a journal,
# as this machine's disk is, files freed in the last minutes make each new file's inode search rescan them, and an
# export of 10,000 articles right after deleting the previous size's export and Hugo copy paid up to 3x its system
# time for it (docs/performance.md, « Export de 10 000 articles : le temps système »). Hugo gets the same treatment.
TRASH=$WORK/trash
discard() {
  local path
  mkdir -p "$TRASH"
  for path in "$@"; do
    if [ -e "$path" ]; then
      mv "$path" "$TRASH/$(date +%s%N)-$(basename "$path")"
    fi
  done
}

cleanup() {
  local status=$? pid
  for pid in "${PIDS[@]}"; do
    if kill -0 "$pid" 2>/dev/null; then
      kill "$pid" 2>/dev/null || true
    fi
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  if [ "$status" -ne 0 ]; then
    printf 'bench: stopped with status %s during "%s"\n' "$status" "$STEP" >&2
  fi
  rm -rf "$TRASH"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

stop() { # stop PID: one of ours, by its id
  local pid=$1
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}

now_ns() { date +%s%N; }
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
maximum() { sort -n | tail -1; }
percentile() { sort -n | awk -v p="$1" '{ a[NR] = $1 } END { if (NR == 0) { print "n/a"; exit } i = int(NR * p / 100 + 0.999999); if (i < 1) i = 1; print a[i] }'; }
# spread LOW HIGH: " (LOW–HIGH)", the lowest and highest round beside a ratio; nothing with one round or no value.
spread() { [ "$1" = n/a ] || [ "${ROUNDS:-1}" -le 1 ] || printf ' (%s–%s)' "$1" "$2"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "n/a" || b == "n/a" || b + 0 == 0) print "n/a"; else printf "%.2f", a / b }'; }
fmt1() { awk -v a="$1" 'BEGIN { if (a == "n/a") print a; else printf "%.1f", a }'; }
# mark VALUE OP LIMIT: ✅ when VALUE OP LIMIT holds (OP: le or ge), ❌ otherwise, n/a without a value.
mark() {
  awk -v a="$1" -v op="$2" -v b="$3" 'BEGIN {
    if (a == "n/a" || a == "") { print "n/a"; exit }
    ok = (op == "le") ? (a + 0 <= b + 0) : (a + 0 >= b + 0); print ok ? "✅" : "❌" }'
}
kib() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1024 }'; }
mib_of_kb() { awk -v k="$1" 'BEGIN { if (k == "n/a") print k; else printf "%.0f", k / 1024 }'; }

# Percent-encodes the bytes outside ASCII (and spaces) of a URL path, as a browser sends them.
pct() {
  local LC_ALL=C s=$1 out='' c i
  for (( i = 0; i < ${#s}; i++ )); do
    c=${s:i:1}
    case $c in
      [a-zA-Z0-9/._~:?=\&%+,@!\$\;-]) out+=$c ;;
      *) printf -v c '%%%02X' "'$c"; out+=${c/\%-/%} ;;
    esac
  done
  printf '%s' "$out"
}

# Below the kernel's ephemeral range: a port from that range can be taken by any outgoing connection
# (the bench's own curl polling it included: a connection to a port nobody listens on yet can connect
# to itself) while the app is still loading 10,000 articles, and the app then fails to bind.
free_port() {
  local p _ low
  low=$(awk '{ print $1 }' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  [ "$low" -gt 11000 ] || low=32768
  for _ in $(seq 1 100); do
    p=$(( 10000 + RANDOM % (low - 10000) ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
      echo "$p"
      return 0
    fi
  done
  fail "no free port on 127.0.0.1"
}

status_of() { curl -s -o /dev/null -w '%{http_code}' --max-time 5 -H "$ENCODING_HEADER" "$1" || echo 000; }

# wait_200 URL PID TIMEOUT_S: polls in a tight loop until URL answers 200. Fails (a crash) if the process
# exits first; returns 1 if it is still alive but not answering after TIMEOUT_S (slow, not a crash).
wait_200() {
  local url=$1 pid=$2 limit=$3 start code
  start=$(now_ns)
  while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" 2>/dev/null || true)
    [ "$code" = 200 ] && return 0
    kill -0 "$pid" 2>/dev/null || fail "process $pid exited before $url answered 200 (last status $code)"
    [ "$(ms_since "$start")" -lt $(( limit * 1000 )) ] || return 1
  done
}

# up PID URL: a server that must come up (10 min at most, or it is taken as hung).
up() { wait_200 "$2" "$1" 600 || fail "$2 did not answer 200 within 10 minutes (process alive, hung?)"; }

# first_200 PID URL WHAT START_NS: waits for the first 200 of URL from the process PID launched at START_NS; adds the
# elapsed ms to $all and the process's CPU ms to $cpus (no 200 within COLD_LIMIT: counted as COLD_LIMIT, with a note).
first_200() {
  local pid=$1 url=$2 what=$3 start=$4
  if wait_200 "$url" "$pid" "$COLD_LIMIT"; then
    all+="$(ms_since "$start") "
    cpus+="$(( $(cpu_ticks "$pid") * 1000 / CLK_TCK )) "
  else
    all+="$(( COLD_LIMIT * 1000 )) "
    note "$what: no 200 after ${COLD_LIMIT} s (counted as ${COLD_LIMIT} s)"
  fi
}

# floor_runs PID_VARIABLE URL_VARIABLE PATH WHAT START_FUNCTION [ARG...]: $runs launches by START_FUNCTION (which sets the
# two variables named), each to its first 200 of PATH, then stopped; sets all and cpus as first_200 does.
floor_runs() {
  local pid_var=$1 url_var=$2 path=$3 what=$4 i start
  shift 4
  all=''
  cpus=''
  for i in $(seq 1 "$runs"); do
    start=$(now_ns)
    "$@"
    first_200 "${!pid_var}" "${!url_var}$path" "$what" "$start"
    stop "${!pid_var}"
  done
}

# start_app CONTENT ENV LOGGING LOGFILE [SETTING...]: starts the published site on a free loopback port; sets APP_PID, APP_URL.
start_app() {
  local content=$1 env=$2 logging=$3 logfile=$4 port
  shift 4
  port=$(free_port)
  # Search:PermitLimit=0: no per-client rate limit, or the search measure would time 429 answers.
  # The snapshot cache in the bench's own folder (not ~/.cache); a SETTING may name another (the cold starts do).
  local args=(--urls "http://127.0.0.1:$port" "--Site:ContentPath=$content" --Search:PermitLimit=0 "--Site:CacheDirectory=$WORK/cache" "$@")
  if [ "$logging" = quiet ]; then
    # Warning, but the snapshot loads (one line per rebuild, with its time) stay: no line per request.
    args+=(--Serilog:MinimumLevel:Default=Warning --Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime=Warning
           --Serilog:MinimumLevel:Override:FabMob.Web.Content.ContentSnapshotHost=Information
           --Logging:LogLevel:Default=Warning --Logging:LogLevel:FabMob.Web.Content.ContentSnapshotHost=Information)
  fi
  env "${APP_GC[@]}" ASPNETCORE_ENVIRONMENT=$env dotnet "$APP_DLL" "${args[@]}" >"$logfile" 2>&1 &
  APP_PID=$!
  PIDS+=("$APP_PID")
  APP_URL="http://127.0.0.1:$port"
}

# start_nginx ROOT NAME MODE: nginx in the foreground (a child of this script), its own conf/pid/logs; sets NGINX_PID,
# NGINX_URL. MODE static: the .br and .gz files beside each file are sent as they are (gzip_static, brotli_static), as a
# static host serving a precompressed export does; MODE fly: gzip on (level 1) on every response, the old bench's peer.
start_nginx() {
  local root=$1 dir=$WORK/nginx-$2-$3 port user='' module='' compression
  port=$(free_port)
  rm -rf "$dir"
  mkdir -p "$dir/tmp"
  [ "$(id -u)" = 0 ] && user='user root;'
  if [ "$3" = static ]; then
    compression='gzip off;
    gzip_static on;
    gzip_vary on;'
    if [ $HAVE_BROTLI_STATIC = 1 ]; then
      module="load_module $BROTLI_MODULE;"
      compression+='
    brotli_static on;'
    fi
  else
    compression='gzip on;
    gzip_vary on;
    gzip_types text/css application/javascript image/svg+xml application/xml application/rss+xml application/atom+xml text/xml;'
  fi
  cat >"$dir/nginx.conf" <<EOF
# Generated by bench/run.sh: Debian's default nginx.conf reduced to what serving files needs.
$module
$user
worker_processes auto;
daemon off;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    server_tokens off;
    access_log off;
    $compression
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    server {
        listen 127.0.0.1:$port;
        root $root;
        charset utf-8;
        location / {
            try_files \$uri \$uri/index.html =404;
        }
        error_page 404 /404.html;
    }
}
EOF
  nginx -e "$dir/error.log" -p "$dir" -c "$dir/nginx.conf" >"$dir/stdout.log" 2>&1 &
  NGINX_PID=$!
  PIDS+=("$NGINX_PID")
  NGINX_URL="http://127.0.0.1:$port"
}

# start_ceiling ROOT: bench/FabMob.Bench.Ceiling (bare Kestrel, the files of ROOT and their .br/.gz from memory); sets CEIL_PID, CEIL_URL.
start_ceiling() {
  local port
  port=$(free_port)
  env "${APP_GC[@]}" dotnet "$CEILING_DLL" --root "$1" --urls "http://127.0.0.1:$port" >"$WORK/ceiling.log" 2>&1 &
  CEIL_PID=$!
  PIDS+=("$CEIL_PID")
  CEIL_URL="http://127.0.0.1:$port"
}

# start_mvc_floor: the `dotnet new mvc` application, as the app is started (Production, the same gen0 budget, its own
# folder as content root, as the app's is: from this repository's root, its file providers would watch the bench's
# trees); sets MVC_PID, MVC_URL.
start_mvc_floor() {
  local port
  port=$(free_port)
  env "${APP_GC[@]}" ASPNETCORE_ENVIRONMENT=Production dotnet "$MVC_FLOOR_DLL" --urls "http://127.0.0.1:$port" \
    --contentRoot "$(dirname "$MVC_FLOOR_DLL")" >"$WORK/mvc-floor.log" 2>&1 &
  MVC_PID=$!
  PIDS+=("$MVC_PID")
  MVC_URL="http://127.0.0.1:$port"
}

# precompress DIR all|PAGE...: FILE.br (brotli -q 11) and FILE.gz (gzip -9 -n) beside the text files of DIR (all), or beside
# the given pages' index.html and the stylesheets and scripts only (a 10,000-article export would take 20 minutes).
precompress() {
  local dir=$1 page
  shift
  {
    if [ "$1" = all ]; then
      find "$dir" -type f \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.xml' -o -name '*.svg' -o -name '*.json' -o -name '*.txt' \)
    else
      for page in "$@"; do printf '%s\n' "$dir${page%/}/index.html"; done
      find "$dir" -maxdepth 2 -type f \( -name '*.css' -o -name '*.js' \)
    fi
  } | xargs -d '\n' -P2 -n25 sh -c 'for f; do brotli -f -k -q 11 "$f" && gzip -9 -n -k -f "$f" || exit 1; done' sh \
    || fail "precompressing $dir failed"
}

# cpu_ticks PID: user+system CPU clock ticks of a process (all its threads) and of its direct children (nginx workers).
cpu_ticks() {
  local pid total=0 p
  for p in "$1" $(cat /proc/"$1"/task/*/children 2>/dev/null || true); do
    [ -r "/proc/$p/stat" ] || continue
    total=$(( total + $(awk '{ sub(/^.*\) /, ""); print $12 + $13 }' "/proc/$p/stat") ))
  done
  echo "$total"
}
CLK_TCK=$(getconf CLK_TCK)

# wrk_once URL CONNECTIONS SERVER_PID HEADER SECONDS: one measured wrk run (no warm-up); sets L_RPS L_P50 L_P99 (ms)
# L_BAD (non-2xx/3xx), L_ERR (socket errors) and L_CPU (server CPU time per request, µs: steadier than req/s on a shared machine).
wrk_once() {
  local url=$1 connections=$2 pid=$3 header=$4 seconds=$5 out before after requests
  out=$(mktemp)
  before=$(cpu_ticks "$pid")
  wrk -t2 -c"$connections" -d"${seconds}s" --latency -H "$header" "$url" >"$out" 2>&1 || fail "wrk failed on $url"
  after=$(cpu_ticks "$pid")
  read -r L_RPS L_P50 L_P99 L_BAD L_ERR requests < <(awk '
    function ms(v) {
      if (v ~ /us$/) return substr(v, 1, length(v) - 2) / 1000
      if (v ~ /ms$/) return substr(v, 1, length(v) - 2) + 0
      if (v ~ /s$/) return substr(v, 1, length(v) - 1) * 1000
      return v + 0
    }
    $1 == "50%" { p50 = ms($2) }
    $1 == "99%" { p99 = ms($2) }
    /^Requests\/sec/ { rps = $2 }
    /Non-2xx/ { bad = $NF }
    /Socket errors/ { gsub(",", ""); errors = $4 + $6 + $8 + $10 }
    /requests in/ { n = $1 }
    END { printf "%.0f %.2f %.2f %d %d %d\n", rps, p50, p99, bad, errors, n }' "$out")
  rm -f "$out"
  [ -n "$L_RPS" ] && [ "$L_RPS" != 0 ] && [ "$requests" -gt 0 ] || fail "wrk measured nothing on $url"
  L_CPU=$(awk -v t=$(( after - before )) -v n="$requests" -v hz="$CLK_TCK" 'BEGIN { printf "%.0f", t * 1000000 / hz / n }')
}

# load URL CONNECTIONS SERVER_PID [HEADER]: warm-up then one measured wrk run of DURATION s (HEADER: the Accept-Encoding
# line, by default ENCODING_HEADER); sets what wrk_once sets. The side measures (old on-the-fly nginx, OutputCache,
# experiments) use it; the main table uses load_rounds.
load() {
  local url=$1 connections=$2 pid=$3 header=${4:-$ENCODING_HEADER}
  wrk -t2 -c"$connections" -d"${WARMUP}s" -H "$header" "$url" >/dev/null 2>&1 || fail "wrk warm-up failed on $url"
  wrk_once "$url" "$connections" "$pid" "$header" "$DURATION"
}

# load_rounds HEADER CONNECTIONS NAME URL PID [NAME URL PID]...: the servers of one cell of the main table measured
# side by side. Each is warmed up (WARMUP s), then ROUNDS rounds measure each for ROUND_SECONDS s, the order rotated by
# one every round (a b c, then b c a, then c a b): a load spike from the machine's other tenants falls on one round of
# some servers instead of deciding a whole cell, and no server is always measured first or last. Sets, per NAME:
# R_RPS, R_P99, R_CPU (medians of the rounds), R_RUNS (the req/s of each round, in round order), R_BAD, R_ERR (sums).
load_rounds() {
  local header=$1 connections=$2 names=() order n r
  shift 2
  declare -gA R_URL=() R_PID=() R_RPS=() R_P99=() R_CPU=() R_RUNS=() R_BAD=() R_ERR=()
  local -A p99s=() cpus=()
  while [ $# -ge 3 ]; do
    names+=("$1"); R_URL[$1]=$2; R_PID[$1]=$3; R_RUNS[$1]=''; R_BAD[$1]=0; R_ERR[$1]=0; p99s[$1]=''; cpus[$1]=''
    shift 3
  done
  for n in "${names[@]}"; do
    wrk -t2 -c"$connections" -d"${WARMUP}s" -H "$header" "${R_URL[$n]}" >/dev/null 2>&1 || fail "wrk warm-up failed on ${R_URL[$n]}"
  done
  order=("${names[@]}")
  for (( r = 0; r < ROUNDS; r++ )); do
    for n in "${order[@]}"; do
      wrk_once "${R_URL[$n]}" "$connections" "${R_PID[$n]}" "$header" "$ROUND_SECONDS"
      R_RUNS[$n]+="$L_RPS "; p99s[$n]+="$L_P99 "; cpus[$n]+="$L_CPU "
      R_BAD[$n]=$(( ${R_BAD[$n]} + L_BAD )); R_ERR[$n]=$(( ${R_ERR[$n]} + L_ERR ))
    done
    order=("${order[@]:1}" "${order[0]}")
  done
  for n in "${names[@]}"; do
    R_RPS[$n]=$(printf '%s\n' ${R_RUNS[$n]} | median)
    R_P99[$n]=$(printf '%s\n' ${p99s[$n]} | median)
    R_CPU[$n]=$(printf '%s\n' ${cpus[$n]} | median)
  done
}

# round_ratio A B: the median over the rounds of A's req/s / B's req/s in the same round, then the lowest and highest of
# them ("1.02 0.95 1.10"); "n/a n/a n/a" when B was not measured.
round_ratio() {
  [ -n "${R_RUNS[$2]:-}" ] || { echo "n/a n/a n/a"; return; }
  paste -d' ' <(printf '%s\n' ${R_RUNS[$1]}) <(printf '%s\n' ${R_RUNS[$2]}) | awk '{ printf "%.4f\n", $1 / $2 }' | sort -n |
    awk '{ a[NR] = $1 } END { m = (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2; printf "%.2f %.2f %.2f\n", m, a[1], a[NR] }'
}

# jit_warmup BASE PID: loads each measured page in 2 s bursts until the server's CPU time per request is
# steady (two bursts within 10 %, at most JIT_MAX s per page): tiered compilation needs 10 to 20 s of
# traffic here before the hot code is optimised, and a long-running server is what is measured.
jit_warmup() {
  local base=$1 pid=$2 path before after requests current previous=0 waited
  for path in "/à-propos" "/blog" "$BENCH_LONG_URL"; do
    waited=0
    while [ "$waited" -lt "$JIT_MAX" ]; do
      before=$(cpu_ticks "$pid")
      requests=$(wrk -t2 -c32 -d2s -H "$ENCODING_HEADER" "$base$(pct "$path")" 2>&1 | awk '/requests in/ { print $1 }' || true)
      after=$(cpu_ticks "$pid")
      waited=$(( waited + 2 ))
      [ "${requests:-0}" -gt 0 ] || fail "warm-up: no answer from $base$path"
      current=$(awk -v t=$(( after - before )) -v n="$requests" -v hz="$CLK_TCK" 'BEGIN { printf "%.0f", t * 1000000 / hz / n }')
      if [ "$waited" -ge 6 ] && awk -v a="$current" -v b="$previous" 'BEGIN { exit !(b > 0 && a <= b * 1.1 && a >= b * 0.9) }'; then
        break
      fi
      previous=$current
    done
    WARMUP_LOG+="$path ${waited} s → ${current} µs/req ; "
  done
}

install_missing() {
  local wanted=() tool pkg updated=0
  for tool in wrk:wrk nginx:nginx brotli:brotli hugo:hugo curl:curl /usr/bin/time:time; do
    pkg=${tool#*:}
    tool=${tool%%:*}
    command -v "$tool" >/dev/null 2>&1 || wanted+=("$pkg")
  done
  [ -f "$BROTLI_MODULE" ] || wanted+=(libnginx-mod-http-brotli-static)
  [ ${#wanted[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" != 0 ]; then
    note "cannot install ${wanted[*]} (no apt-get or not root)"
    return 0
  fi
  for pkg in "${wanted[@]}"; do
    if [ $updated = 0 ]; then
      say "apt-get update"
      apt-get update -qq >/dev/null 2>&1 || note "apt-get update failed"
      updated=1
    fi
    if apt-cache policy "$pkg" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
      say "apt-get install $pkg"
      apt-get install -y -qq "$pkg" >/dev/null 2>&1 || note "apt-get install $pkg failed"
    else
      note "Debian package $pkg does not exist here (apt-cache policy: no candidate)"
    fi
  done
}

# ---------------------------------------------------------------------------------------------
# tools, build, machine

STEP="install"
BROTLI_MODULE=/usr/lib/nginx/modules/ngx_http_brotli_static_module.so
install_missing
HAVE_WRK=0; command -v wrk >/dev/null 2>&1 && HAVE_WRK=1
HAVE_NGINX=0; command -v nginx >/dev/null 2>&1 && HAVE_NGINX=1
HAVE_HUGO=0; command -v hugo >/dev/null 2>&1 && HAVE_HUGO=1
HAVE_TIME=0; [ -x /usr/bin/time ] && HAVE_TIME=1
HAVE_BROTLI_STATIC=0; [ -f "$BROTLI_MODULE" ] && HAVE_BROTLI_STATIC=1
command -v brotli >/dev/null 2>&1 && command -v gzip >/dev/null 2>&1 || fail "brotli and gzip are required (Debian packages brotli, gzip)"
[ $HAVE_BROTLI_STATIC = 1 ] || note "nginx's brotli_static module missing (Debian package libnginx-mod-http-brotli-static): nginx answers br requests with its .gz or plain files"
command -v curl >/dev/null 2>&1 || fail "curl is required"
[ $HAVE_WRK = 1 ] || note "wrk missing: the load comparison is skipped"
[ $HAVE_NGINX = 1 ] || note "nginx missing: the app is measured alone, without nginx ratios"
[ $HAVE_HUGO = 1 ] || note "hugo missing: the export comparison with Hugo is skipped"

STEP="build"
mkdir -p "$WORK"
# --artifacts-path keeps this build's obj/ and bin/ under bench/out, apart from builds running in the working tree.
# The plain command, as docs/deploiement.md gives it: the project makes it a framework-dependent ReadyToRun publication
# for this machine's platform (src/FabMob.Web/FabMob.Web.csproj).
say "dotnet publish src/FabMob.Web -c Release -o bench/out/app"
dotnet publish src/FabMob.Web -c Release -o "$APP_DIR" --artifacts-path "$OUT/artifacts" -nologo -v quiet >"$OUT/publish.log" 2>&1 \
  || { cat "$OUT/publish.log" >&2; fail "dotnet publish failed"; }
if [ "$EXPERIMENTS" = full ] && [ "$MODE" = --full ]; then
  say "dotnet publish src/FabMob.Web -c Release -p:PublishReadyToRun=false -o bench/out/app-il"
  dotnet publish src/FabMob.Web -c Release -p:PublishReadyToRun=false -o "$APP_IL_DIR" --artifacts-path "$OUT/artifacts" -nologo -v quiet >"$OUT/publish.log" 2>&1 \
    || { cat "$OUT/publish.log" >&2; fail "dotnet publish (without ReadyToRun) failed"; }
fi
say "dotnet build bench/FabMob.Bench.Corpus -c Release"
dotnet build bench/FabMob.Bench.Corpus -c Release -o "$OUT/corpus-tool" --artifacts-path "$OUT/artifacts" -nologo -v quiet >"$OUT/corpus-build.log" 2>&1 \
  || { cat "$OUT/corpus-build.log" >&2; fail "corpus generator build failed"; }
say "dotnet build bench/FabMob.Bench.Ceiling -c Release"
dotnet build bench/FabMob.Bench.Ceiling -c Release -o "$OUT/ceiling" --artifacts-path "$OUT/artifacts" -nologo -v quiet >"$OUT/ceiling-build.log" 2>&1 \
  || { cat "$OUT/ceiling-build.log" >&2; fail "ceiling app build failed"; }
say "dotnet new mvc (the MVC floor), published ReadyToRun"
rm -rf "$MVC_FLOOR_SRC"
dotnet new mvc -o "$MVC_FLOOR_SRC" -n MvcFloor >"$OUT/mvc-floor-build.log" 2>&1 \
  || { cat "$OUT/mvc-floor-build.log" >&2; fail "dotnet new mvc failed"; }
# Generated inside this repository: empty Directory.* files keep the repository's own build settings (analyzers,
# warnings as errors, central package versions) off the template, which is built as its users build it.
for f in Directory.Build.props Directory.Build.targets Directory.Packages.props; do echo '<Project />' >"$MVC_FLOOR_SRC/$f"; done
dotnet publish "$MVC_FLOOR_SRC" -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o "$OUT/mvc-floor" \
  --artifacts-path "$OUT/artifacts" -nologo -v quiet >>"$OUT/mvc-floor-build.log" 2>&1 \
  || { cat "$OUT/mvc-floor-build.log" >&2; fail "dotnet publish of the MVC floor (dotnet new mvc) failed"; }
rm -f "$OUT/publish.log" "$OUT/corpus-build.log" "$OUT/ceiling-build.log" "$OUT/mvc-floor-build.log"
mkdir -p "$WORK"

CPU_MODEL=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
MEM_TOTAL=$(free -h | awk '/^Mem:/ { print $2 " au total, " $7 " disponibles" }')
V_DOTNET=$(dotnet --version)
V_NGINX=$( [ $HAVE_NGINX = 1 ] && nginx -v 2>&1 | sed 's/^nginx version: //' || echo absent)
V_HUGO=$( [ $HAVE_HUGO = 1 ] && hugo version 2>/dev/null | awk '{ print $2 }' || echo absent)
V_WRK=$( [ $HAVE_WRK = 1 ] && { wrk -v 2>&1 || true; } | awk 'NR == 1 { print $2 }' || echo absent)
if [ -n "${BENCH_COMMIT:-}" ]; then
  V_COMMIT=$BENCH_COMMIT
elif V_COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null); then
  git -C "$ROOT" diff-index --quiet HEAD -- 2>/dev/null || V_COMMIT="$V_COMMIT + modifications non commitées"
else
  V_COMMIT=inconnu
fi
LOAD_AVG=$(cut -d' ' -f1-3 /proc/loadavg)

# ---------------------------------------------------------------------------------------------
# measurements, size by size

PAGES=("/à-propos" "/blog" "LONG")
declare -A LOAD_ROWS=() RSS=() HWM=() HWM_AFTER_EDIT=() COLD=() COLD_RUNS_MS=() EXPORT_S=() EXPORT_KB=() HUGO_S=() HUGO_KB=()
declare -A WARM=() WARM_RUNS_MS=() WARM_CPU=() WARM_BUILD=()
declare -A WARM_IL=() WARM_IL_RUNS_MS=() WARM_IL_CPU=()
FLOOR=n/a FLOOR_CPU=n/a FLOOR_RUNS_MS=''
MVC_FLOOR=n/a MVC_FLOOR_CPU=n/a MVC_FLOOR_RUNS_MS=''
declare -A EDIT_MED=() EDIT_MAX=() EDIT_ALL=() EXPORT_NOTE=() COLD_BUILD=() COLD_CPU=() REBUILDS=() EXPORT_CPU=() HUGO_CPU=()
SIZES_TABLE=""
WARMUP_ROWS=""
FLY_TABLE=""
BYTES_SECTION=""
OUTPUT_CACHE_SECTION=""
WEIGHT_SECTION=""
SEARCH_SECTION=""
EXPERIMENT_SECTION=""
HEADERS_SECTION=""
LOAD_TABLE="| articles | page | Accept-Encoding | connexions | nginx précompressé req/s | app req/s | app / nginx (manches) | plafond Kestrel req/s | app / plafond (manches) | p99 (ms) nginx / app / plafond | CPU serveur par requête (µs) nginx / app / plafond | objectifs |
|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|
"

describe_responses() { # base_nginx base_app article: a table of what each server sends for each page
  local label base path url
  HEADERS_SECTION+="| page | serveur | statut | octets transférés | Content-Encoding | Cache-Control | ETag | requête conditionnelle |
|---|---|---:|---:|---|---|---|---|
"
  for path in "/à-propos" "/blog" "$3"; do
    for label in nginx app; do
      if [ $label = nginx ]; then base=$1; else base=$2; fi
      [ -n "$base" ] || continue
      url="$base$(pct "$path")"
      local headers size code enc cc etag cond
      headers=$(mktemp)
      read -r code size < <(curl -s -D "$headers" -o /dev/null -w '%{http_code} %{size_download}\n' -H "$ENCODING_HEADER" "$url")
      enc=$(awk -F': ' 'tolower($1) == "content-encoding" { gsub("\r", "", $2); print $2 }' "$headers")
      cc=$(awk -F': ' 'tolower($1) == "cache-control" { gsub("\r", "", $2); print $2 }' "$headers")
      etag=$(awk -F': ' 'tolower($1) == "etag" { gsub("\r", "", $2); print $2 }' "$headers")
      if [ -n "$etag" ]; then
        cond=$(curl -s -o /dev/null -w '%{http_code}' -H "$ENCODING_HEADER" -H "If-None-Match: $etag" "$url")
        cond="If-None-Match → $cond"
      else
        cond="(pas d'ETag)"
      fi
      rm -f "$headers"
      HEADERS_SECTION+="| \`$path\` | $label | $code | $size | ${enc:-aucun} | ${cc:-absent} | \`${etag:-absent}\` | $cond |
"
    done
  done
}

# fetch_size URL: sets F_CODE, F_SIZE (body bytes as transferred) and F_ENC (Content-Encoding) for Accept-Encoding: br, gzip.
fetch_size() {
  local headers
  headers=$(mktemp)
  read -r F_CODE F_SIZE < <(curl -s -D "$headers" -o /dev/null -w '%{http_code} %{size_download}\n' -H 'Accept-Encoding: br, gzip' "$1")
  F_ENC=$(awk -F': ' 'tolower($1) == "content-encoding" { gsub("\r", "", $2); print $2 }' "$headers")
  rm -f "$headers"
}

# resolve BASE PAGE_PATH REF: the URL a browser fetches for REF found in PAGE_PATH, empty for other hosts.
resolve() {
  case $3 in
    "$1"*) printf '%s' "$3" ;;
    http:*|https:*|//*|data:*) ;;
    /*) printf '%s%s' "$1" "$3" ;;
    *) printf '%s%s/%s' "$1" "$(dirname "$2")" "$3" ;;
  esac
}

# page_weight BASE PATH: every byte a browser downloads for the page, compressed; sets WEIGHT_TOTAL, WEIGHT_BLOCKING, WEIGHT_ROWS.
page_weight() {
  local base=$1 path=$2 tmp ref url total external=''
  tmp=$(mktemp -d)
  fetch_size "$base$(pct "$path")"
  [ "$F_CODE" = 200 ] || fail "page weight: $path answered $F_CODE"
  curl -s --compressed -o "$tmp/page.html" "$base$(pct "$path")"
  total=$F_SIZE
  WEIGHT_ROWS="| ressource | octets transférés | encodage |
|---|---:|---|
| \`$path\` (HTML) | $F_SIZE | ${F_ENC:-aucun} |
"
  # What the browser fetches from the HTML: stylesheets, icons, preloads, scripts, images, media.
  { tr '\n' ' ' <"$tmp/page.html" | grep -oiE '<(link|script|img|source|video|audio|iframe|embed)[[:space:]][^>]*>' || true; } \
    | while IFS= read -r tag; do
        attr() { printf '%s' "$tag" | sed -nE "s/.*[[:space:]]$1[[:space:]]*=[[:space:]]*[\"']([^\"']*)[\"'].*/\\1/Ip"; }
        case $(printf '%s' "$tag" | sed -E 's/^<([a-zA-Z]+).*/\1/' | tr 'A-Z' 'a-z') in
          link) case "$(attr rel | tr 'A-Z' 'a-z')" in *stylesheet*|*icon*|*preload*|*manifest*) attr href; echo ;; esac ;;
          video) attr poster; echo; attr src; echo ;;
          *) attr src; echo ;;
        esac
      done | sed 's/&amp;/\&/g' | awk 'NF && !seen[$0]++' >"$tmp/refs"
  # Then what the stylesheets reference (fonts, images, @import), resolved from each stylesheet.
  : >"$tmp/css-refs"
  while IFS= read -r ref; do
    case ${ref%%\?*} in
      *.css)
        url=$(resolve "$base" "$path" "$ref")
        [ -n "$url" ] || continue
        { curl -s --compressed "$(pct "$url")" | grep -oE "url\\([^)]*\\)|@import[[:space:]]+[\"'][^\"']+[\"']" || true; } \
          | sed -E "s/^url\\([\"']?//; s/[\"']?\\)$//; s/^@import[[:space:]]+[\"']//; s/[\"']$//" \
          | while IFS= read -r sub; do
              case $sub in data:*|http:*|https:*|//*) ;; /*) echo "$sub" ;; *) echo "$(dirname "${ref%%\?*}")/$sub" ;; esac
            done >>"$tmp/css-refs"
        ;;
    esac
  done <"$tmp/refs"
  while IFS= read -r ref; do
    url=$(resolve "$base" "$path" "$ref")
    if [ -z "$url" ]; then
      external+="\`$ref\` "
      continue
    fi
    fetch_size "$(pct "$url")"
    total=$(( total + F_SIZE ))
    WEIGHT_ROWS+="| \`$ref\` | $F_SIZE | ${F_ENC:-aucun} (statut $F_CODE) |
"
  done < <(cat "$tmp/refs" "$tmp/css-refs" | awk 'NF && !seen[$0]++')
  WEIGHT_ROWS+="| **total** | **$total** ($(kib "$total") Kio) | |
"
  [ -z "$external" ] || WEIGHT_ROWS+="
Références vers d'autres hôtes, non comptées : $external
"
  # Render-blocking: a classic <script> (inline or src) in <head> without async/defer/type=module.
  WEIGHT_BLOCKING=$(sed -n '/<head[[:space:]>]/I,/<\/head>/Ip' "$tmp/page.html" | tr '\n' ' ' | { grep -oiE '<script[^>]*>' || true; } \
    | { grep -viE '[[:space:]](async|defer)([[:space:]=>]|$)|type="(module|application/(ld\+)?json|importmap)"' || true; } | head -1)
  WEIGHT_TOTAL=$total
  rm -rf "$tmp"
}

edit_latency() { # app_url content_dir size: edit an article, poll until the new text is served
  local base=$1 content=$2 size=$3 file url i marker start elapsed all=''
  file="$content/$BENCH_EDIT_FILE"
  url="$base$(pct "$BENCH_EDIT_URL")"
  local runs=$EDIT_RUNS
  [ "$size" -le 200 ] || runs=$EDIT_RUNS_LARGE
  for i in $(seq 1 "$runs"); do
    marker="marqueur-bench-$size-$i-$RANDOM$RANDOM"
    start=$(now_ns)
    printf '\nParagraphe ajouté par le banc : %s.\n' "$marker" >>"$file"
    while body=$(curl -s --max-time 5 "$url" || true); [[ $body != *"$marker"* ]]; do
      kill -0 "$APP_PID" 2>/dev/null || fail "app exited during the edit test"
      [ "$(ms_since "$start")" -lt 60000 ] || fail "edited text not served after 60 s"
    done
    elapsed=$(ms_since "$start")
    all+="$elapsed "
    sleep 1
  done
  EDIT_ALL[$size]=$all
  REBUILDS[$size]=$({ grep -oE 'en [0-9]+ ms depuis' "$WORK/app-$size.log" || true; } | tail -n +2 | awk '{ printf "%s ", $2 }')
  EDIT_MED[$size]=$(printf '%s\n' $all | median)
  EDIT_MAX[$size]=$(printf '%s\n' $all | maximum)
}

search_p95() { # app_url
  local base=$1 code q i samples=''
  code=$(status_of "$base/recherche?q=$(pct "vélo")")
  if [ "$code" = 404 ]; then
    SEARCH_SECTION="pas encore disponible (\`/recherche?q=vélo\` → 404 sur $LARGE articles)"
    SEARCH_P95=n/a
    return
  elif [ "$code" != 200 ]; then
    SEARCH_SECTION="\`/recherche?q=vélo\` répond $code : non mesuré"
    SEARCH_P95=n/a
    return
  fi
  local queries=("vélo" "covoiturage" "données ouvertes" "Lyon" "expérimentation" "autopartage territoires" "rétrofit"
                 "communs" "logistique urbaine" "mobilité solidaire" "zzz introuvable" "l'Île-de-France")
  local refused=0 line
  for i in 1 2 3 4 5; do
    for q in "${queries[@]}"; do
      line=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "$ENCODING_HEADER" "$base/recherche?q=$(pct "${q// /+}")")
      if [ "${line%% *}" = 200 ]; then
        samples+="$(awk -v t="${line#* }" 'BEGIN { printf "%.2f", t * 1000 }') "
      else
        refused=$(( refused + 1 ))
      fi
    done
  done
  [ "$refused" = 0 ] || note "search: $refused answers other than 200 left out of the p95"
  SEARCH_P95=$(printf '%s\n' $samples | percentile 95)
  SEARCH_SECTION="p95 = $SEARCH_P95 ms, p50 = $(printf '%s\n' $samples | median) ms sur $(printf '%s\n' $samples | wc -l) requêtes séquentielles ($((${#queries[@]})) requêtes × 5), $LARGE articles"
}

# response_bytes: bytes of each page per encoding from nginx (its .br/.gz files), the app (after its best copies are made:
# polled until they stop shrinking, 20 s at most) and the ceiling; sets BYTES_SECTION.
response_bytes() {
  local path enc n a k previous waited
  BYTES_SECTION="| page | encodage | nginx (fichier précompressé) | app | app − nginx | plafond Kestrel |
|---|---|---:|---:|---:|---:|
"
  for path in "/à-propos" "/blog" "$BENCH_LONG_URL"; do
    for enc in identity br gzip; do
      n=n/a; k=n/a
      [ -z "$NGINX_BASE" ] || n=$(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $enc" "$NGINX_BASE$(pct "$path")")
      [ -z "$CEIL_BASE" ] || k=$(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $enc" "$CEIL_BASE$(pct "$path")")
      previous=''; waited=0
      while :; do
        a=$(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $enc" "$APP_URL$(pct "$path")")
        [ "$a" != "$previous" ] || break
        [ "$waited" -lt 20 ] || break
        previous=$a; waited=$(( waited + 1 )); sleep 1
      done
      BYTES_SECTION+="| \`$path\` | $enc | $n | $a | $(awk -v a="$a" -v n="$n" 'BEGIN { if (n == "n/a") print n; else printf "%+d", a - n }') | $k |
"
    done
  done
}

# output_cache_comparison: the same tree served by a second app with --Bench:ResponseCache=OutputCache (OutputCache +
# ResponseCompression at their smallest size), against the main app, turn by turn; sets OUTPUT_CACHE_SECTION.
output_cache_comparison() {
  local path enc o_rps o_p99 o_cpu m_rps m_p99 m_cpu
  start_app "$CONTENT" Production quiet "$WORK/app-$SIZE-outputcache.log" --Bench:ResponseCache=OutputCache
  OC_PID=$APP_PID
  OC_URL=$APP_URL
  up "$OC_PID" "$OC_URL$(pct "$BENCH_ARTICLE_URL")"
  jit_warmup "$OC_URL" "$OC_PID"
  OUTPUT_CACHE_SECTION="| page | encodage | OutputCache + ResponseCompression : req/s | cache du site : req/s | ratio site / OutputCache | p99 (ms) OutputCache / site | CPU/requête (µs) OutputCache / site | octets OutputCache / site |
|---|---|---:|---:|---:|---:|---:|---:|
"
  for path in "/à-propos" "/blog" "$BENCH_LONG_URL"; do
    for enc in identity br; do
      say "output cache comparison: $path, $enc"
      load "$OC_URL$(pct "$path")" 32 "$OC_PID" "Accept-Encoding: $enc"; o_rps=$L_RPS; o_p99=$L_P99; o_cpu=$L_CPU
      load "$MAIN_APP_URL$(pct "$path")" 32 "$MAIN_APP_PID" "Accept-Encoding: $enc"; m_rps=$L_RPS; m_p99=$L_P99; m_cpu=$L_CPU
      OUTPUT_CACHE_SECTION+="| \`$path\` | $enc | $o_rps | $m_rps | **$(ratio "$m_rps" "$o_rps")** | $o_p99 / $m_p99 | $o_cpu / $m_cpu | $(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $enc" "$OC_URL$(pct "$path")") / $(curl -s -o /dev/null -w '%{size_download}' -H "Accept-Encoding: $enc" "$MAIN_APP_URL$(pct "$path")") |
"
    done
  done
  stop "$OC_PID"
}

for SIZE in "${SIZES[@]}"; do
  CONTENT=$WORK/content-$SIZE
  HUGO_SITE=$WORK/hugo-$SIZE
  EXPORT=$WORK/export-$SIZE

  STEP="corpus $SIZE"
  say "corpus: $SIZE articles"
  discard "$CONTENT" "$HUGO_SITE"
  dotnet "$CORPUS_DLL" --count "$SIZE" --site "$CONTENT" --hugo "$HUGO_SITE" --repo-content "$ROOT/content" \
    --manifest "$WORK/manifest-$SIZE" >&2 || fail "corpus generator failed"
  # shellcheck disable=SC1090
  . "$WORK/manifest-$SIZE"
  SIZES_TABLE+="| $SIZE | $BENCH_PUBLISHED | $(find "$CONTENT" -name '*.md' | wc -l) | $(du -sm "$CONTENT" | cut -f1) Mio |
"

  STEP="export $SIZE"
  say "export: $SIZE articles"
  discard "$EXPORT"
  start=$(now_ns)
  set +e
  if [ $HAVE_TIME = 1 ]; then
    /usr/bin/time -f '%M %U %S' -o "$WORK/export-$SIZE.rss" env "${APP_GC[@]}" dotnet "$APP_DLL" export "$EXPORT" "--Site:ContentPath=$CONTENT" --Site:PageCache=false >"$WORK/export-$SIZE.log" 2>&1
  else
    env "${APP_GC[@]}" dotnet "$APP_DLL" export "$EXPORT" "--Site:ContentPath=$CONTENT" --Site:PageCache=false >"$WORK/export-$SIZE.log" 2>&1
  fi
  status=$?
  set -e
  EXPORT_S[$SIZE]=$(awk -v ms="$(ms_since "$start")" 'BEGIN { printf "%.1f", ms / 1000 }')
  read -r EXPORT_KB[$SIZE] u sy < <(tail -1 "$WORK/export-$SIZE.rss" 2>/dev/null || echo "n/a n/a n/a")
  EXPORT_CPU[$SIZE]=$(awk -v u="$u" -v s="$sy" 'BEGIN { if (u == "n/a") print u; else printf "%.1f", u + s }')
  [ -f "$EXPORT/index.html" ] || { tail -20 "$WORK/export-$SIZE.log" >&2; fail "export wrote no index.html (status $status)"; }
  if [ "$status" -ne 0 ]; then
    EXPORT_NOTE[$SIZE]="statut $status : $(grep -c '^erreur' "$WORK/export-$SIZE.log" || true) erreur(s) de liens, voir bench/out/work/export-$SIZE.log"
    note "export of $SIZE articles exited $status (link errors); its files are used anyway"
  fi

  STEP="precompress $SIZE"
  if [ "$SIZE" = "$SMALL" ]; then
    say "precompress: every text file of the export (brotli -q 11, gzip -9)"
    precompress "$EXPORT" all
  else
    say "precompress: the measured pages, stylesheets and scripts (brotli -q 11, gzip -9)"
    precompress "$EXPORT" "/à-propos" "/blog" "$BENCH_LONG_URL"
  fi

  if [ $HAVE_HUGO = 1 ] && [ $LOAD_ONLY = 0 ]; then
    STEP="hugo $SIZE"
    say "hugo: $SIZE articles"
    discard "$WORK/hugo-public-$SIZE"
    start=$(now_ns)
    if [ $HAVE_TIME = 1 ]; then
      /usr/bin/time -f '%M %U %S' -o "$WORK/hugo-$SIZE.rss" hugo --source "$HUGO_SITE" --destination "$WORK/hugo-public-$SIZE" --quiet \
        >"$WORK/hugo-$SIZE.log" 2>&1 || { tail -20 "$WORK/hugo-$SIZE.log" >&2; fail "hugo failed"; }
    else
      hugo --source "$HUGO_SITE" --destination "$WORK/hugo-public-$SIZE" --quiet >"$WORK/hugo-$SIZE.log" 2>&1 || fail "hugo failed"
    fi
    HUGO_S[$SIZE]=$(awk -v ms="$(ms_since "$start")" 'BEGIN { printf "%.1f", ms / 1000 }')
    read -r HUGO_KB[$SIZE] u sy < <(tail -1 "$WORK/hugo-$SIZE.rss" 2>/dev/null || echo "n/a n/a n/a")
    HUGO_CPU[$SIZE]=$(awk -v u="$u" -v s="$sy" 'BEGIN { if (u == "n/a") print u; else printf "%.1f", u + s }')
    discard "$WORK/hugo-public-$SIZE"
  fi

  STEP="cold start $SIZE"
  runs=$COLD_RUNS
  [ "$SIZE" -le 200 ] || runs=$COLD_RUNS_LARGE
  [ $LOAD_ONLY = 0 ] || runs=0
  all=''
  builds=''
  cpus=''
  for i in $(seq 1 "$runs"); do
    # Cold: an empty snapshot cache folder of its own, so every page is rendered (as before the cache existed).
    discard "$WORK/cache-cold-$SIZE-$i"
    start=$(now_ns)
    start_app "$CONTENT" Production default "$WORK/cold-$SIZE-$i.log" "--Site:CacheDirectory=$WORK/cache-cold-$SIZE-$i"
    first_200 "$APP_PID" "$APP_URL$(pct "$BENCH_ARTICLE_URL")" "cold start of $SIZE articles" "$start"
    builds+="$({ grep -oE 'en [0-9]+ ms depuis' "$WORK/cold-$SIZE-$i.log" || true; } | head -1 | awk '{ print $2 }') "
    stop "$APP_PID"
  done
  COLD[$SIZE]=$(printf '%s\n' $all | median)
  COLD_RUNS_MS[$SIZE]=$all
  COLD_BUILD[$SIZE]=$(printf '%s\n' $builds | median)
  COLD_CPU[$SIZE]=$(printf '%s\n' $cpus | median)
  say "cold start $SIZE: ${COLD[$SIZE]} ms (runs: $all)"

  # Restart with the snapshot cache of an unchanged tree: the first cold run wrote it (in the background, its
  # stop waited for the write); each start loads the rendered pages instead of rendering them.
  STEP="restart with cache $SIZE"
  all=''
  builds=''
  cpus=''
  warm_cache="$WORK/cache-cold-$SIZE-1"
  if [ "$runs" -gt 0 ] && ! ls "$warm_cache"/pages-*.cache >/dev/null 2>&1; then
    note "restart with cache, $SIZE articles: the cold start wrote no cache file in $warm_cache"
  fi
  for i in $(seq 1 "$runs"); do
    start=$(now_ns)
    start_app "$CONTENT" Production default "$WORK/warm-$SIZE-$i.log" "--Site:CacheDirectory=$warm_cache"
    first_200 "$APP_PID" "$APP_URL$(pct "$BENCH_ARTICLE_URL")" "restart with cache of $SIZE articles" "$start"
    builds+="$({ grep -oE 'en [0-9]+ ms depuis' "$WORK/warm-$SIZE-$i.log" || true; } | head -1 | awk '{ print $2 }') "
    grep -q ' 0 pages rendues' "$WORK/warm-$SIZE-$i.log" || note "restart with cache of $SIZE articles (run $i): some pages were rendered again, see bench/out/work/warm-$SIZE-$i.log"
    stop "$APP_PID"
  done
  WARM[$SIZE]=$(printf '%s\n' $all | median)
  WARM_RUNS_MS[$SIZE]=$all
  WARM_BUILD[$SIZE]=$(printf '%s\n' $builds | median)
  WARM_CPU[$SIZE]=$(printf '%s\n' $cpus | median)
  say "restart with cache $SIZE: ${WARM[$SIZE]} ms (runs: $all)"

  # The same restart with the app published without ReadyToRun, on a copy of the same cache (its first start reuses it,
  # or rewrites it for its own build when the build's key differs; that start is not counted).
  if [ -d "$APP_IL_DIR" ] && [ "$runs" -gt 0 ] && { [ "$SIZE" = 200 ] || [ "$SIZE" = 10000 ]; }; then
    STEP="restart with cache $SIZE, without ReadyToRun"
    il_cache="$WORK/cache-il-$SIZE"
    discard "$il_cache"
    cp -r "$warm_cache" "$il_cache"
    all=''
    cpus=''
    for i in $(seq 0 "$runs"); do
      start=$(now_ns)
      APP_DLL=$APP_IL_DIR/FabMob.Web.dll start_app "$CONTENT" Production default "$WORK/warm-il-$SIZE-$i.log" "--Site:CacheDirectory=$il_cache"
      first_200 "$APP_PID" "$APP_URL$(pct "$BENCH_ARTICLE_URL")" "restart with cache of $SIZE articles, without ReadyToRun" "$start"
      stop "$APP_PID"
      if [ "$i" = 0 ]; then
        all=''
        cpus=''
      else
        grep -q ' 0 pages rendues' "$WORK/warm-il-$SIZE-$i.log" || note "restart without ReadyToRun of $SIZE articles (run $i): some pages were rendered again, see bench/out/work/warm-il-$SIZE-$i.log"
      fi
    done
    WARM_IL[$SIZE]=$(printf '%s\n' $all | median)
    WARM_IL_RUNS_MS[$SIZE]=$all
    WARM_IL_CPU[$SIZE]=$(printf '%s\n' $cpus | median)
    say "restart with cache $SIZE without ReadyToRun: ${WARM_IL[$SIZE]} ms (runs: $all)"
  fi

  # The floor of the stack: bare Kestrel (bench/FabMob.Bench.Ceiling, started as for the load below, on this size's
  # export), from launch to its first 200 on the same article, as many runs as the starts above: the restart's
  # figure reads against what no app on this runtime and server can go under on this machine.
  if [ "$SIZE" = "$SMALL" ]; then
    STEP="floor $SIZE"
    floor_runs CEIL_PID CEIL_URL "$(pct "$BENCH_ARTICLE_URL")" "floor (bare Kestrel)" start_ceiling "$EXPORT"
    FLOOR=$(printf '%s\n' $all | median)
    FLOOR_CPU=$(printf '%s\n' $cpus | median)
    FLOOR_RUNS_MS=$all
    say "floor (bare Kestrel) $SIZE: $FLOOR ms (runs: $all)"

    # The floor of MVC on the same machine: the empty `dotnet new mvc` application, launch → first 200 of its home page
    # (a controller action rendering a Razor view in its layout), as many runs: what an MVC site cannot go under here.
    STEP="MVC floor"
    floor_runs MVC_PID MVC_URL / "floor (dotnet new mvc)" start_mvc_floor
    MVC_FLOOR=$(printf '%s\n' $all | median)
    MVC_FLOOR_CPU=$(printf '%s\n' $cpus | median)
    MVC_FLOOR_RUNS_MS=$all
    say "floor (dotnet new mvc): $MVC_FLOOR ms (runs: $all)"
  fi

  STEP="servers $SIZE"
  start_app "$CONTENT" Production quiet "$WORK/app-$SIZE.log"
  MAIN_APP_PID=$APP_PID
  MAIN_APP_URL=$APP_URL
  up "$APP_PID" "$APP_URL$(pct "$BENCH_ARTICLE_URL")"
  NGINX_BASE=''
  FLY_BASE=''
  if [ $HAVE_NGINX = 1 ]; then
    start_nginx "$EXPORT" "$SIZE" static
    up "$NGINX_PID" "$NGINX_URL/"
    NGINX_BASE=$NGINX_URL
    if [ "$SIZE" = "$SMALL" ] && [ "$EXPERIMENTS" = full ]; then
      static_pid=$NGINX_PID
      start_nginx "$EXPORT" "$SIZE" fly
      FLY_PID=$NGINX_PID
      up "$FLY_PID" "$NGINX_URL/"
      FLY_BASE=$NGINX_URL
      NGINX_PID=$static_pid
    fi
  fi
  CEIL_BASE=''
  if [ "$SIZE" = "$SMALL" ]; then
    start_ceiling "$EXPORT"
    up "$CEIL_PID" "$CEIL_URL/"
    CEIL_BASE=$CEIL_URL
  fi
  for path in "/à-propos" "/blog" "$BENCH_LONG_URL"; do
    [ "$(status_of "$APP_URL$(pct "$path")")" = 200 ] || fail "app: $path does not answer 200"
    [ -z "$NGINX_BASE" ] || [ "$(status_of "$NGINX_BASE$(pct "$path")")" = 200 ] || fail "nginx: $path does not answer 200"
    [ -z "$CEIL_BASE" ] || [ "$(status_of "$CEIL_BASE$(pct "$path")")" = 200 ] || fail "ceiling: $path does not answer 200"
  done
  [ "$SIZE" = "$SMALL" ] && describe_responses "$NGINX_BASE" "$APP_URL" "$BENCH_ARTICLE_URL"

  if [ $HAVE_WRK = 1 ]; then
    say "warm-up of the app until its CPU per request is steady"
    WARMUP_LOG=''
    jit_warmup "$APP_URL" "$APP_PID"
    WARMUP_ROWS+="| $SIZE | $WARMUP_LOG |
"
    # The app's best Brotli and gzip copies are made in the background after the first request: wait for them.
    [ "$SIZE" = "$SMALL" ] && response_bytes
    for path in "${PAGES[@]}"; do
      [ "$path" = LONG ] && path=$BENCH_LONG_URL
      for enc in "${ENCODINGS[@]}"; do
        # Between the smallest and the largest tree: Brotli and identity (what browsers and robots ask) only.
        [ "$enc" != gzip ] || [ "$SIZE" = "$SMALL" ] || [ "$SIZE" = "$LARGE" ] || continue
        for c in "${CONNECTIONS[@]}"; do
          [ "$c" = 32 ] || [ "$SIZE" = "$SMALL" ] || [ "$SIZE" = "$LARGE" ] || continue
          STEP="load $SIZE $path $enc c=$c"
          say "load: $SIZE articles, $path, $enc, $c connections"
          header="Accept-Encoding: $enc"
          servers=()
          [ -z "$NGINX_BASE" ] || servers+=(nginx "$NGINX_BASE$(pct "$path")" "$NGINX_PID")
          servers+=(app "$APP_URL$(pct "$path")" "$APP_PID")
          [ -z "$CEIL_BASE" ] || servers+=(ceiling "$CEIL_BASE$(pct "$path")" "$CEIL_PID")
          load_rounds "$header" "$c" "${servers[@]}"
          kill -0 "$APP_PID" 2>/dev/null || fail "app died under load"
          [ -z "$CEIL_BASE" ] || kill -0 "$CEIL_PID" 2>/dev/null || fail "ceiling app died under load"
          [ "${R_BAD[app]}" = 0 ] || note "app: ${R_BAD[app]} non-2xx/3xx answers on $path ($SIZE, $enc, c=$c)"
          [ "${R_ERR[app]}" = 0 ] || note "app: ${R_ERR[app]} socket errors/timeouts on $path ($SIZE, $enc, c=$c)"
          [ -z "$NGINX_BASE" ] || [ "${R_BAD[nginx]}" = 0 ] || note "nginx: ${R_BAD[nginx]} non-2xx/3xx answers on $path ($SIZE, $enc, c=$c)"
          a_rps=${R_RPS[app]}; a_p99=${R_P99[app]}; a_cpu=${R_CPU[app]}
          n_rps=${R_RPS[nginx]:-n/a}; n_p99=${R_P99[nginx]:-n/a}; n_cpu=${R_CPU[nginx]:-n/a}
          k_rps=${R_RPS[ceiling]:-n/a}; k_p99=${R_P99[ceiling]:-n/a}; k_cpu=${R_CPU[ceiling]:-n/a}
          # Ratios: the median of the rounds' own ratios (each round's servers ran within seconds of each other),
          # with the lowest and highest round in brackets.
          read -r r r_low r_high < <(round_ratio app nginx)
          read -r rk rk_low rk_high < <(round_ratio app ceiling)
          # The stack's own limit against nginx in the same rounds: where the ceiling itself is under nginx, Kestrel is.
          read -r kn _ _ < <( [ -n "$CEIL_BASE" ] && round_ratio ceiling nginx || echo "n/a n/a n/a")
          p99_limit=$(awk -v n="$n_p99" 'BEGIN { if (n == "n/a") print "n/a"; else printf "%.2f", n + 1 }')
          goal="ratio $(mark "$r" ge 1.0), p99 $(mark "$a_p99" le "$p99_limit"), plafond $(mark "$rk" ge 0.95)"
          label=$path; [ "$path" = "$BENCH_LONG_URL" ] && label="article long ($path)"
          LOAD_TABLE+="| $SIZE | \`$label\` | $enc | $c | $n_rps | $a_rps | **$r**$(spread "$r_low" "$r_high") | $k_rps | **$rk**$(spread "$rk_low" "$rk_high") | $n_p99 / $a_p99 / $k_p99 | $n_cpu / $a_cpu / $k_cpu | $goal |
"
          LOAD_ROWS["$SIZE|$path|$enc|$c"]="$r $a_p99 $p99_limit $rk $kn $a_cpu $k_cpu $n_cpu"
        done
      done
      # The old bench's peer, labelled as such: nginx compressing each response on the fly (gzip level 1).
      if [ -n "$FLY_BASE" ]; then
        STEP="load $SIZE $path on-the-fly nginx"
        say "load: $SIZE articles, $path, nginx gzip on the fly (old bench), 32 connections"
        load "$FLY_BASE$(pct "$path")" 32 "$FLY_PID"; f_rps=$L_RPS; f_p99=$L_P99; f_cpu=$L_CPU
        load "$APP_URL$(pct "$path")" 32 "$APP_PID"; a_rps=$L_RPS; a_p99=$L_P99; a_cpu=$L_CPU
        FLY_TABLE+="| \`$path\` | $f_rps | $a_rps | $(ratio "$a_rps" "$f_rps") | $f_p99 / $a_p99 | $f_cpu / $a_cpu |
"
      fi
    done
  fi

  if [ $LOAD_ONLY = 0 ]; then
  STEP="memory $SIZE"
  HWM[$SIZE]=$(awk '/^VmHWM/ { print $2 }' "/proc/$APP_PID/status")
  RSS[$SIZE]=$(awk '/^VmRSS/ { print $2 }' "/proc/$APP_PID/status")

  if [ "$SIZE" = "$SMALL" ] || [ "$SIZE" = "$LARGE" ]; then
    STEP="edit $SIZE"
    say "edit to served: $SIZE articles"
    edit_latency "$APP_URL" "$CONTENT" "$SIZE"
    HWM_AFTER_EDIT[$SIZE]=$(awk '/^VmHWM/ { print $2 }' "/proc/$APP_PID/status")
    say "edit to served $SIZE: median ${EDIT_MED[$SIZE]} ms, max ${EDIT_MAX[$SIZE]} ms"
  fi

  if [ "$SIZE" = "$SMALL" ]; then
    STEP="page weight"
    if [ -n "$NGINX_BASE" ]; then
      page_weight "$NGINX_BASE" "/à-propos"
      WEIGHT_NGINX_SECTION=$WEIGHT_ROWS
    fi
    page_weight "$APP_URL" "/à-propos"
    WEIGHT_SECTION=$WEIGHT_ROWS
  fi

  if [ "$SIZE" = "$LARGE" ]; then
    STEP="search"
    search_p95 "$APP_URL"
  fi

  fi # LOAD_ONLY

  # The framework's OutputCache and ResponseCompression in place of the site's response cache, same tree, same run.
  if [ "$SIZE" = "$SMALL" ] && [ $HAVE_WRK = 1 ] && [ "$EXPERIMENTS" = full ]; then
    STEP="output cache"
    output_cache_comparison
  fi

  # Experiments on the smallest tree: what logging, the environment and the static file path cost.
  if [ "$SIZE" = "$SMALL" ] && [ $HAVE_WRK = 1 ] && [ $LOAD_ONLY = 0 ]; then
    STEP="experiments"
    exp_pages=("/à-propos" "/blog" "$BENCH_ARTICLE_URL")
    [ "$EXPERIMENTS" = quick ] && exp_pages=("/à-propos") || exp_pages=("/à-propos" "$BENCH_ARTICLE_URL")
    EXPERIMENT_SECTION+="| expérience | page | req/s | p50 / p99 (ms) | CPU/requête (µs) | comparé à | ratio req/s | ratio CPU |
|---|---|---:|---:|---:|---|---:|---:|
"
    # Same app and tree with the default logging (one Serilog line per request, to a file here).
    start_app "$CONTENT" Production default "$WORK/app-$SIZE-logging.log"
    LOG_PID=$APP_PID
    up "$APP_PID" "$APP_URL$(pct "$BENCH_ARTICLE_URL")"
    jit_warmup "$APP_URL" "$APP_PID"
    for path in "${exp_pages[@]}"; do
      say "experiment: default logging, $path"
      load "$APP_URL$(pct "$path")" 32 "$LOG_PID"; l_rps=$L_RPS; l_p50=$L_P50; l_p99=$L_P99; l_cpu=$L_CPU
      load "$MAIN_APP_URL$(pct "$path")" 32 "$MAIN_APP_PID"; q_rps=$L_RPS; q_p50=$L_P50; q_p99=$L_P99; q_cpu=$L_CPU
      EXPERIMENT_SECTION+="| journalisation par défaut (Information, 1 ligne/requête) | \`$path\` | $l_rps | $l_p50 / $l_p99 | $l_cpu | Warning : $q_rps req/s, $q_p50 / $q_p99 ms, $q_cpu µs | $(ratio "$l_rps" "$q_rps") | $(ratio "$l_cpu" "$q_cpu") |
"
    done
    LOG_LINES=$(wc -l <"$WORK/app-$SIZE-logging.log")
    stop "$LOG_PID"
    if [ "$EXPERIMENTS" = full ]; then
      start_app "$CONTENT" Development quiet "$WORK/app-$SIZE-development.log"
      DEV_PID=$APP_PID
      up "$APP_PID" "$APP_URL$(pct "$BENCH_ARTICLE_URL")"
      jit_warmup "$APP_URL" "$APP_PID"
      say "experiment: Development, /à-propos"
      load "$APP_URL$(pct "/à-propos")" 32 "$DEV_PID"; d_rps=$L_RPS; d_p50=$L_P50; d_p99=$L_P99; d_cpu=$L_CPU
      load "$MAIN_APP_URL$(pct "/à-propos")" 32 "$MAIN_APP_PID"; q_rps=$L_RPS; q_p50=$L_P50; q_p99=$L_P99; q_cpu=$L_CPU
      EXPERIMENT_SECTION+="| environnement Development (aperçu en direct) | \`/à-propos\` | $d_rps | $d_p50 / $d_p99 | $d_cpu | Production : $q_rps req/s, $q_p50 / $q_p99 ms, $q_cpu µs | $(ratio "$d_rps" "$q_rps") | $(ratio "$d_cpu" "$q_cpu") |
"
      stop "$DEV_PID"
      # The ceiling inside ASP.NET Core: the app's own static file middleware serving a file of wwwroot/.
      if [ -n "$NGINX_BASE" ]; then
        css=$(curl -s --compressed "$MAIN_APP_URL$(pct "/à-propos")" | grep -oE '/css/site\.css[^"]*' | head -1 | sed 's/&amp;/\&/g' || true)
        css=${css:-/css/site.css}
        say "experiment: static file ceiling, $css"
        load "$MAIN_APP_URL$css" 32 "$MAIN_APP_PID"; s_rps=$L_RPS; s_p50=$L_P50; s_p99=$L_P99; s_cpu=$L_CPU
        load "$NGINX_BASE/css/site.css" 32 "$NGINX_PID"; sn_rps=$L_RPS; sn_p50=$L_P50; sn_p99=$L_P99; sn_cpu=$L_CPU
        EXPERIMENT_SECTION+="| fichier statique \`site.css\` servi par l'app (UseStaticFiles, sans MVC) | \`/css/site.css\` | $s_rps | $s_p50 / $s_p99 | $s_cpu | nginx : $sn_rps req/s, $sn_p50 / $sn_p99 ms, $sn_cpu µs | $(ratio "$s_rps" "$sn_rps") | $(ratio "$s_cpu" "$sn_cpu") |
"
      fi
    fi
  fi

  STEP="stop $SIZE"
  kill -0 "$MAIN_APP_PID" 2>/dev/null || fail "app exited during the run"
  stop "$MAIN_APP_PID"
  [ -z "$NGINX_BASE" ] || stop "$NGINX_PID"
  [ -z "$FLY_BASE" ] || stop "$FLY_PID"
  [ -z "$CEIL_BASE" ] || stop "$CEIL_PID"
  discard "$EXPORT" "$HUGO_SITE"
done

# ---------------------------------------------------------------------------------------------
# results

STEP="results"
ELAPSED=$(( $(date +%s) - RUN_START ))
LOAD_AVG_END=$(cut -d' ' -f1-3 /proc/loadavg)
row() { printf '| %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4"; }
TARGETS="| mesure | valeur | objectif | |
|---|---|---|---|
"
if [ $HAVE_WRK = 1 ]; then
  for path in "/à-propos" "/blog" "$BENCH_LONG_URL"; do
    for SIZE in "${SIZES[@]}"; do
      for enc in "${ENCODINGS[@]}"; do
        for c in "${CONNECTIONS[@]}"; do
          [ -n "${LOAD_ROWS["$SIZE|$path|$enc|$c"]:-}" ] || continue
          read -r r p99 limit rk kn a_cpu k_cpu n_cpu <<<"${LOAD_ROWS["$SIZE|$path|$enc|$c"]}"
          # Beside each row, what limits it: the bare-Kestrel ceiling against nginx in the same rounds, and the CPU per
          # request of the three (docs/performance.md, « Le chemin d'une page en cache contre le plafond Kestrel »).
          why=" (plafond / nginx : $kn× ; CPU/requête app / plafond / nginx : $a_cpu / $k_cpu / $n_cpu µs)"
          [ "$kn" != n/a ] || why=" (CPU/requête app / nginx : $a_cpu / $n_cpu µs)"
          TARGETS+=$(row "\`$path\` $enc, $c conn., $SIZE articles : req/s app / nginx précompressé ; p99 app ; req/s app / plafond Kestrel" \
            "$r× ; $p99 ms ; $rk×$why" "≥ 1,0× ; ≤ p99 nginx + 1 ms ($limit ms) ; ≥ 0,95×" "$(mark "$r" ge 1.0) $(mark "$p99" le "$limit") $(mark "$rk" ge 0.95)")$'\n'
        done
      done
    done
  done
fi
if [ $LOAD_ONLY = 0 ]; then
TARGETS+=$(row "démarrage à froid, $SMALL articles (médiane)" "${COLD[$SMALL]} ms (CPU ${COLD_CPU[$SMALL]} ms)" "≤ 1 000 ms" "$( [ "$SMALL" = 200 ] && mark "${COLD[$SMALL]}" le 1000 || echo n/a)")$'\n'
TARGETS+=$(row "redémarrage, arborescence inchangée (cache des pages), $SMALL articles (médiane)" "${WARM[$SMALL]} ms (CPU ${WARM_CPU[$SMALL]} ms)" "≤ 500 ms" "$( [ "$SMALL" = 200 ] && mark "${WARM[$SMALL]}" le 500 || echo n/a)")$'\n'
if [ -n "${WARM_IL[$SMALL]:-}" ]; then
  TARGETS+=$(row "redémarrage, arborescence inchangée, $SMALL articles, publication sans ReadyToRun (\`-p:PublishReadyToRun=false\`, médiane)" "${WARM_IL[$SMALL]} ms (CPU ${WARM_IL_CPU[$SMALL]} ms)" "≤ 500 ms" "$( [ "$SMALL" = 200 ] && mark "${WARM_IL[$SMALL]}" le 500 || echo n/a)")$'\n'
fi
TARGETS+=$(row "plancher : Kestrel nu, lancement → premier 200 (médiane, même article, même nombre d'essais)" "$FLOOR ms (CPU $FLOOR_CPU ms)" "—" "n/a")$'\n'
TARGETS+=$(row "plancher MVC : l'application vide du modèle \`dotnet new mvc\` publiée comme l'app, lancement → premier 200 de sa page d'accueil (médiane, même nombre d'essais)" "$MVC_FLOOR ms (CPU $MVC_FLOOR_CPU ms)" "—" "n/a")$'\n'
if [ "$LARGE" = 10000 ]; then
  TARGETS+=$(row "redémarrage, arborescence inchangée (cache des pages), 10 000 articles (médiane)" "${WARM[10000]} ms (CPU ${WARM_CPU[10000]} ms)" "≤ 1 000 ms" "$(mark "${WARM[10000]}" le 1000)")$'\n'
  if [ -n "${WARM_IL[10000]:-}" ]; then
    TARGETS+=$(row "redémarrage, arborescence inchangée, 10 000 articles, publication sans ReadyToRun (\`-p:PublishReadyToRun=false\`, médiane)" "${WARM_IL[10000]} ms (CPU ${WARM_IL_CPU[10000]} ms)" "≤ 1 000 ms" "$(mark "${WARM_IL[10000]}" le 1000)")$'\n'
  fi
  TARGETS+=$(row "démarrage à froid, 10 000 articles (médiane)" "${COLD[10000]} ms (CPU ${COLD_CPU[10000]} ms)" "≤ 5 000 ms" "$(mark "${COLD[10000]}" le 5000)")$'\n'
  TARGETS+=$(row "pic de mémoire (VmHWM) après la charge, 10 000 articles" "$(mib_of_kb "${HWM[10000]}") Mio" "≤ 200 Mio" "$(mark "$(mib_of_kb "${HWM[10000]}")" le 200)")$'\n'
  if [ $HAVE_HUGO = 1 ]; then
    r=$(ratio "${EXPORT_S[10000]}" "${HUGO_S[10000]}")
    TARGETS+=$(row "export de 10 000 articles / build Hugo" "${EXPORT_S[10000]} s / ${HUGO_S[10000]} s = $r× (CPU : ${EXPORT_CPU[10000]} s / ${HUGO_CPU[10000]} s = $(ratio "${EXPORT_CPU[10000]}" "${HUGO_CPU[10000]}")×)" "≤ 1,0×" "$(mark "$r" le 1.0)")$'\n'
  else
    TARGETS+=$(row "export de 10 000 articles / build Hugo" "${EXPORT_S[10000]} s / hugo absent" "≤ 1,0×" "n/a")$'\n'
  fi
else
  TARGETS+=$(row "démarrage à froid, 10 000 articles" "non mesuré (--quick)" "≤ 5 000 ms" "n/a")$'\n'
  TARGETS+=$(row "pic de mémoire, 10 000 articles" "non mesuré (--quick) ; $SMALL articles : $(mib_of_kb "${HWM[$SMALL]}") Mio" "≤ 200 Mio" "n/a")$'\n'
  if [ $HAVE_HUGO = 1 ]; then
    r=$(ratio "${EXPORT_S[$SMALL]}" "${HUGO_S[$SMALL]}")
    TARGETS+=$(row "export / build Hugo ($SMALL articles ; l'objectif porte sur 10 000)" "${EXPORT_S[$SMALL]} s / ${HUGO_S[$SMALL]} s = $r×" "≤ 1,0×" "n/a")$'\n'
  fi
fi
for SIZE in "$SMALL" "$LARGE"; do
  [ -n "${EDIT_MED[$SIZE]:-}" ] || continue
  TARGETS+=$(row "modification → servie, $SIZE articles (médiane ; max)" "${EDIT_MED[$SIZE]} ms ; ${EDIT_MAX[$SIZE]} ms" "≤ 500 ms" "$(mark "${EDIT_MED[$SIZE]}" le 500) ; max $(mark "${EDIT_MAX[$SIZE]}" le 500)")$'\n'
  [ "$SMALL" = "$LARGE" ] && break
done
TARGETS+=$(row "poids de \`/à-propos\`, tout compris, compressé" "$WEIGHT_TOTAL octets ($(kib "$WEIGHT_TOTAL") Kio)" "≤ 30 Kio" "$(mark "$WEIGHT_TOTAL" le 30720)")$'\n'
TARGETS+=$(row "script bloquant le rendu sur \`/à-propos\`" "$( [ -n "$WEIGHT_BLOCKING" ] && echo "oui : \`$WEIGHT_BLOCKING\`" || echo aucun)" "aucun" "$( [ -n "$WEIGHT_BLOCKING" ] && echo ❌ || echo ✅)")$'\n'
TARGETS+=$(row "recherche p95, $LARGE articles" "$( [ "$SEARCH_P95" = n/a ] && echo "pas encore disponible" || echo "$SEARCH_P95 ms")" "≤ 20 ms" "$( [ "$SEARCH_P95" = n/a ] && echo n/a || mark "$SEARCH_P95" le 20)")$'\n'
fi # LOAD_ONLY

{
  echo "# Banc de performance : résultats"
  echo
  echo "Écrit par \`bench/run.sh $MODE\` ; ne pas modifier à la main (l'analyse, en fin de fichier, vient de \`bench/analysis.md\`)."
  echo
  echo "- date : $(date '+%Y-%m-%d %H:%M %Z') ; durée du banc : $(( ELAPSED / 60 )) min $(( ELAPSED % 60 )) s ; commit : $V_COMMIT"
  echo "- machine : $(nproc) cœurs ($CPU_MODEL), mémoire $MEM_TOTAL ; charge moyenne (1, 5, 15 min) au départ : $LOAD_AVG, à la fin : $LOAD_AVG_END (machine partagée : comparer les ratios d'un même run, et les temps CPU)"
  echo "- outils : dotnet $V_DOTNET, $V_NGINX, hugo $V_HUGO, wrk $V_WRK"
  echo "- charge : wrk -t2 ; après chaque démarrage de l'app, des salves de 2 s par page jusqu'à un CPU par requête stable (JIT à plusieurs niveaux, ${JIT_MAX} s au plus par page) ; puis, pour chaque case de la table de débit, ${WARMUP} s de chauffe par serveur et ${ROUNDS} manche(s) de ${ROUND_SECONDS} s par serveur, nginx, l'app et le plafond tour à tour, l'ordre décalé d'un cran à chaque manche (nginx-app-plafond, app-plafond-nginx, plafond-nginx-app) ; req/s, p99 et CPU par requête : médianes des manches ; ratios : médiane des ratios de chaque manche, manche la plus basse et la plus haute entre parenthèses ; un seul encodage demandé par cas (\`-H 'Accept-Encoding: identity'\`, \`br\` ou \`gzip\`), 127.0.0.1 seulement ; les autres mesures de charge (ancien banc, OutputCache, expériences) : ${WARMUP} s de chauffe et ${DURATION} s mesurées, tour à tour"
  echo "- app : \`dotnet bench/out/app/FabMob.Web.dll\` publiée par \`dotnet publish src/FabMob.Web -c Release\` (le projet en fait une publication ReadyToRun pour la plateforme de la machine ; le redémarrage est aussi mesuré publié sans ReadyToRun, \`-p:PublishReadyToRun=false\`), \`ASPNETCORE_ENVIRONMENT=Production\`, \`DOTNET_GCgen0size=0x1000000\` comme dans \`docs/deploiement.md\`, journalisation au niveau Warning (une mesure au niveau par défaut plus bas)"
  echo "- nginx précompressé : l'export statique de la même arborescence (\`FabMob.Web.dll export\`) avec \`FICHIER.br\` (\`brotli -q 11\`) et \`FICHIER.gz\` (\`gzip -9 -n\`) à côté de chaque fichier texte, \`gzip_static on\`, \`brotli_static on\` (module Debian \`libnginx-mod-http-brotli-static\`$( [ $HAVE_BROTLI_STATIC = 1 ] || echo " : ABSENT dans ce run")), gzip à la volée off, \`try_files \$uri \$uri/index.html =404\`, access_log off, worker_processes auto"
  echo "- plafond Kestrel : \`bench/FabMob.Bench.Ceiling\`, Kestrel nu (ni middleware, ni routage, ni MVC) servant depuis la mémoire les mêmes fichiers de l'export et leurs .br/.gz ; mesuré sur $SMALL articles seulement (il ne dépend pas de la taille du corpus)"
  [ $LOAD_ONLY = 0 ] || echo "- run \`--load\` : débit, latence et octets seulement ; démarrage à froid, mémoire, export, modification → servie, poids et recherche : voir le dernier run \`--full\` dans l'historique git de ce fichier"
  echo
  echo "## Objectifs"
  echo
  printf '%s' "$TARGETS"
  echo
  if [ ${#NOTES[@]} -gt 0 ]; then
    echo "Remarques du run :"
    echo
    printf -- '- %s\n' "${NOTES[@]}"
    echo
  fi
  echo "## Corpus"
  echo
  echo "Généré par \`bench/FabMob.Bench.Corpus\` (graine 42, déterministe) : articles de blog en français (titres, listes, liens relatifs et absolus, images PNG réelles, tableaux, citations, code, notes, HTML brut), toutes les formes d'en-tête de DESIGN.md (clés françaises et anglaises, quatre formats de date, taxonomie Grav, étiquettes vides, noms de fichiers avec espaces, apostrophes, accents et capitales, sans en-tête, BOM, CRLF, couvertures relatives, brouillons, dates futures), plus les pages du dépôt (\`index.md\`, \`à-propos.md\`, \`à-propos/travailler.md\`)."
  echo
  echo "| articles | publiés | fichiers .md | taille |"
  echo "|---:|---:|---:|---:|"
  printf '%s' "$SIZES_TABLE"
  echo
  echo "Copie Hugo : mêmes corps, mais en-têtes réécrits pour Hugo (il refuse les dates \`'24-03-2015'\` et \`'24-03-2015 17:42'\` : dates ISO 8601 ; clés françaises et \`taxonomy:\` de Grav traduites en \`title\`, \`tags\`, \`categories\`, \`summary\` ; LF sans BOM), \`index.md\` → \`_index.md\`, \`à-propos.md\` → \`à-propos/_index.md\` (Hugo ne peut avoir une page et un dossier à la même adresse). Gabarits minimaux baseof/single/list, 10 articles par page de liste comme \`Site:PageSize\`, flux limités à 20 entrées comme ceux du site, HTML brut gardé (\`unsafe: true\`)."
  echo
  if [ $HAVE_WRK = 1 ]; then
    echo "## Débit et latence contre nginx précompressé et le plafond Kestrel (req/s, ms)"
    echo
    echo "Objectifs (issue 16) : req/s ≥ 1,0× nginx précompressé, p99 ≤ p99 de nginx + 1 ms, req/s ≥ 0,95× le plafond Kestrel du même run."
    echo "Chaque case : médianes de ${ROUNDS} manche(s) entrelacées de ${ROUND_SECONDS} s par serveur (ordre décalé à chaque manche) ; un ratio est la médiane des ratios des manches, (la plus basse–la plus haute) à côté."
    echo
    printf '%s' "$LOAD_TABLE"
    echo
    if [ -n "$FLY_TABLE" ]; then
      echo "### Ancien banc : nginx compressant à la volée (gzip niveau 1), \`Accept-Encoding: gzip, br\`, 32 connexions, $SMALL articles"
      echo
      echo "Gardé pour comparaison avec les runs précédents : ce ratio mesure le gzip de nginx plus que le service d'un fichier (l'app envoie un Brotli déjà calculé)."
      echo
      echo "| page | nginx gzip à la volée req/s | app req/s | ratio | p99 (ms) nginx / app | CPU/requête (µs) nginx / app |"
      echo "|---|---:|---:|---:|---:|---:|"
      printf '%s' "$FLY_TABLE"
      echo
    fi
    if [ -n "$OUTPUT_CACHE_SECTION" ]; then
      echo "### Cache du site contre OutputCache + ResponseCompression ($SMALL articles, 32 connexions)"
      echo
      echo "Seconde instance de l'app avec \`--Bench:ResponseCache=OutputCache\` : \`OutputCache\` (clé : génération de l'instantané, \`page\`, \`v\`, \`Accept-Encoding\`) devant \`ResponseCompression\` (Brotli et gzip \`SmallestSize\`), mesurée tour à tour avec l'app principale."
      echo
      printf '%s' "$OUTPUT_CACHE_SECTION"
      echo
    fi
    if [ -n "$BYTES_SECTION" ]; then
      echo "### Octets du corps par encodage ($SMALL articles ; l'app après ses copies Brotli 11 / gzip 9 faites en arrière-plan)"
      echo
      printf '%s' "$BYTES_SECTION"
      echo
    fi
    echo "Chauffe de l'app avant ces mesures (durée par page → CPU par requête à la dernière salve) :"
    echo
    echo "| articles | chauffe |"
    echo "|---:|---|"
    printf '%s' "$WARMUP_ROWS"
    echo
  else
    echo "## Débit et latence"
    echo
    echo "wrk absent : non mesuré."
    echo
  fi
  if [ $LOAD_ONLY = 0 ]; then
  echo "## Ce que chaque serveur envoie ($SMALL articles)"
  echo
  printf '%s' "$HEADERS_SECTION"
  echo
  echo "## Démarrage à froid (lancement du processus → premier 200 d'un article)"
  echo
  echo "Journalisation par défaut pour ces essais, pour lire dans le journal le temps de construction de l'instantané (« Contenu chargé … en N ms »)."
  echo
  echo "« à froid » : dossier de cache des pages vide (tout est rendu) ; « avec cache » : redémarrage sur la même arborescence, le cache écrit par le premier démarrage à froid (les pages sont lues au lieu d'être rendues). Avec cache, la construction de l'instantané compte depuis le début de la lecture du fichier de cache, lu pendant le parcours des dossiers (avant 2026-12-06 : après sa lecture)."
  echo
  echo "| articles | démarrage | médiane | dont construction de l'instantané (médiane) | temps CPU du processus jusqu'au premier 200 (médiane) | essais (ms) |"
  echo "|---:|---|---:|---:|---:|---|"
  for SIZE in "${SIZES[@]}"; do
    echo "| $SIZE | à froid | ${COLD[$SIZE]} ms | ${COLD_BUILD[$SIZE]} ms | ${COLD_CPU[$SIZE]} ms | ${COLD_RUNS_MS[$SIZE]} |"
    echo "| $SIZE | avec cache | ${WARM[$SIZE]} ms | ${WARM_BUILD[$SIZE]} ms | ${WARM_CPU[$SIZE]} ms | ${WARM_RUNS_MS[$SIZE]} |"
    [ -z "${WARM_IL[$SIZE]:-}" ] || echo "| $SIZE | avec cache, publication sans ReadyToRun | ${WARM_IL[$SIZE]} ms | — | ${WARM_IL_CPU[$SIZE]} ms | ${WARM_IL_RUNS_MS[$SIZE]} |"
    [ "$SIZE" != "$SMALL" ] || echo "| $SIZE | plancher : Kestrel nu, lancement → premier 200 | $FLOOR ms | — | $FLOOR_CPU ms | $FLOOR_RUNS_MS |"
    [ "$SIZE" != "$SMALL" ] || echo "| $SIZE | plancher MVC : \`dotnet new mvc\` vide, lancement → premier 200 de \`/\` | $MVC_FLOOR ms | — | $MVC_FLOOR_CPU ms | $MVC_FLOOR_RUNS_MS |"
  done
  echo
  echo "Le temps CPU ne dépend presque pas des voisins : sur 2 cœurs libres, le démarrage ne peut pas durer moins que CPU ÷ 2."
  echo
  echo "## Mémoire de l'app (Production, après la charge)"
  echo
  echo "| articles | VmHWM (pic) après charge | VmRSS après charge | VmHWM après les modifications (reconstructions) | export : pic RSS | Hugo : pic RSS |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for SIZE in "${SIZES[@]}"; do
    echo "| $SIZE | $(mib_of_kb "${HWM[$SIZE]}") Mio | $(mib_of_kb "${RSS[$SIZE]}") Mio | $( [ -n "${HWM_AFTER_EDIT[$SIZE]:-}" ] && echo "$(mib_of_kb "${HWM_AFTER_EDIT[$SIZE]}") Mio" || echo —) | $(mib_of_kb "${EXPORT_KB[$SIZE]:-n/a}") Mio | $(mib_of_kb "${HUGO_KB[$SIZE]:-n/a}") Mio |"
  done
  echo
  echo "## Export statique contre Hugo"
  echo
  echo "| articles | \`FabMob.Web.dll export\` : écoulé (CPU) | \`hugo\` : écoulé (CPU) | ratio export / Hugo : écoulé (CPU) | remarque |"
  echo "|---:|---:|---:|---:|---|"
  for SIZE in "${SIZES[@]}"; do
    echo "| $SIZE | ${EXPORT_S[$SIZE]} s (${EXPORT_CPU[$SIZE]:-n/a} s) | ${HUGO_S[$SIZE]:-n/a} s (${HUGO_CPU[$SIZE]:-n/a} s) | $(ratio "${EXPORT_S[$SIZE]}" "${HUGO_S[$SIZE]:-n/a}") ($(ratio "${EXPORT_CPU[$SIZE]:-n/a}" "${HUGO_CPU[$SIZE]:-n/a}")) | ${EXPORT_NOTE[$SIZE]:-} |"
  done
  echo
  echo "Un seul essai par taille (l'export de 10 000 articles dure plus d'une minute) : temps écoulé du processus entier, démarrage compris."
  echo
  echo "## Modification → servie"
  echo
  echo "Une ligne ajoutée à \`$BENCH_EDIT_FILE\`, puis \`curl\` en boucle sur \`$BENCH_EDIT_URL\` jusqu'à voir le texte."
  echo
  echo "| articles | médiane | max | essais (ms) | reconstructions de l'instantané lues dans le journal (ms) |"
  echo "|---:|---:|---:|---|---|"
  for SIZE in "${SIZES[@]}"; do
    [ -z "${EDIT_MED[$SIZE]:-}" ] || echo "| $SIZE | ${EDIT_MED[$SIZE]} ms | ${EDIT_MAX[$SIZE]} ms | ${EDIT_ALL[$SIZE]} | ${REBUILDS[$SIZE]:-} |"
  done
  echo
  echo "## Poids de \`/à-propos\` (Accept-Encoding: br, gzip ; corps transférés, sans les en-têtes HTTP)"
  echo
  echo "Servi par l'app :"
  echo
  printf '%s' "$WEIGHT_SECTION"
  if [ -n "${WEIGHT_NGINX_SECTION:-}" ]; then
    echo
    echo "Servi par nginx (export) :"
    echo
    printf '%s' "$WEIGHT_NGINX_SECTION"
  fi
  echo
  echo "Script bloquant le rendu (\`<script>\` classique dans \`<head>\` sans async/defer) : $( [ -n "$WEIGHT_BLOCKING" ] && echo "\`$WEIGHT_BLOCKING\`" || echo aucun)."
  echo
  echo "## Recherche"
  echo
  echo "$SEARCH_SECTION"
  echo
  fi # LOAD_ONLY
  if [ -n "$EXPERIMENT_SECTION" ]; then
    echo "## Expériences ($SMALL articles, 32 connexions)"
    echo
    printf '%s' "$EXPERIMENT_SECTION"
    [ -n "${LOG_LINES:-}" ] && { echo; echo "Journal au niveau par défaut : $LOG_LINES lignes écrites pendant ces mesures."; }
    echo
  fi
  # Lighthouse scores of the last bench/lighthouse/run.sh (measured apart: it needs chromium and npm packages).
  "$BENCH/lighthouse/run.sh" --section
  echo
  if [ -f "$BENCH/analysis.md" ]; then
    cat "$BENCH/analysis.md"
  fi
} >"$RESULTS"

cat "$RESULTS"
say "bench/results.md written ($MODE, $(( ELAPSED / 60 )) min $(( ELAPSED % 60 )) s)"
