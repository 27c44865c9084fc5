/**
 * Messages to registrants: queued in the service's own {@code messages} collection, then
 * handed to the mail port (SMTP when {@code spring.mail.host} is set). Without SMTP, as
 * in the local run, they stay in that collection as a local mailbox staff can read.
 */
package de.globallokal.events.notification;
