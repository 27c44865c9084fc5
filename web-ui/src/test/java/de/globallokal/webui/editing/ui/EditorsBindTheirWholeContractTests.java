package de.globallokal.webui.editing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import de.globallokal.core.validation.ContractPaths;
import de.globallokal.webui.base.VaadinViewTest;
import java.util.Set;
import java.util.SortedSet;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each editor edits its whole contract record: every path of the record is bound to a
 * field or named as not edited here (a form binding a path the record does not have fails
 * as soon as it is built). A component added to an input record without a field fails
 * here.
 */
class EditorsBindTheirWholeContractTests extends VaadinViewTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "staff/partnerschaften/neu", "staff/projekte/neu", "staff/akteure/neu",
            "staff/kontakte/neu", "staff/veranstaltungen/neu", "staff/produktgruppen/neu", "staff/guetezeichen/neu",
            "staff/einkaeufe/neu", "staff/beschluesse/neu", "staff/gremien/neu", "staff/haushalt/neu",
            "staff/presse/neu" })
    void everyPathOfTheInputRecordIsBoundOrNamedAsNotEditedHere(String route) {
        signInWithAccount("editor-" + UUID.randomUUID().toString().substring(0, 6), "EDITOR");
        UI.getCurrent().navigate(route);
        EditorView editor = _get(EditorView.class);
        EditorView.Target target = editor.target();
        target.notEdited().forEach(path -> ContractPaths.resolve(target.input(), path));
        SortedSet<String> bound = editor.form.paths();

        assertThat(ContractPaths.leaves(target.input()))
            .as("paths of %s neither bound nor named as not edited", target.input().getSimpleName())
            .allMatch(leaf -> covered(leaf, bound) || covered(leaf, target.notEdited()));
    }

    private static boolean covered(String leaf, Set<String> paths) {
        return paths.stream().anyMatch(path -> leaf.equals(path) || leaf.startsWith(path + "."));
    }

}
