/**
 * Payloads of what anchors the office's work for good: the council resolutions it rests
 * on, the bodies that carry it, its budget line year by year, and the press log of its
 * media work.
 */
package de.globallokal.core.structures;
