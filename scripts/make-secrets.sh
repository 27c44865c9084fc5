#!/usr/bin/env bash
# Makes the secret files docker-compose.yml reads, once, into ./secrets (not in the
# repository; keep a copy in the city's secret store). Existing files are kept.
# Passwords are hex, so they need no escaping in connection strings.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v openssl >/dev/null || { echo "openssl is needed"; exit 1; }
umask 077
mkdir -p secrets
make() { [ -s "secrets/$1" ] || { openssl rand -hex 24 >"secrets/$1"; echo "made secrets/$1"; }; }
for name in mongo-root-password mongo-partnerships-password mongo-events-password mongo-webui-password \
  kafka-admin-password kafka-controller-password kafka-partnerships-password kafka-events-password kafka-webui-password; do
  make "$name"
done
[ -s secrets/mongo-keyfile ] || { openssl rand -base64 756 >secrets/mongo-keyfile; echo "made secrets/mongo-keyfile"; }
if [ ! -s secrets/jwt-private.pem ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out secrets/jwt-private.pem 2>/dev/null
  openssl pkey -in secrets/jwt-private.pem -pubout -out secrets/jwt-public.pem
  echo "made secrets/jwt-private.pem and secrets/jwt-public.pem"
fi
# compose mounts secret files as they are: the services run as a user of their own, so the
# files are readable inside the containers while the folder keeps others on the host out
chmod 0700 secrets
chmod 0644 secrets/*
