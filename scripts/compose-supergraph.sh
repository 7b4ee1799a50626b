#!/usr/bin/env bash
# Composes article-service's and entity-service's Apollo Federation v2 subgraph schemas with @apollo/composition (npm)
# and writes the supergraph a federation router loads. Fails, listing the errors, when they do not compose.
#
#   scripts/compose-supergraph.sh            # the SDLs the services' tests wrote (target/subgraph.graphql, after ./mvnw verify)
#   scripts/compose-supergraph.sh --live     # asks running services for _service { sdl } (ports of ./marsad up)
#
# Settings: MARSAD_ARTICLE_URL, MARSAD_ENTITY_URL (the subgraph URLs written into the supergraph and, with --live, asked;
# default http://localhost:8081/graphql and :8082), SUPERGRAPH (output, default target/supergraph.graphql).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ARTICLE_URL=${MARSAD_ARTICLE_URL:-http://localhost:${MARSAD_ARTICLE_PORT:-8081}/graphql}
ENTITY_URL=${MARSAD_ENTITY_URL:-http://localhost:${MARSAD_ENTITY_PORT:-8082}/graphql}
OUT=${SUPERGRAPH:-$ROOT/target/supergraph.graphql}
WORK=$ROOT/target/federation
mkdir -p "$WORK" "$(dirname "$OUT")"

sdl_of() { # service url -> file holding its SDL
    local service=$1 url=$2 file=$WORK/$1.graphql
    if [ "${LIVE:-}" = 1 ]; then
        curl -sf -H 'Content-Type: application/json' -d '{"query":"{ _service { sdl } }"}' "$url" \
            | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.parse(s).data._service.sdl))' >"$file" \
            || { echo "could not read _service { sdl } from $service at $url" >&2; exit 1; }
    else
        local built=$ROOT/$service/target/subgraph.graphql
        [ -s "$built" ] || { echo "$built is missing: run ./mvnw verify first (the service's tests write it), or use --live" >&2; exit 1; }
        cp "$built" "$file"
    fi
    echo "$file"
}

[ "${1:-}" = "--live" ] && LIVE=1
article=$(sdl_of article-service "$ARTICLE_URL")
entity=$(sdl_of entity-service "$ENTITY_URL")

# Only the composition library and graphql, installed once into target/ (nothing is committed but package.json).
if [ ! -d "$WORK/node_modules/@apollo/composition" ]; then
    cp "$ROOT/scripts/federation/package.json" "$WORK/"
    (cd "$WORK" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
fi
cp "$ROOT/scripts/federation/compose.mjs" "$WORK/"
node "$WORK/compose.mjs" "$OUT" "article-service=$ARTICLE_URL=$article" "entity-service=$ENTITY_URL=$entity"
