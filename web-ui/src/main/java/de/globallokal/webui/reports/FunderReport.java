package de.globallokal.webui.reports;

import de.globallokal.core.project.Money;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A report for funders; nobody is named. Sign-ups, registrants checked in at the door and
 * walk-ins are counted apart; participants of a date are the people counted at the door
 * where the door was counted, else its confirmed sign-ups.
 *
 * @param dates every date of an event in scope, oldest first
 * @param signUps confirmed sign-ups of the dates held
 * @param attended registrants checked in at the door
 * @param walkIns people who came without registering
 * @param bySdg per goal: dates held and participants
 * @param byPartner per partner city: dates held and participants
 */
public record FunderReport(ReportScope scope, String scopeName, List<DateLine> dates, int datesHeld, int datesCancelled,
        int signUps, int attended, int walkIns, int participants, int schoolSessions, int schoolParticipants,
        List<String> actorsReached, Map<Integer, Tally> bySdg, Map<String, Tally> byPartner,
        List<ProjectLine> projects) {

    /**
     * An amount as a reader of this locale writes it, with its currency, e.g. „125.000,50
     * EUR“; a dash when there is none.
     */
    public static String amount(Money money, Locale locale) {
        if (money == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(money.amountMinor(), 2)) + " " + money.currency();
    }

    /**
     * One date of an event: held or cancelled, with its sign-ups and who came.
     *
     * @param participants who came if the door was counted, else the sign-ups
     */
    public record DateLine(OffsetDateTime start, String title, String category, boolean cancelled, boolean school,
            int signedUp, int attended, int walkIns, int participants, String organiser) {
    }

    /** Dates held and participants, for one goal or one partner. */
    public record Tally(int dates, int participants) {

        Tally plus(int participants) {
            return new Tally(dates + 1, this.participants + participants);
        }
    }

    /** A project in scope: its funding lines and how far its measures have come. */
    public record ProjectLine(String title, String partner, String status, List<FundingLine> funding, Money budget,
            Money spent, List<MeasureLine> measures) {

        /** The mean progress of the measures, 0–100; null without measures. */
        public Integer meanProgress() {
            return measures.isEmpty() ? null
                    : (int) Math.round(measures.stream().mapToInt(MeasureLine::progress).average().orElse(0));
        }
    }

    public record FundingLine(String funder, String programme, Money amount, String period) {
    }

    public record MeasureLine(String measure, String responsible, int progress, String status) {
    }
}
