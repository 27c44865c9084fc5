package de.globallokal.events.notification;

/** Where outgoing messages leave the service. */
public interface MailPort {

    /**
     * @param calendar an iCalendar file to attach (its METHOD tells the calendar app what
     * to do), null for none
     * @return true when the message left the service, false when it is kept for staff to
     * read
     */
    boolean send(String to, String subject, String body, String calendar);

}
