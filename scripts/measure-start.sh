#!/usr/bin/env bash
# Startup time and resident memory of one service, native executable or JAR:
#   scripts/measure-start.sh SERVICE COMMAND...
#   scripts/measure-start.sh entity-service entity-service/target/entity-service-0.1.0-SNAPSHOT-runner
#   scripts/measure-start.sh entity-service java -jar entity-service/target/quarkus-app/quarkus-run.jar
# Starts a throwaway PostgreSQL (local-postgres must be built: ./mvnw install -pl local-postgres), runs COMMAND with
# the service's settings on a free port, and prints one Markdown table row:
#   | service | startup to ready (ms) | RSS when ready (MiB) | RSS after REQUESTS reads (MiB) | peak RSS (MiB) |
# The reads are GraphQL queries answered from the (empty) database, so they measure the service's own footprint.
# The native workflow (.github/workflows/native.yml) runs it on every native build and publishes the rows.
set -euo pipefail
cd "$(dirname "$0")/.."
service=${1:?usage: scripts/measure-start.sh SERVICE COMMAND...}
shift
[ $# -gt 0 ] || { echo "usage: scripts/measure-start.sh SERVICE COMMAND..." >&2; exit 2; }
requests=${REQUESTS:-200}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}java
work=$(mktemp -d)
chmod 755 "$work"
pg_port=$(free_port)
port=$(free_port)
pg() { "$java_bin" -cp "$(ls local-postgres/target/local-postgres-*.jar | head -n 1)" org.marsad.postgres.LocalPostgres "$@"; }
read -r _ db_user db_password < <(pg start "$work/postgres" "$pg_port")
pid=
cleanup() {
    [ -z "$pid" ] || { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
    pg stop "$work/postgres" "$pg_port" >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

case $service in
    gateway) query='{"query":"{ __schema { queryType { name } } }"}' ;;
    article-service) query='{"query":"{ articles(search: \"حموشي\", first: 5) { totalCount } }"}' ;;
    entity-service) query='{"query":"{ entities(search: \"DGSN\", first: 5) { totalCount } }"}' ;;
    *) echo "unknown service $service" >&2; exit 2 ;;
esac

start=$(date +%s%N)
QUARKUS_HTTP_PORT=$port MARSAD_API_TOKEN=measure-token \
MARSAD_ARTICLE_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/marsad_articles" \
MARSAD_ENTITY_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/marsad_entities" \
MARSAD_DB_USER=$db_user MARSAD_DB_PASSWORD=$db_password \
MARSAD_OUTBOX_INTERVAL=off MARSAD_REPROCESS_INTERVAL=off \
    "$@" >"$work/service.log" 2>&1 &
pid=$!
until curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { echo "$service exited; its log:" >&2; cat "$work/service.log" >&2; exit 1; }
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 180 ] || { echo "$service not ready after 180 s" >&2; exit 1; }
    sleep 0.05
done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
# The JVM's java launcher may be a wrapper: measure the process that listens, i.e. the one we started.
rss() { awk -v key="$1" '$1 == key":" {printf "%.0f", $2 / 1024}' "/proc/$pid/status"; }
rss_ready=$(rss VmRSS)
for _ in $(seq 1 "$requests"); do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "$query" "http://127.0.0.1:$port/graphql"
done
echo "| $service | $ready_ms | $rss_ready | $(rss VmRSS) | $(rss VmHWM) |"
