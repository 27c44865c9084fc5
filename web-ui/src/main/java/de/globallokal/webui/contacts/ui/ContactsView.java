package de.globallokal.webui.contacts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.globallokal.core.contact.ContactPoint;
import de.globallokal.webui.base.ui.Cards;
import de.globallokal.webui.base.ui.PublicLayout;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.projection.ContactReadModel;

/** Who to ask about what: the office's contact points. */
@Route(value = PublicPaths.CONTACT, layout = PublicLayout.class)
@Menu(title = "nav.contacts", order = 6)
@AnonymousAllowed
public class ContactsView extends Div implements HasDynamicTitle {

    public ContactsView(ContactReadModel contacts) {
        addClassName("gl-contacts");
        add(new H1(getTranslation("contacts.title")));
        add(Cards.of(contacts.current(), this::card, getTranslation("contacts.empty")));
    }

    private ListItem card(ContactPoint contact) {
        ListItem card = new ListItem(new H2(contact.role().in(getLocale())));
        card.add(line(contact.office()), line(contact.person()));
        if (contact.address() != null) {
            card.add(line(contact.address().street()),
                    line(contact.address().postalCode() + " " + contact.address().city()));
        }
        if (contact.phone() != null) {
            card.add(new Anchor("tel:" + contact.phone().replaceAll("[^0-9+]", ""),
                    getTranslation("contacts.phone") + " " + contact.phone()));
        }
        if (contact.fax() != null) {
            card.add(line(getTranslation("contacts.fax") + " " + contact.fax()));
        }
        card.add(new Anchor("mailto:" + contact.email(), contact.email()));
        return card;
    }

    private static Span line(String text) {
        Span span = new Span(text == null ? "" : text);
        span.setVisible(text != null);
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contacts.title") + " – " + getTranslation("app.name");
    }

}
