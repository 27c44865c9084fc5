#!/usr/bin/env bash
# mongod refuses a key file that others may read, and secret files are mounted read-only
# for everyone: copy it into place for the mongodb user, then start as the image does.
set -euo pipefail
install -o mongodb -g mongodb -m 0400 /run/secrets/mongo-keyfile /data/mongo-keyfile
exec docker-entrypoint.sh mongod --replSet rs0 --bind_ip_all --keyFile /data/mongo-keyfile
