#!/usr/bin/env bash
# Portal page vs nginx serving the same bytes from a file: wrk, same threads/connections/duration,
# interleaved rounds. Starts the platform jar with the embedded demo (the README's run command),
# publishes dept 202 of 2025 through the API (the seed's three errors fixed first), saves the
# page's bytes, serves them with nginx on another port, and prints one line per round.
# Usage: docs/bench/portal-wrk.sh [rounds=3] [duration=15s] [threads=2] [connections=32]
set -euo pipefail
ROUNDS=${1:-3}; DURATION=${2:-15s}; THREADS=${3:-2}; CONNECTIONS=${4:-32}
PORT=18080; NGINX_PORT=18081
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d); chmod 755 "$WORK" # nginx workers run as another user
JAR=$(ls "$ROOT"/platform/target/jixiao-platform-*.jar | grep -v original | head -1)
cleanup() { [ -n "${PLATFORM_PID:-}" ] && kill "$PLATFORM_PID" 2>/dev/null || true
            [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true; }
trap cleanup EXIT

env $(env | grep -o '^\(SPRING\|JIXIAO\)_[^=]*' | sed 's/^/-u /') java -Xmx1g -jar "$JAR" --server.port=$PORT > "$WORK/platform.log" 2>&1 &
PLATFORM_PID=$!
until curl -sf "http://127.0.0.1:$PORT/actuator/health" > /dev/null; do sleep 2; done

TOKEN=$(curl -sf -u lunan-api:lunan-demo-secret -d grant_type=client_credentials "http://127.0.0.1:$PORT/oauth2/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
API="http://127.0.0.1:$PORT/api/v1/disclosures/202/2025"
# the seed's three money targets outside 成本指标 → ≥90% (as the browser tests do)
curl -sf -H "Authorization: Bearer $TOKEN" "$API" | python3 -c '
import json,sys
d=json.load(sys.stdin)
out={"baseRevision": d["revision"]["number"], "goals": d["goals"], "projects": []}
for p in d["projects"]:
    q={k: p[k] for k in ("unitCode","code","name","budget","purpose","spendPlan","goal")}
    q["indicators"]=[]
    for i in p["indicators"]:
        r={k: i[k] for k in ("level1","level2","level3","description","basis")}
        v=i["value"]["text"]
        r["value"]="≥90%" if ("万元" in v and not i["level2"].startswith("成本")) else v
        q["indicators"].append(r)
    out["projects"].append(q)
print(json.dumps(out, ensure_ascii=False))' > "$WORK/fixed.json"
curl -sf -X PUT -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary @"$WORK/fixed.json" "$API" > /dev/null
curl -sf -X POST -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' -d '{"to":"SUBMITTED"}' "$API/status" > /dev/null
# the API client may not approve or publish: the demo admin does, signed in on the pages
APP="http://127.0.0.1:$PORT"; JAR_COOKIES="$WORK/cookies"
csrf() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
T=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -L "$APP/app" | csrf)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -L -d "tenant=lunan&username=admin&password=jixiao-demo-pass&_csrf=$T" "$APP/login" > /dev/null
T=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$APP/app/review/202/2025" | csrf)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "_csrf=$T" "$APP/app/review/202/2025/approve" > /dev/null
T=$(curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$APP/app/years/2025" | csrf)
curl -s -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "to=PUBLISHED&_csrf=$T" "$APP/app/years/2025/departments/202/status" > /dev/null
curl -sf "$APP/public/lunan/2025/202" > /dev/null || { echo "dept 202 of 2025 is not public"; exit 1; }

URL_PATH=/public/lunan/2025/202
mkdir -p "$WORK/www/public/lunan/2025"
curl -sf "http://127.0.0.1:$PORT$URL_PATH" -o "$WORK/www/public/lunan/2025/202"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; default_type text/html; }
}
NGINX
nginx -c "$WORK/nginx.conf"
echo "bytes: $(wc -c < "$WORK/www/public/lunan/2025/202"), same as the platform's: $(curl -s "http://127.0.0.1:$NGINX_PORT$URL_PATH" | cmp - "$WORK/www/public/lunan/2025/202" && echo yes)"

# warm-up (JIT, cache) then interleaved rounds
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s "http://127.0.0.1:$PORT$URL_PATH" > /dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "http://127.0.0.1:$NGINX_PORT$URL_PATH" > /dev/null
for round in $(seq 1 "$ROUNDS"); do
  for target in platform:$PORT nginx:$NGINX_PORT; do
    name=${target%%:*}; port=${target##*:}
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$port$URL_PATH" > "$WORK/$name-$round.txt"
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/$name-$round.txt")
    p50=$(awk '$1=="50%" {print $2}' "$WORK/$name-$round.txt")
    p99=$(awk '$1=="99%" {print $2}' "$WORK/$name-$round.txt")
    echo "round $round $name req/s=$rps p50=$p50 p99=$p99"
  done
done
