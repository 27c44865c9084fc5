package de.globallokal.webui.projects.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import de.globallokal.core.event.AggregateTypes;
import de.globallokal.core.event.EventEnvelope;
import de.globallokal.core.event.EventTypes;
import de.globallokal.core.json.Json;
import de.globallokal.core.samples.Samples;
import de.globallokal.webui.base.VaadinViewTest;
import de.globallokal.webui.base.ui.SdgTiles;
import de.globallokal.webui.projection.ProjectReadModel;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project page shows funding, goals and each measure's progress in words and as a bar.
 */
class ProjectViewTests extends VaadinViewTest {

    @Autowired
    ProjectReadModel projects;

    @Test
    void showsFundingGoalsAndTheActionProgramme() throws Exception {
        String slug = "klima-" + UUID.randomUUID();
        projects.apply(project(slug));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("slug", slug));

        String text = _get(ProjectView.class).getElement().getTextRecursively();
        assertThat(text).contains("Klimaprojekt")
            .contains("läuft")
            .contains("BMZ – Klimapartnerschaften")
            .contains("250.000,00")
            .contains("Maßnahmen zum Klimaschutz")
            .contains("Wasser halten: 60 %")
            .contains("verantwortlich: Partnerstadt");
        assertThat(text).contains("Gepflanzte Bäume").contains("4.100 Bäume");
        String chart = _find(Svg.class).get(0).getElement().getProperty("innerHTML", "");
        assertThat(chart).contains("Verlauf von Gepflanzte Bäume: von 1.200 Bäume auf 4.100 Bäume");
        Div bar = _find(Div.class).stream().filter(d -> d.hasClassName("gl-progress")).findFirst().orElseThrow();
        assertThat(bar.getElement().getAttribute("aria-valuenow")).isEqualTo("60");
        assertThat(bar.getElement().getAttribute("role")).isEqualTo("progressbar");
    }

    @Test
    void theActionProgrammeShowsFieldsObjectivesMeasuresAndIndicatorsInTheReadersLanguage() throws Exception {
        String slug = "programme-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        ObjectNode data = (ObjectNode) Samples.envelope("project-upserted.v1").get("data");
        data.put("id", id).put("slug", slug);
        projects.apply(EventEnvelope.create("partnerships-service", EventTypes.PROJECT_UPSERTED, AggregateTypes.PROJECT,
                id, 1, "editor", List.of("programme"), data, Instant.now()));
        UI.getCurrent().setLocale(Locale.FRENCH);

        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("slug", slug));

        String text = _get(ProjectView.class).getElement().getTextRecursively();
        assertThat(text).contains("Programme d'action commun", "Eau et alimentation", "Retenir l'eau de pluie",
                "Cordons pierreux sur 40 ha", "Service technique, Kongoussi",
                "24 ha achevés avant la saison des pluies.", "ville partenaire",
                "Surface avec cordons pierreux (chiffres d'exemple)", "Valeur de départ", "60 %");
        assertThat(text).as("the flat list of before gives way to the programme")
            .doesNotContain("Maßnahmen des gemeinsamen Handlungsprogramms");
        // the indicator has come 24 of 40 ha: 60 % of the way, and the measure says 60 as
        // entered
        assertThat(_find(Div.class).stream()
            .filter(d -> d.hasClassName("gl-progress"))
            .map(d -> d.getElement().getAttribute("aria-valuenow"))).contains("60");
    }

    @Test
    void theProjectsPictureAndANotesPhotoAndDocumentAreShownWithWhatTheyShow() throws Exception {
        String slug = "pictures-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        ObjectNode data = (ObjectNode) Samples.envelope("project-upserted.v1").get("data");
        data.put("id", id).put("slug", slug);
        data.set("image", Json.strict().readTree("""
                {"url":"/dateien/00000000000000000000000000000001","alt":{"de":"Felder mit Steinreihen"},
                 "credit":"Foto: Mairie"}"""));
        data.set("attachments", Json.strict().readTree("""
                [{"url":"/dateien/00000000000000000000000000000004","type":"application/pdf","name":"antrag.pdf",
                  "size":1024,"alt":{"de":"Projektantrag"}}]"""));
        ObjectNode note = (ObjectNode) data.at("/programme/fields/0/objectives/0/measures/0/notes/0");
        note.put("language", "fr");
        ((ObjectNode) note.get("text")).put("de", note.at("/text/fr").asString());
        note.set("attachments", Json.strict().readTree("""
                [{"url":"/dateien/00000000000000000000000000000002","type":"image/jpeg","name":"cordons.jpg",
                  "size":52000,"alt":{"de":"Steinreihen auf einem Feld","fr":"Cordons sur un champ"}},
                 {"url":"/dateien/00000000000000000000000000000003","type":"application/pdf","name":"bilan.pdf",
                  "size":204800,"alt":{"de":"Zwischenbericht"}}]"""));
        projects.apply(EventEnvelope.create("partnerships-service", EventTypes.PROJECT_UPSERTED, AggregateTypes.PROJECT,
                id, 1, "editor", List.of("programme"), data, Instant.now()));
        UI.getCurrent().setLocale(Locale.GERMAN);

        UI.getCurrent().navigate(ProjectView.class, new RouteParameters("slug", slug));

        List<Image> pictures = _find(Image.class);
        assertThat(pictures).extracting(Image::getAlt)
            .contains(Optional.of("Felder mit Steinreihen"), Optional.of("Steinreihen auf einem Feld"));
        assertThat(pictures).allMatch(p -> "lazy".equals(p.getElement().getAttribute("loading")));
        Anchor document = _find(Anchor.class).stream()
            .filter(a -> a.getHref().endsWith("00000000000000000000000000000003"))
            .findFirst()
            .orElseThrow();
        assertThat(document.getText()).isEqualTo("Zwischenbericht (Dokument bilan.pdf, 200 kB)");
        assertThat(_get(ProjectView.class).getElement().getTextRecursively()).contains("Bilder und Dokumente",
                "Projektantrag (Dokument antrag.pdf, 1 kB)");
        assertThat(_find(Paragraph.class).stream()
            .filter(p -> p.getText().contains("24 ha achevés"))
            .map(p -> p.getElement().getAttribute("lang"))).as("the French original is marked as French")
            .containsExactly("fr");
    }

    @Test
    void goalTilesPickTheTextColourThatReads() {
        assertThat(SdgTiles.readableOn("#FCC30B")).isEqualTo("#000000"); // goal 7, yellow
        // goal 1: 4.65:1 with black, 4.52:1 with white
        assertThat(SdgTiles.readableOn("#E5243B")).isEqualTo("#000000");
        // goal 17, dark blue
        assertThat(SdgTiles.readableOn("#19486A")).isEqualTo("#ffffff");
        assertThat(SdgTiles.readableOn("#3F7E44")).isEqualTo("#ffffff"); // goal 13, green
    }

    @Test
    void theListLinksToEveryProject() throws Exception {
        String slug = "liste-" + UUID.randomUUID();
        projects.apply(project(slug));
        UI.getCurrent().setLocale(Locale.ENGLISH);

        UI.getCurrent().navigate(ProjectsView.class);

        assertThat(_get(ProjectsView.class).getElement().getTextRecursively()).contains("Climate project")
            .contains("Action programme: 60 %");
    }

    private static EventEnvelope project(String slug) throws Exception {
        String id = UUID.randomUUID().toString();
        ObjectNode data = (ObjectNode) Json.strict()
            .readTree("{\"partnershipId\":\"p\",\"title\":{\"de\":\"Klimaprojekt\",\"en\":\"Climate project\"},"
                    + "\"status\":\"RUNNING\",\"sdgs\":[13],"
                    + "\"funding\":[{\"funder\":\"BMZ\",\"programme\":\"Klimapartnerschaften\","
                    + "\"amount\":{\"amountMinor\":25000000,\"currency\":\"EUR\"}}],"
                    + "\"measures\":[{\"goal\":{\"de\":\"Wasser halten\",\"en\":\"Keep water\"},"
                    + "\"measure\":{\"de\":\"Steinwälle\"},\"responsible\":\"PARTNER\",\"progress\":60,\"status\":\"RUNNING\"}],"
                    + "\"indicators\":[{\"name\":{\"de\":\"Gepflanzte Bäume\",\"en\":\"Trees planted\"},\"unit\":\"Bäume\","
                    + "\"values\":[{\"date\":\"2025-06-30\",\"value\":4100},{\"date\":\"2024-06-30\",\"value\":1200}]}]}");
        data.put("id", id).put("slug", slug);
        return EventEnvelope.create("partnerships-service", EventTypes.PROJECT_UPSERTED, AggregateTypes.PROJECT, id, 1,
                "editor", List.of("title"), data, Instant.now());
    }

}
