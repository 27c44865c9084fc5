/** The projects read model (pages follow with the public-site issue). */
package de.globallokal.webui.projects;
