/** Public pages about partnerships. */
package de.globallokal.webui.partnerships.ui;
