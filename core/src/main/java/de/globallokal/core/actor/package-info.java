/**
 * Payloads of local actors: the city's network of groups, schools, shops and
 * associations.
 */
package de.globallokal.core.actor;
