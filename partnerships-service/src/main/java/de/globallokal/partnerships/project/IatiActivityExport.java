package de.globallokal.partnerships.project;

import de.globallokal.core.partnership.Partnership;
import de.globallokal.core.project.FundingLine;
import de.globallokal.core.project.Money;
import de.globallokal.core.project.Project;
import de.globallokal.core.project.ProjectStatus;
import de.globallokal.core.value.LocalizedText;
import de.globallokal.support.outbox.AggregateCollection;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project as an IATI 2.03 activity, so funders and open-data portals can read it. The
 * mapping is documented in the module README.
 */
@RestController
class IatiActivityExport {

    private final AggregateCollection<Project> projects;

    private final AggregateCollection<Partnership> partnerships;

    private final String reportingOrgRef;

    private final String reportingOrgName;

    private final Clock clock;

    IatiActivityExport(AggregateCollection<Project> projects, AggregateCollection<Partnership> partnerships,
            @Value("${globallokal.iati.reporting-org-ref:}") String reportingOrgRef,
            @Value("${globallokal.iati.reporting-org-name:}") String reportingOrgName, Clock clock) {
        this.clock = clock;
        this.projects = projects;
        this.partnerships = partnerships;
        this.reportingOrgRef = reportingOrgRef;
        this.reportingOrgName = reportingOrgName;
    }

    @GetMapping(value = "/api/projects/{id}/iati.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> activity(@PathVariable String id) throws XMLStreamException {
        var stored = projects.find(id);
        if (stored.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        Project project = stored.get().state();
        if (project.start() == null && project.end() == null) {
            // an IATI activity has at least one date: without one it would not validate
            return ResponseEntity.status(409)
                .contentType(MediaType.TEXT_PLAIN)
                .body("The project needs a start or an end date before it can be an IATI activity.");
        }
        Partnership partnership = partnerships.find(project.partnershipId()).map(s -> s.state()).orElse(null);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(project, partnership));
    }

    private String xml(Project project, Partnership partnership) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("iati-activities");
        xml.writeAttribute("version", "2.03");
        xml.writeAttribute("generated-datetime", clock.instant().toString());
        xml.writeStartElement("iati-activity");
        xml.writeAttribute("xml:lang", "de");
        xml.writeAttribute("last-updated-datetime", String.valueOf(project.modified()));
        String currency = project.budget() != null ? project.budget().currency() : "EUR";
        xml.writeAttribute("default-currency", currency);

        element(xml, "iati-identifier",
                (reportingOrgRef.isBlank() ? "GLOBALLOKAL" : reportingOrgRef) + "-" + project.id());
        xml.writeStartElement("reporting-org");
        if (!reportingOrgRef.isBlank()) {
            xml.writeAttribute("ref", reportingOrgRef);
        }
        xml.writeAttribute("type", "10"); // government
        narrative(xml, reportingOrgName.isBlank() ? null : reportingOrgName, null);
        xml.writeEndElement();

        texts(xml, "title", null, project.title());
        // the standard wants a description: the title says it where there is no summary
        texts(xml, "description", "1", project.summary() != null ? project.summary() : project.title());
        for (FundingLine line : project.funding()) {
            participatingOrg(xml, "1", line.funder()); // 1 = funding
        }
        // 2 = accountable: the reporting organisation, by name or at least by its
        // reference
        accountableOrg(xml);
        if (partnership != null) {
            participatingOrg(xml, "4", partnership.partner().name()); // 4 = implementing
        }
        xml.writeEmptyElement("activity-status");
        xml.writeAttribute("code", status(project.status()));
        date(xml, "1", project.start()); // planned start
        date(xml, "3", project.end()); // planned end
        for (Integer goal : project.sdgs()) {
            xml.writeEmptyElement("sector");
            xml.writeAttribute("vocabulary", "7"); // UN Sustainable Development Goals
            xml.writeAttribute("code", String.valueOf(goal));
        }
        for (String target : project.sdgTargets()) {
            xml.writeEmptyElement("tag");
            // UN Sustainable Development Goals targets
            xml.writeAttribute("vocabulary", "3");
            xml.writeAttribute("code", target);
        }
        // a budget needs its period
        if (project.budget() != null && project.start() != null && project.end() != null) {
            xml.writeStartElement("budget");
            xml.writeAttribute("type", "1");
            xml.writeAttribute("status", "1");
            dateElement(xml, "period-start", project.start());
            dateElement(xml, "period-end", project.end());
            value(xml, project.budget(), project.start());
            xml.writeEndElement();
        }
        // results come last of what we write, as the standard orders an activity's parts
        IatiResults.write(xml, project.programme());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }

    static String status(ProjectStatus status) {
        return switch (status) {
            case PLANNED -> "1";
            case RUNNING -> "2";
            case COMPLETED -> "4";
            case CANCELLED -> "5";
            case PAUSED -> "6";
        };
    }

    private void accountableOrg(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", "2");
        if (!reportingOrgRef.isBlank()) {
            xml.writeAttribute("ref", reportingOrgRef);
        }
        narrative(xml, reportingOrgName.isBlank() ? null : reportingOrgName, null);
        xml.writeEndElement();
    }

    private static void participatingOrg(XMLStreamWriter xml, String role, String name) throws XMLStreamException {
        if (name == null) {
            return;
        }
        xml.writeStartElement("participating-org");
        xml.writeAttribute("role", role);
        narrative(xml, name, null);
        xml.writeEndElement();
    }

    static void texts(XMLStreamWriter xml, String element, String type, LocalizedText text) throws XMLStreamException {
        xml.writeStartElement(element);
        if (type != null) {
            xml.writeAttribute("type", type);
        }
        narrative(xml, text.de(), null);
        narrative(xml, text.en(), "en");
        narrative(xml, text.fr(), "fr");
        xml.writeEndElement();
    }

    private static void narrative(XMLStreamWriter xml, String text, String language) throws XMLStreamException {
        if (text == null || text.isBlank()) {
            return;
        }
        xml.writeStartElement("narrative");
        if (language != null) {
            xml.writeAttribute("xml:lang", language);
        }
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void date(XMLStreamWriter xml, String type, LocalDate date) throws XMLStreamException {
        if (date != null) {
            xml.writeEmptyElement("activity-date");
            xml.writeAttribute("type", type);
            xml.writeAttribute("iso-date", date.toString());
        }
    }

    private static void dateElement(XMLStreamWriter xml, String element, LocalDate date) throws XMLStreamException {
        if (date != null) {
            xml.writeEmptyElement(element);
            xml.writeAttribute("iso-date", date.toString());
        }
    }

    private static void value(XMLStreamWriter xml, Money money, LocalDate valueDate) throws XMLStreamException {
        xml.writeStartElement("value");
        xml.writeAttribute("currency", money.currency());
        if (valueDate != null) {
            xml.writeAttribute("value-date", valueDate.toString());
        }
        int digits = Math.max(0, Currency.getInstance(money.currency()).getDefaultFractionDigits());
        xml.writeCharacters(BigDecimal.valueOf(money.amountMinor(), digits).toPlainString());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

}
