/** What the staff dashboard needs beyond the read models: the live feed of applied changes. */
package de.globallokal.webui.dashboard;
