package de.globallokal.webui.actors.ui;

import de.globallokal.core.actor.LocalActor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * An actor's facts in words, one line each, for its page in Vaadin and in the first
 * response.
 */
final class ActorFacts {

    private ActorFacts() {
    }

    static List<String> of(LocalActor actor, BiFunction<String, Object[], String> text, Locale locale) {
        List<String> facts = new ArrayList<>();
        if (!actor.themes().isEmpty()) {
            facts.add(text.apply("actor.themes", new Object[] { String.join(", ", actor.themes()) }));
        }
        if (!actor.languages().isEmpty()) {
            facts.add(text.apply("actor.languages",
                    new Object[] { actor.languages()
                        .stream()
                        .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
                        .collect(Collectors.joining(", ")) }));
        }
        if (!actor.fairTrade().isEmpty()) {
            facts.add(text.apply("actors.fair-trade", new Object[0]) + " "
                    + actor.fairTrade()
                        .stream()
                        .map(role -> text.apply("actor.fair-trade." + role.name(), new Object[0]))
                        .collect(Collectors.joining(", ")));
        }
        if (actor.contactPerson() != null) {
            facts.add(text.apply("actor.contact-person", new Object[] { actor.contactPerson() }));
        }
        if (actor.phone() != null) {
            facts.add(text.apply("contacts.phone", new Object[0]) + " " + actor.phone());
        }
        return facts;
    }

}
