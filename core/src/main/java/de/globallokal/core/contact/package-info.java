/**
 * Payloads of contact points: role-based addresses of an office, published on the
 * partnerships topic.
 */
package de.globallokal.core.contact;
