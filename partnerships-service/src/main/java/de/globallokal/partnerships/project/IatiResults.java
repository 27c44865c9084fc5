package de.globallokal.partnerships.project;

import de.globallokal.core.project.ActionProgramme;
import de.globallokal.core.project.FieldOfAction;
import de.globallokal.core.project.Objective;
import de.globallokal.core.project.ProgrammeIndicator;
import de.globallokal.core.project.ProgrammeIndicator.Reading;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The action programme's objectives as IATI 2.03 results: one outcome per objective, each
 * with the indicators of the objective and of its measures — baseline, and per calendar
 * year with a reading the year's actual value, the target in the year it is due.
 */
final class IatiResults {

    /** IATI result type: outcome. */
    private static final String OUTCOME = "2";

    /** IATI indicator measures: a count of units, or a percentage. */
    private static final String UNIT = "1";

    private static final String PERCENTAGE = "2";

    private IatiResults() {
    }

    static void write(XMLStreamWriter xml, ActionProgramme programme) throws XMLStreamException {
        if (programme == null) {
            return;
        }
        for (FieldOfAction field : programme.fields()) {
            for (Objective objective : field.objectives()) {
                List<ProgrammeIndicator> indicators = programme.indicatorsUnder(objective);
                // the standard wants at least one indicator per result: an objective
                // without any has nothing to report yet
                if (indicators.isEmpty()) {
                    continue;
                }
                xml.writeStartElement("result");
                xml.writeAttribute("type", OUTCOME);
                // the figures are summed up by nobody: each indicator stands for itself
                xml.writeAttribute("aggregation-status", "0");
                IatiActivityExport.texts(xml, "title", null, objective.title());
                for (ProgrammeIndicator indicator : indicators) {
                    indicator(xml, indicator);
                }
                xml.writeEndElement();
            }
        }
    }

    private static void indicator(XMLStreamWriter xml, ProgrammeIndicator indicator) throws XMLStreamException {
        xml.writeStartElement("indicator");
        xml.writeAttribute("measure", "%".equals(indicator.unit()) ? PERCENTAGE : UNIT);
        if (indicator.baseline() != null && indicator.target() != null) {
            xml.writeAttribute("ascending",
                    indicator.target().value().compareTo(indicator.baseline().value()) >= 0 ? "1" : "0");
        }
        IatiActivityExport.texts(xml, "title", null, indicator.name());
        if (indicator.baseline() != null) {
            xml.writeStartElement("baseline");
            xml.writeAttribute("year", String.valueOf(indicator.baseline().date().getYear()));
            xml.writeAttribute("iso-date", indicator.baseline().date().toString());
            xml.writeAttribute("value", indicator.baseline().value().toPlainString());
            xml.writeEndElement();
        }
        // one period per calendar year with a reading, and the target's year
        TreeMap<Integer, Reading> byYear = new TreeMap<>();
        indicator.values()
            .stream()
            .sorted(Comparator.comparing(Reading::date))
            .forEach(reading -> byYear.put(reading.date().getYear(), reading));
        Integer targetYear = indicator.target() == null ? null : indicator.target().date().getYear();
        if (targetYear != null) {
            byYear.putIfAbsent(targetYear, null);
        }
        for (var year : byYear.entrySet()) {
            xml.writeStartElement("period");
            xml.writeEmptyElement("period-start");
            xml.writeAttribute("iso-date", LocalDate.of(year.getKey(), 1, 1).toString());
            xml.writeEmptyElement("period-end");
            xml.writeAttribute("iso-date", LocalDate.of(year.getKey(), 12, 31).toString());
            if (year.getKey().equals(targetYear)) {
                xml.writeEmptyElement("target");
                xml.writeAttribute("value", indicator.target().value().toPlainString());
            }
            if (year.getValue() != null) {
                xml.writeEmptyElement("actual");
                xml.writeAttribute("value", year.getValue().value().toPlainString());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

}
