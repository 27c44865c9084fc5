package de.globallokal.events.notification;

/** No SMTP server: messages stay in the local mailbox, where staff read them. */
class LocalMailbox implements MailPort {

    @Override
    public boolean send(String to, String subject, String body, String calendar) {
        return false;
    }

}
