package de.globallokal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml keeps the production shape, closed by default: only the proxy
 * publishes ports, every client signs in to MongoDB and Kafka with its own user, two
 * web-ui replicas sit behind the proxy with sticky sessions, and secrets come from files.
 * Docker does not run here; this reads what Compose would run.
 */
class ComposeFileTests {

    private static final List<String> APPLICATIONS = List.of("partnerships-service", "events-service", "web-ui-1",
            "web-ui-2");

    @Test
    void onlyTheProxyPublishesPortsAndOnlyHttpsAndItsRedirect() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(services.entrySet().stream().filter(e -> e.getValue().containsKey("ports")).map(Map.Entry::getKey))
            .containsExactly("proxy");
        assertThat(strings(services.get("proxy").get("ports"))).containsExactlyInAnyOrder("443:443", "80:80");
        assertThat(services.values().stream().filter(s -> s.containsKey("expose") || s.containsKey("network_mode")))
            .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "partnerships-service, 8081, partnerships, partnerships", "events-service, 8082, events, events",
            "web-ui-1, 8080, webui, webui", "web-ui-2, 8080, webui, webui" })
    void everyApplicationSignsInToItsOwnDatabaseAndToKafka(String name, String port, String user, String database)
            throws IOException {
        Map<String, Object> environment = environment(services().get(name));

        assertThat(environment.get("PORT")).isEqualTo(port);
        assertThat(environment.get("MONGODB_URI").toString())
            // Compose turns $$ into $; Spring then fills the password in from the secret
            // file
            .startsWith("mongodb://" + user + ":$${mongodb-password}@mongo-1:27017,mongo-2:27017,mongo-3:27017/"
                    + database + "?")
            .contains("replicaSet=rs0", "authSource=" + database, "w=majority");
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka-1:9092,kafka-2:9092,kafka-3:9092");
        assertThat(environment.get("GLOBALLOKAL_KAFKA_REPLICAS")).isEqualTo("3");
        assertThat(environment.get("SPRING_KAFKA_PROPERTIES_SECURITY_PROTOCOL").toString()).startsWith("SASL_");
        assertThat(environment.get("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM")).isEqualTo("SCRAM-SHA-512");
        String kafkaUser = name.startsWith("web-ui") ? "web-ui" : name;
        assertThat(environment.get("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG").toString()).contains("ScramLoginModule",
                "username=\"" + kafkaUser + "\"", "password=\"$${kafka-password}\"");
        assertThat(environment.get("SPRING_CONFIG_IMPORT").toString()).contains("configtree:/run/secrets/");
        assertThat(secretTargets(services().get(name))).contains("mongodb-password", "kafka-password");
    }

    @Test
    void theTokenKeysComeAsSecretFilesPrivateToWebUiPublicToTheServices() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : APPLICATIONS) {
            boolean webUi = name.startsWith("web-ui");
            Map<String, Object> environment = environment(services.get(name));
            assertThat(environment.get(webUi ? "GLOBALLOKAL_JWT_PRIVATE_KEY" : "GLOBALLOKAL_JWT_PUBLIC_KEY")).as(name)
                .isEqualTo(webUi ? "/run/secrets/jwt-private" : "/run/secrets/jwt-public");
            assertThat(secretTargets(services.get(name))).as(name)
                .contains(webUi ? "jwt-private" : "jwt-public")
                .doesNotContain(webUi ? "jwt-public" : "jwt-private");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void noSecretIsWrittenIntoTheFileAndEveryOneIsAFile() throws IOException {
        Map<String, Object> compose = compose();
        Map<String, Map<String, Object>> secrets = (Map<String, Map<String, Object>>) compose.get("secrets");

        assertThat(secrets.values())
            .allSatisfy(secret -> assertThat(secret.get("file").toString()).startsWith("./secrets/"));
        String text = Files.readString(ServiceProcess.root().resolve("docker-compose.yml"));
        assertThat(text).doesNotContainPattern("(?i)(password|secret)\\s*[:=]\\s*[\"']?[A-Za-z0-9+/]{12,}");
        assertThat(Files.readString(ServiceProcess.root().resolve(".gitignore"))).contains("/secrets/");
    }

    @Test
    void mongoIsAThreeMemberReplicaSetWithAuthenticationAndOneUserPerService() throws IOException {
        Map<String, Map<String, Object>> services = services();
        Map<String, Object> mongo = services.get("mongo-1");
        String entrypoint = Files.readString(ServiceProcess.root().resolve("deploy/mongo/entrypoint.sh"));
        String users = Files.readString(ServiceProcess.root().resolve("deploy/mongo/create-users.js"));

        assertThat(mongo.get("image").toString()).startsWith("mongo:");
        assertThat(environment(mongo)).containsEntry("MONGO_INITDB_ROOT_PASSWORD_FILE",
                "/run/secrets/mongo-root-password");
        // a key file turns on authentication for a replica set
        assertThat(entrypoint).contains("--replSet rs0", "--keyFile");
        assertThat(services).containsKeys("mongo-2", "mongo-3");
        assertThat(mongo.get("healthcheck").toString()).contains("mongo-1:27017", "mongo-2:27017", "mongo-3:27017");
        assertThat(users).contains("'partnerships', 'partnerships'", "'events', 'events'", "'webui', 'webui'",
                "role: 'readWrite', db: database");
    }

    @Test
    void kafkaIsThreeNodesTakingOnlyScramClientsAndAclsGiveEachServiceItsOwnTopic() throws IOException {
        Map<String, Map<String, Object>> services = services();
        String start = Files.readString(ServiceProcess.root().resolve("deploy/kafka/start.sh"));
        String acls = Files.readString(ServiceProcess.root().resolve("deploy/kafka/acls.sh"));

        for (int node = 1; node <= 3; node++) {
            Map<String, Object> kafka = services.get("kafka-" + node);
            assertThat(kafka.get("image").toString()).startsWith("apache/kafka:");
            assertThat(environment(kafka).get("NODE_ID")).isEqualTo(String.valueOf(node));
        }
        assertThat(start).contains("listeners=SASL_PLAINTEXT://:9092,CONTROLLER://:9093",
                "listener.security.protocol.map=SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.enabled.mechanisms=SCRAM-SHA-512", "StandardAuthorizer", "allow.everyone.if.no.acl.found=false",
                "process.roles=broker,controller",
                "controller.quorum.voters=1@kafka-1:9093,2@kafka-2:9093,3@kafka-3:9093", "default.replication.factor=3",
                "min.insync.replicas=2", "unclean.leader.election.enable=false");
        // no listener without authentication
        assertThat(start).doesNotContainPattern("[=,:]PLAINTEXT\\b");
        for (String user : List.of("partnerships-service", "events-service", "web-ui")) {
            assertThat(start).contains("name=" + user + ",");
        }
        assertThat(acls).contains(
                "User:partnerships-service --operation Write --operation Describe --operation Create \\\n  --operation DescribeConfigs --topic globallokal.partnerships\n");
        assertThat(acls).contains(
                "User:events-service --operation Write --operation Describe --operation Create \\\n  --operation DescribeConfigs --topic globallokal.events\n");
        // web-ui never writes a change topic
        assertThat(acls.lines().filter(line -> line.contains("User:web-ui") && line.contains("Write")))
            .allSatisfy(line -> assertThat(line).doesNotContain("--topic globallokal.partnerships ")
                .doesNotContain("--topic globallokal.events "));
        assertThat(services.get("kafka-acls").get("depends_on").toString()).contains("kafka");
    }

    @Test
    void twoWebUiReplicasStandBehindTheProxyWithStickySessions() throws IOException {
        Map<String, Map<String, Object>> services = services();
        String caddyfile = Files.readString(ServiceProcess.root().resolve("deploy/Caddyfile"));

        assertThat(services.get("proxy").get("image").toString()).startsWith("caddy:");
        assertThat(services).containsKeys("web-ui-1", "web-ui-2").doesNotContainKey("web-ui");
        assertThat(caddyfile).contains("reverse_proxy web-ui-1:8080 web-ui-2:8080", "lb_policy cookie");
        assertThat(environment(services.get("web-ui-1"))).isEqualTo(environment(services.get("web-ui-2")));
        // web-ui believes forwarded addresses from the proxy's fixed address only
        String proxyAddress = services.get("proxy")
            .get("networks")
            .toString()
            .replaceAll(".*ipv4_address=([0-9.]+).*", "$1");
        assertThat(environment(services.get("web-ui-1")).get("GLOBALLOKAL_PROXY_TRUSTED"))
            .isEqualTo(proxyAddress + "/32");
    }

    @Test
    void theInfrastructureLivesOnAnInternalNetwork() throws IOException {
        Map<String, Map<String, Object>> services = services();
        for (String name : List.of("mongo-1", "mongo-2", "kafka-1", "kafka-3", "partnerships-service")) {
            assertThat(strings(services.get(name).get("networks"))).as(name).containsExactly("internal");
        }
        assertThat(compose().get("networks").toString()).contains("internal={internal=true}");
    }

    @Test
    void theDockerfileBuildsEachServiceFromTheRepository() throws IOException {
        String dockerfile = Files.readString(ServiceProcess.root().resolve("Dockerfile"));
        assertThat(dockerfile).contains("ARG MODULE").contains("-exec.jar").contains("USER ");
    }

    /**
     * Each application is healthy when its readiness group says UP on its management
     * port; the command itself is run here against a stand-in that answers UP, then DOWN.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({ "partnerships-service", "events-service", "web-ui-1", "web-ui-2" })
    @SuppressWarnings("unchecked")
    void everyApplicationReportsItsReadinessFromItsManagementPort(String name) throws Exception {
        Map<String, Object> service = services().get(name);
        Map<String, Object> healthcheck = (Map<String, Object>) service.get("healthcheck");
        List<String> test = strings(healthcheck.get("test"));
        String port = environment(service).get("MANAGEMENT_SERVER_PORT").toString();
        assertThat(test.getLast()).contains("/dev/tcp/127.0.0.1/" + port + " ", "/actuator/health/readiness");

        HttpServer standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String[] answer = { "{\"status\":\"UP\"}" };
        standIn.createContext("/actuator/health/readiness", exchange -> {
            byte[] body = answer[0].getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        standIn.start();
        try {
            List<String> command = new ArrayList<>(test.subList(1, test.size()));
            command.set(command.size() - 1,
                    command.getLast()
                        .replace("/dev/tcp/127.0.0.1/" + port + " ",
                                "/dev/tcp/127.0.0.1/" + standIn.getAddress().getPort() + " "));
            assertThat(new ProcessBuilder(command).start().waitFor()).as("exit status while UP").isZero();
            answer[0] = "{\"status\":\"DOWN\"}";
            assertThat(new ProcessBuilder(command).start().waitFor()).as("exit status while DOWN").isNotZero();
        }
        finally {
            standIn.stop(0);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<String> secretTargets(Map<String, Object> service) {
        return ((List<Object>) service.get("secrets")).stream()
            .map(s -> s instanceof Map<?, ?> m ? m.get("target").toString() : s.toString())
            .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object list) {
        return list instanceof Map<?, ?> map ? map.keySet().stream().map(Object::toString).toList()
                : ((List<Object>) list).stream().map(Object::toString).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        return (Map<String, Map<String, Object>>) compose().get("services");
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader reader = Files.newBufferedReader(ServiceProcess.root().resolve("docker-compose.yml"))) {
            return new Yaml().load(reader);
        }
    }

}
