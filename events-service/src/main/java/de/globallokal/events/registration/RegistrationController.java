package de.globallokal.events.registration;

import de.globallokal.support.export.SpreadsheetCsv;
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

    RegistrationController(Signups signups, StaffRegistrations staff) {
        this.signups = signups;
        this.staff = staff;
    }

    @PostMapping("/api/events/{id}/registrations")
    ResponseEntity<SignupAnswer> signUp(@PathVariable String id, @Valid @RequestBody SignupInput input,
            @AuthenticationPrincipal Jwt principal) {
        SignupAnswer answer = signups.signUp(id, input, principal.getSubject());
        return ResponseEntity.created(URI.create("/api/events/" + answer.eventId() + "/registrations/" + answer.id()))
            .body(answer);
    }

    @PostMapping("/api/registrations/lookup")
    SignupAnswer lookup(@Valid @RequestBody TokenInput input) {
        return signups.lookup(input.token());
    }

    @PostMapping("/api/registrations/claim")
    SignupAnswer claim(@Valid @RequestBody TokenInput input, @AuthenticationPrincipal Jwt principal) {
        return signups.claimByToken(input.token(), principal.getSubject());
    }

    @PostMapping("/api/registrations/cancel")
    SignupAnswer cancel(@Valid @RequestBody TokenInput input, @AuthenticationPrincipal Jwt principal) {
        return signups.cancelByToken(input.token(), principal.getSubject());
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
    SignupAnswer staffCancel(@PathVariable String id, @PathVariable String registrationId,
            @AuthenticationPrincipal Jwt principal) {
        return staff.cancel(id, registrationId, principal.getSubject());
    }

    /**
     * Confirms someone from the waitlist; {@code beyondCapacity=true} adds a seat on
     * purpose.
     */
    @PostMapping("/api/events/{id}/registrations/{registrationId}/promote")
    SignupAnswer promote(@PathVariable String id, @PathVariable String registrationId,
            @RequestParam(defaultValue = "false") boolean beyondCapacity, @AuthenticationPrincipal Jwt principal) {
        return staff.promote(id, registrationId, beyondCapacity, principal.getSubject());
    }

    /** Erasure on request: the person's data goes now; a held seat is freed. */
    @PostMapping("/api/events/{id}/registrations/{registrationId}/erase")
    ResponseEntity<Void> erase(@PathVariable String id, @PathVariable String registrationId,
            @AuthenticationPrincipal Jwt principal) {
        staff.erase(id, List.of(registrationId), principal.getSubject());
        return ResponseEntity.noContent().build();
    }

    /**
     * Anonymise now rather than after the retention period: names go, statuses and counts
     * stay.
     */
    @PostMapping("/api/events/{id}/registrations/anonymise")
    Map<String, Object> anonymiseAll(@PathVariable String id, @AuthenticationPrincipal Jwt principal) {
        return Map.of("anonymised", staff.anonymiseAll(id, principal.getSubject()));
    }

    /** Erasure on request across all events, by the e-mail address the person names. */
    @PostMapping("/api/registrations/erasure")
    Map<String, Object> eraseEverywhere(@Valid @RequestBody ErasureInput input,
            @AuthenticationPrincipal Jwt principal) {
        return Map.of("erased", staff.eraseEverywhere(input.email(), principal.getSubject()));
    }

    record ErasureInput(@NotBlank @Email String email) {
    }

}
