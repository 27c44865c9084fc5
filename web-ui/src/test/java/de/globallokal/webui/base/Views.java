package de.globallokal.webui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import java.util.List;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/**
 * Every view of the app, public or package-private, as Vaadin's Spring scan finds them.
 */
public final class Views {

    private Views() {
    }

    public static List<Class<? extends Component>> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("de.globallokal.webui")
            .stream()
            .map(BeanDefinition::getBeanClassName)
            .<Class<? extends Component>>map(Views::load)
            .toList();
    }

    private static Class<? extends Component> load(String name) {
        try {
            return Class.forName(name).asSubclass(Component.class);
        }
        catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

}
