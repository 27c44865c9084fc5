package de.globallokal.webui.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import de.globallokal.core.sdg.Sdg;
import de.globallokal.core.sdg.SdgCatalogue;
import java.util.Collection;
import java.util.Locale;

/**
 * Numbered, coloured tiles for the goals (no official icons: they carry UN terms of use).
 */
public final class SdgTiles {

    private SdgTiles() {
    }

    /** Tiles for the given goal numbers, each linking to the goal's page. */
    public static UnorderedList of(Collection<Integer> numbers, Locale locale) {
        UnorderedList tiles = new UnorderedList();
        tiles.addClassName("gl-sdg-list");
        numbers.forEach(n -> SdgCatalogue.goal(n).ifPresent(goal -> tiles.add(tile(goal, locale))));
        return tiles;
    }

    public static ListItem tile(Sdg goal, Locale locale) {
        Anchor link = PublicPaths.link("", PublicPaths.SDG, String.valueOf(goal.number()));
        link.add(new Span(String.valueOf(goal.number())), new Span(goal.name().in(locale)));
        link.getStyle().set("color", readableOn(goal.colour()));
        ListItem tile = new ListItem(link);
        tile.addClassName("gl-sdg-tile");
        tile.getStyle().set("background", goal.colour());
        return tile;
    }

    /**
     * Black or white, whichever reads better on the goal's colour (WCAG relative
     * luminance).
     */
    public static String readableOn(String hex) {
        double luminance = 0;
        double[] weights = { 0.2126, 0.7152, 0.0722 };
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            channel = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
            luminance += weights[i] * channel;
        }
        // contrast with white (1.05 / (L + 0.05)) against contrast with black ((L + 0.05)
        // / 0.05); pure black, since a softer dark grey leaves goal 1 (#E5243B) below
        // 4.5:1 with either choice
        return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? "#ffffff" : "#000000";
    }

}
