#!/usr/bin/env bash
# One KRaft node (broker and controller). Clients sign in with SASL/SCRAM-SHA-512 on 9092;
# the controller listener is bound to the loopback inside the container. The users are
# written into the log when it is formatted (first start); the standard authorizer denies
# whatever no ACL allows.
set -euo pipefail
secret() { tr -d '\n' <"/run/secrets/$1"; }
config=/tmp/server.properties
cat >"$config" <<PROPERTIES
node.id=1
process.roles=broker,controller
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=SASL_PLAINTEXT://kafka:9092
controller.listener.names=CONTROLLER
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT
controller.quorum.voters=1@127.0.0.1:9093
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(secret kafka-admin-password)";
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
# the broker itself (admin) and the controller listener, which only the loopback reaches
super.users=User:admin;User:ANONYMOUS
log.dirs=/var/lib/kafka/data
num.partitions=3
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
PROPERTIES
cat >/tmp/admin.properties <<PROPERTIES
security.protocol=SASL_PLAINTEXT
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(secret kafka-admin-password)";
PROPERTIES
if [ ! -f /var/lib/kafka/data/meta.properties ]; then
  /opt/kafka/bin/kafka-storage.sh format --cluster-id "$CLUSTER_ID" --config "$config" \
    --add-scram "SCRAM-SHA-512=[name=admin,password=$(secret kafka-admin-password)]" \
    --add-scram "SCRAM-SHA-512=[name=partnerships-service,password=$(secret kafka-partnerships-password)]" \
    --add-scram "SCRAM-SHA-512=[name=events-service,password=$(secret kafka-events-password)]" \
    --add-scram "SCRAM-SHA-512=[name=web-ui,password=$(secret kafka-webui-password)]"
fi
exec /opt/kafka/bin/kafka-server-start.sh "$config"
