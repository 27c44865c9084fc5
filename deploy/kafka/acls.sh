#!/usr/bin/env bash
# The ACLs of the production shape, set once by the admin user (setting them again is
# harmless). Each service writes only the change topic it owns; events-service reads the
# partnerships topic; web-ui reads both and writes only its dead-letter topics.
set -euo pipefail
cat >/tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(tr -d '\n' </run/secrets/kafka-admin-password)";
PROPERTIES
acl() { /opt/kafka/bin/kafka-acls.sh --bootstrap-server kafka-1:9092,kafka-2:9092,kafka-3:9092 --command-config /tmp/admin.properties --add "$@"; }

# the owners: write (idempotent producer) and declare their topic
acl --allow-principal User:partnerships-service --operation Write --operation Describe --operation Create \
  --operation DescribeConfigs --topic globallokal.partnerships
acl --allow-principal User:events-service --operation Write --operation Describe --operation Create \
  --operation DescribeConfigs --topic globallokal.events
for owner in partnerships-service events-service; do
  acl --allow-principal "User:$owner" --operation IdempotentWrite --cluster
done

# the readers
acl --allow-principal User:events-service --operation Read --operation Describe --topic globallokal.partnerships
acl --allow-principal User:events-service --operation Read --group events-service
acl --allow-principal User:web-ui --operation Read --operation Describe --topic globallokal.partnerships \
  --topic globallokal.events
acl --allow-principal User:web-ui --operation Read --operation Describe --group web-ui

# dead letters: a reader writes and declares the dead-letter topic of what it could not apply
acl --allow-principal User:events-service --operation Write --operation Describe --operation Create \
  --operation Read --operation DescribeConfigs --topic globallokal.partnerships.DLT
acl --allow-principal User:web-ui --operation Write --operation Describe --operation Create --operation Read \
  --operation DescribeConfigs --topic globallokal.partnerships.DLT --topic globallokal.events.DLT
acl --allow-principal User:web-ui --operation IdempotentWrite --cluster
echo "ACLs set"
