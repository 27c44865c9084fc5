/**
 * Registrations: seats, the waitlist with move-up and claim deadline, cancellation by a
 * secret token, consent, anonymisation and erasure. The registrations live in the event's
 * own document (outside its public state), so a sign-up, the new seat counts and the
 * event to publish are one atomic write (DD005). Personal data never leaves this
 * package's storage, the staff API and the mail port.
 */
package de.globallokal.events.registration;
