package de.globallokal.events.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * SMTP when Spring Mail is configured ({@code spring.mail.host}), else the local mailbox.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    @Bean
    MailPort mailPort(ObjectProvider<JavaMailSender> smtp,
            @Value("${globallokal.mail.from:veranstaltungen@localhost}") String from) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null ? new LocalMailbox() : new SmtpMailPort(sender, from);
    }

}
