package de.globallokal.webui.firstresponse;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The public menus as the views declare them with {@code @Menu}, read once from the
 * classes: the first response has no Vaadin session to ask Vaadin's menu registry in. The
 * title's first part says the menu ({@code nav.} header, {@code legal.} footer), as for
 * the Vaadin layout.
 */
@Component
class DeclaredMenus {

    /** A menu entry: the title's translation key and the route's path. */
    record Entry(String title, String path, double order) {
    }

    private final List<Entry> entries;

    DeclaredMenus() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        this.entries = scanner.findCandidateComponents("de.globallokal.webui")
            .stream()
            .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader()))
            .filter(view -> view.isAnnotationPresent(Route.class))
            .map(view -> new Entry(view.getAnnotation(Menu.class).title(), view.getAnnotation(Route.class).value(),
                    view.getAnnotation(Menu.class).order()))
            .sorted(Comparator.comparingDouble(Entry::order))
            .toList();
    }

    List<Entry> of(String menu) {
        return entries.stream().filter(entry -> entry.title().startsWith(menu)).toList();
    }

}
