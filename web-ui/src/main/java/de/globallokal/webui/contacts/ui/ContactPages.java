package de.globallokal.webui.contacts.ui;

import de.globallokal.core.contact.ContactPoint;
import de.globallokal.support.projection.VersionedReadModel.Entry;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.ContactReadModel;
import de.globallokal.webui.site.OfficeData;
import de.globallokal.webui.site.SiteProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The first response of the contact page, the office with its contact points for
 * schema.org: what {@link ContactsView} shows, as plain HTML.
 */
@Component
class ContactPages implements ServerPageSource {

    private final ContactReadModel contacts;

    private final SiteProperties site;

    ContactPages(ContactReadModel contacts, SiteProperties site) {
        this.contacts = contacts;
        this.site = site;
    }

    @Override
    public String route() {
        return PublicPaths.CONTACT;
    }

    @Override
    public Optional<ServerPage> page(Map<String, String> parameters, PageContext page) {
        List<ContactPoint> points = contacts.current().stream().map(Entry::state).toList();
        Map<String, Object> office = OfficeData.of(site, page);
        office.put("contactPoint", points.stream().map(c -> contactPoint(c, page)).toList());
        return Optional.of(ServerPage.builder("gl-contacts", page.text("contacts.title"))
            .description(page.text("contacts.title"))
            .cards(null, points.stream().map(c -> card(c, page)).toList(), page.text("contacts.empty"))
            .data(office)
            .build());
    }

    private static Item card(ContactPoint contact, PageContext page) {
        List<String> lines = new ArrayList<>();
        add(lines, contact.office());
        add(lines, contact.person());
        if (contact.address() != null) {
            add(lines, contact.address().street());
            add(lines, contact.address().postalCode() + " " + contact.address().city());
        }
        if (contact.phone() != null) {
            lines.add(page.text("contacts.phone") + " " + contact.phone());
        }
        if (contact.fax() != null) {
            lines.add(page.text("contacts.fax") + " " + contact.fax());
        }
        add(lines, contact.email());
        return new Item(contact.role().in(page.locale()), contact.email() == null ? null : "mailto:" + contact.email(),
                null, null, lines);
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    private static Map<String, Object> contactPoint(ContactPoint contact, PageContext page) {
        Map<String, Object> point = new java.util.LinkedHashMap<>();
        point.put("@type", "ContactPoint");
        point.put("contactType", contact.role().in(page.locale()));
        if (contact.email() != null) {
            point.put("email", contact.email());
        }
        if (contact.phone() != null) {
            point.put("telephone", contact.phone());
        }
        return point;
    }

}
