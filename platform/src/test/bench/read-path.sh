#!/usr/bin/env bash
# The authenticated JSON read against nginx serving the same bytes (docs/benchmarks.md, "Read path").
# Usage: read-path.sh BASE_URL CLIENT_ID SECRET [rounds] [seconds]
#   e.g. read-path.sh http://127.0.0.1:8080 lunan-api lunan-demo-secret 3 10
# Needs wrk, nginx and curl; starts nginx on a free port with its own prefix under /tmp and stops it at the end.
set -euo pipefail
base=$1 client=$2 secret=$3 rounds=${4:-3} seconds=${5:-10}
path=/api/v1/disclosures/202/2025
work=$(mktemp -d /tmp/jixiao-read-bench-XXXX)
token=$(curl -fsS -u "$client:$secret" -d grant_type=client_credentials "$base/oauth2/token" \
  | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
mkdir -p "$work/html/api/v1/disclosures/202" "$work/logs"
curl -fsS -H "Authorization: Bearer $token" "$base$path" > "$work/html$path"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cat > "$work/nginx.conf" <<CONF
worker_processes 1;
pid $work/nginx.pid;
error_log $work/logs/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  server {
    listen 127.0.0.1:$port;
    root $work/html;
    default_type application/json;
    location / { try_files \$uri =404; }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work"
trap 'nginx -c "$work/nginx.conf" -p "$work" -s stop; rm -rf "$work"' EXIT
echo "$(date -u +%FT%TZ) bytes $(wc -c < "$work/html$path") load $(cut -d' ' -f1-3 /proc/loadavg)"
run() { # name url [header]
  wrk -t2 -c16 -d"${seconds}s" --latency ${3:+-H "$3"} "$2" \
    | awk -v n="$1" '/Requests\/sec/ {r=$2} /^ +50%/ {p50=$2} /^ +99%/ {p99=$2} END {printf "%-9s %10s req/s  p50 %8s  p99 %8s\n", n, r, p50, p99}'
}
for i in $(seq "$rounds"); do
  run platform "$base$path" "Authorization: Bearer $token"
  run nginx "http://127.0.0.1:$port$path"
done
