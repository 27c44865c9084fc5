package de.globallokal.events.notification;

import static de.globallokal.events.EventFixtures.call;
import static de.globallokal.events.EventFixtures.create;
import static de.globallokal.events.EventFixtures.signupToken;
import static de.globallokal.events.EventFixtures.talk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.globallokal.events.EventFixtures;
import de.globallokal.testkit.IntegrationTest;
import de.globallokal.testkit.TestTokens;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/** With SMTP configured, registrants get their messages by mail, in their language. */
@IntegrationTest
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "spring.mail.port=3025",
        "globallokal.public-base-url=https://www.example.org" })
class SmtpMailTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    TestRestTemplate http;

    @Test
    void confirmationWaitlistMoveUpAndCancellationAreMailed() throws Exception {
        String id = create(http, talk("Klimaabend", 1)).get("id").asText();
        // staff took both sign-ups at the desk: no confirmation by mail is needed
        call(http, HttpMethod.POST, "/api/events/" + id + "/registrations",
                "{\"name\":\"Ada\",\"email\":\"ada@example.org\",\"language\":\"de\",\"consent\":true,\"consentVersion\":\"2026-11\"}",
                TestTokens.editor());
        call(http, HttpMethod.POST, "/api/events/" + id + "/registrations",
                "{\"name\":\"Claire\",\"email\":\"claire@example.org\",\"language\":\"fr\",\"consent\":true,\"consentVersion\":\"2026-11\"}",
                TestTokens.editor());
        String token = await().atMost(Duration.ofSeconds(15))
            .until(() -> EventFixtures.linkMailedTo(http, id, "ada@example.org", "CONFIRMED"), t -> t != null);
        call(http, HttpMethod.POST, "/api/registrations/cancel", "{\"token\":\"" + token + "\"}", signupToken());

        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length >= 4);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(Arrays.stream(received).map(m -> subject(m))).containsExactlyInAnyOrder(
                "Anmeldung bestätigt: Klimaabend", "Sur la liste d'attente : Klimaabend",
                // no French title: German is the fallback
                "Abmeldung: Klimaabend", "Une place s'est libérée : Klimaabend");
        MimeMessage confirmation = Arrays.stream(received)
            .filter(m -> subject(m).startsWith("Anmeldung"))
            .findFirst()
            .orElseThrow();
        assertThat(confirmation.getAllRecipients()[0].toString()).isEqualTo("ada@example.org");
        assertThat(GreenMailUtil.getBody(confirmation)).contains("https://www.example.org/anmeldung/" + id + ".");
        // the date to put in the calendar, and to take out again after cancelling
        Part added = calendarPart(confirmation);
        assertThat(added.getContentType()).contains("text/calendar").contains("method=PUBLISH");
        assertThat(new String(added.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
            .contains("UID:" + id + "@globallokal");
        MimeMessage farewell = Arrays.stream(received)
            .filter(m -> subject(m).startsWith("Abmeldung"))
            .findFirst()
            .orElseThrow();
        assertThat(calendarPart(farewell).getContentType()).contains("method=CANCEL");
    }

    private static Part calendarPart(Part part) throws Exception {
        if (part.isMimeType("text/calendar")) {
            return part;
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = calendarPart(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

}
