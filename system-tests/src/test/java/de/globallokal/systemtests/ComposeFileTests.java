package de.globallokal.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml keeps the production shape: every service configured by environment
 * alone.
 */
class ComposeFileTests {

    private static final List<String> REQUIRED = List.of("PORT", "MONGODB_URI", "KAFKA_BOOTSTRAP_SERVERS",
            "GLOBALLOKAL_JWT_SECRET");

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "partnerships-service, 8081, partnerships", "events-service, 8082, events", "web-ui, 8080, webui" })
    @SuppressWarnings("unchecked")
    void everyServiceHasItsSettingsPortAndDatabase(String name, String port, String database) throws IOException {
        Map<String, Object> service = (Map<String, Object>) services().get(name);
        assertThat(service).as(name).isNotNull();

        Map<String, Object> environment = (Map<String, Object>) service.get("environment");
        assertThat(environment).containsKeys(REQUIRED.toArray(String[]::new));
        assertThat(environment.get("PORT")).isEqualTo(port);
        assertThat(environment.get("MONGODB_URI").toString()).contains("/" + database + "?replicaSet=rs0");
        assertThat(environment.get("KAFKA_BOOTSTRAP_SERVERS")).isEqualTo("kafka:9092");
        assertThat(environment.get("GLOBALLOKAL_JWT_SECRET").toString()).startsWith("${GLOBALLOKAL_JWT_SECRET:?");
        assertThat((List<String>) service.get("ports")).containsExactly(port + ":" + port);
        Map<String, Object> build = (Map<String, Object>) service.get("build");
        assertThat(((Map<String, Object>) build.get("args")).get("MODULE")).isEqualTo(name);
        assertThat(((Map<String, Object>) service.get("depends_on"))).containsKeys("mongo", "kafka");
    }

    @Test
    @SuppressWarnings("unchecked")
    void infrastructureIsARealReplicaSetAndAKraftBroker() throws IOException {
        Map<String, Object> mongo = (Map<String, Object>) services().get("mongo");
        assertThat(mongo.get("image").toString()).startsWith("mongo:");
        assertThat((List<String>) mongo.get("command")).contains("--replSet");

        Map<String, Object> kafka = (Map<String, Object>) services().get("kafka");
        assertThat(kafka.get("image").toString()).startsWith("apache/kafka:");
        Map<String, Object> environment = (Map<String, Object>) kafka.get("environment");
        assertThat(environment.get("KAFKA_PROCESS_ROLES")).isEqualTo("broker,controller");
        assertThat(environment).containsKey("KAFKA_CONTROLLER_QUORUM_VOTERS")
            .doesNotContainKey("KAFKA_ZOOKEEPER_CONNECT");
    }

    @Test
    void theDockerfileBuildsEachServiceFromTheRepository() throws IOException {
        String dockerfile = Files.readString(ServiceProcess.root().resolve("Dockerfile"));
        assertThat(dockerfile).contains("ARG MODULE").contains("-exec.jar").contains("USER ");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> services() throws IOException {
        try (Reader reader = Files.newBufferedReader(ServiceProcess.root().resolve("docker-compose.yml"))) {
            Map<String, Object> compose = new Yaml().load(reader);
            return (Map<String, Object>) compose.get("services");
        }
    }

}
