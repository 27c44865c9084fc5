/**
 * What administrators need to keep the pipeline healthy: consumer lag, dead letters with
 * replay and discard, the health of the parts, read-model rebuilds with their progress.
 */
package de.globallokal.webui.operations;
