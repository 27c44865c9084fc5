package de.globallokal.core.sdg;

import de.globallokal.core.value.LocalizedText;
import java.util.List;

/**
 * One goal: its number, its colour as {@code #RRGGBB}, its short name and its target
 * codes.
 */
public record Sdg(int number, String colour, LocalizedText name, List<String> targets) {

    public Sdg {
        targets = List.copyOf(targets);
    }

    public boolean hasTarget(String code) {
        return targets.contains(code);
    }
}
