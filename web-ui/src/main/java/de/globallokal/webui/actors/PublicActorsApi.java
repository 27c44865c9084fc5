package de.globallokal.webui.actors;

import de.globallokal.core.actor.LocalActor;
import de.globallokal.webui.base.web.OpenDataList;
import de.globallokal.webui.projection.ActorReadModel;
import java.util.Map;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open data, filterable by kind, theme, sdg: every actor (see {@link OpenDataList}). */
@RestController
@RequestMapping("/api/public/v1/actors")
class PublicActorsApi extends OpenDataList<LocalActor> {

    PublicActorsApi(ActorReadModel readModel) {
        super(readModel, Map.of("kind", "kind", "theme", "themes", "sdg", "sdgs"));
    }

}
