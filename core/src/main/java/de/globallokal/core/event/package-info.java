/** The CloudEvents-style envelope every service publishes, with topic and type names. */
package de.globallokal.core.event;
