package de.globallokal.webui.procurement.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.globallokal.webui.procurement.FairtradeTown.State;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The five Fairtrade-Town criteria, each with met or open in words (not colour alone),
 * what counts and what is asked for, and the evidence on file.
 */
final class FairtradeTownList {

    private FairtradeTownList() {
    }

    static Component of(Component view, List<State> criteria, boolean populationKnown) {
        Div box = new Div();
        box.addClassName("gl-fairtrade");
        long met = criteria.stream().filter(State::met).count();
        box.add(new Paragraph(view.getTranslation("fairtrade.summary", met, criteria.size())));
        UnorderedList list = new UnorderedList();
        list.addClassName("gl-criteria");
        for (State state : criteria) {
            String name = state.criterion().name();
            ListItem item = new ListItem();
            item.addClassName(state.met() ? "gl-criterion-met" : "gl-criterion-open");
            Span mark = new Span(view.getTranslation(state.met() ? "fairtrade.met" : "fairtrade.open"));
            mark.addClassName("gl-criterion-mark");
            item.add(new H3(view.getTranslation("fairtrade.criterion." + name)), mark);
            item.add(new Paragraph(view.getTranslation("fairtrade.rule." + name)));
            counts(view::getTranslation, state).forEach(line -> item.add(new Paragraph(line)));
            if (!state.evidence().isEmpty()) {
                UnorderedList evidence = new UnorderedList();
                state.evidence().forEach(line -> evidence.add(new ListItem(line)));
                item.add(evidence);
            }
            list.add(item);
        }
        box.add(list);
        if (!populationKnown) {
            box.add(new Paragraph(view.getTranslation("fairtrade.no-population")));
        }
        return box;
    }

    /**
     * What a criterion counts, on file and asked for: one line, two for shops and cafés.
     */
    static List<String> counts(BiFunction<String, Object[], String> text, State state) {
        List<String> lines = new ArrayList<>();
        lines.add(count(text, state.cafes() == null ? "" : ".shops", state.have(), state.need()));
        if (state.cafes() != null) {
            lines.add(count(text, ".cafes", state.cafes().have(), state.cafes().need()));
        }
        return lines;
    }

    private static String count(BiFunction<String, Object[], String> text, String which, int have, Integer need) {
        return need == null ? text.apply("fairtrade.count-unknown" + which, new Object[] { have })
                : text.apply("fairtrade.count" + which, new Object[] { have, need });
    }

}
