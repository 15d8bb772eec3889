#!/usr/bin/env bash
# Lighthouse (npm, pinned in bench/lighthouse/package.json) on /à-propos and /blog of the published
# site in Production, with Debian's chromium, on a phone (Lighthouse's default: emulated Moto G
# Power, simulated slow 4G and 4x slower CPU) and on a desktop (--preset=desktop).
#
#   bench/lighthouse/run.sh             measure (a few minutes), write results.md and print it
#   bench/lighthouse/run.sh --section   measure nothing: print the last results.md as a section of
#                                       bench/results.md (headings one level down) on stdout
#
# From bench/run.sh, the one line, inside the { ... } >"$RESULTS" block that writes bench/results.md:
#
#   "$BENCH/lighthouse/run.sh" --section
#
# It includes the scores last measured here (their commit and date are in the section) and never fails
# the benchmark: without results.md it prints a section that says how to measure. To measure afresh in
# the same run (a few minutes more), put `"$BENCH/lighthouse/run.sh" >&2` just before that line (`>&2`
# keeps its progress out of bench/results.md).
#
# Content: the founding pages of content/ plus the test corpus of articles, tags and data pages
# (tests/FabMob.Web.Tests/Fixtures/collections), copied into bench/out/lighthouse-content, so that
# /blog lists articles. Site:BaseUrl is the address Lighthouse visits, as on a deployed site (canonical
# links point to the page itself). Writes the JSON reports to bench/out/lighthouse/ and the scores to
# bench/lighthouse/results.md (also printed). Everything stays on 127.0.0.1; the server started here is
# stopped on exit. Scores never make it fail: only a build, a tool or a server that fails.
set -euo pipefail

cd "$(dirname "$0")/../.."
ROOT=$PWD
HERE=$ROOT/bench/lighthouse

case ${1:-} in
  "") ;;
  --section)
    if [ -f "$HERE/results.md" ]; then
      sed -E 's/^(#+) /#\1 /' "$HERE/results.md"
    else
      printf '## Lighthouse\n\nPas encore mesuré : `bench/lighthouse/run.sh` écrit `bench/lighthouse/results.md`.\n'
    fi
    exit 0
    ;;
  -h|--help)
    awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"
    exit 0
    ;;
  *)
    echo "lighthouse: unknown option $1 (see --help)" >&2
    exit 2
    ;;
esac

OUT=$ROOT/bench/out
APP=$OUT/lighthouse-app
CONTENT=$OUT/lighthouse-content
REPORTS=$OUT/lighthouse
RESULTS=$HERE/results.md
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DEBIAN_FRONTEND=noninteractive
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PAGES=("a-propos=/à-propos" "blog=/blog")
CHROME_FLAGS="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run"

fail() { echo "lighthouse: $*" >&2; exit 1; }

if [ ! -x "$CHROME_PATH" ]; then
  echo "== installing Debian chromium"
  apt-get update -qq
  apt-get install -y -qq chromium > /dev/null
fi
command -v node > /dev/null || fail "node is missing (apt-get install -y nodejs npm)"

if [ ! -x "$HERE/node_modules/.bin/lighthouse" ]; then
  echo "== npm ci (lighthouse)"
  npm ci --prefix "$HERE" --no-audit --no-fund > /dev/null
fi

echo "== dotnet publish (Release) to $APP"
dotnet publish src/FabMob.Web -c Release -o "$APP" > "$OUT/lighthouse-publish.log" 2>&1 || {
  tail -20 "$OUT/lighthouse-publish.log"
  fail "dotnet publish failed"
}

echo "== content: content/ founding pages + the test corpus"
rm -rf "$CONTENT" "$REPORTS"
mkdir -p "$CONTENT" "$REPORTS"
cp -R tests/FabMob.Web.Tests/Fixtures/collections/. "$CONTENT/"
cp content/à-propos.md "$CONTENT/"
mkdir -p "$CONTENT/à-propos"
cp content/à-propos/travailler.md "$CONTENT/à-propos/"

free_port() {
  local p _
  for _ in $(seq 1 100); do
    p=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2> /dev/null; then
      echo "$p"
      return 0
    fi
  done
  fail "no free port on 127.0.0.1"
}

PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
APP_PID=
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2> /dev/null; then
    kill "$APP_PID" 2> /dev/null || true
    wait "$APP_PID" 2> /dev/null || true
  fi
}
trap stop_app EXIT

echo "== starting the site (Production) at $BASE"
ASPNETCORE_ENVIRONMENT=Production dotnet "$APP/FabMob.Web.dll" --urls "$BASE" \
  "--Site:ContentPath=$CONTENT" "--Site:BaseUrl=$BASE" > "$OUT/lighthouse-app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 120); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/blog" || true)" = 200 ] && break
  kill -0 "$APP_PID" 2> /dev/null || { tail -20 "$OUT/lighthouse-app.log"; fail "the site exited before answering"; }
  [ "$i" -lt 120 ] || fail "the site did not answer within 60 s"
  sleep 0.5
done

# encode PATH: /à-propos -> /%C3%A0-propos
encode() { node -e 'process.stdout.write(encodeURI(process.argv[1]))' "$1"; }

run_lighthouse() { # NAME URL PRESET
  local name=$1 url=$2 preset=$3 args=()
  [ "$preset" = desktop ] && args+=(--preset=desktop)
  echo "== lighthouse $preset $url"
  "$HERE/node_modules/.bin/lighthouse" "$url" "${args[@]}" \
    --only-categories=performance,accessibility,best-practices,seo \
    --chrome-flags="$CHROME_FLAGS" --output=json --output-path="$REPORTS/$name.json" \
    --max-wait-for-load=60000 --quiet \
    || fail "lighthouse failed on $url"
}

for entry in "${PAGES[@]}"; do
  name=${entry%%=*}
  page=${entry#*=}
  for preset in mobile desktop; do
    run_lighthouse "$name-$preset" "$BASE$(encode "$page")" "$preset"
  done
done

echo "== scores"
node "$HERE/scores.mjs" "$REPORTS" "$(git -C "$ROOT" rev-parse --short HEAD 2> /dev/null || echo '?')" \
  "$(node "$HERE/node_modules/.bin/lighthouse" --version)" "$("$CHROME_PATH" --version 2> /dev/null | head -1)" > "$RESULTS"
cat "$RESULTS"
