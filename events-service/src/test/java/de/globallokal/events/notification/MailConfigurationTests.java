package de.globallokal.events.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Without SMTP the service starts only when the staff mailbox is chosen on purpose. */
class MailConfigurationTests {

    private final MailConfiguration configuration = new MailConfiguration();

    @Test
    void noSmtpServerAndNoChoiceRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> configuration.mailPort(smtp(null), "office@example.org", ""))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("SPRING_MAIL_HOST")
            .hasMessageContaining("GLOBALLOKAL_MAIL_MAILBOX=local");
    }

    @Test
    void anEmptyHostCountsAsNone() {
        assertThatThrownBy(() -> configuration.mailPort(smtp(""), "office@example.org", ""))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLocalMailboxChosenOnPurposeOrAnSmtpServerStarts() {
        assertThat(configuration.mailPort(smtp(null), "office@example.org", "local")).isInstanceOf(LocalMailbox.class);
        assertThat(configuration.mailPort(smtp("smtp.example.org"), "office@example.org", ""))
            .isInstanceOf(SmtpMailPort.class);
    }

    private static ObjectProvider<JavaMailSender> smtp(String host) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (host != null) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost(host);
            beans.addBean("mailSender", sender);
        }
        return beans.getBeanProvider(JavaMailSender.class);
    }

}
