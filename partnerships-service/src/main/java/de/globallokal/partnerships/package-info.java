/**
 * partnerships-service: owns partner municipalities, partnerships, projects, actors and
 * contacts.
 */
package de.globallokal.partnerships;
