package de.globallokal.webui.base.page;

import de.globallokal.core.calendar.CalendarEvent;
import de.globallokal.core.calendar.Occurrence;
import de.globallokal.core.sdg.SdgCatalogue;
import de.globallokal.core.value.LocalizedText;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.ui.PublicPaths;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What several features' first responses say alike: a coming date, a list for schema.org.
 */
public final class ServerPages {

    private ServerPages() {
    }

    /** A coming date as the other pages list it (as {@code DateLinks} does in Vaadin). */
    public static Item date(CalendarEvent event, Occurrence occurrence, PageContext page) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(page.locale());
        return Item.dated(event.title().in(page.locale()), page.href(PublicPaths.EVENT, occurrence.id()),
                occurrence.start().toString(), when.format(occurrence.start()));
    }

    /** The goals as a list, each linking to its page ("13 – Climate action"). */
    public static List<Item> goals(Collection<Integer> numbers, PageContext page) {
        return numbers.stream()
            .flatMap(n -> SdgCatalogue.goal(n).stream())
            .map(goal -> Item.of(goal.number() + " – " + goal.name().in(page.locale()),
                    page.href(PublicPaths.SDG, String.valueOf(goal.number()))))
            .toList();
    }

    /** A multilingual text in the page's language, or null. */
    public static String in(LocalizedText text, PageContext page) {
        return text == null ? null : text.in(page.locale());
    }

    /** schema.org ItemList of the linked items, in their order. */
    public static Map<String, Object> itemList(String name, List<Item> items) {
        List<Map<String, Object>> elements = new ArrayList<>();
        for (Item item : items) {
            if (item.href() != null) {
                elements.add(Map.of("@type", "ListItem", "position", elements.size() + 1, "url", item.href(), "name",
                        item.title()));
            }
        }
        Map<String, Object> list = object("ItemList");
        list.put("name", name);
        list.put("numberOfItems", elements.size());
        list.put("itemListElement", elements);
        return list;
    }

    /** A schema.org object of this type, its properties in the order they are put. */
    public static Map<String, Object> object(String type) {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("@context", "https://schema.org");
        object.put("@type", type);
        return object;
    }

}
