/** Payloads of the partnerships topic: the full state of a partnership as published. */
package de.globallokal.core.partnership;
