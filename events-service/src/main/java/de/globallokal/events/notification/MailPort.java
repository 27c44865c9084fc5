package de.globallokal.events.notification;

/** Where outgoing messages leave the service. */
public interface MailPort {

    /**
     * @return true when the message left the service, false when it is kept for staff to
     * read
     */
    boolean send(String to, String subject, String body);

}
