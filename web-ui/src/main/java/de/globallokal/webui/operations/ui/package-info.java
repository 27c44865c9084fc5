/** The operations page for administrators. */
package de.globallokal.webui.operations.ui;
