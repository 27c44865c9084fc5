package de.globallokal.events.registration;

import de.globallokal.core.calendar.EventSeats;
import de.globallokal.core.calendar.RegistrantLetter;
import de.globallokal.core.calendar.Seats;
import de.globallokal.core.calendar.WalkInChange;
import de.globallokal.support.export.SpreadsheetCsv;
import de.globallokal.support.security.JwtSettings;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registrations: the sign-up (web-ui's gateway or staff), the registrant's own link (look
 * up, claim, cancel) and the staff list, export and actions.
 */
@RestController
class RegistrationController {

    private final Signups signups;

    private final StaffRegistrations staff;

    private final RegistrationsOfEvent registrationsOfEvent;

    private final RegistrationHousekeeping housekeeping;

    private final Letters letters;

    RegistrationController(Signups signups, StaffRegistrations staff, RegistrationsOfEvent registrationsOfEvent,
            RegistrationHousekeeping housekeeping, Letters letters) {
        this.letters = letters;
        this.signups = signups;
        this.staff = staff;
        this.registrationsOfEvent = registrationsOfEvent;
        this.housekeeping = housekeeping;
    }

    /**
     * A sign-up. The public (through web-ui's gateway) always hear the same: received,
     * look in your mailbox. Whether the address was signed up before only its owner
     * learns, by mail. Staff, who took the details themselves, get the registration at
     * once.
     */
    @PostMapping("/api/events/{id}/registrations")
    ResponseEntity<?> signUp(@PathVariable String id, @Valid @RequestBody SignupInput input,
            @AuthenticationPrincipal Jwt principal) {
        boolean byStaff = isStaff(principal);
        Seating.SignedUp signedUp = signups.signUp(id, input, byStaff);
        if (!byStaff) {
            return ResponseEntity.accepted().body(Map.of("status", "RECEIVED"));
        }
        Registration r = signedUp.registration();
        return ResponseEntity.created(URI.create("/api/events/" + r.eventId() + "/registrations/" + r.id()))
            .body(SignupAnswer.of(r, signedUp.position()));
    }

    private static boolean isStaff(Jwt principal) {
        List<String> roles = principal.getClaimAsStringList(JwtSettings.ROLES_CLAIM);
        return roles != null && (roles.contains("EDITOR") || roles.contains("ADMIN"));
    }

    @PostMapping("/api/registrations/lookup")
    SignupAnswer lookup(@Valid @RequestBody TokenInput input) {
        return signups.lookup(input.token());
    }

    /** The person opened the link in the first e-mail: the address is theirs. */
    @PostMapping("/api/registrations/confirm")
    SignupAnswer confirm(@Valid @RequestBody TokenInput input) {
        return signups.confirmByToken(input.token());
    }

    @PostMapping("/api/registrations/claim")
    SignupAnswer claim(@Valid @RequestBody TokenInput input) {
        return signups.claimByToken(input.token());
    }

    /** Cancels and forgets the person at once: nothing that names them stays. */
    @PostMapping("/api/registrations/cancel")
    SignupAnswer cancel(@Valid @RequestBody TokenInput input) {
        return signups.cancelByToken(input.token());
    }

    /**
     * The seats of each date as counted now (the topic carries them at most a second
     * later).
     */
    @GetMapping("/api/events/{id}/seats")
    EventSeats seats(@PathVariable String id) {
        return registrationsOfEvent.seats(id);
    }

    /** What the last housekeeping round did and could not do. */
    @GetMapping("/api/registrations/housekeeping")
    RegistrationHousekeeping.Round housekeeping() {
        return housekeeping.last();
    }

    @GetMapping("/api/events/{id}/registrations")
    Map<String, Object> list(@PathVariable String id) {
        return Map.of("data", staff.list(id));
    }

    @GetMapping(value = "/api/events/{id}/registrations/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@PathVariable String id) {
        StringWriter out = new StringWriter();
        try (SpreadsheetCsv csv = SpreadsheetCsv.open(out, "id", "occurrence", "status", "position", "name", "email",
                "phone", "note", "language", "consentVersion", "consentAt", "created")) {
            for (StaffRegistrations.Row r : staff.list(id)) {
                csv.row(r.id(), r.occurrenceId(), r.status(), r.position() == null ? "" : r.position(), r.name(),
                        r.email(), r.phone(), r.note(), r.language(), r.consentVersion(), r.consentAt(), r.created());
            }
        }
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("anmeldungen-" + id + ".csv").build().toString())
            .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/api/events/{id}/registrations/{registrationId}/cancel")
    SignupAnswer staffCancel(@PathVariable String id, @PathVariable String registrationId) {
        return staff.cancel(id, registrationId);
    }

    /**
     * Confirms someone from the waitlist; {@code beyondCapacity=true} adds a seat on
     * purpose.
     */
    @PostMapping("/api/events/{id}/registrations/{registrationId}/promote")
    SignupAnswer promote(@PathVariable String id, @PathVariable String registrationId,
            @RequestParam(defaultValue = "false") boolean beyondCapacity) {
        return staff.promote(id, registrationId, beyondCapacity);
    }

    /** Check-in at the door: {@code present=false} takes a tick back. */
    @PostMapping("/api/events/{id}/registrations/{registrationId}/attendance")
    StaffRegistrations.Row attendance(@PathVariable String id, @PathVariable String registrationId,
            @RequestParam(defaultValue = "true") boolean present) {
        return staff.attendance(id, registrationId, present);
    }

    /**
     * Writes to everyone registered for a date. The letter's id is the caller's: the same
     * PUT again after an error reaches only who it missed.
     */
    @PutMapping("/api/events/{id}/letters/{letterId}")
    ResponseEntity<Letters.Posted> letter(@PathVariable String id, @PathVariable String letterId,
            @Valid @RequestBody RegistrantLetter letter) {
        return ResponseEntity.accepted().body(letters.post(id, letterId, letter));
    }

    /**
     * People who came without registering, counted at the door (+1 each, or a
     * correction).
     */
    @PostMapping("/api/events/{id}/dates/{occurrenceId}/walk-ins")
    Seats walkIns(@PathVariable String id, @PathVariable String occurrenceId, @Valid @RequestBody WalkInChange change) {
        return staff.walkIns(id, occurrenceId, change.delta());
    }

    /** Erasure on request: the person's data goes now; a held seat is freed. */
    @PostMapping("/api/events/{id}/registrations/{registrationId}/erase")
    ResponseEntity<Void> erase(@PathVariable String id, @PathVariable String registrationId) {
        staff.erase(id, List.of(registrationId));
        return ResponseEntity.noContent().build();
    }

    /**
     * Anonymise now rather than after the retention period: names go, statuses and counts
     * stay.
     */
    @PostMapping("/api/events/{id}/registrations/anonymise")
    Map<String, Object> anonymiseAll(@PathVariable String id) {
        return Map.of("anonymised", staff.anonymiseAll(id));
    }

    /** Erasure on request across all events, by the e-mail address the person names. */
    @PostMapping("/api/registrations/erasure")
    Map<String, Object> eraseEverywhere(@Valid @RequestBody ErasureInput input) {
        return Map.of("erased", staff.eraseEverywhere(input.email()));
    }

    record ErasureInput(@NotBlank @Email String email) {
    }

}
