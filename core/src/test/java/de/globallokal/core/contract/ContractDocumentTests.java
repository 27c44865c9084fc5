package de.globallokal.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import de.globallokal.core.contract.ContractSchemas.EventType;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The contract for outside consumers cannot drift: the committed AsyncAPI document and
 * JSON Schemas are what the records give, and every sample keeps its schema. After a
 * change to a payload record, write them anew with
 * {@code ./mvnw -pl core test -Dtest=ContractDocumentTests -Dgloballokal.contract.write=true}.
 */
class ContractDocumentTests {

    private static final Path FOLDER = Path.of("src/main/resources/META-INF/resources/asyncapi");

    private static final boolean WRITE = Boolean.getBoolean("globallokal.contract.write");

    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    @ParameterizedTest(name = "{0}")
    @FieldSource("de.globallokal.core.contract.ContractSchemas#TYPES")
    void theCommittedSchemaIsWhatTheRecordsGive(EventType type) throws IOException {
        Path file = FOLDER.resolve("schemas").resolve(type.file());
        String generated = Json.strict()
            .writer(SerializationFeature.INDENT_OUTPUT)
            .writeValueAsString(ContractDocument.generate(type)) + "\n";
        if (WRITE) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, generated);
        }

        assertThat(file).as("run the write given in this test's description").exists();
        assertThat(Json.strict().readTree(Files.readString(file))).isEqualTo(Json.strict().readTree(generated));
    }

    @Test
    void theCommittedAsyncApiDocumentNamesEveryType() throws IOException {
        Path file = FOLDER.resolve("globallokal.asyncapi.yaml");
        JsonNode generated = ContractDocument.asyncApi();
        if (WRITE) {
            Files.writeString(file, YAML.writeValueAsString(generated));
        }

        JsonNode committed = YAML.readTree(Files.readString(file));
        assertThat(committed).isEqualTo(generated);
        assertThat(committed.at("/channels/partnerships/address").asString()).isEqualTo("globallokal.partnerships");
        assertThat(committed.at("/components/messages").propertyNames()).hasSize(ContractSchemas.TYPES.size());
        ContractSchemas.TYPES.forEach(type -> assertThat(FOLDER.resolve("schemas").resolve(type.file())).exists());
    }

    @ParameterizedTest(name = "{0}")
    @FieldSource("de.globallokal.core.samples.Samples#ALL")
    void everySampleKeepsTheSchemaOfItsType(String sample) {
        assertThat(ContractSchemas.problems(Samples.envelope(sample))).isEmpty();
    }

    @Test
    void anEnvelopeThatBreaksItsSchemaIsNamed() {
        var broken = Samples.envelope("partnership-upserted.v1");
        broken.put("aggregateversion", 0);
        ((ObjectNode) broken.get("data")).putArray("sdgs").add("eleven");
        var deletionWithData = Samples.envelope("partnership-deleted.v1");
        deletionWithData.putObject("data");

        assertThat(ContractSchemas.problems(broken)).hasSize(2);
        assertThat(ContractSchemas.problems(deletionWithData)).isNotEmpty();
        assertThat(ContractSchemas.problems(Json.strict().createObjectNode().put("type", "party.v1"))).isNotEmpty();
    }

}
