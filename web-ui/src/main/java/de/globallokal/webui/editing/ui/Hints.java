package de.globallokal.webui.editing.ui;

import com.vaadin.flow.component.textfield.TextField;

/**
 * What a field shows to help before anything is typed. No rules: those are the contract's
 * constraints, which the form checks by itself.
 */
public final class Hints {

    private Hints() {
    }

    /** An example of the expected shape, in the reader's language. */
    public static <F extends TextField> F example(F field, String key) {
        field.setPlaceholder(field.getTranslation(key));
        return field;
    }

}
