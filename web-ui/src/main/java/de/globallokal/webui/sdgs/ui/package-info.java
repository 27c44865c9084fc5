/**
 * Public pages about the 17 Sustainable Development Goals and what contributes to each.
 */
package de.globallokal.webui.sdgs.ui;
