package de.globallokal.webui.base.page;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a public page says, for its first response: the window title, the one-sentence
 * description, the heading and lead, an optional picture, blocks of text and lists, and
 * schema.org objects.
 *
 * @param title the page's own title (the product's name is added by the template)
 * @param description the meta description and link-preview text
 * @param heading the page's one {@code h1}
 * @param lead paragraphs under the heading
 * @param picture the page's picture, or null
 * @param blocks the sections that follow, each under its own {@code h2}
 * @param structuredData schema.org objects (JSON-LD), each with its {@code @type}
 * @param kind the CSS class the Vaadin view gives its root, so both look alike
 */
public record ServerPage(String title, String description, String heading, List<String> lead, Picture picture,
        List<Block> blocks, List<Map<String, Object>> structuredData, String kind) {

    /** A picture with what it shows in words and whose it is. */
    public record Picture(String url, String alt, String credit) {
    }

    /**
     * A section: heading, paragraphs, then a list of items (as cards when {@code cards}),
     * then links onwards.
     */
    public record Block(String heading, List<String> paragraphs, List<Item> items, List<Link> links, boolean cards) {

        public boolean hasItems() {
            return !items.isEmpty();
        }

    }

    /**
     * One entry of a list: its title (a link when {@code href} is set), a date for
     * {@code <time>} and further lines.
     */
    public record Item(String title, String href, String datetime, String when, List<String> details, String badge) {

        public Item(String title, String href, String datetime, String when, List<String> details) {
            this(title, href, datetime, when, details, null);
        }

        /** The same item with a badge: its kind or state, as the cards show it. */
        public Item badged(String text) {
            return new Item(title, href, datetime, when, details, text);
        }

        public static Item of(String title, String href, String... details) {
            return new Item(title, href, null, null, List.of(details));
        }

        public static Item dated(String title, String href, String datetime, String when, String... details) {
            return new Item(title, href, datetime, when, List.of(details));
        }

    }

    /** A link onwards. */
    public record Link(String text, String href) {
    }

    public static Builder builder(String kind, String heading) {
        return new Builder(kind, heading);
    }

    /** Builds a page section by section, in reading order. */
    public static final class Builder {

        private final String kind;

        private final String heading;

        private String title;

        private String description = "";

        private final List<String> lead = new ArrayList<>();

        private Picture picture;

        private final List<Block> blocks = new ArrayList<>();

        private final List<Map<String, Object>> structuredData = new ArrayList<>();

        private Builder(String kind, String heading) {
            this.kind = kind;
            this.heading = heading;
            this.title = heading;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description == null ? "" : description;
            return this;
        }

        public Builder lead(String paragraph) {
            if (paragraph != null && !paragraph.isBlank()) {
                lead.add(paragraph);
            }
            return this;
        }

        public Builder picture(String url, String alt, String credit) {
            this.picture = url == null ? null : new Picture(url, alt == null ? "" : alt, credit);
            return this;
        }

        public Builder block(String heading, List<String> paragraphs, List<Item> items, List<Link> links) {
            blocks.add(new Block(heading, List.copyOf(paragraphs), List.copyOf(items), List.copyOf(links), false));
            return this;
        }

        /** Items as cards, or the paragraph saying there are none. */
        public Builder cards(String heading, List<Item> items, String none, Link... links) {
            blocks.add(new Block(heading, items.isEmpty() && none != null ? List.of(none) : List.of(),
                    List.copyOf(items), List.of(links), true));
            return this;
        }

        /** Items as a list, or the paragraph saying there are none. */
        public Builder listOrNone(String heading, List<Item> items, String none, Link... links) {
            return block(heading, items.isEmpty() && none != null ? List.of(none) : List.of(), items, List.of(links));
        }

        public Builder text(String heading, String... paragraphs) {
            return block(heading, List.of(paragraphs), List.of(), List.of());
        }

        public Builder list(String heading, List<Item> items, Link... links) {
            return block(heading, List.of(), items, List.of(links));
        }

        public Builder data(Map<String, Object> object) {
            structuredData.add(object);
            return this;
        }

        /**
         * Said when the page names no description: its first paragraph, or its heading.
         */
        private String firstParagraph() {
            return java.util.stream.Stream
                .concat(lead.stream(), blocks.stream().flatMap(block -> block.paragraphs().stream()))
                .findFirst()
                .orElse(heading);
        }

        public ServerPage build() {
            return new ServerPage(title, description.isEmpty() ? firstParagraph() : description, heading,
                    List.copyOf(lead), picture, List.copyOf(blocks), List.copyOf(structuredData), kind);
        }

    }

}
