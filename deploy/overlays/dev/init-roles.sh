#!/bin/bash
# Runs once, on the first start of an empty volume (the postgres image's /docker-entrypoint-initdb.d convention):
# a role and a database per service, each role owning its database. pg_trgm is trusted, so the owner may create it.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username postgres --dbname postgres \
    -v article_user="$ARTICLE_DB_USER" -v article_password="$ARTICLE_DB_PASSWORD" \
    -v entity_user="$ENTITY_DB_USER" -v entity_password="$ENTITY_DB_PASSWORD" <<'SQL'
CREATE ROLE :"article_user" LOGIN PASSWORD :'article_password';
CREATE ROLE :"entity_user" LOGIN PASSWORD :'entity_password';
CREATE DATABASE marsad_articles OWNER :"article_user" ENCODING 'UTF8' TEMPLATE template0;
CREATE DATABASE marsad_entities OWNER :"entity_user" ENCODING 'UTF8' TEMPLATE template0;
SQL
