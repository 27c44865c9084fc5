package de.globallokal.events.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through an SMTP server (Spring Mail). */
class SmtpMailPort implements MailPort {

    private static final Pattern METHOD = Pattern.compile("(?m)^METHOD:(\\w+)");

    private final JavaMailSender sender;

    private final String from;

    SmtpMailPort(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public boolean send(String to, String subject, String body, String calendar) {
        if (calendar == null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(to);
            message.setSubject(subject);
            message.setText(body);
            sender.send(message);
            return true;
        }
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(body);
            // the method in the content type is what mail programs read to offer
            // "update" or "remove" in the calendar
            Matcher method = METHOD.matcher(calendar);
            String type = "text/calendar; charset=UTF-8; method=" + (method.find() ? method.group(1) : "PUBLISH");
            mail.addAttachment("termin.ics", new ByteArrayResource(calendar.getBytes(StandardCharsets.UTF_8)), type);
        }
        catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        sender.send(message);
        return true;
    }

}
