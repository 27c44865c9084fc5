package de.globallokal.webui.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import de.globallokal.webui.base.ui.StaffLayout;
import de.globallokal.webui.base.ui.StaffPage;
import de.globallokal.webui.projection.PartnershipReadModel;
import de.globallokal.webui.security.PasswordPolicy;
import de.globallokal.webui.security.StaffAccounts;
import de.globallokal.webui.security.StaffRole;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Administrators keep the staff accounts: create (with a generated password shown once),
 * disable or enable, reset a password. Nobody can disable their own account here.
 */
@Route(value = "staff/konten", layout = StaffLayout.class)
@Menu(title = "staff.nav.accounts", order = 10)
@RolesAllowed("ADMIN")
class AccountsView extends StaffPage {

    private final StaffAccounts accounts;

    private final String me;

    private final Grid<StaffAccounts.Account> grid = new Grid<>();

    private final Paragraph result = new Paragraph();

    public AccountsView(StaffAccounts accounts, PartnershipReadModel partnerships,
            AuthenticationContext authentication) {
        super("account.title");
        this.accounts = accounts;
        this.me = authentication.getPrincipalName().orElseThrow();
        result.getElement().setAttribute("role", "status");
        result.addClassName("gl-result");
        grid.addColumn(StaffAccounts.Account::username).setHeader(getTranslation("account.name"));
        grid.addColumn(this::role).setHeader(getTranslation("account.role"));
        grid.addColumn(a -> getTranslation(a.enabled() ? "account.enabled" : "account.disabled"))
            .setHeader(getTranslation("account.state"));
        grid.addComponentColumn(this::actions)
            .setHeader(getTranslation("staff.registrations.actions"))
            .setAutoWidth(true);
        grid.setAllRowsVisible(true);

        TextField name = new TextField(getTranslation("account.name"));
        name.setPattern("[a-z0-9][a-z0-9._-]{1,39}");
        name.setHelperText(getTranslation("account.name.help"));
        Checkbox admin = new Checkbox(getTranslation("account.admin"));
        // an account of the partner town works on one partnership and nothing else
        Select<String> partnership = new Select<>();
        partnership.setLabel(getTranslation("account.partnership"));
        partnership.setEmptySelectionAllowed(true);
        partnership.setEmptySelectionCaption(getTranslation("account.partnership.none"));
        Map<String, String> partnerNames = new TreeMap<>();
        partnerships.current()
            .forEach(p -> partnerNames.put(p.state().slug(),
                    p.state().partner().name() + " (" + p.state().slug() + ")"));
        partnership.setItems(partnerNames.keySet());
        partnership.setItemLabelGenerator(slug -> slug == null ? getTranslation("account.partnership.none")
                : partnerNames.getOrDefault(slug, slug));
        Button create = new Button(getTranslation("account.create"), click -> {
            String username = name.getValue().trim().toLowerCase(Locale.ROOT);
            if (!username.matches(StaffAccounts.NAME)) {
                name.setErrorMessage(getTranslation("account.name.help"));
                name.setInvalid(true);
                return;
            }
            if (accounts.exists(username)) {
                name.setErrorMessage(getTranslation("account.name.taken"));
                name.setInvalid(true);
                return;
            }
            name.setInvalid(false);
            String password = PasswordPolicy.generate();
            if (partnership.getValue() != null) {
                accounts.createPartner(username, password, partnership.getValue());
            }
            else {
                accounts.create(username, password, admin.getValue() ? EnumSet.of(StaffRole.ADMIN, StaffRole.EDITOR)
                        : EnumSet.of(StaffRole.EDITOR));
            }
            name.clear();
            admin.clear();
            partnership.clear();
            refresh();
            result.setText(getTranslation("account.created", username, password));
        });
        Div form = new Div(name, admin, partnership, create);
        form.addClassName("gl-form-fields");
        add(new H1(getTranslation("account.title")), grid, result, new H2(getTranslation("account.new")), form);
        refresh();
    }

    private Div actions(StaffAccounts.Account account) {
        Div actions = new Div();
        if (!account.username().equals(me)) {
            actions.add(new Button(getTranslation(account.enabled() ? "account.disable" : "account.enable"), click -> {
                accounts.setEnabled(account.username(), !account.enabled());
                refresh();
                result.setText(getTranslation("staff.registrations.done"));
            }));
        }
        actions.add(new Button(getTranslation("account.reset"), click -> {
            String password = PasswordPolicy.generate();
            accounts.setPassword(account.username(), password);
            result.setText(getTranslation("account.reset.done", account.username(), password));
        }));
        return actions;
    }

    private String role(StaffAccounts.Account account) {
        if (StaffRole.partnerOnly(account.roles())) {
            return getTranslation("account.role.PARTNER") + " · " + account.partnership();
        }
        return getTranslation("account.role." + (account.roles().contains(StaffRole.ADMIN) ? "ADMIN" : "EDITOR"));
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

}
