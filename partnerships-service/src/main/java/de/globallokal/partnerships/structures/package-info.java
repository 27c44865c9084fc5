/**
 * What anchors the work for good: council resolutions (linked to the partnerships and
 * projects they concern), the bodies that carry it, the budget line by year and the press
 * log.
 */
package de.globallokal.partnerships.structures;
