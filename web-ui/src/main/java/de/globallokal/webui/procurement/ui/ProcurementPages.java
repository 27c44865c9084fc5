package de.globallokal.webui.procurement.ui;

import de.globallokal.core.procurement.Label;
import de.globallokal.core.procurement.ProcurementFigures.Share;
import de.globallokal.core.procurement.ProcurementFigures;
import de.globallokal.core.procurement.ProductGroup;
import de.globallokal.core.structures.Body;
import de.globallokal.core.structures.BudgetYear;
import de.globallokal.core.structures.PolicyArea;
import de.globallokal.core.structures.Resolution;
import de.globallokal.webui.base.page.PageContext;
import de.globallokal.webui.base.page.ServerPage.Item;
import de.globallokal.webui.base.page.ServerPage.Link;
import de.globallokal.webui.base.page.ServerPage;
import de.globallokal.webui.base.page.ServerPageSource;
import de.globallokal.webui.base.ui.PublicPaths;
import de.globallokal.webui.procurement.FairtradeTown;
import de.globallokal.webui.procurement.ProcurementOverview.Figures;
import de.globallokal.webui.procurement.ProcurementOverview;
import de.globallokal.webui.procurement.StructuresOverview;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The first responses of the fair-procurement and the structures pages: the council's
 * decisions, the Fairtrade-Town criteria, the labels, the bodies and the budget, as
 * {@link FairProcurementView} and {@link StructuresView} show them.
 */
@Configuration(proxyBeanMethods = false)
class ProcurementPages {

    @Bean
    ServerPageSource procurementPage(ProcurementOverview overview, StructuresOverview structures) {
        return ServerPageSource.of(PublicPaths.FAIR_PROCUREMENT, (parameters, page) -> {
            List<Item> criteria = new ArrayList<>();
            List<FairtradeTown.State> states = overview.fairtradeTown(page.locale());
            for (FairtradeTown.State state : states) {
                List<String> lines = new ArrayList<>();
                lines.add(page.text("fairtrade.rule." + state.criterion()));
                lines.addAll(FairtradeTownList.counts(page::text, state));
                lines.addAll(state.evidence());
                criteria.add(new Item(
                        page.text("fairtrade.criterion." + state.criterion()) + " – "
                                + page.text(state.met() ? "fairtrade.met" : "fairtrade.open"),
                        null, null, null, lines));
            }
            long met = states.stream().filter(FairtradeTown.State::met).count();
            return Optional.of(ServerPage.builder("gl-procurement", page.text("procurement.title"))
                .lead(page.text("procurement.intro"))
                .lead(page.text("procurement.sdg-target", ProductGroup.SDG_TARGET))
                .listOrNone(page.text("procurement.resolutions"),
                        resolutions(structures.resolutions(List.of(PolicyArea.PROCUREMENT, PolicyArea.FAIR_TRADE_TOWN)),
                                page),
                        page.text("structures.no-resolutions"),
                        new Link(page.text("procurement.structures-link"), page.href(PublicPaths.STRUCTURES)))
                .listOrNone(page.text("procurement.progress"), shares(overview.figures(false), page),
                        page.text("procurement.no-figures"))
                .block(page.text("fairtrade.title"), List.of(page.text("fairtrade.summary", met, states.size())),
                        criteria, List.of())
                .cards(page.text("procurement.labels"),
                        overview.labels().stream().map(label -> label(label, page)).toList(), null)
                .build());
        });
    }

    @Bean
    ServerPageSource structuresPage(StructuresOverview structures) {
        return ServerPageSource.of(PublicPaths.STRUCTURES, (parameters, page) -> {
            DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.locale());
            List<Item> bodies = new ArrayList<>();
            for (Body body : structures.bodies()) {
                String next = body.nextMeeting(structures.today())
                    .map(m -> page.text("structures.next-meeting", dates.format(m.date()),
                            m.place() == null ? "" : ", " + m.place()))
                    .orElse(page.text("structures.no-meeting"));
                bodies.add(Item.of(body.name().in(page.locale()), null, page.text("body.kind." + body.kind()),
                        body.purpose() == null ? "" : body.purpose().in(page.locale()), next));
            }
            NumberFormat money = NumberFormat.getCurrencyInstance(page.locale());
            money.setCurrency(Currency.getInstance("EUR"));
            money.setMaximumFractionDigits(0);
            List<Item> budget = new ArrayList<>();
            for (BudgetYear year : structures.budget()) {
                budget.add(Item.of(year.year() + ": " + money.format(year.planned().amountMinor() / 100.0)
                        + (year.item() == null ? "" : " – " + year.item()), null));
            }
            return Optional.of(ServerPage.builder("gl-structures", page.text("structures.title"))
                .lead(page.text("structures.intro"))
                .listOrNone(page.text("procurement.resolutions"),
                        resolutions(structures.resolutions(Arrays.asList(PolicyArea.values())), page),
                        page.text("structures.no-resolutions"))
                .cards(page.text("structures.bodies"), bodies, page.text("structures.no-bodies"))
                .listOrNone(page.text("structures.budget"), budget, page.text("structures.no-budget"))
                .build());
        });
    }

    /** Each product group's published share by year against its target, in words. */
    private static List<Item> shares(Figures published, PageContext page) {
        List<Share> shares = published.byGroupAndYear();
        NumberFormat percent = NumberFormat.getNumberInstance(page.locale());
        percent.setMaximumFractionDigits(1);
        List<Item> groups = new ArrayList<>();
        for (ProductGroup group : published.groups()) {
            List<String> years = ProcurementFigures.trend(shares, group.key())
                .stream()
                .map(share -> share.year() + ": " + percent.format(share.percent()) + " % · "
                        + page.text("procurement.column.target") + " " + ShareChart.target(page::text, share))
                .toList();
            if (!years.isEmpty()) {
                groups.add(new Item(group.name().in(page.locale()), null, null, null, years));
            }
        }
        return groups;
    }

    private static List<Item> resolutions(List<Resolution> resolutions, PageContext page) {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(page.locale());
        return resolutions.stream()
            .map(r -> Item.dated(r.title().in(page.locale()), r.link(), r.date().toString(), dates.format(r.date()),
                    r.body(), r.decision() == null ? "" : r.decision().in(page.locale())))
            .toList();
    }

    private static Item label(Label label, PageContext page) {
        return Item.of(label.name(), label.website(), label.issuer() + " · " + page.text("label.kind." + label.kind()),
                label.certifies().in(page.locale()));
    }

}
