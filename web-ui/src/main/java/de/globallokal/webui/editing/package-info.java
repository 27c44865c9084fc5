/**
 * Staff change what the services own: calls on behalf of the signed-in person, the
 * services' problems read back for the form that caused them.
 */
package de.globallokal.webui.editing;
