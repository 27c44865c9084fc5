package de.globallokal.webui.actors.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import de.globallokal.core.actor.LocalActor;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.editing.ui.StaffListView;
import de.globallokal.webui.projection.ActorReadModel;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;

/** The local actors, the ones due for confirmation (none within twelve months) marked. */
@Route(value = "staff/akteure", layout = StaffLayout.class)
@Menu(title = "staff.nav.actors", order = 4)
@RolesAllowed({ "EDITOR", "ADMIN" })
class StaffActorsView extends StaffListView<LocalActor> {

    public StaffActorsView(ActorReadModel actors, Clock clock) {
        super("staff.nav.actors", "editor.kind.actor", ActorEditor.class, actors, LocalActor::id, LocalActor::name,
                "editor.actor.name");
        LocalDate due = LocalDate.now(clock).minusMonths(12);
        grid.addColumn(a -> getTranslation("actor.kind." + a.kind())).setHeader(getTranslation("editor.actor.kind"));
        grid.addColumn(
                a -> a.lastConfirmed() == null || a.lastConfirmed().isBefore(due)
                        ? getTranslation("editor.actor.confirm-due",
                                a.lastConfirmed() == null ? "—" : a.lastConfirmed().toString())
                        : a.lastConfirmed().toString())
            .setHeader(getTranslation("editor.actor.last-confirmed"));
    }

}
