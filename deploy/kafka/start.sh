#!/usr/bin/env bash
# One of three KRaft nodes (broker and controller each; NODE_ID 1, 2 or 3). Clients sign in
# with SASL/SCRAM-SHA-512 on 9092; the nodes talk to each other's controllers on 9093 with
# SASL/PLAIN as "controller". The SCRAM users are written into the log when it is formatted
# (first start); the standard authorizer denies whatever no ACL allows. Topics are kept on
# three nodes, and a write is acknowledged once two have it.
set -euo pipefail
secret() { tr -d '\n' <"/run/secrets/$1"; }
: "${NODE_ID:?NODE_ID must be 1, 2 or 3}"
config=/tmp/server.properties
controller_jaas="org.apache.kafka.common.security.plain.PlainLoginModule required username=\"controller\" password=\"$(secret kafka-controller-password)\" user_controller=\"$(secret kafka-controller-password)\";"
cat >"$config" <<PROPERTIES
node.id=${NODE_ID}
process.roles=broker,controller
listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093
advertised.listeners=SASL_PLAINTEXT://kafka-${NODE_ID}:9092
controller.listener.names=CONTROLLER
listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT
controller.quorum.voters=1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093
inter.broker.listener.name=SASL_PLAINTEXT
sasl.enabled.mechanisms=SCRAM-SHA-512
sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512
sasl.mechanism.controller.protocol=PLAIN
listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="admin" password="$(secret kafka-admin-password)";
listener.name.controller.sasl.enabled.mechanisms=PLAIN
listener.name.controller.plain.sasl.jaas.config=${controller_jaas}
authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer
allow.everyone.if.no.acl.found=false
# the brokers themselves (admin) and the controllers (controller)
super.users=User:admin;User:controller
log.dirs=/var/lib/kafka/data
num.partitions=3
default.replication.factor=3
min.insync.replicas=2
offsets.topic.replication.factor=3
transaction.state.log.replication.factor=3
transaction.state.log.min.isr=2
unclean.leader.election.enable=false
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
