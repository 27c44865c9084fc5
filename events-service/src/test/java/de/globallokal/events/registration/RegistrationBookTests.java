package de.globallokal.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.globallokal.support.web.ConflictException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistrationBookTests {

    static final Instant NOW = Instant.parse("2027-01-10T10:00:00Z");
    static final Instant START = Instant.parse("2027-02-01T18:00:00Z");
    static final SeatPolicy TWO_SEATS = new SeatPolicy(2, Duration.ofHours(48), Map.of("o", START));

    RegistrationBook book = new RegistrationBook("e", List.of());

    @Test
    void seatsGoFirstComeFirstServedThenTheWaitlistFills() {
        Registration a = book.signUp(person("a"), TWO_SEATS, "t");
        Registration b = book.signUp(person("b"), TWO_SEATS, "t");
        Registration c = book.signUp(person("c"), TWO_SEATS, "t");
        Registration d = book.signUp(person("d"), TWO_SEATS, "t");

        assertThat(List.of(a, b, c, d)).extracting(Registration::status)
            .containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                    RegistrationStatus.WAITLISTED);
        assertThat(book.position(c)).isEqualTo(1);
        assertThat(book.position(d)).isEqualTo(2);
        assertThat(book.seats(List.of("o"), 2)).singleElement()
            .satisfies(s -> assertThat(List.of(s.confirmed(), s.waitlisted(), s.available())).containsExactly(2, 2, 0));
    }

    @Test
    void aCancelledSeatIsOfferedToTheFirstWaitingUntilTheClaimDeadline() {
        Registration a = book.signUp(person("a"), TWO_SEATS, "t");
        book.signUp(person("b"), TWO_SEATS, "t");
        Registration c = book.signUp(person("c"), TWO_SEATS, "t");

        book.cancel(a.id(), TWO_SEATS, NOW);

        Registration offered = book.find(c.id()).orElseThrow();
        assertThat(offered.status()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(offered.offeredUntil()).isEqualTo(NOW.plus(Duration.ofHours(48)));
        assertThat(offered.claimTokenHash()).isNotNull();
        assertThat(book.notices()).extracting(Notice::kind).contains(Notice.Kind.CANCELLED, Notice.Kind.OFFERED);
        assertThat(
                book.notices().stream().filter(n -> n.kind() == Notice.Kind.OFFERED).findFirst().orElseThrow().token())
            .startsWith("e.");
    }

    @Test
    void anUnclaimedOfferLapsesAndTheNextOneMovesUp() {
        Registration a = book.signUp(person("a"), TWO_SEATS, "t");
        book.signUp(person("b"), TWO_SEATS, "t");
        Registration c = book.signUp(person("c"), TWO_SEATS, "t");
        Registration d = book.signUp(person("d"), TWO_SEATS, "t");
        book.cancel(a.id(), TWO_SEATS, NOW);

        book.expireOffers(TWO_SEATS, NOW.plus(Duration.ofHours(47)));
        assertThat(book.find(c.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.OFFERED);

        book.expireOffers(TWO_SEATS, NOW.plus(Duration.ofHours(49)));
        assertThat(book.find(c.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(book.find(d.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.OFFERED);
        assertThatThrownBy(() -> book.claim(c.id(), NOW.plus(Duration.ofHours(50))))
            .isInstanceOf(ConflictException.class);
        assertThat(book.claim(d.id(), NOW.plus(Duration.ofHours(50))).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void anOfferNeverOutlivesTheStart() {
        Registration a = book.signUp(person("a"), TWO_SEATS, "t");
        book.signUp(person("b"), TWO_SEATS, "t");
        Registration c = book.signUp(person("c"), TWO_SEATS, "t");

        book.cancel(a.id(), TWO_SEATS, START.minus(Duration.ofHours(3)));

        assertThat(book.find(c.id()).orElseThrow().offeredUntil()).isEqualTo(START);
    }

    @Test
    void aRaisedCapacityMovesPeopleUp() {
        book.signUp(person("a"), TWO_SEATS, "t");
        book.signUp(person("b"), TWO_SEATS, "t");
        Registration c = book.signUp(person("c"), TWO_SEATS, "t");

        book.fillFreeSeats(new SeatPolicy(3, Duration.ofHours(48), Map.of("o", START)), NOW);

        assertThat(book.find(c.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.OFFERED);
    }

    @Test
    void theSameAddressCannotBookTheSameDateTwiceButAgainAfterCancelling() {
        Registration a = book.signUp(person("a"), TWO_SEATS, "t");

        assertThatThrownBy(() -> book.signUp(person("A"), TWO_SEATS, "t")).isInstanceOf(ConflictException.class);
        book.cancel(a.id(), TWO_SEATS, NOW);
        assertThat(book.signUp(person("a"), TWO_SEATS, "t").status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void promotingBeyondTheCapacityNeedsToBeSaid() {
        book.signUp(person("a"), TWO_SEATS, "t");
        book.signUp(person("b"), TWO_SEATS, "t");
        Registration c = book.signUp(person("c"), TWO_SEATS, "t");

        assertThatThrownBy(() -> book.promote(c.id(), TWO_SEATS, false, NOW)).isInstanceOf(ConflictException.class);
        assertThat(book.promote(c.id(), TWO_SEATS, true, NOW).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void anonymisingKeepsTheCountsAndDropsEveryPersonalField() {
        book.signUp(person("a"), TWO_SEATS, "t");

        book.anonymise(r -> true, NOW);

        Registration r = book.entries().get(0);
        assertThat(r.anonymised()).isTrue();
        assertThat(List.of(String.valueOf(r.name()), String.valueOf(r.email()), String.valueOf(r.emailKey())))
            .containsOnly("null");
        assertThat(book.seats(List.of("o"), 2).get(0).confirmed()).isEqualTo(1);
    }

    private static Registration person(String who) {
        return new Registration("r-" + who + "-" + System.nanoTime(), "o", RegistrationStatus.WAITLISTED, who,
                who + "@example.org", who.toLowerCase() + "@example.org", null, null, "de", "v1", NOW, "hash-" + who,
                null, null, false, NOW, NOW);
    }

}
