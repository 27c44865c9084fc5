package de.globallokal.events.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * SMTP when Spring Mail is configured ({@code spring.mail.host}); the local mailbox only
 * when {@code globallokal.mail.mailbox=local} says so.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(MailConfiguration.class);

    static final String MAILBOX = "globallokal.mail.mailbox";

    /**
     * SMTP when a server is set; the staff mailbox only when chosen on purpose. Without
     * either the service refuses to start: registrants would otherwise never hear of
     * their sign-up while the office believes they do.
     */
    @Bean
    MailPort mailPort(ObjectProvider<JavaMailSender> smtp,
            @Value("${globallokal.mail.from:veranstaltungen@localhost}") String from,
            @Value("${" + MAILBOX + ":}") String mailbox) {
        JavaMailSender sender = smtp.getIfAvailable();
        // compose hands an unset host over as an empty one
        boolean hasHost = sender != null
                && !(sender instanceof JavaMailSenderImpl impl && (impl.getHost() == null || impl.getHost().isBlank()));
        if (hasHost) {
            return new SmtpMailPort(sender, from);
        }
        if (!"local".equals(mailbox)) {
            throw new IllegalStateException("No SMTP server is set, so no registrant would get a message. Set "
                    + "SPRING_MAIL_HOST (and _PORT, _USERNAME, _PASSWORD), or keep messages in the staff mailbox "
                    + "only, on purpose, with GLOBALLOKAL_MAIL_MAILBOX=local.");
        }
        LOG.warn("Messages to registrants stay in the staff mailbox (GLOBALLOKAL_MAIL_MAILBOX=local); none is mailed.");
        return new LocalMailbox();
    }

}
